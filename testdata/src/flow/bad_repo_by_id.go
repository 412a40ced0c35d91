package flow

// A repository method passes the path id to QueryRowContext; the handler
// calls it with no check.

import (
	"context"
	"net/http"
)

func (nr *noteRepo) byID(ctx context.Context, id string) (note, error) {
	var n note
	err := nr.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

func (s *server) badRepoByID(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.byID(r.Context(), r.PathValue("id")) // want `path parameter "id" reaches flow\.\(\*noteRepo\)\.byID → \(\*sql\.DB\)\.QueryRowContext`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
