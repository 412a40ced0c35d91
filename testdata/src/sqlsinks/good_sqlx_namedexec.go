package sqlsinks

// (*sqlx.DB).NamedExec is scoped with AND owner_id = :owner_id, the field
// that holds the JWT subject.

import (
	"net/http"

	"authjwt"
)

type ownNoteEdit struct {
	ID      string `db:"id"`
	OwnerID string `db:"owner_id"`
	Body    string `db:"body"`
}

func (s *server) goodSqlxNamedExec(w http.ResponseWriter, r *http.Request) {
	arg := ownNoteEdit{ID: r.PathValue("id"), OwnerID: authjwt.Subject(r.Context()), Body: r.FormValue("body")}
	if _, err := s.x.NamedExec(`UPDATE notes SET body = :body WHERE id = :id AND owner_id = :owner_id`, arg); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
