package main_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestDriverParity runs both drivers on testdata/vetmod, a module of six
// packages where findings depend on facts: a handler three calls away from
// the SQL, a guard helper and a scoped service in other packages, and a
// handler authenticated only by its registration in another package, and a
// test fixture that is no route. The standalone checker analyses it in one
// process; go vet runs the tool per package and passes facts through gob
// files in the build cache.
func TestDriverParity(t *testing.T) {
	mod := filepath.Join(repoRoot(t), "testdata", "vetmod")
	stdout, stderr, _ := run(t, mod, bolacheck, "-json", "./...")
	if stderr != "" {
		t.Fatalf("standalone stderr: %s", stderr)
	}
	standalone := parseJSON(t, stdout)
	vetOut, vetErr, _ := run(t, mod, "go", "vet", "-vettool="+bolacheck, "-json", "./...")
	if strings.Contains(vetErr, "error") {
		t.Fatalf("go vet stderr: %s", vetErr)
	}
	vet := parseJSON(t, vetOut)
	// go vet also analyses api's test variant, which finds what api finds.
	if got, want := slices.Compact(render(vet)), render(standalone); !slices.Equal(got, want) {
		t.Errorf("go vet found\n%s\nstandalone found\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// api's tests set up a fixture; standalone runs skip test files unless
	// -test loads them. All agree.
	testOut, testErr, _ := run(t, mod, bolacheck, "-json", "-test", "./...")
	if testErr != "" {
		t.Fatalf("-test stderr: %s", testErr)
	}
	if got, want := slices.Compact(render(parseJSON(t, testOut))), render(standalone); !slices.Equal(got, want) {
		t.Errorf("with -test found\n%s\nwithout found\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	want := map[string]string{
		"api.GetNoteLogged": `path parameter "id" reaches notes.(*Service).Get → store.(*Store).GetNote → (*sql.DB).QueryRowContext`,
		"api.DeleteAny":     `path parameter "id" reaches store.(*Store).DeleteNote → (*sql.DB).ExecContext`,
		"routes.Register":   `handler api.(*Handler).GetNote, registered here behind JWT middleware: path parameter "id"`,
	}
	got := make(map[string][]string)
	files := parseFiles(t, filepath.Join(mod, "api"))
	for name, f := range parseFiles(t, filepath.Join(mod, "routes")) {
		files[name] = f
	}
	for _, d := range standalone {
		file, line := splitPosn(t, d.Posn)
		fn := filepath.Base(filepath.Dir(file)) + "." + enclosingFunc(files[file], line)
		got[fn] = append(got[fn], d.Message)
	}
	for fn, msgs := range got {
		if len(msgs) != 1 || !strings.HasPrefix(msgs[0], want[fn]) || want[fn] == "" {
			t.Errorf("%s: got %q, want one diagnostic starting %q", fn, msgs, want[fn])
		}
	}
	for fn := range want {
		if len(got[fn]) == 0 {
			t.Errorf("%s: no diagnostic, want %q", fn, want[fn])
		}
	}
}
