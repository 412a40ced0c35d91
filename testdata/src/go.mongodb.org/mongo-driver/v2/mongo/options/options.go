// Package options is a minimal stub of go.mongodb.org/mongo-driver/v2/mongo/options@v2.10.0 for analyzer tests.
//
// The option structs declare only their fields of builtin types.
package options

import "time"

var _ time.Duration

// Lister is an interface that wraps a List method to return a
// slice of option setters.
type Lister[T any] interface {
	List() []func(*T) error
}

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
	AllowPartialResults *bool
	Comment             any
	Hint                any
	Max                 any
	MaxAwaitTime        *time.Duration
	Min                 any
	OplogReplay         *bool
	Projection          any
	ReturnKey           *bool
	ShowRecordID        *bool
	Skip                *int64
	Sort                any
	AllowDiskUse        *bool
	BatchSize           *int32
	Let                 any
	Limit               *int64
	NoCursorTimeout     *bool
}

// FindOptionsBuilder contains options to configure the operation.
type FindOptionsBuilder struct {
	Opts []func(*FindOptions) error
}

// Find creates a new FindOptionsBuilder instance.
func Find() *FindOptionsBuilder { panic("stub") }

func (f *FindOptionsBuilder) List() []func(*FindOptions) error                    { panic("stub") }
func (f *FindOptionsBuilder) SetAllowDiskUse(b bool) *FindOptionsBuilder          { panic("stub") }
func (f *FindOptionsBuilder) SetAllowPartialResults(b bool) *FindOptionsBuilder   { panic("stub") }
func (f *FindOptionsBuilder) SetBatchSize(i int32) *FindOptionsBuilder            { panic("stub") }
func (f *FindOptionsBuilder) SetComment(comment any) *FindOptionsBuilder          { panic("stub") }
func (f *FindOptionsBuilder) SetHint(hint any) *FindOptionsBuilder                { panic("stub") }
func (f *FindOptionsBuilder) SetLet(let any) *FindOptionsBuilder                  { panic("stub") }
func (f *FindOptionsBuilder) SetLimit(i int64) *FindOptionsBuilder                { panic("stub") }
func (f *FindOptionsBuilder) SetMax(maxVal any) *FindOptionsBuilder               { panic("stub") }
func (f *FindOptionsBuilder) SetMaxAwaitTime(d time.Duration) *FindOptionsBuilder { panic("stub") }
func (f *FindOptionsBuilder) SetMin(minVal any) *FindOptionsBuilder               { panic("stub") }
func (f *FindOptionsBuilder) SetNoCursorTimeout(b bool) *FindOptionsBuilder       { panic("stub") }
func (f *FindOptionsBuilder) SetOplogReplay(b bool) *FindOptionsBuilder           { panic("stub") }
func (f *FindOptionsBuilder) SetProjection(projection any) *FindOptionsBuilder    { panic("stub") }
func (f *FindOptionsBuilder) SetReturnKey(b bool) *FindOptionsBuilder             { panic("stub") }
func (f *FindOptionsBuilder) SetShowRecordID(b bool) *FindOptionsBuilder          { panic("stub") }
func (f *FindOptionsBuilder) SetSkip(i int64) *FindOptionsBuilder                 { panic("stub") }
func (f *FindOptionsBuilder) SetSort(sort any) *FindOptionsBuilder                { panic("stub") }

// FindOneOptions represents options for the operation.
type FindOneOptions struct {
	AllowPartialResults *bool
	Comment             any
	Hint                any
	Max                 any
	Min                 any
	OplogReplay         *bool
	Projection          any
	ReturnKey           *bool
	ShowRecordID        *bool
	Skip                *int64
	Sort                any
}

// FindOneOptionsBuilder contains options to configure the operation.
type FindOneOptionsBuilder struct {
	Opts []func(*FindOneOptions) error
}

// FindOne creates a new FindOneOptionsBuilder instance.
func FindOne() *FindOneOptionsBuilder { panic("stub") }

