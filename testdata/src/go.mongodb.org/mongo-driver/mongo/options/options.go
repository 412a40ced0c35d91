// Package options is a minimal stub of go.mongodb.org/mongo-driver/mongo/options@v1.17.10 for analyzer tests.
//
// The option structs declare only their fields of builtin types.
package options

import "time"

var _ time.Duration

// ReturnDocument specifies whether a findAndUpdate operation should return the document as it was
// before the update or as it is after the update.
type ReturnDocument int8

const (
	// Before specifies that findAndUpdate should return the document as it was before the update.
	Before ReturnDocument = iota
	// After specifies that findAndUpdate should return the document as it is after the update.
	After
)

// ClientOptions contains options to configure a Client instance.
type ClientOptions struct {
	AppName *string
}

// Client creates a new ClientOptions instance.
func Client() *ClientOptions { panic("stub") }

// ApplyURI parses the given URI and sets options accordingly.
func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { panic("stub") }

// FindOptions represents options for the operation.
type FindOptions struct {
	AllowDiskUse        *bool
	AllowPartialResults *bool
	BatchSize           *int32
	Comment             *string
	Hint                interface{}
	Limit               *int64
	Max                 interface{}
	MaxAwaitTime        *time.Duration
	MaxTime             *time.Duration
	Min                 interface{}
	NoCursorTimeout     *bool
	OplogReplay         *bool
	Projection          interface{}
	ReturnKey           *bool
	ShowRecordID        *bool
	Skip                *int64
	Snapshot            *bool
	Sort                interface{}
	Let                 interface{}
}

// Find creates a new FindOptions instance.
func Find() *FindOptions { panic("stub") }

func (f *FindOptions) SetAllowDiskUse(b bool) *FindOptions               { panic("stub") }
func (f *FindOptions) SetAllowPartialResults(b bool) *FindOptions        { panic("stub") }
func (f *FindOptions) SetBatchSize(i int32) *FindOptions                 { panic("stub") }
func (f *FindOptions) SetComment(comment string) *FindOptions            { panic("stub") }
func (f *FindOptions) SetHint(hint interface{}) *FindOptions             { panic("stub") }
func (f *FindOptions) SetLet(let interface{}) *FindOptions               { panic("stub") }
func (f *FindOptions) SetLimit(i int64) *FindOptions                     { panic("stub") }
func (f *FindOptions) SetMax(max interface{}) *FindOptions               { panic("stub") }
func (f *FindOptions) SetMaxAwaitTime(d time.Duration) *FindOptions      { panic("stub") }
func (f *FindOptions) SetMaxTime(d time.Duration) *FindOptions           { panic("stub") }
func (f *FindOptions) SetMin(min interface{}) *FindOptions               { panic("stub") }
func (f *FindOptions) SetNoCursorTimeout(b bool) *FindOptions            { panic("stub") }
func (f *FindOptions) SetOplogReplay(b bool) *FindOptions                { panic("stub") }
func (f *FindOptions) SetProjection(projection interface{}) *FindOptions { panic("stub") }
func (f *FindOptions) SetReturnKey(b bool) *FindOptions                  { panic("stub") }
func (f *FindOptions) SetShowRecordID(b bool) *FindOptions               { panic("stub") }
func (f *FindOptions) SetSkip(i int64) *FindOptions                      { panic("stub") }
func (f *FindOptions) SetSnapshot(b bool) *FindOptions                   { panic("stub") }
func (f *FindOptions) SetSort(sort interface{}) *FindOptions             { panic("stub") }

// FindOneOptions represents options for the operation.
type FindOneOptions struct {
	AllowPartialResults *bool
	BatchSize           *int32
	Comment             *string
	Hint                interface{}
	Max                 interface{}
	MaxAwaitTime        *time.Duration
	MaxTime             *time.Duration
	Min                 interface{}
	NoCursorTimeout     *bool
	OplogReplay         *bool
	Projection          interface{}
	ReturnKey           *bool
	ShowRecordID        *bool
	Skip                *int64
	Snapshot            *bool
	Sort                interface{}
}

// FindOne creates a new FindOneOptions instance.
func FindOne() *FindOneOptions { panic("stub") }

