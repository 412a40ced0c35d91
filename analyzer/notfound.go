package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// The notfound rule (CWE-754): in an authenticated handler, a fetch of one
// object whose not-found error can fall through to a success response
// answers 200 with an empty object for an id that does not exist for the
// caller. It follows the paths on which the object is missing: the error
// is non-nil and is the not-found sentinel, the row count is zero, the
// object is zero. Such a path that reaches a success response before it
// returns is reported.

// absentView judges, for one single-object fetch, which branches the
// object's absence can take.
type absentView struct {
	c   *cover
	acc *access
	// outcome and fetched are the origins of the access's error or count
	// and of its object; -1 when the function has none.
	outcome, fetched int
}

func (c *cover) absent(acc *access) absentView {
	return absentView{
		c:       c,
		acc:     acc,
		outcome: c.f.originIndex(&origin{kind: fromOutcome, access: acc}),
		fetched: acc.fetched,
	}
}

// originIndex returns the index of an origin if the flow made it, or -1.
func (f *funcFlow) originIndex(o *origin) int {
	if i, ok := f.originIx[originKey(o)]; ok {
		return i
	}
	return -1
}

// absentReachesSuccess reports whether a path on which the object is
// missing reaches a success response.
func (v absentView) absentReachesSuccess() bool {
	found := false
	v.walk(func(instr ssa.Instruction) bool {
		if ok, success := v.c.f.w.responseKind(v.c.f, instr); ok && success {
			found = true
		}
		return found
	})
	return found
}

// walk visits the instructions after the access on every path where the
// object is missing, until visit returns true or the paths return.
func (v absentView) walk(visit func(ssa.Instruction) bool) {
	start := v.acc.call.Block()
	idx := indexOf(start, v.acc.call.(ssa.Instruction))
	type state struct {
		b    *ssa.BasicBlock
		pred int
	}
	seen := map[state]bool{{start, -1}: true}
	work := []state{{start, -1}}
	first := true
	for len(work) > 0 {
		s := work[len(work)-1]
		work = work[:len(work)-1]
		from := 0
		if first {
			from, first = idx+1, false
		}
		for _, instr := range s.b.Instrs[from:] {
			if visit(instr) {
				return
			}
		}
		for i, succ := range s.b.Succs {
			if !v.feasible(edgeKey{s.b, s.pred, i}) {
				continue
			}
			next := state{succ, predIndex(succ, s.b)}
			if !seen[next] {
				seen[next] = true
				work = append(work, next)
			}
		}
	}
}

func indexOf(b *ssa.BasicBlock, instr ssa.Instruction) int {
	for i, in := range b.Instrs {
		if in == instr {
			return i
		}
	}
	return -1
}

// feasible reports whether the object's absence can take edge k.
func (v absentView) feasible(k edgeKey) bool {
	ifi, ok := k.b.Instrs[len(k.b.Instrs)-1].(*ssa.If)
	if !ok {
		return true
	}
	leaf, positive, val, isConst := v.c.resolve(ifi.Cond, k.b, k.pred)
	taken := k.succ == 0
	if isConst {
		return val == taken
	}
	want, decided := v.leafWhenAbsent(leaf)
	return !decided || want == (taken == positive)
}

// leafWhenAbsent returns the value condition leaf has when the object is
// missing, and whether that is known.
func (v absentView) leafWhenAbsent(leaf ssa.Value) (bool, bool) {
	switch l := leaf.(type) {
	case *ssa.BinOp:
		return v.compareWhenAbsent(l)
	case *ssa.Call:
		return v.callWhenAbsent(l)
	}
	return false, false
}

// compareWhenAbsent: err != nil, err == sql.ErrNoRows, n == 0, obj.ID == 0.
func (v absentView) compareWhenAbsent(b *ssa.BinOp) (bool, bool) {
	x, k := b.X, b.Y
	if _, ok := x.(*ssa.Const); ok {
		x, k = b.Y, b.X
	}
	eq, ok := v.equalWhenAbsent(x, k)
	if !ok {
		return false, false
	}
	switch b.Op {
	case token.EQL:
		return eq, true
	case token.NEQ:
		return !eq, true
	case token.GTR:
		if isZeroConst(k) && v.counts(x) {
			return false, true // n > 0 with no rows
		}
	case token.LEQ:
		if isZeroConst(k) && v.counts(x) {
			return true, true
		}
	}
	return false, false
}

// equalWhenAbsent reports whether x == k when the object is missing.
func (v absentView) equalWhenAbsent(x, k ssa.Value) (bool, bool) {
	byCount := v.acc.notFound == knowledge.RowsAffectedOnly
	switch {
	case isNil(k) && v.reports(x) && isErrorOrBool(x.Type()):
		return byCount, true // the error is nil only when absence shows in the count
	case v.reports(x) && globalName(k) != "":
		return !byCount && isNotFoundSentinel(globalName(k)), true
	case isZeroConst(k) && (v.counts(x) || v.holds(x)):
		return true, true
	case isNil(k) && v.holds(x):
		return true, true
	}
	return false, false
}

