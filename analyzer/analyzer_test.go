package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/bolacheck/bolacheck/analyzer"
)

// testdata is the repository's shared testdata directory.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestCrossPackage runs a handler three hops from the SQL, a guard helper
// and a scoped service in other packages, and handlers authenticated only
// by another package's registration, with the summaries each package
// exports asserted as facts.
func TestCrossPackage(t *testing.T) {
	ownershipOnly(t)
	analysistest.Run(t, testdata(t), analyzer.Analyzer,
		"crosspkg/store", "crosspkg/authz", "crosspkg/svc", "crosspkg/api", "crosspkg/server")
}

// ownershipOnly restricts a test to the ownership rule: the scenarios of
// the ownership contract drop errors freely, which the notfound rule
// (tested on its own scenarios) would report.
func ownershipOnly(t *testing.T) {
	t.Helper()
	flags := &analyzer.Analyzer.Flags
	if err := flags.Set("rules", "ownership"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := flags.Set("rules", "ownership,notfound"); err != nil {
			t.Fatal(err)
		}
	})
}

// TestNotFound runs the second rule: a single-object fetch whose
// not-found error can fall through to a success response.
func TestNotFound(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "notfound", "notfoundfw")
}
