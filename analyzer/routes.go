package analyzer

import (
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// maxRouteDepth bounds the walks through wrappers and router values.
const maxRouteDepth = 12

// registration is a handler registered on a router in the analysed package.
type registration struct {
	call   *ssa.Call
	router ssa.Value // the router it is registered on, nil for a package-level mux
	// fn is the handler when the analysed package has its body; obj names
	// it otherwise.
	fn  *ssa.Function
	obj *types.Func
	// guard is what the middleware before it requires.
	guard
	// callbacks maps free variables of the handler closure to the
	// callbacks an adapter bound them to: commandID("id", func(r, id) ...).
	callbacks map[int]ssa.Value
	// middleware: the handler is the inner handler of middleware added
	// with Use (chi's per-resource ArticleCtx), not a route of its own.
	middleware bool
}

// routes finds the handler registrations of the package. Routes a test
// sets up serve no one.
func (w *world) routes(funcs []*ssa.Function) []registration {
	var out []registration
	for fn, call := range callsOf(funcs) {
		if w.inTestFile(fn) {
			continue
		}
		t := w.resolve(call.Common())
		if r, ok := knowledge.Routes[t.key]; ok {
			out = append(out, w.register(call, t, r)...)
		}
		if knowledge.Uses[t.key] && t.recv != nil {
			out = append(out, w.registerMiddleware(call, t)...)
		}
	}
	return out
}

// register resolves the handlers one registration call names.
func (w *world) register(call *ssa.Call, t target, r knowledge.Route) []registration {
	if r.Handlers >= len(t.args) {
		return nil
	}
	w.routeMethod, _ = routeOf(call, t)
	defer func() { w.routeMethod = "" }()
	var via guard
	if t.recv != nil {
		via = w.routerGuard(t.recv, call)
	}
	var handlers []ssa.Value
	if r.Last {
		vals := argsFrom(t.args, r.Handlers)
		if len(vals) == 0 {
			return nil
		}
		for _, mw := range vals[:len(vals)-1] {
			via = via.or(w.middlewareGuard(mw, 0))
		}
		handlers = vals[len(vals)-1:]
	} else {
		handlers = []ssa.Value{t.args[r.Handlers]}
	}
	if r.Middleware != knowledge.None {
		for _, mw := range variadicOf(t.args, r.Middleware) {
			via = via.or(w.middlewareGuard(mw, 0))
		}
	}
	var out []registration
	for _, h := range handlers {
		for _, ref := range w.handlerRefs(h, guard{}, 0) {
			ref.call = call
			ref.router = t.recv
			ref.guard = ref.guard.or(via)
			out = append(out, ref)
		}
	}
	return out
}

// argsFrom returns the arguments from index from, with a variadic tail
// expanded: fiber v3's Get(path, handler any, handlers ...any).
func argsFrom(args []ssa.Value, from int) []ssa.Value {
	if from >= len(args) {
		return nil
	}
	out := append([]ssa.Value{}, args[from:len(args)-1]...)
	return append(out, variadicOf(args, len(args)-1)...)
}

// registerMiddleware registers the inner handlers of the middleware a Use
// call adds: they run for every route of the router, behind whatever
// authenticated it before. The JWT middleware itself is not behind itself.
func (w *world) registerMiddleware(call *ssa.Call, t target) []registration {
	var out []registration
	for _, mw := range variadicOf(t.args, 0) {
		if w.isMiddleware(mw, gateAuth, 0) {
			continue
		}
		for _, ref := range w.middlewareHandlers(mw, 0) {
			ref.call, ref.router, ref.middleware = call, t.recv, true
			ref.guard = w.routerGuard(t.recv, call)
			out = append(out, ref)
		}
	}
	return out
}

// middlewareHandlers returns the handlers middleware runs: itself when it
// has a handler's shape (gin), else the handlers its constructor returns
// (func(next http.Handler) http.Handler).
func (w *world) middlewareHandlers(mw ssa.Value, depth int) []registration {
	var out []registration
	for _, ref := range w.handlerRefs(mw, guard{}, depth) {
		if ref.fn != nil && isHandler(ref.fn) {
			out = append(out, ref)
			continue
		}
		if ref.fn == nil {
			continue
		}
		for _, b := range ref.fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
				for _, inner := range w.handlerRefs(ret.Results[0], guard{}, depth+1) {
					if inner.fn != nil && isHandler(inner.fn) {
						out = append(out, inner)
					}
				}
			}
		}
	}
	return out
}

