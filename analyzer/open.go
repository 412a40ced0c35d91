package analyzer

import (
	"fmt"
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// Clean-architecture services call their repositories through interfaces
// the handler's package declares, and wire the implementation in from a
// package only main imports. The handler's package records such a call,
// with a request id among its arguments, as an open access; a package
// that sees both the registration and an implementation that accesses
// data reports it.

// openCall records a call of an interface method of the analysed code
// with no implementation in sight and a chosen id among its arguments.
func (f *funcFlow) openCall(instr ssa.CallInstruction, t target) (*label, bool) {
	if t.recv == nil || t.obj == nil || t.obj.Pkg() == nil || t.fn != nil || !types.IsInterface(t.recv.Type()) ||
		!f.w.isOwnCode(t.obj.Pkg().Path()) || knowledge.IsTablePackage(t.obj.Pkg().Path()) {
		return nil, false // a library's interface (io.Writer, pgx.Row) is no repository
	}
	if len(f.w.implementations(t.obj)) > 0 {
		return nil, false // implementations without summaries access nothing we know of
	}
	var filters []*label
	chosen := false
	for _, a := range t.args {
		l := f.labelAt(a, nil).flat()
		filters = append(filters, l)
		chosen = chosen || l != nil && len(l.origins) > 0
	}
	if !chosen {
		return nil, false
	}
	acc := f.nextAccess(instr)
	acc.op, acc.filters, acc.open = knowledge.Read, filters, t.obj.FullName()
	acc.chain = []string{displayName(t.obj, true)}
	if f.collect {
		f.accesses = append(f.accesses, acc)
	}
	res := f.fetchedLabel(acc)
	return f.results(instr.Common(), func(rt types.Type) *label {
		if isErrorOrBool(rt) {
			return f.outcomeOf(acc)
		}
		return res
	}), true
}

// isStdPackage reports whether path is a package of the standard library:
// its interfaces (io.Writer) are no repositories.
func (w *world) isStdPackage(path string) bool { return isStdPath(path) }

// stdPaths caches isStdPath; analyses of packages run concurrently.
var stdPaths sync.Map

func isStdPath(path string) bool {
	if v, ok := stdPaths.Load(path); ok {
		return v.(bool)
	}
	_, err := os.Stat(filepath.Join(build.Default.GOROOT, "src", path))
	stdPaths.Store(path, err == nil)
	return err == nil
}

// summarisePending records, in the summary of the function that registers
// them, the open calls of authenticated handlers left unchecked.
func (w *world) summarisePending(regs []registration) {
	for _, r := range regs {
		if r.fn == nil && r.obj != nil && !r.granted {
			w.summariseForeignPending(r)
		}
		if r.fn == nil || r.granted {
			continue
		}
		f := w.flows[r.fn]
		if f == nil || !(r.jwt || f.readsMaybeCaller()) {
			continue
		}
		// See report: behind optional authentication, or reading a caller
		// who may be nobody, only writes count.
		writesOnly := !r.jwt && (r.anonymous() || !f.readsCaller())
		s := w.summaries[registrant(r)]
		if s == nil {
			continue
		}
		for _, p := range w.pending(f, displayName(r.obj, true)) {
			p.WritesOnly = p.WritesOnly || writesOnly
			s.Pending = append(s.Pending, p)
		}
	}
}

// registrant returns the package-level function that makes registration r.
func registrant(r registration) *ssa.Function {
	owner := r.call.Parent()
	for owner.Parent() != nil {
		owner = owner.Parent()
	}
	return owner
}

// summariseForeignPending passes on the pending calls of a handler of
// another package registered here that no implementation visible here
// resolves (reportRegistration reports those that one does).
func (w *world) summariseForeignPending(r registration) {
	var hf HandlerFindings
	s := w.summaries[registrant(r)]
	if s == nil || !w.pass.ImportObjectFact(r.obj, &hf) {
		return
	}
	for _, p := range w.foreignPending(r, hf) {
		if !w.resolvable(p) {
			s.Pending = append(s.Pending, p)
		}
	}
}

// foreignPending returns the pending calls of a handler of another
// package that count at registration r: all of them behind JWT
// middleware or when the handler reads the caller; behind optional
// authentication only, or when the caller it reads may be nobody, its
// writes.
func (w *world) foreignPending(r registration, hf HandlerFindings) []Pending {
	if !r.jwt && !hf.ReadsCaller && !hf.ReadsMaybeCaller {
		return nil
	}
	out := slices.Clone(hf.Pending)
	for i := range out {
		out[i].WritesOnly = out[i].WritesOnly || !r.jwt && (r.anonymous() || !hf.ReadsCaller)
	}
	return out
}

// resolvable reports whether an implementation visible here tells what
// pending call p accesses.
func (w *world) resolvable(p Pending) bool {
	m := w.lookupMethod(p.Method)
	return m != nil && w.implSummary(m) != nil
}

// pending describes the unchecked open calls of handler flow f.
func (w *world) pending(f *funcFlow, handler string) []Pending {
	c := newCover(f)
	var out []Pending
	for _, acc := range f.accesses {
		if acc.open == "" {
			continue
		}
		// What an open call does is not known here: if it reads, what it
		// fetched stays out of the response, but it may write.
		status := c.status(inHandler, acc)
		if status != statusUnchecked && status != statusUnexposed {
			continue
		}
		p := Pending{Handler: handler, Method: acc.open, Chain: acc.chain, WritesOnly: status == statusUnexposed}
		for _, l := range acc.filters {
			arg := PendingArg{Subject: l != nil && l.scope}
			if ids := c.chosen(inHandler, l); len(ids) > 0 {
				arg.Request = c.rootOrigin(ids[0], 0).describe()
			}
			p.Args = append(p.Args, arg)
		}
		out = append(out, p)
	}
	return out
}

// reportPending reports, at calls of functions that register handlers
// with pending calls, those an implementation visible here makes into
// unchecked data accesses.
func (w *world) reportPending(sup *suppressor, funcs []*ssa.Function) {
	for _, call := range callsOf(funcs) {
		t := w.resolve(call.Common())
		if t.fn != nil {
			continue // this package's handlers resolve their own calls
		}
		if s := w.summaryOf(t); s != nil {
			for _, p := range s.Pending {
				w.resolvePending(sup, call, p)
			}
		}
	}
}

func (w *world) resolvePending(sup *suppressor, call *ssa.Call, p Pending) {
	m := w.lookupMethod(p.Method)
	if m == nil {
		return
	}
	s := w.implSummary(m)
	if s == nil {
		return
	}
	for _, a := range s.Accesses {
		if p.WritesOnly && a.Op != knowledge.Write {
			continue
		}
		desc, ok := pendingFinding(a, p.Args)
		if !ok {
			continue
		}
		pos, end := w.callRange(call)
		chain := strings.Join(append(slices.Clone(p.Chain), a.Chain...), " → ")
		sup.report(analysisDiagnostic(pos, end, fmt.Sprintf("handler %s: %s reaches %s with no check against the JWT subject",
			p.Handler, desc, chain)))
		return
	}
}

// pendingFinding maps an implementation's access onto the pending call's
// arguments: it is a finding when a request id selects the objects and
// the subject confines none of it.
func pendingFinding(a Access, args []PendingArg) (string, bool) {
	desc := ""
	for _, flt := range a.Filters {
		for _, r := range flt.Refs {
			i := r.Param - 1 // the implementation's receiver is parameter 0
			switch {
			case r.Param == refSubject:
				return "", false
			case i >= 0 && i < len(args) && args[i].Subject:
				return "", false
			case i >= 0 && i < len(args) && args[i].Request != "" && desc == "":
				desc = args[i].Request
			}
		}
	}
	return desc, desc != ""
}

// lookupMethod finds an interface method by its full name,
// "(pkg/path.Iface).Method", among the types the package can see.
func (w *world) lookupMethod(full string) *types.Func {
	recv, ok := receiverOf(full)
	if !ok {
		return nil
	}
	n := w.lookupNamed(recv)
	if n == nil {
		return nil
	}
	name := full[strings.LastIndex(full, ".")+1:]
	for i := range n.NumMethods() {
		if n.Method(i).Name() == name {
			return n.Method(i)
		}
	}
	if iface, ok := n.Underlying().(*types.Interface); ok {
		for i := range iface.NumMethods() {
			if iface.Method(i).Name() == name {
				return iface.Method(i)
			}
		}
	}
	return nil
}
