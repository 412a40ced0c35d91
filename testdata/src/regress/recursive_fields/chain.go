// Package recursive_fields: a value taken from a field of itself, in a
// loop over a linked structure, reaches a data access. The parameter
// paths the summary names stop at a bounded depth instead of deepening
// every round of the flow (shiori's addHandler took seconds).
package recursive_fields

import "database/sql"

type node struct {
	Next *node
	ID   string
}

type store struct{ db *sql.DB }

// DeleteChain deletes every node of the chain.
func (s *store) DeleteChain(n *node) error { // want DeleteChain:`^write\(arg1\.0\.0\.0\.0\+arg1\.0\.0\.0\.1\+arg1\.0\.0\.1\+arg1\.0\.1\+arg1\.1\)$`
	for n != nil {
		if _, err := s.db.Exec(`DELETE FROM nodes WHERE id = $1`, n.ID); err != nil {
			return err
		}
		n = n.Next
	}
	return nil
}
