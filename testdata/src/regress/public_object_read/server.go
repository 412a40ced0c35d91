// Package public_object_read: profiles are public by design, but nothing
// in the code says so when no route serves them to anonymous callers. A
// read by a request id behind required authentication is then reported,
// as SPEC asks (gin and fiber realworld: profiles by username). The team
// says why it is safe with //bola:ignore; a route behind optional
// authentication that serves the same read makes it public by itself.
package public_object_read

import (
	"database/sql"

	"github.com/gin-gonic/gin"

	"authgin"
)

// Profile is a user's public profile.
type Profile struct {
	Username string `json:"username"`
	Bio      string `json:"bio"`
}

type server struct{ db *sql.DB }

func (s *server) profileByName(name string) (Profile, error) {
	var p Profile
	err := s.db.QueryRow(`SELECT username, bio FROM profiles WHERE username = $1`, name).Scan(&p.Username, &p.Bio)
	return p, err
}

func (s *server) routes(r *gin.Engine, secret []byte) {
	api := r.Group("/api", authgin.Middleware(secret))
	api.GET("/profiles/:username", s.badProfileBehindJWT)
	api.GET("/v2/profiles/:username", s.goodProfileIgnored)
}
