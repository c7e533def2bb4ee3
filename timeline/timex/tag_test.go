package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestTag checks whole expressions: span, type, value, mod, anchor,
// warnings and explanation, for the cases the news table does not spell
// out.
func TestTag(t *testing.T) {
	sat := time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		dct  time.Time
		text string
		want []Expr
	}{
		{"past weekday explained", sat, "They met on Tuesday.", []Expr{{ID: "t1", Start: 12, End: 19, Text: "Tuesday", Type: Date,
			Value: "2025-02-18", Anchor: "DCT",
			Explain: "Tuesday, past tense, DCT Sat 2025-02-22 → most recent Tuesday → 2025-02-18"}}},
		{"anaphora names its anchor", sat, "On Friday, he spoke. Later that day, he left.", []Expr{
			{ID: "t1", Start: 3, End: 9, Text: "Friday", Type: Date, Value: "2025-02-21", Anchor: "DCT"},
			{ID: "t2", Start: 21, End: 35, Text: "Later that day", Type: Date, Value: "2025-02-21", Anchor: "t1"}}},
		{"weekday mismatch warns", sat, "It opened on Wednesday, Feb. 18.", []Expr{{ID: "t1", Start: 13, End: 31,
			Text: "Wednesday, Feb. 18", Type: Date, Value: "2025-02-18", Anchor: "DCT",
			Warnings: []string{"Wednesday does not match 2025-02-18, a Tuesday"}}}},
		{"duration from the DCT", sat, "They may meet within the next two weeks.", []Expr{{ID: "t1", Start: 21, End: 39,
			Text: "the next two weeks", Type: Duration, Value: "P2W", Anchor: "DCT"}}},
		{"time zone", time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC), "He speaks at 9 p.m. EST.", []Expr{{ID: "t1", Start: 13, End: 23,
			Text: "9 p.m. EST", Type: Time, Value: "2025-01-15T21:00-05:00", Anchor: "DCT"}}},
		{"no false positives", sat, "Ukraine may cede the 20% of its territory; he sat down with two aides; four and a half; Saturday Night Live; 12%.", nil},
		{"headline capitals", sat, "Trump Fires Chairman and Thousands March in London", nil},
		{"retailer name", sat, "Shares of Tuesday Morning fell.", nil},
		{"first name", sat, "April Ryan asked a question.", nil},
		{"title-case heading", sat, "Trump Speaks Tuesday Morning", []Expr{{ID: "t1", Start: 13, End: 28,
			Text: "Tuesday Morning", Type: Time, Value: "2025-02-18TMO", Anchor: "DCT"}}},
	}
	// ignore drops what the test compares separately.
	ignore := func(got []Expr) []Expr {
		for i := range got {
			got[i].Interval = nil
			got[i].Explain = ""
		}
		return got
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tag(tt.text, tt.dct, nil)
			want := tt.want
			if len(want) == 1 && want[0].Explain != "" {
				if len(got) == 1 && got[0].Explain != want[0].Explain {
					t.Errorf("explain %q, want %q", got[0].Explain, want[0].Explain)
				}
				want = []Expr{want[0]}
				want[0].Explain = ""
			}
			if diff := cmp.Diff(want, ignore(got)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestIntervals checks the resolved intervals the timeline compares.
func TestIntervals(t *testing.T) {
	sat := time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)
	d := func(m, dd int) time.Time { return time.Date(2025, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		text string
		want Interval
	}{
		{"within the next two weeks", Interval{d(2, 22), d(3, 8), GrainWeek}},
		{"next week", Interval{d(2, 24), d(3, 3), GrainWeek}},
		{"the weekend", Interval{d(2, 22), d(2, 24), GrainWeekend}},
		{"Tuesday night", Interval{d(2, 18).Add(21 * time.Hour), d(2, 19).Add(5 * time.Hour), GrainPart}},
	}
	for _, tt := range tests {
		got := Tag(tt.text, sat, nil)
		if len(got) != 1 || got[0].Interval == nil {
			t.Errorf("%q: got %+v", tt.text, got)
			continue
		}
		if diff := cmp.Diff(tt.want, *got[0].Interval); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestZeroDCT checks that a zero DCT still explains against itself.
func TestZeroDCT(t *testing.T) {
	got := Tag("He left on Tuesday.", time.Time{}, nil)
	if len(got) != 1 {
		t.Fatalf("got %+v", got)
	}
	if !strings.Contains(got[0].Explain, "DCT Mon 0001-01-01") {
		t.Errorf("explanation %q does not name the DCT", got[0].Explain)
	}
}

// TestCachesAcrossDCTs checks that what a text's expressions say does not
// depend on the texts tagged before it, with other DCTs: the explanation
// caches that do not name the DCT are kept from one text to the next.
func TestCachesAcrossDCTs(t *testing.T) {
	uniq := uniqueCorpus(t)
	dcts := []time.Time{seedDCT, time.Date(2024, 11, 6, 9, 30, 0, 0, time.UTC), time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC)}
	dctOf := func(k int) time.Time { return dcts[k%len(dcts)] }
	first := make([][]Expr, len(uniq))
	for k, d := range uniq {
		first[k] = Tag(d, dctOf(k), nil)
	}
	for k := len(uniq) - 1; k >= 0; k-- {
		if diff := cmp.Diff(first[k], Tag(uniq[k], dctOf(k), nil)); diff != "" {
			t.Fatalf("text %d tagged again after others (-first +again):\n%s", k, diff)
		}
	}
}

// TestSpanExplanations checks the explanations of spans from the DCT,
// which are cached by DCT (see spanWhy).
func TestSpanExplanations(t *testing.T) {
	sat := time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"They may meet within the next two weeks.", "the next two weeks, within the next 2 weeks from the DCT, DCT Sat 2025-02-22 → P2W"},
		{"They may meet in the next two weeks.", "the next two weeks, the next 2 weeks from the DCT, DCT Sat 2025-02-22 → P2W"},
		{"Prices rose in the past three months.", "the past three months, the 3 months before the DCT, DCT Sat 2025-02-22 → P3M"},
	}
	for _, tc := range tests {
		for range 2 { // the second time from the cache
			got := Tag(tc.text, sat, nil)
			if len(got) != 1 || got[0].Explain != tc.want {
				t.Errorf("Tag(%q) = %+v, want one expression explained %q", tc.text, got, tc.want)
			}
		}
	}
}
