package principals

// API key: the tenant id under authapikey.TenantKey scopes the query.

import (
	"net/http"

	"authapikey"
)

func (s *server) goodTenantKey(w http.ResponseWriter, r *http.Request) {
	tenant, _ := r.Context().Value(authapikey.TenantKey).(string)
	id := r.PathValue("id")
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, tenant_id, name FROM projects WHERE id = $1 AND tenant_id = $2`, id, tenant).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
