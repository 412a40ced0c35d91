package gin_abort_middleware // want package:`keys\(subject const user_id; claims ; anonymous const user_id\)`

// Behind authRequired the caller is verified; the note is deleted by the
// path id alone.

import "github.com/gin-gonic/gin"

func (s *server) badDeleteBehindAbort(c *gin.Context) {
	if _, err := s.db.Exec(`DELETE FROM notes WHERE id = $1`, c.Param("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		c.AbortWithStatus(500)
		return
	}
	c.Status(204)
}
