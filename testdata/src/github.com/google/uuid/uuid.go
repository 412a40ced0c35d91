// Package uuid is a minimal stub of github.com/google/uuid@v1.6.0 for analyzer tests.
package uuid

import (
	"database/sql/driver"
)

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier as defined in RFC
// 4122.
type UUID [16]byte

// A Version represents a UUID's version.
type Version byte

// A Variant represents a UUID's variant.
type Variant byte

// Nil is the empty UUID, all zeros.
var Nil UUID

// NullUUID represents a UUID that may be null.
type NullUUID struct {
	UUID  UUID
	Valid bool // Valid is true if UUID is not NULL
}

// Parse decodes s into a UUID or returns an error if it cannot be parsed.
func Parse(s string) (UUID, error) { panic("stub") }

// ParseBytes is like Parse, except it parses a byte slice instead of a string.
func ParseBytes(b []byte) (UUID, error) { panic("stub") }

// MustParse is like Parse but panics if the string cannot be parsed.
func MustParse(s string) UUID { panic("stub") }

// FromBytes creates a new UUID from a byte slice.
func FromBytes(b []byte) (uuid UUID, err error) { panic("stub") }

// Validate returns an error if s is not a properly formatted UUID.
func Validate(s string) error { panic("stub") }

// New creates a new random UUID or panics.
func New() UUID { panic("stub") }

// NewString creates a new random UUID and returns it as a string or panics.
func NewString() string { panic("stub") }

// NewRandom returns a Random (Version 4) UUID.
func NewRandom() (UUID, error) { panic("stub") }

func (uuid UUID) String() string                     { panic("stub") }
func (uuid UUID) URN() string                        { panic("stub") }
func (uuid UUID) Variant() Variant                   { panic("stub") }
func (uuid UUID) Version() Version                   { panic("stub") }
func (uuid UUID) MarshalText() ([]byte, error)       { panic("stub") }
func (uuid *UUID) UnmarshalText(data []byte) error   { panic("stub") }
func (uuid UUID) MarshalBinary() ([]byte, error)     { panic("stub") }
func (uuid *UUID) UnmarshalBinary(data []byte) error { panic("stub") }
func (uuid *UUID) Scan(src interface{}) error        { panic("stub") }
func (uuid UUID) Value() (driver.Value, error)       { panic("stub") }
