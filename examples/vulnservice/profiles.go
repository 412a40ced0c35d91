package vulnservice

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

// GetProfile serves GET /profiles/{user_id}.
// Flaw: the path id is never compared with the caller, so anyone reads any profile.
func (s *Service) GetProfile(w http.ResponseWriter, r *http.Request) {
	userID := r.PathValue("user_id")

	var p profile
	err := s.DB.QueryRowContext(r.Context(),
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

// GetMyProfile serves GET /me.
// Safe: the only id it uses is the subject of the verified token.
func (s *Service) GetMyProfile(w http.ResponseWriter, r *http.Request) {
	sub := auth.Subject(r.Context())

	var p profile
	err := s.DB.QueryRowContext(r.Context(),
		"SELECT user_id, display_name, email FROM profiles WHERE user_id = ?", sub).
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
