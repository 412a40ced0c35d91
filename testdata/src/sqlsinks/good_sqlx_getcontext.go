package sqlsinks

// (*sqlx.DB).GetContext loads the path id scoped to the JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodSqlxGetContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var n note
	if err := s.x.GetContext(r.Context(), &n, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
