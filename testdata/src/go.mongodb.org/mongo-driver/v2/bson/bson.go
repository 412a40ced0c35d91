// Package bson is a minimal stub of go.mongodb.org/mongo-driver/v2/bson@v2.10.0 for analyzer tests.
package bson

import (
	"errors"
	"time"
)

// D is an ordered representation of a BSON document.
type D []E

func (d D) String() string               { panic("stub") }
func (d D) MarshalJSON() ([]byte, error) { panic("stub") }

// E represents a BSON element for a D. It is usually used inside a D.
type E struct {
	Key   string
	Value any
}

// M is an unordered representation of a BSON document.
type M map[string]any

func (m M) String() string { panic("stub") }

// A is an ordered representation of a BSON array.
type A []any

// ObjectID is the BSON ObjectID type.
type ObjectID [12]byte

// NilObjectID is the zero value for ObjectID.
var NilObjectID ObjectID

// ErrInvalidHex indicates that a hex string cannot be converted to an ObjectID.
var ErrInvalidHex = errors.New("the provided hex string is not a valid ObjectID")

// NewObjectID generates a new ObjectID.
func NewObjectID() ObjectID { panic("stub") }

// NewObjectIDFromTimestamp generates a new ObjectID based on the given time.
func NewObjectIDFromTimestamp(timestamp time.Time) ObjectID { panic("stub") }

// ObjectIDFromHex creates a new ObjectID from a hex string.
func ObjectIDFromHex(s string) (ObjectID, error) { panic("stub") }

func (id ObjectID) Timestamp() time.Time          { panic("stub") }
func (id ObjectID) Hex() string                   { panic("stub") }
func (id ObjectID) String() string                { panic("stub") }
func (id ObjectID) IsZero() bool                  { panic("stub") }
func (id ObjectID) MarshalText() ([]byte, error)  { panic("stub") }
func (id *ObjectID) UnmarshalText(b []byte) error { panic("stub") }
func (id ObjectID) MarshalJSON() ([]byte, error)  { panic("stub") }
func (id *ObjectID) UnmarshalJSON(b []byte) error { panic("stub") }

// Raw is a raw encoded BSON document.
type Raw []byte

func (r Raw) Validate() (err error)                     { panic("stub") }
func (r Raw) Lookup(key ...string) RawValue             { panic("stub") }
func (r Raw) LookupErr(key ...string) (RawValue, error) { panic("stub") }
func (r Raw) String() string                            { panic("stub") }

// RawArray is a raw bytes representation of a BSON array.
type RawArray []byte

func (a RawArray) Index(index uint) RawValue   { panic("stub") }
func (a RawArray) String() string              { panic("stub") }
func (a RawArray) Values() ([]RawValue, error) { panic("stub") }

// RawValue is a raw encoded BSON value.
type RawValue struct {
	Value []byte
}

func (rv RawValue) IsZero() bool            { panic("stub") }
func (rv RawValue) Unmarshal(val any) error { panic("stub") }
func (rv RawValue) String() string          { panic("stub") }
func (rv RawValue) StringValue() string     { panic("stub") }
func (rv RawValue) ObjectID() ObjectID      { panic("stub") }

// Marshal returns the BSON encoding of val as a BSON document.
func Marshal(val any) ([]byte, error) { panic("stub") }

// MarshalExtJSON returns the extended JSON encoding of val.
func MarshalExtJSON(val any, canonical, escapeHTML bool) ([]byte, error) { panic("stub") }

// Unmarshal parses the BSON-encoded data and stores the result in the value pointed to by val.
func Unmarshal(data []byte, val any) error { panic("stub") }

// UnmarshalExtJSON parses the extended JSON-encoded data and stores the result in the value pointed to by val.
func UnmarshalExtJSON(data []byte, canonicalOnly bool, val any) error { panic("stub") }
