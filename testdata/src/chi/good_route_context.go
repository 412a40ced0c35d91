package chi

// The id from chi.RouteContext(r.Context()).URLParam("id") is loaded by a
// query scoped to the JWT subject.

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"authjwt"
)

func (s *server) goodRouteContext(w http.ResponseWriter, r *http.Request) {
	id := chi.RouteContext(r.Context()).URLParam("id")
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
