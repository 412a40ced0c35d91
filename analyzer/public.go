package analyzer

import (
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// Public objects. A service that serves an object to anonymous callers,
// on a route behind optional authentication, and reads the same object
// through the same function of its own code and by the same parameter in
// a handler behind required authentication, serves a public object there
// too: the realworld API's articles, read by slug for anyone, and read
// again when a signed-in reader favourites one. Such reads are not
// reported. A read straight from the driver is not enough to tell the
// object (a public product and a private board both come from First).

// collectPublicReads records the read findings of the routes the package
// mounts behind optional authentication only.
func (w *world) collectPublicReads(funcs []*ssa.Function, regs []registration) {
	w.public = make(map[string]bool)
	for _, r := range regs {
		if !r.anonymous() {
			continue
		}
		switch {
		case r.fn != nil && w.flows[r.fn] != nil:
			for _, m := range readMessages(w.findings(w.flows[r.fn])) {
				w.public[m] = true
			}
		case r.obj != nil:
			var hf HandlerFindings
			if w.pass.ImportObjectFact(r.obj, &hf) {
				w.addPublic(hf.Reads)
			}
		}
	}
	for _, call := range callsOf(funcs) {
		w.publicRouterReads(call)
	}
}

// publicRouterReads records the reads of the handlers that a function of
// another package mounts on a router this call passes behind optional
// authentication only.
func (w *world) publicRouterReads(call *ssa.Call) {
	t := w.resolve(call.Common())
	if t.fn != nil {
		return // this package's registrations are among regs
	}
	s := w.summaryOf(t)
	if s == nil {
		return
	}
	for _, rf := range s.Routes {
		if rf.Param < len(t.operands) && !w.routerAuth(t.operands[rf.Param], call) &&
			w.routerHas(t.operands[rf.Param], gateOptional, call, 0) {
			w.addPublic(rf.Reads)
		}
	}
}

func (w *world) addPublic(msgs []string) {
	for _, m := range msgs {
		w.public[m] = true
	}
}

// readMessages renders the findings that read through a function of the
// analysed code: those a public route can share.
func readMessages(found []finding) []string {
	var out []string
	for _, fd := range found {
		if fd.acc.op == knowledge.Read && len(fd.acc.chain) > 1 {
			out = appendString(out, fd.message())
		}
	}
	return out
}

// withoutPublic drops the messages of public reads from msgs; reads are
// the messages of msgs that are reads.
func (w *world) withoutPublic(msgs, reads []string) []string {
	var out []string
	for _, m := range msgs {
		if !w.public[m] || !slices.Contains(reads, m) {
			out = append(out, m)
		}
	}
	return out
}
