package flow

// The repository method scopes by its owner argument, but the handler
// passes a query parameter as the owner instead of the JWT subject.

import "net/http"

func (s *server) badRepoOwnerFromQuery(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.byIDForOwner(r.Context(), r.PathValue("id"), r.URL.Query().Get("owner")) // want `parameter "(id|owner)" reaches flow\.\(\*noteRepo\)\.byIDForOwner → \(\*sql\.DB\)\.QueryRowContext`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
