package flow

// The delete in the transaction closure is scoped to the JWT subject.

import (
	"database/sql"
	"net/http"

	"authjwt"
)

const deleteOwnNote = `DELETE FROM notes WHERE id = $1 AND owner_id = $2`

func (s *server) goodTxClosure(w http.ResponseWriter, r *http.Request) {
	ctx, id, sub := r.Context(), r.PathValue("id"), authjwt.Subject(r.Context())
	err := withTx(ctx, s.db, func(tx *sql.Tx) error { _, err := tx.ExecContext(ctx, deleteOwnNote, id, sub); return err })
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
