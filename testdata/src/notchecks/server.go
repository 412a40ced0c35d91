// Package notchecks holds comparisons and helpers that look like ownership
// checks but decide nothing (SPEC: "A comparison whose result does not
// decide anything ... is no check"), each with a twin whose check decides.
// Every handler is registered behind the JWT middleware.
package notchecks

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"

	"authjwt"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

var errDenied = errors.New("denied")

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /a/users/{id}/notes", auth(http.HandlerFunc(s.badCompareLogged)))
	mux.Handle("GET /b/users/{id}/notes", auth(http.HandlerFunc(s.goodCompareLogged)))
	mux.Handle("GET /c/users/{id}/notes", auth(http.HandlerFunc(s.badAssignedUnused)))
	mux.Handle("GET /d/users/{id}/notes", auth(http.HandlerFunc(s.goodAssignedUsed)))
	mux.Handle("GET /e/notes/{id}", auth(http.HandlerFunc(s.badResponseField)))
	mux.Handle("GET /f/notes/{id}", auth(http.HandlerFunc(s.goodResponseField)))
	mux.Handle("GET /g/notes/{id}", auth(http.HandlerFunc(s.badQueryParamOwner)))
	mux.Handle("GET /h/notes/{id}", auth(http.HandlerFunc(s.goodSubjectOwner)))
	mux.Handle("PUT /i/users/{id}/profile", auth(http.HandlerFunc(s.badBodyField)))
	mux.Handle("PUT /j/users/{id}/profile", auth(http.HandlerFunc(s.goodBodyFieldAndSubject)))
	mux.Handle("GET /k/users/{id}/notes", auth(http.HandlerFunc(s.badIssuerClaim)))
	mux.Handle("GET /l/users/{id}/notes", auth(http.HandlerFunc(s.goodSubjectClaim)))
	mux.Handle("GET /m/notes/{id}", auth(http.HandlerFunc(s.badPresenceOnly)))
	mux.Handle("GET /n/notes/{id}", auth(http.HandlerFunc(s.goodPresenceAndOwner)))
	mux.Handle("GET /o/notes/{id}", auth(http.HandlerFunc(s.badFetchCheckFallsThrough)))
	mux.Handle("GET /p/notes/{id}", auth(http.HandlerFunc(s.goodFetchCheckReturns)))
	mux.Handle("DELETE /q/users/{id}/notes", auth(http.HandlerFunc(s.badCheckAfterDelete)))
	mux.Handle("DELETE /r/users/{id}/notes", auth(http.HandlerFunc(s.goodCheckBeforeDelete)))
	mux.Handle("GET /s/users/{id}/notes", auth(http.HandlerFunc(s.badOwnerOrNotViewer)))
	mux.Handle("GET /t/users/{id}/notes", auth(http.HandlerFunc(s.goodOwnerOrAdmin)))
	mux.Handle("GET /u/users/{id}/notes", auth(http.HandlerFunc(s.badHelperNeverTests)))
	mux.Handle("GET /v/users/{id}/notes", auth(http.HandlerFunc(s.goodHelperTests)))
	mux.Handle("GET /w/users/{id}/notes", auth(http.HandlerFunc(s.badHelperPresence)))
	mux.Handle("GET /x/users/{id}/notes", auth(http.HandlerFunc(s.goodHelperIsSelf)))
	return mux
}
