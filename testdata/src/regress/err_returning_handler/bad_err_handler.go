package err_returning_handler

// Any note is read by the path id and written.

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (s *server) badErrHandler(w http.ResponseWriter, r *http.Request) error {
	var body string
	if err := s.db.QueryRowContext(r.Context(), `SELECT body FROM notes WHERE id = $1`, chi.URLParam(r, "id")).Scan(&body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
		return err
	}
	return json.NewEncoder(w).Encode(body)
}
