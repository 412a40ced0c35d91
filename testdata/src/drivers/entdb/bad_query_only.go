package entdb

// Query().Where(note.ID(id)).Only(ctx): the predicate is the id alone.

import (
	"net/http"
	"strconv"

	"entcases/ent/note"
)

func (s *server) badQueryOnly(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.client.Note.Query().Where(note.ID(id)).Only(r.Context()) // want `path parameter "id" reaches \(\*ent\.NoteQuery\)\.Only`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
