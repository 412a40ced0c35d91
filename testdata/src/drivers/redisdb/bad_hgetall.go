package redisdb

// rdb.HGetAll(ctx, "note:"+id): any note hash by the path id.

import (
	"encoding/json"
	"net/http"
)

func (s *server) badHGetAll(w http.ResponseWriter, r *http.Request) {
	fields, err := s.rdb.HGetAll(r.Context(), "note:"+r.PathValue("id")).Result() // want `path parameter "id" reaches \(redis\.Cmdable\)\.HGetAll`
	if err != nil || len(fields) == 0 {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_ = json.NewEncoder(w).Encode(fields)
}
