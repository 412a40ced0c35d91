package principal_struct_helper

// The item is loaded within the caller's group.

import "net/http"

func (s *server) goodItemInGroup(w http.ResponseWriter, r *http.Request) {
	ctx := NewContext(r.Context())
	var name string
	if err := s.db.QueryRowContext(ctx, `SELECT name FROM items WHERE id = $1 AND group_id = $2`, r.PathValue("id"), ctx.GID).Scan(&name); err != nil {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write([]byte(name))
}
