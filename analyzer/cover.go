package analyzer

import (
	"go/constant"
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// Sides of an equality other than the origins of a function.
const (
	sideSubject = -1 // the authenticated subject
	sideData    = -2 // a value the client does not choose: stored data, a policy
	sideGrant   = -3 // a role or scope granted (paired with itself)
	sideAuth    = -4 // the caller authenticated (paired with itself)
)

// A pair says that two sides were found equal on an edge.
type pair struct{ a, b int }

var grant = pair{sideGrant, sideGrant}

// cover answers control-flow questions about one analysed function: can a
// point be reached from the entry without passing an edge on which an
// origin was found equal to the subject? It follows SSA's If edges, and
// reads a condition through ! and through the phis that && and || leave in
// the block that tests them, so `allowed := owner == sub || role != "x"`
// is judged edge by edge.
type cover struct {
	f     *funcFlow
	gens  map[edgeKey]edgeGen
	reach map[int]map[*ssa.BasicBlock]bool
	rets  []returnPoint
	// failures are the sentinel errors returned where checks fail.
	failures []string
	// fixed are free variables taken to hold a constant: the switch of
	// a middleware constructor, auth(required) with required true.
	fixed map[*ssa.FreeVar]bool
}

// edgeKey is the edge to successor succ of block b, entered from its
// predecessor number pred (-1 for the entry).
type edgeKey struct {
	b    *ssa.BasicBlock
	pred int
	succ int
}

type edgeGen struct {
	infeasible bool
	pairs      []pair
}

func newCover(f *funcFlow) *cover {
	return &cover{f: f, gens: make(map[edgeKey]edgeGen), reach: make(map[int]map[*ssa.BasicBlock]bool)}
}

// state is a block entered from its predecessor number pred.
type state struct {
	b    *ssa.BasicBlock
	pred int
}

// reachable returns the states reachable from the entry when edges whose
// pairs satisfy blocked are cut.
func (c *cover) reachable(blocked func([]pair) bool) map[state]bool {
	return c.reachableUntil(blocked, nil)
}

// reachableUntil is reachable, where nothing leaves the blocks in stops.
func (c *cover) reachableUntil(blocked func([]pair) bool, stops map[*ssa.BasicBlock]bool) map[state]bool {
	seen := make(map[state]bool)
	if len(c.f.fn.Blocks) == 0 {
		return seen
	}
	work := []state{{c.f.fn.Blocks[0], -1}}
	seen[work[0]] = true
	for len(work) > 0 {
		s := work[len(work)-1]
		work = work[:len(work)-1]
		if stops[s.b] {
			continue
		}
		for i, succ := range s.b.Succs {
			g := c.gen(edgeKey{s.b, s.pred, i})
			if g.infeasible || blocked(g.pairs) {
				continue
			}
			next := state{succ, predIndex(succ, s.b)}
			if !seen[next] {
				seen[next] = true
				work = append(work, next)
			}
		}
	}
	return seen
}

func predIndex(b, pred *ssa.BasicBlock) int {
	for i, p := range b.Preds {
		if p == pred {
			return i
		}
	}
	return -1
}

// reaches reports whether block b can be reached without passing an edge
// that covers origin a.
func (c *cover) reaches(b *ssa.BasicBlock, a int) bool {
	blocks, ok := c.reach[a]
	if !ok {
		blocks = make(map[*ssa.BasicBlock]bool)
		for s := range c.reachable(func(ps []pair) bool { return c.covers(ps, a, 0) }) {
			blocks[s.b] = true
		}
		c.reach[a] = blocks
	}
	return blocks[b]
}

// maxCoverDepth bounds the chains of fetched objects covers follows.
const maxCoverDepth = 4

// covers reports whether the pairs of an edge settle that origin a belongs
// to the caller: a was found equal to the subject, a role was granted, a
// was fetched by ids so settled, or a keyed the fetch of an object so
// settled.
func (c *cover) covers(ps []pair, a, depth int) bool {
	if depth > maxCoverDepth {
		return false
	}
	for _, p := range ps {
		if p == grant || p.a == a && p.b == sideSubject {
			return true
		}
		if p.b == sideSubject && p.a >= 0 && c.keyedBy(p.a, a) {
			return true
		}
	}
	o := c.f.origins[a]
	if o.kind != fromFetch {
		return false
	}
	if isScoped(o.access) {
		return true // fetched by a query the subject confines
	}
	for _, l := range o.access.filters {
		if l != nil && len(l.origins) > 0 && c.allCovered(ps, l.origins, depth+1) {
			return true
		}
	}
	return false
}

func (c *cover) allCovered(ps []pair, os originSet, depth int) bool {
	for _, o := range os {
		if !c.covers(ps, o, depth) {
			return false
		}
	}
	return true
}

// keyedBy reports whether origin obj is an object fetched with a among
// its filters.
func (c *cover) keyedBy(obj, a int) bool {
	o := c.f.origins[obj]
	if o.kind != fromFetch {
		return false
	}
	for _, l := range o.access.filters {
		if l != nil && l.origins.has(a) {
			return true
		}
	}
	return false
}

// gen returns what an edge establishes.
func (c *cover) gen(k edgeKey) edgeGen {
	if g, ok := c.gens[k]; ok {
		return g
	}
	var g edgeGen
	if ifi, ok := k.b.Instrs[len(k.b.Instrs)-1].(*ssa.If); ok {
		g = c.branch(ifi.Cond, k)
	}
	c.gens[k] = g
	return g
}

// branch works out the edge k of the If on cond.
func (c *cover) branch(cond ssa.Value, k edgeKey) edgeGen {
	leaf, positive, val, isConst := c.resolve(cond, k.b, k.pred)
	taken := k.succ == 0 // the true edge comes first
	if isConst {
		return edgeGen{infeasible: val != taken}
	}
	return edgeGen{pairs: c.facts(leaf, taken == positive)}
}

// resolve follows ! and same-block phis to the condition's leaf. It
// returns the leaf and whether the leaf is true when cond is, or the
// constant cond takes.
func (c *cover) resolve(cond ssa.Value, b *ssa.BasicBlock, pred int) (leaf ssa.Value, positive, val, isConst bool) {
	positive = true
	for range 16 {
		switch v := cond.(type) {
		case *ssa.UnOp:
			if fv, ok := v.X.(*ssa.FreeVar); ok && v.Op == token.MUL {
				if val, ok := c.fixed[fv]; ok {
					return nil, false, val == positive, true // a captured switch
				}
			}
			if v.Op != token.NOT {
				return cond, positive, false, false
			}
			cond, positive = v.X, !positive
			continue
		case *ssa.Phi:
			if v.Block() != b || pred < 0 {
				return cond, positive, false, false
			}
			cond = v.Edges[pred]
			continue
		case *ssa.Const:
			if v.Value != nil && v.Value.Kind() == constant.Bool {
				return nil, false, constant.BoolVal(v.Value) == positive, true
			}
		case *ssa.FreeVar:
			if val, ok := c.fixed[v]; ok {
				return nil, false, val == positive, true
			}
		}
		return cond, positive, false, false
	}
	return cond, positive, false, false
}

// facts returns the pairs that hold when v has the value truth.
func (c *cover) facts(v ssa.Value, truth bool) []pair {
	if ps := c.outcomeFacts(v, truth); ps != nil {
		return ps
	}
	// A guard's verdict can also report a verification (a role helper
	// verifies the token it reads the role from): both hold.
	return append(c.verifyFacts(v, truth), c.testFacts(v, truth)...)
}

// testFacts returns the pairs a comparison, a guard's verdict or a role
// flag establishes when v has the value truth.
func (c *cover) testFacts(v ssa.Value, truth bool) []pair {
	switch v := v.(type) {
	case *ssa.BinOp:
		if (v.Op == token.EQL) == truth && (v.Op == token.EQL || v.Op == token.NEQ) {
			if g := c.errorGuard(v); g != nil {
				return g
			}
			return c.equality(v.X, v.Y)
		}
	case *ssa.Call:
		return c.callFacts(v, truth)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok && truth {
			return c.guardFacts(call, v.Index)
		}
		if l, ok := v.Tuple.(*ssa.Lookup); ok && truth && v.Index == 1 {
			return c.lookupFacts(l)
		}
	case *ssa.Lookup:
		if truth {
			return c.lookupFacts(v)
		}
	}
	if truth && c.isRoleFlag(v) {
		return []pair{grant}
	}
	return nil
}

// isRoleFlag reports whether v is a role flag of the caller: a boolean
// field or claim named by a role word, of the claims or of the record the
// subject alone selected (u.IsAdmin, claims["admin"].(bool)).
func (c *cover) isRoleFlag(v ssa.Value) bool {
	if !isBool(v) {
		return false
	}
	name, holder := c.flag(v)
	if holder == nil || !holder.subject {
		return false
	}
	for _, w := range identWords(name) {
		if knowledge.RoleFlagWords[w] {
			return true
		}
	}
	return false
}

// flag returns the name of the field or claim v is read from, and the
// label of what holds it: booleans are labelled by what they report, not
// by where they come from.
func (c *cover) flag(v ssa.Value) (string, *label) {
	switch v := v.(type) {
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			if st, _ := structOf(fa.X.Type()); st != nil {
				return st.Field(fa.Field).Name(), c.f.label(fa).flat()
			}
		}
	case *ssa.Field:
		st, named := structOf(v.X.Type())
		if st == nil {
			return "", nil
		}
		l := c.f.label(v.X)
		if l != nil && l.fields[v.Field] != nil {
			l = l.fields[v.Field]
		}
		if named != nil && c.f.w.isClaims(named) || l != nil && l.claims {
			l = &label{subject: true}
		}
		return st.Field(v.Field).Name(), l.flat()
	case *ssa.TypeAssert:
		if l, ok := v.X.(*ssa.Lookup); ok {
			if key, ok := constString(l.Index); ok {
				return key, c.f.label(l).flat()
			}
		}
	case *ssa.Extract:
		if ta, ok := v.Tuple.(*ssa.TypeAssert); ok && v.Index == 0 {
			return c.flag(ta)
		}
	}
	return "", nil
}

