package redisdb

// rdb.Get(ctx, "note:"+id): the key is built from the path id alone.

import (
	"errors"
	"net/http"

	"github.com/redis/go-redis/v9"
)

func (s *server) badGet(w http.ResponseWriter, r *http.Request) {
	body, err := s.rdb.Get(r.Context(), "note:"+r.PathValue("id")).Result() // want `path parameter "id" reaches \(redis\.Cmdable\)\.Get with no check against the JWT subject`
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
