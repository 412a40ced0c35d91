package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// code is the part of a package the analysis reads: its non-test files.
// Handlers and routes that _test.go files declare are fixtures, and no
// code outside the tests can call what they declare, so a test variant of
// a package costs what the package costs, and a package of tests alone
// costs nothing.
type code struct {
	files []*ast.File
	tests []*ast.File
	// imports are the packages the non-test files import: a test variant
	// imports more, and must judge the package as the package is judged.
	imports []*types.Package
}

func codeOf(pass *analysis.Pass) code {
	var c code
	seen := make(map[*types.Package]bool)
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			c.tests = append(c.tests, f)
			continue
		}
		c.files = append(c.files, f)
		for _, spec := range f.Imports {
			if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil && !seen[pn.Imported()] {
				seen[pn.Imported()] = true
				c.imports = append(c.imports, pn.Imported())
			}
		}
	}
	return c
}

// inTest reports whether pos lies in a test file.
func (c code) inTest(pos token.Pos) bool {
	for _, f := range c.tests {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return true
		}
	}
	return false
}

// info returns the package's type information with the initializers of
// variables that test files declare left out: SSA is built from the other
// files only, and would find no global for them.
func (c code) info(info *types.Info) *types.Info {
	if len(c.tests) == 0 {
		return info
	}
	trimmed := *info
	trimmed.InitOrder = nil
	for _, init := range info.InitOrder {
		if len(init.Lhs) > 0 && !c.inTest(init.Lhs[0].Pos()) {
			trimmed.InitOrder = append(trimmed.InitOrder, init)
		}
	}
	return &trimmed
}
