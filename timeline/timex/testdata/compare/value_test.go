package main

import (
	"testing"
	"time"
)

// TestTargetHolds checks the grain rule of the README on one instant per
// value shape, inside and just outside.
func TestTargetHolds(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse("2006-01-02T15:04", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		value, at string
		want      bool
	}{
		{"2025-02-18", "2025-02-18T12:00", true},
		{"2025-02-18", "2025-02-19T00:00", false},
		{"2025-02-18T21:00", "2025-02-18T21:30", true},
		{"2025-02-18T21:00", "2025-02-18T20:59", false},
		{"2025-01-15T21:00-05:00", "2025-01-15T21:00", true},
		{"2025-03-21T24:00", "2025-03-22T00:00", true},
		{"2025-03-21T24:00", "2025-03-21T00:00", true},
		{"2025-03-21T24:00", "2025-03-21T12:00", false},
		{"2025-02-20TMO", "2025-02-20T06:00", true},
		{"2025-02-20TMO", "2025-02-21T06:00", false},
		{"2025-W09", "2025-03-02T12:00", true},  // Sunday, last day of W09
		{"2025-W09", "2025-02-23T12:00", true},  // the Sunday before: US week
		{"2025-W09", "2025-02-22T12:00", false}, // Saturday of W08
		{"2025-W09", "2025-03-03T00:00", false},
		{"2026-W53", "2026-12-31T12:00", true},
		{"2025-W09-WE", "2025-03-01T12:00", true},
		{"2025-W09-WE", "2025-02-28T12:00", false},
		{"2025-02", "2025-02-28T23:59", true},
		{"2025-02", "2025-03-01T00:00", false},
		{"2024-Q3", "2024-09-30T12:00", true},
		{"2024-Q3", "2024-06-30T12:00", false},
		{"2026-H1", "2026-06-30T12:00", true},
		{"2026-H1", "2026-07-01T12:00", false},
		{"2026-SP", "2026-05-31T12:00", true},
		{"2026-SP", "2026-02-28T12:00", false},
		{"2025-WI", "2026-01-15T12:00", true},
		{"2025-WI", "2025-01-15T12:00", true},
		{"2022", "2022-12-31T12:00", true},
		{"2022", "2023-01-01T00:00", false},
		{"199", "1999-06-01T00:00", true},
		{"199", "2000-01-01T00:00", false},
		{"20", "2025-01-01T00:00", true},
		{"P2W", "2025-03-08T12:00", false},
		{"XXXX-WXX-1", "2025-03-10T12:00", false},
		{"PAST_REF", "2025-02-22T12:00", false},
	}
	for _, tt := range tests {
		if got := target(tt.value).Holds(at(tt.at)); got != tt.want {
			t.Errorf("target(%q).Holds(%s) = %v, want %v", tt.value, tt.at, got, tt.want)
		}
	}
}

// TestTargetShapes checks that every value shape of the tables is read.
func TestTargetShapes(t *testing.T) {
	for _, f := range []string{"../news.tsv", "../news-fixes.tsv", "../news-heldout.tsv"} {
		rows, err := readTable(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			for _, w := range r.Want {
				if target(w.Value).Shape == ShapeOther {
					t.Errorf("%s %s: value %q has no shape", r.Table, r.ID, w.Value)
				}
				if r.Sentence[w.Start:w.End] != w.Text {
					t.Errorf("%s %s: span of %q is wrong", r.Table, r.ID, w.Text)
				}
			}
		}
	}
}
