package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// These tests build the real binary and run it the two ways users do:
// standalone and as go vet's -vettool, where facts cross packages through
// gob serialization.

var bolacheck string // path of the binary built by TestMain

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "bolacheck-test")
	if err != nil {
		panic(err)
	}
	bolacheck = filepath.Join(dir, "bolacheck")
	out, err := exec.Command("go", "build", "-o", bolacheck, ".").CombinedOutput()
	if err != nil {
		panic("go build: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// repoRoot is the module root, two levels up from cmd/bolacheck.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// diagnostic is one finding as -json prints it.
type diagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
}

// run runs cmd in dir and returns its stdout, stderr and exit code.
func run(t *testing.T, dir string, name string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return stdout.String(), stderr.String(), 0
	case errors.As(err, &exit):
		return stdout.String(), stderr.String(), exit.ExitCode()
	}
	t.Fatalf("%s %v: %v", name, args, err)
	return "", "", 0
}

// parseJSON reads the {"pkg": {"bola": [diagnostics]}} objects that -json
// prints (go vet prints one per package).
func parseJSON(t *testing.T, out string) []diagnostic {
	t.Helper()
	var diags []diagnostic
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("bad -json output: %v\n%s", err, out)
		}
		for _, byAnalyzer := range tree {
			raw, ok := byAnalyzer["bola"]
			if !ok {
				continue
			}
			var ds []diagnostic
			if err := json.Unmarshal(raw, &ds); err != nil {
				t.Fatalf("bad diagnostics %s: %v", raw, err)
			}
			diags = append(diags, ds...)
		}
	}
	return diags
}

func TestReferenceIsClean(t *testing.T) {
	stdout, stderr, code := run(t, repoRoot(t), bolacheck, "./reference/...")
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("bolacheck ./reference/... = exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

// TestVulnerableExample checks that each vulnerable handler of the bundled
// example gets exactly one diagnostic and the safe one none, standalone
// (exit 3) and under go vet (exit 1), with the same findings.
func TestVulnerableExample(t *testing.T) {
	root := repoRoot(t)
	_, _, code := run(t, root, bolacheck, "./examples/...")
	categories := make(map[string]int)
	defer func() {
		if categories["ownership"] != 5 || categories["notfound"] != 1 {
			t.Errorf("categories %v, want 5 ownership and 1 notfound", categories)
		}
	}()
	if code != 3 {
		t.Errorf("bolacheck ./examples/... exit = %d, want 3", code)
	}
	stdout, stderr, _ := run(t, root, bolacheck, "-json", "./examples/...")
	standalone := parseJSON(t, stdout)
	if stderr != "" {
		t.Errorf("stderr: %s", stderr)
	}
	for _, d := range standalone {
		categories[d.Category]++
	}
	byHandler := diagnosticsByFunc(t, filepath.Join(root, "examples", "vulnservice"), standalone)
	want := map[string]int{"GetProfile": 1, "ListItems": 1, "GetItem": 1, "DeleteItem": 1, "RenameItem": 1, "GetMyItem": 1}
	for fn, n := range byHandler {
		if want[fn] != n {
			t.Errorf("%s has %d diagnostics, want %d", fn, n, want[fn])
		}
	}
	for fn, n := range want {
		if byHandler[fn] != n {
			t.Errorf("%s has %d diagnostics, want %d", fn, byHandler[fn], n)
		}
	}

	_, vetErr, code := run(t, root, "go", "vet", "-vettool="+bolacheck, "./examples/...")
	if code != 1 {
		t.Errorf("go vet -vettool exit = %d, want 1\n%s", code, vetErr)
	}
	vetJSON, _, _ := run(t, root, "go", "vet", "-vettool="+bolacheck, "-json", "./examples/...")
	if got, want := render(parseJSON(t, vetJSON)), render(standalone); !slices.Equal(got, want) {
		t.Errorf("go vet found\n%s\nstandalone found\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// render sorts diagnostics into comparable lines.
func render(diags []diagnostic) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.Posn+": "+d.Category+": "+d.Message)
	}
	slices.Sort(out)
	return out
}

// diagnosticsByFunc counts diagnostics per top-level function of the
// package in dir.
func diagnosticsByFunc(t *testing.T, dir string, diags []diagnostic) map[string]int {
	t.Helper()
	files := parseFiles(t, dir)
	counts := make(map[string]int)
	for _, d := range diags {
		file, line := splitPosn(t, d.Posn)
		name := enclosingFunc(files[file], line)
		if name == "" {
			t.Errorf("diagnostic outside any function: %s %s", d.Posn, d.Message)
		}
		counts[name]++
	}
	return counts
}

func splitPosn(t *testing.T, posn string) (string, int) {
	t.Helper()
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		t.Fatalf("bad position %q", posn)
	}
	line, err := strconv.Atoi(parts[len(parts)-2])
	if err != nil {
		t.Fatalf("bad position %q", posn)
	}
	return strings.Join(parts[:len(parts)-2], ":"), line
}

// parsedFile is a parsed source file with its file set.
type parsedFile struct {
	fset *token.FileSet
	file *ast.File
}

// parseFiles parses the Go files of dir, by absolute name.
func parseFiles(t *testing.T, dir string) map[string]parsedFile {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	files := make(map[string]parsedFile)
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = parsedFile{fset, f}
	}
	return files
}

// enclosingFunc names the top-level function of f around line.
func enclosingFunc(f parsedFile, line int) string {
	if f.file == nil {
		return ""
	}
	for _, decl := range f.file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if ok && f.fset.Position(fd.Pos()).Line <= line && line <= f.fset.Position(fd.End()).Line {
			return fd.Name.Name
		}
	}
	return ""
}
