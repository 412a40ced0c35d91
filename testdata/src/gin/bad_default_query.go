package gin

// c.DefaultQuery("owner", "") selects the notes; the route carries the
// middleware itself (r.GET(path, mw, h)).

import "github.com/gin-gonic/gin"

func (s *server) badDefaultQuery(c *gin.Context) {
	owner := c.DefaultQuery("owner", "")
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	listNotes(c, rows, err)
}
