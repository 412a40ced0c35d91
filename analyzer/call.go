package analyzer

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// call computes the label of a call's result and records what the call
// does: reading a request parameter or the subject, accessing data,
// writing the response.
func (f *funcFlow) call(instr ssa.CallInstruction) *label {
	c := instr.Common()
	if b, ok := c.Value.(*ssa.Builtin); ok {
		return f.builtin(b, c.Args)
	}
	t := f.w.resolve(c)
	if f.collect && t.fn == nil && !c.IsInvoke() && isInput(c.Value) {
		f.callbacks = append(f.callbacks, callbackCall{instr: instr, input: c.Value, args: c.Args})
	}
	l := f.dispatch(instr, t)
	if knowledge.VerifyFuncs[t.key] || f.authenticatingCallee(t) {
		l = f.verified(instr, l)
	}
	return l
}

// dispatch computes the label of a call by what its callee is.
func (f *funcFlow) dispatch(instr ssa.CallInstruction, t target) *label {
	c := instr.Common()
	f.expose(instr, t)
	f.passedClosures(instr, t)
	if isPred, widens := entPredicate(t); isPred {
		var l *label
		for _, a := range t.args {
			l = join(l, f.labelAt(a, nil).flat())
		}
		if widens && l != nil && l.scope {
			c := *l
			c.scope = false
			l = &c
		}
		return l
	}
	if l, ok := f.knownCall(instr, t); ok {
		return l
	}
	if s := f.w.summaryOf(t); s != nil {
		return f.applySummary(instr, t, s)
	}
	if f.w.isPrincipalHelper(t) {
		f.readsSubject = true
		return f.results(instr.Common(), principalResult)
	}
	if l, ok := f.openCall(instr, t); ok {
		return l
	}
	return f.unknownCall(c, t)
}

// knownCall handles the calls the knowledge tables describe.
func (f *funcFlow) knownCall(instr ssa.CallInstruction, t target) (*label, bool) {
	if t.key == "" {
		return nil, false
	}
	if s, ok := sourceOf(t.key); ok {
		return f.sourceCall(instr, t, s), true
	}
	if b, ok := knowledge.Binders[t.key]; ok {
		f.bind(t, b)
		return nil, true
	}
	if isSubjectFunc(t.key) {
		return f.subjectCall(instr, t), true
	}
	if knowledge.VerifyFuncs[t.key] {
		f.authenticates = true
		return nil, false
	}
	if s, ok := knowledge.ContextStores[t.key]; ok && len(variadicOf(t.args, s.Value)) > 0 {
		f.contextStore(t, s)
		return nil, false
	}
	if k, ok := knowledge.ContextLoads[t.key]; ok {
		return f.contextLoad(instr.Common(), t, k), true
	}
	if s, ok := sinkOf(t.key); ok {
		return f.sinkCall(instr, t, s), true
	}
	if _, ok := knowledge.Chains[t.key]; ok {
		return nil, true
	}
	if knowledge.ResponseWrappers[t.key] && len(t.args) > 0 {
		if w := f.label(t.args[0]); w != nil && w.writer != notWriter {
			return &label{writer: streamWriter}, true
		}
	}
	return nil, false
}

func (f *funcFlow) builtin(b *ssa.Builtin, args []ssa.Value) *label {
	switch b.Name() {
	case "append":
		var out *label
		for _, a := range args {
			out = join(out, f.label(a))
		}
		return out
	case "min", "max":
		var out *label
		for _, a := range args {
			out = join(out, f.label(a).valueOnly())
		}
		return out
	}
	return nil
}

// sourceCall reads a request parameter.
func (f *funcFlow) sourceCall(instr ssa.CallInstruction, t target, s knowledge.Source) *label {
	if s.Map {
		return &label{params: s.Kind}
	}
	var key string
	switch {
	case s.KeyArg >= 0 && s.KeyArg < len(t.args):
		key, _ = constString(t.args[s.KeyArg])
	case s.KeyArg == knowledge.FirstString:
		for _, a := range t.args {
			if k, ok := constString(a); ok {
				key = k
				break
			}
		}
	}
	l := f.requestLabel(s.Kind, key, instr.Pos(), "")
	if key == "" && s.KeyArg >= 0 && s.KeyArg < len(t.args) {
		f.origins[l.origins[0]].keyValue = t.args[s.KeyArg]
	}
	return f.results(instr.Common(), func(types.Type) *label { return l })
}

