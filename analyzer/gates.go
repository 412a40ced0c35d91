package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// Middleware authenticates when it runs the handler behind it only after
// a verification succeeded, and authorizes when it runs it only after a
// role was granted. A wrapper that verifies a token to let admins skip a
// rate limit, and runs the handler for everyone else too, does neither.

// verified adds, to the error and bool results of a call that verifies a
// token, the mark that their success means the caller is authenticated.
func (f *funcFlow) verified(instr ssa.CallInstruction, l *label) *label {
	mark := &label{origins: originSet{f.intern(&origin{kind: fromVerify, pos: instr.Pos()})}}
	tuple := instr.Common().Signature().Results()
	if tuple.Len() == 1 {
		if isErrorOrBool(tuple.At(0).Type()) {
			return join(l, mark)
		}
		return l
	}
	out := &label{fields: make(map[int]*label)}
	if l != nil {
		for k, v := range l.fields {
			out.fields[k] = v
		}
	}
	for i := range tuple.Len() {
		if isErrorOrBool(tuple.At(i).Type()) {
			out.fields[i] = join(out.fields[i], mark)
		}
	}
	return out
}

// authenticatingCallee reports whether calling t verifies a token.
func (f *funcFlow) authenticatingCallee(t target) bool {
	s := f.w.summaryOf(t)
	return s != nil && s.Authenticates
}

var (
	authenticated = pair{sideAuth, sideAuth}
)

// verifyFacts handles the success test of a verification: err == nil,
// ok. It returns nil when v is no such test.
func (c *cover) verifyFacts(v ssa.Value, truth bool) []pair {
	tested, success, ok := c.outcomeTest(v, truth)
	if !ok || !success {
		return nil
	}
	for _, i := range c.f.label(tested).originsOrNil() {
		if c.f.origins[i].kind == fromVerify {
			return []pair{authenticated}
		}
	}
	return nil
}

// gates reports whether every way the function runs the handler behind
// it is reached only after a verification succeeded, and only after a
// role was granted; optional reports that it verifies a token yet runs
// the handler without one. A function that runs no handler gates
// nothing.
func (c *cover) gates() (auth, grants, optional bool) {
	runs, stops := c.chainPoints()
	if len(runs) == 0 {
		return false, false, false
	}
	blockedBy := func(p pair) bool {
		for s := range c.reachableUntil(func(ps []pair) bool { return hasPair(ps, p) }, stops) {
			if runs[s.b] && !stops[s.b] {
				return false
			}
		}
		return true
	}
	auth = blockedBy(authenticated)
	verifies := c.verifies()
	if !auth && !verifies && c.f.storesPrincipal {
		auth = true // a session middleware: it hands the caller it found to the handler
	}
	return auth, blockedBy(grant), !auth && verifies
}

// chainPoints returns the blocks where the function runs the handler
// behind it (calls it or the framework's Next; in gin, returns) and the
// blocks where it aborts the chain.
func (c *cover) chainPoints() (runs, stops map[*ssa.BasicBlock]bool) {
	onReturn := false
	for _, p := range c.f.fn.Params {
		onReturn = onReturn || knowledge.ChainsOnReturn[types.TypeString(p.Type(), nil)]
	}
	runs, stops = make(map[*ssa.BasicBlock]bool), make(map[*ssa.BasicBlock]bool)
	for _, b := range c.f.fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case ssa.CallInstruction:
				if c.f.w.isNextCall(instr) {
					runs[b] = true
				}
				if knowledge.AbortCalls[c.f.w.resolve(instr.Common()).key] {
					stops[b] = true
				}
			case *ssa.Return:
				if onReturn {
					runs[b] = true
				}
			}
		}
	}
	return runs, stops
}

// switches finds the boolean free variables that decide whether the
// middleware gates: auth(required) returns a closure that refuses callers
// without a token only when required is true.
func (c *cover) switches() []Switch {
	var out []Switch
	for i, fv := range c.f.fn.FreeVars {
		if !isBoolVar(fv) {
			continue
		}
		var gated [2]bool
		for v := range 2 {
			fixed := newCover(c.f)
			fixed.fixed = map[*ssa.FreeVar]bool{fv: v == 1}
			gated[v], _, _ = fixed.gates()
		}
		if gated[0] != gated[1] {
			out = append(out, Switch{Param: len(c.f.fn.Params) + i, Value: gated[1]})
		}
	}
	return out
}

// verifies reports whether the function tests any verification.
func (c *cover) verifies() bool {
	for _, o := range c.f.origins {
		if o.kind == fromVerify {
			return true
		}
	}
	return false
}

// isBoolVar reports whether a free variable holds a bool, captured by
// value or, as closures capture parameters, by reference.
func isBoolVar(fv *ssa.FreeVar) bool {
	t := fv.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return types.Identical(t.Underlying(), types.Typ[types.Bool])
}

// isNextCall reports whether call runs the handler a middleware wraps: a
// function or http.Handler it receives or captures, or the framework's
// Next.
func (w *world) isNextCall(call ssa.CallInstruction) bool {
	c := call.Common()
	if knowledge.NextCalls[w.resolve(c).key] {
		return true
	}
	if c.IsInvoke() {
		return c.Method.Name() == "ServeHTTP" && isInput(c.Value)
	}
	_, isFunc := c.Value.Type().Underlying().(*types.Signature)
	return isFunc && isInput(c.Value)
}

// isInput reports whether v is a parameter or captured variable of the
// function, or converted from one.
func isInput(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		return true
	case *ssa.UnOp:
		return v.Op == token.MUL && isInput(v.X)
	case *ssa.ChangeType:
		return isInput(v.X)
	case *ssa.MakeInterface:
		return isInput(v.X)
	}
	return false
}
