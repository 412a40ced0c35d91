package api_test

import (
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// TestForgedTokens sends tokens that each try to read alice's profile. A
// genuine alice token gets 200, so every 401 below is the verifier's doing.
func TestForgedTokens(t *testing.T) {
	srv := newServer(t)

	if r := get(t, srv, "/profiles/alice", bearerFor(t, "alice")); r.status != http.StatusOK {
		t.Fatalf("control: genuine token got %d, want 200 (body %s)", r.status, r.body)
	}

	expired := claimsFor("alice")
	expired.IssuedAt = jwt.NewNumericDate(time.Now().Add(-2 * time.Hour))
	expired.ExpiresAt = jwt.NewNumericDate(time.Now().Add(-time.Minute))

	wrongIssuer := claimsFor("alice")
	wrongIssuer.Issuer = "someone-else"

	wrongAudience := claimsFor("alice")
	wrongAudience.Audience = jwt.ClaimStrings{"another-api"}

	noExp := claimsFor("alice")
	noExp.ExpiresAt = nil

	notYetValid := claimsFor("alice")
	notYetValid.NotBefore = jwt.NewNumericDate(time.Now().Add(time.Hour))

	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	otherKey := []byte("not-the-service-key-0123456789abcdef012345")

	tests := []struct {
		name          string
		authorization string
	}{
		{"expired", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, expired)},
		{"signed with another key", "Bearer " + sign(t, jwt.SigningMethodHS256, otherKey, claimsFor("alice"))},
		{"alg none", "Bearer " + sign(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, claimsFor("alice"))},
		{"alg none without trailing dot", "Bearer " + strings.TrimSuffix(sign(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, claimsFor("alice")), ".")},
		{"RS256 signed with an RSA key", "Bearer " + sign(t, jwt.SigningMethodRS256, rsaKey, claimsFor("alice"))},
		{"HS384 with the right key", "Bearer " + sign(t, jwt.SigningMethodHS384, testKey, claimsFor("alice"))},
		{"payload tampered to another sub", "Bearer " + tamperSubject(t, sign(t, jwt.SigningMethodHS256, testKey, claimsFor("bob")), "alice")},
		{"missing Bearer prefix", sign(t, jwt.SigningMethodHS256, testKey, claimsFor("alice"))},
		{"other scheme", "Basic " + sign(t, jwt.SigningMethodHS256, testKey, claimsFor("alice"))},
		{"empty bearer token", "Bearer "},
		{"two tokens", bearerFor(t, "alice") + " " + sign(t, jwt.SigningMethodHS256, testKey, claimsFor("alice"))},
		{"wrong issuer", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, wrongIssuer)},
		{"wrong audience", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, wrongAudience)},
		{"missing exp", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, noExp)},
		{"not yet valid", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, notYetValid)},
		{"garbage", "Bearer not.a.jwt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, srv, "/profiles/alice", tt.authorization)
			if r.status != http.StatusUnauthorized {
				t.Fatalf("status = %d, want 401 (body %s)", r.status, r.body)
			}
			if ch := r.header.Get("WWW-Authenticate"); !strings.HasPrefix(ch, "Bearer") {
				t.Errorf("WWW-Authenticate = %q, want a Bearer challenge", ch)
			}
			if r.body != `{"error":"unauthorized"}`+"\n" {
				t.Errorf("body = %q", r.body)
			}
		})
	}
}

// tamperSubject rewrites the sub claim in token's payload segment and keeps
// the original header and signature.
func tamperSubject(t *testing.T, token, sub string) string {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("token has %d segments", len(parts))
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	var claims map[string]any
	if err := json.Unmarshal(payload, &claims); err != nil {
		t.Fatal(err)
	}
	claims["sub"] = sub
	payload, err = json.Marshal(claims)
	if err != nil {
		t.Fatal(err)
	}
	parts[1] = base64.RawURLEncoding.EncodeToString(payload)
	return strings.Join(parts, ".")
}

// TestSchemeIsCaseInsensitive guards against the opposite mistake: RFC 9110
// makes the scheme name case-insensitive, so lower-case bearer must work.
func TestSchemeIsCaseInsensitive(t *testing.T) {
	srv := newServer(t)
	token := sign(t, jwt.SigningMethodHS256, testKey, claimsFor("alice"))
	for _, scheme := range []string{"bearer", "BEARER", "Bearer"} {
		if r := get(t, srv, "/profiles/alice", scheme+" "+token); r.status != http.StatusOK {
			t.Errorf("scheme %q: status = %d, want 200", scheme, r.status)
		}
	}
}

func TestMissingTokenChallenge(t *testing.T) {
	srv := newServer(t)
	r := get(t, srv, "/profiles/alice", "")
	if r.status != http.StatusUnauthorized {
		t.Fatalf("status = %d, want 401", r.status)
	}
	if ch := r.header.Get("WWW-Authenticate"); ch != "Bearer" {
		t.Errorf("WWW-Authenticate = %q, want %q", ch, "Bearer")
	}
	assertJSONContentType(t, r)
}
