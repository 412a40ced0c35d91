package main

import (
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/bolacheck/bolacheck/analyzer"
)

// routeOut is a route of the inventory as -routes -json prints it.
type routeOut struct {
	Method   string      `json:"method"`
	Path     string      `json:"path"`
	Handler  string      `json:"handler"`
	Auth     string      `json:"authenticated"`
	Posn     string      `json:"posn"`
	Accesses []accessOut `json:"accesses"`
}

type accessOut struct {
	Sink   string `json:"sink"`
	Status string `json:"status"`
	Posn   string `json:"posn"`
}

// writeRoutes prints the inventory of routes: for a security reviewer, a
// map of the API with the ownership status of every data access.
func writeRoutes(stdout, stderr io.Writer, g *checker.Graph, fset *token.FileSet, asJSON bool) int {
	routes := collectRoutes(g, fset)
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(routes); err != nil {
			fmt.Fprintf(stderr, "bolacheck: %v\n", err)
			return exitError
		}
		return exitClean
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	for _, r := range routes {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", orDash(r.Method), orDash(r.Path), r.Handler, "auth: "+r.Auth, r.Posn)
		if len(r.Accesses) == 0 {
			fmt.Fprintf(tw, "\t\t  no data access\t\t\n")
		}
		for _, a := range r.Accesses {
			fmt.Fprintf(tw, "\t\t  %s\t%s\t%s\n", a.Sink, a.Status, a.Posn)
		}
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(stderr, "bolacheck: %v\n", err)
		return exitError
	}
	return exitClean
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// collectRoutes gathers the analyzer's reports of the root packages.
func collectRoutes(g *checker.Graph, fset *token.FileSet) []routeOut {
	wd, _ := os.Getwd()
	seen := make(map[string]bool)
	out := []routeOut{}
	for _, act := range rootActions(g) {
		rep, ok := act.Result.(*analyzer.Report)
		if !ok || rep == nil {
			continue
		}
		for _, r := range rep.Routes {
			ro := routeOut{Method: r.Method, Path: r.Path, Handler: r.Handler, Auth: r.Auth,
				Posn: posn(wd, fset.Position(r.Pos)), Accesses: []accessOut{}}
			for _, a := range r.Accesses {
				ro.Accesses = append(ro.Accesses, accessOut{Sink: a.Sink, Status: a.Status, Posn: posn(wd, fset.Position(a.Pos))})
			}
			if key := ro.Posn + ro.Handler; !seen[key] {
				seen[key] = true
				out = append(out, ro)
			}
		}
	}
	slices.SortFunc(out, func(a, b routeOut) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(a.Method, b.Method)
	})
	return out
}

func posn(wd string, p token.Position) string {
	return fmt.Sprintf("%s:%d:%d", relURI(wd, p.Filename), p.Line, p.Column)
}