// lookupFacts handles a grant looked up in a table: allowed[sub][obj] is
// true, or the key sub+":"+obj is present. Every key was found among the
// stored data, which relates them as a policy does.
func (c *cover) lookupFacts(l *ssa.Lookup) []pair {
	var out []pair
	for cur := l; cur != nil; {
		for _, s := range c.sides(c.f.label(cur.Index).flat()) {
			if s != sideData {
				out = append(out, pair{s, sideData})
			}
		}
		next, _ := cur.X.(*ssa.Lookup)
		cur = next
	}
	return c.relate(out)
}

// callFacts returns what a call returning truth establishes: a bool guard
// returned true, strings.EqualFold held, errors.Is(err, ...) of a guard's
// error was false.
func (c *cover) callFacts(call *ssa.Call, truth bool) []pair {
	t := c.f.w.resolve(call.Common())
	switch t.key {
	case "strings.EqualFold", "bytes.Equal":
		if truth && len(t.args) == 2 {
			return c.equality(t.args[0], t.args[1])
		}
		return nil
	case "errors.Is":
		if !truth && len(t.args) == 2 && c.isFailure(t.args[0], t.args[1]) {
			return c.errorValueFacts(t.args[0])
		}
		return nil
	}
	if truth {
		return c.guardFacts(call, 0)
	}
	return nil
}

