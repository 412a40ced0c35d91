package entries

// The callback is a method value; it deletes any entry by the parsed id.

import (
	"net/http"

	"authjwt"

	"regress/id_callback_adapter_cross_package/adapters"
)

func (c *Controller) HandleEntryDelete() http.HandlerFunc {
	return adapters.CommandID("entry_id", c.deleteEntry)
}

func (c *Controller) deleteEntry(r *http.Request, id int64) (string, error) {
	if authjwt.Subject(r.Context()) == "" {
		return "", authjwt.ErrForbidden
	}
	_, err := c.DB.ExecContext(r.Context(), `DELETE FROM entries WHERE id = $1`, id) // want `path parameter "entry_id" reaches \(\*sql\.DB\)\.ExecContext with no check against the JWT subject`
	return "deleted", err
}
