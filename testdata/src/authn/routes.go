package authn

// The routers of the package. Each registration names the scenario file of
// its handler.

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"

	"authjwt"
)

// nethttpRoutes wraps some handlers in the middleware, one by one.
func (s *server) nethttpRoutes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	m := http.NewServeMux()
	m.Handle("GET /notes/{id}", auth(http.HandlerFunc(s.badNethttpWrapped)))                      // bad_nethttp_wrapped.go
	m.HandleFunc("GET /public/notes/{id}", s.goodNethttpUnwrapped)                                // good_nethttp_unwrapped.go
	m.Handle("GET /v2/notes/{id}", requireJWT(secret)(http.HandlerFunc(s.badHelperMiddleware)))   // bad_helper_middleware.go
	m.Handle("GET /v2/public/notes/{id}", logRequests(http.HandlerFunc(s.goodLoggingMiddleware))) // good_logging_middleware.go
	m.HandleFunc("GET /me/notes/{id}", s.badReadsSubject)                                         // bad_reads_subject.go
	m.HandleFunc("GET /me/v2/notes/{id}", s.goodReadsSubject)                                     // good_reads_subject.go
	return m
}

// chiUseRoutes puts the whole router behind the middleware with Use.
func (s *server) chiUseRoutes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Use(authjwt.Middleware(secret))
	r.Get("/notes/{id}", s.badChiUse) // bad_chi_use.go
	r.Route("/users", func(r chi.Router) {
		r.Get("/{id}/notes", s.badChiRoute) // bad_chi_route.go
	})
	return r
}

// chiPublicRoutes has no authenticating middleware at all.
func (s *server) chiPublicRoutes() http.Handler {
	r := chi.NewRouter()
	r.Use(logRequests)
	r.Get("/notes/{id}", s.goodChiNoUse) // good_chi_no_use.go
	r.Route("/users", func(r chi.Router) {
		r.Get("/{id}/notes", s.goodChiRoutePublic) // good_chi_route_public.go
	})
	r.With(logRequests).Get("/with/notes/{id}", s.goodChiWithLogging) // good_chi_with_logging.go
	return r
}

// chiGroupRoutes mixes a public route with a group and a With chain behind
// the middleware.
func (s *server) chiGroupRoutes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Get("/public/notes/{id}", s.goodChiOutsideGroup) // good_chi_outside_group.go
	r.Group(func(r chi.Router) {
		r.Use(authjwt.Middleware(secret))
		r.Get("/notes/{id}", s.badChiGroup) // bad_chi_group.go
	})
	r.With(authjwt.Middleware(secret)).Get("/with/notes/{id}", s.badChiWith) // bad_chi_with.go
	return r
}

// chiCapturedRoutes is chiGroupRoutes with the middleware held in a local
// variable that the group's closure captures.
func (s *server) chiCapturedRoutes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	r := chi.NewRouter()
	r.Get("/public/notes/{id}", s.goodChiCapturedOutsideGroup) // good_chi_captured_outside_group.go
	r.Group(func(r chi.Router) {
		r.Use(auth)
		r.Get("/notes/{id}", s.badChiGroupCapturedMiddleware) // bad_chi_group_captured_middleware.go
	})
	r.With(auth).Get("/with/notes/{id}", s.badChiWithCapturedMiddleware) // bad_chi_with_captured_middleware.go
	return r
}

// gorillaRoutes puts an /api sub-router behind the middleware; the root
// router has no middleware.
func (s *server) gorillaRoutes(secret []byte) http.Handler {
	r := mux.NewRouter()
	r.HandleFunc("/public/notes/{id}", s.goodGorillaRoot) // good_gorilla_root.go
	api := r.PathPrefix("/api").Subrouter()
	api.Use(authjwt.Middleware(secret))
	api.HandleFunc("/notes/{id}", s.badGorillaSubrouter) // bad_gorilla_subrouter.go
	return r
}

// gorillaLateUseRoutes registers a route before Use: gorilla runs a
// router's middleware for every route it matches, whenever the route was
// added.
func (s *server) gorillaLateUseRoutes(secret []byte) http.Handler {
	r := mux.NewRouter()
	r.HandleFunc("/notes/{id}", s.badGorillaBeforeUse) // bad_gorilla_before_use.go
	r.Use(authjwt.Middleware(secret))
	return r
}

// gorillaPublicRoutes has only non-authenticating middleware.
func (s *server) gorillaPublicRoutes() http.Handler {
	r := mux.NewRouter()
	r.HandleFunc("/notes/{id}", s.goodGorillaNoAuthUse) // good_gorilla_no_auth_use.go
	r.Use(logRequests)
	return r
}
