package analyzer

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// isHandler reports whether fn has the signature of an HTTP handler of a
// supported framework: a named function, a method, a method value or a
// closure.
func isHandler(fn *ssa.Function) bool { return isHandlerSig(fn.Signature) }

// isHandlerSig reports whether a signature is a handler's.
func isHandlerSig(sig *types.Signature) bool {
	for _, shape := range knowledge.HandlerShapes {
		if tupleIs(sig.Params(), shape.Params) && tupleIs(sig.Results(), shape.Results) {
			return true
		}
	}
	return false
}

// tupleIs reports whether the types of tuple are spelled want.
func tupleIs(tuple *types.Tuple, want []string) bool {
	if tuple.Len() != len(want) {
		return false
	}
	for i, w := range want {
		if !typeIs(tuple.At(i).Type(), w) {
			return false
		}
	}
	return true
}

// typeIs reports whether t is spelled want, looking at the type's name
// before spelling it out.
func typeIs(t types.Type, want string) bool {
	name := want[strings.LastIndexAny(want, ".*")+1:]
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	switch b := types.Unalias(base).(type) {
	case *types.Named:
		if b.Obj().Name() != name {
			return false
		}
	case *types.Basic:
		if b.Name() != name {
			return false
		}
	}
	return types.TypeString(t, nil) == want
}

// finding is an access of a handler that no ownership check covers.
type finding struct {
	acc *access
	id  *origin
}

// findings returns the uncovered accesses of handler flow f, one per call.
func (w *world) findings(f *funcFlow) []finding {
	if found, ok := w.found[f]; ok {
		return found
	}
	c := newCover(f)
	var out []finding
	seen := make(map[ssa.CallInstruction]bool)
	for _, acc := range f.accesses {
		if seen[acc.call] || acc.open != "" || c.accessCovered(inHandler, acc) {
			continue // an open call is resolved where its implementation is wired
		}
		seen[acc.call] = true
		out = append(out, finding{acc: acc, id: c.firstChosen(acc)})
	}
	w.found[f] = out
	return out
}

// firstChosen returns the request parameter behind the access, looking
// through fetched objects to the id they were fetched by.
func (c *cover) firstChosen(acc *access) *origin {
	var fallback *origin
	for _, l := range acc.filters {
		for _, i := range c.chosen(inHandler, l) {
			o := c.rootOrigin(i, 0)
			if o.kind == fromRequest {
				return o
			}
			if fallback == nil {
				fallback = o
			}
		}
	}
	return fallback
}

func (c *cover) rootOrigin(i, depth int) *origin {
	o := c.f.origins[i]
	if o.kind != fromFetch || depth > maxCoverDepth {
		return o
	}
	for _, l := range o.access.filters {
		for _, j := range c.chosen(inHandler, l) {
			if r := c.rootOrigin(j, depth+1); r.kind == fromRequest {
				return r
			}
		}
	}
	return o
}
