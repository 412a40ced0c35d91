package analyzer

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/internal/sqltext"
	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// maxChain bounds the walk back along a query builder's receivers.
const maxChain = 32

// sinkCall records a driver call and returns the label of what it fetches.
func (f *funcFlow) sinkCall(instr ssa.CallInstruction, t target, s knowledge.Sink) *label {
	acc := f.nextAccess(instr)
	acc.op, acc.filters = f.sinkFilters(t, s)
	acc.chain = []string{displayName(t.obj, false)}
	acc.notFound = singleFetch(t, s)
	if f.collect {
		f.accesses = append(f.accesses, acc)
	}
	res := f.fetchedLabel(acc)
	if s.Dest != knowledge.None && s.Dest < len(t.args) {
		f.storeThrough(t.args[s.Dest], res)
	}
	return f.results(instr.Common(), func(rt types.Type) *label {
		if isErrorOrBool(rt) {
			return f.outcomeOf(acc)
		}
		return res
	})
}

// outcomeOf is the label of a value that reports whether acc found or
// changed anything.
func (f *funcFlow) outcomeOf(acc *access) *label {
	return &label{origins: originSet{f.intern(&origin{kind: fromOutcome, access: acc})}}
}

// verdict turns what l says of fetched objects into what it says of the
// accesses' outcomes: an error or a flag read from a result reports
// whether the access found anything.
func (f *funcFlow) verdict(l *label) *label {
	if l == nil {
		return nil
	}
	var out *label
	for _, i := range l.origins {
		switch o := f.origins[i]; o.kind {
		case fromFetch:
			out = join(out, f.outcomeOf(o.access))
		case fromOutcome, fromVerify:
			out = join(out, &label{origins: originSet{i}})
		}
	}
	return out
}

// singleFetch names the not-found error of a call that fetches one
// object, or returns "". gorm's Find is one only into a struct.
func singleFetch(t target, s knowledge.Sink) string {
	nf := knowledge.SingleFetches[t.key]
	if nf == knowledge.RowsAffectedOnly {
		if s.Dest >= len(t.args) {
			return ""
		}
		if st, _ := structOf(unwrapInterface(t.args[s.Dest]).Type()); st == nil {
			return "" // a slice: an empty list is a fine answer
		}
	}
	return nf
}

// nextAccess returns the access the next data access of call instr is
// recorded as: the n-th access a call makes in a round is the same object
// in every round.
func (f *funcFlow) nextAccess(instr ssa.CallInstruction) *access {
	i := f.slots[instr]
	f.slots[instr] = i + 1
	accs := f.accessOf[instr]
	for len(accs) <= i {
		accs = append(accs, &access{call: instr, fetched: -1})
	}
	f.accessOf[instr] = accs
	return accs[i]
}

// fetchedLabel is the label of the objects acc returns. Objects fetched by
// a query the subject alone confines are the caller's own: their fields
// stand for the subject. Other objects carry a fetched origin that a later
// comparison with the subject can cover.
func (f *funcFlow) fetchedLabel(acc *access) *label {
	acc.fetched = f.intern(&origin{kind: fromFetch, access: acc})
	l := &label{origins: originSet{acc.fetched}}
	if f.trusted(acc) {
		l.subject, l.scope = true, true
		l.anon = anonFilters(acc)
	}
	return l
}

// anonFilters reports whether the identity that confines acc may be
// nobody's: the caller's own record, loaded by a caller optional
// middleware stored, is nobody's when the caller is.
func anonFilters(acc *access) bool {
	anon := false
	for _, l := range acc.filters {
		if l != nil && l.identity() {
			if !l.anon {
				return false
			}
			anon = true
		}
	}
	return anon
}

// trusted reports whether acc is confined by the subject and by nothing
// the client or a caller chooses: its filters derive from the subject
// and from objects so fetched.
func (f *funcFlow) trusted(acc *access) bool {
	if !isScoped(acc) {
		return false
	}
	for _, l := range acc.filters {
		for _, i := range l.originsOrNil() {
			o := f.origins[i]
			if o.kind != fromFetch || o.access == acc || !f.trusted(o.access) {
				return false
			}
		}
	}
	return true
}

