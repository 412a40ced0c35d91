package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// buildSSA builds SSA for the package's code and returns its functions,
// closures included, in source order. It does what buildssa does, without
// requiring buildssa: that would build SSA for every dependency, and the
// knowledge tables describe those instead. Of the imports, only those
// whose functions or variables the code names are created: with bare
// inits nothing else asks for them.
func buildSSA(pass *analysis.Pass, src code) (*ssa.Package, []*ssa.Function) {
	prog := ssa.NewProgram(pass.Fset, ssa.BareInits)
	prog.SetNoReturn(func(f *types.Func) bool { return knowledge.NoReturn[f.FullName()] })
	for _, p := range namedImports(pass) {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, src.files, src.info(pass.TypesInfo), false)
	pkg.Build()

	var funcs []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, file := range src.files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if fn := prog.FuncValue(obj); fn != nil {
				add(fn)
			}
		}
	}
	return pkg, funcs
}

// namedImports returns the imported packages whose package-level
// functions or variables the package names: SSA refers to those as
// members of their packages. Methods it creates on demand.
func namedImports(pass *analysis.Pass) []*types.Package {
	named := make(map[*types.Package]bool)
	var out []*types.Package
	for _, obj := range pass.TypesInfo.Uses {
		p := obj.Pkg()
		if p == nil || p == pass.Pkg || named[p] || obj.Parent() != p.Scope() {
			continue
		}
		switch obj.(type) {
		case *types.Func, *types.Var:
			named[p] = true
			out = append(out, p)
		}
	}
	return out
}

// calleeFirst orders funcs so that a function comes after the functions
// of the package it calls and the closures it makes, where recursion
// allows.
func (w *world) calleeFirst(funcs []*ssa.Function) []*ssa.Function {
	inPkg := make(map[*ssa.Function]bool, len(funcs))
	for _, fn := range funcs {
		inPkg[fn] = true
	}
	done := make(map[*ssa.Function]bool, len(funcs))
	var out []*ssa.Function
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		if done[fn] || !inPkg[fn] {
			return
		}
		done[fn] = true
		for _, callee := range w.callees(fn) {
			visit(callee)
		}
		out = append(out, fn)
	}
	for _, fn := range funcs {
		visit(fn)
	}
	return out
}

// callees returns the functions of the package fn calls or refers to.
func (w *world) callees(fn *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			var rands [10]*ssa.Value
			for _, op := range instr.Operands(rands[:0]) {
				switch v := (*op).(type) {
				case *ssa.Function:
					if body := w.bodyOf(v); body != nil {
						out = append(out, body)
					}
				case *ssa.MakeClosure:
					if body := w.bodyOf(v.Fn.(*ssa.Function)); body != nil {
						out = append(out, body)
					}
				}
			}
			if call, ok := instr.(ssa.CallInstruction); ok && call.Common().IsInvoke() {
				for _, obj := range w.implementations(call.Common().Method) {
					if obj.Pkg() == w.pass.Pkg {
						if body := w.pkg.Prog.FuncValue(obj); body != nil {
							out = append(out, body)
						}
					}
				}
			}
		}
	}
	return out
}
