package redisdb

// A public route: no middleware, no subject read. Nothing to report.

import "net/http"

func (s *server) goodPublic(w http.ResponseWriter, r *http.Request) {
	body, err := s.rdb.Get(r.Context(), "public:note:"+r.PathValue("id")).Result()
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_, _ = w.Write([]byte(body))
}
