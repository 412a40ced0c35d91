package api

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"vetmod.example/auth"
)

// fixtureDelete is a handler a test sets up behind the middleware; it
// deletes any note by its path id. Tests are fixtures: it is no route,
// and no driver reports it, with or without -test.
func fixtureDelete(h *Handler) http.Handler {
	return auth.Middleware([]byte("k"))(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = h.Store.DeleteNote(r.Context(), r.PathValue("id"))
	}))
}

func TestFixture(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("DELETE /notes/{id}", fixtureDelete(&Handler{}))
	mux.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("DELETE", "/notes/1", nil))
}
