package flow

// A repository method scopes its query by an owner argument, and the handler
// passes the JWT subject as that owner.

import (
	"context"
	"net/http"

	"authjwt"
)

func (nr *noteRepo) byIDForOwner(ctx context.Context, id, owner string) (note, error) {
	var n note
	err := nr.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

func (s *server) goodRepoByOwner(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.byIDForOwner(r.Context(), r.PathValue("id"), authjwt.Subject(r.Context()))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
