package principal_struct_helper // want package:`keys\(subject ; claims var regress/principal_struct_helper.userKey\)`

// The caller's ids are at hand, and the item is deleted by id alone.

import "net/http"

func (s *server) badDeleteAnyItem(w http.ResponseWriter, r *http.Request) {
	ctx := NewContext(r.Context())
	if _, err := s.db.ExecContext(ctx, `DELETE FROM items WHERE id = $1`, r.PathValue("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext with no check against the JWT subject`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
