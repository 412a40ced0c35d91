package analyzer

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// maxRounds bounds the fixed-point iteration over one function. Labels
// only grow, so rounds beyond the loop depth of real handlers add nothing.
const maxRounds = 8

// funcFlow is the value-flow analysis of one function: a label for every
// value, the memory it writes, the data accesses and response writes it
// makes. It is flow-insensitive; control flow is the business of cover.
type funcFlow struct {
	w        *world
	fn       *ssa.Function
	origins  []*origin
	originIx map[originID]int
	values   map[ssa.Value]*label
	mem      map[ssa.Value]*label
	// accessOf keeps the accesses of each call across rounds; slots
	// counts those made so far in this round.
	accessOf map[ssa.CallInstruction][]*access
	slots    map[ssa.CallInstruction]int
	// Filled in the last round only.
	accesses     []*access
	exposures    []*exposure
	readsSubject bool
	// readsAnon: the function reads a caller optional middleware stored,
	// who may be nobody.
	readsAnon bool
	// stores are the context keys the function stores the caller under.
	stores        []string
	authenticates bool
	// callbacks are the calls of functions the function receives or
	// captures (an adapter calling its callback).
	callbacks []callbackCall
	// storesPrincipal: the function hands the caller to later handlers.
	storesPrincipal bool
	collect         bool
	changed         bool
}

func newFuncFlow(w *world, fn *ssa.Function) *funcFlow {
	return &funcFlow{
		w:        w,
		fn:       fn,
		originIx: make(map[originID]int),
		values:   make(map[ssa.Value]*label),
		mem:      make(map[ssa.Value]*label),
		accessOf: make(map[ssa.CallInstruction][]*access),
	}
}

// run iterates to a fixed point. From the second round on it records
// accesses and exposures, and keeps those of the round that changed
// nothing.
func (f *funcFlow) run() {
	for i := range maxRounds {
		f.changed = false
		f.collect = i > 0
		f.accesses, f.exposures, f.callbacks = nil, nil, nil
		f.round()
		if f.collect && !f.changed {
			return
		}
	}
	f.collect = true
	f.accesses, f.exposures, f.callbacks = nil, nil, nil
	f.round()
}

func (f *funcFlow) round() {
	f.slots = make(map[ssa.CallInstruction]int)
	for _, b := range f.fn.Blocks {
		for _, instr := range b.Instrs {
			f.step(instr)
		}
	}
}

// intern returns the index of o, creating it on first sight.
func (f *funcFlow) intern(o *origin) int {
	k := originKey(o)
	if i, ok := f.originIx[k]; ok {
		return i
	}
	f.origins = append(f.origins, o)
	f.originIx[k] = len(f.origins) - 1
	return len(f.origins) - 1
}

func (f *funcFlow) set(v ssa.Value, l *label) {
	if !equal(f.values[v], l) {
		f.values[v] = l
		f.changed = true
	}
}

func (f *funcFlow) store(root ssa.Value, path []int, l *label) {
	if l.isEmpty() {
		return
	}
	old := f.mem[root]
	updated := old.storeAt(path, l)
	if !equal(old, updated) {
		f.mem[root] = updated
		f.changed = true
	}
}

// label returns the label of any value.
func (f *funcFlow) label(v ssa.Value) *label {
	switch v := v.(type) {
	case nil, *ssa.Const, *ssa.Function, *ssa.Builtin:
		return nil
	case *ssa.Parameter, *ssa.FreeVar:
		return f.read(v, nil)
	case *ssa.Alloc, *ssa.MakeMap, *ssa.MakeSlice, *ssa.Global:
		return f.mem[v]
	}
	return f.values[v]
}

