package analyzer

import (
	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// scope tells which origins stand for an identifier someone else chose.
type scope uint8

const (
	// inHandler: the client chose path, query and form values, and objects
	// fetched by them.
	inHandler scope = iota
	// inCallee: the callers also choose the parameters.
	inCallee
)

// chosen returns the origins of l that scope s counts as chosen by
// someone other than the caller.
func (c *cover) chosen(s scope, l *label) originSet {
	if l == nil {
		return nil
	}
	var out originSet
	for _, i := range l.origins {
		switch c.f.origins[i].kind {
		case fromRequest, fromFetch:
			out = append(out, i)
		case fromParam:
			if s == inCallee {
				out = append(out, i)
			}
		}
	}
	return out
}

// isCandidate reports whether some filter of acc derives from a chosen
// identifier.
func (c *cover) isCandidate(s scope, acc *access) bool {
	for _, l := range acc.filters {
		if len(c.chosen(s, l)) > 0 {
			return true
		}
	}
	return false
}

// isScoped reports whether the subject confines acc.
func isScoped(acc *access) bool {
	for _, l := range acc.filters {
		if l != nil && l.scope {
			return true
		}
	}
	return false
}

// accessCovered reports whether an ownership check covers acc: it is
// scoped by the subject; or on every path to it, the chosen ids of one of
// its filters were settled; or it only reads and whatever it fetched is
// settled before it reaches the response (or the caller, inCallee).
func (c *cover) accessCovered(s scope, acc *access) bool {
	return c.status(s, acc) != statusUnchecked
}

// status says how acc is checked, or that it is not.
func (c *cover) status(s scope, acc *access) string {
	switch {
	case !c.isCandidate(s, acc):
		return statusNoID
	case isScoped(acc):
		return statusScoped
	case c.guardedAt(s, acc, acc.call.Block()):
		return statusGuarded
	case acc.op != knowledge.Read || acc.fetched < 0:
		return statusUnchecked
	}
	exposed := c.exposedAt(s, acc.fetched)
	for _, b := range exposed {
		if c.reaches(b, acc.fetched) {
			return statusUnchecked
		}
	}
	if len(exposed) == 0 {
		return statusUnexposed
	}
	return statusAfter
}

// guardedAt reports whether every path to block b settles all chosen ids
// of one of acc's filters.
func (c *cover) guardedAt(s scope, acc *access, b *ssa.BasicBlock) bool {
	for _, l := range acc.filters {
		ids := c.chosen(s, l)
		if len(ids) == 0 {
			continue
		}
		settled := true
		for _, a := range ids {
			if c.reaches(b, a) {
				settled = false
				break
			}
		}
		if settled {
			return true
		}
	}
	return false
}

// exposedAt returns the blocks where the objects of origin o are written
// to the response, or returned to the caller (inCallee).
func (c *cover) exposedAt(s scope, o int) []*ssa.BasicBlock {
	var out []*ssa.BasicBlock
	for _, e := range c.f.exposures {
		if e.origins.has(o) {
			out = append(out, e.instr.Block())
		}
	}
	if s == inCallee {
		for _, rp := range c.returnPoints() {
			if c.returns(rp, o) {
				out = append(out, rp.b)
			}
		}
	}
	return out
}

// returns reports whether rp hands objects of origin o to the caller.
func (c *cover) returns(rp returnPoint, o int) bool {
	for _, r := range rp.results {
		if l := c.f.label(r).flat(); l != nil && l.origins.has(o) {
			return true
		}
	}
	return false
}
