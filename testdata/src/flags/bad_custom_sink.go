package flags

// The id from the company's router helper reaches the company's data
// layer; the caller is read but only logged.

import (
	"log"
	"net/http"

	"acme/auth"
	"acme/web"
)

func (s *Server) badCustomSink(w http.ResponseWriter, r *http.Request) {
	log.Printf("delete by %s", auth.Caller(r.Context()))
	_ = s.DB.Delete(r.Context(), web.Param(r, "id")) // want `path parameter "id" reaches \(\*store\.DB\)\.Delete with no check against the JWT subject`
}
