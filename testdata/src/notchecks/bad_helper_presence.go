package notchecks

// canAccess only tests that the subject is present and the id positive; it
// never relates them.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func canAccess(sub string, id int64) bool {
	return sub != "" && id > 0
}

func (s *server) badHelperPresence(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || !canAccess(authjwt.Subject(r.Context()), id) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