// callWhenAbsent: errors.Is(err, sql.ErrNoRows), ent.IsNotFound(err).
func (v absentView) callWhenAbsent(call *ssa.Call) (bool, bool) {
	t := v.c.f.w.resolve(call.Common())
	args := t.args
	switch {
	case t.key == "errors.Is" && len(args) == 2 && v.reports(args[0]):
		if name := globalName(args[1]); name != "" {
			return v.acc.notFound != knowledge.RowsAffectedOnly && isNotFoundSentinel(name), true
		}
	case t.obj != nil && isNotFoundName(t.obj.Name()) && len(args) == 1 && v.reports(args[0]):
		return v.acc.notFound != knowledge.RowsAffectedOnly, true
	}
	return false, false
}

// reports tells whether x carries the access's outcome (its error).
func (v absentView) reports(x ssa.Value) bool {
	return v.outcome >= 0 && v.c.f.label(x).originsOrNil().has(v.outcome)
}

// counts tells whether x is a count of what the access found.
func (v absentView) counts(x ssa.Value) bool {
	return !isErrorOrBool(x.Type()) && (v.reports(x) || v.fetched >= 0 && v.c.f.label(x).originsOrNil().has(v.fetched) && isInteger(x))
}

// holds tells whether x is (a field of) the fetched object.
func (v absentView) holds(x ssa.Value) bool {
	return v.fetched >= 0 && v.c.f.label(x).originsOrNil().has(v.fetched)
}

func isInteger(v ssa.Value) bool {
	b, ok := v.Type().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isZeroConst(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil {
		return false
	}
	switch k.Value.Kind() {
	case constant.Int, constant.Float:
		return constant.Sign(k.Value) == 0
	case constant.String:
		return constant.StringVal(k.Value) == ""
	}
	return false
}

// isNotFoundSentinel reports whether a package variable reports a missing
// object: a driver's sentinel, or one of the analysed code named so
// (store.ErrNotFound).
func isNotFoundSentinel(name string) bool {
	if knowledge.NotFoundErrors[name] {
		return true
	}
	_, short, _ := strings.Cut(name[strings.LastIndex(name, "/")+1:], ".")
	return isNotFoundName(short)
}

func isNotFoundName(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "notfound") || strings.Contains(l, "norows") || strings.Contains(l, "nodocuments") ||
		strings.Contains(l, "nosuch")
}

// reportNotFound reports the single-object fetches of an authenticated
// handler whose absence can reach a success response.
func (w *world) reportNotFound(sup *suppressor, f *funcFlow) {
	c := newCover(f)
	seen := make(map[ssa.CallInstruction]bool)
	for _, acc := range f.accesses {
		if acc.notFound == "" || acc.op != knowledge.Read || seen[acc.call] {
			continue
		}
		seen[acc.call] = true
		if !c.absent(acc).absentReachesSuccess() {
			continue
		}
		pos, end := w.callRange(acc.call)
		sup.report(analysisDiagnosticIn(categoryNotFound, pos, end, notFoundMessage(acc)))
	}
}

func notFoundMessage(acc *access) string {
	chain := strings.Join(acc.chain, " → ")
	if acc.notFound == knowledge.RowsAffectedOnly {
		return chain + " into one object answers success when nothing matches: RowsAffected is not checked"
	}
	return acc.notFound + " from " + chain + " can fall through to a success response: a missing object answers 200"
}

// propagatesAbsence reports whether a function passes the not-found error
// of acc to its caller: no path on which the object is missing returns a
// nil error.
func (c *cover) propagatesAbsence(acc *access) bool {
	idx, isErr := signal(c.f.fn.Signature)
	if acc.notFound == "" || acc.notFound == knowledge.RowsAffectedOnly || !isErr {
		return false
	}
	swallowed := false
	c.absent(acc).walk(func(instr ssa.Instruction) bool {
		switch in := instr.(type) {
		case *ssa.Return:
			swallowed = idx < len(in.Results) && isNil(in.Results[idx])
		case *ssa.Store:
			swallowed = isNil(in.Val) && isResultSlot(in.Addr, c.f.fn, idx)
		}
		return swallowed
	})
	return !swallowed
}

// isResultSlot reports whether addr is the slot of result idx that a
// function with defers returns through.
func isResultSlot(addr ssa.Value, fn *ssa.Function, idx int) bool {
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			if slots := resultSlots(ret); slots != nil && idx < len(slots) && slots[idx] == addr {
				return true
			}
		}
	}
	return false
}
