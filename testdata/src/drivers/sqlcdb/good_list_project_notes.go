package sqlcdb

// store.(*Queries).ListProjectNotesForOwner: scoped by the subject.

import (
	"net/http"
	"strconv"

	"authjwt"
	"drivers/sqlcdb/store"
)

func (s *server) goodListProjectNotes(w http.ResponseWriter, r *http.Request) {
	pid, err := strconv.ParseInt(r.PathValue("pid"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	ns, err := s.q.ListProjectNotesForOwner(r.Context(), store.ListProjectNotesForOwnerParams{ProjectID: pid, OwnerID: authjwt.Subject(r.Context())})
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, ns)
}
