package notfoundfw

// The Decode error is dropped and echo answers 200 with a zero note.

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"go.mongodb.org/mongo-driver/v2/bson"

	"authecho"
)

func (s *server) badEchoDecode(c echo.Context) error {
	var n item
	_ = s.notes.FindOne(c.Request().Context(), bson.M{"_id": c.Param("id"), "owner": authecho.Subject(c)}).Decode(&n) // want `mongo\.ErrNoDocuments from \(\*mongo\.Collection\)\.FindOne`
	return c.JSON(http.StatusOK, n)
}
