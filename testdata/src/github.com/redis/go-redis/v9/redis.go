// Package redis is a minimal stub of github.com/redis/go-redis/v9@v9.23.0 for analyzer tests.
//
// Cmdable, StringCmdable, HashCmdable, SetCmdable, GenericCmdable and Cmder
// declare a subset of the real interfaces' methods. As in the real package,
// the command methods are declared on the unexported func type cmdable that
// Client embeds, and the Cmd types embed baseCmd.
package redis

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9/internal/proto"
)

// Nil reply returned by Redis when key does not exist.
const Nil = proto.Nil

// Options keeps the settings to set up redis connection.
type Options struct {
	Network  string
	Addr     string
	Username string
	Password string
	DB       int
}

// Client is a Redis client representing a pool of zero or more underlying connections.
type Client struct {
	cmdable
}

// NewClient returns a client to the Redis Server specified by Options.
func NewClient(opt *Options) *Client { panic("stub") }

func (c *Client) Close() error                                 { panic("stub") }
func (c *Client) Process(ctx context.Context, cmd Cmder) error { panic("stub") }
func (c *Client) Options() *Options                            { panic("stub") }
func (c *Client) WithTimeout(timeout time.Duration) *Client    { panic("stub") }

type cmdable func(ctx context.Context, cmd Cmder) error

func (c cmdable) Ping(ctx context.Context) *StatusCmd                { panic("stub") }
func (c cmdable) Del(ctx context.Context, keys ...string) *IntCmd    { panic("stub") }
func (c cmdable) Unlink(ctx context.Context, keys ...string) *IntCmd { panic("stub") }
func (c cmdable) Exists(ctx context.Context, keys ...string) *IntCmd { panic("stub") }
func (c cmdable) Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd {
	panic("stub")
}
func (c cmdable) Keys(ctx context.Context, pattern string) *StringSliceCmd { panic("stub") }
func (c cmdable) TTL(ctx context.Context, key string) *DurationCmd         { panic("stub") }
func (c cmdable) Get(ctx context.Context, key string) *StringCmd           { panic("stub") }
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	panic("stub")
}
func (c cmdable) SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd {
	panic("stub")
}
func (c cmdable) Incr(ctx context.Context, key string) *IntCmd                         { panic("stub") }
func (c cmdable) IncrBy(ctx context.Context, key string, value int64) *IntCmd          { panic("stub") }
func (c cmdable) Decr(ctx context.Context, key string) *IntCmd                         { panic("stub") }
func (c cmdable) HDel(ctx context.Context, key string, fields ...string) *IntCmd       { panic("stub") }
func (c cmdable) HExists(ctx context.Context, key, field string) *BoolCmd              { panic("stub") }
func (c cmdable) HGet(ctx context.Context, key, field string) *StringCmd               { panic("stub") }
func (c cmdable) HGetAll(ctx context.Context, key string) *MapStringStringCmd          { panic("stub") }
func (c cmdable) HSet(ctx context.Context, key string, values ...interface{}) *IntCmd  { panic("stub") }
func (c cmdable) SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd { panic("stub") }
func (c cmdable) SIsMember(ctx context.Context, key string, member interface{}) *BoolCmd {
	panic("stub")
}
func (c cmdable) SMembers(ctx context.Context, key string) *StringSliceCmd             { panic("stub") }
func (c cmdable) SRem(ctx context.Context, key string, members ...interface{}) *IntCmd { panic("stub") }

// Cmdable is the interface of the commands.
type Cmdable interface {
	Ping(ctx context.Context) *StatusCmd
	Unlink(ctx context.Context, keys ...string) *IntCmd

	GenericCmdable
	HashCmdable
	SetCmdable
	StringCmdable
}

// GenericCmdable holds the generic key commands.
type GenericCmdable interface {
	Del(ctx context.Context, keys ...string) *IntCmd
	Exists(ctx context.Context, keys ...string) *IntCmd
	Expire(ctx context.Context, key string, expiration time.Duration) *BoolCmd
	Keys(ctx context.Context, pattern string) *StringSliceCmd
	TTL(ctx context.Context, key string) *DurationCmd
}

// HashCmdable holds the hash commands.
type HashCmdable interface {
	HDel(ctx context.Context, key string, fields ...string) *IntCmd
	HExists(ctx context.Context, key, field string) *BoolCmd
	HGet(ctx context.Context, key, field string) *StringCmd
	HGetAll(ctx context.Context, key string) *MapStringStringCmd
	HSet(ctx context.Context, key string, values ...interface{}) *IntCmd
}

// SetCmdable holds the set commands.
type SetCmdable interface {
	SAdd(ctx context.Context, key string, members ...interface{}) *IntCmd
	SIsMember(ctx context.Context, key string, member interface{}) *BoolCmd
	SMembers(ctx context.Context, key string) *StringSliceCmd
	SRem(ctx context.Context, key string, members ...interface{}) *IntCmd
}

// StringCmdable holds the string commands.
type StringCmdable interface {
	Decr(ctx context.Context, key string) *IntCmd
	Get(ctx context.Context, key string) *StringCmd
	Incr(ctx context.Context, key string) *IntCmd
	IncrBy(ctx context.Context, key string, value int64) *IntCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd
	SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *BoolCmd
}

