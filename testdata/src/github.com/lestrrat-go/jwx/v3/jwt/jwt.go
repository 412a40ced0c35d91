// Package jwt is a minimal stub of github.com/lestrrat-go/jwx/v3/jwt@v3.4.0 for analyzer tests.
package jwt

import (
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/option/v2"
)

// Token represents a generic JWT token.
type Token interface {
	Audience() ([]string, bool)
	Expiration() (time.Time, bool)
	IssuedAt() (time.Time, bool)
	Issuer() (string, bool)
	JwtID() (string, bool)
	NotBefore() (time.Time, bool)
	Subject() (string, bool)
	Get(string, any) error
	Set(string, any) error
	Has(string) bool
	Remove(string) error
	Options() *TokenOptionSet
	Clone() (Token, error)
	Keys() []string
}

// TokenOptionSet is a bit flag containing per-token options.
type TokenOptionSet uint64

// Standard claim names
const (
	AudienceKey   = "aud"
	ExpirationKey = "exp"
	IssuedAtKey   = "iat"
	IssuerKey     = "iss"
	JwtIDKey      = "jti"
	NotBeforeKey  = "nbf"
	SubjectKey    = "sub"
)

// New creates a standard token, with minimal knowledge of
// possible claims.
func New() Token { panic("stub") }

// ParseString calls Parse against a string
func ParseString(s string, options ...ParseOption) (Token, error) { panic("stub") }

// Parse parses the JWT token payload and creates a new `jwt.Token` object.
func Parse(s []byte, options ...ParseOption) (Token, error) { panic("stub") }

// ParseInsecure is exactly the same as Parse(), but it disables
// signature verification and token validation.
func ParseInsecure(s []byte, options ...ParseOption) (Token, error) { panic("stub") }

// ParseReader calls Parse against an io.Reader
func ParseReader(src io.Reader, options ...ParseOption) (Token, error) { panic("stub") }

// ParseCookie parses a JWT stored in a http.Cookie with the given name.
func ParseCookie(req *http.Request, name string, options ...ParseOption) (Token, error) {
	panic("stub")
}

// ParseHeader parses a JWT stored in a http.Header.
func ParseHeader(hdr http.Header, name string, options ...ParseOption) (Token, error) {
	panic("stub")
}

// ParseForm parses a JWT stored in a url.Value.
func ParseForm(values url.Values, name string, options ...ParseOption) (Token, error) {
	panic("stub")
}

// ParseRequest searches a http.Request object for a JWT token.
func ParseRequest(req *http.Request, options ...ParseOption) (Token, error) { panic("stub") }

// Sign is a convenience function to create a signed JWT token serialized in
// compact form.
func Sign(t Token, options ...SignOption) ([]byte, error) { panic("stub") }

// Validate makes sure that the essential claims stand.
func Validate(t Token, options ...ValidateOption) error { panic("stub") }

// WithKey is a multi-purpose option.
func WithKey(alg jwa.KeyAlgorithm, key any, suboptions ...Option) SignEncryptParseOption {
	panic("stub")
}

// WithIssuer specifies that expected issuer value.
func WithIssuer(s string) ValidateOption { panic("stub") }

// WithSubject specifies that expected subject value.
func WithSubject(s string) ValidateOption { panic("stub") }

// WithAudience specifies that expected audience value.
func WithAudience(s string) ValidateOption { panic("stub") }

// WithRequiredClaim specifies that the claim identified the given name must exist in the token.
func WithRequiredClaim(name string) ValidateOption { panic("stub") }

// WithAcceptableSkew specifies the duration in which exp, iat and nbf claims may differ by.
func WithAcceptableSkew(v time.Duration) ValidateOption { panic("stub") }

// WithFormKey is used to specify header keys to search for tokens.
func WithFormKey(v string) ParseOption { panic("stub") }

// WithHeaderKey is used to specify header keys to search for tokens.
func WithHeaderKey(v string) ParseOption { panic("stub") }

// WithValidate is passed to `Parse()` method to denote that the
// validation of the JWT token should be performed after a successful parsing.
func WithValidate(v bool) ParseOption { panic("stub") }

// WithVerify is passed to `Parse()` method to denote that the
// signature verification should be performed after a successful deserialization.
func WithVerify(v bool) ParseOption { panic("stub") }

// Option is the base option type.
type Option = option.Interface

// EncryptOption describes an Option that can be passed to (jwt.Serializer).Encrypt
type EncryptOption interface {
	Option
	encryptOption()
}

// GlobalOption describes an Option that can be passed to `Settings()`.
type GlobalOption interface {
	Option
	globalOption()
}

// GlobalParseOption describes an Option that can be passed to `Settings()` or `jwt.Parse()`.
type GlobalParseOption interface {
	Option
	globalOption()
	parseOption()
	readFileOption()
}

// GlobalValidateOption describes an Option that can be passed to `Settings()` or `jwt.Validate()`.
type GlobalValidateOption interface {
	Option
	globalOption()
	parseOption()
	readFileOption()
	validateOption()
}

// ParseOption describes an Option that can be passed to `jwt.Parse()`.
type ParseOption interface {
	Option
	parseOption()
	readFileOption()
}

// ReadFileOption is a type of `Option` that can be passed to `jws.ReadFile`
type ReadFileOption interface {
	Option
	readFileOption()
}

// SignEncryptParseOption describes an Option that can be passed to both
// `jwt.Sign()` or `jwt.Parse()`
type SignEncryptParseOption interface {
	Option
	parseOption()
	encryptOption()
	readFileOption()
	signOption()
}

// SignOption describes an Option that can be passed to `jwt.Sign()` or
// (jwt.Serializer).Sign
type SignOption interface {
	Option
	signOption()
}

// SignParseOption describes an Option that can be passed to both `jwt.Sign()` or
// `jwt.Parse()`
type SignParseOption interface {
	Option
	signOption()
	parseOption()
	readFileOption()
}

// ValidateOption describes an Option that can be passed to Validate().
type ValidateOption interface {
	Option
	parseOption()
	readFileOption()
	validateOption()
}
