package redisdb

// rdb.Get(ctx, "user:"+sub+":note:"+id): the key is scoped by the subject.

import (
	"errors"
	"net/http"

	"authjwt"

	"github.com/redis/go-redis/v9"
)

func (s *server) goodGet(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	body, err := s.rdb.Get(r.Context(), "user:"+sub+":note:"+r.PathValue("id")).Result()
	if errors.Is(err, redis.Nil) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte(body))
}