// errorGuard handles err == nil where err comes from a guard.
func (c *cover) errorGuard(v *ssa.BinOp) []pair {
	if isNil(v.Y) {
		return c.errorValueFacts(v.X)
	}
	if isNil(v.X) {
		return c.errorValueFacts(v.Y)
	}
	return nil
}

func (c *cover) errorValueFacts(err ssa.Value) []pair {
	switch e := err.(type) {
	case *ssa.Call:
		return c.guardFacts(e, 0)
	case *ssa.Extract:
		if call, ok := e.Tuple.(*ssa.Call); ok {
			return c.guardFacts(call, e.Index)
		}
	}
	return []pair{}
}

// isFailure reports whether errors.Is(err, target) tests for the error a
// guard returns when its check fails: target is one of the sentinels its
// summary lists. errors.Is(err, context.Canceled) being false says nothing.
func (c *cover) isFailure(err, target ssa.Value) bool {
	call, ok := err.(*ssa.Call)
	if ex, isExtract := err.(*ssa.Extract); isExtract {
		call, ok = ex.Tuple.(*ssa.Call)
	}
	name := globalName(target)
	if !ok || name == "" {
		return false
	}
	s := c.f.w.summaryOf(c.f.w.resolve(call.Common()))
	return s != nil && slices.Contains(s.Failures, name)
}

// globalName names the package-level variable v loads, or "".
func globalName(v ssa.Value) string {
	load, ok := unwrapInterface(v).(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return ""
	}
	g, ok := load.X.(*ssa.Global)
	if !ok || g.Pkg == nil {
		return ""
	}
	return g.Pkg.Pkg.Path() + "." + g.Name()
}

func isNil(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.IsNil()
}

