package entdb

// DeleteOneID(id).Exec(ctx) deletes any note.

import (
	"net/http"
	"strconv"
)

func (s *server) badDeleteOneID(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if err := s.client.Note.DeleteOneID(id).Exec(r.Context()); err != nil { // want `path parameter "id" reaches \(\*ent\.NoteDeleteOne\)\.Exec`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
