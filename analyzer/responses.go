package analyzer

import (
	"go/constant"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// responseKind tells whether instr writes the response, and whether it
// answers success: a status below 300, or no status at all (200). A
// write that carries an error answers that error.
func (w *world) responseKind(f *funcFlow, instr ssa.Instruction) (response, success bool) {
	call, ok := instr.(ssa.CallInstruction)
	if !ok {
		return false, false
	}
	if _, isBuiltin := call.Common().Value.(*ssa.Builtin); isBuiltin {
		return false, false
	}
	t := w.resolve(call.Common())
	if knowledge.FailureResponses[t.key] {
		return true, false
	}
	if i, ok := knowledge.StatusArgs[t.key]; ok {
		return true, i < len(t.args) && isSuccessStatus(t.args[i])
	}
	if knowledge.ResponseMethods[t.key] {
		if status, ok := chainedStatus(w, t.recv); ok {
			return true, isSuccessStatus(status) // fiber: c.Status(404).JSON(...)
		}
		return true, !carriesError(f, t.args)
	}
	if !f.passesStream(t) || isWriterBookkeeping(t) {
		return false, false
	}
	if carriesError(f, t.operands) {
		return true, false // writeError(w, err)
	}
	for _, a := range t.args {
		if isStatusConst(a) {
			return true, isSuccessStatus(a)
		}
	}
	return true, true
}

// chainedStatus returns the status a framework call's receiver was given.
func chainedStatus(w *world, recv ssa.Value) (ssa.Value, bool) {
	call, ok := recv.(*ssa.Call)
	if !ok {
		return nil, false
	}
	t := w.resolve(call.Common())
	i, ok := knowledge.StatusArgs[t.key]
	if !ok || i >= len(t.args) {
		return nil, false
	}
	return t.args[i], true
}

// isWriterBookkeeping reports calls that take the writer without writing
// the response: w.Header(), http.SetCookie.
func isWriterBookkeeping(t target) bool {
	switch t.key {
	case "(net/http.ResponseWriter).Header", "net/http.SetCookie", "net/http.MaxBytesReader":
		return true
	}
	return false
}

// carriesError reports whether an argument is an error or derives from an
// access's outcome.
func carriesError(f *funcFlow, args []ssa.Value) bool {
	for _, a := range args {
		if _, isConst := a.(*ssa.Const); isConst {
			continue
		}
		if isErrorOrBool(unwrapInterface(a).Type()) && !isBool(unwrapInterface(a)) {
			return true
		}
		for _, i := range f.label(a).originsOrNil() {
			if f.origins[i].kind == fromOutcome && !isBool(a) {
				return true
			}
		}
	}
	return false
}

func isBool(v ssa.Value) bool {
	return isErrorOrBool(v.Type()) && !isError(v)
}

func isError(v ssa.Value) bool {
	return v.Type().String() == "error"
}

// isStatusConst reports whether v is an integer constant in the range of
// HTTP statuses.
func isStatusConst(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.Int {
		return false
	}
	n, exact := constant.Int64Val(k.Value)
	return exact && n >= 100 && n <= 599
}

// isSuccessStatus reports whether v is a constant 1xx or 2xx status.
func isSuccessStatus(v ssa.Value) bool {
	if !isStatusConst(v) {
		return false
	}
	n, _ := constant.Int64Val(v.(*ssa.Const).Value)
	return n < 300
}
