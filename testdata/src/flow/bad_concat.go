package flow

// The path slug is concatenated into a key and loaded; nothing ties it to
// the caller.

import "net/http"

func (s *server) badConcat(w http.ResponseWriter, r *http.Request) {
	key := "note-" + r.PathValue("slug")
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE slug = $1`, key).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "slug" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
