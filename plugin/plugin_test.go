package plugin_test

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/bolacheck/bolacheck/analyzer"
	_ "github.com/bolacheck/bolacheck/plugin"
)

// TestPlugin builds the linter the way golangci-lint does, by its
// registered name, from settings decoded out of YAML.
func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin("bola")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{
		"subjects": []any{"example.com/auth.Caller"},
		"sinks":    []any{"write=(*example.com/store.DB).Delete"},
	})
	if err != nil {
		t.Fatalf("valid settings refused: %v", err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil || len(as) != 1 || as[0] != analyzer.Analyzer {
		t.Fatalf("BuildAnalyzers = %v, %v", as, err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
	}
	if got := analyzer.Analyzer.Flags.Lookup("subjects").Value.String(); !strings.Contains(got, "example.com/auth.Caller") {
		t.Errorf("-subjects = %q: the setting did not reach the analyzer", got)
	}
	for _, bad := range []map[string]any{
		{"sources": []any{"header=example.com/web.Param"}},
		{"subjects": []any{"CurrentUser"}},
		{"unknown": true},
		{"sinks": "not a list"},
	} {
		if _, err := newPlugin(bad); err == nil {
			t.Errorf("settings %v accepted, want an error", bad)
		}
	}
}
