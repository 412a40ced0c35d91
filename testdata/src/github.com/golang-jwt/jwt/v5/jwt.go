// Package jwt is a minimal stub of github.com/golang-jwt/jwt/v5@v5.3.1 for analyzer tests.
package jwt

import (
	"crypto"
	"crypto/rsa"
	"errors"
	"time"
)

// Claims represent any form of a JWT Claims Set according to
// https://datatracker.ietf.org/doc/html/rfc7519#section-4.
type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

// ClaimsValidator is an interface that can be implemented by custom claims who
// wish to execute any additional claims validation based on
// application-specific logic.
type ClaimsValidator interface {
	Claims
	Validate() error
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

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { panic("stub") }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { panic("stub") }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { panic("stub") }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { panic("stub") }
func (c RegisteredClaims) GetIssuer() (string, error)               { panic("stub") }
func (c RegisteredClaims) GetSubject() (string, error)              { panic("stub") }

// MapClaims is a claims type that uses the map[string]any for JSON
// decoding. This is the default claims type if you don't supply one
type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { panic("stub") }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { panic("stub") }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { panic("stub") }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { panic("stub") }
func (m MapClaims) GetIssuer() (string, error)               { panic("stub") }
func (m MapClaims) GetSubject() (string, error)              { panic("stub") }

// TimePrecision sets the precision of times and dates within this library.
var TimePrecision = time.Second

// NumericDate represents a JSON numeric date value.
type NumericDate struct {
	time.Time
}

// NewNumericDate constructs a new *NumericDate from a standard library time.Time struct.
func NewNumericDate(t time.Time) *NumericDate { panic("stub") }

func (date NumericDate) MarshalJSON() (b []byte, err error)  { panic("stub") }
func (date *NumericDate) UnmarshalJSON(b []byte) (err error) { panic("stub") }

// ClaimStrings is basically just a slice of strings, but it can be either
// serialized from a string array or just a string.
type ClaimStrings []string

func (s *ClaimStrings) UnmarshalJSON(data []byte) (err error) { panic("stub") }
func (s ClaimStrings) MarshalJSON() (b []byte, err error)     { panic("stub") }

// Keyfunc will be used by the Parse methods as a callback function to supply
// the key for verification.
type Keyfunc func(*Token) (any, error)

// Token represents a JWT Token.
type Token struct {
	Raw       string         // Raw contains the raw token.  Populated when you [Parse] a token
	Method    SigningMethod  // Method is the signing method used or to be used
	Header    map[string]any // Header is the first segment of the token in decoded form
	Claims    Claims         // Claims is the second segment of the token in decoded form
	Signature []byte         // Signature is the third segment of the token in decoded form.  Populated when you [Parse] or sign a token
	Valid     bool           // Valid specifies if the token is valid.  Populated when you [Parse] a token
}

// TokenOption is a reserved type, which provides some forward compatibility,
// if we ever want to introduce token creation-related options.
type TokenOption func(*Token)

// New creates a new [Token] with the specified signing method and an empty map of claims.
func New(method SigningMethod, opts ...TokenOption) *Token { panic("stub") }

// NewWithClaims creates a new [Token] with the specified signing method and claims.
func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	panic("stub")
}

// SignedString creates and returns a complete, signed JWT.
func (t *Token) SignedString(key any) (string, error) { panic("stub") }

// SigningString generates the signing string.
func (t *Token) SigningString() (string, error) { panic("stub") }

// Parser is the JWT parser.
type Parser struct{}

// NewParser creates a new Parser with the specified options
func NewParser(options ...ParserOption) *Parser { panic("stub") }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { panic("stub") }
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	panic("stub")
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	panic("stub")
}

// Parse parses, validates, verifies the signature and returns the parsed token.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	panic("stub")
}

// ParseWithClaims is a shortcut for NewParser().ParseWithClaims().
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	panic("stub")
}

// ParserOption is used to implement functional-style options that modify the
// behavior of the parser.
type ParserOption func(*Parser)

func WithValidMethods(methods []string) ParserOption { panic("stub") }
func WithJSONNumber() ParserOption                   { panic("stub") }
func WithoutClaimsValidation() ParserOption          { panic("stub") }
func WithLeeway(leeway time.Duration) ParserOption   { panic("stub") }
func WithTimeFunc(f func() time.Time) ParserOption   { panic("stub") }
func WithIssuedAt() ParserOption                     { panic("stub") }
func WithExpirationRequired() ParserOption           { panic("stub") }
func WithNotBeforeRequired() ParserOption            { panic("stub") }
func WithAudience(aud ...string) ParserOption        { panic("stub") }
func WithAllAudiences(aud ...string) ParserOption    { panic("stub") }
func WithIssuer(iss string) ParserOption             { panic("stub") }
func WithSubject(sub string) ParserOption            { panic("stub") }
func WithPaddingAllowed() ParserOption               { panic("stub") }
func WithStrictDecoding() ParserOption               { panic("stub") }

// SigningMethod can be used add new methods for signing or verifying tokens.
type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error // Returns nil if signature is valid
	Sign(signingString string, key any) ([]byte, error)     // Returns signature or error
	Alg() string                                            // returns the alg identifier for this method (example: 'HS256')
}

// GetSigningMethod retrieves a signing method from an "alg" string
func GetSigningMethod(alg string) (method SigningMethod) { panic("stub") }

// SigningMethodHMAC implements the HMAC-SHA family of signing methods.
type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodHMAC) Alg() string                                            { panic("stub") }
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { panic("stub") }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { panic("stub") }

// Specific instances for HS256 and company
var (
	SigningMethodHS256 *SigningMethodHMAC = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384 *SigningMethodHMAC = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512 *SigningMethodHMAC = &SigningMethodHMAC{"HS512", crypto.SHA512}

	ErrSignatureInvalid = errors.New("signature is invalid")
)

// SigningMethodRSA implements the RSA family of signing methods.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodRSA) Alg() string                                            { panic("stub") }
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { panic("stub") }
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error)     { panic("stub") }

// Specific instances for RS256 and company
var (
	SigningMethodRS256 *SigningMethodRSA = &SigningMethodRSA{"RS256", crypto.SHA256}
)

// ParseRSAPublicKeyFromPEM parses a certificate or a PEM encoded PKCS1 or PKIX public key
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { panic("stub") }

// Error constants
var (
	ErrInvalidKey                = errors.New("key is invalid")
	ErrInvalidKeyType            = errors.New("key is of invalid type")
	ErrHashUnavailable           = errors.New("the requested hash function is unavailable")
	ErrTokenMalformed            = errors.New("token is malformed")
	ErrTokenUnverifiable         = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid     = errors.New("token signature is invalid")
	ErrTokenRequiredClaimMissing = errors.New("token is missing required claim")
	ErrTokenInvalidAudience      = errors.New("token has invalid audience")
	ErrTokenExpired              = errors.New("token is expired")
	ErrTokenUsedBeforeIssued     = errors.New("token used before issued")
	ErrTokenInvalidIssuer        = errors.New("token has invalid issuer")
	ErrTokenInvalidSubject       = errors.New("token has invalid subject")
	ErrTokenNotValidYet          = errors.New("token is not valid yet")
	ErrTokenInvalidId            = errors.New("token has invalid id")
	ErrTokenInvalidClaims        = errors.New("token has invalid claims")
	ErrInvalidType               = errors.New("invalid type for claim")
)
