package analyzer

import (
	"fmt"
	"strings"

	"github.com/bolacheck/bolacheck/analyzer/knowledge"
)

// Summary is what a caller needs to know of a function of the analysed
// code: the data accesses it makes with its parameters, what its results
// derive from, the ownership checks its success implies, what it writes to
// the response and whether it reads the subject or verifies a JWT. It is
// exported as an object fact, so it must stay gob-encodable and
// deterministic: no maps, no interfaces, sorted slices.
type Summary struct {
	Accesses []Access
	Results  []Result
	Checks   []Check
	// Scopes are the conditions the function adds to a query when its
	// result refines it (a gorm scope).
	Scopes []Filter
	// Pending are the calls of the handlers it registers behind JWT
	// middleware to interface methods with no implementation in sight.
	Pending []Pending
	// Routes are findings of handlers the function registers on a router
	// it receives: they hold when a caller passes a router behind JWT
	// middleware.
	Routes []RouteFindings
	// Callbacks are the request values the handler the function returns
	// passes to functions it was given: CommandID("id", fn) calls fn with
	// the path parameter its first argument names.
	Callbacks []Callback
	// Failures are the sentinel errors (package path and name) returned
	// where a check fails, for errors.Is(err, ErrForbidden).
	Failures     []string
	Exposes      []Ref
	ReadsSubject bool
	// ReadsAnonymous: it reads a caller that optional middleware stored.
	ReadsAnonymous bool
	// StoresPrincipal: the function stores the caller in the request
	// context for the handlers that follow (authentication does), under
	// the keys Stores (sorted).
	StoresPrincipal bool
	Stores          []string
	// Authenticates: calling the function verifies a token, or stores the
	// caller it authenticated (a session's user) in the request context.
	Authenticates bool
	// Middleware: the function is, or returns, middleware that runs the
	// handler behind it only for a verified caller (auth.Middleware(secret)).
	Middleware bool
	// Grants: the function is, or returns, middleware that runs the
	// handler behind it only when a role claim was granted (adminOnly(h)).
	Grants bool
	// Optional: the function is, or returns, middleware that verifies a
	// token when there is one and runs the handler either way: behind it
	// the handler serves anonymous callers too.
	Optional bool
	// Switches are boolean parameters that make the middleware gate:
	// auth(true) gates, auth(false) is optional.
	Switches []Switch
}

