package crossnotes

// GetOwnNote scopes its query to the JWT subject: no finding, no fact.

import (
	"net/http"

	"authjwt"
)

func GetOwnNote(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
