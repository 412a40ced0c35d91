package analyzer

import (
	"slices"

	"golang.org/x/tools/go/ssa"
)

// An adapter such as commandID("id", func(r *http.Request, id int64)
// (Note, error) {...}) returns a handler that reads the id and hands it to
// the callback it was given. The callback's accesses with that argument are
// the handler's: they are checked in the callback, where they stand.

// callbackCall is a call of a function the caller received or captured.
type callbackCall struct {
	instr ssa.CallInstruction
	input ssa.Value
	args  []ssa.Value
}

// adapterRefs resolves a call of an adapter of this package that returns
// a handler closure binding some of its function arguments.
func (w *world) adapterRefs(t target, via guard) []registration {
	fn := t.fn
	if fn != nil && fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn = w.bodyOf(fn); fn == nil {
		return nil
	}
	var out []registration
	for mc := range returnedClosures(fn) {
		h, ok := mc.Fn.(*ssa.Function)
		if !ok || !isHandler(h) {
			continue
		}
		bound := make(map[int]ssa.Value)
		callback := false
		for k, b := range mc.Bindings {
			p := boundParam(b)
			j := slices.Index(fn.Params, p)
			if p == nil || j < 0 || j >= len(t.operands) {
				continue
			}
			bound[k] = t.operands[j]
			if cb := w.callbackBody(t.operands[j]); cb != nil && !isHandler(cb) {
				callback = true // a handler passed to a wrapper is no callback
			}
		}
		if callback {
			out = append(out, registration{fn: h, guard: via, callbacks: bound})
		}
	}
	return out
}

// boundParam returns the parameter a closure binding carries: the
// parameter itself, or the variable a captured parameter was moved to.
func boundParam(b ssa.Value) *ssa.Parameter {
	switch b := b.(type) {
	case *ssa.Parameter:
		return b
	case *ssa.Alloc:
		for _, ref := range *b.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == b {
				p, _ := st.Val.(*ssa.Parameter)
				return p
			}
		}
	}
	return nil
}

// unwrapConversions sees through http.HandlerFunc(...) and interfaces.
func unwrapConversions(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return v
		}
	}
}

// reportCallbacks reports the unchecked accesses that the callbacks bound
// to a registered adapter handler make with the request ids it passes.
func (w *world) reportCallbacks(sup *suppressor, r registration) {
	hf := w.flows[r.fn]
	if hf == nil {
		return
	}
	hc := newCover(hf)
	for _, cc := range hf.callbacks {
		input := cc.input
		if load, ok := input.(*ssa.UnOp); ok {
			input = load.X // a captured variable is read through its address
		}
		fv, ok := input.(*ssa.FreeVar)
		if !ok {
			continue
		}
		cb := w.callbackBody(r.callbacks[slices.Index(r.fn.FreeVars, fv)])
		if cb == nil {
			continue
		}
		chosen := make(map[int]*origin) // the callback's parameter → the id it gets
		offset := len(cb.Params) - len(cc.args)
		for j, a := range cc.args {
			if ids := hc.chosen(inHandler, hf.labelAt(a, nil).flat()); len(ids) > 0 && j+offset >= 0 {
				chosen[j+offset] = w.boundKey(hc.rootOrigin(ids[0], 0), r)
			}
		}
		w.reportCallback(sup, cb, chosen, r.jwt || hf.readsCaller() && !r.anonymous())
	}
}

// boundKey names a parameter an adapter reads under a name it was given:
// commandID("id", ...) reads chi.URLParam(r, param).
func (w *world) boundKey(o *origin, r registration) *origin {
	if o.key != "" || o.keyValue == nil {
		return o
	}
	load, ok := o.keyValue.(*ssa.UnOp)
	if !ok {
		return o
	}
	fv, ok := load.X.(*ssa.FreeVar)
	if !ok {
		return o
	}
	if key, ok := constString(r.callbacks[slices.Index(r.fn.FreeVars, fv)]); ok {
		named := *o
		named.key = key
		return &named
	}
	return o
}

// callbackBody returns the function a callback value runs, when it is of
// this package.
func (w *world) callbackBody(v ssa.Value) *ssa.Function {
	switch v := unwrapConversions(v).(type) {
	case *ssa.MakeClosure:
		fn, _ := v.Fn.(*ssa.Function)
		return w.bodyOf(fn)
	case *ssa.Function:
		return w.bodyOf(v)
	}
	return nil
}

// reportCallback reports the accesses of callback cb that the ids of
// chosen select with no check.
func (w *world) reportCallback(sup *suppressor, cb *ssa.Function, chosen map[int]*origin, authenticated bool) {
	if len(chosen) == 0 {
		return
	}
	f := newFuncFlow(w, cb)
	f.run()
	if !authenticated && !f.readsCaller() {
		return
	}
	c := newCover(f)
	for _, acc := range f.accesses {
		if w.calledBack[acc.call] || acc.open != "" || c.status(inCallee, acc) != statusUnchecked {
			continue
		}
		id := chosenParam(f, acc, chosen)
		if id == nil {
			continue
		}
		w.calledBack[acc.call] = true
		w.reportFinding(sup, f, finding{acc: acc, id: id})
	}
}

// chosenParam returns the id a filter of acc gets through a chosen
// parameter of the callback.
func chosenParam(f *funcFlow, acc *access, chosen map[int]*origin) *origin {
	for _, l := range acc.filters {
		for _, i := range l.originsOrNil() {
			if o := f.origins[i]; o.kind == fromParam && o.path == "" {
				if id, ok := chosen[o.param]; ok {
					return id
				}
			}
		}
	}
	return nil
}
