// Package ginsession is the gin flavour of cookie sessions: the middleware
// resolves the session cookie and stores the user id under "user_id" in the
// gin context; GetUserID reads it back.
package ginsession

import (
	"net/http"

	"authsession"

	"github.com/gin-gonic/gin"
)

// Middleware rejects requests without a valid session.
func Middleware(store authsession.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		sid, err := c.Cookie("session")
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		u, err := store.Lookup(c.Request.Context(), sid)
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set("user_id", u.ID)
		c.Next()
	}
}

// GetUserID returns the signed-in user's id.
func GetUserID(c *gin.Context) string { return c.GetString("user_id") }
