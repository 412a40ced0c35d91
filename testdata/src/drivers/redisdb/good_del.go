package redisdb

// rdb.Del on a key scoped by the subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodDel(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	if err := s.rdb.Del(r.Context(), "user:"+sub+":note:"+r.PathValue("id")).Err(); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
