// Package jwtware is a stub of github.com/gofiber/contrib/jwt v1.1.2:
// the declarations the analyzer's tests use.
package jwtware

import "github.com/gofiber/fiber/v2"

// Config configures the middleware.
type Config struct {
	Filter         func(*fiber.Ctx) bool
	SuccessHandler fiber.Handler
	ErrorHandler   fiber.ErrorHandler
	SigningKey     SigningKey
	ContextKey     string
	TokenLookup    string
	AuthScheme     string
}

// SigningKey holds the key that signs tokens.
type SigningKey struct {
	JWTAlg string
	Key    interface{}
}

// New returns middleware that verifies a JWT and stores the token under
// ContextKey ("user") in c.Locals.
func New(config ...Config) fiber.Handler { panic("stub") }
