package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// ContextKeys are the keys under which a package's middleware stores the
// subject (or the verified claims) in the request context, so that
// handlers reading them back read the subject. Exported as a package fact.
type ContextKeys struct {
	Subject []string
	Claims  []string
	// Anonymous are the keys that middleware which lets callers without a
	// token through also stores: the caller read back may be nobody.
	Anonymous []string
}

// AFact marks ContextKeys as an analysis fact.
func (*ContextKeys) AFact() {}

func (k *ContextKeys) String() string {
	s := "keys(subject " + joinKeys(k.Subject) + "; claims " + joinKeys(k.Claims)
	if len(k.Anonymous) > 0 {
		s += "; anonymous " + joinKeys(k.Anonymous)
	}
	return s + ")"
}

func joinKeys(ks []string) string {
	out := ""
	for i, k := range ks {
		if i > 0 {
			out += ", "
		}
		out += k
	}
	return out
}

// keyKind is what a context key holds.
type keyKind uint8

const (
	subjectKey keyKind = iota + 1
	claimsKey
)

// keyID identifies a context key value across packages: a string
// constant, a constant or zero value of a named key type, or a variable.
func keyID(v ssa.Value) string {
	v = unwrapInterface(v)
	switch k := v.(type) {
	case *ssa.Const:
		return constKeyID(k)
	case *ssa.UnOp:
		if k.Op != token.MUL {
			return ""
		}
		if g, ok := k.X.(*ssa.Global); ok {
			return "var " + g.Pkg.Pkg.Path() + "." + g.Name()
		}
		if fa, ok := k.X.(*ssa.FieldAddr); ok {
			// a field of a package-level struct of keys: session.Keys.User
			if g, ok := fa.X.(*ssa.Global); ok {
				st, _ := structOf(fa.X.Type())
				return "var " + g.Pkg.Pkg.Path() + "." + g.Name() + "." + st.Field(fa.Field).Name()
			}
		}
	}
	return ""
}

func constKeyID(k *ssa.Const) string {
	prefix := "const "
	if n, ok := types.Unalias(k.Type()).(*types.Named); ok {
		prefix = "type " + typeKey(n) + " "
	}
	if k.Value == nil {
		return prefix + "zero"
	}
	if k.Value.Kind() == constant.String {
		return prefix + constant.StringVal(k.Value)
	}
	return prefix + k.Value.ExactString()
}

// contextStore records a key under which a subject or claims are stored.
func (f *funcFlow) contextStore(t target, s knowledge.ContextStore) {
	if s.Key >= len(t.args) || s.Value >= len(t.args) {
		return
	}
	id := keyID(t.args[s.Key])
	if id == "" {
		return
	}
	var v *label
	for _, val := range variadicOf(t.args, s.Value) {
		v = join(v, f.labelAt(val, nil))
	}
	scalar := false
	for _, val := range variadicOf(t.args, s.Value) {
		scalar = scalar || isScalar(unwrapInterface(val).Type())
	}
	switch {
	case v != nil && v.subject && scalar && len(v.origins) == 0:
		f.w.addKey(id, subjectKey)
	case v != nil && v.claims:
		f.w.addKey(id, claimsKey)
	case isPrincipalKey(t.args[s.Key]):
		// Middleware that authenticated the caller some other way (a
		// session cookie, an API key) hands over the principal.
		f.w.addKey(id, principalKind(t.args[s.Value]))
	default:
		return
	}
	f.storesPrincipal = true
	f.stores = appendString(f.stores, id)
}

// principalKind is what a key holding a value of v's type holds.
func principalKind(v ssa.Value) keyKind {
	if isScalar(unwrapInterface(v).Type()) {
		return subjectKey
	}
	return claimsKey
}

