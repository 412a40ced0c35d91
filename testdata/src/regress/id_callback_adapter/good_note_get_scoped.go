package id_callback_adapter

// The callback scopes the load by the subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodNoteGetScoped() http.HandlerFunc {
	return commandID("id", func(r *http.Request, id int64) (note, error) {
		var n note
		err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
		return n, err
	})
}
