package api_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/bolacheck/bolacheck/reference/api"
	"github.com/bolacheck/bolacheck/reference/auth"
	"github.com/bolacheck/bolacheck/reference/store"
)

const (
	testIssuer   = "refsvc-test"
	testAudience = "refsvc-test-api"
)

var testKey = []byte("refsvc-test-key-0123456789abcdef0123456789")

// newServer starts the service on a real listener with a fresh seeded
// database (alice owns items 1, 3, 5; bob owns 2, 4; carol has nothing).
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	db, err := store.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	v, err := auth.NewVerifier(testKey, testIssuer, testAudience)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(db, v))
	t.Cleanup(srv.Close)
	return srv
}

type response struct {
	status int
	header http.Header
	body   string
}

// get sends GET path with the given Authorization value ("" sends none).
func get(t *testing.T, srv *httptest.Server, path, authorization string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(body)}
}

// claimsFor returns claims the service accepts for sub; tests break one
// field at a time to build forged tokens.
func claimsFor(sub string) *auth.Claims {
	now := time.Now()
	return &auth.Claims{RegisteredClaims: jwt.RegisteredClaims{
		Issuer:    testIssuer,
		Subject:   sub,
		Audience:  jwt.ClaimStrings{testAudience},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour)),
	}}
}

func sign(t *testing.T, method jwt.SigningMethod, key any, claims jwt.Claims) string {
	t.Helper()
	token, err := jwt.NewWithClaims(method, claims).SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// bearerFor is a valid Authorization value for sub.
func bearerFor(t *testing.T, sub string) string {
	t.Helper()
	return "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, claimsFor(sub))
}

func assertJSONContentType(t *testing.T, r response) {
	t.Helper()
	if got := r.header.Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", got)
	}
}
