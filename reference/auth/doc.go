// Package auth verifies the HS256 JWTs that authenticate callers of the
// reference service and hands the verified claims to handlers through the
// request context.
package auth
