package entdb

// client.Note.Get(ctx, id) loads any note by the path id.

import (
	"net/http"
	"strconv"
)

func (s *server) badGet(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.client.Note.Get(r.Context(), id) // want `path parameter "id" reaches \(\*ent\.NoteClient\)\.Get with no check against the JWT subject`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