func (f *FindOneOptionsBuilder) List() []func(*FindOneOptions) error                  { panic("stub") }
func (f *FindOneOptionsBuilder) SetAllowPartialResults(b bool) *FindOneOptionsBuilder { panic("stub") }
func (f *FindOneOptionsBuilder) SetComment(comment any) *FindOneOptionsBuilder        { panic("stub") }
func (f *FindOneOptionsBuilder) SetHint(hint any) *FindOneOptionsBuilder              { panic("stub") }
func (f *FindOneOptionsBuilder) SetMax(maxVal any) *FindOneOptionsBuilder             { panic("stub") }
func (f *FindOneOptionsBuilder) SetMin(minVal any) *FindOneOptionsBuilder             { panic("stub") }
func (f *FindOneOptionsBuilder) SetOplogReplay(b bool) *FindOneOptionsBuilder         { panic("stub") }
func (f *FindOneOptionsBuilder) SetProjection(projection any) *FindOneOptionsBuilder  { panic("stub") }
func (f *FindOneOptionsBuilder) SetReturnKey(b bool) *FindOneOptionsBuilder           { panic("stub") }
func (f *FindOneOptionsBuilder) SetShowRecordID(b bool) *FindOneOptionsBuilder        { panic("stub") }
func (f *FindOneOptionsBuilder) SetSkip(i int64) *FindOneOptionsBuilder               { panic("stub") }
func (f *FindOneOptionsBuilder) SetSort(sort any) *FindOneOptionsBuilder              { panic("stub") }

// FindOneAndUpdateOptions represents options for the operation.
type FindOneAndUpdateOptions struct {
	ArrayFilters             []any
	BypassDocumentValidation *bool
	Comment                  any
	Projection               any
	ReturnDocument           *ReturnDocument
	Sort                     any
	Upsert                   *bool
	Hint                     any
	Let                      any
}

// FindOneAndUpdateOptionsBuilder contains options to configure the operation.
type FindOneAndUpdateOptionsBuilder struct {
	Opts []func(*FindOneAndUpdateOptions) error
}

// FindOneAndUpdate creates a new FindOneAndUpdateOptionsBuilder instance.
func FindOneAndUpdate() *FindOneAndUpdateOptionsBuilder { panic("stub") }

func (f *FindOneAndUpdateOptionsBuilder) List() []func(*FindOneAndUpdateOptions) error { panic("stub") }
func (f *FindOneAndUpdateOptionsBuilder) SetArrayFilters(filters []any) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndUpdateOptionsBuilder) SetBypassDocumentValidation(b bool) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndUpdateOptionsBuilder) SetComment(comment any) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndUpdateOptionsBuilder) SetProjection(projection any) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndUpdateOptionsBuilder) SetReturnDocument(rd ReturnDocument) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndUpdateOptionsBuilder) SetSort(sort any) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndUpdateOptionsBuilder) SetUpsert(b bool) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndUpdateOptionsBuilder) SetHint(hint any) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndUpdateOptionsBuilder) SetLet(let any) *FindOneAndUpdateOptionsBuilder {
	panic("stub")
}

// FindOneAndDeleteOptions represents options for the operation.
type FindOneAndDeleteOptions struct {
	Comment    any
	Projection any
	Sort       any
	Hint       any
	Let        any
}

// FindOneAndDeleteOptionsBuilder contains options to configure the operation.
type FindOneAndDeleteOptionsBuilder struct {
	Opts []func(*FindOneAndDeleteOptions) error
}

// FindOneAndDelete creates a new FindOneAndDeleteOptionsBuilder instance.
func FindOneAndDelete() *FindOneAndDeleteOptionsBuilder { panic("stub") }

func (f *FindOneAndDeleteOptionsBuilder) List() []func(*FindOneAndDeleteOptions) error { panic("stub") }
func (f *FindOneAndDeleteOptionsBuilder) SetComment(comment any) *FindOneAndDeleteOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndDeleteOptionsBuilder) SetProjection(projection any) *FindOneAndDeleteOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndDeleteOptionsBuilder) SetSort(sort any) *FindOneAndDeleteOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndDeleteOptionsBuilder) SetHint(hint any) *FindOneAndDeleteOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndDeleteOptionsBuilder) SetLet(let any) *FindOneAndDeleteOptionsBuilder {
	panic("stub")
}

// FindOneAndReplaceOptions represents options for the operation.
type FindOneAndReplaceOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Projection               any
	ReturnDocument           *ReturnDocument
	Sort                     any
	Upsert                   *bool
	Hint                     any
	Let                      any
}

// FindOneAndReplaceOptionsBuilder contains options to configure the operation.
type FindOneAndReplaceOptionsBuilder struct {
	Opts []func(*FindOneAndReplaceOptions) error
}

// FindOneAndReplace creates a new FindOneAndReplaceOptionsBuilder instance.
func FindOneAndReplace() *FindOneAndReplaceOptionsBuilder { panic("stub") }

