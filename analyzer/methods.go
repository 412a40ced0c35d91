package analyzer

import (
	"go/constant"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// methodSet is a set of HTTP methods; all stands for every method.
type methodSet struct {
	all bool
	of  []string
}

var everyMethod = methodSet{all: true}

func (s methodSet) union(t methodSet) methodSet {
	if s.all || t.all {
		return everyMethod
	}
	out := slices.Clone(s.of)
	for _, m := range t.of {
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return methodSet{of: out}
}

// only narrows s to method m.
func (s methodSet) only(m string) methodSet {
	if s.all || slices.Contains(s.of, m) {
		return methodSet{of: []string{m}}
	}
	return methodSet{}
}

// hasAny reports whether s holds one of the methods a route serves:
// "GET", "GET,POST"; "" and "ANY" serve every method.
func (s methodSet) hasAny(route string) bool {
	if s.all {
		return true
	}
	if route == "" || route == "ANY" {
		return len(s.of) > 0
	}
	for _, m := range strings.Split(route, ",") {
		if slices.Contains(s.of, strings.ToUpper(strings.TrimSpace(m))) {
			return true
		}
	}
	return false
}

// skippedMethods returns the request methods for which the skip function
// fn may return true, read from the method comparisons that guard its
// returns (c.Method() == "GET" && c.Path() != "/feed").
func (w *world) skippedMethods(fn *ssa.Function) methodSet {
	m := methodFlow{w: w, reached: make(map[*ssa.BasicBlock]methodSet), phis: make(map[*ssa.Phi]bool)}
	var out methodSet
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
			out = out.union(m.whenTrue(ret.Results[0], m.reach(b)))
		}
	}
	return out
}

// methodFlow follows which request methods reach the blocks of a skip
// function.
type methodFlow struct {
	w       *world
	reached map[*ssa.BasicBlock]methodSet
	phis    map[*ssa.Phi]bool
}

// reach returns the methods of the requests that reach block b.
func (m *methodFlow) reach(b *ssa.BasicBlock) methodSet {
	if s, ok := m.reached[b]; ok {
		return s
	}
	if len(b.Preds) == 0 {
		return everyMethod
	}
	m.reached[b] = everyMethod // a loop back to b is not followed
	var s methodSet
	for _, p := range b.Preds {
		s = s.union(m.edge(p, b))
	}
	m.reached[b] = s
	return s
}

// edge returns the methods of the requests that take the edge from p to b.
func (m *methodFlow) edge(p, b *ssa.BasicBlock) methodSet {
	at := m.reach(p)
	iff, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If)
	if !ok || p.Succs[0] == p.Succs[1] {
		return at
	}
	method, op, ok := m.methodTest(iff.Cond)
	if ok && (op == token.EQL && b == p.Succs[0] || op == token.NEQ && b == p.Succs[1]) {
		return at.only(method)
	}
	return at
}

// whenTrue returns the methods of the requests, among at, for which the
// boolean v may be true.
func (m *methodFlow) whenTrue(v ssa.Value, at methodSet) methodSet {
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.Bool && !constant.BoolVal(v.Value) {
			return methodSet{}
		}
	case *ssa.BinOp:
		if method, op, ok := m.methodTest(v); ok && op == token.EQL {
			return at.only(method)
		}
	case *ssa.Phi:
		if m.phis[v] {
			return at
		}
		m.phis[v] = true
		var s methodSet
		for i, e := range v.Edges {
			s = s.union(m.whenTrue(e, m.edge(v.Block().Preds[i], v.Block())))
		}
		return s
	}
	return at
}

// methodTest reads cond as a comparison of the request method with a
// constant: the method, upper-cased, and the operator.
func (m *methodFlow) methodTest(cond ssa.Value) (string, token.Token, bool) {
	bin, ok := cond.(*ssa.BinOp)
	if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
		return "", 0, false
	}
	for _, pair := range [][2]ssa.Value{{bin.X, bin.Y}, {bin.Y, bin.X}} {
		if s, isConst := constString(pair[1]); isConst && m.isMethodRead(pair[0]) {
			return strings.ToUpper(s), bin.Op, true
		}
	}
	return "", 0, false
}

// isMethodRead reports whether v is the request's method.
func (m *methodFlow) isMethodRead(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Call:
		return knowledge.MethodReads[m.w.resolve(v.Common()).key]
	case *ssa.UnOp:
		fa, ok := v.X.(*ssa.FieldAddr)
		return ok && v.Op == token.MUL && isRequestMethod(fa.X.Type(), fa.Field)
	}
	return false
}
