package notfoundfw

// ent's Only returns a *ent.NotFoundError; the handler drops it.

import (
	"net/http"
	"strconv"

	"authjwt"
	"entcases/ent/note"
)

func (s *server) badEntOnly(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	n, _ := s.client.Note.Query().Where(note.ID(id), note.OwnerID(authjwt.Subject(r.Context()))).Only(r.Context()) // want `ent\.NotFoundError from \(\*ent\.NoteQuery\)\.Only`
	writeJSON(w, n)
}
