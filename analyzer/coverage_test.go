package analyzer_test

// Coverage of the frameworks, JWT libraries, principal sources and drivers
// SPEC.md names: one analysistest.Run per axis over its scenario packages.

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/bolacheck/bolacheck/analyzer"
)

func TestGin(t *testing.T) {
	ownershipOnly(t)
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "gin")
}

func TestEcho(t *testing.T) {
	ownershipOnly(t)
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "echo", "echov5")
}

func TestFiber(t *testing.T) {
	ownershipOnly(t)
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "fiber", "fiberv3")
}

func TestHTTPRouter(t *testing.T) {
	ownershipOnly(t)
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "httprouter")
}

func TestJWTLibraries(t *testing.T) {
	ownershipOnly(t)
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "jwtlibs")
}

func TestPrincipals(t *testing.T) {
	ownershipOnly(t)
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "principals")
}

func TestDrivers(t *testing.T) {
	ownershipOnly(t)
	analysistest.Run(t, testdata(t), analyzer.Analyzer,
		"drivers/gormdb",
		"drivers/pgxdb",
		"drivers/mongodb",
		"drivers/mongov1",
		"drivers/entdb",
		"drivers/redisdb",
		"drivers/sqlcdb",
	)
}
