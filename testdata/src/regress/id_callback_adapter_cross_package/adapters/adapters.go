// Package adapters turns functions of the request and a path id into
// handlers, in a package of their own: CommandID("entry_id", fn) reads the
// path parameter it is told, parses it and calls fn with it; ActionID also
// decodes the body. The handlers that use them live in other packages.
package adapters

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

// CommandIDFunc does something to the object a path id names.
type CommandIDFunc[T any] func(r *http.Request, id int64) (T, error)

// IDFunc does something to the object a path id names with a body.
type IDFunc[T, Y any] func(r *http.Request, id int64, body T) (Y, error)

// CommandFunc does something that takes no id.
type CommandFunc[T any] func(r *http.Request) (T, error)

// RouteID parses the path parameter key.
func RouteID(r *http.Request, key string) (int64, error) { // want RouteID:`returns0\(path parameter named by arg1\)`
	return strconv.ParseInt(chi.URLParam(r, key), 10, 64)
}

// CommandID calls f with the path parameter param.
func CommandID[T any](param string, f CommandIDFunc[T]) http.HandlerFunc { // want CommandID:`callback\(arg1: path parameter named by arg0 as arg1\)`
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := RouteID(r, param)
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		res, err := f(r, id)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(res)
	}
}

// ActionID calls f with the path parameter param and the decoded body.
func ActionID[T, Y any](param string, f IDFunc[T, Y]) http.HandlerFunc { // want ActionID:`callback\(arg1: path parameter named by arg0 as arg1\)`
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := RouteID(r, param)
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		var body T
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		res, err := f(r, id, body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(res)
	}
}

// Command calls f with the request alone.
func Command[T any](f CommandFunc[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		res, err := f(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_ = json.NewEncoder(w).Encode(res)
	}
}
