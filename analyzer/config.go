package analyzer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// config is what users add to the knowledge tables with flags. go vet
// passes them as -bola.NAME and caches results by them, so nothing else
// (no file, no environment variable) may change what is reported.
type config struct {
	subjects    funcSet
	authorizers funcSet
	sources     sourceFlag
	sinks       sinkFlag
	subjectKeys stringSet
	skip        stringSet
	rules       ruleSet
}

var cfg = config{
	subjects:    funcSet{},
	authorizers: funcSet{},
	sources:     sourceFlag{},
	sinks:       sinkFlag{},
	subjectKeys: stringSet{},
	rules:       ruleSet{categoryOwnership: true, categoryNotFound: true},
}

func init() {
	fs := &Analyzer.Flags
	fs.Var(cfg.subjects, "subjects", "comma-separated functions returning the authenticated caller's id, as full names: "+
		"github.com/acme/auth.UserID,(*github.com/acme/auth.Session).UserID")
	fs.Var(cfg.authorizers, "authorizers", "comma-separated authorization functions whose nil error or true result "+
		"means the caller may touch the objects among their arguments: github.com/acme/authz.Can")
	fs.Var(cfg.sources, "sources", "comma-separated accessors of request parameters as KIND=FUNC, KIND one of path, query, form; "+
		"the first string argument names the parameter: path=github.com/acme/web.Param")
	fs.Var(cfg.sinks, "sinks", "comma-separated data-access functions as OP=FUNC, OP read or write; every argument "+
		"selects objects: write=(*github.com/acme/store.DB).Delete")
	fs.Var(&cfg.subjectKeys, "subject-keys", "comma-separated context keys holding the caller's id: a string key "+
		"(user_id) or a key type or variable as pkgpath.Name (github.com/acme/auth.userKey)")
	fs.Var(&cfg.skip, "skip", "comma-separated import path prefixes of packages not to analyse")
	fs.Var(cfg.rules, "rules", "comma-separated rules to report: ownership (CWE-639), notfound (CWE-754)")
}

// funcSet is a set of full function names given as a comma-separated list.
type funcSet map[string]bool

func (s funcSet) String() string { return joinSorted(s) }

func (s funcSet) Set(v string) error {
	for _, name := range splitList(v) {
		if err := checkFuncName(name); err != nil {
			return err
		}
		s[name] = true
	}
	return nil
}

// checkFuncName rejects what cannot be a types.Func full name.
func checkFuncName(name string) error {
	if strings.HasPrefix(name, "(") {
		if !strings.Contains(name, ").") || strings.HasSuffix(name, ").") {
			return fmt.Errorf("%q is not a method full name like (*example.com/pkg.T).Method", name)
		}
		return nil
	}
	dot := strings.LastIndex(name, ".")
	if dot <= 0 || dot == len(name)-1 || strings.ContainsAny(name, " \t()") {
		return fmt.Errorf("%q is not a function full name like example.com/pkg.Func", name)
	}
	return nil
}

// stringSet is a set of strings given as a comma-separated list.
type stringSet map[string]bool

func (s stringSet) String() string { return joinSorted(s) }

func (s *stringSet) Set(v string) error {
	if *s == nil {
		*s = stringSet{}
	}
	for _, x := range splitList(v) {
		(*s)[x] = true
	}
	return nil
}

// ruleSet is the set of rules to report.
type ruleSet map[string]bool

func (s ruleSet) String() string {
	var on []string
	for _, r := range []string{categoryOwnership, categoryNotFound} {
		if s[r] {
			on = append(on, r)
		}
	}
	return strings.Join(on, ",")
}

func (s ruleSet) Set(v string) error {
	next := ruleSet{}
	for _, r := range splitList(v) {
		if r != categoryOwnership && r != categoryNotFound {
			return fmt.Errorf("%q: want a comma-separated list of ownership, notfound", r)
		}
		next[r] = true
	}
	clear(s)
	for r := range next {
		s[r] = true
	}
	return nil
}