func (f *FindOneAndReplaceOptionsBuilder) List() []func(*FindOneAndReplaceOptions) error {
	panic("stub")
}
func (f *FindOneAndReplaceOptionsBuilder) SetBypassDocumentValidation(b bool) *FindOneAndReplaceOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndReplaceOptionsBuilder) SetComment(comment any) *FindOneAndReplaceOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndReplaceOptionsBuilder) SetProjection(projection any) *FindOneAndReplaceOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndReplaceOptionsBuilder) SetReturnDocument(rd ReturnDocument) *FindOneAndReplaceOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndReplaceOptionsBuilder) SetSort(sort any) *FindOneAndReplaceOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndReplaceOptionsBuilder) SetUpsert(b bool) *FindOneAndReplaceOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndReplaceOptionsBuilder) SetHint(hint any) *FindOneAndReplaceOptionsBuilder {
	panic("stub")
}
func (f *FindOneAndReplaceOptionsBuilder) SetLet(let any) *FindOneAndReplaceOptionsBuilder {
	panic("stub")
}

// UpdateOneOptions represents options for the operation.
type UpdateOneOptions struct {
	ArrayFilters             []any
	BypassDocumentValidation *bool
	Comment                  any
	Hint                     any
	Upsert                   *bool
	Let                      any
	Sort                     any
}

// UpdateOneOptionsBuilder contains options to configure the operation.
type UpdateOneOptionsBuilder struct {
	Opts []func(*UpdateOneOptions) error
}

// UpdateOne creates a new UpdateOneOptionsBuilder instance.
func UpdateOne() *UpdateOneOptionsBuilder { panic("stub") }

func (uo *UpdateOneOptionsBuilder) List() []func(*UpdateOneOptions) error             { panic("stub") }
func (uo *UpdateOneOptionsBuilder) SetArrayFilters(af []any) *UpdateOneOptionsBuilder { panic("stub") }
func (uo *UpdateOneOptionsBuilder) SetBypassDocumentValidation(b bool) *UpdateOneOptionsBuilder {
	panic("stub")
}
func (uo *UpdateOneOptionsBuilder) SetComment(comment any) *UpdateOneOptionsBuilder { panic("stub") }
func (uo *UpdateOneOptionsBuilder) SetHint(h any) *UpdateOneOptionsBuilder          { panic("stub") }
func (uo *UpdateOneOptionsBuilder) SetUpsert(b bool) *UpdateOneOptionsBuilder       { panic("stub") }
func (uo *UpdateOneOptionsBuilder) SetLet(l any) *UpdateOneOptionsBuilder           { panic("stub") }
func (uo *UpdateOneOptionsBuilder) SetSort(s any) *UpdateOneOptionsBuilder          { panic("stub") }

// UpdateManyOptions represents options for the operation.
type UpdateManyOptions struct {
	ArrayFilters             []any
	BypassDocumentValidation *bool
	Comment                  any
	Hint                     any
	Upsert                   *bool
	Let                      any
}

// UpdateManyOptionsBuilder contains options to configure the operation.
type UpdateManyOptionsBuilder struct {
	Opts []func(*UpdateManyOptions) error
}

// UpdateMany creates a new UpdateManyOptionsBuilder instance.
func UpdateMany() *UpdateManyOptionsBuilder { panic("stub") }

func (uo *UpdateManyOptionsBuilder) List() []func(*UpdateManyOptions) error { panic("stub") }
func (uo *UpdateManyOptionsBuilder) SetArrayFilters(af []any) *UpdateManyOptionsBuilder {
	panic("stub")
}
func (uo *UpdateManyOptionsBuilder) SetBypassDocumentValidation(b bool) *UpdateManyOptionsBuilder {
	panic("stub")
}
func (uo *UpdateManyOptionsBuilder) SetComment(comment any) *UpdateManyOptionsBuilder { panic("stub") }
func (uo *UpdateManyOptionsBuilder) SetHint(h any) *UpdateManyOptionsBuilder          { panic("stub") }
func (uo *UpdateManyOptionsBuilder) SetUpsert(b bool) *UpdateManyOptionsBuilder       { panic("stub") }
func (uo *UpdateManyOptionsBuilder) SetLet(l any) *UpdateManyOptionsBuilder           { panic("stub") }

// ReplaceOptions represents options for the operation.
type ReplaceOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Hint                     any
	Upsert                   *bool
	Let                      any
	Sort                     any
}

// ReplaceOptionsBuilder contains options to configure the operation.
type ReplaceOptionsBuilder struct {
	Opts []func(*ReplaceOptions) error
}

