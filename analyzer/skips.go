package analyzer

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// skipsRoute reports whether the configuration a call of library JWT
// middleware receives lets requests of the route's method through
// unverified (jwtware.Config{Filter: func(c) bool { return c.Method() ==
// "GET" }} for a GET route). A skip function that tests only the path
// (/login, /health) leaves the other routes guarded; one that tests the
// method in a way not followed here skips every method.
func (w *world) skipsRoute(t target, method string) bool {
	field, ok := knowledge.MiddlewareSkips[t.key]
	if !ok || len(t.args) == 0 {
		return false
	}
	configs := variadicOf(t.args, 0)
	if len(configs) == 0 {
		configs = t.args[:1]
	}
	for _, cfg := range configs {
		for _, skip := range fieldStores(cfg, field) {
			fn := funcOf(skip)
			if fn == nil || !w.testsMethod(fn) {
				continue
			}
			if w.skippedMethods(fn).hasAny(method) {
				return true
			}
		}
	}
	return false
}

// fieldStores returns the values stored into field of the struct
// literal v is loaded from.
func fieldStores(v ssa.Value, field string) []ssa.Value {
	load, ok := v.(*ssa.UnOp)
	if !ok {
		return nil
	}
	alloc, ok := load.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *alloc.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		if st, _ := structOf(fa.X.Type()); st == nil || st.Field(fa.Field).Name() != field {
			continue
		}
		for _, use := range *fa.Referrers() {
			if store, ok := use.(*ssa.Store); ok && store.Addr == fa {
				out = append(out, store.Val)
			}
		}
	}
	return out
}

// funcOf returns the function a function value runs, nil when unknown.
func funcOf(v ssa.Value) *ssa.Function {
	switch v := unwrapConversions(v).(type) {
	case *ssa.Function:
		return v
	case *ssa.MakeClosure:
		fn, _ := v.Fn.(*ssa.Function)
		return fn
	}
	return nil
}

// testsMethod reports whether fn reads the request method.
func (w *world) testsMethod(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case ssa.CallInstruction:
				if knowledge.MethodReads[w.resolve(instr.Common()).key] {
					return true
				}
			case *ssa.FieldAddr:
				if isRequestMethod(instr.X.Type(), instr.Field) {
					return true
				}
			}
		}
	}
	return false
}

// isRequestMethod reports whether field i of the struct t points to is
// net/http.Request's Method.
func isRequestMethod(t types.Type, i int) bool {
	st, named := structOf(t)
	return st != nil && named != nil && named.Obj().Pkg() != nil &&
		named.Obj().Pkg().Path() == "net/http" && named.Obj().Name() == "Request" && st.Field(i).Name() == "Method"
}
