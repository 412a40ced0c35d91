package principals

// The path user id must equal the package's currentUserID(r).

import "net/http"

func (s *server) goodLocalHelper(w http.ResponseWriter, r *http.Request) {
	uid := r.PathValue("user_id")
	if uid != currentUserID(r) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE owner_id = $1`, uid); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
