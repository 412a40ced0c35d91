package err_returning_handler

// The same handler shape with the query scoped by the subject.

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"github.com/go-chi/chi/v5"
)

func (s *server) goodErrHandlerScoped(w http.ResponseWriter, r *http.Request) error {
	var body string
	if err := s.db.QueryRowContext(r.Context(), `SELECT body FROM notes WHERE id = $1 AND owner_id = $2`, chi.URLParam(r, "id"), authjwt.Subject(r.Context())).Scan(&body); err != nil {
		return err
	}
	return json.NewEncoder(w).Encode(body)
}