// sinkFilters works out what selects the objects of a driver call and
// whether it reads or writes them.
func (f *funcFlow) sinkFilters(t target, s knowledge.Sink) (knowledge.Op, []*label) {
	op := s.Op
	var filters []*label
	var stmt *sqltext.Statement
	if s.Chain && t.recv != nil {
		var chainStmt *sqltext.Statement
		filters, chainStmt = f.chainFilters(t.recv, make(map[ssa.Value]bool))
		stmt = chainStmt
	}
	if s.Query != knowledge.None && s.Query < len(t.args) {
		stmt = sqlText(t.args[s.Query])
	}
	if stmt != nil {
		switch stmt.Op() {
		case sqltext.OpRead:
			op = knowledge.Read
		case sqltext.OpWrite:
			op = knowledge.Write
		}
	}
	if s.Chain && t.recv != nil && f.chainWrites(t.recv, 0) {
		op = knowledge.Write
	}
	filters = append(filters, f.bindFilters(t.args, s.Args, stmt)...)
	filters = append(filters, f.namedFilters(t.args, s.Named, stmt)...)
	for _, i := range s.Filters {
		if i < len(t.args) {
			filters = append(filters, f.labelAt(t.args[i], nil).flat())
		}
	}
	for _, i := range s.Models {
		if i < len(t.args) {
			filters = append(filters, f.modelKey(t.args[i]))
		}
	}
	if s.FiltersFrom != knowledge.None {
		filters = append(filters, f.variadicLabels(t.args, s.FiltersFrom)...)
	}
	return op, filters
}

// bindFilters returns the labels of the bind arguments from index from
// that select rows: all of them when the SQL text is unknown.
func (f *funcFlow) bindFilters(args []ssa.Value, from int, stmt *sqltext.Statement) []*label {
	if from == knowledge.None || from >= len(args) {
		return nil
	}
	elems := f.variadicValues(args, from)
	if elems == nil {
		return f.variadicLabels(args, from)
	}
	if len(elems) == 1 && isNamedArgs(elems[0].Type()) {
		return f.namedMapFilters(elems[0], stmt) // pgx.NamedArgs{"id": id}
	}
	var out []*label
	for i, e := range elems {
		if isFilterArg(stmt, i) {
			out = append(out, f.label(e))
		}
	}
	return out
}

// isNamedArgs reports whether t maps parameter names to values.
func isNamedArgs(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	if !ok {
		return false
	}
	k, ok := m.Key().Underlying().(*types.Basic)
	return ok && k.Info()&types.IsString != 0
}

// namedMapFilters returns the values of a map literal of named parameters
// whose names the SQL text uses as filters; the whole map when either is
// unknown.
func (f *funcFlow) namedMapFilters(v ssa.Value, stmt *sqltext.Statement) []*label {
	root, _ := f.pathOf(unwrapInterface(v))
	mm, ok := root.(*ssa.MakeMap)
	if !ok || stmt == nil || stmt.Op() == sqltext.OpUnknown {
		return []*label{f.labelAt(v, nil).flat()}
	}
	var out []*label
	for _, ref := range *mm.Referrers() {
		up, ok := ref.(*ssa.MapUpdate)
		if !ok {
			continue
		}
		key, ok := constString(up.Key)
		if !ok || stmt.NamedRole(key) == sqltext.RoleFilter {
			out = append(out, f.label(up.Value).flat())
		}
	}
	return out
}

// modelKey is what selects the object a model value stands for: what was
// stored into the value as a whole (the object fetched into it) and its
// primary key field (ID, or tagged primaryKey). Its other fields are
// written, not matched.
func (f *funcFlow) modelKey(arg ssa.Value) *label {
	arg = unwrapInterface(arg)
	st, _ := structOf(arg.Type())
	if st == nil {
		l := f.labelAt(arg, nil).flat()
		if l != nil && len(l.origins) > 0 {
			c := *l
			c.model = true // the caller knows the type, and its key
			l = &c
		}
		return l
	}
	l := f.labelAt(arg, nil).shallow()
	for _, p := range primaryKeyPaths(st) {
		l = join(l, f.labelAt(arg, p).flat())
	}
	return l
}

