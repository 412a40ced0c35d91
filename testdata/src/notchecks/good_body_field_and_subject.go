package notchecks

// The body field is validated against the path, and the path user id is
// compared with the JWT subject.

import (
	"encoding/json"
	"net/http"

	"authjwt"
)

func (s *server) goodBodyFieldAndSubject(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var in profileUpdate
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if in.UserID != id || id != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `UPDATE profiles SET bio = $1 WHERE user_id = $2`, in.Bio, id); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
