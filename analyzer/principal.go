package analyzer

import (
	"go/types"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"
)

// principalWords are the words that name the authenticated caller in the
// identifiers of context keys and of the helpers that read them back:
// userIDKey, CurrentUser, GetAccountID, tenantCtxKey.
var principalWords = map[string]bool{
	"user": true, "uid": true, "userid": true, "account": true, "tenant": true,
	"principal": true, "subject": true, "sub": true, "identity": true,
	"member": true, "viewer": true, "actor": true, "caller": true, "claims": true,
	"session": true, "login": true, "me": true,
}

// isPrincipalName reports whether an identifier names the caller: one of
// its words (split at case changes, digits and underscores) is a principal
// word.
func isPrincipalName(name string) bool {
	for _, w := range identWords(name) {
		if principalWords[w] {
			return true
		}
	}
	return false
}

// identWords splits userIDFromCtx into user, id, from, ctx.
func identWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case !unicode.IsLetter(r):
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(runes[i-1]) ||
			i+1 < len(runes) && unicode.IsLower(runes[i+1]) && unicode.IsUpper(runes[i-1])):
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// keyName returns the identifiers that name a context key: the name of its
// type, of the variable holding it, or its string value.
func keyName(v ssa.Value) []string {
	v = unwrapInterface(v)
	var names []string
	if n, ok := types.Unalias(v.Type()).(*types.Named); ok {
		names = append(names, n.Obj().Name())
	}
	switch k := v.(type) {
	case *ssa.Const:
		if s, ok := constString(k); ok {
			names = append(names, s)
		}
	case *ssa.UnOp:
		switch x := k.X.(type) {
		case *ssa.Global:
			names = append(names, x.Name())
		case *ssa.FieldAddr:
			if st, _ := structOf(x.X.Type()); st != nil {
				names = append(names, st.Field(x.Field).Name())
			}
		}
	}
	return names
}

// isPrincipalKey reports whether a context key's name says it holds the
// caller: a user, account or tenant key.
func isPrincipalKey(v ssa.Value) bool {
	for _, n := range keyName(v) {
		if isPrincipalName(n) {
			return true
		}
	}
	return false
}

// isPrincipalHelper reports whether a function of code the analysis does
// not see reads the caller back by its name and shape: a principal word in
// its name (CurrentUser, UserIDFromContext, GetUserID), and only a
// context, a request or a framework context as arguments.
func (w *world) isPrincipalHelper(t target) bool {
	if t.obj == nil || !isPrincipalName(t.obj.Name()) || len(t.args) == 0 {
		return false
	}
	for _, a := range t.args {
		if !w.isRequestContext(a.Type()) {
			return false
		}
	}
	res := t.obj.Type().(*types.Signature).Results()
	return res.Len() > 0 && !isErrorOrBool(res.At(0).Type())
}

// isRequestContext reports whether t carries the request: a
// context.Context, an *http.Request or a framework context.
func (w *world) isRequestContext(t types.Type) bool {
	switch types.TypeString(t, nil) {
	case "context.Context", "*net/http.Request":
		return true
	}
	return w.writerKind(t) == contextWriter
}

// principalResult is the label of what a principal accessor returns: the
// subject itself for a scalar, a container whose fields are the subject
// for a user record.
func principalResult(t types.Type) *label {
	switch {
	case isErrorOrBool(t):
		return nil
	case isScalar(t):
		return &label{subject: true, scope: true}
	}
	return &label{claims: true}
}
