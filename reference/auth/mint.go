package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Mint signs a token for subject that Verify accepts until ttl has passed.
// HS256 is symmetric, so the verifying key is also the signing key. The
// service never calls this; it exists for the -mint flag and for tests.
func (v *Verifier) Mint(subject string, ttl time.Duration) (string, error) {
	if subject == "" {
		return "", ErrNoSubject
	}
	now := time.Now()
	claims := &Claims{RegisteredClaims: jwt.RegisteredClaims{
		Issuer:    v.issuer,
		Subject:   subject,
		Audience:  jwt.ClaimStrings{v.audience},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(v.key)
}