// equality returns the pairs x == y establishes. Against a non-empty
// constant a claim is a role or scope test; against other constants
// nothing is learnt (sub != "" only says a subject is present).
func (c *cover) equality(x, y ssa.Value) []pair {
	lx, ly := c.f.label(x).flat(), c.f.label(y).flat()
	if isGrantTest(lx, y) || isGrantTest(ly, x) {
		return []pair{grant}
	}
	if _, ok := x.(*ssa.Const); ok {
		return nil
	}
	if _, ok := y.(*ssa.Const); ok {
		return nil
	}
	var out []pair
	for _, a := range c.sides(lx) {
		for _, b := range c.sides(ly) {
			if a != b {
				out = append(out, pair{a, b}, pair{b, a})
			}
			out = append(out, c.keyPairs(a, b)...)
			out = append(out, c.keyPairs(b, a)...)
		}
	}
	return out
}

// keyPairs relates the parameters an object was fetched by to the
// parameter it was found equal to: a helper that loads a group by its
// parameter groupID and compares the group's owner with its parameter
// userID succeeds only when groupID names a group of userID's.
func (c *cover) keyPairs(obj, other int) []pair {
	if obj < 0 || other < 0 || c.f.origins[obj].kind != fromFetch || c.f.origins[other].kind != fromParam {
		return nil
	}
	var out []pair
	for _, l := range c.f.origins[obj].access.filters {
		for _, k := range l.originsOrNil() {
			if k != other && c.f.origins[k].kind == fromParam {
				out = append(out, pair{k, other}, pair{other, k})
			}
		}
	}
	return out
}

// isGrantTest reports whether comparing a claim labelled l with v tests a
// role: v is a non-empty constant.
func isGrantTest(l *label, v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	if !ok || l == nil || !l.subject || k.Value == nil {
		return false
	}
	if k.Value.Kind() == constant.String {
		return constant.StringVal(k.Value) != ""
	}
	return false
}

// sides lists what a compared value stands for.
func (c *cover) sides(l *label) []int {
	if l.isEmpty() {
		return []int{sideData}
	}
	out := append([]int(nil), l.origins...)
	if l.subject {
		out = append(out, sideSubject)
	}
	return out
}

// guardFacts maps the checks a callee's success implies onto this call.
// Comparisons against the same stored data relate their sides: a policy
// asked about (sub, obj) that answers yes relates obj to the subject.
func (c *cover) guardFacts(call *ssa.Call, result int) []pair {
	if idx, _ := signal(call.Common().Signature()); idx != result && call.Common().Signature().Results().Len() > 1 {
		return nil // ok, err := enforce(...): only ok decides
	}
	t := c.f.w.resolve(call.Common())
	if isAuthorizer(t.key) {
		return c.relate(c.dataPairs(t.operands))
	}
	s := c.f.w.summaryOf(t)
	if s == nil {
		return nil
	}
	var out []pair
	for _, chk := range s.Checks {
		for _, a := range c.refSides(call, t, chk.A) {
			for _, b := range c.refSides(call, t, chk.B) {
				if a == sideGrant || b == sideGrant {
					out = append(out, grant)
				} else if a != b {
					out = append(out, pair{a, b}, pair{b, a})
				}
			}
		}
	}
	return c.relate(out)
}

// dataPairs relates every argument of a policy call to its data.
func (c *cover) dataPairs(args []ssa.Value) []pair {
	var out []pair
	for _, a := range args {
		for _, e := range c.f.pointeesOrSelf(a) {
			for _, s := range c.sides(c.f.label(e).flat()) {
				if s != sideData {
					out = append(out, pair{s, sideData})
				}
			}
		}
	}
	return out
}

// relate closes the pairs of one guard call over data: a policy that is
// asked about the subject and an object, and answers yes only when it
// found both among its grants (sub ~ d, obj ~ d'), relates the object to
// the subject. d and d' are data the client does not choose: stored data,
// or a parameter such as the policy's receiver.
func (c *cover) relate(ps []pair) []pair {
	asked := false
	for _, p := range ps {
		asked = asked || p.a == sideSubject && c.isData(p.b)
	}
	if !asked {
		return ps
	}
	out := ps
	for _, p := range ps {
		if c.isData(p.b) && p.a >= 0 && !c.isData(p.a) {
			out = append(out, pair{p.a, sideSubject})
		}
	}
	return out
}

// isData reports whether a side is data no client chooses.
func (c *cover) isData(side int) bool {
	return side == sideData || side >= 0 && c.f.origins[side].kind == fromParam
}

func (c *cover) refSides(call *ssa.Call, t target, r Ref) []int {
	switch r.Param {
	case refSubject:
		return []int{sideSubject}
	case refData:
		return []int{sideData}
	case refGrant:
		return []int{sideGrant}
	}
	return c.sides(c.f.refLabel(call, t, r).flat())
}
