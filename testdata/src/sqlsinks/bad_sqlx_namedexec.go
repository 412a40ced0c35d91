package sqlsinks

// (*sqlx.DB).NamedExec updates the note named by :id, a field filled from
// the path, with no owner in the WHERE clause.

import "net/http"

type noteEdit struct {
	ID   string `db:"id"`
	Body string `db:"body"`
}

func (s *server) badSqlxNamedExec(w http.ResponseWriter, r *http.Request) {
	arg := noteEdit{ID: r.PathValue("id"), Body: r.FormValue("body")}
	if _, err := s.x.NamedExec(`UPDATE notes SET body = :body WHERE id = :id`, arg); err != nil { // want `path parameter "id" reaches \(\*sqlx\.DB\)\.NamedExec with no check against the JWT subject`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
