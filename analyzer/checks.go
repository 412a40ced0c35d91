package analyzer

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// successPoint is a return that may report success, with what its own
// result establishes (return owner == sub; return authorize(...)) for the
// predecessor it is entered from.
type successPoint struct {
	b  *ssa.BasicBlock
	at func(pred int) (extra []pair, success bool)
}

// checks infers what the function's success implies, the way CodeQL's Go
// barrier guards do: a parameter is checked when every path to a return
// that reports success passes an edge where it equals the subject (or a
// role was granted).
func (c *cover) checks() []Check {
	idx, isErr := signal(c.f.fn.Signature)
	if idx < 0 {
		return nil
	}
	points := c.successPoints(idx, isErr)
	if len(points) == 0 || c.holds(points, func([]pair) bool { return false }) {
		return nil // it never reports success: it proves nothing
	}
	var out []Check
	if c.holds(points, func(ps []pair) bool { return hasPair(ps, grant) }) {
		out = append(out, Check{A: Ref{Param: refGrant}, B: Ref{Param: refGrant}})
	}
	for i, o := range c.f.origins {
		if o.kind == fromParam && c.holds(points, func(ps []pair) bool { return c.covers(ps, i, 0) }) {
			out = append(out, Check{A: c.ref(i), B: Ref{Param: refSubject}})
		}
	}
	for _, p := range c.candidatePairs(points) {
		if c.holds(points, func(ps []pair) bool { return hasPair(ps, p) || hasPair(ps, grant) }) {
			out = append(out, Check{A: c.ref(p.a), B: c.ref(p.b)})
		}
	}
	return out
}

func (c *cover) ref(side int) Ref {
	switch side {
	case sideSubject:
		return Ref{Param: refSubject}
	case sideData:
		return Ref{Param: refData}
	}
	o := c.f.origins[side]
	return Ref{Param: o.param, Path: o.path}
}

func hasPair(ps []pair, p pair) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// holds reports whether every success point reachable with blocked edges
// cut is itself blocked by what its result establishes.
func (c *cover) holds(points []successPoint, blocked func([]pair) bool) bool {
	states := c.reachable(blocked)
	for _, p := range points {
		for s := range states {
			if s.b != p.b {
				continue
			}
			if extra, ok := p.at(s.pred); ok && !blocked(extra) {
				return false
			}
		}
	}
	return true
}

// candidatePairs are the pairs relating two parameters, or a parameter to
// stored data, anywhere in the function.
func (c *cover) candidatePairs(points []successPoint) []pair {
	seen := make(map[pair]bool)
	var out []pair
	add := func(ps []pair) {
		for _, p := range ps {
			if seen[p] || p.a < 0 || c.f.origins[p.a].kind != fromParam {
				continue
			}
			if p.b == sideData || p.b >= 0 && c.f.origins[p.b].kind == fromParam {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	for _, b := range c.f.fn.Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); !ok {
			continue
		}
		for pred := -1; pred < len(b.Preds); pred++ {
			add(c.gen(edgeKey{b, pred, 0}).pairs)
			add(c.gen(edgeKey{b, pred, 1}).pairs)
		}
	}
	for _, p := range points {
		for pred := -1; pred < len(p.b.Preds); pred++ {
			extra, _ := p.at(pred)
			add(extra)
		}
	}
	return out
}

// successPoints lists the returns that may report success through result
// idx, an error (isErr) or a bool.
func (c *cover) successPoints(idx int, isErr bool) []successPoint {
	var out []successPoint
	for _, rp := range c.returnPoints() {
		if idx >= len(rp.results) || rp.results[idx] == nil {
			continue
		}
		v, b := rp.results[idx], rp.b
		at := func(pred int) ([]pair, bool) {
			if isErr {
				return c.errorSuccess(v, b, pred)
			}
			return c.boolSuccess(v, b, pred)
		}
		out = append(out, successPoint{b: b, at: at})
	}
	return out
}

// boolSuccess: a returned bool reports success when true; a comparison or
// a guard's verdict establishes what it says.
func (c *cover) boolSuccess(v ssa.Value, b *ssa.BasicBlock, pred int) ([]pair, bool) {
	leaf, positive, val, isConst := c.resolve(v, b, pred)
	if isConst {
		return nil, val
	}
	return c.facts(leaf, positive), true
}

// errorSuccess: a returned error reports success when nil. An error built
// on the spot reports failure; a callee's error passes its verdict on.
func (c *cover) errorSuccess(v ssa.Value, b *ssa.BasicBlock, pred int) ([]pair, bool) {
	if phi, ok := v.(*ssa.Phi); ok && phi.Block() == b && pred >= 0 {
		v = phi.Edges[pred]
	}
	if name := globalName(v); name != "" {
		c.failures = appendString(c.failures, name)
		return nil, false
	}
	if isNonNilAt(v, b) {
		return nil, false // if err != nil { return err }
	}
	switch e := v.(type) {
	case *ssa.Const:
		return nil, e.IsNil()
	case *ssa.Call:
		if knowledge.ErrorConstructors[c.f.w.resolve(e.Common()).key] {
			for _, a := range e.Common().Args {
				if name := globalName(a); name != "" {
					c.failures = appendString(c.failures, name) // fmt.Errorf("%w", ErrForbidden)
				}
			}
			return nil, false
		}
		return c.guardFacts(e, 0), true
	case *ssa.Extract:
		if call, ok := e.Tuple.(*ssa.Call); ok {
			return c.guardFacts(call, e.Index), true
		}
		return nil, true
	case *ssa.Phi:
		return nil, true
	case *ssa.MakeInterface:
		return nil, false // a concrete error value
	}
	return nil, true // an error read from elsewhere (gorm's .Error) may be nil
}

// isNonNilAt reports whether block b is entered only through the edge on
// which v was found non-nil, by way of blocks with one predecessor.
func isNonNilAt(v ssa.Value, b *ssa.BasicBlock) bool {
	for range maxRouteDepth {
		if len(b.Preds) != 1 {
			return false
		}
		p := b.Preds[0]
		if ifi, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If); ok {
			cmp, ok := ifi.Cond.(*ssa.BinOp)
			if !ok || !(cmp.X == v && isNil(cmp.Y) || cmp.Y == v && isNil(cmp.X)) {
				return false
			}
			return cmp.Op == token.NEQ && p.Succs[0] == b || cmp.Op == token.EQL && p.Succs[1] == b
		}
		b = p
	}
	return false
}

// appendString adds s to a sorted set.
func appendString(ss []string, s string) []string {
	i, found := slices.BinarySearch(ss, s)
	if found {
		return ss
	}
	return slices.Insert(ss, i, s)
}
