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

// gates reports whether every call the function makes to the handler
// behind it is reached only after a verification succeeded, and only
// after a role was granted; optional reports that it verifies a token yet
// runs the handler without one. A function that calls no handler gates
// nothing.
func (c *cover) gates() (auth, grants, optional bool) {
	var nexts []*ssa.BasicBlock
	for _, b := range c.f.fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && c.f.w.isNextCall(call) {
				nexts = append(nexts, b)
			}
		}
	}
	if len(nexts) == 0 {
		return false, false, false
	}
	blockedBy := func(p pair) bool {
		states := c.reachable(func(ps []pair) bool { return hasPair(ps, p) })
		for s := range states {
			for _, b := range nexts {
				if s.b == b {
					return false
				}
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

// verifies reports whether the function tests any verification.
func (c *cover) verifies() bool {
	for _, o := range c.f.origins {
		if o.kind == fromVerify {
			return true
		}
	}
	return false
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
