package auth

import (
	"errors"
	"testing"
)

func TestBearerToken(t *testing.T) {
	tests := []struct {
		header string
		token  string
		err    error
	}{
		{"Bearer abc.def.ghi", "abc.def.ghi", nil},
		{"bearer abc", "abc", nil},
		{"BeArEr abc", "abc", nil},
		{"Bearer a-b_c~d+e/f==", "a-b_c~d+e/f==", nil},
		{"", "", ErrNoBearer},
		{"abc.def.ghi", "", ErrNoBearer},
		{"Basic YWxpY2U6c2VjcmV0", "", ErrNoBearer},
		{"Bearerabc", "", ErrNoBearer},
		{"Bearer", "", ErrNoBearer},
		{" Bearer abc", "", ErrNoBearer},
		{"Bearer ", "", ErrMalformedBearer},
		{"Bearer  abc", "", ErrMalformedBearer},
		{"Bearer abc ", "", ErrMalformedBearer},
		{"Bearer abc def", "", ErrMalformedBearer},
		{"Bearer abc\tdef", "", ErrMalformedBearer},
		{"Bearer ===", "", ErrMalformedBearer},
		{"Bearer a=b", "", ErrMalformedBearer},
		{"Bearer abc,def", "", ErrMalformedBearer},
	}
	for _, tt := range tests {
		token, err := BearerToken(tt.header)
		if token != tt.token || !errors.Is(err, tt.err) {
			t.Errorf("BearerToken(%q) = %q, %v; want %q, %v", tt.header, token, err, tt.token, tt.err)
		}
	}
}
