package sqltext

// A clause is the part of a statement the walker is in. It decides the
// role of the placeholders it holds.
type clause uint8

const (
	clauseStart    clause = iota // start of a statement: its first word decides what it is
	clauseLead                   // before the next statement word: after WITH, EXPLAIN, UNION, MERGE's THEN, ON CONFLICT's DO
	clauseOpaque                 // a statement or part the walker does not model: CALL, SET, DDL, SHOW
	clauseTarget                 // the table named by INSERT INTO, UPDATE, DELETE, MERGE INTO, SELECT ... INTO
	clauseFrom                   // row sources: FROM, JOIN, TABLE
	clauseFilter                 // WHERE, HAVING, ON, USING, MERGE's WHEN
	clauseSelect                 // the select list
	clauseAssign                 // SET, ON DUPLICATE KEY UPDATE
	clauseValues                 // VALUES
	clauseShape                  // GROUP BY, ORDER BY, LIMIT, OFFSET, FETCH, WINDOW, RETURNING
	clauseLocking                // FOR UPDATE and friends
	clauseConflict               // the target of ON CONFLICT
)

// role returns the role of a placeholder written directly in clause c.
func (c clause) role() Role {
	switch c {
	case clauseFilter:
		return RoleFilter
	case clauseSelect, clauseAssign, clauseValues, clauseShape:
		return RoleValue
	}
	return RoleUnknown
}

// A frame is the state of one parenthesis level.
type frame struct {
	clause    clause
	query     bool // the parentheses hold a statement, not an expression
	fresh     bool // no token has been read inside the parentheses yet
	inFilter  bool // opened inside a filter clause: all it holds constrains rows
	merge     bool // the statement is a MERGE, so WHEN and THEN are clause words
	caseDepth int  // CASE expressions open at this level; their WHEN/THEN are not MERGE's
}

// A walker reads the tokens of a SQL text in order and records, for each
// placeholder, the role of the clause it sits in.
type walker struct {
	lx        lexer
	frames    []frame // innermost parenthesis level last; never empty
	prev      keyword // keyword of the previous token, kwNone if it was not one
	op        Op
	numbered  []Role // roles of $n, by n-1
	anonymous []Role // roles of ?, in text order
	named     map[string]Role
}

func newWalker(sql string) *walker {
	w := &walker{lx: lexer{src: sql}}
	w.frames = append(w.frames, frame{query: true, clause: clauseStart})
	return w
}

// run walks the whole text, with one token of lookahead.
func (w *walker) run() {
	cur := w.lx.next()
	for cur.kind != tokEOF {
		next := w.lx.next()
		w.step(cur, next)
		w.prev = cur.kw
		cur = next
	}
}

func (w *walker) top() *frame { return &w.frames[len(w.frames)-1] }

// step handles token t, followed by next.
func (w *walker) step(t, next token) {
	f := w.top()
	fresh := f.fresh
	f.fresh = false
	switch t.kind {
	case tokOpen:
		w.open()
	case tokClose:
		if len(w.frames) > 1 {
			w.frames = w.frames[:len(w.frames)-1]
		}
	case tokSemicolon:
		// A new statement of a batch. Parentheses left open by malformed
		// text are abandoned rather than carried into it.
		w.frames = append(w.frames[:0], frame{query: true, clause: clauseStart})
	case tokPositional:
		w.numbered = recordAt(w.numbered, t.num-1, w.role())
	case tokAnonymous:
		w.anonymous = append(w.anonymous, w.role())
	case tokNamed:
		w.recordNamed(t.text, w.role())
	case tokWord:
		w.word(f, t.kw, next, fresh)
	}
}

// open enters a parenthesis level. Until its first word says otherwise it
// holds an expression, which belongs to the clause it was opened in.
func (w *walker) open() {
	outer := *w.top()
	w.frames = append(w.frames, frame{
		clause:   outer.clause,
		fresh:    true,
		inFilter: outer.inFilter || outer.clause == clauseFilter,
	})
}

// role returns the role of a placeholder at the current position.
func (w *walker) role() Role {
	f := w.top()
	switch {
	case f.clause == clauseOpaque:
		return RoleUnknown
	case f.inFilter:
		return RoleFilter
	}
	return f.clause.role()
}

// word handles a word with keyword kw in frame f; fresh says it is the
// first token inside f's parentheses. Parentheses that hold an expression
// where no statement has begun yet (a CTE's column list, EXPLAIN's options)
// have no clauses; CASE depth matters only where MERGE's WHEN can occur.
func (w *walker) word(f *frame, kw keyword, next token, fresh bool) {
	switch {
	case f.clause == clauseOpaque:
	case fresh && !f.query && kw.startsQuery():
		f.query, f.clause = true, clauseStart
		w.statementWord(f, kw)
	case f.clause == clauseStart || f.clause == clauseLead:
		if f.query {
			w.statementWord(f, kw)
		}
	case !f.query:
		w.expressionWord(f, kw)
	case kw == kwCase:
		f.caseDepth++
	case kw == kwEnd:
		f.caseDepth = max(f.caseDepth-1, 0)
	case !usedAsName(next):
		w.clauseWord(f, kw, next)
	}
}

// usedAsName reports whether a keyword followed by next must be a name
// instead: no clause keyword is followed by a comparison, a comma, a dot or
// a closing parenthesis, but MySQL's non-reserved OFFSET, for one, can name
// a column in WHERE offset = ?.
func usedAsName(next token) bool {
	switch next.kind {
	case tokComma, tokClose, tokDot:
		return true
	case tokOther:
		c := next.text[0]
		return c == '=' || c == '<' || c == '>'
	}
	return false
}

