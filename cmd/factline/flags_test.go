package main

import (
	"flag"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args    []string
		wantPos []string
		wantF   string
	}{
		{[]string{"a", "--format", "json", "b"}, []string{"a", "b"}, "json"},
		{[]string{"--format=json", "-"}, []string{"-"}, "json"},
		{[]string{"a", "--", "--format"}, []string{"a", "--format"}, "text"},
		{nil, nil, "text"},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		f := fs.String("format", "text", "")
		pos, err := parseInterspersed(fs, tt.args)
		if err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		if diff := cmp.Diff(tt.wantPos, pos); diff != "" {
			t.Errorf("%q: positional (-want +got):\n%s", tt.args, diff)
		}
		if *f != tt.wantF {
			t.Errorf("%q: format = %q, want %q", tt.args, *f, tt.wantF)
		}
	}
}
