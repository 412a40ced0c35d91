package analyzer

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// scopeFilters returns the conditions a scope function adds to the query
// it is applied to: ownedBy(sub) in db.Scopes(ownedBy(sub)).First(&n, id).
func (f *funcFlow) scopeFilters(v ssa.Value) []*label {
	var t target
	switch v := v.(type) {
	case *ssa.MakeClosure:
		fn, _ := v.Fn.(*ssa.Function)
		t = target{fn: fn, operands: closureOperands(fn, v.Bindings)}
	case *ssa.Function:
		t = target{fn: v, operands: make([]ssa.Value, len(v.Params))}
	case *ssa.Call:
		t = f.w.resolve(v.Common())
	default:
		return nil
	}
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

// closureOperands are a closure's inputs: unknown parameters, then what
// its free variables are bound to.
func closureOperands(fn *ssa.Function, bindings []ssa.Value) []ssa.Value {
	if fn == nil {
		return nil
	}
	return append(make([]ssa.Value, len(fn.Params)), bindings...)
}

// scopes summarises the conditions the function adds when its result
// refines a query: the conditions of the builder it returns, or those of
// the scope closure it returns.
func (c *cover) scopes() []Filter {
	res := c.f.fn.Signature.Results()
	if res.Len() != 1 {
		return nil
	}
	var labels []*label
	for _, rp := range c.returnPoints() {
		if len(rp.results) != 1 || rp.results[0] == nil {
			continue
		}
		labels = append(labels, c.scopeLabels(rp.results[0], res.At(0).Type())...)
	}
	var out []Filter
	for _, l := range labels {
		if flt, ok := c.toFilter(l); ok {
			out = append(out, flt)
		}
	}
	return out
}

func (c *cover) scopeLabels(v ssa.Value, t types.Type) []*label {
	if knowledge.ScopeTypes[types.TypeString(t, nil)] {
		filters, _ := c.f.chainFilters(v, make(map[ssa.Value]bool))
		return filters
	}
	if _, ok := t.Underlying().(*types.Signature); ok {
		return c.f.scopeFilters(v)
	}
	return nil
}
