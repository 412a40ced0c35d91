package flow

// The repository method's name and owner argument promise a scoped query,
// but its SQL selects by id alone: passing the subject checks nothing.

import (
	"context"
	"net/http"

	"authjwt"
)

func (nr *noteRepo) ownedNote(ctx context.Context, id, owner string) (note, error) {
	var n note
	err := nr.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

func (s *server) badRepoOwnerUnused(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.ownedNote(r.Context(), r.PathValue("id"), authjwt.Subject(r.Context())) // want `path parameter "id" reaches flow\.\(\*noteRepo\)\.ownedNote → \(\*sql\.DB\)\.QueryRowContext`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
