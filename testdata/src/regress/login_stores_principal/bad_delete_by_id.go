package login_stores_principal // want package:`keys\(subject ; claims const current_user\)`

// A handler behind login reads the caller and deletes any note by id.

import "github.com/gin-gonic/gin"

func (s *server) badDeleteByID(c *gin.Context) {
	me := currentUser(c)
	if _, err := s.db.Exec(`DELETE FROM notes WHERE id = $1`, c.Param("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		c.AbortWithStatus(500)
		return
	}
	c.JSON(200, gin.H{"deleted_by": me.Email})
}
