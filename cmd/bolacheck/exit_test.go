package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitCodes checks the exit codes the README documents: 0 clean, 3
// findings standalone, 1 findings under go vet, 1 when a package does not
// type-check, 2 for a malformed flag.
func TestExitCodes(t *testing.T) {
	root := repoRoot(t)
	broken := t.TempDir()
	write(t, filepath.Join(broken, "go.mod"), "module broken.example\n\ngo 1.26\n")
	write(t, filepath.Join(broken, "broken.go"), "package broken\n\nfunc f() int { return \"not an int\" }\n")

	for _, c := range []struct {
		name string
		dir  string
		cmd  []string
		want int
	}{
		{"clean", root, []string{bolacheck, "./reference/..."}, 0},
		{"findings", root, []string{bolacheck, "./examples/..."}, 3},
		{"findings under vet", root, []string{"go", "vet", "-vettool=" + bolacheck, "./examples/..."}, 1},
		{"type error", broken, []string{bolacheck, "./..."}, 1},
		{"type error under vet", broken, []string{"go", "vet", "-vettool=" + bolacheck, "./..."}, 1},
		{"type error with -sarif", broken, []string{bolacheck, "-sarif", "./..."}, 1},
		{"malformed flag", root, []string{bolacheck, "-sinks=delete=x.Y", "./examples/..."}, 2},
		{"malformed flag with -sarif", root, []string{bolacheck, "-sarif", "-sources=header=x.Y", "./examples/..."}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stderr, code := run(t, c.dir, c.cmd[0], c.cmd[1:]...)
			if code != c.want {
				t.Errorf("%s: exit %d, want %d\n%s", strings.Join(c.cmd, " "), code, c.want, stderr)
			}
		})
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