// Replace creates a new ReplaceOptionsBuilder instance.
func Replace() *ReplaceOptionsBuilder { panic("stub") }

func (ro *ReplaceOptionsBuilder) List() []func(*ReplaceOptions) error { panic("stub") }
func (ro *ReplaceOptionsBuilder) SetBypassDocumentValidation(b bool) *ReplaceOptionsBuilder {
	panic("stub")
}
func (ro *ReplaceOptionsBuilder) SetComment(comment any) *ReplaceOptionsBuilder { panic("stub") }
func (ro *ReplaceOptionsBuilder) SetHint(h any) *ReplaceOptionsBuilder          { panic("stub") }
func (ro *ReplaceOptionsBuilder) SetUpsert(b bool) *ReplaceOptionsBuilder       { panic("stub") }
func (ro *ReplaceOptionsBuilder) SetLet(l any) *ReplaceOptionsBuilder           { panic("stub") }
func (ro *ReplaceOptionsBuilder) SetSort(s any) *ReplaceOptionsBuilder          { panic("stub") }

// DeleteOneOptions represents options for the operation.
type DeleteOneOptions struct {
	Comment any
	Hint    any
	Let     any
}

// DeleteOneOptionsBuilder contains options to configure the operation.
type DeleteOneOptionsBuilder struct {
	Opts []func(*DeleteOneOptions) error
}

// DeleteOne creates a new DeleteOneOptionsBuilder instance.
func DeleteOne() *DeleteOneOptionsBuilder { panic("stub") }

func (do *DeleteOneOptionsBuilder) List() []func(*DeleteOneOptions) error           { panic("stub") }
func (do *DeleteOneOptionsBuilder) SetComment(comment any) *DeleteOneOptionsBuilder { panic("stub") }
func (do *DeleteOneOptionsBuilder) SetHint(hint any) *DeleteOneOptionsBuilder       { panic("stub") }
func (do *DeleteOneOptionsBuilder) SetLet(let any) *DeleteOneOptionsBuilder         { panic("stub") }

// DeleteManyOptions represents options for the operation.
type DeleteManyOptions struct {
	Comment any
	Hint    any
	Let     any
}

// DeleteManyOptionsBuilder contains options to configure the operation.
type DeleteManyOptionsBuilder struct {
	Opts []func(*DeleteManyOptions) error
}

// DeleteMany creates a new DeleteManyOptionsBuilder instance.
func DeleteMany() *DeleteManyOptionsBuilder { panic("stub") }

func (do *DeleteManyOptionsBuilder) List() []func(*DeleteManyOptions) error           { panic("stub") }
func (do *DeleteManyOptionsBuilder) SetComment(comment any) *DeleteManyOptionsBuilder { panic("stub") }
func (do *DeleteManyOptionsBuilder) SetHint(hint any) *DeleteManyOptionsBuilder       { panic("stub") }
func (do *DeleteManyOptionsBuilder) SetLet(let any) *DeleteManyOptionsBuilder         { panic("stub") }

// InsertOneOptions represents options for the operation.
type InsertOneOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
}

// InsertOneOptionsBuilder contains options to configure the operation.
type InsertOneOptionsBuilder struct {
	Opts []func(*InsertOneOptions) error
}

// InsertOne creates a new InsertOneOptionsBuilder instance.
func InsertOne() *InsertOneOptionsBuilder { panic("stub") }

func (ioo *InsertOneOptionsBuilder) List() []func(*InsertOneOptions) error { panic("stub") }
func (ioo *InsertOneOptionsBuilder) SetBypassDocumentValidation(b bool) *InsertOneOptionsBuilder {
	panic("stub")
}
func (ioo *InsertOneOptionsBuilder) SetComment(comment any) *InsertOneOptionsBuilder { panic("stub") }

// InsertManyOptions represents options for the operation.
type InsertManyOptions struct {
	BypassDocumentValidation *bool
	Comment                  any
	Ordered                  *bool
}

// InsertManyOptionsBuilder contains options to configure the operation.
type InsertManyOptionsBuilder struct {
	Opts []func(*InsertManyOptions) error
}

// InsertMany creates a new InsertManyOptionsBuilder instance.
func InsertMany() *InsertManyOptionsBuilder { panic("stub") }

func (imo *InsertManyOptionsBuilder) List() []func(*InsertManyOptions) error { panic("stub") }
func (imo *InsertManyOptionsBuilder) SetBypassDocumentValidation(b bool) *InsertManyOptionsBuilder {
	panic("stub")
}
func (imo *InsertManyOptionsBuilder) SetComment(comment any) *InsertManyOptionsBuilder { panic("stub") }
func (imo *InsertManyOptionsBuilder) SetOrdered(b bool) *InsertManyOptionsBuilder      { panic("stub") }

