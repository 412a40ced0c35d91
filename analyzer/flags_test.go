package analyzer

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFlags runs scenarios whose router helper, data layer, caller and
// authorizer only the flags describe. It sets package state, so it stays
// serial and restores the configuration.
func TestFlags(t *testing.T) {
	clearConfig()
	t.Cleanup(clearConfig)
	set := map[string]string{
		"sources":      "path=acme/web.Param",
		"sinks":        "write=(*acme/store.DB).Delete",
		"subjects":     "acme/auth.Caller",
		"authorizers":  "acme/authz.Can",
		"subject-keys": "acct",
	}
	for name, value := range set {
		if err := Analyzer.Flags.Set(name, value); err != nil {
			t.Fatalf("-%s=%s: %v", name, value, err)
		}
	}
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "flags")
}

// TestFlagErrors checks that malformed values are refused with a message
// naming what is wrong.
func TestFlagErrors(t *testing.T) {
	clearConfig()
	t.Cleanup(clearConfig)
	for _, c := range []struct{ name, value string }{
		{"subjects", "CurrentUser"},
		{"subjects", "(*pkg.T)."},
		{"sources", "header=pkg.Get"},
		{"sources", "path"},
		{"sinks", "delete=pkg.Delete"},
		{"authorizers", "pkg.Can(x)"},
	} {
		if err := Analyzer.Flags.Set(c.name, c.value); err == nil {
			t.Errorf("-%s=%s accepted, want an error", c.name, c.value)
		}
	}
}

// clearConfig empties the flag values in place: the flag set holds them.
func clearConfig() {
	clear(cfg.subjects)
	clear(cfg.authorizers)
	clear(cfg.sources)
	clear(cfg.sinks)
	clear(cfg.subjectKeys)
	clear(cfg.skip)
}
