package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// summaryOf returns the summary of the callee of t: computed earlier for
// the analysed package, imported as a fact for another package's function.
func (w *world) summaryOf(t target) *Summary {
	if fn := w.bodyOf(t.fn); fn != nil {
		return w.summaries[fn]
	}
	if t.obj == nil || t.obj.Pkg() == nil {
		return nil
	}
	if t.recv != nil && types.IsInterface(t.recv.Type()) && t.fn == nil {
		return w.implSummary(t.obj)
	}
	if t.obj.Pkg() == w.pass.Pkg {
		return nil
	}
	obj := t.obj.Origin()
	if s, ok := w.imported[obj]; ok {
		return s
	}
	s := new(Summary)
	if !w.pass.ImportObjectFact(obj, s) {
		s = nil
	}
	w.imported[obj] = s
	return s
}

// bodyOf returns the function of the analysed package whose body fn runs:
// fn itself, or the method a bound-method wrapper calls; nil when the body
// is elsewhere.
func (w *world) bodyOf(fn *ssa.Function) *ssa.Function {
	if fn == nil {
		return nil
	}
	if obj, ok := fn.Object().(*types.Func); ok && fn.Synthetic != "" {
		fn = w.pkg.Prog.FuncValue(obj)
	}
	if fn == nil || fn.Pkg != w.pkg {
		return nil
	}
	return fn
}

// applySummary stands a callee's summary in for its body at a call.
func (f *funcFlow) applySummary(instr ssa.CallInstruction, t target, s *Summary) *label {
	f.readsSubject = f.readsSubject || s.ReadsSubject
	f.readsAnon = f.readsAnon || s.ReadsAnonymous
	f.storesPrincipal = f.storesPrincipal || s.StoresPrincipal
	for _, id := range s.Stores {
		f.stores = appendString(f.stores, id)
	}
	f.authenticates = f.authenticates || s.Authenticates
	fetched := f.applyAccesses(instr, t, s)
	byIndex := make(map[int]Result, len(s.Results))
	for _, r := range s.Results {
		byIndex[r.Index] = r
	}
	var outcome *label
	for _, l := range fetched {
		outcome = join(outcome, f.verdict(l))
	}
	i := -1
	return f.results(instr.Common(), func(rt types.Type) *label {
		i++
		r, ok := byIndex[i]
		switch {
		case isErrorOrBool(rt):
			return outcome
		case !ok:
			return nil
		}
		return f.resultLabel(instr, t, r, fetched)
	})
}

// applyAccesses records the callee's data accesses as accesses of this
// call and returns the label of the objects each fetches.
func (f *funcFlow) applyAccesses(instr ssa.CallInstruction, t target, s *Summary) []*label {
	fetched := make([]*label, len(s.Accesses))
	for i, a := range s.Accesses {
		acc := f.nextAccess(instr)
		acc.op = a.Op
		acc.notFound = a.NotFound
		acc.open = a.Open
		acc.chain = a.Chain
		if t.obj != nil {
			acc.chain = append([]string{displayName(t.obj, true)}, a.Chain...)
		}
		acc.filters = acc.filters[:0]
		for _, flt := range a.Filters {
			acc.filters = append(acc.filters, f.filterLabel(instr, t, flt))
		}
		fetched[i] = f.fetchedLabel(acc)
		if f.collect {
			f.accesses = append(f.accesses, acc)
			if a.Exposed && acc.fetched >= 0 && fetched[i].origins.has(acc.fetched) {
				f.exposures = append(f.exposures, &exposure{instr: instr, origins: originSet{acc.fetched}})
			}
		}
	}
	return fetched
}

func (f *funcFlow) filterLabel(instr ssa.CallInstruction, t target, flt Filter) *label {
	var l *label
	for _, r := range flt.Refs {
		if flt.Model && r.Param >= 0 && r.Path == "" && r.Param < len(t.operands) {
			l = join(l, f.modelKey(t.operands[r.Param]))
			continue
		}
		l = join(l, f.refLabel(instr, t, r).flat())
	}
	if flt.Subject {
		l = join(l, &label{subject: true})
	}
	return l
}

