package analyzer

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// originKind says what a value derives from.
type originKind uint8

const (
	// fromRequest: a path, query or form parameter of the request.
	fromRequest originKind = iota + 1
	// fromParam: a parameter or free variable of the analysed function,
	// resolved by its callers.
	fromParam
	// fromFetch: an object fetched by a data access.
	fromFetch
	// fromOutcome: whether a data access found or changed anything: its
	// error, a row count, an exists flag.
	fromOutcome
	// fromVerify: whether a token (or session) was verified: the error or
	// flag of a call that authenticates.
	fromVerify
)

// origin is one thing a value can derive from.
type origin struct {
	kind originKind
	// fromRequest
	source knowledge.SourceKind
	key    string
	pos    token.Pos
	via    string // the callee that read it, when read by a callee
	// keyValue is the argument that named the parameter when it is not a
	// constant; segment marks a segment cut from r.URL.Path.
	keyValue ssa.Value
	segment  bool
	// fromParam
	param int
	path  string
	// fromFetch
	access *access
}

// access is a data access reached from a call of the analysed function:
// the driver call itself or a call whose callee makes one.
type access struct {
	call    ssa.CallInstruction
	op      knowledge.Op
	chain   []string
	filters []*label
	// fetched is the origin index of the objects the access returns.
	fetched int
	// open is the interface method of a call whose implementation the
	// analysis cannot see here; filters are then its arguments, in order.
	// A package that sees the implementation resolves it.
	open string
	// notFound names the error that reports a missing object when the
	// access fetches one object (sql.ErrNoRows), or is RowsAffectedOnly;
	// "" for other accesses.
	notFound string
}

// exposure is a call that writes values into the response.
type exposure struct {
	instr   ssa.Instruction
	origins originSet
}

// describe names the origin for a message: path parameter "id".
func (o *origin) describe() string {
	switch o.kind {
	case fromRequest:
		if o.segment {
			return "path segment"
		}
		if o.key == "" {
			return o.source.String()
		}
		return fmt.Sprintf("%s %q", o.source, o.key)
	case fromParam:
		return "parameter " + strconv.Itoa(o.param)
	}
	return "fetched object"
}

// originID identifies an origin so that each is created once per
// function.
type originID struct {
	kind   originKind
	source knowledge.SourceKind
	key    string
	pos    token.Pos
	via    string
	param  int
	path   string
	access *access
}

func originKey(o *origin) originID {
	id := originID{kind: o.kind}
	switch o.kind {
	case fromRequest:
		id.source, id.key, id.pos, id.via = o.source, o.key, o.pos, o.via
	case fromParam:
		id.param, id.path = o.param, o.path
	case fromVerify:
		id.pos = o.pos
	default:
		id.access = o.access
	}
	return id
}

// pathString renders a field path as Ref.Path spells it.
func pathString(p []int) string {
	var b strings.Builder
	for i, x := range p {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(strconv.Itoa(x))
	}
	return b.String()
}

// parsePath reads a Ref.Path.
func parsePath(s string) []int {
	if s == "" {
		return nil
	}
	var p []int
	for _, part := range strings.Split(s, ".") {
		n, err := strconv.Atoi(part)
		if err != nil {
			return nil
		}
		p = append(p, n)
	}
	return p
}
