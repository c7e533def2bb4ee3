package timeml

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/reports/golden"
	"github.com/google/go-cmp/cmp"
)

// TestEvaluateDir scores a stand-in tagger that finds "Tuesday" with the
// right value and "next week" with a wrong one, misses "about nine hours"
// and adds a false positive, on a directory with one good and one broken
// document.
func TestEvaluateDir(t *testing.T) {
	root := t.TempDir()
	src, err := os.ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"News/a.tml":   src,
		"Wire/bad.tml": []byte("<TimeML>"),
		"notes.txt":    []byte("not a document"),
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tagger := func(text string, dct time.Time) ([]Timex, error) {
		if !dct.Equal(time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)) {
			return nil, errors.New("wrong DCT")
		}
		span := func(s, typ, value string) Timex {
			i := strings.Index(text, s)
			return Timex{Start: i, End: i + len(s), Text: s, Type: typ, Value: value}
		}
		return []Timex{
			span("Tuesday", "DATE", "2025-02-18"),
			span("again next week", "DATE", "2025-W10"),
			span("GENEVA", "DATE", "XXXX"),
		}, nil
	}
	ev, err := EvaluateDir(root, tagger)
	if err != nil {
		t.Fatal(err)
	}
	if len(ev.Errors) != 1 || !strings.Contains(ev.Errors[0].Error(), "bad.tml:1:1: <TimeML> is never closed") {
		t.Errorf("Errors = %v", ev.Errors)
	}
	var report, tsv bytes.Buffer
	if err := ev.WriteReport(&report); err != nil {
		t.Fatal(err)
	}
	if err := ev.WriteErrors(&tsv); err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(report.String()+"---\n"+tsv.String(), filepath.ToSlash(root), "ROOT")
	golden.Check(t, "testdata/eval.golden", []byte(got))
	c, n := ev.Total("")
	if d := cmp.Diff(Counts{Gold: 3, System: 3, Relaxed: 2, Strict: 1, Value: 1, Type: 2}, c); d != "" || n != 1 {
		t.Errorf("Total: %d docs, counts (-want +got):\n%s", n, d)
	}

	if _, err := EvaluateDir(filepath.Join(root, "News", "none"), tagger); err == nil {
		t.Error("EvaluateDir on a missing directory: no error")
	}
	if _, err := EvaluateDir(t.TempDir(), tagger); err == nil || !strings.Contains(err.Error(), "no .tml files") {
		t.Errorf("EvaluateDir on an empty directory: %v", err)
	}
}

func TestContext(t *testing.T) {
	text := "Prices rose on Tuesday night, the ministry said."
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	gs, ge := at("Tuesday night")
	ss, se := at("Tuesday")
	for _, tc := range []struct {
		name string
		g, s *Timex
		want string
	}{
		{"nested", &Timex{Start: gs, End: ge}, &Timex{Start: ss, End: se}, "Prices rose on [[{{Tuesday}} night]], the ministry said."},
		{"miss", &Timex{Start: gs, End: ge}, nil, "Prices rose on [[Tuesday night]], the ministry said."},
		{"out of range", nil, &Timex{Start: 40, End: 400}, "Prices rose on Tuesday night, the minist{{ry said.}}"},
		{"same end", &Timex{Start: ss, End: ge}, &Timex{Start: ss + 3, End: ge}, "Prices rose on [[Tue{{sday night}}]], the ministry said."},
		{"same start", &Timex{Start: ss, End: se}, &Timex{Start: ss, End: ge}, "Prices rose on {{[[Tuesday]] night}}, the ministry said."},
		{"none", nil, nil, ""},
	} {
		if got := context(text, tc.g, tc.s); got != tc.want {
			t.Errorf("%s: context = %q, want %q", tc.name, got, tc.want)
		}
	}
}
