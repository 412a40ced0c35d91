package main_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchema is the SARIF 2.1.0 (rtm.5) JSON schema, from the MIT-licensed
// npm package @microsoft/jest-sarif.
const sarifSchema = "../../testdata/sarif/sarif-2.1.0-rtm.5.json"

type sarifOut struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID         string `json:"id"`
					Properties struct {
						Tags     []string `json:"tags"`
						Severity string   `json:"security-severity"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine int `json:"startLine"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
		} `json:"results"`
	} `json:"runs"`
}

// validateSARIF checks out against the SARIF 2.1.0 schema.
func validateSARIF(t *testing.T, out string) sarifOut {
	t.Helper()
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(sarifSchema)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("output does not validate against SARIF 2.1.0: %v", err)
	}
	var log sarifOut
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	return log
}

func TestSARIF(t *testing.T) {
	stdout, stderr, code := run(t, repoRoot(t), bolacheck, "-sarif", "./examples/...")
	if code != 3 {
		t.Errorf("exit %d, want 3 (findings); stderr: %s", code, stderr)
	}
	log := validateSARIF(t, stdout)
	run := log.Runs[0]
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
		if r.ID == "bola/ownership" && (!slices.Contains(r.Properties.Tags, "external/cwe/cwe-639") || r.Properties.Severity == "") {
			t.Errorf("ownership rule lacks its CWE tag or severity: %+v", r.Properties)
		}
	}
	if !slices.Contains(ids, "bola/ownership") {
		t.Errorf("rules %v lack bola/ownership", ids)
	}
	byRule := make(map[string]int)
	for _, r := range run.Results {
		byRule[r.RuleID]++
		uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if !strings.HasPrefix(uri, "examples/vulnservice/") || r.PartialFingerprints["bolacheck/v1"] == "" {
			t.Errorf("bad result: rule %s, uri %s, fingerprints %v", r.RuleID, uri, r.PartialFingerprints)
		}
	}
	if byRule["bola/ownership"] != 5 || byRule["bola/notfound"] != 1 || len(run.Results) != 6 {
		t.Errorf("results by rule %v, want the 5 ownership flaws and the 1 notfound flaw", byRule)
	}
	if !slices.Contains(ids, "bola/notfound") {
		t.Errorf("rules %v lack bola/notfound", ids)
	}
}

// TestSARIFFingerprintsStable inserts lines above the findings of a copy
// of testdata/vetmod: every finding moves, no fingerprint changes.
func TestSARIFFingerprintsStable(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(repoRoot(t), "testdata", "vetmod"))); err != nil {
		t.Fatal(err)
	}
	before := fingerprints(t, dir)
	api := filepath.Join(dir, "api", "api.go")
	src, err := os.ReadFile(api)
	if err != nil {
		t.Fatal(err)
	}
	moved := bytes.Replace(src, []byte("\nimport ("), []byte("\n// one\n// two\n// three\n\nimport ("), 1)
	if err := os.WriteFile(api, moved, 0o644); err != nil {
		t.Fatal(err)
	}
	after := fingerprints(t, dir)
	if len(before) == 0 {
		t.Fatal("no findings to fingerprint")
	}
	for fp, line := range before {
		l, ok := after[fp]
		switch {
		case !ok:
			t.Errorf("fingerprint %s (line %d) changed when lines were inserted above it", fp, line)
		case strings.HasPrefix(fp, "api/") && l != line+4:
			t.Errorf("finding at line %d moved to %d, want %d", line, l, line+4)
		}
	}
}

// fingerprints maps file/fingerprint to the line of each finding.
func fingerprints(t *testing.T, dir string) map[string]int {
	t.Helper()
	stdout, _, _ := run(t, dir, bolacheck, "-sarif", "./...")
	log := validateSARIF(t, stdout)
	out := make(map[string]int)
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation
		out[loc.ArtifactLocation.URI+"/"+r.PartialFingerprints["bolacheck/v1"]] = loc.Region.StartLine
	}
	return out
}

func TestRoutes(t *testing.T) {
	stdout, stderr, code := run(t, repoRoot(t), bolacheck, "-routes", "-json", "./examples/...")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var routes []struct {
		Method, Path, Handler string
		Auth                  string `json:"authenticated"`
		Accesses              []struct{ Sink, Status string }
	}
	if err := json.Unmarshal([]byte(stdout), &routes); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, stdout)
	}
	got := make(map[string]string)
	for _, r := range routes {
		var statuses []string
		for _, a := range r.Accesses {
			statuses = append(statuses, a.Status)
		}
		got[r.Method+" "+r.Path] = r.Auth + ": " + strings.Join(statuses, ", ")
	}
	want := map[string]string{
		"GET /me":                 "JWT middleware: no request id",
		"GET /profiles/{user_id}": "JWT middleware: unchecked",
		"GET /items":              "JWT middleware: unchecked",
		"GET /items/{id}":         "JWT middleware: unchecked",
		"DELETE /items/{id}":      "JWT middleware: unchecked",
		"PUT /items/{id}":         "JWT middleware: unchecked, checked: owner compared before the response",
		"GET /me/items/{id}":      "JWT middleware: checked: scoped by the subject",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("routes %v, want %d", got, len(want))
	}
}
