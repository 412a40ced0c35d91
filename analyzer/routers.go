package analyzer

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// routerAuth reports whether JWT-verifying middleware guards every route
// registered on router value v.
func (w *world) routerAuth(v ssa.Value, at ssa.Instruction) bool {
	return w.routerHas(v, gateAuth, at, 0)
}

// routerHas reports whether middleware of kind g guards every route
// registered on router value v at instruction at: a Use on it before at,
// a group or sub-router made with such middleware or from a guarded
// router, or the guarded router a caller passes in. A nil at stands for
// a use whose order is unknown.
func (w *world) routerHas(v ssa.Value, g gate, at ssa.Instruction, depth int) bool {
	if depth > maxRouteDepth {
		return false
	}
	if w.uses(v, g, at) {
		return true
	}
	switch v := v.(type) {
	case *ssa.Call:
		return w.derivedHas(v, g, depth)
	case *ssa.MakeInterface:
		return w.routerHas(v.X, g, at, depth+1)
	case *ssa.ChangeInterface:
		return w.routerHas(v.X, g, at, depth+1)
	case *ssa.ChangeType:
		return w.routerHas(v.X, g, at, depth+1)
	case *ssa.FieldAddr:
		// gin's Engine embeds its RouterGroup: e.GET is (&e.RouterGroup).GET.
		return w.routerHas(v.X, g, at, depth+1)
	case *ssa.Parameter:
		return w.paramHas(v, g, depth)
	case *ssa.FreeVar:
		return w.routerHas(binding(v), g, nil, depth+1)
	case *ssa.UnOp:
		for _, d := range definitions(v) {
			if w.routerHas(d, g, nil, depth+1) {
				return true
			}
		}
	case *ssa.Phi:
		for _, e := range v.Edges {
			if !w.routerHas(e, g, nil, depth+1) {
				return false
			}
		}
		return len(v.Edges) > 0
	}
	return false
}

// uses reports whether v is given middleware of kind g with a Use that
// guards the routes registered at at: gin, echo groups and fiber apply
// Use to the routes registered after it (v1.Use(auth(false)) ...
// v1.Use(auth(true)) guards only what follows).
func (w *world) uses(v ssa.Value, g gate, at ssa.Instruction) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		call, ok := ref.(*ssa.Call)
		if !ok {
			continue
		}
		t := w.resolve(call.Common())
		if !knowledge.Uses[t.key] || t.recv != v || knowledge.UsesInOrder[t.key] && !precedes(call, at) {
			continue
		}
		for _, mw := range variadicOf(t.args, 0) {
			if w.isMiddleware(mw, g, 0) {
				return true
			}
		}
	}
	return false
}

func isDerive(key string) bool {
	_, ok := knowledge.Derives[key]
	return ok
}

// derivedAuth handles a router made by a call: a group or sub-router
// inherits its parent's middleware and may add its own.
func (w *world) derivedHas(call *ssa.Call, g gate, depth int) bool {
	t := w.resolve(call.Common())
	d, ok := knowledge.Derives[t.key]
	if knowledge.Uses[t.key] {
		// gin's Use returns the group it was called on, middleware added.
		d, ok = knowledge.Derive{Middleware: 0, Callback: knowledge.None, Prefix: knowledge.None}, true
	}
	if !ok {
		return false
	}
	if d.Middleware != knowledge.None {
		for _, mw := range variadicOf(t.args, d.Middleware) {
			if w.isMiddleware(mw, g, 0) {
				return true
			}
		}
	}
	return t.recv != nil && w.routerHas(t.recv, g, call, depth+1)
}

// paramAuth handles a router received as a parameter: by a callback of
// chi's Group or Route, or by a function every caller of which in this
// package passes a guarded router.
func (w *world) paramHas(p *ssa.Parameter, g gate, depth int) bool {
	fn := p.Parent()
	idx := -1
	for i, q := range fn.Params {
		if q == p {
			idx = i
		}
	}
	sites := w.callSites()[fn]
	if len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		if !w.siteHas(s, fn, idx, g, depth) {
			return false
		}
	}
	return true
}

// siteAuth reports whether the call site passes a guarded router as
// parameter idx of fn.
func (w *world) siteHas(s callSite, fn *ssa.Function, idx int, g gate, depth int) bool {
	t := w.resolve(s.call.Common())
	if s.callback {
		// fn is the callback of a Group or Route: it receives the router
		// the call derives.
		return w.derivedHas(s.call, g, depth+1)
	}
	if idx >= len(t.operands) {
		return false
	}
	return w.routerHas(t.operands[idx], g, s.call, depth+1)
}

// callSite is a call of a function of the package, or a call that is
// given it as a router callback.
type callSite struct {
	call     *ssa.Call
	callback bool
}

// callSites indexes the call sites of the package's functions.
func (w *world) callSites() map[*ssa.Function][]callSite {
	if w.sites != nil {
		return w.sites
	}
	w.sites = make(map[*ssa.Function][]callSite)
	for _, call := range callsOf(w.funcs) {
		w.indexCall(call)
	}
	return w.sites
}

func (w *world) indexCall(call *ssa.Call) {
	t := w.resolve(call.Common())
	if fn := w.bodyOf(t.fn); fn != nil {
		w.sites[fn] = append(w.sites[fn], callSite{call: call})
	}
	d, ok := knowledge.Derives[t.key]
	if !ok || d.Callback == knowledge.None || d.Callback >= len(t.args) {
		return
	}
	var cb *ssa.Function
	switch a := t.args[d.Callback].(type) {
	case *ssa.Function:
		cb = a
	case *ssa.MakeClosure:
		cb, _ = a.Fn.(*ssa.Function)
	}
	if cb = w.bodyOf(cb); cb != nil {
		w.sites[cb] = append(w.sites[cb], callSite{call: call, callback: true})
	}
}

// precedes reports whether instruction a runs before b: b is unknown, or
// they are in different functions, or a comes first in b's block or in a
// block that dominates it.
func precedes(a, b ssa.Instruction) bool {
	if b == nil || a.Parent() != b.Parent() {
		return true
	}
	if a.Block() != b.Block() {
		return a.Block().Dominates(b.Block())
	}
	for _, instr := range a.Block().Instrs {
		switch instr {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

// definitions returns the values a local read can hold when a closure
// captures the variable: the values stored into it, seen through the
// free variable of the closure. Otherwise it returns nil.
func definitions(v ssa.Value) []ssa.Value {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	addr := load.X
	if fv, ok := addr.(*ssa.FreeVar); ok {
		addr = binding(fv)
	}
	alloc, ok := addr.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *alloc.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
			out = append(out, st.Val)
		}
	}
	return out
}

// binding returns the value a closure's free variable is bound to where
// its enclosing function makes it.
func binding(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	idx := slices.Index(fn.FreeVars, fv)
	if fn.Parent() == nil || idx < 0 {
		return nil
	}
	for _, b := range fn.Parent().Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn && idx < len(mc.Bindings) {
				return mc.Bindings[idx]
			}
		}
	}
	return nil
}
