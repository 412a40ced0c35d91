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

func TestFrameworks(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "nethttp")
}
