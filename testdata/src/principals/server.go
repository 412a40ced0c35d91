// Package principals holds the "principals beyond JWT" scenarios of SPEC:
// the caller is identified by a session cookie (authsession, ginsession) or
// an API key (authapikey), whose middleware puts the user, account or
// tenant id in the request context; handlers read it back through helpers
// (UserIDFromContext, CurrentUser, GetUserID, a local helper) or directly
// under the typed key. net/http and gin, database/sql as the store.
package principals

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"authapikey"
	"authsession"
	"ginsession"

	"github.com/gin-gonic/gin"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// writeNotes writes the rows as JSON; it reads no request value.
func writeNotes(w http.ResponseWriter, rows *sql.Rows, err error) {
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	writeJSON(w, out)
}

// currentUserID is the package's own helper reading the session user id
// back from the context.
func currentUserID(r *http.Request) string {
	id, _ := r.Context().Value(authsession.UserIDKey).(string)
	return id
}

// routes: session-cookie routes behind authsession.Middleware, API-key
// routes behind authapikey.Middleware.
func (s *server) routes(sessions authsession.Store, keys authapikey.Keys) http.Handler {
	mux := http.NewServeMux()
	session := authsession.Middleware(sessions)
	mux.Handle("GET /users/{user_id}/notes", session(http.HandlerFunc(s.badUserIDFromContext)))
	mux.Handle("GET /users/{user_id}/notes2", session(http.HandlerFunc(s.goodUserIDFromContext)))
	mux.Handle("PUT /notes/{id}", session(http.HandlerFunc(s.badCurrentUser)))
	mux.Handle("PUT /notes2/{id}", session(http.HandlerFunc(s.goodCurrentUser)))
	mux.Handle("GET /notes/{id}", session(http.HandlerFunc(s.badUserKey)))
	mux.Handle("GET /notes2/{id}", session(http.HandlerFunc(s.goodUserKey)))
	mux.Handle("DELETE /users/{user_id}/notes", session(http.HandlerFunc(s.badLocalHelper)))
	mux.Handle("DELETE /users/{user_id}/notes2", session(http.HandlerFunc(s.goodLocalHelper)))
	mux.Handle("GET /session/notes/{id}", session(http.HandlerFunc(s.badSessionRegisteredOnly)))
	mux.Handle("GET /session/notes2/{id}", session(http.HandlerFunc(s.goodSessionRegisteredOnly)))

	apikey := authapikey.Middleware(keys)
	mux.Handle("GET /accounts/{account_id}/invoices", apikey(http.HandlerFunc(s.badAccountID)))
	mux.Handle("GET /accounts/{account_id}/invoices2", apikey(http.HandlerFunc(s.goodAccountID)))
	mux.Handle("GET /projects/{id}", apikey(http.HandlerFunc(s.badTenantKey)))
	mux.Handle("GET /projects2/{id}", apikey(http.HandlerFunc(s.goodTenantKey)))

	// Public: no middleware.
	mux.HandleFunc("GET /public/notes/{id}", s.goodPublic)
	return mux
}

// ginRoutes: gin routes behind the ginsession middleware.
func (s *server) ginRoutes(sessions authsession.Store) *gin.Engine {
	r := gin.New()
	api := r.Group("/g", ginsession.Middleware(sessions))
	api.GET("/users/:user_id/notes", s.badGinGetUserID)
	api.GET("/users/:user_id/notes2", s.goodGinGetUserID)
	return r
}
