package analyzer

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// returnPoint is a place where the function decides what it returns: a
// return instruction, or, in a function with defers, the block that
// stores the results into their slots before jumping to the shared return.
type returnPoint struct {
	b       *ssa.BasicBlock
	results []ssa.Value // nil where the block stores no value
}

// returnPoints lists the function's return points.
func (c *cover) returnPoints() []returnPoint {
	if c.rets != nil {
		return c.rets
	}
	c.rets = []returnPoint{}
	for _, b := range c.f.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		slots := resultSlots(ret)
		if slots == nil {
			c.rets = append(c.rets, returnPoint{b: b, results: ret.Results})
			continue
		}
		c.rets = append(c.rets, storedResults(slots)...)
	}
	return c.rets
}

// resultSlots returns the named results a return loads its results from,
// or nil when it returns values directly. A composite literal built in
// place (return Context{...}) and a local variable whose address was
// taken (return r after db.First(&r)) are loaded from allocs too, but
// are values: only the allocs of the result variables, named or not
// (a function with a defer returns through them), are slots.
func resultSlots(ret *ssa.Return) []*ssa.Alloc {
	if len(ret.Results) == 0 {
		return nil
	}
	names := ret.Parent().Signature.Results()
	slots := make([]*ssa.Alloc, len(ret.Results))
	for i, r := range ret.Results {
		load, ok := r.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			return nil
		}
		if slots[i], ok = load.X.(*ssa.Alloc); !ok {
			return nil
		}
		if v := names.At(i); slots[i].Comment != v.Name() || slots[i].Pos() != v.Pos() {
			return nil
		}
	}
	return slots
}

// storedResults groups the stores into result slots by block: each block
// that stores into a slot is one return statement of the source.
func storedResults(slots []*ssa.Alloc) []returnPoint {
	byBlock := make(map[*ssa.BasicBlock][]ssa.Value)
	var order []*ssa.BasicBlock
	for i, slot := range slots {
		for _, ref := range *slot.Referrers() {
			st, ok := ref.(*ssa.Store)
			if !ok || st.Addr != slot {
				continue
			}
			vals, seen := byBlock[st.Block()]
			if !seen {
				vals = make([]ssa.Value, len(slots))
				order = append(order, st.Block())
			}
			vals[i] = st.Val
			byBlock[st.Block()] = vals
		}
	}
	out := make([]returnPoint, 0, len(order))
	for _, b := range order {
		out = append(out, returnPoint{b: b, results: byBlock[b]})
	}
	return out
}
