// Package jose is a minimal stub of github.com/go-jose/go-jose/v4@v4.1.9 for analyzer tests.
package jose

// SignatureAlgorithm represents a signature (or MAC) algorithm.
type SignatureAlgorithm string

// KeyAlgorithm represents a key management algorithm.
type KeyAlgorithm string

// HeaderKey represents the keys used in JOSE headers.
type HeaderKey string

// Signature algorithms
const (
	EdDSA = SignatureAlgorithm("EdDSA")
	HS256 = SignatureAlgorithm("HS256") // HMAC using SHA-256
	HS384 = SignatureAlgorithm("HS384") // HMAC using SHA-384
	HS512 = SignatureAlgorithm("HS512") // HMAC using SHA-512
	RS256 = SignatureAlgorithm("RS256") // RSASSA-PKCS-v1.5 using SHA-256
	ES256 = SignatureAlgorithm("ES256") // ECDSA using P-256 and SHA-256
)

// Header represents the read-only JOSE header for JWE/JWS objects.
type Header struct {
	KeyID        string
	Algorithm    string
	Nonce        string
	ExtraHeaders map[HeaderKey]interface{}
}
