package notfoundfw

// ent.IsNotFound answers 404.

import (
	"net/http"
	"strconv"

	"authjwt"
	"entcases/ent"
	"entcases/ent/note"
)

func (s *server) goodEntIsNotFound(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	n, err := s.client.Note.Query().Where(note.ID(id), note.OwnerID(authjwt.Subject(r.Context()))).Only(r.Context())
	if ent.IsNotFound(err) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, n)
}
