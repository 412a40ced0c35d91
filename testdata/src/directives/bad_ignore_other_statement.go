package directives

// A directive above one statement does not silence the next one.

import "net/http"

func (s *server) badIgnoreOtherStatement(w http.ResponseWriter, r *http.Request) {
	//bola:ignore the audit row is written for any id
	_, _ = s.db.ExecContext(r.Context(), `INSERT INTO audit (note_id) VALUES ($1)`, r.PathValue("id"))

	_, _ = s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1`, r.PathValue("id")) // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
}
