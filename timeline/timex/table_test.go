package timex

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// updateKnown rewrites the known_failure column of the news tables from
// the tagger's current results.
var updateKnown = flag.Bool("update-known", false, "rewrite the known_failure column of testdata/news*.tsv from the current results")

// newsTables are the news test tables: news.tsv, the main table, and
// news-heldout.tsv, sentences added after the tagger was tuned on the main
// table, to measure how it generalizes.
const newsTables = "testdata/news*.tsv"

// newsTable is the main news table.
const newsTable = "testdata/news.tsv"

// newsRow is one line of the news table.
type newsRow struct {
	line     int
	id       string
	dct      time.Time
	sentence string
	want     []newsItem
	known    string // why the current tagger fails the row; empty when it passes
	fields   []string
}

// newsItem is one expected expression. Type and Mod are checked only when
// the table gives them; Warn only when true.
type newsItem struct {
	Text, Value, Type, Mod string
	Warn                   bool
}

func (it newsItem) String() string {
	s := it.Text + " = " + it.Value
	if it.Type != "" {
		s += " " + it.Type
	}
	if it.Mod != "" {
		s += " mod=" + it.Mod
	}
	if it.Warn {
		s += " warn"
	}
	return s
}

// readNewsTable reads the table; header and comment lines are kept
// verbatim in head so that -update-known can write the file back.
func readNewsTable(t *testing.T, file string) (rows []newsRow, head []string) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			head = append(head, line)
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 5 {
			t.Fatalf("%s:%d:1: %d fields, want 5", file, n, len(fields))
		}
		dct, err := time.Parse("2006-01-02", fields[1])
		if err != nil {
			t.Fatalf("%s:%d:1: dct: %v", file, n, err)
		}
		want, err := parseWant(fields[3])
		if err != nil {
			t.Fatalf("%s:%d:1: want: %v", file, n, err)
		}
		for _, it := range want {
			if !strings.Contains(fields[2], it.Text) {
				t.Fatalf("%s:%d:1: expression %q is not in the sentence", file, n, it.Text)
			}
		}
		rows = append(rows, newsRow{line: n, id: fields[0], dct: dct, sentence: fields[2], want: want, known: fields[4], fields: fields})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows, head
}

// parseWant parses "TEXT = VALUE [TYPE] [mod=MOD] [warn] ; ..." or "-".
func parseWant(s string) ([]newsItem, error) {
	if s == "-" {
		return nil, nil
	}
	var items []newsItem
	for _, part := range strings.Split(s, " ; ") {
		text, rest, ok := cutLast(part, " = ")
		if !ok {
			return nil, fmt.Errorf("%q: want TEXT = VALUE", part)
		}
		words := strings.Fields(rest)
		if len(words) == 0 {
			return nil, fmt.Errorf("%q: no value", part)
		}
		it := newsItem{Text: text, Value: words[0]}
		for _, w := range words[1:] {
			switch {
			case w == "DATE" || w == "TIME" || w == "DURATION" || w == "SET":
				it.Type = w
			case strings.HasPrefix(w, "mod="):
				it.Mod = strings.TrimPrefix(w, "mod=")
			case w == "warn":
				it.Warn = true
			default:
				return nil, fmt.Errorf("%q: unknown %q", part, w)
			}
		}
		items = append(items, it)
	}
	return items, nil
}

