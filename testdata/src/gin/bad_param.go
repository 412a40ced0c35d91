package gin

// c.Param("user_id") selects whose notes are listed; the handler is behind
// the group's JWT middleware but never compares the id with the caller.

import "github.com/gin-gonic/gin"

func (s *server) badParam(c *gin.Context) {
	uid := c.Param("user_id")
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext with no check against the JWT subject`
	listNotes(c, rows, err)
}
