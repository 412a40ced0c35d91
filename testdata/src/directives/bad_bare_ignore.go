package directives

// A bare //bola:ignore gives no reason: it is reported on its own line and
// the finding below it is still reported.

import "net/http"

func (s *server) badBareIgnore(w http.ResponseWriter, r *http.Request) {
	var n note
	// want +1 `bola:ignore needs a reason`
	//bola:ignore
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
