// Package jwt is a minimal stub of github.com/go-jose/go-jose/v4/jwt@v4.1.9 for analyzer tests.
package jwt

import (
	"errors"
	"time"

	"github.com/go-jose/go-jose/v4"
)

// Claims represents public claim values (as specified in RFC 7519).
type Claims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Expiry    *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// Validate checks claims in a token against expected values.
func (c Claims) Validate(e Expected) error { panic("stub") }

// ValidateWithLeeway checks claims in a token against expected values.
func (c Claims) ValidateWithLeeway(e Expected, leeway time.Duration) error { panic("stub") }

// NumericDate represents date and time as the number of seconds since the
// epoch, ignoring leap seconds.
type NumericDate int64

// NewNumericDate constructs NumericDate from time.Time value.
func NewNumericDate(t time.Time) *NumericDate { panic("stub") }

func (n NumericDate) MarshalJSON() ([]byte, error)  { panic("stub") }
func (n *NumericDate) UnmarshalJSON(b []byte) error { panic("stub") }
func (n *NumericDate) Time() time.Time              { panic("stub") }

// Audience represents the recipients that the token is intended for.
type Audience []string

func (s Audience) MarshalJSON() ([]byte, error) { panic("stub") }
func (s Audience) Contains(v string) bool       { panic("stub") }

// Expected defines values used for protected claims validation.
type Expected struct {
	Issuer      string
	Subject     string
	AnyAudience Audience
	ID          string
	Time        time.Time
}

// JSONWebToken represents a JSON Web Token (as specified in RFC7519).
type JSONWebToken struct {
	Headers []jose.Header
}

// Claims deserializes a JSONWebToken into dest using the provided key.
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { panic("stub") }

// UnsafeClaimsWithoutVerification deserializes the claims of a
// JSONWebToken into the dests. For signed JWTs, the claims are not verified.
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error {
	panic("stub")
}

// ParseSigned parses token from JWS form.
func ParseSigned(s string, signatureAlgorithms []jose.SignatureAlgorithm) (*JSONWebToken, error) {
	panic("stub")
}

// ErrInvalidIssuer indicates invalid iss claim.
var ErrInvalidIssuer = errors.New("go-jose/go-jose/jwt: validation failed, invalid issuer claim (iss)")

// ErrInvalidSubject indicates invalid sub claim.
var ErrInvalidSubject = errors.New("go-jose/go-jose/jwt: validation failed, invalid subject claim (sub)")

// ErrInvalidAudience indicated invalid aud claim.
var ErrInvalidAudience = errors.New("go-jose/go-jose/jwt: validation failed, invalid audience claim (aud)")

// ErrNotValidYet indicates that token is used before time indicated in nbf claim.
var ErrNotValidYet = errors.New("go-jose/go-jose/jwt: validation failed, token not valid yet (nbf)")

// ErrExpired indicates that token is used after expiry time indicated in exp claim.
var ErrExpired = errors.New("go-jose/go-jose/jwt: validation failed, token is expired (exp)")
