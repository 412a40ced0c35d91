// Package plugin makes bolacheck a golangci-lint v2 module plugin: build a
// custom golangci-lint with `golangci-lint custom` and a .custom-gcl.yml
// naming this package, then enable the linter "bola". See
// docs/golangci/ for both files.
package plugin

import (
	"fmt"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/bolacheck/bolacheck/analyzer"
)

func init() {
	register.Plugin("bola", New)
}

// Settings are the linter's settings in .golangci.yml; each field is the
// analyzer flag of the same name, a list instead of a comma-separated
// string.
type Settings struct {
	Subjects    []string `json:"subjects"`
	Authorizers []string `json:"authorizers"`
	Sources     []string `json:"sources"`
	Sinks       []string `json:"sinks"`
	SubjectKeys []string `json:"subject-keys"`
	Skip        []string `json:"skip"`
}

// Plugin is the bola linter for golangci-lint.
type Plugin struct{}

// New builds the linter from its settings, refusing unknown keys and
// malformed values.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("bola: %w", err)
	}
	for name, values := range map[string][]string{
		"subjects": s.Subjects, "authorizers": s.Authorizers, "sources": s.Sources,
		"sinks": s.Sinks, "subject-keys": s.SubjectKeys, "skip": s.Skip,
	} {
		if len(values) == 0 {
			continue
		}
		if err := analyzer.Analyzer.Flags.Set(name, strings.Join(values, ",")); err != nil {
			return nil, fmt.Errorf("bola: setting %s: %w", name, err)
		}
	}
	return &Plugin{}, nil
}

// BuildAnalyzers returns the bola analyzer.
func (*Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.Analyzer}, nil
}

// GetLoadMode asks for type information: the analyzer reads SSA.
func (*Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
