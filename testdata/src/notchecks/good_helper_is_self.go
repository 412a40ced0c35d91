package notchecks

// isSelf relates the subject to the id.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func isSelf(sub string, id int64) bool {
	return sub != "" && sub == strconv.FormatInt(id, 10)
}

func (s *server) goodHelperIsSelf(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || !isSelf(authjwt.Subject(r.Context()), id) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