// bind fills the tagged fields of the struct a binder's argument points to.
func (f *funcFlow) bind(t target, b knowledge.Binder) {
	if b.Arg >= len(t.args) {
		return
	}
	arg := unwrapInterface(t.args[b.Arg])
	st, _ := structOf(arg.Type())
	if st == nil {
		return
	}
	root, base := f.pathOf(arg)
	for i := range st.NumFields() {
		tag := reflectTag(st.Tag(i))
		for _, bt := range b.Tags {
			name, ok := tag.Lookup(bt.Tag)
			if !ok || name == "-" {
				continue
			}
			name = tagName(name)
			f.store(root, appendPath(base, i), f.requestLabel(bt.Kind, name, arg.Pos(), ""))
		}
	}
}

// subjectCall reads the subject or the claims from a token.
func (f *funcFlow) subjectCall(instr ssa.CallInstruction, t target) *label {
	f.readsSubject = true
	for _, a := range t.args {
		f.storeThrough(a, &label{subject: true, scope: true}) // jwx v3 tok.Get("user_id", &uid)
	}
	return f.results(instr.Common(), f.subjectResult)
}

// subjectResult is the label of a result of a subject accessor by its type.
func (f *funcFlow) subjectResult(t types.Type) *label {
	switch {
	case isErrorOrBool(t):
		return nil
	case f.w.isClaims(t):
		return &label{claims: true}
	}
	if _, ok := t.Underlying().(*types.Map); ok {
		return &label{claims: true}
	}
	return &label{subject: true, scope: true}
}

// results builds the label of a call's result from a label per result.
func (f *funcFlow) results(c *ssa.CallCommon, of func(types.Type) *label) *label {
	tuple := c.Signature().Results()
	switch tuple.Len() {
	case 0:
		return nil
	case 1:
		return of(tuple.At(0).Type())
	}
	out := &label{fields: make(map[int]*label)}
	for i := range tuple.Len() {
		if l := of(tuple.At(i).Type()); l != nil {
			out.fields[i] = l
		}
	}
	return out
}

// unknownCall is a call the analysis has no summary of: identifiers pass
// through conversions (strconv.Atoi, uuid.Parse, fmt.Sprint), fetched
// objects through decoders, and a method of a fetched result (rows.Scan,
// cursor.All) stores them into the pointers it is given.
func (f *funcFlow) unknownCall(c *ssa.CallCommon, t target) *label {
	var in *label
	for _, a := range t.operands {
		in = join(in, f.labelAt(a, nil).valueOnly())
	}
	fetched := f.fetchedOnly(in)
	if t.recv != nil {
		if r := f.scannable(f.label(t.recv).flat()); r != nil {
			for _, a := range t.args {
				f.storeThrough(a, r)
			}
		}
	}
	return f.results(c, func(rt types.Type) *label {
		switch {
		case isErrorOrBool(rt):
			return f.verdict(in)
		case isScalar(rt):
			return in
		case f.w.isClaims(rt):
			return join(fetched, &label{claims: true})
		}
		return fetched
	})
}

// scannable keeps the origins of a receiver that a method such as Scan or
// Decode copies into the pointers it is given: fetched objects, and the
// parameters a summary resolves to them.
func (f *funcFlow) scannable(l *label) *label {
	if l == nil {
		return nil
	}
	var out originSet
	for _, i := range l.origins {
		if k := f.origins[i].kind; k == fromFetch || k == fromParam {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return &label{origins: out}
}

// fetchedOnly keeps the fetched-object origins of l.
func (f *funcFlow) fetchedOnly(l *label) *label {
	if l == nil {
		return nil
	}
	var out originSet
	for _, i := range l.origins {
		if f.origins[i].kind == fromFetch {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return &label{origins: out}
}

// storeThrough stores l into whatever a pointer argument points to,
// looking through the ...any slice of a variadic call.
func (f *funcFlow) storeThrough(arg ssa.Value, l *label) {
	for _, p := range f.pointees(arg) {
		root, path := f.pathOf(p)
		f.store(root, path, l)
	}
}

// pointees returns the pointers an argument passes: itself, or the
// elements of a variadic slice.
func (f *funcFlow) pointees(arg ssa.Value) []ssa.Value {
	switch a := arg.(type) {
	case *ssa.MakeInterface:
		return f.pointees(a.X)
	case *ssa.Slice:
		if elems, ok := varargs(a); ok {
			var out []ssa.Value
			for _, e := range elems {
				out = append(out, f.pointees(e)...)
			}
			return out
		}
	}
	if _, ok := arg.Type().Underlying().(*types.Pointer); ok {
		return []ssa.Value{arg}
	}
	return nil
}

// pointeesOrSelf returns the values a variadic ...any argument carries, or
// the argument itself.
func (f *funcFlow) pointeesOrSelf(arg ssa.Value) []ssa.Value {
	if s, ok := arg.(*ssa.Slice); ok {
		if elems, ok := varargs(s); ok {
			return elems
		}
	}
	return []ssa.Value{arg}
}
