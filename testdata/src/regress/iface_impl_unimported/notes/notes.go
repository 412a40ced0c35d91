// Package notes declares the note type and the repository interface; the
// handlers in api use the interface, the implementation is in store, and
// only app imports both.
package notes

// Note is a user's note.
type Note struct {
	ID      uint   `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

// Store is the repository the handlers depend on.
type Store interface {
	ByID(id uint) (*Note, error)
	Delete(n *Note) error
}
