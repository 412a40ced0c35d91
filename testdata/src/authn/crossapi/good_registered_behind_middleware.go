package crossapi

// crossnotes.GetOwnNote, which scopes its query, registered behind the JWT
// middleware: nothing to report.

import (
	"net/http"

	"authjwt"
	"authn/crossnotes"
)

func ownRoutes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /notes/{id}", auth(http.HandlerFunc(crossnotes.GetOwnNote)))
	return mux
}
