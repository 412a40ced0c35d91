package analyzer

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// An adapter of another package, adapters.CommandID("entry_id", fn),
// returns a handler that parses the path parameter it is told and calls fn
// with it. The package passing fn sees fn's body but not the adapter's:
// the adapter's summary says which argument of fn gets which request
// value, and fn's accesses with it are checked where they stand.

// adapterCallbacks lists the request values that the handler closures fn
// returns pass to the functions bound to fn's parameters.
func (w *world) adapterCallbacks(fn *ssa.Function) []Callback {
	var out []Callback
	for mc := range returnedClosures(fn) {
		if h, ok := mc.Fn.(*ssa.Function); ok && w.flows[h] != nil {
			out = append(out, closureCallbacks(fn, mc, w.flows[h])...)
		}
	}
	return out
}

// closureCallbacks lists the request values handler closure mc passes to
// callbacks bound to fn's parameters.
func closureCallbacks(fn *ssa.Function, mc *ssa.MakeClosure, hf *funcFlow) []Callback {
	hc := newCover(hf)
	var out []Callback
	for _, cc := range hf.callbacks {
		param := boundParamIndex(fn, mc, cc.input)
		if param < 0 {
			continue // a callback the closure made or received otherwise
		}
		for j, a := range cc.args {
			ids := hc.chosen(inHandler, hf.labelAt(a, nil).flat())
			if len(ids) == 0 {
				continue
			}
			o := hc.rootOrigin(ids[0], 0)
			if o.kind != fromRequest {
				continue
			}
			ref := Ref{Param: refRequest, Kind: o.source, Key: o.key}
			if ref.Key == "" {
				if ref.KeyParam = boundParamIndex(fn, mc, o.keyValue) + 1; ref.KeyParam == 0 {
					continue // named by a value the caller cannot see
				}
			}
			out = append(out, Callback{Param: param, Arg: j, Ref: ref})
		}
	}
	return out
}

// boundParamIndex returns the index of fn's parameter that the free
// variable v of closure mc (or a load of it) is bound to, -1 if none.
func boundParamIndex(fn *ssa.Function, mc *ssa.MakeClosure, v ssa.Value) int {
	if load, ok := v.(*ssa.UnOp); ok {
		v = load.X // a captured variable is read through its address
	}
	fv, ok := v.(*ssa.FreeVar)
	if !ok {
		return -1
	}
	i := slices.Index(mc.Fn.(*ssa.Function).FreeVars, fv)
	if i < 0 {
		return -1
	}
	p := boundParam(mc.Bindings[i])
	if p == nil || p.Parent() != fn {
		return -1
	}
	return slices.Index(fn.Params, p)
}

// reportAdapterCallbacks reports the unchecked accesses of the callbacks
// the package passes to adapters whose summaries name the request values
// the callbacks get. With no registration in sight, a callback counts as
// authenticated when it reads the caller.
func (w *world) reportAdapterCallbacks(sup *suppressor, funcs []*ssa.Function) {
	for _, call := range callsOf(funcs) {
		t := w.resolve(call.Common())
		if s := w.summaryOf(t); s != nil && len(s.Callbacks) > 0 {
			w.reportBoundCallbacks(sup, call, t, s.Callbacks)
		}
	}
}

// reportBoundCallbacks checks the callbacks one adapter call binds.
func (w *world) reportBoundCallbacks(sup *suppressor, call *ssa.Call, t target, cbs []Callback) {
	chosen := make(map[*ssa.Function]map[int]*origin)
	var order []*ssa.Function
	for _, c := range cbs {
		if c.Param >= len(t.operands) {
			continue
		}
		v := t.operands[c.Param]
		cb := w.callbackBody(v)
		sig, ok := v.Type().Underlying().(*types.Signature)
		if cb == nil || !ok || isHandler(cb) {
			continue // a body elsewhere, or a handler passed to a wrapper
		}
		key := c.Ref.Key
		if key == "" && c.Ref.KeyParam > 0 && c.Ref.KeyParam <= len(t.operands) {
			key, _ = constString(t.operands[c.Ref.KeyParam-1])
		}
		if chosen[cb] == nil {
			chosen[cb] = make(map[int]*origin)
			order = append(order, cb)
		}
		// A method value's body counts its receiver among its parameters.
		offset := len(cb.Params) - sig.Params().Len()
		chosen[cb][c.Arg+offset] = &origin{kind: fromRequest, source: c.Ref.Kind, key: key, pos: call.Pos()}
	}
	for _, cb := range order {
		w.reportCallback(sup, cb, chosen[cb], false)
	}
}
