package login_stores_principal

// The password decides; the user found by the submitted email becomes the
// caller.

import "github.com/gin-gonic/gin"

func (s *server) goodLogin(c *gin.Context) {
	var u user
	if err := s.db.QueryRow(`SELECT id, email, hash FROM users WHERE email = $1`, c.PostForm("email")).Scan(&u.ID, &u.Email, &u.Hash); err != nil {
		c.AbortWithStatus(403)
		return
	}
	if !checkPassword(u.Hash, c.PostForm("password")) {
		c.AbortWithStatus(403)
		return
	}
	s.setCurrentUser(c, u.ID)
	c.JSON(200, gin.H{"user": currentUser(c).Email})
}

func checkPassword(hash, password string) bool { return hash != "" && password != "" }
