package analyzer

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// summarize condenses a function's flow into what its callers need.
func (w *world) summarize(f *funcFlow) *Summary {
	c := newCover(f)
	s := &Summary{ReadsSubject: f.readsSubject, ReadsAnonymous: f.readsAnon, StoresPrincipal: f.storesPrincipal, Stores: f.stores, Authenticates: f.authenticates}
	exported := make(map[*access]int)
	same := make(map[string]int)
	for _, acc := range f.accesses {
		if _, done := exported[acc]; done || c.accessCovered(inCallee, acc) {
			continue
		}
		a, ok := c.exportAccess(acc)
		if !ok {
			continue
		}
		// Accesses that callers would judge alike are one: layered code
		// would otherwise multiply them at every level.
		key := a.String()
		if i, dup := same[key]; dup {
			exported[acc] = i
			continue
		}
		if len(s.Accesses) == maxSummaryAccesses {
			continue
		}
		same[key] = len(s.Accesses)
		exported[acc] = len(s.Accesses)
		s.Accesses = append(s.Accesses, a)
	}
	s.Results = c.results(exported)
	s.Scopes = c.scopes()
	s.Callbacks = w.adapterCallbacks(f.fn)
	s.Middleware, s.Grants, s.Optional = c.gates()
	if s.Optional {
		s.Switches = c.switches()
	}
	s.Checks = c.checks()
	if len(s.Checks) > 0 {
		s.Failures = c.failures
	}
	for _, e := range f.exposures {
		for _, i := range e.origins {
			if o := f.origins[i]; o.kind == fromParam {
				s.Exposes = appendRef(s.Exposes, Ref{Param: o.param, Path: o.path})
			}
		}
	}
	return s
}

// maxSummaryAccesses bounds the accesses a summary carries; beyond it the
// analysis misses accesses rather than slows down.
const maxSummaryAccesses = 32

// exportAccess renders an access for callers; false when none of its
// filters derives from anything a caller supplies.
func (c *cover) exportAccess(acc *access) (Access, bool) {
	a := Access{Op: acc.op, Chain: acc.chain, Exposed: c.exposedInside(acc), Open: acc.open}
	if c.propagatesAbsence(acc) {
		a.NotFound = acc.notFound
	}
	resolvable := false
	for _, l := range acc.filters {
		flt, ok := c.toFilter(l)
		if ok || acc.open != "" {
			a.Filters = append(a.Filters, flt) // an open call keeps one per argument
		}
		for _, r := range flt.Refs {
			resolvable = resolvable || r.Param >= 0 || r.Param == refRequest
		}
	}
	return a, resolvable
}

// String renders an access as callers judge it.
func (a Access) String() string {
	s := fmt.Sprintf("%s %s %s %v", a.Op, a.Open, a.NotFound, a.Exposed)
	for _, f := range a.Filters {
		s += "|" + f.String()
	}
	return s + "|" + strings.Join(a.Chain, ">")
}

// exposedInside reports whether the function writes what acc fetched into
// the response itself.
func (c *cover) exposedInside(acc *access) bool {
	if acc.fetched < 0 {
		return false
	}
	for _, e := range c.f.exposures {
		if e.origins.has(acc.fetched) {
			return true
		}
	}
	return false
}

// toFilter renders a filter label as Refs; false when it refers to
// nothing a caller can resolve.
func (c *cover) toFilter(l *label) (Filter, bool) {
	if l == nil {
		return Filter{}, false
	}
	flt := Filter{Subject: l.subject, Refs: c.refs(l.origins, 0), Model: l.model}
	if l.scope && len(flt.Refs) == 0 {
		flt.Refs = []Ref{{Param: refSubject}}
		flt.Subject = false
	}
	return flt, len(flt.Refs) > 0 || flt.Subject
}

// refs renders origins as Refs. An object fetched inside stands for the
// ids it was fetched by.
func (c *cover) refs(os originSet, depth int) []Ref {
	var out []Ref
	for _, i := range os {
		o := c.f.origins[i]
		switch o.kind {
		case fromParam:
			out = appendRef(out, Ref{Param: o.param, Path: o.path})
		case fromRequest:
			r := Ref{Param: refRequest, Kind: o.source, Key: o.key}
			if p, ok := o.keyValue.(*ssa.Parameter); ok && o.key == "" {
				r.KeyParam = slices.Index(c.f.fn.Params, p) + 1
			}
			out = appendRef(out, r)
		case fromFetch:
			if depth < maxCoverDepth {
				for _, l := range o.access.filters {
					if l != nil {
						for _, r := range c.refs(l.origins, depth+1) {
							out = appendRef(out, r)
						}
					}
				}
			}
		}
	}
	return out
}

// appendRef adds r to a sorted set of Refs.
func appendRef(rs []Ref, r Ref) []Ref {
	i, found := slices.BinarySearchFunc(rs, r, compareRefs)
	if found {
		return rs
	}
	return slices.Insert(rs, i, r)
}

func compareRefs(a, b Ref) int {
	switch {
	case a.Param != b.Param:
		return a.Param - b.Param
	case a.Path != b.Path:
		return compareStrings(a.Path, b.Path)
	case a.Kind != b.Kind:
		return int(a.Kind) - int(b.Kind)
	case a.KeyParam != b.KeyParam:
		return a.KeyParam - b.KeyParam
	}
	return compareStrings(a.Key, b.Key)
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// results says what each result of the function derives from.
func (c *cover) results(exported map[*access]int) []Result {
	sig := c.f.fn.Signature.Results()
	var out []Result
	for i := range sig.Len() {
		if isErrorOrBool(sig.At(i).Type()) {
			continue
		}
		var l *label
		for _, rp := range c.returnPoints() {
			if i < len(rp.results) && rp.results[i] != nil {
				l = join(l, c.f.label(rp.results[i]).flat())
			}
		}
		if r, ok := c.result(i, l, exported); ok {
			out = append(out, r)
		}
	}
	return out
}

func (c *cover) result(i int, l *label, exported map[*access]int) (Result, bool) {
	if l.isEmpty() {
		return Result{}, false
	}
	r := Result{Index: i, Subject: l.subject, Scope: l.scope, Claims: l.claims, Anonymous: l.anon}
	for _, o := range l.origins {
		org := c.f.origins[o]
		if org.kind == fromFetch {
			if k, ok := exported[org.access]; ok {
				r.Fetched = append(r.Fetched, k)
			}
			continue
		}
		r.Refs = append(r.Refs, c.refs(originSet{o}, 0)...)
	}
	slices.Sort(r.Fetched)
	r.Fetched = slices.Compact(r.Fetched)
	slices.SortFunc(r.Refs, compareRefs)
	r.Refs = slices.CompactFunc(r.Refs, func(a, b Ref) bool { return compareRefs(a, b) == 0 })
	return r, len(r.Refs) > 0 || r.Subject || r.Claims || len(r.Fetched) > 0
}

// signal returns the index of the result that tells success, and whether
// it is an error (else a bool); -1 when there is none.
// A bool result decides over an error: in ok, err := enforce(...) the error
// only reports that the policy could not be asked.
func signal(sig *types.Signature) (int, bool) {
	res := sig.Results()
	for i := res.Len() - 1; i >= 0; i-- {
		if b, ok := res.At(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
			return i, false
		}
	}
	if res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type()) {
		return res.Len() - 1, true
	}
	return -1, false
}