// contextLoad returns the label of a value read back from the context.
func (f *funcFlow) contextLoad(c *ssa.CallCommon, t target, keyArg int) *label {
	if keyArg >= len(t.args) {
		return nil
	}
	key := t.args[keyArg]
	id := keyID(key)
	kind := f.w.keyKind(id)
	// A caller read back from a key that optional middleware also stores
	// may be nobody: reading it is no sign of authentication, though the
	// value is still the subject when there is one.
	authenticated := !f.w.anonKeys[id]
	if kind == 0 && isUserSubjectKey(key) {
		kind = subjectKey
	}
	from := &label{anon: !authenticated}
	if kind == 0 && isPrincipalKey(key) {
		return f.results(c, func(rt types.Type) *label {
			if l := principalResult(rt); l != nil {
				return f.readIdentity(from, l)
			}
			return nil
		})
	}
	if kind == 0 {
		return nil
	}
	return f.results(c, func(rt types.Type) *label {
		switch {
		case isErrorOrBool(rt):
			return nil
		case kind == claimsKey:
			return f.readIdentity(from, &label{claims: true})
		}
		return f.readIdentity(from, &label{subject: true, scope: true})
	})
}

func (w *world) addKey(id string, k keyKind) {
	if w.keys[id] < k {
		w.keys[id] = k
		w.newKeys = true
	}
	if w.localKeys[id] < k {
		w.localKeys[id] = k
	}
}

// keyKind says what key id holds, by this package's middleware or by that
// of the packages it imports.
func (w *world) keyKind(id string) keyKind {
	if id == "" {
		return 0
	}
	w.importKeys()
	return w.keys[id]
}

func (w *world) importKeys() {
	if w.keysImported {
		return
	}
	w.keysImported = true
	for _, imp := range w.src.imports {
		var ks ContextKeys
		if !w.pass.ImportPackageFact(imp, &ks) {
			continue
		}
		for _, id := range ks.Subject {
			w.keys[id] = max(w.keys[id], subjectKey)
		}
		for _, id := range ks.Claims {
			w.keys[id] = max(w.keys[id], claimsKey)
		}
		for _, id := range ks.Anonymous {
			w.anonKeys[id] = true
		}
	}
}

// exportKeys exports the keys this package's middleware stores.
func (w *world) exportKeys() {
	var ks ContextKeys
	for id, k := range w.localKeys {
		if k == subjectKey {
			ks.Subject = append(ks.Subject, id)
		} else {
			ks.Claims = append(ks.Claims, id)
		}
	}
	for id := range w.localAnon {
		ks.Anonymous = append(ks.Anonymous, id)
	}
	if len(ks.Subject)+len(ks.Claims) == 0 {
		return
	}
	slices.Sort(ks.Subject)
	slices.Sort(ks.Claims)
	slices.Sort(ks.Anonymous)
	w.pass.ExportPackageFact(&ks)
}

// isUserSubjectKey reports whether the user named key with -subject-keys:
// by its string value, or by the package path and name of its type or
// variable.
func isUserSubjectKey(v ssa.Value) bool {
	if len(cfg.subjectKeys) == 0 {
		return false
	}
	v = unwrapInterface(v)
	if s, ok := constString(v); ok && cfg.subjectKeys[s] {
		return true
	}
	if n, ok := types.Unalias(v.Type()).(*types.Named); ok && cfg.subjectKeys[typeKey(n)] {
		return true
	}
	if load, ok := v.(*ssa.UnOp); ok {
		if g, ok := load.X.(*ssa.Global); ok && cfg.subjectKeys[g.Pkg.Pkg.Path()+"."+g.Name()] {
			return true
		}
	}
	return false
}

// markAnonymousKeys records the keys that the package's optional
// middleware stores, and reports whether any is new: handlers analysed
// before took a read of them for authentication.
func (w *world) markAnonymousKeys(funcs []*ssa.Function) bool {
	added := false
	for _, fn := range funcs {
		s := w.summaries[fn]
		if fn.Parent() != nil || s == nil || !s.Optional {
			continue
		}
		for _, id := range w.storedBy(fn) {
			if !w.anonKeys[id] {
				w.anonKeys[id], w.localAnon[id], added = true, true, true
			}
		}
	}
	return added
}

// storedBy returns the keys fn and the closures it makes store.
func (w *world) storedBy(fn *ssa.Function) []string {
	var out []string
	if s := w.summaries[fn]; s != nil {
		out = append(out, s.Stores...)
	}
	for _, anon := range fn.AnonFuncs {
		out = append(out, w.storedBy(anon)...)
	}
	return out
}