func (f *FindOneOptions) SetAllowPartialResults(b bool) *FindOneOptions        { panic("stub") }
func (f *FindOneOptions) SetBatchSize(i int32) *FindOneOptions                 { panic("stub") }
func (f *FindOneOptions) SetComment(comment string) *FindOneOptions            { panic("stub") }
func (f *FindOneOptions) SetHint(hint interface{}) *FindOneOptions             { panic("stub") }
func (f *FindOneOptions) SetMax(max interface{}) *FindOneOptions               { panic("stub") }
func (f *FindOneOptions) SetMaxAwaitTime(d time.Duration) *FindOneOptions      { panic("stub") }
func (f *FindOneOptions) SetMaxTime(d time.Duration) *FindOneOptions           { panic("stub") }
func (f *FindOneOptions) SetMin(min interface{}) *FindOneOptions               { panic("stub") }
func (f *FindOneOptions) SetNoCursorTimeout(b bool) *FindOneOptions            { panic("stub") }
func (f *FindOneOptions) SetOplogReplay(b bool) *FindOneOptions                { panic("stub") }
func (f *FindOneOptions) SetProjection(projection interface{}) *FindOneOptions { panic("stub") }
func (f *FindOneOptions) SetReturnKey(b bool) *FindOneOptions                  { panic("stub") }
func (f *FindOneOptions) SetShowRecordID(b bool) *FindOneOptions               { panic("stub") }
func (f *FindOneOptions) SetSkip(i int64) *FindOneOptions                      { panic("stub") }
func (f *FindOneOptions) SetSnapshot(b bool) *FindOneOptions                   { panic("stub") }
func (f *FindOneOptions) SetSort(sort interface{}) *FindOneOptions             { panic("stub") }

// FindOneAndUpdateOptions represents options for the operation.
type FindOneAndUpdateOptions struct {
	BypassDocumentValidation *bool
	Comment                  interface{}
	MaxTime                  *time.Duration
	Projection               interface{}
	ReturnDocument           *ReturnDocument
	Sort                     interface{}
	Upsert                   *bool
	Hint                     interface{}
	Let                      interface{}
	BypassEmptyTsReplacement *bool
}

// FindOneAndUpdate creates a new FindOneAndUpdateOptions instance.
func FindOneAndUpdate() *FindOneAndUpdateOptions { panic("stub") }

func (f *FindOneAndUpdateOptions) SetBypassDocumentValidation(b bool) *FindOneAndUpdateOptions {
	panic("stub")
}
func (f *FindOneAndUpdateOptions) SetComment(comment interface{}) *FindOneAndUpdateOptions {
	panic("stub")
}
func (f *FindOneAndUpdateOptions) SetMaxTime(d time.Duration) *FindOneAndUpdateOptions { panic("stub") }
func (f *FindOneAndUpdateOptions) SetProjection(projection interface{}) *FindOneAndUpdateOptions {
	panic("stub")
}
func (f *FindOneAndUpdateOptions) SetReturnDocument(rd ReturnDocument) *FindOneAndUpdateOptions {
	panic("stub")
}
func (f *FindOneAndUpdateOptions) SetSort(sort interface{}) *FindOneAndUpdateOptions { panic("stub") }
func (f *FindOneAndUpdateOptions) SetUpsert(b bool) *FindOneAndUpdateOptions         { panic("stub") }
func (f *FindOneAndUpdateOptions) SetHint(hint interface{}) *FindOneAndUpdateOptions { panic("stub") }
func (f *FindOneAndUpdateOptions) SetLet(let interface{}) *FindOneAndUpdateOptions   { panic("stub") }

// FindOneAndDeleteOptions represents options for the operation.
type FindOneAndDeleteOptions struct {
	Comment    interface{}
	MaxTime    *time.Duration
	Projection interface{}
	Sort       interface{}
	Hint       interface{}
	Let        interface{}
}

// FindOneAndDelete creates a new FindOneAndDeleteOptions instance.
func FindOneAndDelete() *FindOneAndDeleteOptions { panic("stub") }

func (f *FindOneAndDeleteOptions) SetComment(comment interface{}) *FindOneAndDeleteOptions {
	panic("stub")
}
func (f *FindOneAndDeleteOptions) SetMaxTime(d time.Duration) *FindOneAndDeleteOptions { panic("stub") }
func (f *FindOneAndDeleteOptions) SetProjection(projection interface{}) *FindOneAndDeleteOptions {
	panic("stub")
}
func (f *FindOneAndDeleteOptions) SetSort(sort interface{}) *FindOneAndDeleteOptions { panic("stub") }
func (f *FindOneAndDeleteOptions) SetHint(hint interface{}) *FindOneAndDeleteOptions { panic("stub") }
func (f *FindOneAndDeleteOptions) SetLet(let interface{}) *FindOneAndDeleteOptions   { panic("stub") }

