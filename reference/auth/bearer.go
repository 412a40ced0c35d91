package auth

import (
	"errors"
	"strings"
)

var (
	// ErrNoBearer means the Authorization value does not use the Bearer
	// scheme at all (including an empty header).
	ErrNoBearer = errors.New("auth: no bearer credentials")
	// ErrMalformedBearer means the scheme is Bearer but what follows is not
	// exactly one token.
	ErrMalformedBearer = errors.New("auth: malformed bearer credentials")
)

// BearerToken extracts the token from an Authorization header value of the
// form "Bearer <token>" (RFC 6750 §2.1).
func BearerToken(header string) (string, error) {
	scheme, token, ok := strings.Cut(header, " ")
	// Auth schemes are case-insensitive (RFC 9110 §11.1), the token is not.
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", ErrNoBearer
	}
	if !isB64Token(token) {
		return "", ErrMalformedBearer
	}
	return token, nil
}

// isB64Token reports whether s matches RFC 6750's b64token,
// 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
// Holding to the grammar also rejects an empty token, extra spaces and a
// second token, which a looser split would quietly accept or drop.
func isB64Token(s string) bool {
	body := strings.TrimRight(s, "=")
	if body == "" {
		return false
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("-._~+/", c) >= 0:
		default:
			return false
		}
	}
	return true
}
