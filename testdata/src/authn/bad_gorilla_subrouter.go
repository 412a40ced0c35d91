package authn

// gorilla/mux: api := r.PathPrefix("/api").Subrouter(); api.Use(auth);
// api.HandleFunc(p, h).

import "net/http"

func (s *server) badGorillaSubrouter(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
