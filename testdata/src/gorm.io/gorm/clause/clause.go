// Package clause is a minimal stub of gorm.io/gorm/clause@v1.31.2 for analyzer tests.
package clause

// Interface clause interface
type Interface interface {
	Name() string
	Build(Builder)
	MergeClause(*Clause)
}

// ClauseBuilder clause builder, allows to customize how to build clause
type ClauseBuilder func(Clause, Builder)

// Writer is the interface that wraps the WriteByte and WriteString methods.
type Writer interface {
	WriteByte(byte) error
	WriteString(string) (int, error)
}

// Builder builder interface
type Builder interface {
	Writer
	WriteQuoted(field interface{})
	AddVar(Writer, ...interface{})
	AddError(error) error
}

// Clause
type Clause struct {
	Name                string // WHERE
	BeforeExpression    Expression
	AfterNameExpression Expression
	AfterExpression     Expression
	Expression          Expression
	Builder             ClauseBuilder
}

// Build build clause
func (c Clause) Build(builder Builder) { panic("stub") }

const (
	PrimaryKey   string = "~~~py~~~" // primary key
	CurrentTable string = "~~~ct~~~" // current table
	Associations string = "~~~as~~~" // associations
)

// Column quote with name
type Column struct {
	Table string
	Name  string
	Alias string
	Raw   bool
}

// Table quote with name
type Table struct {
	Name  string
	Alias string
	Raw   bool
}

// Expression expression interface
type Expression interface {
	Build(builder Builder)
}

// Expr raw expression
type Expr struct {
	SQL                string
	Vars               []interface{}
	WithoutParentheses bool
}

// Build build raw expression
func (expr Expr) Build(builder Builder) { panic("stub") }

// Eq equal to for where
type Eq struct {
	Column interface{}
	Value  interface{}
}

func (eq Eq) Build(builder Builder)         { panic("stub") }
func (eq Eq) NegationBuild(builder Builder) { panic("stub") }

// Returning clause
type Returning struct {
	Columns []Column
}

func (returning Returning) Name() string               { panic("stub") }
func (returning Returning) Build(builder Builder)      { panic("stub") }
func (returning Returning) MergeClause(clause *Clause) { panic("stub") }

// Locking clause
type Locking struct {
	Strength string
	Table    Table
	Options  string
}

func (locking Locking) Name() string               { panic("stub") }
func (locking Locking) Build(builder Builder)      { panic("stub") }
func (locking Locking) MergeClause(clause *Clause) { panic("stub") }
