package analyzer

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// suppressor applies //nolint:bola and //bola:ignore <reason> directives,
// read from the package's own syntax. A directive silences a finding on
// its line, on the line below it when it stands alone, or anywhere in the
// function it documents.
type suppressor struct {
	pass *analysis.Pass
	// lines maps a file name and line to whether a valid directive is there.
	lines map[string]map[int]bool
	// bare are //bola:ignore directives without a reason.
	bare []token.Pos
}

func newSuppressor(pass *analysis.Pass) *suppressor {
	s := &suppressor{pass: pass, lines: make(map[string]map[int]bool)}
	for _, file := range pass.Files {
		for _, group := range file.Comments {
			for _, c := range group.List {
				s.add(c)
			}
		}
	}
	return s
}

func (s *suppressor) add(c *ast.Comment) {
	ok, isDirective := parseDirective(c.Text)
	if !isDirective {
		return
	}
	if !ok {
		s.bare = append(s.bare, c.Pos())
		return
	}
	p := s.pass.Fset.Position(c.Pos())
	if s.lines[p.Filename] == nil {
		s.lines[p.Filename] = make(map[int]bool)
	}
	s.lines[p.Filename][p.Line] = true
}

// parseDirective reports whether comment text is a directive for this
// analyzer, and whether it is valid: //bola:ignore needs a reason.
func parseDirective(text string) (valid, isDirective bool) {
	body := strings.TrimSpace(strings.TrimPrefix(text, "//"))
	if rest, ok := strings.CutPrefix(body, "bola:ignore"); ok {
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			return false, false
		}
		return strings.TrimSpace(rest) != "", true
	}
	rest, ok := strings.CutPrefix(body, "nolint")
	if !ok {
		return false, false
	}
	if rest == "" || rest[0] == ' ' {
		return true, true // a bare //nolint silences every linter
	}
	if rest[0] != ':' {
		return false, false
	}
	names, _, _ := strings.Cut(rest[1:], " ")
	for _, n := range strings.Split(names, ",") {
		if strings.TrimSpace(n) == "bola" {
			return true, true
		}
	}
	return false, false
}

// report reports d unless a directive silences it.
func (s *suppressor) report(d analysis.Diagnostic) {
	if !s.silenced(d.Pos) {
		s.pass.Report(d)
	}
}

func (s *suppressor) silenced(pos token.Pos) bool {
	p := s.pass.Fset.Position(pos)
	lines := s.lines[p.Filename]
	if lines == nil {
		return false
	}
	if lines[p.Line] || lines[p.Line-1] {
		return true
	}
	stmt, fn := s.enclosing(pos)
	if stmt != nil {
		start := s.pass.Fset.Position(stmt.Pos()).Line
		if lines[start] || lines[start-1] {
			return true // a directive on the statement the finding is part of
		}
	}
	if fn == nil {
		return false
	}
	start := s.pass.Fset.Position(fn.Pos()).Line
	if lines[start] || lines[start-1] {
		return true
	}
	if fd, ok := fn.(*ast.FuncDecl); ok && fd.Doc != nil {
		for l := s.pass.Fset.Position(fd.Doc.Pos()).Line; l < start; l++ {
			if lines[l] {
				return true
			}
		}
	}
	return false
}

// enclosing returns the innermost statement and the function declaration
// or literal around pos.
func (s *suppressor) enclosing(pos token.Pos) (stmt ast.Stmt, fn ast.Node) {
	for _, file := range s.pass.Files {
		if file.FileStart > pos || pos > file.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(file, pos, pos)
		for _, n := range path {
			switch n := n.(type) {
			case ast.Stmt:
				if stmt == nil {
					if _, isBlock := n.(*ast.BlockStmt); !isBlock {
						stmt = n
					}
				}
			case *ast.FuncDecl, *ast.FuncLit:
				return stmt, n
			}
		}
	}
	return stmt, nil
}

// reportBareIgnores reports //bola:ignore directives that give no reason.
func (s *suppressor) reportBareIgnores() {
	for _, pos := range s.bare {
		s.pass.Report(analysis.Diagnostic{Pos: pos, Category: categoryDirective,
			Message: "//bola:ignore needs a reason: //bola:ignore <why this access is safe>"})
	}
}
