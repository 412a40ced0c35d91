package notfound

// sqlx Get's error is logged and the handler answers 200 anyway.

import (
	"log"
	"net/http"
)

func (s *server) badSqlxGet(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.dbx.GetContext(r.Context(), &n, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub(r)); err != nil { // want `sql\.ErrNoRows from \(\*sqlx\.DB\)\.GetContext`
		log.Printf("get note: %v", err)
	}
	writeJSON(w, http.StatusOK, n)
}
