package vulnservice

import (
	"database/sql"
	"encoding/json"
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

// ListItems serves GET /items?owner=X.
// Flaw: lists whichever owner the query string names, without checking it is the caller.
func (s *Service) ListItems(w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	if owner == "" {
		writeError(w, http.StatusBadRequest, "missing owner")
		return
	}

	rows, err := s.DB.QueryContext(r.Context(),
		"SELECT id, owner_id, name FROM items WHERE owner_id = ? ORDER BY id", owner)
	if err != nil {
		internalError(w, r, err)
		return
	}
	defer rows.Close()

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

// GetItem serves GET /items/{id}.
// Flaw: fetches by id alone and returns the item whoever owns it.
func (s *Service) GetItem(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid item id")
		return
	}

	var it item
	err = s.DB.QueryRowContext(r.Context(),
		"SELECT id, owner_id, name FROM items WHERE id = ?", id).
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

// DeleteItem serves DELETE /items/{id}.
// Flaw: deletes by id alone, so anyone can delete anyone's item.
func (s *Service) DeleteItem(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid item id")
		return
	}

	res, err := s.DB.ExecContext(r.Context(), "DELETE FROM items WHERE id = ?", id)
	if err != nil {
		internalError(w, r, err)
		return
	}
	n, err := res.RowsAffected()
	if err != nil {
		internalError(w, r, err)
		return
	}
	if n == 0 {
		writeError(w, http.StatusNotFound, "item not found")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// RenameItem serves PUT /items/{id} with a body {"name": "..."}.
// Flaw: the owner is checked after the UPDATE has already renamed the item.
func (s *Service) RenameItem(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid item id")
		return
	}
	var body struct {
		Name string `json:"name"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&body); err != nil || body.Name == "" {
		writeError(w, http.StatusBadRequest, "body must be {\"name\": \"...\"}")
		return
	}

	if _, err := s.DB.ExecContext(r.Context(), "UPDATE items SET name = ? WHERE id = ?", body.Name, id); err != nil {
		internalError(w, r, err)
		return
	}

	var it item
	err = s.DB.QueryRowContext(r.Context(),
		"SELECT id, owner_id, name FROM items WHERE id = ?", id).
		Scan(&it.ID, &it.OwnerID, &it.Name)
	if errors.Is(err, sql.ErrNoRows) {
		writeError(w, http.StatusNotFound, "item not found")
		return
	}
	if err != nil {
		internalError(w, r, err)
		return
	}
	if it.OwnerID != auth.Subject(r.Context()) {
		writeError(w, http.StatusForbidden, "forbidden")
		return
	}
	writeJSON(w, http.StatusOK, it)
}
