package notfound

// sqlx Get's error ends the handler.

import "net/http"

func (s *server) goodSqlxGet(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.dbx.GetContext(r.Context(), &n, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub(r)); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
