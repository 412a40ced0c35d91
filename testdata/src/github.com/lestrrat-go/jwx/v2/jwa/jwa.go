// Package jwa is a minimal stub of github.com/lestrrat-go/jwx/v2/jwa@v2.1.7 for analyzer tests.
package jwa

// KeyAlgorithm is a workaround for jwk.Key being able to contain different
// types of algorithms in its `alg` field.
type KeyAlgorithm interface {
	String() string
}

// SignatureAlgorithm represents the various signature algorithms as described in https://tools.ietf.org/html/rfc7518#section-3.1
type SignatureAlgorithm string

// Supported values for SignatureAlgorithm
const (
	ES256 SignatureAlgorithm = "ES256" // ECDSA using P-256 and SHA-256
	HS256 SignatureAlgorithm = "HS256" // HMAC using SHA-256
	HS384 SignatureAlgorithm = "HS384" // HMAC using SHA-384
	HS512 SignatureAlgorithm = "HS512" // HMAC using SHA-512
	RS256 SignatureAlgorithm = "RS256" // RSASSA-PKCS-v1.5 using SHA-256
)

// Accept is used when conversion from values given by
// outside sources (such as JSON payloads) is required
func (v *SignatureAlgorithm) Accept(value interface{}) error { panic("stub") }

// String returns the string representation of a SignatureAlgorithm
func (v SignatureAlgorithm) String() string { panic("stub") }

// IsSymmetric returns true if the algorithm is a symmetric type.
func (v SignatureAlgorithm) IsSymmetric() bool { panic("stub") }
