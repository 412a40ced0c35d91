// Package jwtauth is a minimal stub of github.com/go-chi/jwtauth/v5@v5.3.3 for analyzer tests.
package jwtauth

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwt"
)

// JWTAuth holds the signing and verification configuration.
type JWTAuth struct{}

var (
	TokenCtxKey = &contextKey{"Token"}
	ErrorCtxKey = &contextKey{"Error"}
)

var (
	ErrUnauthorized = errors.New("token is unauthorized")
	ErrExpired      = errors.New("token is expired")
	ErrNBFInvalid   = errors.New("token nbf validation failed")
	ErrIATInvalid   = errors.New("token iat validation failed")
	ErrNoTokenFound = errors.New("no token found")
	ErrAlgoInvalid  = errors.New("algorithm mismatch")
)

// New creates a JWTAuth authenticator instance.
func New(alg string, signKey interface{}, verifyKey interface{}, validateOptions ...jwt.ValidateOption) *JWTAuth {
	panic("stub")
}

// Verifier http middleware handler will verify a JWT string from a http request.
func Verifier(ja *JWTAuth) func(http.Handler) http.Handler { panic("stub") }

// Verify http middleware handler will verify a JWT string from a http request.
func Verify(ja *JWTAuth, findTokenFns ...func(r *http.Request) string) func(http.Handler) http.Handler {
	panic("stub")
}

// VerifyRequest searches the request for a token and verifies it.
func VerifyRequest(ja *JWTAuth, r *http.Request, findTokenFns ...func(r *http.Request) string) (jwt.Token, error) {
	panic("stub")
}

// VerifyToken verifies a token string.
func VerifyToken(ja *JWTAuth, tokenString string) (jwt.Token, error) { panic("stub") }

func (ja *JWTAuth) Encode(claims map[string]interface{}) (t jwt.Token, tokenString string, err error) {
	panic("stub")
}
func (ja *JWTAuth) Decode(tokenString string) (jwt.Token, error) { panic("stub") }
func (ja *JWTAuth) ValidateOptions() []jwt.ValidateOption        { panic("stub") }

// ErrorReason will normalize the error message from the underlining jwt library
func ErrorReason(err error) error { panic("stub") }

// Authenticator is a default authentication middleware to enforce access from the
// Verifier middleware request context values.
func Authenticator(ja *JWTAuth) func(http.Handler) http.Handler { panic("stub") }

// NewContext stores the token and error in the context.
func NewContext(ctx context.Context, t jwt.Token, err error) context.Context { panic("stub") }

// FromContext returns the token, its claims and the verification error from the context.
func FromContext(ctx context.Context) (jwt.Token, map[string]interface{}, error) { panic("stub") }

func UnixTime(tm time.Time) int64                                 { panic("stub") }
func EpochNow() int64                                             { panic("stub") }
func ExpireIn(tm time.Duration) int64                             { panic("stub") }
func SetIssuedAt(claims map[string]interface{}, tm time.Time)     { panic("stub") }
func SetIssuedNow(claims map[string]interface{})                  { panic("stub") }
func SetExpiry(claims map[string]interface{}, tm time.Time)       { panic("stub") }
func SetExpiryIn(claims map[string]interface{}, tm time.Duration) { panic("stub") }

// TokenFromCookie tries to retreive the token string from a cookie named "jwt".
func TokenFromCookie(r *http.Request) string { panic("stub") }

// TokenFromHeader tries to retreive the token string from the "Authorization" request header.
func TokenFromHeader(r *http.Request) string { panic("stub") }

// TokenFromQuery tries to retreive the token string from the "jwt" URI query parameter.
func TokenFromQuery(r *http.Request) string { panic("stub") }

type contextKey struct {
	name string
}

func (k *contextKey) String() string { panic("stub") }