// CountOptions represents options for the operation.
type CountOptions struct {
	Comment any
	Hint    any
	Limit   *int64
	Skip    *int64
}

// CountOptionsBuilder contains options to configure the operation.
type CountOptionsBuilder struct {
	Opts []func(*CountOptions) error
}

// Count creates a new CountOptionsBuilder instance.
func Count() *CountOptionsBuilder { panic("stub") }

func (co *CountOptionsBuilder) List() []func(*CountOptions) error           { panic("stub") }
func (co *CountOptionsBuilder) SetComment(comment any) *CountOptionsBuilder { panic("stub") }
func (co *CountOptionsBuilder) SetHint(h any) *CountOptionsBuilder          { panic("stub") }
func (co *CountOptionsBuilder) SetLimit(i int64) *CountOptionsBuilder       { panic("stub") }
func (co *CountOptionsBuilder) SetSkip(i int64) *CountOptionsBuilder        { panic("stub") }

// AggregateOptions represents options for the operation.
type AggregateOptions struct {
	AllowDiskUse             *bool
	BatchSize                *int32
	BypassDocumentValidation *bool
	MaxAwaitTime             *time.Duration
	Comment                  any
	Hint                     any
	Let                      any
}

// AggregateOptionsBuilder contains options to configure the operation.
type AggregateOptionsBuilder struct {
	Opts []func(*AggregateOptions) error
}

// Aggregate creates a new AggregateOptionsBuilder instance.
func Aggregate() *AggregateOptionsBuilder { panic("stub") }

func (ao *AggregateOptionsBuilder) List() []func(*AggregateOptions) error           { panic("stub") }
func (ao *AggregateOptionsBuilder) SetAllowDiskUse(b bool) *AggregateOptionsBuilder { panic("stub") }
func (ao *AggregateOptionsBuilder) SetBatchSize(i int32) *AggregateOptionsBuilder   { panic("stub") }
func (ao *AggregateOptionsBuilder) SetBypassDocumentValidation(b bool) *AggregateOptionsBuilder {
	panic("stub")
}
func (ao *AggregateOptionsBuilder) SetMaxAwaitTime(d time.Duration) *AggregateOptionsBuilder {
	panic("stub")
}
func (ao *AggregateOptionsBuilder) SetComment(comment any) *AggregateOptionsBuilder { panic("stub") }
func (ao *AggregateOptionsBuilder) SetHint(h any) *AggregateOptionsBuilder          { panic("stub") }
func (ao *AggregateOptionsBuilder) SetLet(let any) *AggregateOptionsBuilder         { panic("stub") }

// DistinctOptions represents options for the operation.
type DistinctOptions struct {
	Comment any
	Hint    any
}

// DistinctOptionsBuilder contains options to configure the operation.
type DistinctOptionsBuilder struct {
	Opts []func(*DistinctOptions) error
}

// Distinct creates a new DistinctOptionsBuilder instance.
func Distinct() *DistinctOptionsBuilder { panic("stub") }

func (do *DistinctOptionsBuilder) List() []func(*DistinctOptions) error           { panic("stub") }
func (do *DistinctOptionsBuilder) SetComment(comment any) *DistinctOptionsBuilder { panic("stub") }
func (do *DistinctOptionsBuilder) SetHint(hint any) *DistinctOptionsBuilder       { panic("stub") }

// CollectionOptions represents options for the operation.
type CollectionOptions struct {
}

// CollectionOptionsBuilder contains options to configure the operation.
type CollectionOptionsBuilder struct {
	Opts []func(*CollectionOptions) error
}

// Collection creates a new CollectionOptionsBuilder instance.
func Collection() *CollectionOptionsBuilder { panic("stub") }

func (c *CollectionOptionsBuilder) List() []func(*CollectionOptions) error { panic("stub") }

// DatabaseOptions represents options for the operation.
type DatabaseOptions struct {
}

// DatabaseOptionsBuilder contains options to configure the operation.
type DatabaseOptionsBuilder struct {
	Opts []func(*DatabaseOptions) error
}

// Database creates a new DatabaseOptionsBuilder instance.
func Database() *DatabaseOptionsBuilder { panic("stub") }

func (d *DatabaseOptionsBuilder) List() []func(*DatabaseOptions) error { panic("stub") }
