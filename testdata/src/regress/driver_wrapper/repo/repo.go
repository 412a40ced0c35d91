// Package repo reaches the data only through wrap.Store: it mentions no
// driver and no table function, yet its methods access data.
package repo

import (
	"context"

	"regress/driver_wrapper/wrap"
)

// Notes is the notes repository.
type Notes struct{ Store wrap.Store }

// Body loads a note's body by id.
func (n Notes) Body(ctx context.Context, id string) (string, error) {
	return n.Store.Load(ctx, id)
}
