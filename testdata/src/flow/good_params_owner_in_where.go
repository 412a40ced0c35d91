package flow

// A params struct carries the id and the subject, and the repository's
// UPDATE is scoped by both (WHERE id = $1 AND owner_id = $2).

import (
	"context"
	"net/http"

	"authjwt"
)

type touchNoteParams struct {
	ID      string
	OwnerID string
}

func (nr *noteRepo) touchNote(ctx context.Context, p touchNoteParams) error {
	_, err := nr.db.ExecContext(ctx, `UPDATE notes SET touched_at = now() WHERE id = $1 AND owner_id = $2`, p.ID, p.OwnerID)
	return err
}

func (s *server) goodParamsOwnerInWhere(w http.ResponseWriter, r *http.Request) {
	err := s.notes.touchNote(r.Context(), touchNoteParams{ID: r.PathValue("id"), OwnerID: authjwt.Subject(r.Context())})
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
