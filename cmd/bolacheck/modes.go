package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/bolacheck/bolacheck/analyzer"
)

// Exit codes of the report modes, as singlechecker's.
const (
	exitClean    = 0
	exitError    = 1
	exitUsage    = 2
	exitFindings = 3
)

// runReportMode runs the modes singlechecker does not have: -sarif and
// -routes. It reports false when args ask for neither.
func runReportMode(args []string, stdout, stderr io.Writer) (int, bool) {
	if !slices.ContainsFunc(args, isReportFlag) {
		return 0, false
	}
	fs := flag.NewFlagSet("bolacheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sarif := fs.Bool("sarif", false, "print the findings as SARIF 2.1.0")
	routes := fs.Bool("routes", false, "print every route found, how it is authenticated and how its data accesses are checked")
	asJSON := fs.Bool("json", false, "with -routes, print JSON")
	tests := fs.Bool("test", false, "also load test files (their handlers are fixtures, never reported)")
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	if err := fs.Parse(args); err != nil {
		return exitUsage, true
	}
	if *sarif == *routes {
		fmt.Fprintln(stderr, "bolacheck: give one of -sarif and -routes")
		return exitUsage, true
	}
	graph, fset, err := analyse(fs.Args(), *tests)
	if err != nil {
		fmt.Fprintf(stderr, "bolacheck: %v\n", err)
		return exitError, true
	}
	if *sarif {
		return writeSARIF(stdout, stderr, graph, fset), true
	}
	return writeRoutes(stdout, stderr, graph, fset, *asJSON), true
}

func isReportFlag(a string) bool {
	a = strings.TrimLeft(a, "-")
	name, _, _ := strings.Cut(a, "=")
	return name == "sarif" || name == "routes"
}

// analyse loads the packages and runs the analyzer on them, as
// singlechecker does.
func analyse(patterns []string, tests bool) (*checker.Graph, *token.FileSet, error) {
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, nil, err
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		return nil, nil, fmt.Errorf("%d errors loading packages", n)
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("no packages match %v", patterns)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		return nil, nil, err
	}
	for act := range graph.All() {
		if act.Err != nil {
			return nil, nil, act.Err
		}
	}
	return graph, pkgs[0].Fset, nil
}

// rootActions returns the analyses of the packages named on the command
// line, skipping the copies of a package that -test adds when the test
// variant contains the same files.
func rootActions(g *checker.Graph) []*checker.Action {
	var out []*checker.Action
	for act := range g.All() {
		if act.IsRoot {
			out = append(out, act)
		}
	}
	slices.SortFunc(out, func(a, b *checker.Action) int { return strings.Compare(a.Package.ID, b.Package.ID) })
	return out
}

// finding is a diagnostic with its resolved position, deduplicated
// across the test variants of a package.
type finding struct {
	analysis.Diagnostic
	pos, end token.Position
	// fn names the function around the finding, for fingerprints that
	// do not move with line numbers.
	fn               string
	relatedPositions []token.Position
}

func findings(g *checker.Graph, fset *token.FileSet) []finding {
	seen := make(map[string]bool)
	var out []finding
	for _, act := range rootActions(g) {
		for _, d := range act.Diagnostics {
			f := finding{Diagnostic: d, pos: fset.Position(d.Pos), end: fset.Position(d.End), fn: enclosingFunc(act.Package, d.Pos)}
			for _, rel := range d.Related {
				f.relatedPositions = append(f.relatedPositions, fset.Position(rel.Pos))
			}
			key := f.pos.String() + "\x00" + d.Message
			if !seen[key] {
				seen[key] = true
				out = append(out, f)
			}
		}
	}
	slices.SortFunc(out, func(a, b finding) int {
		if c := strings.Compare(a.pos.Filename, b.pos.Filename); c != 0 {
			return c
		}
		if a.pos.Line != b.pos.Line {
			return a.pos.Line - b.pos.Line
		}
		return a.pos.Column - b.pos.Column
	})
	return out
}

// enclosingFunc names the top-level function or method around pos.
func enclosingFunc(pkg *packages.Package, pos token.Pos) string {
	for _, file := range pkg.Syntax {
		if file.FileStart > pos || pos > file.FileEnd {
			continue
		}
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Pos() > pos || pos > fd.End() {
				continue
			}
			if fd.Recv != nil && len(fd.Recv.List) > 0 {
				return types.ExprString(fd.Recv.List[0].Type) + "." + fd.Name.Name
			}
			return fd.Name.Name
		}
	}
	return ""
}
