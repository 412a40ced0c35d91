package analyzer

import (
	"fmt"
	"go/build"
	"path/filepath"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// Diagnostic categories.
const (
	categoryOwnership = "ownership"
	categoryDirective = "directive"
)

// Analyzer reports handlers where a request-controlled identifier reaches a
// data access with no ownership check against the authenticated subject.
var Analyzer = &analysis.Analyzer{
	Name:      "bola",
	Doc:       Doc,
	URL:       "https://github.com/bolacheck/bolacheck#readme",
	Run:       run,
	FactTypes: []analysis.Fact{new(Summary), new(HandlerFindings), new(packageFacts), new(ContextKeys)},
}

// packageFacts marks a package that exports summaries, so that packages
// importing none of them, and no knowledge-table package, are skipped.
type packageFacts struct{}

func (*packageFacts) AFact()         {}
func (*packageFacts) String() string { return "summaries" }

func run(pass *analysis.Pass) (any, error) {
	if !worthAnalysing(pass) {
		return nil, nil // nothing it imports can make a handler, a subject or a sink
	}
	pkg, funcs := buildSSA(pass)
	w := newWorld(pass, pkg)
	w.funcs = funcs
	w.importKeys()
	if err := w.analyseAll(funcs); err != nil {
		return nil, err
	}
	if w.newKeys {
		// Middleware of this package stores the subject under keys that
		// its handlers, analysed before it, read back: analyse again.
		w.newKeys = false
		if err := w.analyseAll(funcs); err != nil {
			return nil, err
		}
	}
	w.exportSummaries(funcs)
	w.exportKeys()
	w.report(funcs, w.routes(funcs))
	return nil, nil
}

// analyseAll computes the flow and summary of every function, callees
// first. A panic in one function becomes an error naming it.
func (w *world) analyseAll(funcs []*ssa.Function) (err error) {
	var current *ssa.Function
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error analysing %s: %v\n%s", current, r, debugStack())
		}
	}()
	for _, fn := range w.calleeFirst(funcs) {
		current = fn
		f := newFuncFlow(w, fn)
		f.run()
		w.flows[fn] = f
		w.summaries[fn] = w.summarize(f)
		debugf("%s: %s", fn, w.summaries[fn])
	}
	for _, fn := range funcs {
		w.inheritVerification(fn)
	}
	return nil
}

// inheritVerification marks a function that makes a JWT-verifying closure
// as verifying itself: auth.Middleware(secret) returns middleware whose
// inner closure parses the token.
func (w *world) inheritVerification(fn *ssa.Function) bool {
	s := w.summaries[fn]
	if s == nil {
		return false
	}
	for _, anon := range fn.AnonFuncs {
		if w.inheritVerification(anon) {
			s.VerifiesJWT = true
		}
	}
	return s.VerifiesJWT
}

// exportSummaries exports the summaries of package-level functions and
// methods for the packages that import this one.
func (w *world) exportSummaries(funcs []*ssa.Function) {
	exported := false
	for _, fn := range funcs {
		obj := objOf(fn)
		s := w.summaries[fn]
		if obj == nil || fn.Parent() != nil || s == nil || s.isEmpty() {
			continue
		}
		w.pass.ExportObjectFact(obj, s)
		exported = true
	}
	if exported {
		w.pass.ExportPackageFact(new(packageFacts))
	}
}

// worthAnalysing reports whether the package can hold a handler, a subject
// reader or a data access: it imports a package of the knowledge tables or
// one that exports summaries. The standard library and other modules are
// described by the tables and are skipped.
func worthAnalysing(pass *analysis.Pass) bool {
	if isStd(pass) || pass.Module != nil && pass.Module.Version != "" {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		if knowledge.IsTablePackage(imp.Path()) || pass.ImportPackageFact(imp, new(packageFacts)) ||
			pass.ImportPackageFact(imp, new(ContextKeys)) {
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
