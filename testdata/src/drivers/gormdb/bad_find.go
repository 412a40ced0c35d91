package gormdb

// Find(&ns, "project_id = ?", pid): every note of any project.

import "net/http"

func (s *server) badFind(w http.ResponseWriter, r *http.Request) {
	var ns []note
	if err := s.db.Find(&ns, "project_id = ?", r.PathValue("pid")).Error; err != nil { // want `path parameter "pid" reaches \(\*gorm\.DB\)\.Find`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, ns)
}
