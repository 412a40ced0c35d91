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
	iface, ok := m.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var found []*Summary
	for _, c := range w.methodSummaries(m.Name()) {
		recv := c.obj.Type().(*types.Signature).Recv().Type()
		if types.Implements(recv, iface) {
			found = append(found, c.s)
		}
	}
	s := mergeSummaries(found)
	w.impls[m] = s
	return s
}

// methodSummary is a method with a summary.
type methodSummary struct {
	obj *types.Func
	s   *Summary
}

// methodSummaries lists the summarised methods named name, in a stable
// order.
func (w *world) methodSummaries(name string) []methodSummary {
	var out []methodSummary
	for _, fn := range w.funcs {
		obj := objOf(fn)
		if obj == nil || obj.Name() != name || fn.Signature.Recv() == nil || w.summaries[fn] == nil {
			continue
		}
		out = append(out, methodSummary{obj, w.summaries[fn]})
	}
	for _, f := range w.pass.AllObjectFacts() {
		obj, ok := f.Object.(*types.Func)
		s, isSummary := f.Fact.(*Summary)
		if ok && isSummary && obj.Name() == name && isMethod(obj) {
			out = append(out, methodSummary{obj, s})
		}
	}
	slices.SortFunc(out, func(a, b methodSummary) int { return strings.Compare(a.obj.FullName(), b.obj.FullName()) })
	return out
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
