package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// HandlerFindings describe a handler another package can register: the
// findings it has when it runs behind JWT middleware, if it reads no
// subject (its own package reports them otherwise), and its calls of
// interfaces whose implementations only a package wiring them in sees. A
// package that registers it behind JWT middleware, or wires in the
// implementations, reports them at the registration.
type HandlerFindings struct {
	Messages []string
	// Writes are the messages of the findings that are writes when the
	// handler reads a caller who may be nobody: they hold behind optional
	// authentication too.
	Writes []string
	// Reads are the messages of the read findings through functions of
	// the analysed code: a public route can serve the same (public.go).
	Reads   []string
	Pending []Pending
	// ReadsCaller: the handler reads the subject, so its pending calls
	// count wherever it is registered; ReadsMaybeCaller: it reads a
	// caller who may be nobody, so its pending writes do.
	ReadsCaller      bool
	ReadsMaybeCaller bool
}

// AFact marks HandlerFindings as an analysis fact.
func (*HandlerFindings) AFact() {}

func (h *HandlerFindings) String() string {
	parts := slices.Clone(h.Messages)
	for _, p := range h.Pending {
		parts = append(parts, "pending "+p.Method)
	}
	return "findings(" + strings.Join(parts, "; ") + ")"
}

// report reports the uncovered accesses of the package's authenticated
// handlers, and those of handlers of other packages registered here
// behind JWT middleware.
func (w *world) report(funcs []*ssa.Function, regs []registration) {
	behindJWT := make(map[*ssa.Function]bool)
	granted := make(map[*ssa.Function]bool)
	routes, anonymous := make(map[*ssa.Function]int), make(map[*ssa.Function]int)
	for _, r := range regs {
		if r.fn == nil {
			continue
		}
		behindJWT[r.fn] = behindJWT[r.fn] || r.jwt
		granted[r.fn] = granted[r.fn] || r.granted // an admin-only route: an authorization decision was made
		routes[r.fn]++
		if r.anonymous() {
			anonymous[r.fn]++
		}
	}
	sup := newSuppressor(w.pass)
	w.collectPublicReads(funcs, regs)
	for _, fn := range funcs {
		f := w.flows[fn]
		if f == nil || !isHandler(fn) || w.inTestFile(fn) {
			continue // a handler a test defines is a fixture, not a route
		}
		found := w.findings(f)
		var unreported []finding
		// Behind optional authentication only, what the handler reads
		// anonymous callers read too: those objects are public, and the
		// subject only personalises the answer. A write by an id the
		// client chose is a flaw either way.
		optionalOnly := routes[fn] > 0 && anonymous[fn] == routes[fn] && !behindJWT[fn]
		switch {
		case f.readsCaller() || behindJWT[fn]:
			if cfg.rules[categoryOwnership] && !granted[fn] {
				for _, fd := range found {
					if (!optionalOnly || fd.acc.op == knowledge.Write) && !w.isPublic(fd) {
						w.reportFinding(sup, f, fd)
					}
				}
			}
			if cfg.rules[categoryNotFound] && !optionalOnly {
				w.reportNotFound(sup, f)
			}
		case optionalOnly && f.readsMaybeCaller():
			// It serves whoever comes, and reads the caller when there is
			// one: a write by an id the client chose is a flaw either way.
			if cfg.rules[categoryOwnership] && !granted[fn] {
				for _, fd := range writesOf(found) {
					w.reportFinding(sup, f, fd)
				}
			}
		default:
			unreported = found
		}
		if isRegistrable(fn) {
			w.exportHandler(fn, f, unreported)
		}
	}
	if cfg.rules[categoryOwnership] {
		for _, r := range regs {
			if r.fn == nil {
				w.reportRegistration(sup, r)
			}
			if r.fn != nil && len(r.callbacks) > 0 && !r.granted {
				w.reportCallbacks(sup, r)
			}
		}
		w.reportAdapterCallbacks(sup, funcs)
		w.reportRouterParams(sup, funcs)
		w.reportPending(sup, funcs)
	}
	sup.reportBareIgnores()
}

// isPublic reports whether fd reads an object a route behind optional
// authentication serves to anyone.
func (w *world) isPublic(fd finding) bool {
	return fd.acc.op == knowledge.Read && len(fd.acc.chain) > 1 && w.public[fd.message()]
}

// message renders a finding: `path parameter "id" reaches
// (*sql.DB).QueryRowContext with no check against the JWT subject`.
func (fd finding) message() string {
	what := "a request value"
	if fd.id != nil {
		what = fd.id.describe()
	}
	return fmt.Sprintf("%s reaches %s with no check against the JWT subject",
		what, strings.Join(fd.acc.chain, " → "))
}

func (w *world) reportFinding(sup *suppressor, f *funcFlow, fd finding) {
	pos, end := w.callRange(fd.acc.call)
	d := analysis.Diagnostic{Pos: pos, End: end, Category: categoryOwnership, Message: fd.message()}
	if fd.id != nil && fd.id.kind == fromRequest && fd.id.pos.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{
			Pos: w.callStart(fd.id.pos), Message: fd.id.describe() + " read here"})
	}
	sup.report(d)
}

