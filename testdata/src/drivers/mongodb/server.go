// Package mongodb holds the mongo driver v2 scenarios: net/http handlers
// behind the authjwt middleware using *mongo.Collection; a filter holding
// the subject scopes, the subject under $set does not.
package mongodb

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type server struct{ notes *mongo.Collection }

type note struct {
	ID      bson.ObjectID `bson:"_id" json:"id"`
	Owner   string        `bson:"owner" json:"owner"`
	Project string        `bson:"project" json:"project"`
	Body    string        `bson:"body" json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /notes/{id}", auth(http.HandlerFunc(s.badFindOne)))
	mux.Handle("GET /notes2/{id}", auth(http.HandlerFunc(s.goodFindOne)))
	mux.Handle("GET /d/notes/{id}", auth(http.HandlerFunc(s.badFindOneD)))
	mux.Handle("GET /d/notes2/{id}", auth(http.HandlerFunc(s.goodFindOneD)))
	mux.Handle("GET /projects/{pid}/notes", auth(http.HandlerFunc(s.badFind)))
	mux.Handle("GET /projects2/{pid}/notes", auth(http.HandlerFunc(s.goodFind)))
	mux.Handle("PATCH /notes/{id}", auth(http.HandlerFunc(s.badUpdateOne)))
	mux.Handle("PATCH /notes2/{id}", auth(http.HandlerFunc(s.goodUpdateOne)))
	mux.Handle("PATCH /editor/{id}", auth(http.HandlerFunc(s.badUpdateSetEditor)))
	mux.Handle("PATCH /editor2/{id}", auth(http.HandlerFunc(s.goodUpdateSetEditor)))
	mux.Handle("DELETE /notes/{id}", auth(http.HandlerFunc(s.badDeleteOne)))
	mux.Handle("DELETE /notes2/{id}", auth(http.HandlerFunc(s.goodDeleteOne)))
	mux.Handle("POST /notes/{id}/archive", auth(http.HandlerFunc(s.badFindOneAndUpdate)))
	mux.Handle("POST /notes2/{id}/archive", auth(http.HandlerFunc(s.goodFindOneAndUpdate)))
	mux.Handle("PUT /notes/{id}", auth(http.HandlerFunc(s.badReplaceOne)))
	mux.Handle("PUT /notes2/{id}", auth(http.HandlerFunc(s.goodReplaceOne)))

	// Public: no middleware.
	mux.HandleFunc("GET /public/notes/{id}", s.goodPublic)
	return mux
}
