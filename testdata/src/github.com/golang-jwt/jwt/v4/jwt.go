// Package jwt is a minimal stub of github.com/golang-jwt/jwt/v4@v4.5.2 for analyzer tests.
package jwt

import (
	"crypto"
	"crypto/rsa"
	"errors"
	"time"
)

// Claims must just have a Valid method that determines
// if the token is invalid for any supported reason
type Claims interface {
	Valid() error
}

// RegisteredClaims are a structured version of the JWT Claims Set,
// restricted to Registered Claim Names.
type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) Valid() error                                  { panic("stub") }
func (c *RegisteredClaims) VerifyAudience(cmp string, req bool) bool     { panic("stub") }
func (c *RegisteredClaims) VerifyExpiresAt(cmp time.Time, req bool) bool { panic("stub") }
func (c *RegisteredClaims) VerifyIssuedAt(cmp time.Time, req bool) bool  { panic("stub") }
func (c *RegisteredClaims) VerifyNotBefore(cmp time.Time, req bool) bool { panic("stub") }
func (c *RegisteredClaims) VerifyIssuer(cmp string, req bool) bool       { panic("stub") }

// StandardClaims are a structured version of the JWT Claims Set, as referenced at
// https://datatracker.ietf.org/doc/html/rfc7519#section-4.
//
// Deprecated: Use RegisteredClaims instead for a forward-compatible way to access registered claims in a struct.
type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

func (c StandardClaims) Valid() error                              { panic("stub") }
func (c *StandardClaims) VerifyAudience(cmp string, req bool) bool { panic("stub") }
func (c *StandardClaims) VerifyExpiresAt(cmp int64, req bool) bool { panic("stub") }
func (c *StandardClaims) VerifyIssuedAt(cmp int64, req bool) bool  { panic("stub") }
func (c *StandardClaims) VerifyNotBefore(cmp int64, req bool) bool { panic("stub") }
func (c *StandardClaims) VerifyIssuer(cmp string, req bool) bool   { panic("stub") }

// MapClaims is a claims type that uses the map[string]interface{} for JSON decoding.
type MapClaims map[string]interface{}

func (m MapClaims) VerifyAudience(cmp string, req bool) bool { panic("stub") }
func (m MapClaims) VerifyExpiresAt(cmp int64, req bool) bool { panic("stub") }
func (m MapClaims) VerifyIssuedAt(cmp int64, req bool) bool  { panic("stub") }
func (m MapClaims) VerifyNotBefore(cmp int64, req bool) bool { panic("stub") }
func (m MapClaims) VerifyIssuer(cmp string, req bool) bool   { panic("stub") }
func (m MapClaims) Valid() error                             { panic("stub") }

// NumericDate represents a JSON numeric date value.
type NumericDate struct {
	time.Time
}

// NewNumericDate constructs a new *NumericDate from a standard library time.Time struct.
func NewNumericDate(t time.Time) *NumericDate { panic("stub") }

func (date NumericDate) MarshalJSON() (b []byte, err error)  { panic("stub") }
func (date *NumericDate) UnmarshalJSON(b []byte) (err error) { panic("stub") }

// ClaimStrings is basically just a slice of strings, but it can be either serialized from a string array or just a string.
type ClaimStrings []string

func (s *ClaimStrings) UnmarshalJSON(data []byte) (err error) { panic("stub") }
func (s ClaimStrings) MarshalJSON() (b []byte, err error)     { panic("stub") }

// Keyfunc will be used by the Parse methods as a callback function to supply
// the key for verification.
type Keyfunc func(*Token) (interface{}, error)

// Token represents a JWT Token.
type Token struct {
	Raw       string                 // The raw token.  Populated when you Parse a token
	Method    SigningMethod          // The signing method used or to be used
	Header    map[string]interface{} // The first segment of the token
	Claims    Claims                 // The second segment of the token
	Signature string                 // The third segment of the token.  Populated when you Parse a token
	Valid     bool                   // Is the token valid?  Populated when you Parse/Verify a token
}

// New creates a new Token with the specified signing method and an empty map of claims.
func New(method SigningMethod) *Token { panic("stub") }

// NewWithClaims creates a new Token with the specified signing method and claims.
func NewWithClaims(method SigningMethod, claims Claims) *Token { panic("stub") }

// SignedString creates and returns a complete, signed JWT.
func (t *Token) SignedString(key interface{}) (string, error) { panic("stub") }

