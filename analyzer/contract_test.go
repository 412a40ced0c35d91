package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/bolacheck/bolacheck/analyzer"
)

// The ownership contract of SPEC.md on the net/http family: every behaviour
// of "Ownership check" and "What is reported" has a bad_/good_ pair.

func TestFlow(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "flow"))
}

func TestGuards(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "guards"))
}

func TestNotChecks(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "notchecks"))
}

func TestHandlerShapes(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "handlers"))
}

func TestAuthentication(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "authn", "authn/crossnotes", "authn/crossapi"))
}

func TestSubjects(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "subjects"))
}

func TestRouters(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "chi", "gorillamux", "nethttp"))
}

func TestSQLSinks(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "sqlsinks"))
}

func TestDirectives(t *testing.T) {
	ownershipOnly(t)
	checkCategories(t, analysistest.Run(t, testdata(t), analyzer.Analyzer, "directives"))
}

// checkCategories checks SPEC's "The diagnostic's category is ownership":
// every finding carries it, and only a directive complaint carries another.
func checkCategories(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	for _, r := range results {
		for _, d := range r.Diagnostics {
			want := "ownership"
			if strings.HasPrefix(d.Message, "//bola:ignore") {
				want = "directive"
			}
			if d.Category != want {
				t.Errorf("%s: category %q, want %q: %s", r.Pass.Fset.Position(d.Pos), d.Category, want, d.Message)
			}
		}
	}
}
