package httprouter

// ps.ByName("user_id") is compared with the subject the wrapper stored.

import (
	"net/http"

	"authrouter"

	"github.com/julienschmidt/httprouter"
)

func (s *server) goodByName(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	uid := ps.ByName("user_id")
	if uid != authrouter.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
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
