package crossapi

// crossnotes.GetNote registered behind the JWT middleware is reported at
// the registration; the same handler on a public route is not.

import (
	"net/http"

	"authjwt"
	"authn/crossnotes"
)

func routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /notes/{id}", auth(http.HandlerFunc(crossnotes.GetNote))) // want `crossnotes\.GetNote.*path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	mux.HandleFunc("GET /public/notes/{id}", crossnotes.GetNote)
	return mux
}
