package notfoundfw

// The error goes back to echo, whose error handler answers it.

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"go.mongodb.org/mongo-driver/v2/bson"

	"authecho"
)

func (s *server) goodEchoReturnsErr(c echo.Context) error {
	var n item
	if err := s.notes.FindOne(c.Request().Context(), bson.M{"_id": c.Param("id"), "owner": authecho.Subject(c)}).Decode(&n); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, n)
}
