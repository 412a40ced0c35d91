package flags

// The company's authorizer is asked about the caller and the object first.

import (
	"net/http"

	"acme/auth"
	"acme/authz"
	"acme/web"
)

func (s *Server) goodCustomAuthorizer(w http.ResponseWriter, r *http.Request) {
	id := web.Param(r, "id")
	if !authz.Can(auth.Caller(r.Context()), "note", id) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = s.DB.Delete(r.Context(), id)
}
