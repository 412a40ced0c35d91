package api

import (
	"database/sql"
	"errors"
	"net/http"
	"strconv"

	"github.com/bolacheck/bolacheck/reference/auth"
)

type item struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Name    string `json:"name"`
}

// listItems serves GET /items?owner=X. Callers may list only their own
// items; naming another owner is refused before any query runs.
func (h *handlers) listItems(w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	if owner == "" {
		writeError(w, http.StatusBadRequest, "missing owner")
		return
	}
	if owner != auth.Subject(r.Context()) {
		writeError(w, http.StatusForbidden, "forbidden")
		return
	}

	rows, err := h.db.QueryContext(r.Context(),
		"SELECT id, owner_id, name FROM items WHERE owner_id = ? ORDER BY id", owner)
	if err != nil {
		internalError(w, r, err)
		return
	}
	defer rows.Close()

	// Non-nil so an owner with no items gets [] rather than null.
	items := []item{}
	for rows.Next() {
		var it item
		if err := rows.Scan(&it.ID, &it.OwnerID, &it.Name); err != nil {
			internalError(w, r, err)
			return
		}
		items = append(items, it)
	}
	if err := rows.Err(); err != nil {
		internalError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, items)
}

// getItem serves GET /items/{id}. The subject is part of the WHERE clause,
// so another user's item is simply not found: the caller gets the same 404
// as for an id that does not exist and cannot probe which ids are taken.
func (h *handlers) getItem(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid item id")
		return
	}

	sub := auth.Subject(r.Context())

	var it item
	err = h.db.QueryRowContext(r.Context(),
		"SELECT id, owner_id, name FROM items WHERE id = ? AND owner_id = ?", id, sub).
		Scan(&it.ID, &it.OwnerID, &it.Name)
	if errors.Is(err, sql.ErrNoRows) {
		writeError(w, http.StatusNotFound, "item not found")
		return
	}
	if err != nil {
		internalError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, it)
}
