package flow

// The path id is stored in a request struct's field and the field is loaded.

import "net/http"

type getNoteRequest struct {
	ID     string
	Fields string
}

func (s *server) badStructField(w http.ResponseWriter, r *http.Request) {
	var req getNoteRequest
	req.ID = r.PathValue("id")
	req.Fields = "id, owner_id, body"
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, req.ID).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
