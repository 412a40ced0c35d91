// Package mongo is a minimal stub of go.mongodb.org/mongo-driver/mongo@v1.17.10 for analyzer tests.
package mongo

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo/options"
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

// Connect creates a new Client and then initializes it using the Connect method.
func Connect(ctx context.Context, opts ...*options.ClientOptions) (*Client, error) { panic("stub") }

// NewClient creates a new client to connect to a deployment specified by the uri.
func NewClient(opts ...*options.ClientOptions) (*Client, error) { panic("stub") }

func (c *Client) Connect(ctx context.Context) error    { panic("stub") }
func (c *Client) Disconnect(ctx context.Context) error { panic("stub") }
func (c *Client) Database(name string, opts ...*options.DatabaseOptions) *Database {
	panic("stub")
}

// Database is a handle to a MongoDB database.
type Database struct{}

func (db *Database) Client() *Client { panic("stub") }
func (db *Database) Name() string    { panic("stub") }
func (db *Database) Collection(name string, opts ...*options.CollectionOptions) *Collection {
	panic("stub")
}
func (db *Database) Aggregate(ctx context.Context, pipeline interface{},
	opts ...*options.AggregateOptions) (*Cursor, error) {
	panic("stub")
}

// Collection is a handle to a MongoDB collection.
type Collection struct{}

func (coll *Collection) Clone(opts ...*options.CollectionOptions) (*Collection, error) {
	panic("stub")
}
func (coll *Collection) Name() string        { panic("stub") }
func (coll *Collection) Database() *Database { panic("stub") }
func (coll *Collection) InsertOne(ctx context.Context, document interface{},
	opts ...*options.InsertOneOptions) (*InsertOneResult, error) {
	panic("stub")
}
func (coll *Collection) InsertMany(ctx context.Context, documents []interface{},
	opts ...*options.InsertManyOptions) (*InsertManyResult, error) {
	panic("stub")
}
func (coll *Collection) DeleteOne(ctx context.Context, filter interface{},
	opts ...*options.DeleteOptions) (*DeleteResult, error) {
	panic("stub")
}
func (coll *Collection) DeleteMany(ctx context.Context, filter interface{},
	opts ...*options.DeleteOptions) (*DeleteResult, error) {
	panic("stub")
}
func (coll *Collection) UpdateByID(ctx context.Context, id interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	panic("stub")
}
func (coll *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	panic("stub")
}
func (coll *Collection) UpdateMany(ctx context.Context, filter interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	panic("stub")
}
func (coll *Collection) ReplaceOne(ctx context.Context, filter interface{},
	replacement interface{}, opts ...*options.ReplaceOptions) (*UpdateResult, error) {
	panic("stub")
}
func (coll *Collection) Aggregate(ctx context.Context, pipeline interface{},
	opts ...*options.AggregateOptions) (*Cursor, error) {
	panic("stub")
}
func (coll *Collection) CountDocuments(ctx context.Context, filter interface{},
	opts ...*options.CountOptions) (int64, error) {
	panic("stub")
}
func (coll *Collection) Distinct(ctx context.Context, fieldName string, filter interface{},
	opts ...*options.DistinctOptions) ([]interface{}, error) {
	panic("stub")
}
func (coll *Collection) Find(ctx context.Context, filter interface{},
	opts ...*options.FindOptions) (cur *Cursor, err error) {
	panic("stub")
}
func (coll *Collection) FindOne(ctx context.Context, filter interface{},
	opts ...*options.FindOneOptions) *SingleResult {
	panic("stub")
}
func (coll *Collection) FindOneAndDelete(ctx context.Context, filter interface{},
	opts ...*options.FindOneAndDeleteOptions) *SingleResult {
	panic("stub")
}
func (coll *Collection) FindOneAndReplace(ctx context.Context, filter interface{},
	replacement interface{}, opts ...*options.FindOneAndReplaceOptions) *SingleResult {
	panic("stub")
}
func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter interface{},
	update interface{}, opts ...*options.FindOneAndUpdateOptions) *SingleResult {
	panic("stub")
}

// SingleResult represents a single document returned from an operation.
type SingleResult struct{}

func (sr *SingleResult) Decode(v interface{}) error     { panic("stub") }
func (sr *SingleResult) Raw() (bson.Raw, error)         { panic("stub") }
func (sr *SingleResult) DecodeBytes() (bson.Raw, error) { panic("stub") }
func (sr *SingleResult) Err() error                     { panic("stub") }

// Cursor is used to iterate over a stream of documents.
type Cursor struct {
	Current bson.Raw
}

func (c *Cursor) ID() int64                                          { panic("stub") }
func (c *Cursor) Next(ctx context.Context) bool                      { panic("stub") }
func (c *Cursor) TryNext(ctx context.Context) bool                   { panic("stub") }
func (c *Cursor) Decode(val interface{}) error                       { panic("stub") }
func (c *Cursor) Err() error                                         { panic("stub") }
func (c *Cursor) Close(ctx context.Context) error                    { panic("stub") }
func (c *Cursor) All(ctx context.Context, results interface{}) error { panic("stub") }
func (c *Cursor) RemainingBatchLength() int                          { panic("stub") }
func (c *Cursor) SetBatchSize(batchSize int32)                       { panic("stub") }
func (c *Cursor) SetMaxTime(dur time.Duration)                       { panic("stub") }

// InsertOneResult is the result type returned by an InsertOne operation.
type InsertOneResult struct {
	InsertedID interface{}
}

// InsertManyResult is a result type returned by an InsertMany operation.
type InsertManyResult struct {
	InsertedIDs []interface{}
}

// DeleteResult is the result type returned by DeleteOne and DeleteMany operations.
type DeleteResult struct {
	DeletedCount int64 `bson:"n"` // The number of documents deleted.
}

// UpdateResult is the result type returned from UpdateOne, UpdateMany, and ReplaceOne operations.
type UpdateResult struct {
	MatchedCount  int64       // The number of documents matched by the filter.
	ModifiedCount int64       // The number of documents modified by the operation.
	UpsertedCount int64       // The number of documents upserted by the operation.
	UpsertedID    interface{} // The _id field of the upserted document, or nil if no upsert was done.
}