// pathOf returns the memory root and field path that v reads or addresses.
func (f *funcFlow) pathOf(v ssa.Value) (ssa.Value, []int) {
	switch v := v.(type) {
	case *ssa.FieldAddr:
		r, p := f.pathOf(v.X)
		return r, appendPath(p, v.Field)
	case *ssa.Field:
		r, p := f.pathOf(v.X)
		return r, appendPath(p, v.Field)
	case *ssa.IndexAddr:
		return f.pathOf(v.X)
	case *ssa.Index:
		return f.pathOf(v.X)
	case *ssa.Slice:
		return f.pathOf(v.X)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return f.pathOf(v.X)
		}
	}
	return v, nil
}

func appendPath(p []int, i int) []int {
	return append(p[:len(p):len(p)], i)
}

// read returns what is known at path p below root.
func (f *funcFlow) read(root ssa.Value, p []int) *label {
	l := f.at(f.mem[root], p)
	switch root.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		return join(l, f.paramLabel(root, p))
	case *ssa.Alloc, *ssa.MakeMap, *ssa.MakeSlice, *ssa.Global:
		return l
	}
	return join(l, f.at(f.values[root], p))
}

// at returns the label at field path p within l: the field's own label
// joined with what was stored into its enclosing values as a whole. A
// parameter stored whole stands, at p, for that parameter's field p.
func (f *funcFlow) at(l *label, p []int) *label {
	var whole *label
	for d, i := range p {
		if l == nil {
			break
		}
		whole = join(whole, f.project(l.shallow(), p[d:]))
		l = l.fields[i]
	}
	return join(whole, l)
}

// maxPathDepth bounds the field paths of parameter origins. A value
// stored into a field of a value derived from itself (a loop over a
// DTO's slices) would otherwise deepen its paths every round (shiori's
// addHandler took seconds).
const maxPathDepth = 4

func pathDepth(path string) int {
	if path == "" {
		return 0
	}
	return strings.Count(path, ".") + 1
}

// project turns the parameter origins of l into those of the parameters'
// fields at path rest.
func (f *funcFlow) project(l *label, rest []int) *label {
	if l == nil || len(rest) == 0 {
		return l
	}
	var out originSet
	changed := false
	for _, i := range l.origins {
		o := f.origins[i]
		if o.kind != fromParam {
			out = out.add(i)
			continue
		}
		if pathDepth(o.path)+len(rest) > maxPathDepth {
			out = out.add(i) // the field as a whole: deeper paths only multiply origins
			continue
		}
		path := o.path
		if path != "" {
			path += "."
		}
		j := f.intern(&origin{kind: fromParam, param: o.param, path: path + pathString(rest)})
		out = out.add(j)
		changed = true
	}
	if !changed {
		return l
	}
	c := *l
	c.origins = out
	return &c
}

// labelAt returns the label of the value at field path p within v (or
// within what v points to).
func (f *funcFlow) labelAt(v ssa.Value, p []int) *label {
	root, base := f.pathOf(v)
	if root == v && len(base) == 0 {
		switch v.(type) {
		case *ssa.Parameter, *ssa.FreeVar, *ssa.Alloc, *ssa.MakeMap, *ssa.MakeSlice, *ssa.Global:
		default:
			return f.claimsAt(f.at(f.label(v), p), v.Type(), p)
		}
	}
	full := append(base[:len(base):len(base)], p...)
	l := f.read(root, full)
	if len(p) == 0 {
		l = join(l, f.label(v))
	}
	return f.claimsAt(l, v.Type(), p)
}

// claimsAt reads a field of a claims container at path p of a value of
// type t as claimField does: a callee's summary names the fields it reads
// by path (arg0.0), and the caller's value may hold the caller's claims.
func (f *funcFlow) claimsAt(l *label, t types.Type, p []int) *label {
	if l == nil || !l.claims || len(p) == 0 {
		return l
	}
	out := *l
	out.claims = false
	for _, i := range p {
		st, named := structOf(t)
		if st == nil || i >= st.NumFields() {
			return l
		}
		fv := st.Field(i)
		switch {
		case fv.Anonymous():
			t = fv.Type()
			continue
		case named != nil && f.w.isClaims(named) && knowledge.RegisteredClaimFields[fv.Name()]:
			return &out // the issuer or the token id is not the caller
		}
		return join(&out, f.readIdentity(l, &label{subject: true, scope: true}))
	}
	out.claims = true
	return &out
}

