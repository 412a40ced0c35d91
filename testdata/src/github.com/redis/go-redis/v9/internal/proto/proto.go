// Package proto is a minimal stub of github.com/redis/go-redis/v9/internal/proto@v9.23.0 for analyzer tests.
package proto

// Nil is the reply for a missing key.
const Nil = RedisError("redis: nil") // nolint:errname

// RedisError is an error reply from the server.
type RedisError string

func (e RedisError) Error() string { return string(e) }

func (RedisError) RedisError() {}
