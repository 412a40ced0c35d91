// Package pgconn is a minimal stub of github.com/jackc/pgx/v5/pgconn@v5.13.0 for analyzer tests.
package pgconn

// PgError represents an error reported by the PostgreSQL server.
type PgError struct {
	Severity            string
	SeverityUnlocalized string
	Code                string
	Message             string
	Detail              string
	Hint                string
	Position            int32
	InternalPosition    int32
	InternalQuery       string
	Where               string
	SchemaName          string
	TableName           string
	ColumnName          string
	DataTypeName        string
	ConstraintName      string
	File                string
	Line                int32
	Routine             string
}

func (pe *PgError) Error() string    { panic("stub") }
func (pe *PgError) SQLState() string { panic("stub") }

// PgConn is a low-level PostgreSQL connection handle.
type PgConn struct{}

// CommandTag is the status text returned by PostgreSQL for a query.
type CommandTag struct {
	s string
}

// NewCommandTag makes a CommandTag from s.
func NewCommandTag(s string) CommandTag { panic("stub") }

func (ct CommandTag) RowsAffected() int64 { panic("stub") }
func (ct CommandTag) String() string      { panic("stub") }
func (ct CommandTag) Insert() bool        { panic("stub") }
func (ct CommandTag) Update() bool        { panic("stub") }
func (ct CommandTag) Delete() bool        { panic("stub") }
func (ct CommandTag) Select() bool        { panic("stub") }

// FieldDescription describes a result column.
type FieldDescription struct {
	Name                 string
	TableOID             uint32
	TableAttributeNumber uint16
	DataTypeOID          uint32
	DataTypeSize         int16
	TypeModifier         int32
	Format               int16
}

// StatementDescription is the description of a prepared statement.
type StatementDescription struct {
	Name      string
	SQL       string
	ParamOIDs []uint32
	Fields    []FieldDescription
}
