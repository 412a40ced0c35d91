package entdb

// UpdateOneID(id).SetTitle(...).Save(ctx) updates any note.

import (
	"net/http"
	"strconv"
)

func (s *server) badUpdateOneID(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.client.Note.UpdateOneID(id).SetTitle(r.FormValue("title")).Save(r.Context()) // want `path parameter "id" reaches \(\*ent\.NoteUpdateOne\)\.Save`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
