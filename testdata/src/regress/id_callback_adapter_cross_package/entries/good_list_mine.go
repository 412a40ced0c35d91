package entries

// No id reaches this callback: it lists the caller's entries.

import (
	"net/http"

	"authjwt"

	"regress/id_callback_adapter_cross_package/adapters"
)

func (c *Controller) HandleMyEntries() http.HandlerFunc {
	return adapters.Command(func(r *http.Request) ([]Entry, error) {
		rows, err := c.DB.QueryContext(r.Context(), `SELECT id, owner_id, note FROM entries WHERE owner_id = $1`, authjwt.Subject(r.Context()))
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []Entry
		for rows.Next() {
			var e Entry
			if err := rows.Scan(&e.ID, &e.OwnerID, &e.Note); err != nil {
				return nil, err
			}
			out = append(out, e)
		}
		return out, rows.Err()
	})
}
