package crossnotes

// GetNote reads no subject and this package registers it nowhere: nothing
// is reported here, but its finding is exported (a findings fact) for the
// package that puts it behind JWT middleware.

import "net/http"

func GetNote(w http.ResponseWriter, r *http.Request) { // want GetNote:`findings\(path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject\)`
	var n note
	_ = DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
