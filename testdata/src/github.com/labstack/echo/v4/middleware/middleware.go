// Package middleware is a minimal stub of github.com/labstack/echo/v4/middleware@v4.16.5 for analyzer tests.
package middleware

import (
	"github.com/labstack/echo/v4"
)

// Skipper defines a function to skip middleware. Returning true skips processing
// the middleware.
type Skipper func(c echo.Context) bool

// BeforeFunc defines a function which is executed just before the middleware.
type BeforeFunc func(c echo.Context)

// ValuesExtractor defines a function for extracting values (keys/tokens) from the given context.
type ValuesExtractor func(c echo.Context) ([]string, error)

// DefaultSkipper returns false which processes the middleware.
func DefaultSkipper(echo.Context) bool { panic("stub") }

// Logger returns a middleware that logs HTTP requests.
func Logger() echo.MiddlewareFunc { panic("stub") }

// Recover returns a middleware which recovers from panics anywhere in the chain.
func Recover() echo.MiddlewareFunc { panic("stub") }

// CORS returns a Cross-Origin Resource Sharing (CORS) middleware.
func CORS() echo.MiddlewareFunc { panic("stub") }

// BasicAuthValidator defines a function to validate BasicAuth credentials.
type BasicAuthValidator func(string, string, echo.Context) (bool, error)

// BasicAuth returns an BasicAuth middleware.
func BasicAuth(fn BasicAuthValidator) echo.MiddlewareFunc { panic("stub") }

// KeyAuthValidator defines a function to validate KeyAuth credentials.
type KeyAuthValidator func(auth string, c echo.Context) (bool, error)

// KeyAuth returns an KeyAuth middleware.
func KeyAuth(fn KeyAuthValidator) echo.MiddlewareFunc { panic("stub") }
