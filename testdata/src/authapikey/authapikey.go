// Package authapikey authenticates machine clients by API key: the
// middleware resolves the X-API-Key header to an account and puts the
// account id and its tenant id in the request context.
package authapikey

import (
	"context"
	"net/http"
)

// Account is the account an API key belongs to.
type Account struct {
	ID       string
	TenantID string
}

// Keys resolves API keys to accounts.
type Keys interface {
	ByKey(ctx context.Context, key string) (*Account, error)
}

type accountKey struct{}

type tenantKey struct{}

// AccountKey is the context key of the calling account's id.
var AccountKey = accountKey{}

// TenantKey is the context key of the calling account's tenant id.
var TenantKey = tenantKey{}

// Middleware rejects requests without a valid API key.
func Middleware(keys Keys) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			acct, err := keys.ByKey(r.Context(), r.Header.Get("X-API-Key"))
			if err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			ctx := context.WithValue(r.Context(), AccountKey, acct.ID)
			ctx = context.WithValue(ctx, TenantKey, acct.TenantID)
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// AccountIDFromContext returns the calling account's id.
func AccountIDFromContext(ctx context.Context) string {
	id, _ := ctx.Value(AccountKey).(string)
	return id
}
