package entries

// The callback confines the update to the caller's entries.

import (
	"net/http"

	"authjwt"

	"regress/id_callback_adapter_cross_package/adapters"
)

func (c *Controller) HandleEntryUpdateScoped() http.HandlerFunc {
	fn := func(r *http.Request, id int64, body Entry) (Entry, error) {
		_, err := c.DB.ExecContext(r.Context(), `UPDATE entries SET note = $1 WHERE id = $2 AND owner_id = $3`, body.Note, id, authjwt.Subject(r.Context()))
		return body, err
	}
	return adapters.ActionID("entry_id", fn)
}
