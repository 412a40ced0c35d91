// Package ent is a hand-written imitation of the code that entgo.io/ent@v0.14.5
// generates for a Note schema (fields owner_id, title), for analyzer tests.
// Shapes are copied from real entc output (client.go, ent.go, note.go,
// note_query.go, note_create.go, note_update.go, note_delete.go, tx.go) and
// merged into one file; bodies are stubs.
package ent

import (
	"context"

	"entcases/ent/note"
	"entcases/ent/predicate"
)

// Client is the client that holds all ent builders.
type Client struct {
	config
	// Note is the client for interacting with the Note builders.
	Note *NoteClient
}

// config is the configuration for the client and its builder.
type config struct{}

// Option function to configure the client.
type Option func(*config)

// NewClient creates a new client configured with the given options.
func NewClient(opts ...Option) *Client { panic("stub") }

// Open opens a database/sql.DB specified by the driver name and
// the data source name, and returns a new client attached to it.
func Open(driverName, dataSourceName string, options ...Option) (*Client, error) {
	panic("stub")
}

// Tx returns a new transactional client. The provided context
// is used until the transaction is committed or rolled back.
func (c *Client) Tx(ctx context.Context) (*Tx, error) { panic("stub") }

// Debug returns a new debug-client. It's used to get verbose logging on specific operations.
func (c *Client) Debug() *Client { panic("stub") }

// Close closes the database connection and prevents new queries from starting.
func (c *Client) Close() error { panic("stub") }

// NoteClient is a client for the Note schema.
type NoteClient struct {
	config
}

// NewNoteClient returns a client for the Note from the given config.
func NewNoteClient(c config) *NoteClient { panic("stub") }

// Create returns a builder for creating a Note entity.
func (c *NoteClient) Create() *NoteCreate { panic("stub") }

// Update returns an update builder for Note.
func (c *NoteClient) Update() *NoteUpdate { panic("stub") }

// UpdateOne returns an update builder for the given entity.
func (c *NoteClient) UpdateOne(_m *Note) *NoteUpdateOne { panic("stub") }

// UpdateOneID returns an update builder for the given id.
func (c *NoteClient) UpdateOneID(id int) *NoteUpdateOne { panic("stub") }

// Delete returns a delete builder for Note.
func (c *NoteClient) Delete() *NoteDelete { panic("stub") }

// DeleteOne returns a builder for deleting the given entity.
func (c *NoteClient) DeleteOne(_m *Note) *NoteDeleteOne { panic("stub") }

// DeleteOneID returns a builder for deleting the given entity by its id.
func (c *NoteClient) DeleteOneID(id int) *NoteDeleteOne { panic("stub") }

// Query returns a query builder for Note.
func (c *NoteClient) Query() *NoteQuery { panic("stub") }

// Get returns a Note entity by its id.
func (c *NoteClient) Get(ctx context.Context, id int) (*Note, error) { panic("stub") }

// GetX is like Get, but panics if an error occurs.
func (c *NoteClient) GetX(ctx context.Context, id int) *Note { panic("stub") }

// Note is the model entity for the Note schema.
type Note struct {
	config `json:"-"`
	// ID of the ent.
	ID int `json:"id,omitempty"`
	// OwnerID holds the value of the "owner_id" field.
	OwnerID string `json:"owner_id,omitempty"`
	// Title holds the value of the "title" field.
	Title string `json:"title,omitempty"`
}

// Update returns a builder for updating this Note.
func (_m *Note) Update() *NoteUpdateOne { panic("stub") }

// Unwrap unwraps the Note entity that was returned from a transaction after it was closed.
func (_m *Note) Unwrap() *Note { panic("stub") }

// String implements the fmt.Stringer.
func (_m *Note) String() string { panic("stub") }

// Notes is a parsable slice of Note.
type Notes []*Note

// NoteQuery is the builder for querying Note entities.
type NoteQuery struct {
	config
}

func (_q *NoteQuery) Where(ps ...predicate.Note) *NoteQuery           { panic("stub") }
func (_q *NoteQuery) Limit(limit int) *NoteQuery                      { panic("stub") }
func (_q *NoteQuery) Offset(offset int) *NoteQuery                    { panic("stub") }
func (_q *NoteQuery) Unique(unique bool) *NoteQuery                   { panic("stub") }
func (_q *NoteQuery) Order(o ...note.OrderOption) *NoteQuery          { panic("stub") }
func (_q *NoteQuery) First(ctx context.Context) (*Note, error)        { panic("stub") }
func (_q *NoteQuery) FirstX(ctx context.Context) *Note                { panic("stub") }
func (_q *NoteQuery) FirstID(ctx context.Context) (id int, err error) { panic("stub") }
func (_q *NoteQuery) Only(ctx context.Context) (*Note, error)         { panic("stub") }
func (_q *NoteQuery) OnlyX(ctx context.Context) *Note                 { panic("stub") }
func (_q *NoteQuery) OnlyID(ctx context.Context) (id int, err error)  { panic("stub") }
func (_q *NoteQuery) All(ctx context.Context) ([]*Note, error)        { panic("stub") }
func (_q *NoteQuery) AllX(ctx context.Context) []*Note                { panic("stub") }
func (_q *NoteQuery) IDs(ctx context.Context) (ids []int, err error)  { panic("stub") }
func (_q *NoteQuery) Count(ctx context.Context) (int, error)          { panic("stub") }
func (_q *NoteQuery) CountX(ctx context.Context) int                  { panic("stub") }
func (_q *NoteQuery) Exist(ctx context.Context) (bool, error)         { panic("stub") }
func (_q *NoteQuery) ExistX(ctx context.Context) bool                 { panic("stub") }
func (_q *NoteQuery) Clone() *NoteQuery                               { panic("stub") }

