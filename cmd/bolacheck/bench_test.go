package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPublicBenchmark scores the binary against the labelled public
// benchmark when a checkout of it sits next to the repository
// (../shared/bolabench): every vulnerable case must be hit and no safe
// case flagged. It is skipped elsewhere and in -short mode, since the
// benchmark module downloads real frameworks and drivers.
func TestPublicBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads the benchmark's dependencies")
	}
	shared := filepath.Join(repoRoot(t), "..", "shared")
	bench, scorer := filepath.Join(shared, "bolabench"), filepath.Join(shared, "bolascore")
	for _, dir := range []string{bench, scorer} {
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("no benchmark checkout: %v", err)
		}
	}
	stdout, stderr, code := run(t, scorer, "go", "run", ".", "-bench", bench, "-tool", bolacheck,
		"-category", "ownership", "-min-recall", "1.0", "-max-fp", "0", "-v")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	t.Log(lines[len(lines)-1])
	if code != 0 {
		t.Errorf("bolascore exit %d\n%s\n%s", code, stdout, stderr)
	}
}
