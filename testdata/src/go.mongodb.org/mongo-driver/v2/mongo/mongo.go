// Package mongo is a minimal stub of go.mongodb.org/mongo-driver/v2/mongo@v2.10.0 for analyzer tests.
package mongo

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// ErrNoDocuments is returned by SingleResult methods when the operation that created the SingleResult did not return
// any documents.
var ErrNoDocuments = errors.New("mongo: no documents in result")

// Pipeline is a type that makes creating aggregation pipelines easier.
type Pipeline []bson.D

// IsDuplicateKeyError returns true if err is a duplicate key error.
func IsDuplicateKeyError(err error) bool { panic("stub") }

// IsTimeout returns true if err was caused by a timeout.
func IsTimeout(err error) bool { panic("stub") }

// Client is a handle representing a pool of connections to a MongoDB deployment.
type Client struct{}

// Connect creates a new Client with the given configuration options.
func Connect(opts ...*options.ClientOptions) (*Client, error) { panic("stub") }

func (c *Client) Disconnect(ctx context.Context) error { panic("stub") }
func (c *Client) Database(name string, opts ...options.Lister[options.DatabaseOptions]) *Database {
	panic("stub")
}
func (c *Client) UseSession(ctx context.Context, fn func(context.Context) error) error {
	panic("stub")
}

// Database is a handle to a MongoDB database.
type Database struct{}

func (db *Database) Client() *Client { panic("stub") }
func (db *Database) Name() string    { panic("stub") }
func (db *Database) Collection(name string, opts ...options.Lister[options.CollectionOptions]) *Collection {
	panic("stub")
}
func (db *Database) Aggregate(
	ctx context.Context,
	pipeline any,
	opts ...options.Lister[options.AggregateOptions],
) (*Cursor, error) {
	panic("stub")
}

// Collection is a handle to a MongoDB collection.
type Collection struct{}

func (coll *Collection) Clone(opts ...options.Lister[options.CollectionOptions]) *Collection {
	panic("stub")
}
func (coll *Collection) Name() string        { panic("stub") }
func (coll *Collection) Database() *Database { panic("stub") }
func (coll *Collection) InsertOne(ctx context.Context, document any,
	opts ...options.Lister[options.InsertOneOptions],
) (*InsertOneResult, error) {
	panic("stub")
}
func (coll *Collection) InsertMany(
	ctx context.Context,
	documents any,
	opts ...options.Lister[options.InsertManyOptions],
) (*InsertManyResult, error) {
	panic("stub")
}
func (coll *Collection) DeleteOne(
	ctx context.Context,
	filter any,
	opts ...options.Lister[options.DeleteOneOptions],
) (*DeleteResult, error) {
	panic("stub")
}
func (coll *Collection) DeleteMany(
	ctx context.Context,
	filter any,
	opts ...options.Lister[options.DeleteManyOptions],
) (*DeleteResult, error) {
	panic("stub")
}
func (coll *Collection) UpdateByID(
	ctx context.Context,
	id any,
	update any,
	opts ...options.Lister[options.UpdateOneOptions],
) (*UpdateResult, error) {
	panic("stub")
}
func (coll *Collection) UpdateOne(
	ctx context.Context,
	filter any,
	update any,
	opts ...options.Lister[options.UpdateOneOptions],
) (*UpdateResult, error) {
	panic("stub")
}
func (coll *Collection) UpdateMany(
	ctx context.Context,
	filter any,
	update any,
	opts ...options.Lister[options.UpdateManyOptions],
) (*UpdateResult, error) {
	panic("stub")
}
func (coll *Collection) ReplaceOne(
	ctx context.Context,
	filter any,
	replacement any,
	opts ...options.Lister[options.ReplaceOptions],
) (*UpdateResult, error) {
	panic("stub")
}
func (coll *Collection) Aggregate(
	ctx context.Context,
	pipeline any,
	opts ...options.Lister[options.AggregateOptions],
) (*Cursor, error) {
	panic("stub")
}
func (coll *Collection) CountDocuments(ctx context.Context, filter any,
	opts ...options.Lister[options.CountOptions],
) (int64, error) {
	panic("stub")
}
func (coll *Collection) Distinct(
	ctx context.Context,
	fieldName string,
	filter any,
	opts ...options.Lister[options.DistinctOptions],
) *DistinctResult {
	panic("stub")
}
func (coll *Collection) Find(ctx context.Context, filter any,
	opts ...options.Lister[options.FindOptions],
) (*Cursor, error) {
	panic("stub")
}
func (coll *Collection) FindOne(ctx context.Context, filter any,
	opts ...options.Lister[options.FindOneOptions],
) *SingleResult {
	panic("stub")
}
func (coll *Collection) FindOneAndDelete(
	ctx context.Context,
	filter any,
	opts ...options.Lister[options.FindOneAndDeleteOptions],
) *SingleResult {
	panic("stub")
}
func (coll *Collection) FindOneAndReplace(
	ctx context.Context,
	filter any,
	replacement any,
	opts ...options.Lister[options.FindOneAndReplaceOptions],
) *SingleResult {
	panic("stub")
}
func (coll *Collection) FindOneAndUpdate(
	ctx context.Context,
	filter any,
	update any,
	opts ...options.Lister[options.FindOneAndUpdateOptions],
) *SingleResult {
	panic("stub")
}

