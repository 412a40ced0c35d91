package guards

// Scoped query: the subject constrains the UPDATE (WHERE id = $2 AND
// owner_id = $3).

import (
	"net/http"

	"authjwt"
)

func (s *server) goodScopedUpdate(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("body")
	_, err := s.db.ExecContext(r.Context(), `UPDATE notes SET body = $1 WHERE id = $2 AND owner_id = $3`, body, r.PathValue("id"), authjwt.Subject(r.Context()))
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
