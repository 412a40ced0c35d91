// Package claims_methods: a custom claims type (token.Payload) that
// implements jwt.Claims with its own methods instead of embedding
// jwt.RegisteredClaims. SPEC: any field of such a type is the subject, so
// comparing the fetched account's owner with payload.Username is an
// ownership check.
package claims_methods

import (
	"database/sql"

	"regress/claims_methods/token"

	"github.com/gin-gonic/gin"
)

type account struct {
	ID      int64  `json:"id"`
	Owner   string `json:"owner"`
	Balance int64  `json:"balance"`
}

type server struct{ db *sql.DB }

func (s *server) account(c *gin.Context, id string) (account, error) {
	var a account
	err := s.db.QueryRowContext(c, `SELECT id, owner, balance FROM accounts WHERE id = $1`, id).Scan(&a.ID, &a.Owner, &a.Balance)
	return a, err
}

func (s *server) routes(secret []byte) *gin.Engine {
	r := gin.New()
	g := r.Group("/", token.Auth(secret))
	g.GET("/accounts/:id", s.goodOwnerComparedWithPayload)
	g.GET("/accounts2/:id", s.badOwnerComparedWithOtherField)
	return r
}
