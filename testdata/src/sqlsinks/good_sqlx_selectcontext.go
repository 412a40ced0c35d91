package sqlsinks

// (*sqlx.DB).SelectContext lists the path folder id scoped to the JWT
// subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodSqlxSelectContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var out []note
	if err := s.x.SelectContext(r.Context(), &out, `SELECT id, owner_id, body FROM notes WHERE folder_id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, out)
}
