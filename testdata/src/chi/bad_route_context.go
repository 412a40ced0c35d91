package chi

// The id from chi.RouteContext(r.Context()).URLParam("id") is loaded with no
// check.

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (s *server) badRouteContext(w http.ResponseWriter, r *http.Request) {
	id := chi.RouteContext(r.Context()).URLParam("id")
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
