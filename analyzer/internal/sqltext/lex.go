package sqltext

import "strings"

// tokenKind classifies a token. The walker needs to tell apart only words,
// parameters and the punctuation that structures a statement; literals,
// quoted identifiers and operators are all opaque to it.
type tokenKind uint8

const (
	tokEOF        tokenKind = iota
	tokWord                 // unquoted identifier or keyword
	tokLiteral              // string, number or quoted identifier
	tokPositional           // $n
	tokAnonymous            // ?
	tokNamed                // :name, @name or $name
	tokOpen                 // (
	tokClose                // )
	tokComma                // ,
	tokSemicolon            // ;
	tokDot                  // .
	tokOther                // operators and other punctuation
)

// A token is one lexical element of the SQL text.
type token struct {
	kind tokenKind
	text string  // source text; for tokNamed the bare name
	kw   keyword // for tokWord: the keyword it spells, if it is one
	num  int     // for tokPositional: n of $n
}

// maxPositional bounds $n: Postgres and MySQL both cap a statement at
// 65535 parameters, and a larger n is junk that must not size a slice.
const maxPositional = 65535

// A lexer splits SQL text into tokens, dropping whitespace and comments.
// It is a small value, so copying it is a cheap way to look ahead.
type lexer struct {
	src      string
	pos      int
	afterDot bool // the previous token was '.', so a word is a column or table name
}

// next returns the next token, or a tokEOF token at the end of the text.
func (lx *lexer) next() token {
	lx.skipSpaceAndComments()
	if lx.pos >= len(lx.src) {
		return token{kind: tokEOF}
	}
	start := lx.pos
	t := lx.scan()
	if t.text == "" {
		t.text = lx.src[start:lx.pos]
	}
	if lx.afterDot {
		t.kw = kwNone // n.order, t.limit: qualified names are never keywords
	}
	lx.afterDot = t.kind == tokDot
	return t
}

// scan reads the token that starts at lx.pos, which is not space or a comment.
func (lx *lexer) scan() token {
	c := lx.src[lx.pos]
	switch {
	case c == '\'' || c == '"' || c == '`':
		lx.skipQuoted(c, false)
		return token{kind: tokLiteral}
	case c == '$':
		return lx.scanDollar()
	case c == ':' || c == '@':
		return lx.scanPrefixed(c)
	case c == '?':
		lx.pos++
		return token{kind: tokAnonymous}
	case isIdentStart(c):
		return lx.scanWord()
	case isDigit(c) || c == '.' && isDigit(byteAt(lx.src, lx.pos+1)):
		// Numbers, including .5, 1.5e3 and 0x1F; the value never matters.
		lx.pos = skipWhile(lx.src, lx.pos, func(c byte) bool { return isIdentPart(c) || c == '.' })
		return token{kind: tokLiteral}
	}
	lx.pos++
	return token{kind: punctuation(c)}
}

func punctuation(c byte) tokenKind {
	switch c {
	case '(':
		return tokOpen
	case ')':
		return tokClose
	case ',':
		return tokComma
	case ';':
		return tokSemicolon
	case '.':
		return tokDot
	}
	return tokOther
}

// scanWord reads an unquoted identifier or keyword.
func (lx *lexer) scanWord() token {
	start := lx.pos
	lx.pos = skipWhile(lx.src, lx.pos, isIdentPart)
	word := lx.src[start:lx.pos]
	if (word == "E" || word == "e") && byteAt(lx.src, lx.pos) == '\'' {
		// A Postgres escape string, E'it\'s', where a backslash quotes too.
		lx.skipQuoted('\'', true)
		return token{kind: tokLiteral}
	}
	return token{kind: tokWord, kw: lookupKeyword(word)}
}

// skipQuoted moves past the string or quoted identifier that opens at
// lx.pos with the quote q. A doubled quote stands for itself; with
// backslash set, a backslash escapes the byte after it as well.
// An unterminated literal runs to the end of the text.
func (lx *lexer) skipQuoted(q byte, backslash bool) {
	for i := lx.pos + 1; i < len(lx.src); i++ {
		switch c := lx.src[i]; {
		case c == '\\' && backslash:
			i++
		case c == q && byteAt(lx.src, i+1) == q:
			i++
		case c == q:
			lx.pos = i + 1
			return
		}
	}
	lx.pos = len(lx.src)
}

