package id_callback_adapter

// The callback loads any note by the id the adapter parsed.

import "net/http"

func (s *server) badNoteGet() http.HandlerFunc {
	return commandID("id", func(r *http.Request, id int64) (note, error) {
		var n note
		err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
		return n, err
	})
}