// readsCaller reports whether the handler reads the subject of a caller
// authenticated before it. A handler that stores the caller itself is
// where authentication happens (a login): reading that caller back is no
// sign it runs behind authentication.
func (f *funcFlow) readsCaller() bool { return f.readsSubject && !f.storesPrincipal }

// readsMaybeCaller reports whether the handler reads the caller, who may
// be nobody behind optional middleware.
func (f *funcFlow) readsMaybeCaller() bool {
	return (f.readsSubject || f.readsAnon) && !f.storesPrincipal
}

// writesOf returns the findings that are writes.
func writesOf(found []finding) []finding {
	var out []finding
	for _, fd := range found {
		if fd.acc.op == knowledge.Write {
			out = append(out, fd)
		}
	}
	return out
}

// optionalMessages renders the findings that stand behind optional
// authentication: the writes of a handler that reads the caller.
func optionalMessages(f *funcFlow, found []finding) []string {
	if !f.readsMaybeCaller() {
		return nil
	}
	var out []string
	for _, fd := range writesOf(found) {
		out = append(out, fd.message())
	}
	sort.Strings(out)
	return out
}

// inTestFile reports whether fn is declared in a _test.go file.
func (w *world) inTestFile(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return strings.HasSuffix(w.pass.Fset.Position(fn.Pos()).Filename, "_test.go")
}

// isRegistrable reports whether another package can name fn to register
// it: an exported function, or an exported method of an exported type.
func isRegistrable(fn *ssa.Function) bool {
	obj := objOf(fn)
	if obj == nil || !obj.Exported() || fn.Parent() != nil {
		return false
	}
	recv := fn.Signature.Recv()
	if recv == nil {
		return true
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Exported()
}

// exportHandler exports what a package registering handler fn needs to
// report: its findings left unreported here and its pending calls.
func (w *world) exportHandler(fn *ssa.Function, f *funcFlow, unreported []finding) {
	hf := HandlerFindings{Pending: w.pending(f, displayName(objOf(fn), true)),
		ReadsCaller: f.readsCaller(), ReadsMaybeCaller: f.readsMaybeCaller()}
	for _, fd := range unreported {
		hf.Messages = append(hf.Messages, fd.message())
	}
	hf.Writes = optionalMessages(f, unreported)
	hf.Reads = readMessages(unreported)
	if len(hf.Messages) == 0 && len(hf.Pending) == 0 {
		return
	}
	sort.Strings(hf.Messages)
	w.pass.ExportObjectFact(objOf(fn), &hf)
}

// reportRegistration reports, at the registration that puts it behind JWT
// middleware, a handler of another package that has findings, and the
// pending calls of one registered so that implementations visible here
// make them unchecked accesses.
func (w *world) reportRegistration(sup *suppressor, r registration) {
	var hf HandlerFindings
	if r.obj == nil || r.granted || !w.pass.ImportObjectFact(r.obj, &hf) {
		return
	}
	pos, end := w.callRange(r.call)
	msgs, behind := w.withoutPublic(hf.Messages, hf.Reads), "JWT middleware"
	if !r.jwt {
		msgs, behind = hf.Writes, "optional authentication"
	}
	if r.jwt || r.anonymous() {
		for _, m := range msgs {
			sup.report(analysis.Diagnostic{Pos: pos, End: end, Category: categoryOwnership,
				Message: fmt.Sprintf("handler %s, registered here behind %s: %s", displayName(r.obj, true), behind, m)})
		}
	}
	for _, p := range w.foreignPending(r, hf) {
		if w.resolvable(p) {
			w.resolvePending(sup, r.call, p)
		}
	}
}

func analysisDiagnostic(pos, end token.Pos, msg string) analysis.Diagnostic {
	return analysisDiagnosticIn(categoryOwnership, pos, end, msg)
}

func analysisDiagnosticIn(category string, pos, end token.Pos, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: pos, End: end, Category: category, Message: msg}
}

// callRange returns the range of the callee expression of the call at
// instr, from its start to the opening parenthesis.
func (w *world) callRange(instr ssa.CallInstruction) (token.Pos, token.Pos) {
	return w.callRangeAt(instr.Pos())
}

// callStart returns where the call whose parenthesis is at pos starts, or
// pos when no call is there.
func (w *world) callStart(pos token.Pos) token.Pos {
	start, _ := w.callRangeAt(pos)
	return start
}

func (w *world) callRangeAt(lparen token.Pos) (token.Pos, token.Pos) {
	if w.calls == nil {
		w.calls = make(map[token.Pos]*ast.CallExpr)
		ins := inspector.New(w.pass.Files)
		for n := range ins.PreorderSeq((*ast.CallExpr)(nil)) {
			call := n.(*ast.CallExpr)
			w.calls[call.Lparen] = call
		}
	}
	if call, ok := w.calls[lparen]; ok {
		return call.Fun.Pos(), call.Lparen
	}
	return lparen, lparen
}
