package analyzer

import (
	"slices"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// A label is what the analysis knows about one value: which request
// parameters, parameters of the analysed function and fetched objects it
// derives from, and whether it carries the authenticated subject.
//
// Labels form a join semilattice; nil is bottom. Struct values and memory
// keep a label per field so that GetNoteParams{ID: id, OwnerID: sub} tells
// its filter apart from its scope.
type label struct {
	origins originSet
	// subject: the value derives (at least in part) from the subject.
	subject bool
	// scope: the value, or a part of an aggregate, is the subject alone,
	// so a query filtered by it is confined to the caller's objects.
	scope bool
	// claims: the value is a container of verified claims; its fields and
	// keys are the subject.
	claims bool
	// anon: the subject or claims are what optional middleware stored,
	// and may be nobody's: reading them is no sign of authentication.
	anon bool
	// model: the value is a model whose primary key selects the rows
	// (gorm's Save(data)), of a type only a caller knows.
	model bool
	// writer: the value writes the response (see writerKind).
	writer writerKind
	// params: the value is the map of all path parameters (mux.Vars).
	params knowledge.SourceKind
	fields map[int]*label
}

// writerKind tells how a response-writing value writes.
type writerKind uint8

const (
	notWriter writerKind = iota
	// contextWriter: a framework context; only its response methods write.
	contextWriter
	// streamWriter: an http.ResponseWriter or an encoder over one; any call
	// it is passed to may write.
	streamWriter
)

// originSet is a small sorted set of origin indices.
type originSet []int

func (s originSet) has(i int) bool {
	_, ok := slices.BinarySearch(s, i)
	return ok
}

func (s originSet) union(t originSet) originSet {
	if len(t) == 0 {
		return s
	}
	if len(s) == 0 {
		return t
	}
	out := make(originSet, 0, len(s)+len(t))
	i, j := 0, 0
	for i < len(s) && j < len(t) {
		switch {
		case s[i] < t[j]:
			out = append(out, s[i])
			i++
		case s[i] > t[j]:
			out = append(out, t[j])
			j++
		default:
			out = append(out, s[i])
			i++
			j++
		}
	}
	out = append(out, s[i:]...)
	return append(out, t[j:]...)
}

func (s originSet) add(i int) originSet {
	return s.union(originSet{i})
}

// isEmpty reports whether l carries nothing.
func (l *label) isEmpty() bool {
	return l == nil || (len(l.origins) == 0 && !l.subject && !l.scope && !l.claims &&
		l.writer == notWriter && l.params == 0 && len(l.fields) == 0)
}

// join returns the least upper bound of the labels. It never modifies them.
func join(a, b *label, more ...*label) *label {
	out := join2(a, b)
	for _, m := range more {
		out = join2(out, m)
	}
	return out
}

func join2(a, b *label) *label {
	if a.isEmpty() {
		return b
	}
	if b.isEmpty() {
		return a
	}
	out := &label{
		origins: a.origins.union(b.origins),
		subject: a.subject || b.subject,
		scope:   a.scope || b.scope,
		claims:  a.claims || b.claims,
		anon:    anonJoin(a, b),
		writer:  max(a.writer, b.writer),
		params:  max(a.params, b.params),
	}
	if len(a.fields)+len(b.fields) > 0 {
		out.fields = make(map[int]*label, len(a.fields)+len(b.fields))
		for k, v := range a.fields {
			out.fields[k] = v
		}
		for k, v := range b.fields {
			out.fields[k] = join(out.fields[k], v)
		}
	}
	return out
}

// anonJoin is whether the identity a join carries may be nobody's: every
// side that carries one may.
func anonJoin(a, b *label) bool {
	return (a.anon || !a.identity()) && (b.anon || !b.identity()) && (a.identity() || b.identity())
}

// identity reports whether l carries the subject or claims.
func (l *label) identity() bool { return l.subject || l.claims }

// flat returns l with its per-field labels folded into the whole.
func (l *label) flat() *label {
	if l == nil || len(l.fields) == 0 {
		return l
	}
	out := &label{origins: l.origins, subject: l.subject, scope: l.scope, claims: l.claims,
		anon: l.anon, writer: l.writer, params: l.params}
	for _, f := range l.fields {
		f = f.flat()
		out.anon = anonJoin(out, f)
		out.origins = out.origins.union(f.origins)
		out.subject = out.subject || f.subject
		out.scope = out.scope || f.scope
	}
	return out
}

// withField returns l with field i's label joined with v.
func (l *label) withField(i int, v *label) *label {
	out := &label{fields: map[int]*label{i: v}}
	return join(l, out)
}

// shallow returns l without its per-field labels.
func (l *label) shallow() *label {
	if l == nil || len(l.fields) == 0 {
		return l
	}
	return &label{origins: l.origins, subject: l.subject, scope: l.scope, claims: l.claims,
		writer: l.writer, params: l.params}
}

// storeAt returns l with v joined in at field path p.
func (l *label) storeAt(p []int, v *label) *label {
	if len(p) == 0 {
		return join(l, v)
	}
	var inner *label
	if l != nil {
		inner = l.fields[p[0]]
	}
	return l.withField(p[0], inner.storeAt(p[1:], v))
}

// equal reports whether a and b carry the same information.
func equal(a, b *label) bool {
	if a.isEmpty() || b.isEmpty() {
		return a.isEmpty() == b.isEmpty()
	}
	if !slices.Equal(a.origins, b.origins) || a.subject != b.subject || a.scope != b.scope ||
		a.claims != b.claims || a.writer != b.writer || a.params != b.params || len(a.fields) != len(b.fields) {
		return false
	}
	for k, v := range a.fields {
		if !equal(v, b.fields[k]) {
			return false
		}
	}
	return true
}

// valueOnly returns l as a plain value passed on by a conversion such as
// strconv.Atoi: the origins and the subject, nothing of its structure.
func (l *label) valueOnly() *label {
	l = l.flat()
	if l.isEmpty() {
		return nil
	}
	return &label{origins: l.origins, subject: l.subject, scope: l.scope}
}

// originsOrNil returns the origins of l, nil for bottom.
func (l *label) originsOrNil() originSet {
	if l == nil {
		return nil
	}
	return l.origins
}
