package entdb

// client.Note.Get(ctx, id), then the note's OwnerID is compared with the
// subject before it is written.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func (s *server) goodGet(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.client.Note.Get(r.Context(), id)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if n.OwnerID != authjwt.Subject(r.Context()) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
