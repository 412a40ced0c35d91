package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/bolacheck/bolacheck/reference/auth"
)

const goodKey = "refsvc-main-test-key-0123456789abcdef"

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestRunRefusesBadKeys(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"no key", nil, nil, "no signing key"},
		{"short env key", nil, map[string]string{keyEnv: "short"}, "need at least 32"},
		{"short flag key", []string{"-key", "short"}, nil, "need at least 32"},
		{"short flag key beats good env key", []string{"-key", "short"}, map[string]string{keyEnv: goodKey}, "need at least 32"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// -mint keeps a successful run from starting a server.
			args := append(tt.args, "-mint", "alice")
			var out bytes.Buffer
			err := run(context.Background(), args, env(tt.env), &out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("run = %v, want error containing %q", err, tt.want)
			}
			if out.Len() != 0 {
				t.Errorf("printed %q despite the error", out.String())
			}
		})
	}
}

func TestRunMint(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), []string{"-mint", "bob", "-issuer", "iss", "-audience", "aud"},
		env(map[string]string{keyEnv: goodKey}), &out)
	if err != nil {
		t.Fatal(err)
	}
	v, err := auth.NewVerifier([]byte(goodKey), "iss", "aud")
	if err != nil {
		t.Fatal(err)
	}
	claims, err := v.Verify(strings.TrimSpace(out.String()))
	if err != nil {
		t.Fatalf("minted token does not verify: %v", err)
	}
	if claims.Subject != "bob" {
		t.Errorf("Subject = %q, want bob", claims.Subject)
	}
}
