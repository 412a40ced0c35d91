// Package iface_impl_after_handler: the handler calls a repository through
// an interface whose only implementation in the package is declared after
// the handler. Source order must not decide whether the access is seen.
package iface_impl_after_handler

import (
	"context"
	"encoding/json"
	"net/http"

	"authjwt"
)

type note struct {
	ID      string `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

type noteStore interface {
	byID(ctx context.Context, id string) (note, error)
	byOwner(ctx context.Context, id, owner string) (note, error)
}

type server struct{ notes noteStore }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /notes/{id}", auth(http.HandlerFunc(s.badImplDeclaredLater)))
	mux.Handle("GET /mine/{id}", auth(http.HandlerFunc(s.goodImplDeclaredLater)))
	return mux
}
