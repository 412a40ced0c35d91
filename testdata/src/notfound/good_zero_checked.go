package notfound

// The repository hides absence in a zero note, and the handler checks for
// it before answering.

import "net/http"

func (s *server) goodZeroChecked(w http.ResponseWriter, r *http.Request) {
	n, err := s.repo.find(r.Context(), r.PathValue("id"), sub(r))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if n.ID == 0 {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
