package param_named_by_caller

// The attachment is deleted by its id alone.

import "net/http"

func (s *server) badDeleteAttachment(w http.ResponseWriter, r *http.Request) {
	id, err := routeID(r, "attachment_id")
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := s.db.Exec(`DELETE FROM attachments WHERE id = $1`, id); err != nil { // want `path parameter "attachment_id" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
