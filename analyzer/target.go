package analyzer

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// target is a resolved call: what it calls, with which receiver and
// arguments.
type target struct {
	// key is the callee's full name, as the knowledge tables spell it.
	key string
	// obj is the callee, when known.
	obj *types.Func
	// fn is the callee's body when the analysed package has it.
	fn *ssa.Function
	// recv is the receiver of a method call; args the other arguments.
	recv ssa.Value
	args []ssa.Value
	// operands are the callee's inputs in the order of its parameters
	// (receiver first) followed by the free variables of a closure.
	operands []ssa.Value
}

// resolve identifies the callee of c.
func (w *world) resolve(c *ssa.CallCommon) target {
	if c.IsInvoke() {
		t := target{obj: c.Method, key: w.invokeKey(c.Method), recv: c.Value, args: c.Args}
		t.operands = append([]ssa.Value{c.Value}, c.Args...)
		return t
	}
	fn := c.StaticCallee()
	if fn == nil {
		return target{args: c.Args, operands: c.Args}
	}
	var bindings []ssa.Value
	if mc, ok := c.Value.(*ssa.MakeClosure); ok {
		bindings = mc.Bindings
	}
	t := target{fn: fn, args: c.Args}
	if obj, ok := fn.Object().(*types.Func); ok {
		t.obj = obj
		t.key = w.fullName(obj.Origin())
	}
	switch {
	case fn.Synthetic != "" && t.obj != nil && isMethod(t.obj):
		// A bound method value or a wrapper: the receiver comes first,
		// bound or passed.
		t.operands = append(append([]ssa.Value{}, bindings...), c.Args...)
		t.recv = t.operands[0]
		t.args = t.operands[1:]
		t.fn = w.pkg.Prog.FuncValue(t.obj)
	case fn.Signature.Recv() != nil && len(c.Args) > 0:
		t.recv, t.args = c.Args[0], c.Args[1:]
		t.operands = c.Args
	default:
		t.operands = append(append([]ssa.Value{}, c.Args...), bindings...)
	}
	if t.fn != nil && t.fn.Origin() != nil {
		t.fn = t.fn.Origin() // an instance of a generic function runs its body
	}
	if t.fn != nil && t.fn.Pkg != w.pkg {
		t.fn = nil
	}
	if t.obj != nil {
		if k := w.entKey(t.obj); k != "" {
			t.key = k
		}
	}
	return t
}

// fullName caches types.Func.FullName, which allocates: every call of
// every round of the flow resolves its callee.
func (w *world) fullName(f *types.Func) string {
	if name, ok := w.fullNames[f]; ok {
		return name
	}
	name := f.FullName()
	w.fullNames[f] = name
	return name
}

func isMethod(f *types.Func) bool {
	return f.Type().(*types.Signature).Recv() != nil
}

// invokeKey is the table key of an interface method call. A method of an
// interface the analysed code declares (sqlc's DBTX) takes the key of a
// driver method it stands for: (*sql.DB).QueryRowContext when *sql.DB
// implements the interface.
func (w *world) invokeKey(m *types.Func) string {
	key := w.fullName(m)
	if _, ok := knowledge.Sinks[key]; ok {
		return key
	}
	if k, ok := w.implKeys[m]; ok {
		return k
	}
	w.implKeys[m] = key
	recv := m.Type().(*types.Signature).Recv()
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return key
	}
	for _, cand := range w.driverTypes() {
		k := "(" + types.TypeString(cand, nil) + ")." + m.Name()
		if _, ok := knowledge.Sinks[k]; ok && types.Implements(cand, iface) {
			w.implKeys[m] = k
			return k
		}
	}
	return key
}

// driverTypes are the receiver types of the sink table that the analysed
// package can see, pointer types where the methods have pointer receivers.
func (w *world) driverTypes() []types.Type {
	if w.drivers != nil {
		return w.drivers
	}
	w.drivers = []types.Type{}
	seen := make(map[string]bool)
	for key := range knowledge.Sinks {
		recv, ok := receiverOf(key)
		if !ok || seen[recv] {
			continue
		}
		seen[recv] = true
		n := w.lookupNamed(strings.TrimPrefix(recv, "*"))
		if n == nil {
			continue
		}
		if strings.HasPrefix(recv, "*") {
			w.drivers = append(w.drivers, types.NewPointer(n))
		} else {
			w.drivers = append(w.drivers, n)
		}
	}
	sortTypes(w.drivers)
	return w.drivers
}

// receiverOf returns the receiver part of a method key "(*pkg.T).M".
func receiverOf(key string) (string, bool) {
	if !strings.HasPrefix(key, "(") {
		return "", false
	}
	end := strings.Index(key, ").")
	if end < 0 {
		return "", false
	}
	return key[1:end], true
}

// lookupNamed finds the named type "pkgpath.Name" among the package and
// everything it imports, or returns nil.
func (w *world) lookupNamed(key string) *types.Named {
	if n, ok := w.named[key]; ok {
		return n
	}
	if w.pkgs == nil {
		w.pkgs = make(map[string]*types.Package)
		indexPackages(w.pass.Pkg, w.pkgs)
	}
	var n *types.Named
	if dot := strings.LastIndex(key, "."); dot > 0 {
		if p := w.pkgs[key[:dot]]; p != nil {
			if tn, ok := p.Scope().Lookup(key[dot+1:]).(*types.TypeName); ok {
				n, _ = tn.Type().(*types.Named)
			}
		}
	}
	w.named[key] = n
	return n
}

// indexPackages maps the import paths of pkg and everything it imports.
func indexPackages(pkg *types.Package, out map[string]*types.Package) {
	if _, ok := out[pkg.Path()]; ok {
		return
	}
	out[pkg.Path()] = pkg
	for _, imp := range pkg.Imports() {
		indexPackages(imp, out)
	}
}

func sortTypes(ts []types.Type) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && types.TypeString(ts[j], nil) < types.TypeString(ts[j-1], nil); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}
