package principals

// API key: the path account id must equal the calling account.

import (
	"net/http"

	"authapikey"
)

func (s *server) goodAccountID(w http.ResponseWriter, r *http.Request) {
	acct := authapikey.AccountIDFromContext(r.Context())
	aid := r.PathValue("account_id")
	if aid != acct {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, account_id, total FROM invoices WHERE account_id = $1`, aid)
	writeNotes(w, rows, err)
}
