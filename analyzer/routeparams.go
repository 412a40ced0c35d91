package analyzer

import (
	"fmt"
	"slices"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"

	"golang.org/x/tools/go/ssa"
)

// summariseRouterParams records, in the summary of each function that
// registers handlers on a router it receives (func Register(r chi.Router)),
// the findings of those handlers: the package calling it with a router
// behind JWT middleware reports them at its call.
func (w *world) summariseRouterParams(regs []registration) {
	for _, r := range regs {
		if r.jwt || r.router == nil {
			continue
		}
		p := w.routerParam(r.router, 0)
		if p == nil || w.summaries[p.Parent()] == nil {
			continue
		}
		msgs, writes, reads := w.registeredFindings(r)
		if len(msgs) == 0 {
			continue
		}
		s := w.summaries[p.Parent()]
		s.Routes = append(s.Routes, RouteFindings{Param: slices.Index(p.Parent().Params, p),
			Handler: displayName(r.obj, true), Messages: msgs, Writes: writes, Reads: reads})
	}
}

// registeredFindings returns the findings of a registered handler that is
// not authenticated otherwise, and those of them that stand behind
// optional authentication.
func (w *world) registeredFindings(r registration) (msgs, writes, reads []string) {
	switch {
	case r.fn != nil:
		f := w.flows[r.fn]
		if f == nil || f.readsCaller() {
			return nil, nil, nil // reported in the handler itself
		}
		found := w.findings(f)
		for _, fd := range found {
			msgs = append(msgs, fd.message())
		}
		return msgs, optionalMessages(f, found), readMessages(found)
	case r.obj != nil:
		var hf HandlerFindings
		if w.pass.ImportObjectFact(r.obj, &hf) {
			return hf.Messages, hf.Writes, hf.Reads
		}
	}
	return nil, nil, nil
}

// routerParam returns the parameter of a package-level function that a
// router value comes from, directly or through groups and sub-routers
// derived from it, or nil.
func (w *world) routerParam(v ssa.Value, depth int) *ssa.Parameter {
	if depth > maxRouteDepth {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		if v.Parent().Parent() == nil {
			return v
		}
		for _, s := range w.callSites()[v.Parent()] {
			if s.callback {
				return w.routerParam(s.call, depth+1)
			}
		}
	case *ssa.Call:
		if t := w.resolve(v.Common()); t.recv != nil && (isDerive(t.key) || knowledge.Uses[t.key]) {
			return w.routerParam(t.recv, depth+1)
		}
	case *ssa.MakeInterface:
		return w.routerParam(v.X, depth+1)
	case *ssa.ChangeInterface:
		return w.routerParam(v.X, depth+1)
	case *ssa.FieldAddr:
		return w.routerParam(v.X, depth+1)
	}
	return nil
}

// reportRouterParams reports, at calls that pass a router behind JWT
// middleware to a function registering handlers on it, the findings of
// those handlers.
func (w *world) reportRouterParams(sup *suppressor, funcs []*ssa.Function) {
	for _, call := range callsOf(funcs) {
		w.reportRouterCall(sup, call)
	}
}

func (w *world) reportRouterCall(sup *suppressor, call *ssa.Call) {
	t := w.resolve(call.Common())
	if t.fn != nil {
		return // the same package: its handlers count as authenticated already
	}
	s := w.summaryOf(t)
	if s == nil || len(s.Routes) == 0 {
		return
	}
	pos, end := w.callRange(call)
	for _, rf := range s.Routes {
		if rf.Param >= len(t.operands) {
			continue
		}
		msgs, behind := w.withoutPublic(rf.Messages, rf.Reads), "JWT middleware"
		switch router := t.operands[rf.Param]; {
		case w.routerAuth(router, call):
		case w.routerHas(router, gateOptional, call, 0):
			msgs, behind = rf.Writes, "optional authentication"
		default:
			continue
		}
		for _, m := range msgs {
			sup.report(analysisDiagnostic(pos, end, fmt.Sprintf("handler %s, registered behind %s through %s: %s",
				rf.Handler, behind, displayName(t.obj, true), m)))
		}
	}
}
