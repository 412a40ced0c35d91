// Package redisdb holds the go-redis v9 scenarios: net/http handlers behind
// the authjwt middleware reading and deleting keys built from the path id;
// a key that also holds the subject ("user:"+sub+":note:"+id) is scoped.
package redisdb

import (
	"net/http"

	"authjwt"

	"github.com/redis/go-redis/v9"
)

type server struct {
	rdb   *redis.Client
	cache redis.Cmdable
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /notes/{id}", auth(http.HandlerFunc(s.badGet)))
	mux.Handle("GET /notes2/{id}", auth(http.HandlerFunc(s.goodGet)))
	mux.Handle("GET /hash/notes/{id}", auth(http.HandlerFunc(s.badHGetAll)))
	mux.Handle("GET /hash/notes2/{id}", auth(http.HandlerFunc(s.goodHGetAll)))
	mux.Handle("DELETE /notes/{id}", auth(http.HandlerFunc(s.badDel)))
	mux.Handle("DELETE /notes2/{id}", auth(http.HandlerFunc(s.goodDel)))
	mux.Handle("GET /cache/notes/{id}", auth(http.HandlerFunc(s.badCmdableGet)))
	mux.Handle("GET /cache/notes2/{id}", auth(http.HandlerFunc(s.goodCmdableGet)))

	// Public: no middleware.
	mux.HandleFunc("GET /public/notes/{id}", s.goodPublic)
	return mux
}
