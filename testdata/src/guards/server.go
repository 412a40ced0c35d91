// Package guards holds the ownership checks of SPEC.md: guards, helpers,
// policy decisions, scoped queries and fetch-then-check, each with a twin
// whose check is missing or broken. Every handler is registered behind the
// JWT middleware.
package guards

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/casbin/casbin/v2"

	"authjwt"
)

type server struct {
	db     *sql.DB
	enf    *casbin.Enforcer
	policy *policy
	locked *lockedPolicy
}

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /a/users/{id}/notes", auth(http.HandlerFunc(s.badEarlyReturnMissing)))
	mux.Handle("GET /b/users/{id}/notes", auth(http.HandlerFunc(s.goodEarlyReturn)))
	mux.Handle("GET /c/users/{id}/notes", auth(http.HandlerFunc(s.badPositiveFallsThrough)))
	mux.Handle("GET /d/users/{id}/notes", auth(http.HandlerFunc(s.goodPositive)))
	mux.Handle("GET /e/users/{id}/notes", auth(http.HandlerFunc(s.badSwitchFallsThrough)))
	mux.Handle("GET /f/users/{id}/notes", auth(http.HandlerFunc(s.goodSwitch)))
	mux.Handle("GET /g/users/{id}/notes", auth(http.HandlerFunc(s.badAndCondition)))
	mux.Handle("GET /h/users/{id}/notes", auth(http.HandlerFunc(s.goodOrCondition)))
	mux.Handle("GET /i/users/{id}/notes", auth(http.HandlerFunc(s.badOwnerOrNotGuest)))
	mux.Handle("GET /j/users/{id}/notes", auth(http.HandlerFunc(s.goodOwnerOrAdmin)))
	mux.Handle("DELETE /k/users/{id}", auth(http.HandlerFunc(s.badRoleLogged)))
	mux.Handle("DELETE /l/users/{id}", auth(http.HandlerFunc(s.goodRoleAdmin)))
	mux.Handle("GET /m/users/{id}/notes", auth(http.HandlerFunc(s.badHelperErrorLogged)))
	mux.Handle("GET /n/users/{id}/notes", auth(http.HandlerFunc(s.goodHelperError)))
	mux.Handle("GET /o/users/{id}/notes", auth(http.HandlerFunc(s.badHelperErrorsIsOther)))
	mux.Handle("GET /p/users/{id}/notes", auth(http.HandlerFunc(s.goodHelperErrorsIs)))
	mux.Handle("GET /q/users/{id}/notes", auth(http.HandlerFunc(s.badBoolHelperLogged)))
	mux.Handle("GET /r/users/{id}/notes", auth(http.HandlerFunc(s.goodBoolHelper)))
	mux.Handle("GET /s/notes/{id}", auth(http.HandlerFunc(s.badPolicyLogged)))
	mux.Handle("GET /t/notes/{id}", auth(http.HandlerFunc(s.goodPolicy)))
	mux.Handle("GET /t/locked/notes/{id}", auth(http.HandlerFunc(s.goodLockedPolicy)))
	mux.Handle("GET /u/notes/{id}", auth(http.HandlerFunc(s.badCasbinErrOnly)))
	mux.Handle("GET /v/notes/{id}", auth(http.HandlerFunc(s.goodCasbin)))
	mux.Handle("PUT /w/notes/{id}", auth(http.HandlerFunc(s.badSubjectInSet)))
	mux.Handle("PUT /x/notes/{id}", auth(http.HandlerFunc(s.goodScopedUpdate)))
	mux.Handle("GET /y/notes/{id}", auth(http.HandlerFunc(s.badFetchCheckAfterWrite)))
	mux.Handle("GET /z/notes/{id}", auth(http.HandlerFunc(s.goodFetchThenCheck)))
	mux.Handle("PUT /aa/notes/{id}", auth(http.HandlerFunc(s.badUpdateThenCheck)))
	mux.Handle("PUT /ab/notes/{id}", auth(http.HandlerFunc(s.goodCheckThenUpdate)))
	mux.Handle("GET /ac/users/{uid}/notes/{nid}", auth(http.HandlerFunc(s.badNestedLoadedAlone)))
	mux.Handle("GET /ad/users/{uid}/notes/{nid}", auth(http.HandlerFunc(s.goodNestedScoped)))
	mux.Handle("DELETE /ae/users/{uid}/notes/{nid}", auth(http.HandlerFunc(s.badUIDCheckedNIDDeleted)))
	mux.Handle("DELETE /af/users/{uid}/notes/{nid}", auth(http.HandlerFunc(s.goodUIDCheckedNIDScoped)))
	mux.Handle("PUT /ag/notes/{id}", auth(http.HandlerFunc(s.badWriteByFetchedID)))
	mux.Handle("PUT /ah/notes/{id}", auth(http.HandlerFunc(s.goodWriteByFetchedID)))
	mux.Handle("GET /ai/users/{id}/notes", auth(http.HandlerFunc(s.badRequireSubjectDiscarded)))
	mux.Handle("GET /aj/users/{id}/notes", auth(http.HandlerFunc(s.goodRequireSubject)))
	return mux
}
