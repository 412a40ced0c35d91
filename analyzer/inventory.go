package analyzer

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// Report is the analyzer's result for a package: the routes its code
// registers, for the route inventory (bolacheck -routes). The findings
// are diagnostics; the report maps the API around them.
type Report struct {
	Routes []Route
}

// Route is one handler registration.
type Route struct {
	Pos     token.Pos // the registration call
	Method  string    // GET, POST, ..., ANY; "" when the router does not say
	Path    string    // the pattern, with the prefixes of its groups
	Handler string
	// Auth says how the route is authenticated: "JWT middleware", "reads
	// the subject", or "none".
	Auth     string
	Accesses []RouteAccess
}

// RouteAccess is a data access of a route's handler and how it is checked.
type RouteAccess struct {
	Pos    token.Pos
	Sink   string
	Status string
}

// Access statuses.
const (
	statusNoID      = "no request id"
	statusScoped    = "checked: scoped by the subject"
	statusGuarded   = "checked: guarded before the access"
	statusAfter     = "checked: owner compared before the response"
	statusUnexposed = "read, not written to the response"
	statusUnchecked = "unchecked"
)

// inventory builds the report of the package's registrations.
func (w *world) inventory(regs []registration) *Report {
	rep := new(Report)
	for _, r := range regs {
		if r.middleware {
			continue
		}
		route := Route{Pos: w.callStart(r.call.Pos()), Handler: displayName(r.obj, true), Auth: "none"}
		route.Method, route.Path = w.routeName(r)
		switch {
		case r.jwt:
			route.Auth = "JWT middleware"
		case r.anonymous():
			route.Auth = "optional: may run without a verified token"
		case r.fn != nil && w.flows[r.fn] != nil && w.flows[r.fn].readsCaller():
			route.Auth = "reads the subject"
		}
		route.Accesses = w.routeAccesses(r)
		rep.Routes = append(rep.Routes, route)
	}
	return rep
}

// routeAccesses lists what a registered handler touches and how.
func (w *world) routeAccesses(r registration) []RouteAccess {
	if r.fn == nil {
		var hf HandlerFindings
		var out []RouteAccess
		if r.obj != nil && w.pass.ImportObjectFact(r.obj, &hf) {
			for _, m := range hf.Messages {
				out = append(out, RouteAccess{Pos: r.call.Pos(), Sink: m, Status: statusUnchecked})
			}
		}
		return out
	}
	f := w.flows[r.fn]
	if f == nil {
		return nil
	}
	c := newCover(f)
	var out []RouteAccess
	seen := make(map[ssa.CallInstruction]bool)
	for _, acc := range f.accesses {
		if seen[acc.call] {
			continue
		}
		seen[acc.call] = true
		out = append(out, RouteAccess{Pos: w.callStart(acc.call.Pos()), Sink: strings.Join(acc.chain, " → "), Status: c.status(inHandler, acc)})
	}
	return out
}

// routeName returns the method and full path of a registration.
func (w *world) routeName(r registration) (string, string) {
	method, pattern := routeOf(r.call, w.resolve(r.call.Common()))
	if r.router != nil {
		pattern = w.routePrefix(r.router, 0) + pattern
	}
	return method, pattern
}

// routeOf returns the method and the pattern a registration call names,
// the pattern relative to the router it is registered on.
func routeOf(call *ssa.Call, t target) (method, pattern string) {
	spec := knowledge.Routes[t.key]
	if spec.Pattern != knowledge.None && spec.Pattern < len(t.args) {
		pattern, _ = constString(t.args[spec.Pattern])
	}
	if spec.Method != knowledge.None && spec.Method < len(t.args) {
		method, _ = constString(t.args[spec.Method])
	} else if t.obj != nil {
		method = verbOf(t.obj.Name())
	}
	if m, p, ok := strings.Cut(pattern, " "); ok && method == "" {
		method, pattern = m, p // Go 1.22 ServeMux: "GET /notes/{id}"
	}
	if method == "" {
		method = chainedMethods(call)
	}
	return method, pattern
}

// verbOf turns a registration method's name into its HTTP method.
func verbOf(name string) string {
	switch up := strings.ToUpper(name); up {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE":
		return up
	case "ANY", "ALL":
		return "ANY"
	}
	return ""
}

// chainedMethods reads gorilla's r.HandleFunc(p, h).Methods("GET").
func chainedMethods(call *ssa.Call) string {
	for _, ref := range *call.Referrers() {
		next, ok := ref.(*ssa.Call)
		if !ok || next.Common().StaticCallee() == nil || next.Common().StaticCallee().Name() != "Methods" {
			continue
		}
		var ms []string
		for _, a := range variadicOf(next.Common().Args[1:], 0) {
			if s, ok := constString(a); ok {
				ms = append(ms, s)
			}
		}
		return strings.Join(ms, ",")
	}
	return ""
}

// routePrefix returns the path prefix the groups a router derives from
// add: r.Group("/api"), r.PathPrefix("/v2").Subrouter().
func (w *world) routePrefix(v ssa.Value, depth int) string {
	if depth > maxRouteDepth {
		return ""
	}
	switch v := v.(type) {
	case *ssa.Call:
		t := w.resolve(v.Common())
		d, ok := knowledge.Derives[t.key]
		if knowledge.Uses[t.key] && t.recv != nil {
			return w.routePrefix(t.recv, depth+1)
		}
		if !ok || t.recv == nil {
			return ""
		}
		prefix := ""
		if d.Prefix != knowledge.None && d.Prefix < len(t.args) {
			prefix, _ = constString(t.args[d.Prefix])
		}
		return w.routePrefix(t.recv, depth+1) + prefix
	case *ssa.MakeInterface:
		return w.routePrefix(v.X, depth+1)
	case *ssa.ChangeInterface:
		return w.routePrefix(v.X, depth+1)
	case *ssa.FieldAddr:
		return w.routePrefix(v.X, depth+1)
	case *ssa.Parameter:
		for _, s := range w.callSites()[v.Parent()] {
			if s.callback {
				return w.routePrefix(s.call, depth+1)
			}
		}
	}
	return ""
}
