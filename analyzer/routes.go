package analyzer

import (
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
	// jwt reports that JWT-verifying middleware runs before it.
	jwt bool
}

// routes finds the handler registrations of the package.
func (w *world) routes(funcs []*ssa.Function) []registration {
	var out []registration
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				t := w.resolve(call.Common())
				if r, ok := knowledge.Routes[t.key]; ok {
					out = append(out, w.register(call, t, r)...)
				}
			}
		}
	}
	return out
}

// register resolves the handlers one registration call names.
func (w *world) register(call *ssa.Call, t target, r knowledge.Route) []registration {
	if r.Handlers >= len(t.args) {
		return nil
	}
	jwt := t.recv != nil && w.routerAuth(t.recv, 0)
	var handlers []ssa.Value
	if r.Last {
		vals := argsFrom(t.args, r.Handlers)
		if len(vals) == 0 {
			return nil
		}
		for _, mw := range vals[:len(vals)-1] {
			jwt = jwt || w.isJWTMiddleware(mw, 0)
		}
		handlers = vals[len(vals)-1:]
	} else {
		handlers = []ssa.Value{t.args[r.Handlers]}
	}
	if r.Middleware != knowledge.None {
		for _, mw := range variadicOf(t.args, r.Middleware) {
			jwt = jwt || w.isJWTMiddleware(mw, 0)
		}
	}
	var out []registration
	for _, h := range handlers {
		for _, ref := range w.handlerRefs(h, false, 0) {
			ref.call = call
			ref.router = t.recv
			ref.jwt = ref.jwt || jwt
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

// handlerRefs resolves a handler value to the functions it runs, seeing
// through http.HandlerFunc conversions, method values and middleware
// wrappers; jwt tells whether a JWT-verifying wrapper was passed.
func (w *world) handlerRefs(v ssa.Value, jwt bool, depth int) []registration {
	if depth > maxRouteDepth {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Function:
		return []registration{w.handlerFunc(v, jwt)}
	case *ssa.MakeClosure:
		return []registration{w.handlerFunc(v.Fn.(*ssa.Function), jwt)}
	case *ssa.ChangeType:
		return w.handlerRefs(v.X, jwt, depth+1)
	case *ssa.Convert:
		return w.handlerRefs(v.X, jwt, depth+1)
	case *ssa.MakeInterface:
		if m := w.serveHTTP(v.X.Type()); m != nil {
			return []registration{w.handlerFunc(m, jwt)}
		}
		return w.handlerRefs(v.X, jwt, depth+1)
	case *ssa.Phi:
		var out []registration
		for _, e := range v.Edges {
			out = append(out, w.handlerRefs(e, jwt, depth+1)...)
		}
		return out
	case *ssa.Call:
		return w.wrappedRefs(v, jwt, depth)
	case *ssa.UnOp:
		var out []registration
		for _, d := range definitions(v) {
			out = append(out, w.handlerRefs(d, jwt, depth+1)...)
		}
		return out
	case *ssa.Parameter:
		return w.paramHandlers(v, jwt, depth)
	}
	return nil
}

// paramHandlers resolves a handler a registration helper receives
// (reg := func(p string, h http.HandlerFunc) { mux.Handle(p, auth(h)) }):
// the handlers its callers in this package pass.
func (w *world) paramHandlers(p *ssa.Parameter, jwt bool, depth int) []registration {
	fn := p.Parent()
	idx := slices.Index(fn.Params, p)
	var out []registration
	for _, s := range w.callSites()[fn] {
		if s.callback {
			continue
		}
		t := w.resolve(s.call.Common())
		if idx >= 0 && idx < len(t.operands) {
			out = append(out, w.handlerRefs(t.operands[idx], jwt, depth+1)...)
		}
	}
	return out
}

// wrappedRefs resolves the handler a call returns: a middleware applied to
// a handler (auth(h), auth.Handle(secret, h)), or a constructor returning
// a closure (h.Get()).
func (w *world) wrappedRefs(call *ssa.Call, jwt bool, depth int) []registration {
	c := call.Common()
	t := w.resolve(c)
	wraps := w.isJWTMiddleware(c.Value, depth+1) || w.verifies(t)
	var out []registration
	for _, a := range t.args {
		if isFuncLike(a.Type()) {
			out = append(out, w.handlerRefs(a, jwt || wraps, depth+1)...)
		}
	}
	if len(out) > 0 || t.fn == nil {
		return out
	}
	for _, b := range t.fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
			out = append(out, w.handlerRefs(ret.Results[0], jwt, depth+1)...)
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
func (w *world) handlerFunc(fn *ssa.Function, jwt bool) registration {
	obj, _ := fn.Object().(*types.Func)
	if fn.Synthetic != "" && obj != nil {
		if obj.Pkg() == w.pass.Pkg {
			return registration{fn: w.pkg.Prog.FuncValue(obj), obj: obj, jwt: jwt}
		}
		return registration{obj: obj, jwt: jwt}
	}
	if fn.Pkg != w.pkg {
		return registration{obj: obj, jwt: jwt}
	}
	return registration{fn: fn, obj: obj, jwt: jwt}
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

// verifies reports whether a call's callee verifies a JWT or builds
// middleware that does.
func (w *world) verifies(t target) bool {
	if knowledge.Middlewares[t.key] {
		return true
	}
	s := w.summaryOf(t)
	return s != nil && s.Middleware
}

// isJWTMiddleware reports whether v is JWT-verifying middleware: a
// function that verifies, a closure over one, or what a constructor of
// such middleware returns.
func (w *world) isJWTMiddleware(v ssa.Value, depth int) bool {
	if depth > maxRouteDepth {
		return false
	}
	switch v := v.(type) {
	case *ssa.Function:
		return w.verifies(target{fn: v, obj: objOf(v), key: keyOf(v)})
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		return w.verifies(target{fn: fn, obj: objOf(fn), key: keyOf(fn)})
	case *ssa.ChangeType:
		return w.isJWTMiddleware(v.X, depth+1)
	case *ssa.MakeInterface:
		return w.isJWTMiddleware(v.X, depth+1)
	case *ssa.Convert:
		return w.isJWTMiddleware(v.X, depth+1)
	case *ssa.Call:
		return w.verifies(w.resolve(v.Common()))
	case *ssa.Phi:
		for _, e := range v.Edges {
			if w.isJWTMiddleware(e, depth+1) {
				return true
			}
		}
	case *ssa.UnOp:
		for _, d := range definitions(v) {
			if w.isJWTMiddleware(d, depth+1) {
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
