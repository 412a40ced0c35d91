package redisdb

// Through the redis.Cmdable interface, on a key scoped by the subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodCmdableGet(w http.ResponseWriter, r *http.Request) {
	body, err := s.cache.Get(r.Context(), "user:"+authjwt.Subject(r.Context())+":note:"+r.PathValue("id")).Result()
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_, _ = w.Write([]byte(body))
}
