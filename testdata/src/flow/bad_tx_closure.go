package flow

// The delete runs in a transaction closure inside the handler; the id it
// deletes is never tied to the caller.

import (
	"database/sql"
	"net/http"
)

const deleteNoteByID = `DELETE FROM notes WHERE id = $1`

func (s *server) badTxClosure(w http.ResponseWriter, r *http.Request) {
	ctx, id := r.Context(), r.PathValue("id")
	err := withTx(ctx, s.db, func(tx *sql.Tx) error { _, err := tx.ExecContext(ctx, deleteNoteByID, id); return err }) // want `path parameter "id" reaches .*\(\*sql\.Tx\)\.ExecContext`
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
