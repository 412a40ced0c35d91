package flow

// The repository method uses its owner argument in the WHERE clause, and the
// handler passes the subject.

import (
	"context"
	"net/http"

	"authjwt"
)

func (nr *noteRepo) ownedNoteScoped(ctx context.Context, id, owner string) (note, error) {
	var n note
	err := nr.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

func (s *server) goodRepoOwnerUsed(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.ownedNoteScoped(r.Context(), r.PathValue("id"), authjwt.Subject(r.Context()))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