// NoteCreate is the builder for creating a Note entity.
type NoteCreate struct {
	config
}

func (_c *NoteCreate) SetOwnerID(v string) *NoteCreate         { panic("stub") }
func (_c *NoteCreate) SetTitle(v string) *NoteCreate           { panic("stub") }
func (_c *NoteCreate) Save(ctx context.Context) (*Note, error) { panic("stub") }
func (_c *NoteCreate) SaveX(ctx context.Context) *Note         { panic("stub") }
func (_c *NoteCreate) Exec(ctx context.Context) error          { panic("stub") }
func (_c *NoteCreate) ExecX(ctx context.Context)               { panic("stub") }

// NoteUpdate is the builder for updating Note entities.
type NoteUpdate struct {
	config
}

func (_u *NoteUpdate) Where(ps ...predicate.Note) *NoteUpdate   { panic("stub") }
func (_u *NoteUpdate) SetOwnerID(v string) *NoteUpdate          { panic("stub") }
func (_u *NoteUpdate) SetNillableOwnerID(v *string) *NoteUpdate { panic("stub") }
func (_u *NoteUpdate) SetTitle(v string) *NoteUpdate            { panic("stub") }
func (_u *NoteUpdate) SetNillableTitle(v *string) *NoteUpdate   { panic("stub") }
func (_u *NoteUpdate) Save(ctx context.Context) (int, error)    { panic("stub") }
func (_u *NoteUpdate) SaveX(ctx context.Context) int            { panic("stub") }
func (_u *NoteUpdate) Exec(ctx context.Context) error           { panic("stub") }
func (_u *NoteUpdate) ExecX(ctx context.Context)                { panic("stub") }

// NoteUpdateOne is the builder for updating a single Note entity.
type NoteUpdateOne struct {
	config
}

func (_u *NoteUpdateOne) SetOwnerID(v string) *NoteUpdateOne          { panic("stub") }
func (_u *NoteUpdateOne) SetNillableOwnerID(v *string) *NoteUpdateOne { panic("stub") }
func (_u *NoteUpdateOne) SetTitle(v string) *NoteUpdateOne            { panic("stub") }
func (_u *NoteUpdateOne) SetNillableTitle(v *string) *NoteUpdateOne   { panic("stub") }
func (_u *NoteUpdateOne) Where(ps ...predicate.Note) *NoteUpdateOne   { panic("stub") }
func (_u *NoteUpdateOne) Select(field string, fields ...string) *NoteUpdateOne {
	panic("stub")
}
func (_u *NoteUpdateOne) Save(ctx context.Context) (*Note, error) { panic("stub") }
func (_u *NoteUpdateOne) SaveX(ctx context.Context) *Note         { panic("stub") }
func (_u *NoteUpdateOne) Exec(ctx context.Context) error          { panic("stub") }
func (_u *NoteUpdateOne) ExecX(ctx context.Context)               { panic("stub") }

// NoteDelete is the builder for deleting a Note entity.
type NoteDelete struct {
	config
}

func (_d *NoteDelete) Where(ps ...predicate.Note) *NoteDelete { panic("stub") }
func (_d *NoteDelete) Exec(ctx context.Context) (int, error)  { panic("stub") }
func (_d *NoteDelete) ExecX(ctx context.Context) int          { panic("stub") }

// NoteDeleteOne is the builder for deleting a single Note entity.
type NoteDeleteOne struct {
	_d *NoteDelete
}

func (_d *NoteDeleteOne) Where(ps ...predicate.Note) *NoteDeleteOne { panic("stub") }
func (_d *NoteDeleteOne) Exec(ctx context.Context) error            { panic("stub") }
func (_d *NoteDeleteOne) ExecX(ctx context.Context)                 { panic("stub") }

// Tx is a transactional client that is created by calling Client.Tx().
type Tx struct {
	config
	// Note is the client for interacting with the Note builders.
	Note *NoteClient
}

// Commit commits the transaction.
func (tx *Tx) Commit() error { panic("stub") }

// Rollback rollbacks the transaction.
func (tx *Tx) Rollback() error { panic("stub") }

// Client returns a Client that binds to current transaction.
func (tx *Tx) Client() *Client { panic("stub") }

// ValidationError returns when validating a field or edge fails.
type ValidationError struct {
	Name string // Field or edge name.
	err  error
}

func (e *ValidationError) Error() string { panic("stub") }
func (e *ValidationError) Unwrap() error { panic("stub") }

// IsValidationError returns a boolean indicating whether the error is a validation error.
func IsValidationError(err error) bool { panic("stub") }

// NotFoundError returns when trying to fetch a specific entity and it was not found in the database.
type NotFoundError struct {
	label string
}

// Error implements the error interface.
func (e *NotFoundError) Error() string { panic("stub") }

// IsNotFound returns a boolean indicating whether the error is a not found error.
func IsNotFound(err error) bool { panic("stub") }

// MaskNotFound masks not found error.
func MaskNotFound(err error) error { panic("stub") }

// NotSingularError returns when trying to fetch a singular entity and more then one was found in the database.
type NotSingularError struct {
	label string
}

// Error implements the error interface.
func (e *NotSingularError) Error() string { panic("stub") }

// IsNotSingular returns a boolean indicating whether the error is a not singular error.
func IsNotSingular(err error) bool { panic("stub") }

// ConstraintError returns when trying to create/update one or more entities and
// one or more of their constraints failed.
type ConstraintError struct {
	msg  string
	wrap error
}

func (e ConstraintError) Error() string  { panic("stub") }
func (e *ConstraintError) Unwrap() error { panic("stub") }

// IsConstraintError returns a boolean indicating whether the error is a constraint failure.
func IsConstraintError(err error) bool { panic("stub") }
