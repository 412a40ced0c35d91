// Package entries builds its handlers with the adapters of another
// package: the path id reaches the callbacks here, where the accesses
// stand and are checked or not.
package entries

import "database/sql"

// Entry is a maintenance entry of one user's item.
type Entry struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Note    string `json:"note"`
}

// Controller serves entries.
type Controller struct{ DB *sql.DB }