// primaryKeyPaths returns the field paths of a model's primary key: ID, a
// field tagged primaryKey, or those of an embedded struct (gorm.Model).
func primaryKeyPaths(st *types.Struct) [][]int {
	var out [][]int
	for i := range st.NumFields() {
		fld := st.Field(i)
		tag := strings.ToLower(reflectTag(st.Tag(i)).Get("gorm"))
		switch {
		case fld.Name() == "ID" || strings.Contains(tag, "primarykey") || strings.Contains(tag, "primary_key"):
			out = append(out, []int{i})
		case fld.Embedded():
			if inner, _ := structOf(fld.Type()); inner != nil {
				for _, p := range primaryKeyPaths(inner) {
					out = append(out, append([]int{i}, p...))
				}
			}
		}
	}
	return out
}

// isFilterArg reports whether bind argument i selects rows: when the SQL
// text says so, or when the text is unknown.
func isFilterArg(stmt *sqltext.Statement, i int) bool {
	if stmt == nil || stmt.Op() == sqltext.OpUnknown {
		return true
	}
	return stmt.ArgRole(i) == sqltext.RoleFilter
}

// namedFilters returns the fields of a named-parameter argument (sqlx
// NamedExec) that select rows, matched by their db tag.
func (f *funcFlow) namedFilters(args []ssa.Value, i int, stmt *sqltext.Statement) []*label {
	if i == knowledge.None || i >= len(args) {
		return nil
	}
	arg := unwrapInterface(args[i])
	if isNamedArgs(arg.Type()) {
		return f.namedMapFilters(arg, stmt)
	}
	st, _ := structOf(arg.Type())
	if st == nil || stmt == nil || stmt.Op() == sqltext.OpUnknown {
		return []*label{f.labelAt(arg, nil)}
	}
	var out []*label
	for j := range st.NumFields() {
		name, ok := reflectTag(st.Tag(j)).Lookup("db")
		if !ok {
			name = strings.ToLower(st.Field(j).Name())
		}
		if stmt.NamedRole(tagName(name)) == sqltext.RoleFilter {
			out = append(out, f.labelAt(arg, []int{j}))
		}
	}
	return out
}

// variadicValues returns the values passed in the variadic tail that
// starts at args[from], or nil when they cannot be told apart.
func (f *funcFlow) variadicValues(args []ssa.Value, from int) []ssa.Value {
	if from != len(args)-1 {
		return args[from:]
	}
	last := args[from]
	if _, ok := last.Type().Underlying().(*types.Slice); !ok {
		return args[from:]
	}
	if c, ok := last.(*ssa.Const); ok && c.IsNil() {
		return []ssa.Value{}
	}
	if s, ok := last.(*ssa.Slice); ok {
		if elems, ok := varargs(s); ok {
			return elems
		}
	}
	return nil
}

// variadicLabels returns a label per value of the tail, or the label of the
// whole slice when its elements are unknown.
func (f *funcFlow) variadicLabels(args []ssa.Value, from int) []*label {
	if from >= len(args) {
		return nil
	}
	elems := f.variadicValues(args, from)
	if elems == nil {
		return []*label{f.labelAt(args[from], nil).flat()}
	}
	var out []*label
	for _, e := range elems {
		out = append(out, f.labelAt(e, nil).flat())
	}
	return out
}

// varargs returns the elements of the slice the compiler builds for a
// variadic call, in order.
func varargs(s *ssa.Slice) ([]ssa.Value, bool) {
	arr, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	var elems []ssa.Value
	for _, ref := range *arr.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil, false
		}
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				n := int(idx.Int64())
				for len(elems) <= n {
					elems = append(elems, nil)
				}
				elems[n] = unwrapInterface(st.Val)
			}
		}
	}
	for _, e := range elems {
		if e == nil {
			return nil, false
		}
	}
	return elems, true
}

// unwrapInterface returns the concrete value boxed into an interface.
func unwrapInterface(v ssa.Value) ssa.Value {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X
	}
	return v
}

