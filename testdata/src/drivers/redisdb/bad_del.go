package redisdb

// rdb.Del(ctx, "note:"+id) deletes any note key.

import "net/http"

func (s *server) badDel(w http.ResponseWriter, r *http.Request) {
	if err := s.rdb.Del(r.Context(), "note:"+r.PathValue("id")).Err(); err != nil { // want `path parameter "id" reaches \(redis\.Cmdable\)\.Del`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
