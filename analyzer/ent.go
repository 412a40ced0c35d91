package analyzer

import (
	"go/types"
	"strings"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// entKey gives a method of ent-generated code the key its kind has in the
// knowledge tables: ent generates a client, query and mutation builders
// per schema in the user's own module (NoteClient, NoteQuery,
// NoteUpdateOne), so the tables key them by kind, "entgo.io/ent:(*Query).Only".
// Builder methods returning their own builder (Limit, SetTitle) pass the
// query on. It returns "" for anything else.
func (w *world) entKey(obj *types.Func) string {
	recv := obj.Type().(*types.Signature).Recv()
	if recv == nil || !w.isEntGenerated(obj.Pkg()) {
		return ""
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return ""
	}
	kind := entKind(n.Obj().Name())
	if kind == "" {
		return ""
	}
	key := knowledge.EntPrefix + "(*" + kind + ")." + obj.Name()
	if _, ok := sinkOf(key); ok {
		return key
	}
	if _, ok := knowledge.Chains[key]; ok {
		return key
	}
	if res := obj.Type().(*types.Signature).Results(); res.Len() == 1 && types.Identical(res.At(0).Type(), recv.Type()) {
		return knowledge.EntPrefix + "(*" + kind + ").passthrough"
	}
	return ""
}

// entKind classifies a generated builder type by its name's suffix.
func entKind(name string) string {
	for _, k := range []string{"UpdateOne", "DeleteOne", "Update", "Delete", "Query", "Client"} {
		if strings.HasSuffix(name, k) && name != k {
			return k
		}
	}
	return ""
}

// isEntGenerated reports whether pkg is ent-generated code: it imports
// ent's runtime, or a package of its own that does.
func (w *world) isEntGenerated(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	if v, ok := w.ent[pkg]; ok {
		return v
	}
	v := false
	for _, imp := range pkg.Imports() {
		if isEntRuntime(imp.Path()) {
			v = true
			break
		}
		for _, imp2 := range imp.Imports() {
			v = v || isEntRuntime(imp2.Path())
		}
	}
	w.ent[pkg] = v
	return v
}

func isEntRuntime(path string) bool {
	return path == "entgo.io/ent" || strings.HasPrefix(path, "entgo.io/ent/")
}

// entPredicate reports whether t calls a generated ent predicate
// (note.ID(id), note.OwnerID(sub), note.Or(...)), and whether it widens
// the query (Or, Not) so that a subject among its arguments scopes nothing.
func entPredicate(t target) (isPredicate, widens bool) {
	if t.obj == nil {
		return false, false
	}
	res := t.obj.Type().(*types.Signature).Results()
	if res.Len() != 1 {
		return false, false
	}
	n, ok := types.Unalias(res.At(0).Type()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Name() != "predicate" {
		return false, false
	}
	if _, ok := n.Underlying().(*types.Signature); !ok {
		return false, false
	}
	name := t.obj.Name()
	return true, name == "Or" || name == "Not"
}