// sourceFlag maps accessor names to the request part they read.
type sourceFlag map[string]knowledge.SourceKind

func (s sourceFlag) String() string {
	var out []string
	for k, v := range s {
		out = append(out, kindName(v)+"="+k)
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}

func (s sourceFlag) Set(v string) error {
	for _, item := range splitList(v) {
		kind, name, ok := strings.Cut(item, "=")
		var k knowledge.SourceKind
		switch kind {
		case "path":
			k = knowledge.Path
		case "query":
			k = knowledge.Query
		case "form":
			k = knowledge.Form
		default:
			return fmt.Errorf("%q: want KIND=FUNC with KIND one of path, query, form", item)
		}
		if !ok {
			return fmt.Errorf("%q: want KIND=FUNC", item)
		}
		if err := checkFuncName(name); err != nil {
			return err
		}
		s[name] = k
	}
	return nil
}

func kindName(k knowledge.SourceKind) string {
	return [...]string{knowledge.Path: "path", knowledge.Query: "query", knowledge.Form: "form"}[k]
}

// sinkFlag maps data-access functions to the kind of access they make.
type sinkFlag map[string]knowledge.Op

func (s sinkFlag) String() string {
	var out []string
	for k, v := range s {
		out = append(out, v.String()+"="+k)
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}

func (s sinkFlag) Set(v string) error {
	for _, item := range splitList(v) {
		op, name, ok := strings.Cut(item, "=")
		if !ok || op != "read" && op != "write" {
			return fmt.Errorf("%q: want OP=FUNC with OP read or write", item)
		}
		if err := checkFuncName(name); err != nil {
			return err
		}
		s[name] = knowledge.Read
		if op == "write" {
			s[name] = knowledge.Write
		}
	}
	return nil
}

func splitList(v string) []string {
	var out []string
	for _, x := range strings.Split(v, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func joinSorted[V any](m map[string]V) string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return strings.Join(keys, ",")
}

// lookups that consult the tables and the flags.

func sourceOf(key string) (knowledge.Source, bool) {
	if s, ok := knowledge.Sources[key]; ok {
		return s, true
	}
	if k, ok := cfg.sources[key]; ok {
		return knowledge.Source{Kind: k, KeyArg: knowledge.FirstString}, true
	}
	return knowledge.Source{}, false
}

func sinkOf(key string) (knowledge.Sink, bool) {
	if s, ok := knowledge.Sinks[key]; ok {
		return s, true
	}
	if op, ok := cfg.sinks[key]; ok {
		return knowledge.Sink{Op: op, Query: knowledge.None, Args: knowledge.None, Named: knowledge.None,
			FiltersFrom: 0, Dest: knowledge.None}, true
	}
	return knowledge.Sink{}, false
}

func isSubjectFunc(key string) bool { return knowledge.SubjectFuncs[key] || cfg.subjects[key] }

func isAuthorizer(key string) bool { return knowledge.Authorizers[key] || cfg.authorizers[key] }

// skipped reports whether the user asked not to analyse package path.
func skipped(path string) bool {
	for prefix := range cfg.skip {
		if path == prefix || strings.HasPrefix(path, strings.TrimSuffix(prefix, "/")+"/") {
			return true
		}
	}
	return false
}

// namesFunc reports whether a flag names function key.
func (c *config) namesFunc(key string) bool {
	_, src := c.sources[key]
	_, sink := c.sinks[key]
	return c.subjects[key] || c.authorizers[key] || src || sink
}

// names reports whether a flag names something of package path.
func (c *config) names(path string) bool {
	for _, keys := range [][]string{mapKeys(c.subjects), mapKeys(c.authorizers), mapKeys(c.sources), mapKeys(c.sinks)} {
		for _, k := range keys {
			if knowledge.PackageOf(k) == path {
				return true
			}
		}
	}
	return false
}

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