// SingleResult represents a single document returned from an operation.
type SingleResult struct {
	// Operation performed with an acknowledged write.
	Acknowledged bool
}

func (sr *SingleResult) Decode(v any) error     { panic("stub") }
func (sr *SingleResult) Raw() (bson.Raw, error) { panic("stub") }
func (sr *SingleResult) Err() error             { panic("stub") }

// Cursor is used to iterate over a stream of documents.
type Cursor struct {
	Current bson.Raw
}

func (c *Cursor) ID() int64                                  { panic("stub") }
func (c *Cursor) Next(ctx context.Context) bool              { panic("stub") }
func (c *Cursor) TryNext(ctx context.Context) bool           { panic("stub") }
func (c *Cursor) Decode(val any) error                       { panic("stub") }
func (c *Cursor) Err() error                                 { panic("stub") }
func (c *Cursor) Close(ctx context.Context) error            { panic("stub") }
func (c *Cursor) All(ctx context.Context, results any) error { panic("stub") }
func (c *Cursor) RemainingBatchLength() int                  { panic("stub") }
func (c *Cursor) SetBatchSize(batchSize int32)               { panic("stub") }
func (c *Cursor) SetMaxAwaitTime(dur time.Duration)          { panic("stub") }

// InsertOneResult is the result type returned by an InsertOne operation.
type InsertOneResult struct {
	InsertedID any

	Acknowledged bool
}

// InsertManyResult is a result type returned by an InsertMany operation.
type InsertManyResult struct {
	InsertedIDs []any

	Acknowledged bool
}

// DeleteResult is the result type returned by DeleteOne and DeleteMany operations.
type DeleteResult struct {
	DeletedCount int64 // The number of documents deleted.

	Acknowledged bool
}

// UpdateResult is the result type returned from UpdateOne, UpdateMany, and ReplaceOne operations.
type UpdateResult struct {
	MatchedCount  int64 // The number of documents matched by the filter.
	ModifiedCount int64 // The number of documents modified by the operation.
	UpsertedCount int64 // The number of documents upserted by the operation.
	UpsertedID    any   // The _id field of the upserted document, or nil if no upsert was done.

	Acknowledged bool
}

// DistinctResult represents the result of a distinct operation.
type DistinctResult struct{}

func (dr *DistinctResult) Decode(v any) error          { panic("stub") }
func (dr *DistinctResult) Err() error                  { panic("stub") }
func (dr *DistinctResult) Raw() (bson.RawArray, error) { panic("stub") }
