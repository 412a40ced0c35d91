package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis/checker"

	"go/token"
)

// The SARIF 2.1.0 log bolacheck -sarif prints: one run, a rule per
// diagnostic category.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool                      sarifTool              `json:"tool"`
	OriginalURIBaseIDs        map[string]sarifArtLoc `json:"originalUriBaseIds"`
	Results                   []sarifResult          `json:"results"`
	ColumnKind                string                 `json:"columnKind"`
	AutomationDetailsCategory *sarifAutomation       `json:"automationDetails,omitempty"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifHelp      `json:"help"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags             []string `json:"tags"`
	Precision        string   `json:"precision"`
	SecuritySeverity string   `json:"security-severity"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               int                `json:"id,omitempty"`
	PhysicalLocation sarifPhysical      `json:"physicalLocation"`
	Message          *sarifText         `json:"message,omitempty"`
	LogicalLocations []sarifLogicalName `json:"logicalLocations,omitempty"`
}

type sarifLogicalName struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtLoc `json:"artifactLocation"`
	Region           sarifRegion `json:"region"`
}

type sarifArtLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// rule describes one category of diagnostic.
type rule struct {
	category, name, short, full, level, severity, precision string
	tags                                                    []string
}

var rules = []rule{
	{
		category: "ownership", name: "BrokenObjectLevelAuthorization", level: "error", severity: "8.1", precision: "high",
		short: "A request-supplied id reaches a data access with no ownership check",
		full: "An authenticated handler takes an object id from the path or query and reads or changes that object " +
			"without comparing it with the JWT subject, scoping the query by the subject, or asking a policy: any " +
			"signed-in user can reach anyone's data (BOLA/IDOR, OWASP API1:2023).",
		tags: []string{"security", "external/cwe/cwe-639", "external/cwe/cwe-862", "owasp-api1-2023"},
	},
	{
		category: "notfound", name: "ConfidentAnswerForMissingObject", level: "warning", severity: "5.3", precision: "high",
		short: "A single-object fetch can answer success when the object does not exist",
		full: "A handler fetches one record and lets its not-found error fall through to a success response: the API " +
			"answers 200 with an empty object for an id that does not exist for the caller.",
		tags: []string{"security", "external/cwe/cwe-754"},
	},
	{
		category: "directive", name: "IgnoreWithoutReason", level: "warning", severity: "0.0", precision: "very-high",
		short: "A //bola:ignore directive gives no reason",
		full:  "Every suppression of a security finding must say why the access is safe.",
		tags:  []string{"maintainability"},
	},
}

// writeSARIF prints the findings as a SARIF 2.1.0 log; it exits 3 when
// there are findings, as the standalone checker does.
func writeSARIF(stdout, stderr io.Writer, g *checker.Graph, fset *token.FileSet) int {
	root, _ := os.Getwd()
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:               sarifTool{Driver: driver()},
			OriginalURIBaseIDs: map[string]sarifArtLoc{"%SRCROOT%": {URI: fileURI(root) + "/"}},
			Results:            []sarifResult{},
			ColumnKind:         "utf16CodeUnits",
		}},
	}
	seen := make(map[string]int)
	for _, f := range findings(g, fset) {
		log.Runs[0].Results = append(log.Runs[0].Results, result(root, f, seen))
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		fmt.Fprintf(stderr, "bolacheck: %v\n", err)
		return exitError
	}
	if len(log.Runs[0].Results) > 0 {
		return exitFindings
	}
	return exitClean
}

func driver() sarifDriver {
	d := sarifDriver{Name: "bolacheck", InformationURI: "https://github.com/bolacheck/bolacheck", Version: version()}
	for _, r := range rules {
		d.Rules = append(d.Rules, sarifRule{
			ID:                   "bola/" + r.category,
			Name:                 r.name,
			ShortDescription:     sarifText{r.short},
			FullDescription:      sarifText{r.full},
			Help:                 sarifHelp{Text: r.full, Markdown: r.full + "\n\nSee the README of bolacheck for the checks it accepts."},
			HelpURI:              "https://github.com/bolacheck/bolacheck#what-is-reported",
			DefaultConfiguration: sarifConfig{Level: r.level},
			Properties:           sarifRuleProps{Tags: r.tags, Precision: r.precision, SecuritySeverity: r.severity},
		})
	}
	return d
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func ruleIndex(category string) (int, rule) {
	for i, r := range rules {
		if r.category == category {
			return i, r
		}
	}
	return 0, rules[0]
}

// result renders one finding. Its fingerprint hashes the rule, the file,
// the enclosing function and the message, with an occurrence count for
// repeats, so it survives lines moving above it.
func result(root string, f finding, seen map[string]int) sarifResult {
	idx, r := ruleIndex(f.Category)
	uri := relURI(root, f.pos.Filename)
	key := strings.Join([]string{"bola/" + r.category, uri, f.fn, f.Message}, "\x00")
	seen[key]++
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, seen[key])))
	res := sarifResult{
		RuleID:              "bola/" + r.category,
		RuleIndex:           idx,
		Level:               r.level,
		Message:             sarifText{f.Message},
		Locations:           []sarifLocation{location(uri, f.pos, f.end, nil)},
		PartialFingerprints: map[string]string{"bolacheck/v1": hex.EncodeToString(sum[:16])},
	}
	if f.fn != "" {
		res.Locations[0].LogicalLocations = []sarifLogicalName{{FullyQualifiedName: f.fn, Kind: "function"}}
	}
	for i, rel := range f.relatedPositions {
		msg := sarifText{f.Related[i].Message}
		loc := location(relURI(root, rel.Filename), rel, rel, &msg)
		loc.ID = i + 1
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	return res
}

func location(uri string, pos, end token.Position, msg *sarifText) sarifLocation {
	reg := sarifRegion{StartLine: pos.Line, StartColumn: pos.Column}
	if end.IsValid() && end.Line >= pos.Line {
		reg.EndLine, reg.EndColumn = end.Line, end.Column
	}
	return sarifLocation{
		PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtLoc{URI: uri, URIBaseID: "%SRCROOT%"}, Region: reg},
		Message:          msg,
	}
}

// relURI makes a file name relative to the working directory, with
// forward slashes, as SARIF's uriBaseId expects.
func relURI(root, name string) string {
	if rel, err := filepath.Rel(root, name); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return fileURI(name)
}

func fileURI(name string) string {
	return "file://" + filepath.ToSlash(name)
}
