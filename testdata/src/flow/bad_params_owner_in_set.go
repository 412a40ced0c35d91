package flow

// A params struct carries the id and the subject, but the repository writes
// the subject (SET owner_id = $2) and selects the row by id alone: any
// caller can take over any note.

import (
	"context"
	"net/http"

	"authjwt"
)

type claimNoteParams struct {
	ID      string
	OwnerID string
}

func (nr *noteRepo) claimNote(ctx context.Context, p claimNoteParams) error {
	_, err := nr.db.ExecContext(ctx, `UPDATE notes SET owner_id = $2 WHERE id = $1`, p.ID, p.OwnerID)
	return err
}

func (s *server) badParamsOwnerInSet(w http.ResponseWriter, r *http.Request) {
	err := s.notes.claimNote(r.Context(), claimNoteParams{ID: r.PathValue("id"), OwnerID: authjwt.Subject(r.Context())}) // want `path parameter "id" reaches flow\.\(\*noteRepo\)\.claimNote → \(\*sql\.DB\)\.ExecContext`
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
