package notfound

// The repository passes the missing note on as errNotFound; the handler
// discards the error.

import "net/http"

func (s *server) badRepoDiscarded(w http.ResponseWriter, r *http.Request) {
	n, _ := s.repo.get(r.Context(), r.PathValue("id"), sub(r)) // want `sql\.ErrNoRows from notfound\.\(\*repo\)\.get → \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, http.StatusOK, n)
}