// Switch says the middleware a function returns gates when its parameter
// Param is Value.
type Switch struct {
	Param int
	Value bool
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

// Ref names a value of the callee in terms its caller can resolve.
type Ref struct {
	// Param is the index of a parameter (the receiver first, then free
	// variables of a closure), or one of refRequest, refSubject, refData,
	// refGrant.
	Param int
	// Path is the field path within the parameter, dot separated.
	Path string
	// Kind and Key describe a request value read inside the callee.
	Kind knowledge.SourceKind
	Key  string
	// KeyParam, when Key is empty, is 1 + the index of the parameter
	// that names the request value: routeID(r, "attachment_id").
	KeyParam int
}

// Special values of Ref.Param.
const (
	refRequest = -1 // a request parameter the callee reads itself
	refSubject = -2 // the subject
	refData    = -3 // stored data (a policy table, a fetched record)
	refGrant   = -4 // a role or scope granted
)

// Access is a data access a function makes.
type Access struct {
	Op knowledge.Op
	// Chain names the calls from the function to the driver, the driver
	// call last, e.g. ["store.(*Queries).GetNote", "(*sql.DB).QueryRowContext"].
	Chain []string
	// Filters are the values that select the objects.
	Filters []Filter
	// Exposed reports that the function writes the fetched objects into
	// the response itself.
	Exposed bool
	// Open names the interface method of an access whose implementation
	// the function's package cannot see; Filters are its arguments.
	Open string
	// NotFound names the error the function returns when the one object
	// it fetches is missing ("" when it fetches many, or hides absence).
	NotFound string
}

// Filter is one value that selects objects: what it derives from.
type Filter struct {
	Refs []Ref
	// Subject reports that it derives in part from the subject.
	Subject bool
	// Model reports that the refs are models whose primary keys select
	// the rows: SaveOne(&Comment{Article: a}) selects by the comment's
	// key, not by the article it refers to.
	Model bool
}

// Result says what result Index derives from.
type Result struct {
	Index   int
	Refs    []Ref
	Subject bool
	Scope   bool
	Claims  bool
	// Anonymous: the subject or claims may be nobody's (see ContextKeys).
	Anonymous bool
	// Fetched are the indices in Accesses of the accesses whose objects
	// the result holds.
	Fetched []int
}

// RouteFindings are the findings of a handler registered on parameter
// Param: Messages behind JWT middleware, Writes behind optional
// authentication (see HandlerFindings).
type RouteFindings struct {
	Param    int
	Handler  string
	Messages []string
	Writes   []string
	Reads    []string
}

// Pending is a handler's call to an interface method whose implementation
// only a package wiring it in can see.
type Pending struct {
	Handler string
	// Method is the interface method, as types.Func.FullName spells it.
	Method string
	// Chain names the calls from the handler to the interface method.
	Chain []string
	// Args describes the call's arguments: the request value it carries
	// ("" if none) and whether it is the subject.
	Args []PendingArg
	// WritesOnly: the handler is behind optional authentication only, so
	// only writes count.
	WritesOnly bool
}

// Callback says that the handler a function returns calls the function
// its parameter Param holds with the request value Ref as argument Arg.
type Callback struct {
	Param int
	Arg   int
	Ref   Ref
}

// PendingArg is an argument of a pending call.
type PendingArg struct {
	Request string
	Subject bool
}

// Check is an equality that holds whenever the function succeeds (returns a
// nil error or true), unless a role was granted.
type Check struct{ A, B Ref }

func (r Ref) String() string {
	switch r.Param {
	case refRequest:
		if r.KeyParam > 0 {
			return fmt.Sprintf("%s named by arg%d", r.Kind, r.KeyParam-1)
		}
		return fmt.Sprintf("%s %q", r.Kind, r.Key)
	case refSubject:
		return "subject"
	case refData:
		return "data"
	case refGrant:
		return "grant"
	}
	if r.Path != "" {
		return fmt.Sprintf("arg%d.%s", r.Param, r.Path)
	}
	return fmt.Sprintf("arg%d", r.Param)
}

// String renders s compactly for tests: access(read arg1 via sql.DB...),
// check(arg1=subject), subject, jwt.
func (s *Summary) String() string {
	var parts []string
	for _, a := range s.Accesses {
		var fs []string
		for _, f := range a.Filters {
			fs = append(fs, f.String())
		}
		parts = append(parts, fmt.Sprintf("%s(%s)", a.Op, strings.Join(fs, " ")))
	}
	for _, c := range s.Checks {
		parts = append(parts, fmt.Sprintf("check(%s=%s)", c.A, c.B))
	}
	for _, r := range s.Results {
		if r.Subject && len(r.Refs) == 0 {
			parts = append(parts, fmt.Sprintf("returns%d(subject)", r.Index))
		}
		if r.Anonymous {
			parts = append(parts, fmt.Sprintf("returns%d(maybe anonymous)", r.Index))
		}
		for _, ref := range r.Refs {
			if ref.Param == refRequest {
				parts = append(parts, fmt.Sprintf("returns%d(%s)", r.Index, ref))
			}
		}
	}
	for _, flt := range s.Scopes {
		parts = append(parts, fmt.Sprintf("scope(%s)", flt))
	}
	for _, e := range s.Exposes {
		parts = append(parts, fmt.Sprintf("writes(%s)", e))
	}
	for _, p := range s.Pending {
		parts = append(parts, fmt.Sprintf("pending(%s %s)", p.Handler, p.Method))
	}
	for _, cb := range s.Callbacks {
		parts = append(parts, fmt.Sprintf("callback(arg%d: %s as arg%d)", cb.Param, cb.Ref, cb.Arg))
	}
	for _, r := range s.Routes {
		parts = append(parts, fmt.Sprintf("routes(arg%d: %d findings)", r.Param, len(r.Messages)))
	}
	if s.ReadsSubject {
		parts = append(parts, "subject")
	}
	if s.Authenticates {
		parts = append(parts, "jwt")
	}
	if s.Middleware {
		parts = append(parts, "middleware")
	}
	if s.Grants {
		parts = append(parts, "grants")
	}
	if s.Optional {
		parts = append(parts, "optional")
	}
	for _, sw := range s.Switches {
		parts = append(parts, fmt.Sprintf("gates(arg%d=%t)", sw.Param, sw.Value))
	}
	return strings.Join(parts, " ")
}

func (f Filter) String() string {
	var rs []string
	for _, r := range f.Refs {
		rs = append(rs, r.String())
	}
	s := strings.Join(rs, "+")
	if f.Subject {
		s += "+subject"
	}
	return s
}

// onlyPropagates reports whether the summary says only which parameters
// the results derive from.
func (s *Summary) onlyPropagates() bool {
	for _, r := range s.Results {
		if r.Subject || r.Scope || r.Claims || len(r.Fetched) > 0 {
			return false
		}
		for _, ref := range r.Refs {
			if ref.Param < 0 {
				return false // a request value, the subject, data or a grant
			}
		}
	}
	rest := *s
	rest.Results = nil
	return rest.isEmpty()
}

// isEmpty reports whether the summary says nothing a caller could use.
func (s *Summary) isEmpty() bool {
	return len(s.Accesses) == 0 && len(s.Results) == 0 && len(s.Checks) == 0 &&
		len(s.Exposes) == 0 && len(s.Scopes) == 0 && len(s.Routes) == 0 && len(s.Pending) == 0 && len(s.Callbacks) == 0 && !s.ReadsSubject && !s.ReadsAnonymous && !s.StoresPrincipal && len(s.Stores) == 0 && !s.Authenticates && !s.Middleware && !s.Grants && !s.Optional && len(s.Switches) == 0
}
