package notfound_error_checked

// QueryRowContext(...).Scan: any error, ErrNoRows included, answers 404.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodSQLScanErrorIs404(w http.ResponseWriter, r *http.Request) {
	var u user
	err := s.db.QueryRowContext(r.Context(), `SELECT id, name FROM users WHERE id = $1`, authjwt.Subject(r.Context())).Scan(&u.ID, &u.Name)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, u)
}
