// Package login_stores_principal: the login handler checks a password,
// stores the user it authenticated where the middleware would, and its
// serializer reads it back. It is where authentication happens, not a
// handler behind it (the realworld app's UsersLogin).
package login_stores_principal

import (
	"database/sql"

	"github.com/gin-gonic/gin"
)

type user struct {
	ID    int64
	Email string
	Hash  string
}

type server struct{ db *sql.DB }

// setCurrentUser loads the user and stores it for the handlers that
// follow, as the JWT middleware does after verifying a token.
func (s *server) setCurrentUser(c *gin.Context, id int64) {
	var u user
	_ = s.db.QueryRow(`SELECT id, email FROM users WHERE id = $1`, id).Scan(&u.ID, &u.Email)
	c.Set("current_user", u)
}

func currentUser(c *gin.Context) user {
	return c.MustGet("current_user").(user)
}

func (s *server) routes(r *gin.Engine) {
	r.POST("/login", s.goodLogin)
	r.DELETE("/notes/:id", s.badDeleteByID)
}
