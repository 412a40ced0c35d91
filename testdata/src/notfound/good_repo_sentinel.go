package notfound

// The repository's errNotFound answers 404.

import (
	"errors"
	"net/http"
)

func (s *server) goodRepoSentinel(w http.ResponseWriter, r *http.Request) {
	n, err := s.repo.get(r.Context(), r.PathValue("id"), sub(r))
	if errors.Is(err, errNotFound) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
