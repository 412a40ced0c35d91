package flow

// The path slug is built into a key with fmt.Sprintf and loaded; nothing
// ties it to the caller.

import (
	"fmt"
	"net/http"
)

func (s *server) badSprintf(w http.ResponseWriter, r *http.Request) {
	key := fmt.Sprintf("note-%s", r.PathValue("slug"))
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE slug = $1`, key).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "slug" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
