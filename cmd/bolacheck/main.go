// Command bolacheck reports broken object-level authorization (BOLA/IDOR) in
// Go HTTP handlers. It runs standalone (bolacheck ./...) or under
// go vet -vettool=$(command -v bolacheck).
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/bolacheck/bolacheck/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
