package auth

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

// MinKeyLen is the shortest HS256 key accepted: RFC 7518 §3.2 requires a key
// at least as long as the SHA-256 output, and shorter secrets can be brute
// forced offline from any token an attacker holds.
const MinKeyLen = 32

// ErrNoSubject is returned for a token that verifies but names nobody:
// handlers compare object owners with the subject, so an empty one must never
// reach them.
var ErrNoSubject = errors.New("auth: token has no subject")

// Verifier checks HS256 tokens issued for one issuer and audience.
type Verifier struct {
	key      []byte
	issuer   string
	audience string
}

// NewVerifier returns a Verifier, refusing keys shorter than MinKeyLen and an
// empty issuer or audience (either would make Verify skip that check).
func NewVerifier(key []byte, issuer, audience string) (*Verifier, error) {
	if len(key) < MinKeyLen {
		return nil, fmt.Errorf("auth: key is %d bytes, need at least %d", len(key), MinKeyLen)
	}
	if issuer == "" || audience == "" {
		return nil, errors.New("auth: issuer and audience must not be empty")
	}
	// Cloned so a caller reusing its buffer cannot change the key afterwards.
	return &Verifier{key: bytes.Clone(key), issuer: issuer, audience: audience}, nil
}

// Verify parses raw and returns its claims only if the signature, algorithm,
// expiry, issuer and audience all check out and the subject is set.
func (v *Verifier) Verify(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.keyFunc,
		// The header's alg is chosen by whoever made the token; pinning it
		// shuts out "none" and tokens claiming an asymmetric algorithm.
		jwt.WithValidMethods([]string{"HS256"}),
		// A token without exp would be valid forever once leaked.
		jwt.WithExpirationRequired(),
		jwt.WithIssuer(v.issuer),
		jwt.WithAudience(v.audience),
	)
	if err != nil {
		return nil, fmt.Errorf("auth: %w", err)
	}
	if claims.Subject == "" {
		return nil, ErrNoSubject
	}
	return claims, nil
}

func (v *Verifier) keyFunc(*jwt.Token) (any, error) {
	return v.key, nil
}