// chainFilters collects the conditions a query builder was given before
// the sink: gorm's db.Where("owner_id = ?", sub).First(&it, id).
func (f *funcFlow) chainFilters(v ssa.Value, seen map[ssa.Value]bool) ([]*label, *sqltext.Statement) {
	if seen[v] || len(seen) > maxChain {
		return nil, nil
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Call:
		t := f.w.resolve(v.Common())
		ch, ok := knowledge.Chains[t.key]
		if !ok || t.recv == nil {
			return f.calleeScopes(t), nil
		}
		filters, stmt := f.chainFilters(t.recv, seen)
		return f.chainStep(t, ch, filters, stmt)
	case *ssa.Phi:
		var filters []*label
		var stmt *sqltext.Statement
		for _, e := range v.Edges {
			fs, s := f.chainFilters(e, seen)
			filters = append(filters, fs...)
			if s != nil {
				stmt = s
			}
		}
		return filters, stmt
	}
	return nil, nil
}

// chainWrites reports whether a step of the builder chain ending in v
// makes its read a write (gorm's Assign before FirstOrCreate).
func (f *funcFlow) chainWrites(v ssa.Value, depth int) bool {
	call, ok := v.(*ssa.Call)
	if !ok || depth > maxChain {
		return false
	}
	t := f.w.resolve(call.Common())
	ch, ok := knowledge.Chains[t.key]
	if !ok || t.recv == nil {
		return false
	}
	return ch.Writes || f.chainWrites(t.recv, depth+1)
}

// calleeScopes returns the conditions a function of the analysed code
// put on the builder it returns: r.owned(ctx, sub).First(&n, id).
func (f *funcFlow) calleeScopes(t target) []*label {
	s := f.w.summaryOf(t)
	if s == nil {
		return nil
	}
	var out []*label
	for _, flt := range s.Scopes {
		out = append(out, f.filterLabel(nil, t, flt))
	}
	return out
}

// chainStep adds the conditions of one builder call.
func (f *funcFlow) chainStep(t target, ch knowledge.Chained, filters []*label, stmt *sqltext.Statement) ([]*label, *sqltext.Statement) {
	var own []*label
	for _, i := range ch.Filters {
		if i < len(t.args) {
			own = append(own, f.labelAt(t.args[i], nil))
		}
	}
	if ch.FiltersFrom != knowledge.None {
		own = append(own, f.variadicLabels(t.args, ch.FiltersFrom)...)
	}
	for _, i := range ch.Models {
		if i < len(t.args) {
			own = append(own, f.modelKey(t.args[i]))
		}
	}
	if ch.Scopes {
		for _, scope := range variadicOf(t.args, 0) {
			own = append(own, f.scopeFilters(scope)...)
		}
	}
	if ch.Query != knowledge.None && ch.Query < len(t.args) {
		stmt = sqlText(t.args[ch.Query])
		own = append(own, f.bindFilters(t.args, ch.Args, stmt)...)
	}
	for _, l := range own {
		if ch.Weakens && l != nil && l.scope {
			c := *l
			c.scope = false
			l = &c
		}
		filters = append(filters, l)
	}
	return filters, stmt
}

// sqlText parses the SQL text v holds when it is a constant.
func sqlText(v ssa.Value) *sqltext.Statement {
	s, ok := constString(v)
	if !ok {
		return nil
	}
	stmt := sqltext.Parse(s)
	return &stmt
}

// displayName names a function for a message: "(*sql.DB).QueryRowContext"
// for a driver, "store.(*Repo).GetFile" with the package for the analysed
// code.
func displayName(obj *types.Func, withPkg bool) string {
	if obj == nil {
		return "a function value"
	}
	qual := func(p *types.Package) string { return p.Name() }
	prefix := ""
	if withPkg && obj.Pkg() != nil {
		own := obj.Pkg()
		qual = func(p *types.Package) string {
			if p == own {
				return ""
			}
			return p.Name()
		}
		prefix = own.Name() + "."
	}
	recv := obj.Type().(*types.Signature).Recv()
	if recv != nil {
		if n, ok := types.Unalias(recv.Type()).(*types.Named); ok {
			if alias, ok := knowledge.DisplayReceivers[typeKey(n)]; ok {
				return "(" + alias + ")." + obj.Name()
			}
		}
	}
	switch {
	case recv != nil:
		return prefix + "(" + types.TypeString(recv.Type(), qual) + ")." + obj.Name()
	case obj.Pkg() != nil:
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Name()
}
