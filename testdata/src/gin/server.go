// Package gin holds the gin scenarios: *gin.Context handlers behind the
// authgin JWT middleware, database/sql as the store.
package gin

import (
	"database/sql"
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
	Mine    bool   `json:"mine"`
}

// listNotes writes the rows as JSON; it reads no request value.
func listNotes(c *gin.Context, rows *sql.Rows, err error) {
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	c.JSON(http.StatusOK, out)
}

// routes wires the handlers. The ones that read no subject are
// authenticated only by where they are registered: a group created with
// the middleware, a group that Uses it, or the middleware placed before the
// handler on the route itself.
func (s *server) routes(secret []byte) *gin.Engine {
	r := gin.New()
	mw := authgin.Middleware(secret)

	// Group created with the middleware.
	api := r.Group("/api", mw)
	api.GET("/users/:user_id/notes", s.badParam)
	api.GET("/users/:user_id/notes2", s.goodParam)
	api.GET("/notes/:id", s.badShouldBindURI)
	api.GET("/notes2/:id", s.goodShouldBindURI)
	api.DELETE("/notes/:id", s.badBindURI)
	api.DELETE("/notes2/:id", s.goodBindURI)
	api.GET("/abort/users/:user_id/notes", s.badAbortNoReturn)
	api.GET("/abort2/users/:user_id/notes", s.goodAbortReturn)

	// Group that Uses the middleware.
	v2 := r.Group("/v2")
	v2.Use(mw)
	v2.GET("/notes", s.badQuery)
	v2.GET("/notes2", s.goodQuery)
	v2.GET("/search", s.badGetQuery)
	v2.GET("/search2", s.goodGetQuery)
	v2.GET("/filter", s.badBindQuery)
	v2.GET("/filter2", s.goodBindQuery)
	v2.GET("/fetch/notes/:id", s.badFetchThenFlag)
	v2.GET("/fetch2/notes/:id", s.goodFetchThenCheck)

	// Middleware before the handler on the route itself.
	r.GET("/dq/notes", mw, s.badDefaultQuery)
	r.GET("/dq2/notes", mw, s.goodDefaultQuery)

	// Public: no middleware.
	r.GET("/public/notes/:id", s.goodPublic)
	return r
}