// variadicOf returns the values of the variadic tail from index from.
func variadicOf(args []ssa.Value, from int) []ssa.Value {
	if from >= len(args) {
		return nil
	}
	if s, ok := args[from].(*ssa.Slice); ok && from == len(args)-1 {
		if elems, ok := varargs(s); ok {
			return elems
		}
	}
	if c, ok := args[from].(*ssa.Const); ok && c.IsNil() {
		return nil
	}
	return args[from:]
}

// guard is what the middleware and wrappers around a handler require: a
// verified caller (jwt), a granted role, or nothing but a token verified
// if one is sent (optional).
type guard struct{ jwt, granted, optional bool }

func (g guard) or(h guard) guard {
	return guard{jwt: g.jwt || h.jwt, granted: g.granted || h.granted, optional: g.optional || h.optional}
}

// anonymous reports whether anonymous callers get through: the only
// authentication before the handler is optional.
func (g guard) anonymous() bool { return g.optional && !g.jwt }

// middlewareGuard is what middleware value mw requires.
func (w *world) middlewareGuard(mw ssa.Value, depth int) guard {
	return guard{
		jwt:      w.isMiddleware(mw, gateAuth, depth),
		granted:  w.isMiddleware(mw, gateGrant, depth),
		optional: w.isMiddleware(mw, gateOptional, depth),
	}
}

// routerGuard is what the middleware of router value v requires of the
// routes registered on it at instruction at.
func (w *world) routerGuard(v ssa.Value, at ssa.Instruction) guard {
	return guard{
		jwt:      w.routerHas(v, gateAuth, at, 0),
		granted:  w.routerHas(v, gateGrant, at, 0),
		optional: w.routerHas(v, gateOptional, at, 0),
	}
}

// handlerRefs resolves a handler value to the functions it runs, seeing
// through http.HandlerFunc conversions, method values and middleware
// wrappers; jwt tells whether a JWT-verifying wrapper was passed.
func (w *world) handlerRefs(v ssa.Value, via guard, depth int) []registration {
	if depth > maxRouteDepth {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Function:
		return []registration{w.handlerFunc(v, via)}
	case *ssa.MakeClosure:
		return []registration{w.handlerFunc(v.Fn.(*ssa.Function), via)}
	case *ssa.ChangeType:
		return w.handlerRefs(v.X, via, depth+1)
	case *ssa.Convert:
		return w.handlerRefs(v.X, via, depth+1)
	case *ssa.MakeInterface:
		if m := w.serveHTTP(v.X.Type()); m != nil {
			return []registration{w.handlerFunc(m, via)}
		}
		return w.handlerRefs(v.X, via, depth+1)
	case *ssa.Phi:
		var out []registration
		for _, e := range v.Edges {
			out = append(out, w.handlerRefs(e, via, depth+1)...)
		}
		return out
	case *ssa.Call:
		return w.wrappedRefs(v, via, depth)
	case *ssa.UnOp:
		var out []registration
		for _, d := range definitions(v) {
			out = append(out, w.handlerRefs(d, via, depth+1)...)
		}
		return out
	case *ssa.Parameter:
		return w.paramHandlers(v, via, depth)
	}
	return nil
}

// paramHandlers resolves a handler a registration helper receives
// (reg := func(p string, h http.HandlerFunc) { mux.Handle(p, auth(h)) }):
// the handlers its callers in this package pass.
func (w *world) paramHandlers(p *ssa.Parameter, via guard, depth int) []registration {
	fn := p.Parent()
	idx := slices.Index(fn.Params, p)
	var out []registration
	for _, s := range w.callSites()[fn] {
		if s.callback {
			continue
		}
		t := w.resolve(s.call.Common())
		if idx >= 0 && idx < len(t.operands) {
			out = append(out, w.handlerRefs(t.operands[idx], via, depth+1)...)
		}
	}
	return out
}

// wrappedRefs resolves the handler a call returns: a middleware applied to
// a handler (auth(h), auth.Handle(secret, h)), or a constructor returning
// a closure (h.Get()).
func (w *world) wrappedRefs(call *ssa.Call, via guard, depth int) []registration {
	c := call.Common()
	t := w.resolve(c)
	inner := via.or(w.middlewareGuard(c.Value, depth+1)).or(guard{
		jwt:      w.gates(t, gateAuth),
		granted:  w.gates(t, gateGrant),
		optional: w.gates(t, gateOptional),
	})
	if refs := w.adapterRefs(t, inner); len(refs) > 0 {
		return refs
	}
	var out []registration
	for _, a := range t.args {
		if isFuncLike(a.Type()) {
			out = append(out, w.handlerRefs(a, inner, depth+1)...)
		}
	}
	if len(out) > 0 || t.fn == nil {
		return out
	}
	for _, b := range t.fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
			out = append(out, w.handlerRefs(ret.Results[0], via, depth+1)...)
		}
	}
	return out
}

