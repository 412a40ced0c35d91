package principals

// API key: the tenant id under authapikey.TenantKey is read but only
// logged; the project is loaded by path id across tenants.

import (
	"log"
	"net/http"

	"authapikey"
)

func (s *server) badTenantKey(w http.ResponseWriter, r *http.Request) {
	tenant, _ := r.Context().Value(authapikey.TenantKey).(string)
	id := r.PathValue("id")
	log.Printf("tenant %s reads project %s", tenant, id)
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, tenant_id, name FROM projects WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
