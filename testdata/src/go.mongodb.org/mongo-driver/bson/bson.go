// Package bson is a minimal stub of go.mongodb.org/mongo-driver/bson@v1.17.10 for analyzer tests.
//
// RawValue leaves out its Type field (bsontype.Type).
package bson

import (
	"go.mongodb.org/mongo-driver/bson/primitive"
)

// D is an ordered representation of a BSON document.
type D = primitive.D

// E represents a BSON element for a D. It is usually used inside a D.
type E = primitive.E

// M is an unordered, concise representation of a BSON Document.
type M = primitive.M

// An A is an ordered representation of a BSON array.
type A = primitive.A

// Raw is a raw encoded BSON document.
type Raw []byte

func (r Raw) Validate() (err error)                     { panic("stub") }
func (r Raw) Lookup(key ...string) RawValue             { panic("stub") }
func (r Raw) LookupErr(key ...string) (RawValue, error) { panic("stub") }
func (r Raw) String() string                            { panic("stub") }

// RawValue is a raw encoded BSON value.
type RawValue struct {
	Value []byte
}

func (rv RawValue) IsZero() bool                    { panic("stub") }
func (rv RawValue) Unmarshal(val interface{}) error { panic("stub") }
func (rv RawValue) String() string                  { panic("stub") }
func (rv RawValue) StringValue() string             { panic("stub") }
func (rv RawValue) ObjectID() primitive.ObjectID    { panic("stub") }

// Marshal returns the BSON encoding of val as a BSON document.
func Marshal(val interface{}) ([]byte, error) { panic("stub") }

// MarshalExtJSON returns the extended JSON encoding of val.
func MarshalExtJSON(val interface{}, canonical, escapeHTML bool) ([]byte, error) { panic("stub") }

// Unmarshal parses the BSON-encoded data and stores the result in the value pointed to by val.
func Unmarshal(data []byte, val interface{}) error { panic("stub") }