// scanDollar reads what starts with '$': a positional placeholder $n, a
// Postgres dollar-quoted string $$...$$ or $tag$...$tag$, SQLite's named
// parameter $name, or a lone '$'.
func (lx *lexer) scanDollar() token {
	rest := lx.src[lx.pos+1:]
	if digits := skipWhile(rest, 0, isDigit); digits > 0 {
		lx.pos += 1 + digits
		if n, ok := positionalNumber(rest[:digits]); ok {
			return token{kind: tokPositional, num: n}
		}
		return token{kind: tokOther}
	}
	tagEnd := 0
	if isIdentStart(byteAt(rest, 0)) {
		tagEnd = skipWhile(rest, 0, isTagPart)
	}
	if byteAt(rest, tagEnd) == '$' {
		lx.skipDollarQuoted(tagEnd + len("$$"))
		return token{kind: tokLiteral}
	}
	if tagEnd > 0 {
		end := skipName(rest, 0)
		lx.pos += 1 + end
		return token{kind: tokNamed, text: rest[:end]}
	}
	lx.pos++
	return token{kind: tokOther}
}

// skipDollarQuoted moves past a dollar-quoted string whose opening
// delimiter, $tag$, is delimLen bytes long and starts at lx.pos. The body
// ends at the first repeat of the delimiter: nothing inside is escaped.
func (lx *lexer) skipDollarQuoted(delimLen int) {
	delim := lx.src[lx.pos : lx.pos+delimLen]
	body := lx.pos + delimLen
	if end := strings.Index(lx.src[body:], delim); end >= 0 {
		lx.pos = body + end + delimLen
		return
	}
	lx.pos = len(lx.src)
}

// positionalNumber parses the digits of $n, rejecting $0 and numbers
// beyond any real parameter count.
func positionalNumber(digits string) (int, bool) {
	if len(digits) > len("65535") {
		return 0, false
	}
	n := 0
	for i := 0; i < len(digits); i++ {
		n = n*10 + int(digits[i]-'0')
	}
	return n, n >= 1 && n <= maxPositional
}

// scanPrefixed reads what starts with ':' or '@': a named parameter
// (:name, @name), or punctuation. "::" is a Postgres cast and "@@" a MySQL
// system variable, and neither is a parameter.
func (lx *lexer) scanPrefixed(c byte) token {
	next := byteAt(lx.src, lx.pos+1)
	switch {
	case next == c:
		lx.pos += 2
		if c == '@' {
			lx.pos = skipWhile(lx.src, lx.pos, isIdentPart) // @@sql_mode: not a word the walker should see
		}
		return token{kind: tokOther}
	case isIdentStart(next):
		end := skipName(lx.src, lx.pos+1)
		name := lx.src[lx.pos+1 : end]
		lx.pos = end
		return token{kind: tokNamed, text: name}
	}
	lx.pos++
	return token{kind: tokOther}
}

// skipName returns the end of the parameter name that starts at i. Names
// are identifier characters plus inner dots, which sqlx uses for nested
// struct fields (:user.id).
func skipName(s string, i int) int {
	for {
		i = skipWhile(s, i, isTagPart)
		if byteAt(s, i) != '.' || !isTagPart(byteAt(s, i+1)) {
			return i
		}
		i++
	}
}

// skipSpaceAndComments moves past whitespace, -- line comments and
// /* block comments */.
func (lx *lexer) skipSpaceAndComments() {
	for lx.pos < len(lx.src) {
		c := lx.src[lx.pos]
		switch {
		case isSpace(c):
			lx.pos++
		case c == '-' && byteAt(lx.src, lx.pos+1) == '-':
			if nl := strings.IndexByte(lx.src[lx.pos:], '\n'); nl >= 0 {
				lx.pos += nl + 1
			} else {
				lx.pos = len(lx.src)
			}
		case c == '/' && byteAt(lx.src, lx.pos+1) == '*':
			lx.skipBlockComment()
		default:
			return
		}
	}
}

// skipBlockComment moves past the block comment that opens at lx.pos.
// Block comments nest, as in Postgres and the SQL standard: when a dialect
// that does not nest them disagrees, the text left over is lost to the
// comment rather than misread as live SQL.
func (lx *lexer) skipBlockComment() {
	depth := 0
	for i := lx.pos; i+1 < len(lx.src); {
		switch lx.src[i : i+2] {
		case "/*":
			depth++
			i += 2
		case "*/":
			depth--
			i += 2
			if depth == 0 {
				lx.pos = i
				return
			}
		default:
			i++
		}
	}
	lx.pos = len(lx.src)
}

// byteAt returns s[i], or 0 past the end of s.
func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// skipWhile returns the index of the first byte at or after i that does
// not satisfy ok, or len(s).
func skipWhile(s string, i int, ok func(byte) bool) int {
	for i < len(s) && ok(s[i]) {
		i++
	}
	return i
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isIdentStart reports whether c can start an unquoted identifier. Bytes
// of multi-byte UTF-8 characters count as letters, as Postgres counts them.
func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80
}

// isIdentPart reports whether c can continue an unquoted identifier;
// Postgres and MySQL allow '$' after the first character.
func isIdentPart(c byte) bool { return isTagPart(c) || c == '$' }

// isTagPart reports whether c can continue a dollar-quote tag or a
// parameter name: identifier characters without '$'.
func isTagPart(c byte) bool { return isIdentStart(c) || isDigit(c) }
