package entdb

// UpdateOneID(id).Where(note.OwnerID(sub)).SetTitle(...).Save(ctx): scoped.

import (
	"net/http"
	"strconv"

	"authjwt"

	"entcases/ent/note"
)

func (s *server) goodUpdateOneID(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.client.Note.UpdateOneID(id).Where(note.OwnerID(authjwt.Subject(r.Context()))).SetTitle(r.FormValue("title")).Save(r.Context())
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
