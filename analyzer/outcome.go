package analyzer

import (
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// outcomeFacts handles a test of whether a scoped access found anything:
// err == nil after a query the subject confines, RowsAffected > 0, an
// exists flag. Where it did, the ids that keyed the access belong to the
// caller (SPEC: later accesses by the same id, on the path where the check
// passed, are covered). It returns nil when v is no such test.
func (c *cover) outcomeFacts(v ssa.Value, truth bool) []pair {
	subject, success, ok := c.outcomeTest(v, truth)
	if !ok || !success {
		return nil
	}
	var out []pair
	for _, i := range c.f.label(subject).originsOrNil() {
		o := c.f.origins[i]
		if (o.kind != fromOutcome && o.kind != fromFetch) || !isScoped(o.access) {
			continue
		}
		for _, l := range o.access.filters {
			for _, a := range l.originsOrNil() {
				out = append(out, pair{a, sideSubject})
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// outcomeTest recognises a success test: v is a flag, or compares a value
// with nil or a zero count. It returns the tested value and whether the
// edge where v is truth is the one where the access succeeded.
func (c *cover) outcomeTest(v ssa.Value, truth bool) (ssa.Value, bool, bool) {
	b, ok := v.(*ssa.BinOp)
	if !ok {
		if isErrorOrBool(v.Type()) {
			return v, truth, true
		}
		return nil, false, false
	}
	x, k, op := b.X, b.Y, b.Op
	if _, isConst := x.(*ssa.Const); isConst {
		x, k, op = b.Y, b.X, mirror(op)
	}
	kc, isConst := k.(*ssa.Const)
	if !isConst {
		return nil, false, false
	}
	switch {
	case kc.IsNil():
		// err == nil succeeds when true, err != nil when false.
		return x, (op == token.EQL) == truth, op == token.EQL || op == token.NEQ
	case isZero(kc):
		switch op {
		case token.NEQ, token.GTR:
			return x, truth, true
		case token.EQL, token.LEQ:
			return x, !truth, true
		}
	}
	return nil, false, false
}

// mirror returns the operator that holds with its operands swapped.
func mirror(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

func isZero(k *ssa.Const) bool {
	if k.Value == nil {
		return false
	}
	switch k.Value.Kind() {
	case constant.Int, constant.Float:
		return constant.Sign(k.Value) == 0
	}
	return false
}