// paramIndex returns the position of a parameter or free variable among
// the function's inputs: parameters first (the receiver is parameter 0),
// then free variables.
func (f *funcFlow) paramIndex(v ssa.Value) int {
	for i, p := range f.fn.Params {
		if p == v {
			return i
		}
	}
	for i, fv := range f.fn.FreeVars {
		if fv == v {
			return len(f.fn.Params) + i
		}
	}
	return -1
}

// paramLabel is the label of an input of the function at field path p.
func (f *funcFlow) paramLabel(v ssa.Value, p []int) *label {
	i := f.paramIndex(v)
	if i < 0 {
		return nil
	}
	l := &label{origins: originSet{f.intern(&origin{kind: fromParam, param: i, path: pathString(p)})}}
	if len(p) == 0 {
		l.writer = f.w.writerKind(v.Type())
		l.claims = f.w.isClaims(v.Type())
	}
	return l
}

// step computes the label of one instruction.
func (f *funcFlow) step(instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Store:
		root, p := f.pathOf(in.Addr)
		f.store(root, p, f.label(in.Val))
	case *ssa.MapUpdate:
		root, p := f.pathOf(in.Map)
		f.store(root, p, f.label(in.Value).valueOnly())
	case *ssa.Call:
		f.set(in, f.call(in))
	case *ssa.Go:
		f.call(in)
	case *ssa.Defer:
		f.call(in)
	case ssa.Value:
		f.set(in, f.value(in))
	}
}

// value computes the label of a value-producing instruction other than a call.
func (f *funcFlow) value(v ssa.Value) *label {
	switch v := v.(type) {
	case *ssa.Phi:
		return f.phi(v)
	case *ssa.UnOp:
		if v.Op == token.MUL && isErrorOrBool(v.Type()) {
			return f.verdict(f.labelAt(v.X, nil))
		}
		if v.Op == token.MUL {
			return f.labelAt(v.X, nil)
		}
		return f.label(v.X).valueOnly()
	case *ssa.BinOp:
		return f.binOp(v)
	case *ssa.Convert, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.MakeInterface,
		*ssa.SliceToArrayPointer, *ssa.MultiConvert:
		return f.label(*v.(ssa.Instruction).Operands(nil)[0])
	case *ssa.TypeAssert:
		return f.typeAssert(v)
	case *ssa.FieldAddr:
		return join(f.labelAt(v, nil), f.claimField(v.X, v.Field), f.urlPath(v))
	case *ssa.Field:
		if isErrorOrBool(v.Type()) {
			return f.verdict(f.labelAt(v, nil))
		}
		return join(f.labelAt(v, nil), f.claimField(v.X, v.Field))
	case *ssa.IndexAddr, *ssa.Index, *ssa.Slice:
		return f.labelAt(v, nil)
	case *ssa.Lookup:
		return f.lookup(v)
	case *ssa.Extract:
		return f.extract(v)
	case *ssa.Next:
		l := f.label(v.Iter).flat()
		return &label{fields: map[int]*label{1: l, 2: l}}
	case *ssa.Range:
		return f.label(v.X)
	}
	return nil
}

// phi joins its edges; it is a scope only when every edge that is not a
// constant is one (owner := c.Query("owner"); if owner == "" { owner = sub }
// still lets the client choose).
func (f *funcFlow) phi(v *ssa.Phi) *label {
	var out *label
	scope := true
	for _, e := range v.Edges {
		if _, ok := e.(*ssa.Const); ok {
			continue
		}
		l := f.label(e)
		out = join(out, l)
		scope = scope && l != nil && l.scope
	}
	if out != nil && out.scope && !scope {
		c := *out
		c.scope = false
		out = &c
	}
	return out
}

// binOp passes arithmetic and string building on; a comparison yields a
// bool that identifies nothing.
func (f *funcFlow) binOp(v *ssa.BinOp) *label {
	switch v.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return nil
	}
	return join(f.label(v.X).valueOnly(), f.label(v.Y).valueOnly())
}

