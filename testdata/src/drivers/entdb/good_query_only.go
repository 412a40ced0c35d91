package entdb

// Query().Where(note.ID(id), note.OwnerID(sub)).Only(ctx): scoped.

import (
	"net/http"
	"strconv"

	"authjwt"

	"entcases/ent/note"
)

func (s *server) goodQueryOnly(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.client.Note.Query().Where(note.ID(id), note.OwnerID(authjwt.Subject(r.Context()))).Only(r.Context())
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
