package httprouter

// ps.ByName("id") names the note; the DELETE is scoped by the subject.

import (
	"net/http"

	"authrouter"

	"github.com/julienschmidt/httprouter"
)

func (s *server) goodByNameDelete(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, ps.ByName("id"), authrouter.Subject(r.Context())); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
