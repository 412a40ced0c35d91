package api_test

import (
	"net/http"
	"testing"
)

func TestListItems(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name   string
		path   string
		sub    string
		status int
		body   string
	}{
		{"own items", "/items?owner=alice", "alice", http.StatusOK,
			`[{"id":1,"owner_id":"alice","name":"notebook"},{"id":3,"owner_id":"alice","name":"teapot"},{"id":5,"owner_id":"alice","name":"pocket watch"}]`},
		{"own items bob", "/items?owner=bob", "bob", http.StatusOK,
			`[{"id":2,"owner_id":"bob","name":"hammer"},{"id":4,"owner_id":"bob","name":"ladder"}]`},
		{"no items is an empty array", "/items?owner=carol", "carol", http.StatusOK, `[]`},
		{"another owner", "/items?owner=bob", "alice", http.StatusForbidden, `{"error":"forbidden"}`},
		{"missing owner", "/items", "alice", http.StatusBadRequest, `{"error":"missing owner"}`},
		{"empty owner", "/items?owner=", "alice", http.StatusBadRequest, `{"error":"missing owner"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, srv, tt.path, bearerFor(t, tt.sub))
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d (body %s)", r.status, tt.status, r.body)
			}
			if r.body != tt.body+"\n" {
				t.Errorf("body = %q, want %q", r.body, tt.body+"\n")
			}
			assertJSONContentType(t, r)
		})
	}
}

func TestGetItem(t *testing.T) {
	srv := newServer(t)
	const notFound = `{"error":"item not found"}`
	tests := []struct {
		name   string
		path   string
		sub    string
		status int
		body   string
	}{
		{"own item", "/items/3", "alice", http.StatusOK, `{"id":3,"owner_id":"alice","name":"teapot"}`},
		{"own item bob", "/items/2", "bob", http.StatusOK, `{"id":2,"owner_id":"bob","name":"hammer"}`},
		// Same status and body as a missing id: no hint that item 2 exists.
		{"another user's item", "/items/2", "alice", http.StatusNotFound, notFound},
		{"missing id", "/items/999", "alice", http.StatusNotFound, notFound},
		{"non-numeric id", "/items/abc", "alice", http.StatusBadRequest, `{"error":"invalid item id"}`},
		{"id overflowing int64", "/items/99999999999999999999", "alice", http.StatusBadRequest, `{"error":"invalid item id"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, srv, tt.path, bearerFor(t, tt.sub))
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d (body %s)", r.status, tt.status, r.body)
			}
			if r.body != tt.body+"\n" {
				t.Errorf("body = %q, want %q", r.body, tt.body+"\n")
			}
			assertJSONContentType(t, r)
		})
	}
}

func TestItemsRequireToken(t *testing.T) {
	srv := newServer(t)
	for _, path := range []string{"/items?owner=alice", "/items/1"} {
		if r := get(t, srv, path, ""); r.status != http.StatusUnauthorized {
			t.Errorf("GET %s without token: status = %d, want 401", path, r.status)
		}
	}
}
