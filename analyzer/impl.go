package analyzer

import (
	"go/types"
	"slices"
	"strings"
)

// implSummary returns the summary of an interface method call from the
// implementations the analysis can see: methods of this package, and
// methods of its dependencies that export a summary. A repository
// interface with its implementation in the analysed code thus keeps the
// accesses the implementation makes. Several implementations merge: any
// access one makes is made, a check holds only if all make it.
func (w *world) implSummary(m *types.Func) *Summary {
	if s, ok := w.impls[m]; ok {
		return s
	}
	w.impls[m] = nil // cuts recursion through the implementations
	var found []*Summary
	for _, obj := range w.implementations(m) {
		if s := w.summaryOfMethod(obj); s != nil {
			found = append(found, s)
		}
	}
	s := mergeSummaries(found)
	w.impls[m] = s
	return s
}

// implementations returns the methods that an interface method's calls
// can run: those of the named types of this package and of its imports
// that implement the interface, promoted methods included (sqlc's
// Store{*Queries}), in a stable order.
func (w *world) implementations(m *types.Func) []*types.Func {
	if out, ok := w.implsOf[m]; ok {
		return out
	}
	out := w.findImplementations(m)
	w.implsOf[m] = out
	return out
}

func (w *world) findImplementations(m *types.Func) []*types.Func {
	iface, ok := m.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	seen := make(map[*types.Func]bool)
	var out []*types.Func
	for _, t := range w.implCandidates(m.Pkg())[m.Name()] {
		if !types.Implements(t, iface) {
			continue
		}
		sel := w.pkg.Prog.MethodSets.MethodSet(t).Lookup(m.Pkg(), m.Name())
		if sel == nil {
			continue
		}
		if obj, ok := sel.Obj().(*types.Func); ok && !seen[obj] {
			seen[obj] = true
			out = append(out, obj)
		}
	}
	slices.SortFunc(out, func(a, b *types.Func) int { return strings.Compare(a.FullName(), b.FullName()) })
	return out
}

// implCandidates indexes by method name the concrete named types, and
// pointers to them, of the package, of its direct imports and of the
// package that declares the interface being resolved: implementations
// often sit next to their interface, which the package may reach only
// through another (a provider struct holding services).
func (w *world) implCandidates(iface *types.Package) map[string][]types.Type {
	if w.candidates == nil {
		w.candidates = make(map[string][]types.Type)
		w.indexed = make(map[*types.Package]bool)
		w.indexCandidates(w.pass.Pkg)
		for _, imp := range w.src.imports {
			if w.isOwnCode(imp.Path()) {
				w.indexCandidates(imp)
			}
		}
	}
	if iface != nil && w.isOwnCode(iface.Path()) {
		w.indexCandidates(iface)
	}
	return w.candidates
}

// indexCandidates adds the concrete named types of p to the candidates.
func (w *world) indexCandidates(p *types.Package) {
	if w.indexed[p] {
		return
	}
	w.indexed[p] = true
	scope := p.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams() != nil {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			ms := w.pkg.Prog.MethodSets.MethodSet(t)
			for i := range ms.Len() {
				name := ms.At(i).Obj().Name()
				w.candidates[name] = append(w.candidates[name], t)
			}
		}
	}
}

// isOwnCode reports whether an imported package belongs to the code being
// analysed (its module), where repositories are implemented, rather than to
// the standard library or a dependency.
func (w *world) isOwnCode(path string) bool {
	if w.isStdPackage(path) {
		return false
	}
	m := w.pass.Module
	return m == nil || m.Path == "" || path == m.Path || strings.HasPrefix(path, m.Path+"/")
}

// summaryOfMethod returns the summary of a method: computed here for this
// package, imported as a fact otherwise.
func (w *world) summaryOfMethod(obj *types.Func) *Summary {
	if obj.Pkg() == w.pass.Pkg {
		return w.summaries[w.pkg.Prog.FuncValue(obj)]
	}
	s := new(Summary)
	if !w.pass.ImportObjectFact(obj, s) {
		return nil
	}
	return s
}

// mergeSummaries merges the summaries of a method's implementations.
func mergeSummaries(ss []*Summary) *Summary {
	switch len(ss) {
	case 0:
		return nil
	case 1:
		return ss[0]
	}
	out := &Summary{Checks: ss[0].Checks}
	for _, s := range ss {
		offset := len(out.Accesses)
		out.Accesses = append(out.Accesses, s.Accesses...)
		for _, r := range s.Results {
			r.Fetched = shift(r.Fetched, offset)
			out.Results = append(out.Results, r)
		}
		for _, e := range s.Exposes {
			out.Exposes = appendRef(out.Exposes, e)
		}
		out.Checks = commonChecks(out.Checks, s.Checks)
		out.ReadsSubject = out.ReadsSubject || s.ReadsSubject
		out.Authenticates = out.Authenticates || s.Authenticates
	}
	return out
}

func shift(ks []int, by int) []int {
	out := make([]int, len(ks))
	for i, k := range ks {
		out[i] = k + by
	}
	return out
}

func commonChecks(a, b []Check) []Check {
	var out []Check
	for _, c := range a {
		if slices.Contains(b, c) {
			out = append(out, c)
		}
	}
	return out
}
