package httprouter

// ps.ByName("user_id") selects whose notes are listed; the JWT wrapper
// authenticates, nothing compares the id.

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func (s *server) badByName(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	uid := ps.ByName("user_id")
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext with no check against the JWT subject`
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	writeJSON(w, out)
}
