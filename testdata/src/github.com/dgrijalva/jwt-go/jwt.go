// Package jwt is a minimal stub of github.com/dgrijalva/jwt-go@v3.2.0 (the
// predecessor of golang-jwt) for analyzer tests.
package jwt

import "errors"

// Claims must just have a Valid method that determines if the token is invalid for any supported reason.
type Claims interface {
	Valid() error
}

// StandardClaims are the structured version of Claims Section, as referenced at
// https://tools.ietf.org/html/rfc7519#section-4.1.
type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

func (c StandardClaims) Valid() error { panic("stub") }

// MapClaims is a claims type that uses the map[string]interface{} for JSON decoding.
type MapClaims map[string]interface{}

func (m MapClaims) Valid() error { panic("stub") }

// SigningMethod can be used to add new methods for signing or verifying tokens.
type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error
	Sign(signingString string, key interface{}) (string, error)
	Alg() string
}

// SigningMethodHMAC implements the HMAC-SHA family of signing methods.
type SigningMethodHMAC struct {
	Name string
}

func (m *SigningMethodHMAC) Alg() string { panic("stub") }
func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	panic("stub")
}
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

// SigningMethodHS256 is HMAC using SHA-256.
var SigningMethodHS256 *SigningMethodHMAC

// ErrSignatureInvalid is returned when the signature does not verify.
var ErrSignatureInvalid = errors.New("signature is invalid")

// Keyfunc is used by parse methods to supply the key for verification.
type Keyfunc func(*Token) (interface{}, error)

// Token is a JWT.
type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

// New creates a new Token.
func New(method SigningMethod) *Token { panic("stub") }

// NewWithClaims creates a new Token with the given claims.
func NewWithClaims(method SigningMethod, claims Claims) *Token { panic("stub") }

// SignedString gets the complete, signed token.
func (t *Token) SignedString(key interface{}) (string, error) { panic("stub") }

// Parse parses, validates, and returns a token.
func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { panic("stub") }

// ParseWithClaims parses into the given claims.
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	panic("stub")
}

// Parser parses tokens.
type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { panic("stub") }
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	panic("stub")
}
