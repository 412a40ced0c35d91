// Package note is a hand-written imitation of the code that entgo.io/ent@v0.14.5
// generates for a Note schema (fields owner_id, title), for analyzer tests.
// Shapes are copied from real entc output (note/note.go and note/where.go);
// bodies are stubs.
package note

import (
	"entcases/ent/predicate"

	"entgo.io/ent/dialect/sql"
)

const (
	// Label holds the string label denoting the note type in the database.
	Label = "note"
	// FieldID holds the string denoting the id field in the database.
	FieldID = "id"
	// FieldOwnerID holds the string denoting the owner_id field in the database.
	FieldOwnerID = "owner_id"
	// FieldTitle holds the string denoting the title field in the database.
	FieldTitle = "title"
	// Table holds the table name of the note in the database.
	Table = "notes"
)

// Columns holds all SQL columns for note fields.
var Columns = []string{
	FieldID,
	FieldOwnerID,
	FieldTitle,
}

// ValidColumn reports if the column name is valid (part of the table columns).
func ValidColumn(column string) bool { panic("stub") }

// OrderOption defines the ordering options for the Note queries.
type OrderOption func(*sql.Selector)

// ByID orders the results by the id field.
func ByID(opts ...sql.OrderTermOption) OrderOption { panic("stub") }

// ByOwnerID orders the results by the owner_id field.
func ByOwnerID(opts ...sql.OrderTermOption) OrderOption { panic("stub") }

// ByTitle orders the results by the title field.
func ByTitle(opts ...sql.OrderTermOption) OrderOption { panic("stub") }

// ID filters vertices based on their ID field.
func ID(id int) predicate.Note { panic("stub") }

// IDEQ applies the EQ predicate on the ID field.
func IDEQ(id int) predicate.Note { panic("stub") }

// IDNEQ applies the NEQ predicate on the ID field.
func IDNEQ(id int) predicate.Note { panic("stub") }

// IDIn applies the In predicate on the ID field.
func IDIn(ids ...int) predicate.Note { panic("stub") }

// IDNotIn applies the NotIn predicate on the ID field.
func IDNotIn(ids ...int) predicate.Note { panic("stub") }

// OwnerID applies equality check predicate on the "owner_id" field. It's identical to OwnerIDEQ.
func OwnerID(v string) predicate.Note { panic("stub") }

// Title applies equality check predicate on the "title" field. It's identical to TitleEQ.
func Title(v string) predicate.Note { panic("stub") }

// OwnerIDEQ applies the EQ predicate on the "owner_id" field.
func OwnerIDEQ(v string) predicate.Note { panic("stub") }

// OwnerIDNEQ applies the NEQ predicate on the "owner_id" field.
func OwnerIDNEQ(v string) predicate.Note { panic("stub") }

// OwnerIDIn applies the In predicate on the "owner_id" field.
func OwnerIDIn(vs ...string) predicate.Note { panic("stub") }

// TitleEQ applies the EQ predicate on the "title" field.
func TitleEQ(v string) predicate.Note { panic("stub") }

// TitleNEQ applies the NEQ predicate on the "title" field.
func TitleNEQ(v string) predicate.Note { panic("stub") }

// TitleContains applies the Contains predicate on the "title" field.
func TitleContains(v string) predicate.Note { panic("stub") }

// And groups predicates with the AND operator between them.
func And(predicates ...predicate.Note) predicate.Note { panic("stub") }

// Or groups predicates with the OR operator between them.
func Or(predicates ...predicate.Note) predicate.Note { panic("stub") }

// Not applies the not operator on the given predicate.
func Not(p predicate.Note) predicate.Note { panic("stub") }
