package analyzer

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// mentionsKnowledge reports whether the package's code mentions anything
// the analysis acts on: a function or method of the knowledge tables or
// the flags, a function of the analysed code with a summary, a principal
// accessor, an ent-generated builder; or declares an HTTP handler. A
// package that imports net/http only to make requests is skipped before
// any SSA is built.
func mentionsKnowledge(pass *analysis.Pass, src code) bool {
	for id, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || src.inTest(id.Pos()) {
			continue
		}
		key := fn.Origin().FullName()
		if knowledge.IsKey(key) || cfg.namesFunc(key) || isPrincipalName(fn.Name()) || isSinkMethodName(fn) ||
			isModuleInterfaceMethod(pass, fn) {
			return true
		}
		if fn.Pkg() != nil && fn.Pkg() != pass.Pkg && (actsOnCallers(pass, fn) || pass.ImportObjectFact(fn, new(HandlerFindings))) {
			return true
		}
	}
	return declaresHandler(pass, src)
}

// actsOnCallers reports whether fn's summary says more than which
// parameters its results derive from. A package that only calls such
// helpers (string and number utilities) derives its values the way an
// unsummarised call does, and has nothing of its own to summarise.
func actsOnCallers(pass *analysis.Pass, fn *types.Func) bool {
	var s Summary
	return pass.ImportObjectFact(fn, &s) && !s.onlyPropagates()
}

// isModuleInterfaceMethod reports a method of an interface another package
// of the module declares: a repository or a driver wrapper, whose
// implementations carry the summaries.
func isModuleInterfaceMethod(pass *analysis.Pass, fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
		return false
	}
	path := fn.Pkg().Path()
	if m := pass.Module; m != nil && m.Path != "" {
		return path == m.Path || strings.HasPrefix(path, m.Path+"/")
	}
	return !knowledge.IsTablePackage(path) && !isStdPath(path)
}

// isSinkMethodName reports a method of an interface named like a driver's
// data access (sqlc's DBTX.QueryRowContext): invokeKey may map it to one.
func isSinkMethodName(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return false
	}
	switch fn.Name() {
	case "Query", "QueryRow", "Exec", "QueryContext", "QueryRowContext", "ExecContext", "Get", "Select":
		return true
	}
	return false
}

// declaresHandler reports whether a function or closure of the package
// has a handler's shape, or the package generates ent code.
func declaresHandler(pass *analysis.Pass, src code) bool {
	for id, obj := range pass.TypesInfo.Defs {
		if fn, ok := obj.(*types.Func); ok && isHandlerSig(fn.Type().(*types.Signature)) && !src.inTest(id.Pos()) {
			return true
		}
	}
	for expr, tv := range pass.TypesInfo.Types {
		if _, ok := expr.(*ast.FuncLit); ok && !src.inTest(expr.Pos()) {
			if sig, ok := tv.Type.(*types.Signature); ok && isHandlerSig(sig) {
				return true
			}
		}
	}
	for _, imp := range src.imports {
		if isEntRuntime(imp.Path()) {
			return true
		}
	}
	return false
}
