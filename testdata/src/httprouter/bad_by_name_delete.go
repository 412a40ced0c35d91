package httprouter

// ps.ByName("id") names the note to delete; the DELETE is keyed by it
// alone.

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func (s *server) badByNameDelete(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1`, ps.ByName("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
