// Package echojwt is a minimal stub of github.com/labstack/echo-jwt/v4@v4.4.0 for analyzer tests.
package echojwt

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Config defines the config for JWT middleware.
type Config struct {
	Skipper middleware.Skipper

	BeforeFunc middleware.BeforeFunc

	SuccessHandler func(c echo.Context)

	ErrorHandler func(c echo.Context, err error) error

	ContinueOnIgnoredError bool

	ContextKey string

	SigningKey interface{}

	SigningKeys map[string]interface{}

	SigningMethod string

	KeyFunc jwt.Keyfunc

	TokenLookup string

	TokenLookupFuncs []middleware.ValuesExtractor

	ParseTokenFunc func(c echo.Context, auth string) (interface{}, error)

	NewClaimsFunc func(c echo.Context) jwt.Claims
}

const (
	// AlgorithmHS256 is token signing algorithm
	AlgorithmHS256 = "HS256"
)

// ErrJWTMissing denotes an error raised when JWT token value could not be extracted from request
var ErrJWTMissing = &echo.HTTPError{Code: http.StatusUnauthorized, Message: "missing or malformed jwt"}

// ErrJWTInvalid denotes an error raised when JWT token value is invalid or expired
var ErrJWTInvalid = &echo.HTTPError{Code: http.StatusUnauthorized, Message: "invalid or expired jwt"}

// TokenParsingError is catch all type for all errors that occur when token is parsed.
type TokenParsingError struct {
	Err error
}

func (e TokenParsingError) Is(target error) bool { panic("stub") }
func (e *TokenParsingError) Error() string       { panic("stub") }
func (e *TokenParsingError) Unwrap() error       { panic("stub") }

// TokenError is used to return error with error occurred JWT token when processing JWT token
type TokenError struct {
	Token *jwt.Token
	Err   error
}

func (e *TokenError) Error() string { panic("stub") }
func (e *TokenError) Unwrap() error { panic("stub") }

// TokenExtractionError is catch all type for all errors that occur when the token is extracted from the request.
type TokenExtractionError struct {
	Err error
}

func (e TokenExtractionError) Is(target error) bool { panic("stub") }
func (e *TokenExtractionError) Error() string       { panic("stub") }
func (e *TokenExtractionError) Unwrap() error       { panic("stub") }

// JWT returns a JSON Web Token (JWT) auth middleware.
func JWT(signingKey interface{}) echo.MiddlewareFunc { panic("stub") }

// WithConfig returns a JSON Web Token (JWT) auth middleware or panics if configuration is invalid.
func WithConfig(config Config) echo.MiddlewareFunc { panic("stub") }

// ToMiddleware converts Config to middleware or returns an error for invalid configuration
func (config Config) ToMiddleware() (echo.MiddlewareFunc, error) { panic("stub") }

// CreateExtractors creates ValuesExtractors from given lookups.
func CreateExtractors(lookups string) ([]middleware.ValuesExtractor, error) { panic("stub") }
