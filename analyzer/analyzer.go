package analyzer

import (
	"fmt"
	"go/build"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// Diagnostic categories.
const (
	categoryOwnership = "ownership"
	categoryNotFound  = "notfound"
	categoryDirective = "directive"
)

// Analyzer reports handlers where a request-controlled identifier reaches a
// data access with no ownership check against the authenticated subject.
var Analyzer = &analysis.Analyzer{
	Name:       "bola",
	Doc:        Doc,
	URL:        "https://github.com/bolacheck/bolacheck#readme",
	Run:        run,
	ResultType: reflect.TypeFor[*Report](),
	FactTypes:  []analysis.Fact{new(Summary), new(HandlerFindings), new(ContextKeys)},
}

func run(pass *analysis.Pass) (any, error) {
	src := codeOf(pass)
	if len(src.files) == 0 || !worthAnalysing(pass, src) || !mentionsKnowledge(pass, src) {
		return new(Report), nil // tests only, or nothing it uses can make a handler, a subject or a sink
	}
	pkg, funcs := buildSSA(pass, src)
	w := newWorld(pass, pkg)
	w.src = src
	w.funcs = funcs
	w.importKeys()
	if err := w.analyseAll(funcs); err != nil {
		return nil, err
	}
	if w.markAnonymousKeys(funcs) || w.newKeys {
		// Middleware of this package stores the subject under keys that
		// its handlers, analysed before it, read back (or optional
		// middleware stores them too): analyse again.
		w.newKeys = false
		if err := w.analyseAll(funcs); err != nil {
			return nil, err
		}
	}
	regs := w.routes(funcs)
	w.summariseRouterParams(regs)
	w.summarisePending(regs)
	w.exportSummaries(funcs)
	w.exportKeys()
	w.report(funcs, regs)
	return w.inventory(regs), nil
}

// analyseAll computes the flow and summary of every function, callees
// first. A panic in one function becomes an error naming it.
func (w *world) analyseAll(funcs []*ssa.Function) (err error) {
	var current *ssa.Function
	clear(w.impls)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error analysing %s: %v\n%s", current, r, debugStack())
		}
	}()
	for _, fn := range w.calleeFirst(funcs) {
		current = fn
		f := newFuncFlow(w, fn)
		f.run()
		w.summaries[fn] = w.summarize(f)
		if isHandler(fn) {
			w.flows[fn] = f // kept for reporting; other flows are done with
		}
		debugf("%s: %s", fn, w.summaries[fn])
	}
	inherited := make(map[*ssa.Function]bool)
	for _, fn := range funcs {
		if fn.Parent() == nil {
			w.inheritMiddleware(fn, inherited)
		}
	}
	return nil
}

// inheritMiddleware marks a function whose closures verify a JWT, or make
// closures that do, as JWT middleware: auth.Middleware(secret) returns
// middleware whose inner closure parses the token.
func (w *world) inheritMiddleware(fn *ssa.Function, done map[*ssa.Function]bool) *Summary {
	s := w.summaries[fn]
	if s == nil || done[fn] {
		return s
	}
	done[fn] = true
	inherit := func(a *Summary) {
		if a != nil {
			s.Middleware = s.Middleware || a.Middleware
			s.Grants = s.Grants || a.Grants
			s.Optional = s.Optional || a.Optional
		}
	}
	for _, anon := range fn.AnonFuncs {
		a := w.inheritMiddleware(anon, done)
		inherit(a)
		if a != nil {
			s.Switches = append(s.Switches, w.boundSwitches(fn, anon, a.Switches)...)
		}
	}
	// JWT(key) returns JWTWithConfig(JWTConfig{SigningKey: key}).
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
			if call, ok := ret.Results[0].(*ssa.Call); ok && isFuncLike(call.Type()) {
				t := w.resolve(call.Common())
				if callee := w.bodyOf(t.fn); callee != nil && w.summaries[callee] != nil {
					w.inheritMiddleware(callee, done)
				}
				inherit(w.summaryOf(t))
			}
		}
	}
	s.Optional = s.Optional && !s.Middleware
	if s.Middleware {
		s.Switches = nil
	}
	return s
}

// boundSwitches maps the switches of closure anon onto the parameters of
// fn that its free variables are bound to.
func (w *world) boundSwitches(fn, anon *ssa.Function, sws []Switch) []Switch {
	var out []Switch
	for _, sw := range sws {
		fv := sw.Param - len(anon.Params)
		if fv < 0 || fv >= len(anon.FreeVars) {
			continue
		}
		if p := boundParam(binding(anon.FreeVars[fv])); p != nil && p.Parent() == fn {
			out = append(out, Switch{Param: slices.Index(fn.Params, p), Value: sw.Value})
		}
	}
	return out
}

// exportSummaries exports the summaries of package-level functions and
// methods for the packages that import this one.
func (w *world) exportSummaries(funcs []*ssa.Function) {
	for _, fn := range funcs {
		obj := objOf(fn)
		s := w.summaries[fn]
		if obj == nil || !obj.Exported() || fn.Parent() != nil || isHandler(fn) || s == nil || s.isEmpty() {
			continue // other packages can call only exported functions; handlers are registered, not called
		}
		w.pass.ExportObjectFact(obj, s)
	}
}

// worthAnalysing reports whether the package can hold a handler, a subject
// reader or a data access: it imports a package of the knowledge tables or
// depends on one that exports summaries. The standard library and other modules are
// described by the tables and are skipped.
func worthAnalysing(pass *analysis.Pass, src code) bool {
	if isStd(pass) || pass.Module != nil && pass.Module.Version != "" || skipped(pass.Pkg.Path()) {
		return false
	}
	for _, imp := range src.imports {
		if knowledge.IsTablePackage(imp.Path()) || cfg.names(imp.Path()) || pass.ImportPackageFact(imp, new(ContextKeys)) {
			return true
		}
	}
	// A package can also reach summarised code through an interface of a
	// package it imports only indirectly (a provider struct of services).
	for _, f := range pass.AllObjectFacts() {
		if f.Object.Pkg() != pass.Pkg {
			return true
		}
	}
	return false
}

var goroot = filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)

// isStd reports whether the package is part of the standard library.
func isStd(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	return strings.HasPrefix(name, goroot)
}

func debugStack() string { return string(debug.Stack()) }
