package helper_fetch_compare

import (
	"encoding/json"
	"net/http"
)

type document struct {
	ID    string `json:"id"`
	Owner string `json:"owner"`
	Body  string `json:"body"`
}

// ownedOr403 answers 403 itself when owner is not sub: it is given the
// writer, and writes no part of the object to it.
func ownedOr403(w http.ResponseWriter, owner, sub string) bool {
	if owner != sub {
		http.Error(w, "forbidden", http.StatusForbidden)
		return false
	}
	return true
}

// writeDocument writes the document to the response.
func writeDocument(w http.ResponseWriter, d document) {
	_ = json.NewEncoder(w).Encode(d)
}
