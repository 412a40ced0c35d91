// Package jwtmiddleware is a minimal stub of github.com/auth0/go-jwt-middleware/v2@v2.3.1 for analyzer tests.
package jwtmiddleware

import (
	"context"
	"errors"
	"net/http"
)

var (
	// ErrJWTMissing is returned when the JWT is missing.
	ErrJWTMissing = errors.New("jwt missing")

	// ErrJWTInvalid is returned when the JWT is invalid.
	ErrJWTInvalid = errors.New("jwt invalid")
)

// ErrorHandler is a handler which is called when an error occurs in the JWTMiddleware.
type ErrorHandler func(w http.ResponseWriter, r *http.Request, err error)

// DefaultErrorHandler is the default error handler implementation for the JWTMiddleware.
func DefaultErrorHandler(w http.ResponseWriter, _ *http.Request, err error) { panic("stub") }

// TokenExtractor is a function that takes a request as input and returns
// either a token or an error.
type TokenExtractor func(r *http.Request) (string, error)

// AuthHeaderTokenExtractor is a TokenExtractor that takes a request
// and extracts the token from the Authorization header.
func AuthHeaderTokenExtractor(r *http.Request) (string, error) { panic("stub") }

// CookieTokenExtractor builds a TokenExtractor that takes a request and
// extracts the token from the cookie using the passed in cookieName.
func CookieTokenExtractor(cookieName string) TokenExtractor { panic("stub") }

// ParameterTokenExtractor returns a TokenExtractor that extracts
// the token from the specified query string parameter.
func ParameterTokenExtractor(param string) TokenExtractor { panic("stub") }

// MultiTokenExtractor returns a TokenExtractor that runs multiple TokenExtractors
// and takes the one that does not return an empty token.
func MultiTokenExtractor(extractors ...TokenExtractor) TokenExtractor { panic("stub") }

// ContextKey is the key used in the request
// context where the information from a
// validated JWT will be stored.
type ContextKey struct{}

// JWTMiddleware is a middleware that validates JWTs.
type JWTMiddleware struct{}

// ValidateToken takes in a string JWT and makes sure it is valid and
// returns the valid token.
type ValidateToken func(context.Context, string) (interface{}, error)

// ExclusionUrlHandler is a function that takes in a http.Request and returns
// true if the request should be excluded from JWT validation.
type ExclusionUrlHandler func(r *http.Request) bool

// New constructs a new JWTMiddleware instance with the supplied options.
func New(validateToken ValidateToken, opts ...Option) *JWTMiddleware { panic("stub") }

// CheckJWT is the main JWTMiddleware function which performs the main logic.
func (m *JWTMiddleware) CheckJWT(next http.Handler) http.Handler { panic("stub") }

// Option is how options for the JWTMiddleware are set up.
type Option func(*JWTMiddleware)

func WithCredentialsOptional(value bool) Option    { panic("stub") }
func WithValidateOnOptions(value bool) Option      { panic("stub") }
func WithErrorHandler(h ErrorHandler) Option       { panic("stub") }
func WithTokenExtractor(e TokenExtractor) Option   { panic("stub") }
func WithExclusionUrls(exclusions []string) Option { panic("stub") }
