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

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/bolacheck/bolacheck/analyzer"
)

func main() {
	if code, ok := runReportMode(os.Args[1:], os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	singlechecker.Main(analyzer.Analyzer)
}
