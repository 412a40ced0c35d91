package auth

import "context"

// FromContext returns the claims Middleware verified for this request.
func FromContext(ctx context.Context) (*Claims, bool) {
	claims, ok := ctx.Value(ctxKey{}).(*Claims)
	return claims, ok && claims != nil
}

// Subject returns the authenticated caller's id, or "" outside Middleware.
// An empty result never equals a non-empty object owner, so a handler that
// compares against it fails closed.
func Subject(ctx context.Context) string {
	claims, ok := FromContext(ctx)
	if !ok {
		return ""
	}
	return claims.Subject
}
