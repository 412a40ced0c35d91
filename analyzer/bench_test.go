package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/bolacheck/bolacheck/analyzer"
)

// BenchmarkAnalyze measures the analyzer alone on generated services of N
// packages, each with a repository, an exported service over it that the
// next package's handlers call, and M handlers (half of them checked).
// Loading and type-checking happen once, outside the timer; ns/pkg shows
// whether the cost grows linearly with the code. In -short mode (CI) it
// runs the small sizes only.
func BenchmarkAnalyze(b *testing.B) {
	sizes := []int{10, 50, 200, 500}
	if testing.Short() {
		sizes = []int{5, 20}
	}
	const handlers = 8
	for _, n := range sizes {
		b.Run(fmt.Sprintf("pkgs=%d", n), func(b *testing.B) {
			pkgs := loadGenerated(b, n, handlers)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				g, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				if found := countDiagnostics(g); found != n*handlers/2 {
					b.Fatalf("%d diagnostics, want %d", found, n*handlers/2)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/pkg")
		})
	}
}

func countDiagnostics(g *checker.Graph) int {
	n := 0
	for act := range g.All() {
		if act.IsRoot {
			n += len(act.Diagnostics)
		}
	}
	return n
}

// loadGenerated writes a GOPATH tree of n packages and loads it with the
// repository's stubs.
func loadGenerated(b *testing.B, n, handlers int) []*packages.Package {
	b.Helper()
	dir := b.TempDir()
	var paths []string
	for i := range n {
		path := fmt.Sprintf("gen/svc%d", i)
		paths = append(paths, path)
		writeFile(b, filepath.Join(dir, "src", path, "svc.go"), generatedPackage(i, handlers))
	}
	testdataDir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		b.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir+string(filepath.ListSeparator)+testdataDir, "GO111MODULE=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("generated packages do not type-check")
	}
	return pkgs
}

func writeFile(b *testing.B, name, content string) {
	b.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		b.Fatal(err)
	}
}

// generatedPackage is package svc<i>: its handlers reach the SQL through
// the service of package svc<i-1> (three hops) and their own repository.
func generatedPackage(i, handlers int) string {
	var sb strings.Builder
	imports := `"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

	"authjwt"`
	prev := "Service"
	if i > 0 {
		imports += fmt.Sprintf("\n\tprev \"gen/svc%d\"", i-1)
		prev = "prev.Service"
	}
	fmt.Fprintf(&sb, `package svc%d

import (
	%s
)

type Note struct{ ID, OwnerID, Body string }

type repo struct{ db *sql.DB }

func (r *repo) get(ctx context.Context, id string) (Note, error) {
	var n Note
	err := r.db.QueryRowContext(ctx, "SELECT id, owner_id, body FROM notes WHERE id = $1", id).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

func (r *repo) del(ctx context.Context, id, owner string) error {
	_, err := r.db.ExecContext(ctx, "DELETE FROM notes WHERE id = $1 AND owner_id = $2", id, owner)
	return err
}

// Service is what the next package's handlers call.
type Service struct{ r *repo }

func (s *Service) Get(ctx context.Context, id string) (Note, error) { return s.r.get(ctx, id) }

type handler struct {
	svc  *%s
	repo *repo
}

func writeJSON(w http.ResponseWriter, v any) { _ = json.NewEncoder(w).Encode(v) }
`, i, imports, prev)
	var routes strings.Builder
	for j := range handlers {
		if j%2 == 0 {
			fmt.Fprintf(&sb, `
func (h *handler) get%d(w http.ResponseWriter, r *http.Request) {
	n, err := h.svc.Get(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, n)
}
`, j)
		} else {
			fmt.Fprintf(&sb, `
func (h *handler) del%d(w http.ResponseWriter, r *http.Request) {
	if err := h.repo.del(r.Context(), chi.URLParam(r, "id"), authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
	}
}
`, j)
		}
		name := fmt.Sprintf("get%d", j)
		if j%2 == 1 {
			name = fmt.Sprintf("del%d", j)
		}
		fmt.Fprintf(&routes, "\tr.Get(\"/%s/{id}\", h.%s)\n", name, name)
	}
	fmt.Fprintf(&sb, `
func (h *handler) routes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Use(authjwt.Middleware(secret))
%s	return r
}
`, routes.String())
	return sb.String()
}