func (f *funcFlow) typeAssert(v *ssa.TypeAssert) *label {
	l := f.label(v.X)
	if f.w.isClaims(v.AssertedType) {
		l = join(l, f.readIdentity(l, &label{claims: true}))
	}
	if v.CommaOk {
		return &label{fields: map[int]*label{0: l}}
	}
	return l
}

func (f *funcFlow) extract(v *ssa.Extract) *label {
	l := f.label(v.Tuple)
	if l == nil {
		return nil
	}
	if len(l.fields) > 0 {
		l = l.fields[v.Index]
	}
	if isErrorOrBool(v.Type()) {
		return f.verdict(l)
	}
	return l
}

// lookup reads a map: a path parameter from mux.Vars, a claim from a
// claims map, or whatever was stored into the map.
func (f *funcFlow) lookup(v *ssa.Lookup) *label {
	m := f.label(v.X)
	var l *label
	switch {
	case m != nil && m.params != 0:
		key, _ := constString(v.Index)
		l = f.requestLabel(m.params, key, v.Pos(), "")
	case m != nil && m.claims || f.w.isClaims(v.X.Type()):
		l = f.claimKey(m, v.Index)
	default:
		l = m.flat()
	}
	if v.CommaOk {
		return &label{fields: map[int]*label{0: l}}
	}
	return l
}

// claimKey is the label of claims[key]: the subject unless key is a
// registered claim that does not identify the caller.
func (f *funcFlow) claimKey(claims *label, key ssa.Value) *label {
	sub := f.readIdentity(claims, &label{subject: true, scope: true})
	k, ok := constString(key)
	if ok && knowledge.RegisteredClaimKeys[k] {
		return nil
	}
	return sub
}

// readIdentity returns id, the subject or claims read from from: marked
// anonymous when from may be nobody's, and otherwise a sign that the
// function runs for an authenticated caller.
func (f *funcFlow) readIdentity(from, id *label) *label {
	if from != nil && from.anon {
		f.readsAnon = true
		out := *id
		out.anon = true
		return &out
	}
	f.readsSubject = true
	return id
}

// urlPath makes r.URL.Path a path source: services on routers without
// patterns, or behind http.StripPrefix, cut the id from it by hand.
func (f *funcFlow) urlPath(v *ssa.FieldAddr) *label {
	st, named := structOf(v.X.Type())
	if st == nil || named == nil || typeKey(named) != "net/url.URL" {
		return nil
	}
	if name := st.Field(v.Field).Name(); name != "Path" && name != "RawPath" {
		return nil
	}
	l := f.requestLabel(knowledge.Path, "", v.Pos(), "")
	f.origins[l.origins[0]].segment = true
	return l
}

// claimField is the label a field read adds when the struct holds claims:
// the subject for Subject and a custom claims type's own fields, a claims
// container for an embedded claims struct.
func (f *funcFlow) claimField(x ssa.Value, field int) *label {
	st, named := structOf(x.Type())
	if st == nil {
		return nil
	}
	jwtClaims := named != nil && f.w.isClaims(named)
	from := f.label(x)
	if !jwtClaims && (from == nil || !from.claims) {
		return nil
	}
	fv := st.Field(field)
	switch {
	case fv.Anonymous():
		return f.readIdentity(from, &label{claims: true})
	case jwtClaims && knowledge.RegisteredClaimFields[fv.Name()]:
		f.readIdentity(from, &label{})
		return nil // the issuer or the token id is not the caller
	}
	return f.readIdentity(from, &label{subject: true, scope: true})
}

// requestLabel is the label of a request parameter read at pos.
func (f *funcFlow) requestLabel(kind knowledge.SourceKind, key string, pos token.Pos, via string) *label {
	i := f.intern(&origin{kind: fromRequest, source: kind, key: key, pos: pos, via: via})
	return &label{origins: originSet{i}}
}
