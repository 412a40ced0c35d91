package auth

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestMiddleware checks what reaches the handler behind the middleware: the
// subject of a good token, and nothing at all otherwise.
func TestMiddleware(t *testing.T) {
	v, err := NewVerifier(testKey, "iss", "aud")
	if err != nil {
		t.Fatal(err)
	}
	echo := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, Subject(r.Context()))
	})
	srv := httptest.NewServer(Middleware(v)(echo))
	defer srv.Close()

	token, err := v.Mint("alice", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		headers   []string
		status    int
		body      string
		challenge string
	}{
		{"valid", []string{"Bearer " + token}, http.StatusOK, "alice", ""},
		{"none", nil, http.StatusUnauthorized, `{"error":"unauthorized"}` + "\n", "Bearer"},
		{"not bearer", []string{token}, http.StatusUnauthorized, `{"error":"unauthorized"}` + "\n", "Bearer"},
		{"invalid", []string{"Bearer " + token + "x"}, http.StatusUnauthorized, `{"error":"unauthorized"}` + "\n", `Bearer error="invalid_token"`},
		{"two headers", []string{"Bearer " + token, "Bearer " + token}, http.StatusUnauthorized, `{"error":"unauthorized"}` + "\n", `Bearer error="invalid_token"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodGet, srv.URL, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range tt.headers {
				req.Header.Add("Authorization", h)
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
			if resp.StatusCode != tt.status || string(body) != tt.body {
				t.Errorf("got %d %q, want %d %q", resp.StatusCode, body, tt.status, tt.body)
			}
			if got := resp.Header.Get("WWW-Authenticate"); got != tt.challenge {
				t.Errorf("WWW-Authenticate = %q, want %q", got, tt.challenge)
			}
		})
	}
}

func TestSubjectWithoutMiddleware(t *testing.T) {
	if got := Subject(context.Background()); got != "" {
		t.Errorf("Subject = %q, want empty", got)
	}
	if _, ok := FromContext(context.Background()); ok {
		t.Error("FromContext reported claims in an empty context")
	}
}
