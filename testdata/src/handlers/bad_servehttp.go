package handlers

// A type with a ServeHTTP method registered with mux.Handle loads the path
// id with no check against the subject it reads.

import (
	"database/sql"
	"log"
	"net/http"

	"authjwt"
)

type badNoteHandler struct{ db *sql.DB }

func (h *badNoteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	log.Printf("%s reads note %s", sub, r.PathValue("id"))
	var n note
	_ = h.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
