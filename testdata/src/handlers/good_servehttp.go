package handlers

// A type with a ServeHTTP method registered with mux.Handle loads the path
// id with a query scoped to the subject.

import (
	"database/sql"
	"log"
	"net/http"

	"authjwt"
)

type goodNoteHandler struct{ db *sql.DB }

func (h *goodNoteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	log.Printf("%s reads note %s", sub, r.PathValue("id"))
	var n note
	_ = h.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
