package entdb

// DeleteOneID(id).Where(note.OwnerID(sub)).Exec(ctx): scoped.

import (
	"net/http"
	"strconv"

	"authjwt"

	"entcases/ent/note"
)

func (s *server) goodDeleteOneID(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if err := s.client.Note.DeleteOneID(id).Where(note.OwnerID(authjwt.Subject(r.Context()))).Exec(r.Context()); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
