package principals

// API key: authapikey.AccountIDFromContext is logged; the path account id
// selects the invoices unchecked.

import (
	"log"
	"net/http"

	"authapikey"
)

func (s *server) badAccountID(w http.ResponseWriter, r *http.Request) {
	acct := authapikey.AccountIDFromContext(r.Context())
	aid := r.PathValue("account_id")
	log.Printf("%s lists the invoices of %s", acct, aid)
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, account_id, total FROM invoices WHERE account_id = $1`, aid) // want `path parameter "account_id" reaches \(\*sql\.DB\)\.QueryContext`
	writeNotes(w, rows, err)
}
