package entdb

// note.Or(note.ID(id), note.OwnerID(sub)) widens the query: the subject
// in an Or scopes nothing.

import (
	"net/http"
	"strconv"

	"authjwt"

	"entcases/ent/note"
)

func (s *server) badQueryOr(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.client.Note.Query().Where(note.Or(note.ID(id), note.OwnerID(authjwt.Subject(r.Context())))).First(r.Context()) // want `path parameter "id" reaches \(\*ent\.NoteQuery\)\.First`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
