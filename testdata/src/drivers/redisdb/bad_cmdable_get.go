package redisdb

// Through the redis.Cmdable interface: Get(ctx, "note:"+id) by the path id
// alone.

import "net/http"

func (s *server) badCmdableGet(w http.ResponseWriter, r *http.Request) {
	body, err := s.cache.Get(r.Context(), "note:"+r.PathValue("id")).Result() // want `path parameter "id" reaches \(redis\.(String)?Cmdable\)\.Get`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_, _ = w.Write([]byte(body))
}
