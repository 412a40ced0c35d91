package auth

import "github.com/golang-jwt/jwt/v5"

// Claims is the token body the service accepts. The registered claims are
// all it needs: sub names the caller, and iss, aud and exp are what Verify
// checks before the subject is trusted.
type Claims struct {
	jwt.RegisteredClaims
}
