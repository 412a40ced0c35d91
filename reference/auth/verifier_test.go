package auth

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var testKey = []byte("auth-test-key-0123456789abcdef0123456789")

func TestNewVerifierRefuses(t *testing.T) {
	tests := []struct {
		name             string
		key              []byte
		issuer, audience string
		want             string
	}{
		{"no key", nil, "iss", "aud", "need at least 32"},
		{"31-byte key", []byte(strings.Repeat("k", 31)), "iss", "aud", "need at least 32"},
		{"no issuer", testKey, "", "aud", "issuer and audience"},
		{"no audience", testKey, "iss", "", "issuer and audience"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := NewVerifier(tt.key, tt.issuer, tt.audience)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("NewVerifier = %v, %v; want error containing %q", v, err, tt.want)
			}
		})
	}
	if _, err := NewVerifier([]byte(strings.Repeat("k", 32)), "iss", "aud"); err != nil {
		t.Errorf("32-byte key refused: %v", err)
	}
}

func TestMintVerifyRoundTrip(t *testing.T) {
	v, err := NewVerifier(testKey, "iss", "aud")
	if err != nil {
		t.Fatal(err)
	}
	token, err := v.Mint("alice", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := v.Verify(token)
	if err != nil {
		t.Fatalf("Verify(minted token): %v", err)
	}
	if claims.Subject != "alice" {
		t.Errorf("Subject = %q, want alice", claims.Subject)
	}

	other, err := NewVerifier(testKey, "iss", "other-aud")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Verify(token); err == nil {
		t.Error("a verifier for another audience accepted the token")
	}

	if _, err := v.Mint("", time.Minute); !errors.Is(err, ErrNoSubject) {
		t.Errorf("Mint(\"\") error = %v, want ErrNoSubject", err)
	}
}

func TestVerifierKeepsItsOwnKey(t *testing.T) {
	key := append([]byte(nil), testKey...)
	v, err := NewVerifier(key, "iss", "aud")
	if err != nil {
		t.Fatal(err)
	}
	token, err := v.Mint("alice", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	key[0] ^= 0xff
	if _, err := v.Verify(token); err != nil {
		t.Errorf("Verify after caller changed its key buffer: %v", err)
	}
}
