package test_fixtures

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestTagBehindAuth(t *testing.T) {
	s := &server{secret: []byte("k")}
	mux := http.NewServeMux()
	mux.Handle("GET /tags/{id}", s.requireJWT(http.HandlerFunc(s.goodPublicTag)))
	mux.Handle("DELETE /tags/{id}", s.requireJWT(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = s.db.Exec(`DELETE FROM tags WHERE id = $1`, r.PathValue("id"))
	})))
	mux.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/tags/1", nil))
}
