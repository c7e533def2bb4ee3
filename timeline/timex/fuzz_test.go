package timex

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// FuzzTag checks that Tag never panics and that its spans lie inside the
// text, in order, without overlap, on rune boundaries, holding their text.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Foreign ministers met in Riyadh on Tuesday, Feb. 18, 2025.",
		"Later that day, at 9:30 p.m. EST, the talks ended. The next day, nothing.",
		"nearly three years after the full-scale invasion began on February 24, 2022",
		"within the next two weeks; in the coming weeks; 2/18/2025; the '90s; mid-March",
		"Tue., Feb. 30 — 12% of 1,500; the 19th century; twice a year; every Monday",
		"\xff\xfe Sat. 9 a.m. \u2028 Tuesday Morning",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, s string, sec int64) {
		dct := time.Unix(sec%(1<<34), 0).UTC()
		prev := 0
		// Odd sentence starts (unsorted, out of range) must not hurt either.
		opts := &Options{SentenceStarts: []int{0, len(s) / 2, len(s) + 5, -3, len(s) / 3}}
		if sec%2 == 0 {
			opts = nil
		}
		for _, e := range Tag(s, dct, opts) {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) {
				t.Fatalf("span [%d,%d) after %d in %d bytes", e.Start, e.End, prev, len(s))
			}
			if !boundary(s, e.Start) || !boundary(s, e.End) {
				t.Fatalf("span [%d,%d) not on rune boundaries", e.Start, e.End)
			}
			if s[e.Start:e.End] != e.Text {
				t.Fatalf("text %q != span %q", e.Text, s[e.Start:e.End])
			}
			prev = e.End
		}
	})
}

// boundary reports whether byte offset i of s starts a rune as ranging
// over s decodes it (an invalid byte is a rune of its own), or is the end.
func boundary(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for j := i; j >= 0 && j > i-utf8.UTFMax; j-- {
		if utf8.RuneStart(s[j]) {
			_, n := utf8.DecodeRuneInString(s[j:])
			return j == i || j+n <= i
		}
	}
	return true
}

// FuzzScan checks that the scanner finds the tokens, sentences and
// clauses the reference scanner (scan_ref_test.go) finds.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"Foreign ministers met in Riyadh on Tuesday, Feb. 18, 2025. They said so.",
		"THE NEXT DAY, at 9:30 p.m. EST; the talks ended (again). Mr. Smith left!",
		"Naïve café owners, Zürich—mid-March; the '90s\u2028\u00a0Tuesday\tMorning\r\nYESTERDAY",
		"hundred proceeded wicked exceeded abcdefghijklmnopqrstuvwxyz twentieth thirtieth",
		"\xff\xfe Sat. 9 a.m. \u2028 Tuesday Morning e\u0301t\u00e9 it\u2019s “Quoted.” Next",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScan(t, s)
	})
}

// TestScanCorpus runs the FuzzScan check over the benchmark documents.
func TestScanCorpus(t *testing.T) {
	for _, d := range uniqueCorpus(t) {
		checkScan(t, d)
	}
}

// checkScan compares the scanner with the reference on s, with sentence
// starts given and without.
func checkScan(t *testing.T, s string) {
	t.Helper()
	// Tag takes any starts: unsorted, out of range.
	for _, starts := range [][]int{nil, {0, len(s) / 3, len(s) / 2}, {len(s) / 2, 0, len(s) + 5, -3, len(s) / 3}} {
		var got scanner
		var want refScanner
		got.scan(s, starts)
		want.scan(s)
		want.segment(starts)
		if diff := cmp.Diff(want.toks, got.toks, cmp.AllowUnexported(token{}, entry{})); diff != "" {
			t.Fatalf("tokens of %q (starts %v) differ (-reference +tuned):\n%s", s, starts, diff)
		}
	}
}

// TestGeneralPunct checks that the runes generalPunct takes for
// punctuation are no space, letter or mark to the unicode tables.
func TestGeneralPunct(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if generalPunct(r) && (unicode.IsSpace(r) || unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			t.Errorf("generalPunct(%U) but it is a space, letter or mark", r)
		}
	}
}

// TestScanLexicon checks that the scanner finds every word of the
// lexicon in its table, in lower case, title case and upper case, alone
// and at the end of a text (where words are packed byte by byte), and
// that no word of letters is too long for the table.
func TestScanLexicon(t *testing.T) {
	for w, e := range lexicon {
		if strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			continue // not letters only: not one word to the scanner
		}
		if len(w) > maxWord {
			// The table holds no longer word: it would never be found.
			t.Errorf("lexicon word %q has %d letters, more than maxWord (%d)", w, len(w), maxWord)
			continue
		}
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			for _, text := range []string{form + " and some more text", "x " + form} {
				var s scanner
				s.scan(text, nil)
				k := 0
				if text[0] == 'x' {
					k = 1
				}
				if got := s.toks[k].e; got != e {
					t.Errorf("%q in %q: entry %+v, want %+v", form, text, got, e)
				}
			}
		}
	}
}
