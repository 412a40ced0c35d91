package entries

// The callback deletes only after the helper has compared the entry's
// owner with the caller.

import (
	"net/http"

	"authjwt"

	"regress/id_callback_adapter_cross_package/adapters"
)

func (c *Controller) HandleEntryDeleteChecked() http.HandlerFunc {
	return adapters.CommandID("entry_id", func(r *http.Request, id int64) (string, error) {
		var owner string
		if err := c.DB.QueryRowContext(r.Context(), `SELECT owner_id FROM entries WHERE id = $1`, id).Scan(&owner); err != nil {
			return "", err
		}
		if err := authjwt.RequireSubject(r.Context(), owner); err != nil {
			return "", err
		}
		_, err := c.DB.ExecContext(r.Context(), `DELETE FROM entries WHERE id = $1`, id)
		return "deleted", err
	})
}
