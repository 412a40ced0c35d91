package analyzer_test

import (
	"path/filepath"
	"testing"
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
