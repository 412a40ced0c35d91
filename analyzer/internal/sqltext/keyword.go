package sqltext

// A keyword is an SQL word the walker acts on. Every other word, reserved
// or not, is just a name to it.
type keyword uint8

const (
	kwNone keyword = iota

	// Words that start a statement.
	kwSelect
	kwValues
	kwTable
	kwShow
	kwExplain
	kwWith
	kwInsert
	kwUpdate
	kwDelete
	kwMerge
	kwReplace
	kwUpsert
	kwTruncate

	// Words that start a clause.
	kwFrom
	kwJoin
	kwWhere
	kwOn
	kwUsing
	kwHaving
	kwGroup
	kwOrder
	kwLimit
	kwOffset
	kwFetch
	kwWindow
	kwReturning
	kwSet
	kwInto
	kwFor
	kwUnion
	kwIntersect
	kwExcept
	kwDo
	kwWhen
	kwThen

	// Words that only change the meaning of a neighbour.
	kwCase      // opens an expression whose WHEN/THEN are not MERGE's
	kwEnd       // closes it
	kwDistinct  // DISTINCT ON (...) and IS DISTINCT FROM are not clauses
	kwWithin    // WITHIN GROUP (ORDER BY ...) is not a GROUP BY
	kwConflict  // ON CONFLICT is not a join condition
	kwDuplicate // nor is MySQL's ON DUPLICATE KEY UPDATE
)

var keywords = map[string]keyword{
	"SELECT":    kwSelect,
	"VALUES":    kwValues,
	"TABLE":     kwTable,
	"SHOW":      kwShow,
	"EXPLAIN":   kwExplain,
	"WITH":      kwWith,
	"INSERT":    kwInsert,
	"UPDATE":    kwUpdate,
	"DELETE":    kwDelete,
	"MERGE":     kwMerge,
	"REPLACE":   kwReplace,
	"UPSERT":    kwUpsert,
	"TRUNCATE":  kwTruncate,
	"FROM":      kwFrom,
	"JOIN":      kwJoin,
	"WHERE":     kwWhere,
	"ON":        kwOn,
	"USING":     kwUsing,
	"HAVING":    kwHaving,
	"GROUP":     kwGroup,
	"ORDER":     kwOrder,
	"LIMIT":     kwLimit,
	"OFFSET":    kwOffset,
	"FETCH":     kwFetch,
	"WINDOW":    kwWindow,
	"RETURNING": kwReturning,
	"SET":       kwSet,
	"INTO":      kwInto,
	"FOR":       kwFor,
	"UNION":     kwUnion,
	"INTERSECT": kwIntersect,
	"EXCEPT":    kwExcept,
	"DO":        kwDo,
	"WHEN":      kwWhen,
	"THEN":      kwThen,
	"CASE":      kwCase,
	"END":       kwEnd,
	"DISTINCT":  kwDistinct,
	"WITHIN":    kwWithin,
	"CONFLICT":  kwConflict,
	"DUPLICATE": kwDuplicate,
}

// maxKeywordLen is the length of the longest keyword, RETURNING.
const maxKeywordLen = len("RETURNING")

// lookupKeyword returns the keyword that word spells in any letter case,
// or kwNone. It does not allocate: the map lookup of a converted byte
// slice uses the bytes in place.
func lookupKeyword(word string) keyword {
	if len(word) < len("ON") || len(word) > maxKeywordLen {
		return kwNone
	}
	var upper [maxKeywordLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		upper[i] = c
	}
	return keywords[string(upper[:len(word)])]
}

// startsQuery reports whether k, as the first word inside parentheses,
// makes them hold a statement (a subquery or CTE body) rather than an
// expression. REPLACE is left out: replace(s, a, b) is a common function.
func (k keyword) startsQuery() bool {
	switch k {
	case kwSelect, kwWith, kwValues, kwTable, kwInsert, kwUpdate, kwDelete, kwMerge:
		return true
	}
	return false
}
