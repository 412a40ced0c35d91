package api_test

import (
	"net/http"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestGetProfile(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name          string
		path          string
		authorization string
		status        int
		body          string
	}{
		{"no token", "/profiles/alice", "", http.StatusUnauthorized, `{"error":"unauthorized"}`},
		{"token without sub", "/profiles/alice", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, claimsFor("")), http.StatusUnauthorized, `{"error":"unauthorized"}`},
		{"another user's profile", "/profiles/bob", bearerFor(t, "alice"), http.StatusForbidden, `{"error":"forbidden"}`},
		{"another user's missing profile", "/profiles/nobody", bearerFor(t, "alice"), http.StatusForbidden, `{"error":"forbidden"}`},
		{"own profile that does not exist", "/profiles/carol", bearerFor(t, "carol"), http.StatusNotFound, `{"error":"profile not found"}`},
		{"own profile alice", "/profiles/alice", bearerFor(t, "alice"), http.StatusOK, `{"user_id":"alice","display_name":"Alice Liddell","email":"alice@example.com"}`},
		{"own profile bob", "/profiles/bob", bearerFor(t, "bob"), http.StatusOK, `{"user_id":"bob","display_name":"Bob Builder","email":"bob@example.com"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, srv, tt.path, tt.authorization)
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d (body %s)", r.status, tt.status, r.body)
			}
			if r.body != tt.body+"\n" {
				t.Errorf("body = %q, want %q", r.body, tt.body+"\n")
			}
			assertJSONContentType(t, r)
		})
	}
}