// Cmder is the interface of all commands.
type Cmder interface {
	Name() string
	FullName() string
	Args() []interface{}
	String() string
	Clone() Cmder
	SetFirstKeyPos(int8)
	SetStepCount(int8)
	SetErr(error)
	Err() error
}

type baseCmd struct{}

func (cmd *baseCmd) Name() string                { panic("stub") }
func (cmd *baseCmd) FullName() string            { panic("stub") }
func (cmd *baseCmd) Args() []interface{}         { panic("stub") }
func (cmd *baseCmd) SetFirstKeyPos(keyPos int8)  { panic("stub") }
func (cmd *baseCmd) SetStepCount(stepCount int8) { panic("stub") }
func (cmd *baseCmd) SetErr(e error)              { panic("stub") }
func (cmd *baseCmd) Err() error                  { panic("stub") }
func (cmd *baseCmd) NoRetry() bool               { panic("stub") }

// StringCmd is the result of a command returning a string.
type StringCmd struct {
	baseCmd
}

func (cmd *StringCmd) SetVal(val string)          { panic("stub") }
func (cmd *StringCmd) Val() string                { panic("stub") }
func (cmd *StringCmd) Result() (string, error)    { panic("stub") }
func (cmd *StringCmd) Bytes() ([]byte, error)     { panic("stub") }
func (cmd *StringCmd) Bool() (bool, error)        { panic("stub") }
func (cmd *StringCmd) Int() (int, error)          { panic("stub") }
func (cmd *StringCmd) Int64() (int64, error)      { panic("stub") }
func (cmd *StringCmd) Uint64() (uint64, error)    { panic("stub") }
func (cmd *StringCmd) Float64() (float64, error)  { panic("stub") }
func (cmd *StringCmd) Time() (time.Time, error)   { panic("stub") }
func (cmd *StringCmd) Scan(val interface{}) error { panic("stub") }
func (cmd *StringCmd) String() string             { panic("stub") }
func (cmd *StringCmd) Clone() Cmder               { panic("stub") }

// StatusCmd is the result of a command returning a status.
type StatusCmd struct {
	baseCmd
}

func (cmd *StatusCmd) SetVal(val string)       { panic("stub") }
func (cmd *StatusCmd) Val() string             { panic("stub") }
func (cmd *StatusCmd) Result() (string, error) { panic("stub") }
func (cmd *StatusCmd) Bytes() ([]byte, error)  { panic("stub") }
func (cmd *StatusCmd) String() string          { panic("stub") }
func (cmd *StatusCmd) Clone() Cmder            { panic("stub") }

// IntCmd is the result of a command returning an integer.
type IntCmd struct {
	baseCmd
}

func (cmd *IntCmd) SetVal(val int64)        { panic("stub") }
func (cmd *IntCmd) Val() int64              { panic("stub") }
func (cmd *IntCmd) Result() (int64, error)  { panic("stub") }
func (cmd *IntCmd) Uint64() (uint64, error) { panic("stub") }
func (cmd *IntCmd) String() string          { panic("stub") }
func (cmd *IntCmd) Clone() Cmder            { panic("stub") }

// BoolCmd is the result of a command returning a bool.
type BoolCmd struct {
	baseCmd
}

func (cmd *BoolCmd) SetVal(val bool)       { panic("stub") }
func (cmd *BoolCmd) Val() bool             { panic("stub") }
func (cmd *BoolCmd) Result() (bool, error) { panic("stub") }
func (cmd *BoolCmd) String() string        { panic("stub") }
func (cmd *BoolCmd) Clone() Cmder          { panic("stub") }

// DurationCmd is the result of a command returning a duration.
type DurationCmd struct {
	baseCmd
}

func (cmd *DurationCmd) SetVal(val time.Duration)       { panic("stub") }
func (cmd *DurationCmd) Val() time.Duration             { panic("stub") }
func (cmd *DurationCmd) Result() (time.Duration, error) { panic("stub") }
func (cmd *DurationCmd) String() string                 { panic("stub") }
func (cmd *DurationCmd) Clone() Cmder                   { panic("stub") }

// MapStringStringCmd is the result of a command returning a map of strings.
type MapStringStringCmd struct {
	baseCmd
}

func (cmd *MapStringStringCmd) Val() map[string]string             { panic("stub") }
func (cmd *MapStringStringCmd) SetVal(val map[string]string)       { panic("stub") }
func (cmd *MapStringStringCmd) Result() (map[string]string, error) { panic("stub") }
func (cmd *MapStringStringCmd) String() string                     { panic("stub") }
func (cmd *MapStringStringCmd) Scan(dest interface{}) error        { panic("stub") }
func (cmd *MapStringStringCmd) Clone() Cmder                       { panic("stub") }

// StringSliceCmd is the result of a command returning a slice of strings.
type StringSliceCmd struct {
	baseCmd
}

func (cmd *StringSliceCmd) SetVal(val []string)                   { panic("stub") }
func (cmd *StringSliceCmd) Val() []string                         { panic("stub") }
func (cmd *StringSliceCmd) Result() ([]string, error)             { panic("stub") }
func (cmd *StringSliceCmd) String() string                        { panic("stub") }
func (cmd *StringSliceCmd) ScanSlice(container interface{}) error { panic("stub") }
func (cmd *StringSliceCmd) Clone() Cmder                          { panic("stub") }
