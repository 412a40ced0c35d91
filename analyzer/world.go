package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// world is what the analysis of one package shares between its functions:
// the pass, the SSA package, the summaries computed so far and caches of
// type questions.
type world struct {
	pass      *analysis.Pass
	src       code
	pkg       *ssa.Package
	summaries map[*ssa.Function]*Summary
	flows     map[*ssa.Function]*funcFlow
	claims    map[types.Type]bool
	implKeys  map[*types.Func]string
	fullNames map[*types.Func]string
	named     map[string]*types.Named
	pkgs      map[string]*types.Package
	drivers   []types.Type
	funcs     []*ssa.Function
	sites     map[*ssa.Function][]callSite
	calls     map[token.Pos]*ast.CallExpr
	// keys are the context keys known to hold the subject or claims;
	// newKeys tells that this package's code added some.
	impls      map[*types.Func]*Summary
	candidates map[string][]types.Type
	indexed    map[*types.Package]bool // the packages indexed in candidates
	implsOf    map[*types.Func][]*types.Func
	writers    map[types.Type]writerKind
	handlers   map[*ssa.Function]bool
	imported   map[*types.Func]*Summary
	ent        map[*types.Package]bool
	found      map[*funcFlow][]finding
	// calledBack are the accesses of callbacks reported already: an
	// adapter's callback can be reached from its registration and from
	// the adapter call.
	calledBack map[ssa.CallInstruction]bool
	keys       map[string]keyKind
	localKeys  map[string]keyKind
	newKeys    bool
	// public are the messages of reads that routes behind optional
	// authentication serve to anyone (public.go).
	public map[string]bool
	// anonKeys are the keys optional middleware stores (localAnon: this
	// package's).
	anonKeys     map[string]bool
	localAnon    map[string]bool
	keysImported bool
	// routeMethod is the HTTP method of the route whose guard is being
	// resolved, "" when none is: library middleware that skips
	// verification for GET requests still guards a DELETE route.
	routeMethod string
}

func newWorld(pass *analysis.Pass, pkg *ssa.Package) *world {
	return &world{
		pass:       pass,
		pkg:        pkg,
		summaries:  make(map[*ssa.Function]*Summary),
		flows:      make(map[*ssa.Function]*funcFlow),
		claims:     make(map[types.Type]bool),
		implKeys:   make(map[*types.Func]string),
		fullNames:  make(map[*types.Func]string),
		named:      make(map[string]*types.Named),
		keys:       make(map[string]keyKind),
		localKeys:  make(map[string]keyKind),
		anonKeys:   make(map[string]bool),
		localAnon:  make(map[string]bool),
		impls:      make(map[*types.Func]*Summary),
		ent:        make(map[*types.Package]bool),
		found:      make(map[*funcFlow][]finding),
		calledBack: make(map[ssa.CallInstruction]bool),
		writers:    make(map[types.Type]writerKind),
		handlers:   make(map[*ssa.Function]bool),
		imported:   make(map[*types.Func]*Summary),
		implsOf:    make(map[*types.Func][]*types.Func),
	}
}

// typeKey spells a named type as the knowledge tables do.
func typeKey(n *types.Named) string {
	obj := n.Origin().Obj()
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// isClaims reports whether values of t hold verified claims: a claims
// type of a JWT library, or a struct that embeds one.
func (w *world) isClaims(t types.Type) bool {
	if v, ok := w.claims[t]; ok {
		return v
	}
	w.claims[t] = false // cuts cycles through embedded pointers
	v := w.computeClaims(t)
	w.claims[t] = v
	return v
}

func (w *world) computeClaims(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if k := typeKey(n); knowledge.ClaimsTypes[k] || knowledge.ClaimsInterfaces[k] {
		return true
	}
	if st, ok := n.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if f := st.Field(i); f.Embedded() && w.isClaims(f.Type()) {
				return true
			}
		}
	}
	return w.implementsClaims(n)
}

// implementsClaims reports whether a type implements a JWT library's
// Claims interface with methods of its own.
func (w *world) implementsClaims(n *types.Named) bool {
	if types.IsInterface(n) {
		return false
	}
	for key := range knowledge.ClaimsInterfaces {
		iface := w.lookupNamed(key)
		if iface == nil {
			continue
		}
		it, ok := iface.Underlying().(*types.Interface)
		if ok && (types.Implements(n, it) || types.Implements(types.NewPointer(n), it)) {
			return true
		}
	}
	return false
}

// writerKind tells whether values of t write the response.
func (w *world) writerKind(t types.Type) writerKind {
	if k, ok := w.writers[t]; ok {
		return k
	}
	k := computeWriterKind(t)
	w.writers[t] = k
	return k
}

func computeWriterKind(t types.Type) writerKind {
	ctx, ok := knowledge.ResponseTypes[types.TypeString(t, nil)]
	switch {
	case !ok:
		return notWriter
	case ctx:
		return contextWriter
	}
	return streamWriter
}

// structOf returns the struct type that t is or points to, and its name.
func structOf(t types.Type) (*types.Struct, *types.Named) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	n, _ := types.Unalias(t).(*types.Named)
	return st, n
}

// constString returns the value of a string constant.
func constString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// isErrorOrBool reports whether t carries a verdict, not an identifier.
func isErrorOrBool(t types.Type) bool {
	if types.Identical(t, types.Universe.Lookup("error").Type()) {
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// isScalar reports whether t is a type an identifier is written in: a
// string, a number, a byte array such as uuid.UUID, or a slice of them
// (strings.Split's result).
func isScalar(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger|types.IsFloat) != 0
	case *types.Array:
		return isByte(u.Elem()) || isScalar(u.Elem())
	case *types.Slice:
		return isByte(u.Elem()) || isScalar(u.Elem())
	case *types.Interface:
		return u.Empty()
	}
	return false
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Uint8)
}

// reflectTag converts a struct tag for Lookup.
func reflectTag(tag string) reflect.StructTag { return reflect.StructTag(tag) }

// tagName is the name part of a tag value such as `uri:"id" binding:"required"`
// or `query:"owner,omitempty"`.
func tagName(v string) string {
	name, _, _ := strings.Cut(v, ",")
	return name
}
