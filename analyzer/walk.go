package analyzer

import (
	"iter"

	"golang.org/x/tools/go/ssa"
)

// callsOf yields the calls (not go or defer) in the bodies of funcs.
func callsOf(funcs []*ssa.Function) iter.Seq2[*ssa.Function, *ssa.Call] {
	return func(yield func(*ssa.Function, *ssa.Call) bool) {
		for _, fn := range funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if call, ok := instr.(*ssa.Call); ok && !yield(fn, call) {
						return
					}
				}
			}
		}
	}
}

// returnedClosures yields the closures fn returns as its only result,
// seen through conversions (return http.HandlerFunc(func(w, r) {...})).
func returnedClosures(fn *ssa.Function) iter.Seq[*ssa.MakeClosure] {
	return func(yield func(*ssa.MakeClosure) bool) {
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || len(ret.Results) != 1 {
				continue
			}
			if mc, ok := unwrapConversions(ret.Results[0]).(*ssa.MakeClosure); ok && !yield(mc) {
				return
			}
		}
	}
}