// FindOneAndReplaceOptions represents options for the operation.
type FindOneAndReplaceOptions struct {
	BypassDocumentValidation *bool
	Comment                  interface{}
	MaxTime                  *time.Duration
	Projection               interface{}
	ReturnDocument           *ReturnDocument
	Sort                     interface{}
	Upsert                   *bool
	Hint                     interface{}
	Let                      interface{}
	BypassEmptyTsReplacement *bool
}

// FindOneAndReplace creates a new FindOneAndReplaceOptions instance.
func FindOneAndReplace() *FindOneAndReplaceOptions { panic("stub") }

func (f *FindOneAndReplaceOptions) SetBypassDocumentValidation(b bool) *FindOneAndReplaceOptions {
	panic("stub")
}
func (f *FindOneAndReplaceOptions) SetComment(comment interface{}) *FindOneAndReplaceOptions {
	panic("stub")
}
func (f *FindOneAndReplaceOptions) SetMaxTime(d time.Duration) *FindOneAndReplaceOptions {
	panic("stub")
}
func (f *FindOneAndReplaceOptions) SetProjection(projection interface{}) *FindOneAndReplaceOptions {
	panic("stub")
}
func (f *FindOneAndReplaceOptions) SetReturnDocument(rd ReturnDocument) *FindOneAndReplaceOptions {
	panic("stub")
}
func (f *FindOneAndReplaceOptions) SetSort(sort interface{}) *FindOneAndReplaceOptions { panic("stub") }
func (f *FindOneAndReplaceOptions) SetUpsert(b bool) *FindOneAndReplaceOptions         { panic("stub") }
func (f *FindOneAndReplaceOptions) SetHint(hint interface{}) *FindOneAndReplaceOptions { panic("stub") }
func (f *FindOneAndReplaceOptions) SetLet(let interface{}) *FindOneAndReplaceOptions   { panic("stub") }

// UpdateOptions represents options for the operation.
type UpdateOptions struct {
	BypassDocumentValidation *bool
	Comment                  interface{}
	Hint                     interface{}
	Upsert                   *bool
	Let                      interface{}
	BypassEmptyTsReplacement *bool
}

// Update creates a new UpdateOptions instance.
func Update() *UpdateOptions { panic("stub") }

func (uo *UpdateOptions) SetBypassDocumentValidation(b bool) *UpdateOptions { panic("stub") }
func (uo *UpdateOptions) SetComment(comment interface{}) *UpdateOptions     { panic("stub") }
func (uo *UpdateOptions) SetHint(h interface{}) *UpdateOptions              { panic("stub") }
func (uo *UpdateOptions) SetUpsert(b bool) *UpdateOptions                   { panic("stub") }
func (uo *UpdateOptions) SetLet(l interface{}) *UpdateOptions               { panic("stub") }

// ReplaceOptions represents options for the operation.
type ReplaceOptions struct {
	BypassDocumentValidation *bool
	Comment                  interface{}
	Hint                     interface{}
	Upsert                   *bool
	Let                      interface{}
	BypassEmptyTsReplacement *bool
}

// Replace creates a new ReplaceOptions instance.
func Replace() *ReplaceOptions { panic("stub") }

func (ro *ReplaceOptions) SetBypassDocumentValidation(b bool) *ReplaceOptions { panic("stub") }
func (ro *ReplaceOptions) SetComment(comment interface{}) *ReplaceOptions     { panic("stub") }
func (ro *ReplaceOptions) SetHint(h interface{}) *ReplaceOptions              { panic("stub") }
func (ro *ReplaceOptions) SetUpsert(b bool) *ReplaceOptions                   { panic("stub") }
func (ro *ReplaceOptions) SetLet(l interface{}) *ReplaceOptions               { panic("stub") }

// DeleteOptions represents options for the operation.
type DeleteOptions struct {
	Comment interface{}
	Hint    interface{}
	Let     interface{}
}

// Delete creates a new DeleteOptions instance.
func Delete() *DeleteOptions { panic("stub") }