// SigningString generates the signing string.
func (t *Token) SigningString() (string, error) { panic("stub") }

// Parse parses, validates, verifies the signature and returns the parsed token.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	panic("stub")
}

// ParseWithClaims is a shortcut for NewParser().ParseWithClaims().
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	panic("stub")
}

// Parser is the JWT parser.
type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

// NewParser creates a new Parser with the specified options
func NewParser(options ...ParserOption) *Parser { panic("stub") }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { panic("stub") }
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	panic("stub")
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	panic("stub")
}

// ParserOption is used to implement functional-style options that modify the behavior of the parser.
type ParserOption func(*Parser)

func WithValidMethods(methods []string) ParserOption { panic("stub") }
func WithJSONNumber() ParserOption                   { panic("stub") }
func WithoutClaimsValidation() ParserOption          { panic("stub") }

// SigningMethod can be used add new methods for signing or verifying tokens.
type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error // Returns nil if signature is valid
	Sign(signingString string, key interface{}) (string, error)    // Returns encoded signature or error
	Alg() string                                                   // returns the alg identifier for this method (example: 'HS256')
}

// GetSigningMethod retrieves a signing method from an "alg" string
func GetSigningMethod(alg string) (method SigningMethod) { panic("stub") }

// SigningMethodHMAC implements the HMAC-SHA family of signing methods.
type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodHMAC) Alg() string { panic("stub") }
func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	panic("stub")
}
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

// Specific instances for HS256 and company
var (
	SigningMethodHS256  *SigningMethodHMAC = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384  *SigningMethodHMAC = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512  *SigningMethodHMAC = &SigningMethodHMAC{"HS512", crypto.SHA512}
	ErrSignatureInvalid                    = errors.New("signature is invalid")
)

// SigningMethodRSA implements the RSA family of signing methods.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodRSA) Alg() string { panic("stub") }
func (m *SigningMethodRSA) Verify(signingString, signature string, key interface{}) error {
	panic("stub")
}
func (m *SigningMethodRSA) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

// Specific instances for RS256 and company
var (
	SigningMethodRS256 *SigningMethodRSA = &SigningMethodRSA{"RS256", crypto.SHA256}
)

// ParseRSAPublicKeyFromPEM parses a PEM encoded PKCS1 or PKCS8 public key
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { panic("stub") }

// Error constants
var (
	ErrInvalidKey      = errors.New("key is invalid")
	ErrInvalidKeyType  = errors.New("key is of invalid type")
	ErrHashUnavailable = errors.New("the requested hash function is unavailable")

	ErrTokenMalformed        = errors.New("token is malformed")
	ErrTokenUnverifiable     = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")

	ErrTokenInvalidAudience  = errors.New("token has invalid audience")
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenUsedBeforeIssued = errors.New("token used before issued")
	ErrTokenInvalidIssuer    = errors.New("token has invalid issuer")
	ErrTokenNotValidYet      = errors.New("token is not valid yet")
	ErrTokenInvalidId        = errors.New("token has invalid id")
	ErrTokenInvalidClaims    = errors.New("token has invalid claims")
)

// The errors that might occur when parsing and validating a token
const (
	ValidationErrorMalformed        uint32 = 1 << iota // Token is malformed
	ValidationErrorUnverifiable                        // Token could not be verified because of signing problems
	ValidationErrorSignatureInvalid                    // Signature validation failed

	ValidationErrorAudience      // AUD validation failed
	ValidationErrorExpired       // EXP validation failed
	ValidationErrorIssuedAt      // IAT validation failed
	ValidationErrorIssuer        // ISS validation failed
	ValidationErrorNotValidYet   // NBF validation failed
	ValidationErrorId            // JTI validation failed
	ValidationErrorClaimsInvalid // Generic claims validation error
)

// NewValidationError is a helper for constructing a ValidationError with a string error message
func NewValidationError(errorText string, errorFlags uint32) *ValidationError { panic("stub") }

// ValidationError represents an error from Parse if token is not valid
type ValidationError struct {
	Inner  error  // stores the error returned by external dependencies, i.e.: KeyFunc
	Errors uint32 // bitfield.  see ValidationError... constants
}

func (e ValidationError) Error() string      { panic("stub") }
func (e *ValidationError) Unwrap() error     { panic("stub") }
func (e *ValidationError) Is(err error) bool { panic("stub") }
