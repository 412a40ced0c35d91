// Command bolacheck reports broken object-level authorization (BOLA/IDOR)
// in Go HTTP handlers.
//
//	bolacheck ./...                                # standalone
//	go vet -vettool=$(command -v bolacheck) ./...  # as a vet tool
//	bolacheck -sarif ./... > bola.sarif            # SARIF 2.1.0 for code scanning
//	bolacheck -routes [-json] ./...                # the inventory of routes
//
// Without -sarif or -routes it is a singlechecker: go vet's protocol, -json,
// -fix and the analyzer's flags all work as for any analyzer.
package main

import (
	"os"
	"slices"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/bolacheck/bolacheck/analyzer"
)

func main() {
	// Test files hold fixtures, which the analysis does not read (SPEC:
	// handlers and routes in _test.go files are not routes): standalone
	// runs load packages without them unless -test asks for them. Under go
	// vet the go command chooses the files and this flag is unused.
	os.Args = slices.Insert(os.Args, 1, "-test=false")
	if code, ok := runReportMode(os.Args[1:], os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	singlechecker.Main(analyzer.Analyzer)
}
