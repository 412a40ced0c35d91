package entries

// The callback updates any entry by the id the adapter parsed; the caller
// is read only to stamp the change.

import (
	"net/http"

	"authjwt"

	"regress/id_callback_adapter_cross_package/adapters"
)

func (c *Controller) HandleEntryUpdate() http.HandlerFunc {
	fn := func(r *http.Request, id int64, body Entry) (Entry, error) {
		editor := authjwt.Subject(r.Context())
		_, err := c.DB.ExecContext(r.Context(), `UPDATE entries SET note = $1, edited_by = $2 WHERE id = $3`, body.Note, editor, id) // want `path parameter "entry_id" reaches \(\*sql\.DB\)\.ExecContext with no check against the JWT subject`
		return body, err
	}
	return adapters.ActionID("entry_id", fn)
}
