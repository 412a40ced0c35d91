package api

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/bolacheck/bolacheck/reference/auth"
)

type profile struct {
	UserID      string `json:"user_id"`
	DisplayName string `json:"display_name"`
	Email       string `json:"email"`
}

// getProfile serves GET /profiles/{user_id}. A profile is private to its
// user, so any id other than the caller's own is refused before the database
// is asked, and the answer does not reveal whether that profile exists.
func (h *handlers) getProfile(w http.ResponseWriter, r *http.Request) {
	userID := r.PathValue("user_id")
	if userID != auth.Subject(r.Context()) {
		writeError(w, http.StatusForbidden, "forbidden")
		return
	}

	var p profile
	err := h.db.QueryRowContext(r.Context(),
		"SELECT user_id, display_name, email FROM profiles WHERE user_id = ?", userID).
		Scan(&p.UserID, &p.DisplayName, &p.Email)
	if errors.Is(err, sql.ErrNoRows) {
		writeError(w, http.StatusNotFound, "profile not found")
		return
	}
	if err != nil {
		internalError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}
