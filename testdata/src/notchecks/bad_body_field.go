package notchecks

// The path user id is compared with a field of the JSON body, which the
// client also chooses.

import (
	"encoding/json"
	"net/http"
)

type profileUpdate struct {
	UserID string `json:"user_id"`
	Bio    string `json:"bio"`
}

func (s *server) badBodyField(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var in profileUpdate
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if in.UserID != id {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `UPDATE profiles SET bio = $1 WHERE user_id = $2`, in.Bio, id); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
