// Command nopcheck is the baseline of docs/performance.md: a singlechecker
// whose analyzer declares a fact type and does nothing. It costs what any
// facts-based analyzer must pay to load and type-check every package from
// source, which bolacheck's own cost is measured against.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

type nopFact struct{}

func (*nopFact) AFact()         {}
func (*nopFact) String() string { return "nop" }

var analyzer = &analysis.Analyzer{
	Name:      "nop",
	Doc:       "do nothing, with a fact type, to measure loading",
	FactTypes: []analysis.Fact{new(nopFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(analyzer) }
