// Package primitive is a minimal stub of go.mongodb.org/mongo-driver/bson/primitive@v1.17.10 for analyzer tests.
package primitive

import (
	"errors"
	"time"
)

// ErrInvalidHex indicates that a hex string cannot be converted to an ObjectID.
var ErrInvalidHex = errors.New("the provided hex string is not a valid ObjectID")

// ObjectID is the BSON ObjectID type.
type ObjectID [12]byte

// NilObjectID is the zero value for ObjectID.
var NilObjectID ObjectID

// NewObjectID generates a new ObjectID.
func NewObjectID() ObjectID { panic("stub") }

// ObjectIDFromHex creates a new ObjectID from a hex string.
func ObjectIDFromHex(s string) (ObjectID, error) { panic("stub") }

// IsValidObjectID returns true if the provided hex string represents a valid ObjectID and false if not.
func IsValidObjectID(s string) bool { panic("stub") }

func (id ObjectID) Timestamp() time.Time          { panic("stub") }
func (id ObjectID) Hex() string                   { panic("stub") }
func (id ObjectID) String() string                { panic("stub") }
func (id ObjectID) IsZero() bool                  { panic("stub") }
func (id ObjectID) MarshalText() ([]byte, error)  { panic("stub") }
func (id *ObjectID) UnmarshalText(b []byte) error { panic("stub") }
func (id ObjectID) MarshalJSON() ([]byte, error)  { panic("stub") }
func (id *ObjectID) UnmarshalJSON(b []byte) error { panic("stub") }

// D is an ordered representation of a BSON document.
type D []E

// Map creates a map from the elements of the D.
func (d D) Map() M { panic("stub") }

// E represents a BSON element for a D. It is usually used inside a D.
type E struct {
	Key   string
	Value interface{}
}

// M is an unordered representation of a BSON document.
type M map[string]interface{}

// An A is an ordered representation of a BSON array.
type A []interface{}
