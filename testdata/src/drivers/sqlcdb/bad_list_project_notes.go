package sqlcdb

// store.(*Queries).ListProjectNotes(ctx, pid): every note of any project.

import (
	"net/http"
	"strconv"
)

func (s *server) badListProjectNotes(w http.ResponseWriter, r *http.Request) {
	pid, err := strconv.ParseInt(r.PathValue("pid"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	ns, err := s.q.ListProjectNotes(r.Context(), pid) // want `path parameter "pid" reaches store\.\(\*Queries\)\.ListProjectNotes → \(store\.DBTX\)\.Query`
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, ns)
}