// isFuncLike reports whether values of t can be handlers or middleware.
func isFuncLike(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Signature, *types.Interface:
		return true
	}
	return false
}

// handlerFunc names the handler fn runs: the method behind a bound method
// value, the function itself otherwise.
func (w *world) handlerFunc(fn *ssa.Function, via guard) registration {
	obj, _ := fn.Object().(*types.Func)
	if fn.Synthetic != "" && obj != nil {
		if obj.Pkg() == w.pass.Pkg {
			return registration{fn: w.pkg.Prog.FuncValue(obj), obj: obj, guard: via}
		}
		return registration{obj: obj, guard: via}
	}
	if fn.Pkg != w.pkg {
		return registration{obj: obj, guard: via}
	}
	return registration{fn: fn, obj: obj, guard: via}
}

// serveHTTP returns the ServeHTTP method of a handler type in this package.
func (w *world) serveHTTP(t types.Type) *ssa.Function {
	ms := w.pkg.Prog.MethodSets.MethodSet(t)
	sel := ms.Lookup(w.pass.Pkg, "ServeHTTP")
	if sel == nil {
		sel = ms.Lookup(nil, "ServeHTTP")
	}
	if sel == nil {
		return nil
	}
	fn := w.pkg.Prog.MethodValue(sel)
	if fn == nil || fn.Pkg != w.pkg {
		return nil
	}
	return fn
}

// gate is what middleware requires before it runs the handler behind it.
type gate uint8

const (
	gateAuth     gate = iota // a verified caller
	gateGrant                // a granted role
	gateOptional             // nothing: a token is verified if sent
)

// gates reports whether a call's callee is, or builds, middleware of kind g.
func (w *world) gates(t target, g gate) bool {
	if knowledge.Middlewares[t.key] {
		optional := w.skipsRoute(t, w.routeMethod)
		switch g {
		case gateAuth:
			return !optional
		case gateOptional:
			return optional
		}
		return false
	}
	s := w.summaryOf(t)
	if s == nil {
		return false
	}
	switch g {
	case gateGrant:
		return s.Grants
	case gateOptional:
		if on, ok := switchedOn(s, t); ok {
			return !on
		}
		return s.Optional
	}
	if on, ok := switchedOn(s, t); ok {
		return on
	}
	return s.Middleware
}

// switchedOn reports whether the constant arguments of the call make the
// middleware gate (auth(true)); ok is false when no switch is set.
func switchedOn(s *Summary, t target) (on, ok bool) {
	for _, sw := range s.Switches {
		if sw.Param >= len(t.operands) {
			continue
		}
		if k, isConst := t.operands[sw.Param].(*ssa.Const); isConst && k.Value != nil && k.Value.Kind() == constant.Bool {
			return constant.BoolVal(k.Value) == sw.Value, true
		}
	}
	return false, false
}

// isMiddleware reports whether v is middleware of kind g: a function that
// gates its handler so, a closure over one, or what a constructor of such
// middleware returns.
func (w *world) isMiddleware(v ssa.Value, g gate, depth int) bool {
	if depth > maxRouteDepth {
		return false
	}
	switch v := v.(type) {
	case *ssa.Function:
		return w.gates(target{fn: v, obj: objOf(v), key: keyOf(v)}, g)
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		return w.gates(target{fn: fn, obj: objOf(fn), key: keyOf(fn)}, g)
	case *ssa.ChangeType:
		return w.isMiddleware(v.X, g, depth+1)
	case *ssa.MakeInterface:
		return w.isMiddleware(v.X, g, depth+1)
	case *ssa.Convert:
		return w.isMiddleware(v.X, g, depth+1)
	case *ssa.Call:
		return w.gates(w.resolve(v.Common()), g)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if w.isMiddleware(e, g, depth+1) {
				return true
			}
		}
	case *ssa.UnOp:
		for _, d := range definitions(v) {
			if w.isMiddleware(d, g, depth+1) {
				return true
			}
		}
	}
	return false
}

func objOf(fn *ssa.Function) *types.Func {
	obj, _ := fn.Object().(*types.Func)
	return obj
}

func keyOf(fn *ssa.Function) string {
	if obj := objOf(fn); obj != nil {
		return obj.Origin().FullName()
	}
	return ""
}
