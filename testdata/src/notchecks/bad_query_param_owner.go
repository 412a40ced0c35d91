package notchecks

// The fetched note's owner is compared with another request parameter
// (?user_id=), which the client chooses.

import "net/http"

func (s *server) badQueryParamOwner(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if n.OwnerID != r.URL.Query().Get("user_id") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	writeJSON(w, n)
}
