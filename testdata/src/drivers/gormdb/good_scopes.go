package gormdb

// Scopes(ownedBy(sub)).First(&n, id): the scope function adds
// Where("owner_id = ?", sub) to the chain.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func (s *server) goodScopes(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var n note
	if err := s.db.Scopes(ownedBy(authjwt.Subject(r.Context()))).First(&n, id).Error; err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
