package redisdb

// rdb.HGetAll on a key scoped by the subject.

import (
	"encoding/json"
	"net/http"

	"authjwt"
)

func (s *server) goodHGetAll(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	fields, err := s.rdb.HGetAll(r.Context(), "user:"+sub+":note:"+r.PathValue("id")).Result()
	if err != nil || len(fields) == 0 {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_ = json.NewEncoder(w).Encode(fields)
}
