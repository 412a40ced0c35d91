package vulnservice

import (
	"database/sql"
	"errors"
	"net/http"
	"strconv"

	"github.com/bolacheck/bolacheck/reference/auth"
)

// GetMyItem serves GET /me/items/{id}.
// Flaw (CWE-754, not ownership): the query is scoped by the caller, but a
// missing item is treated as no error, so an unknown id answers 200 with
// an empty item instead of 404.
func (s *Service) GetMyItem(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid item id")
		return
	}

	var it item
	err = s.DB.QueryRowContext(r.Context(),
		"SELECT id, owner_id, name FROM items WHERE id = ? AND owner_id = ?", id, auth.Subject(r.Context())).
		Scan(&it.ID, &it.OwnerID, &it.Name)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		internalError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, it)
}
