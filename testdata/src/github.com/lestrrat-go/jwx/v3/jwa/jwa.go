// Package jwa is a minimal stub of github.com/lestrrat-go/jwx/v3/jwa@v3.4.0 for analyzer tests.
package jwa

// KeyAlgorithm is a workaround for jwk.Key being able to contain different
// types of algorithms in its `alg` field.
type KeyAlgorithm interface {
	String() string
	IsDeprecated() bool
}

// SignatureAlgorithm represents the various signature algorithms.
type SignatureAlgorithm struct{}

func (s SignatureAlgorithm) String() string               { panic("stub") }
func (s SignatureAlgorithm) IsDeprecated() bool           { panic("stub") }
func (s SignatureAlgorithm) IsSymmetric() bool            { panic("stub") }
func (s SignatureAlgorithm) MarshalJSON() ([]byte, error) { panic("stub") }

// ES256 returns an object representing ECDSA signature algorithm using P-256 curve and SHA-256.
func ES256() SignatureAlgorithm { panic("stub") }

// HS256 returns an object representing HMAC signature algorithm using SHA-256.
func HS256() SignatureAlgorithm { panic("stub") }

// HS384 returns an object representing HMAC signature algorithm using SHA-384.
func HS384() SignatureAlgorithm { panic("stub") }

// HS512 returns an object representing HMAC signature algorithm using SHA-512.
func HS512() SignatureAlgorithm { panic("stub") }

// RS256 returns an object representing RSASSA-PKCS-v1.5 signature algorithm using SHA-256.
func RS256() SignatureAlgorithm { panic("stub") }