// statementWord handles a word where a statement may begin.
func (w *walker) statementWord(f *frame, kw keyword) {
	switch kw {
	case kwSelect:
		w.begin(f, OpRead, clauseSelect)
	case kwValues:
		w.begin(f, OpRead, clauseValues)
	case kwTable:
		w.begin(f, OpRead, clauseFrom)
	case kwShow:
		w.begin(f, OpRead, clauseOpaque)
	case kwExplain:
		w.begin(f, OpRead, clauseLead) // the statement explained follows
	case kwWith, kwUnion, kwIntersect, kwExcept:
		f.clause = clauseLead
	case kwInsert, kwUpdate, kwDelete, kwReplace, kwUpsert, kwTruncate:
		w.begin(f, OpWrite, clauseTarget)
	case kwMerge:
		w.begin(f, OpWrite, clauseTarget)
		f.merge = true
	default:
		// Words between WITH and the statement (CTE names, AS, RECURSIVE),
		// after EXPLAIN (ANALYZE) or UNION (ALL) are skipped; any other
		// first word starts a statement this package does not model.
		if f.clause == clauseStart {
			f.clause = clauseOpaque
		}
	}
}

// begin records that frame f now holds a statement of kind op, in clause c.
func (w *walker) begin(f *frame, op Op, c clause) {
	w.op = w.op.join(op)
	f.clause = c
}

// clauseWord handles a keyword inside a statement, where it may start a
// new clause. Words that only start a clause in a certain place check
// that they are in it.
func (w *walker) clauseWord(f *frame, kw keyword, next token) {
	switch kw {
	case kwSelect:
		w.begin(f, OpRead, clauseSelect) // INSERT INTO t (a) SELECT ...
	case kwUnion, kwIntersect, kwExcept:
		f.clause = clauseLead
	case kwValues:
		f.clause = clauseValues // INSERT INTO t VALUES, and MySQL's VALUES(col)
	case kwFrom:
		if w.prev != kwDistinct { // a IS DISTINCT FROM b is a comparison
			f.clause = clauseFrom
		}
	case kwJoin:
		f.clause = clauseFrom
	case kwOn:
		w.on(f, next)
	case kwUsing:
		if f.clause == clauseFrom || f.clause == clauseTarget { // not ORDER BY x USING <
			f.clause = clauseFilter
		}
	default:
		w.laterClauseWord(f, kw)
	}
}

// laterClauseWord handles the keywords of clauses that follow the row
// selection, and MERGE's WHEN and THEN.
func (w *walker) laterClauseWord(f *frame, kw keyword) {
	switch kw {
	case kwWhere, kwHaving:
		f.clause = clauseFilter
	case kwSet:
		f.clause = clauseAssign
	case kwGroup:
		if w.prev != kwWithin { // WITHIN GROUP (ORDER BY x) is an aggregate's
			f.clause = clauseShape
		}
	case kwOrder, kwLimit, kwOffset, kwFetch, kwWindow, kwReturning:
		f.clause = clauseShape
	case kwInto:
		f.clause = clauseTarget
	case kwFor:
		f.clause = clauseLocking // so FOR UPDATE is not an UPDATE
	case kwDo:
		if f.clause == clauseConflict {
			f.clause = clauseLead // ON CONFLICT (id) DO UPDATE SET ...
		}
	case kwWhen:
		if f.merge && f.caseDepth == 0 {
			f.clause = clauseFilter // WHEN MATCHED AND t.owner = $1
		}
	case kwThen:
		if f.merge && f.caseDepth == 0 {
			f.clause = clauseLead // THEN UPDATE / INSERT / DELETE
		}
	}
}

// on handles ON, which is a join condition unless it belongs to
// DISTINCT ON (...), ON CONFLICT or MySQL's ON DUPLICATE KEY UPDATE.
func (w *walker) on(f *frame, next token) {
	switch {
	case w.prev == kwDistinct, f.clause == clauseConflict: // ON CONFLICT ON CONSTRAINT name
	case next.kw == kwConflict:
		f.clause = clauseConflict
	case next.kw == kwDuplicate:
		f.clause = clauseAssign
	default:
		f.clause = clauseFilter
	}
}

// expressionWord handles a keyword inside parentheses that hold an
// expression. Only a parenthesized join, FROM (a JOIN b ON ...), has
// clauses there; FROM in EXTRACT(YEAR FROM t), WHERE in
// count(*) FILTER (WHERE ...) and ORDER BY in an aggregate or OVER (...)
// are part of the expression.
func (w *walker) expressionWord(f *frame, kw keyword) {
	switch kw {
	case kwJoin:
		f.clause = clauseFrom
	case kwOn:
		if w.prev != kwDistinct {
			f.clause = clauseFilter
		}
	case kwUsing:
		if f.clause == clauseFrom { // not MySQL's CONVERT(x USING utf8mb4)
			f.clause = clauseFilter
		}
	}
}

// recordAt merges role r into roles[i], growing roles as needed.
func recordAt(roles []Role, i int, r Role) []Role {
	for len(roles) <= i {
		roles = append(roles, RoleUnknown)
	}
	roles[i] = roles[i].stronger(r)
	return roles
}

func (w *walker) recordNamed(name string, r Role) {
	if w.named == nil {
		w.named = make(map[string]Role)
	}
	w.named[name] = w.named[name].stronger(r)
}

// statement returns what the walk found. When the text has $n
// placeholders, its ?s are Postgres jsonb operators, not placeholders.
func (w *walker) statement() Statement {
	args := w.anonymous
	if len(w.numbered) > 0 {
		args = w.numbered
	}
	return Statement{op: w.op, args: args, named: w.named}
}
