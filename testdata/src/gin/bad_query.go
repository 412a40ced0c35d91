package gin

// c.Query("owner") selects whose notes are listed, with no check.

import "github.com/gin-gonic/gin"

func (s *server) badQuery(c *gin.Context) {
	owner := c.Query("owner")
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	listNotes(c, rows, err)
}