func (f *funcFlow) resultLabel(instr ssa.CallInstruction, t target, r Result, fetched []*label) *label {
	var l *label
	for _, ref := range r.Refs {
		l = join(l, f.refLabel(instr, t, ref))
	}
	if r.Subject || r.Scope || r.Claims {
		l = join(l, &label{subject: r.Subject, scope: r.Scope, claims: r.Claims, anon: r.Anonymous})
	}
	for _, k := range r.Fetched {
		if k < len(fetched) {
			l = join(l, fetched[k])
		}
	}
	return l
}

// refLabel resolves a callee's Ref at a call.
func (f *funcFlow) refLabel(instr ssa.CallInstruction, t target, r Ref) *label {
	switch {
	case r.Param >= 0:
		if r.Param >= len(t.operands) || t.operands[r.Param] == nil {
			return nil
		}
		return f.labelAt(t.operands[r.Param], parsePath(r.Path))
	case r.Param == refRequest:
		pos := token.NoPos
		if instr != nil {
			pos = instr.Pos()
		}
		key := r.Key
		var named ssa.Value
		if r.KeyParam > 0 && r.KeyParam <= len(t.operands) {
			named = t.operands[r.KeyParam-1]
			key, _ = constString(named)
		}
		l := f.requestLabel(r.Kind, key, pos, displayName(t.obj, true))
		if key == "" && named != nil {
			f.origins[l.origins[0]].keyValue = named // its name is the caller's to resolve
		}
		return l
	case r.Param == refSubject:
		return &label{subject: true, scope: true}
	}
	return nil
}

// passedClosures applies the summaries of closures of the analysed package
// that a call receives as arguments (db.Transaction(func(tx) error {...})):
// their accesses happen at the call, with the variables they capture.
// Handlers are registered, not run, by the calls they are passed to.
func (f *funcFlow) passedClosures(instr ssa.CallInstruction, t target) {
	for _, a := range t.args {
		mc, ok := a.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		fn, ok := mc.Fn.(*ssa.Function)
		if !ok || fn.Synthetic != "" || isHandler(fn) || f.w.summaries[fn] == nil {
			continue
		}
		ct := target{fn: fn, obj: t.obj, operands: append(make([]ssa.Value, len(fn.Params)), mc.Bindings...)}
		s := f.w.summaries[fn]
		f.applyAccesses(instr, ct, s)
		f.readsSubject = f.readsSubject || s.ReadsSubject
		f.readsAnon = f.readsAnon || s.ReadsAnonymous
	}
}

// expose records a call that writes values into the response: a
// framework's response method, any call given an http.ResponseWriter, a
// function whose summary says it writes its argument, or a store into the
// request context, which hands the value to the handlers behind (chi's
// ArticleCtx loads the article they serve).
func (f *funcFlow) expose(instr ssa.CallInstruction, t target) {
	if !f.collect {
		return
	}
	var origins originSet
	if s, ok := knowledge.ContextStores[t.key]; ok {
		for _, v := range variadicOf(t.args, s.Value) {
			origins = origins.union(f.labelAt(v, nil).flat().originsOrNil())
		}
	}
	s := f.w.summaryOf(t)
	switch {
	case knowledge.ResponseMethods[t.key]:
		for _, a := range t.args {
			origins = origins.union(f.labelAt(a, nil).flat().originsOrNil())
		}
	case s != nil:
		// A summarised callee given the writer writes what its summary
		// says: an authorization helper answers 403 with w, not the object.
		for _, e := range s.Exposes {
			origins = origins.union(f.refLabel(instr, t, e).flat().originsOrNil())
		}
	case f.passesStream(t):
		for _, a := range t.operands {
			if l := f.labelAt(a, nil).flat(); l != nil && l.writer != streamWriter {
				origins = origins.union(l.origins)
			}
		}
	}
	if len(origins) > 0 {
		f.exposures = append(f.exposures, &exposure{instr: instr, origins: origins})
	}
}

// passesStream reports whether a call is given a response writer.
func (f *funcFlow) passesStream(t target) bool {
	for _, a := range t.operands {
		if l := f.label(a); l != nil && l.writer == streamWriter {
			return true
		}
	}
	return false
}