func (do *DeleteOptions) SetComment(comment interface{}) *DeleteOptions { panic("stub") }
func (do *DeleteOptions) SetHint(hint interface{}) *DeleteOptions       { panic("stub") }
func (do *DeleteOptions) SetLet(let interface{}) *DeleteOptions         { panic("stub") }

// InsertOneOptions represents options for the operation.
type InsertOneOptions struct {
	BypassDocumentValidation *bool
	Comment                  interface{}
	BypassEmptyTsReplacement *bool
}

// InsertOne creates a new InsertOneOptions instance.
func InsertOne() *InsertOneOptions { panic("stub") }

func (ioo *InsertOneOptions) SetBypassDocumentValidation(b bool) *InsertOneOptions { panic("stub") }
func (ioo *InsertOneOptions) SetComment(comment interface{}) *InsertOneOptions     { panic("stub") }

// InsertManyOptions represents options for the operation.
type InsertManyOptions struct {
	BypassDocumentValidation *bool
	Comment                  interface{}
	Ordered                  *bool
	BypassEmptyTsReplacement *bool
}

// InsertMany creates a new InsertManyOptions instance.
func InsertMany() *InsertManyOptions { panic("stub") }

func (imo *InsertManyOptions) SetBypassDocumentValidation(b bool) *InsertManyOptions { panic("stub") }
func (imo *InsertManyOptions) SetComment(comment interface{}) *InsertManyOptions     { panic("stub") }
func (imo *InsertManyOptions) SetOrdered(b bool) *InsertManyOptions                  { panic("stub") }

// CountOptions represents options for the operation.
type CountOptions struct {
	Comment *string
	Hint    interface{}
	Limit   *int64
	MaxTime *time.Duration
	Skip    *int64
}

// Count creates a new CountOptions instance.
func Count() *CountOptions { panic("stub") }

func (co *CountOptions) SetComment(c string) *CountOptions        { panic("stub") }
func (co *CountOptions) SetHint(h interface{}) *CountOptions      { panic("stub") }
func (co *CountOptions) SetLimit(i int64) *CountOptions           { panic("stub") }
func (co *CountOptions) SetMaxTime(d time.Duration) *CountOptions { panic("stub") }
func (co *CountOptions) SetSkip(i int64) *CountOptions            { panic("stub") }

// AggregateOptions represents options for the operation.
type AggregateOptions struct {
	AllowDiskUse             *bool
	BatchSize                *int32
	BypassDocumentValidation *bool
	MaxTime                  *time.Duration
	MaxAwaitTime             *time.Duration
	Comment                  *string
	Hint                     interface{}
	Let                      interface{}
}

// Aggregate creates a new AggregateOptions instance.
func Aggregate() *AggregateOptions { panic("stub") }

func (ao *AggregateOptions) SetAllowDiskUse(b bool) *AggregateOptions             { panic("stub") }
func (ao *AggregateOptions) SetBatchSize(i int32) *AggregateOptions               { panic("stub") }
func (ao *AggregateOptions) SetBypassDocumentValidation(b bool) *AggregateOptions { panic("stub") }
func (ao *AggregateOptions) SetMaxTime(d time.Duration) *AggregateOptions         { panic("stub") }
func (ao *AggregateOptions) SetMaxAwaitTime(d time.Duration) *AggregateOptions    { panic("stub") }
func (ao *AggregateOptions) SetComment(s string) *AggregateOptions                { panic("stub") }
func (ao *AggregateOptions) SetHint(h interface{}) *AggregateOptions              { panic("stub") }
func (ao *AggregateOptions) SetLet(let interface{}) *AggregateOptions             { panic("stub") }

// DistinctOptions represents options for the operation.
type DistinctOptions struct {
	Comment interface{}
	MaxTime *time.Duration
}

// Distinct creates a new DistinctOptions instance.
func Distinct() *DistinctOptions { panic("stub") }

func (do *DistinctOptions) SetComment(comment interface{}) *DistinctOptions { panic("stub") }
func (do *DistinctOptions) SetMaxTime(d time.Duration) *DistinctOptions     { panic("stub") }

// CollectionOptions represents options for the operation.
type CollectionOptions struct {
}

// Collection creates a new CollectionOptions instance.
func Collection() *CollectionOptions { panic("stub") }

// DatabaseOptions represents options for the operation.
type DatabaseOptions struct {
}

// Database creates a new DatabaseOptions instance.
func Database() *DatabaseOptions { panic("stub") }