func cutLast(s, sep string) (string, string, bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// checkRow runs the tagger on one row and returns a diff, or "" when the
// row passes.
func checkRow(r newsRow) string {
	exprs := Tag(r.sentence, r.dct, nil)
	got := make([]newsItem, len(exprs))
	var bad []string
	for i, e := range exprs {
		got[i] = newsItem{Text: e.Text, Value: e.Value, Type: string(e.Type), Mod: e.Mod, Warn: len(e.Warnings) > 0}
		if e.Start < 0 || e.End > len(r.sentence) || e.Start > e.End || r.sentence[e.Start:e.End] != e.Text {
			bad = append(bad, fmt.Sprintf("expression %q has span [%d,%d) that does not hold its text", e.Text, e.Start, e.End))
		}
	}
	// Leave unchecked what the table does not specify.
	want := append([]newsItem(nil), r.want...)
	for i := range want {
		if i >= len(got) {
			break
		}
		if want[i].Type == "" {
			want[i].Type = got[i].Type
		}
		if want[i].Mod == "" {
			want[i].Mod = got[i].Mod
		}
		if !want[i].Warn {
			want[i].Warn = got[i].Warn
		}
	}
	d := cmp.Diff(want, got, cmpopts.EquateEmpty())
	if d == "" && len(bad) == 0 {
		return ""
	}
	return strings.Join(append(bad, d), "\n")
}

// summary is a one-line account of what the tagger returned, for the
// known_failure column.
func summary(r newsRow) string {
	exprs := Tag(r.sentence, r.dct, nil)
	if len(exprs) == 0 {
		return "got nothing"
	}
	parts := make([]string, len(exprs))
	for i, e := range exprs {
		parts[i] = newsItem{Text: e.Text, Value: e.Value, Type: string(e.Type), Mod: e.Mod, Warn: len(e.Warnings) > 0}.String()
	}
	return "got " + strings.Join(parts, " ; ")
}

// TestNewsTable runs every sentence of the news tables through Tag. A row
// fails the test when it fails and is not marked as a known failure, and
// when it is marked but now passes (so the list of known failures only
// shrinks). Run with -update-known to rewrite the marks.
func TestNewsTable(t *testing.T) {
	files, err := filepath.Glob(newsTables)
	if err != nil || len(files) == 0 {
		t.Fatalf("no news tables %s: %v", newsTables, err)
	}
	total := 0
	for _, file := range files {
		total += checkNewsTable(t, file)
	}
	if total < 150 {
		t.Errorf("the news tables have %d rows, want at least 150", total)
	}
}

// checkNewsTable checks one table and returns its number of rows.
func checkNewsTable(t *testing.T, file string) int {
	rows, head := readNewsTable(t, file)
	pass := 0
	var out []string
	for _, r := range rows {
		diff := checkRow(r)
		if diff == "" {
			pass++
		}
		if *updateKnown {
			r.fields[4] = ""
			if diff != "" {
				r.fields[4] = summary(r)
			}
			out = append(out, strings.Join(r.fields, "\t"))
			continue
		}
		switch {
		case diff != "" && r.known == "":
			t.Errorf("%s:%d: %s (DCT %s) %q: (-want +got):\n%s", file, r.line, r.id, r.dct.Format("Mon 2006-01-02"), r.sentence, diff)
		case diff == "" && r.known != "":
			t.Errorf("%s:%d: %s now passes: clear its known_failure (or run with -update-known)", file, r.line, r.id)
		}
	}
	if len(rows) > 0 {
		t.Logf("%s: %d of %d rows pass (%.1f%%)", file, pass, len(rows), 100*float64(pass)/float64(len(rows)))
	}
	if *updateKnown {
		data := strings.Join(append(head, out...), "\n") + "\n"
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return len(rows)
}

func TestParseWant(t *testing.T) {
	got, err := parseWant("Tuesday, Feb. 18 = 2025-02-18 DATE warn ; mid-March = 2025-03 mod=MID")
	if err != nil {
		t.Fatal(err)
	}
	want := []newsItem{
		{Text: "Tuesday, Feb. 18", Value: "2025-02-18", Type: "DATE", Warn: true},
		{Text: "mid-March", Value: "2025-03", Mod: "MID"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	for _, bad := range []string{"Tuesday", "Tuesday = ", "Tuesday = 2025-02-18 BOGUS"} {
		if _, err := parseWant(bad); err == nil {
			t.Errorf("parseWant(%q): no error", bad)
		}
	}
}
