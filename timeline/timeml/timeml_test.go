package timeml

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factline/factline/reports/golden"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// te3Dir is the TempEval-3 training data, when the machine has it.
const te3Dir = "../../../shared/data/tempeval3/train"

func TestParseSample(t *testing.T) {
	d, err := ParseFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	wantText := "\nGENEVA (FL) _\n\nForeign ministers met Tuesday and agreed to talk again next week, officials at AT&T's \"desk\" said.\n\nThe talks lasted about nine hours — longer than planned.\n\n"
	if diff := cmp.Diff(wantText, d.Text); diff != "" {
		t.Errorf("Text (-want +got):\n%s", diff)
	}
	if d.DocID != "FL20250222.0001" {
		t.Errorf("DocID = %q", d.DocID)
	}
	if want := time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC); !d.Anchor.Equal(want) {
		t.Errorf("Anchor = %v, want %v", d.Anchor, want)
	}
	wantDCT := Timex{TID: "t0", Type: "DATE", Value: "2025-02-22", Text: "02/22/2025", Line: 6, Col: 6}
	if diff := cmp.Diff(wantDCT, d.DCT); diff != "" {
		t.Errorf("DCT (-want +got):\n%s", diff)
	}
	at := func(s string) (int, int) {
		i := strings.Index(d.Text, s)
		return i, i + len(s)
	}
	s1, e1 := at("Tuesday")
	s2, e2 := at("next week")
	s3, e3 := at("about nine hours")
	want := []Timex{
		{TID: "t1", Type: "DATE", Value: "2025-02-18", AnchorTimeID: "t0", Start: s1, End: e1, Text: "Tuesday", Line: 13, Col: 66},
		{TID: "t2", Type: "DATE", Value: "2025-W09", AnchorTimeID: "t0", Start: s2, End: e2, Text: "next week", Line: 13, Col: 265},
		{TID: "t3", Type: "DURATION", Value: "PT9H", Mod: "APPROX", Start: s3, End: e3, Text: "about nine hours", Line: 15, Col: 44},
	}
	if diff := cmp.Diff(want, d.Timexes); diff != "" {
		t.Errorf("Timexes (-want +got):\n%s", diff)
	}
}

func TestParseValue(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Time
		err  bool
	}{
		{in: "1998-01-08", want: time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)},
		{in: "1998-08-07T06:18", want: time.Date(1998, 8, 7, 6, 18, 0, 0, time.UTC)},
		{in: "1998-08-07T06:18:09", want: time.Date(1998, 8, 7, 6, 18, 9, 0, time.UTC)},
		{in: "1998-W08", err: true},
		{in: "", err: true},
		{in: "1998-02-30", err: true},
	} {
		got, err := ParseValue(tc.in)
		if (err != nil) != tc.err {
			t.Errorf("ParseValue(%q) error = %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if !got.Equal(tc.want) {
			t.Errorf("ParseValue(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

const okHead = `<TimeML><DOCID>D1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-22" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>`

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"no DCT", "<TimeML><TEXT>a</TEXT></TimeML>", "f.tml:1:32: no DCT"},
		{"no TEXT", okHead + "</TimeML>", "f.tml:1:139: no <TEXT> element"},
		{"bad DCT value", `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-W02">x</TIMEX3></DCT></TimeML>`, `f.tml:1:14: DCT value "1998-W02"`},
		{"DCT not creation", `<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-02" functionInDocument="NONE">x</TIMEX3></DCT>`, "f.tml:1:6: DCT TIMEX3 has functionInDocument"},
		{"unclosed TEXT", okHead + "<TEXT>\nabc", "f.tml:1:130: <TEXT> is never closed"},
		{"mismatch", okHead + "<TEXT>\n<EVENT eid=\"e1\">a</SIGNAL></TEXT></TimeML>", "f.tml:2:18: end tag </SIGNAL> does not match <EVENT> at 2:1"},
		{"nested timex", okHead + "<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1\"><TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1\">", "TIMEX3 nested in TIMEX3 t1"},
		{"no value", okHead + "<TEXT>\n\n  <TIMEX3 tid=\"t1\" type=\"DATE\">x</TIMEX3></TEXT></TimeML>", "f.tml:3:3: TIMEX3 t1 without value"},
		{"bad type", okHead + "<TEXT><TIMEX3 tid=\"t1\" type=\"DAY\" value=\"1\">x</TIMEX3></TEXT></TimeML>", `type "DAY" is not DATE`},
		{"duplicate tid", okHead + "<TEXT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1\">x</TIMEX3></TEXT></TimeML>", `duplicate tid "t0"`},
		{"bad entity", okHead + "<TEXT>\nAT&T</TEXT></TimeML>", "f.tml:2:3: bad entity reference in TEXT"},
		{"unquoted", `<TimeML a=b>`, "f.tml:1:11: attribute a of <TimeML: value must be quoted"},
		{"unterminated tag", `<TimeML a="b"`, "f.tml:1:1: unterminated tag <TimeML"},
		{"unterminated comment", `<!-- x`, "f.tml:1:1: unterminated comment"},
		{"no name", `< TimeML>`, "f.tml:1:1: expected a tag name"},
		{"stray end", `</TimeML>`, "f.tml:1:1: end tag </TimeML> without a start tag"},
		{"unclosed root", okHead + "<TEXT></TEXT>", "f.tml:1:1: <TimeML> is never closed"},
		{"invalid utf8", "<TimeML>\n\xff</TimeML>", "f.tml:2:1: invalid UTF-8"},
		{"two TEXT", okHead + "<TEXT></TEXT><TEXT></TEXT></TimeML>", "second <TEXT> element"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("f.tml", []byte(tc.in))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error %T is not an *Error", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

// TestWriteGolden writes the sample back with the gold expressions as
// system output and compares with testdata/sample.out.tml.
func TestWriteGolden(t *testing.T) {
	for _, name := range []string{"sample", "input"} {
		t.Run(name, func(t *testing.T) {
			d, err := ParseFile("testdata/" + name + ".tml")
			if err != nil {
				t.Fatal(err)
			}
			gold, err := ParseFile("testdata/sample.tml")
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := d.Write(&b, gold.Timexes); err != nil {
				t.Fatal(err)
			}
			if !*golden.Update || name == "sample" { // every variant writes the same output
				golden.Check(t, "testdata/sample.out.tml", b.Bytes())
			}
			checkRoundTrip(t, d, gold.Timexes, b.Bytes())
		})
	}
}

// checkRoundTrip re-parses the writer's output and checks that its plain
// text equals the input's and that it holds exactly the written
// expressions.
func checkRoundTrip(t *testing.T, in *Document, sys []Timex, out []byte) {
	t.Helper()
	d, err := Parse(in.Path+".out", out)
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	if d.Text != in.Text {
		t.Errorf("output text differs from the input's:\n%s", cmp.Diff(in.Text, d.Text))
	}
	if d.DCT.TID != DCTID || d.DCT.Value != in.DCT.Value || d.DocID != in.DocID {
		t.Errorf("output DCT/DOCID = %s %q %q, want t0 %q %q", d.DCT.TID, d.DCT.Value, d.DocID, in.DCT.Value, in.DocID)
	}
	if diff := cmp.Diff(sys, d.Timexes, cmpopts.IgnoreFields(Timex{}, "TID", "AnchorTimeID", "Line", "Col")); diff != "" {
		t.Errorf("re-parsed expressions (-want +got):\n%s", diff)
	}
}

func TestWriteErrors(t *testing.T) {
	d, err := ParseFile("testdata/input.tml")
	if err != nil {
		t.Fatal(err)
	}
	dash := strings.Index(d.Text, "—")
	for _, tc := range []struct {
		name string
		sys  []Timex
		want string
	}{
		{"outside", []Timex{{Start: 5, End: len(d.Text) + 1}}, "outside the text"},
		{"empty", []Timex{{Start: 5, End: 5}}, "outside the text"},
		{"overlap", []Timex{{Start: 5, End: 9, Text: "a"}, {Start: 8, End: 10, Text: "b"}}, `"a" and "b" overlap`},
		{"entity cut", []Timex{{Start: dash + 1, End: dash + 5, Text: "s"}}, "cuts an entity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := d.Write(&bytes.Buffer{}, tc.sys)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Write error = %v, want %q", err, tc.want)
			}
		})
	}
}

// TestWriteDCTRenamed checks that a DCT with another tid is written as t0.
func TestWriteDCTRenamed(t *testing.T) {
	src := strings.Replace(okHead, `tid="t0"`, `tid="t99"`, 1) + "<TEXT>\nOn Monday.\n</TEXT></TimeML>"
	d, err := Parse("f.tml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	sys := []Timex{{TID: "a", Type: "DATE", Value: "2025-02-17", AnchorTimeID: "t0", Start: 4, End: 10, Text: "Monday"}}
	if err := d.Write(&b, sys); err != nil {
		t.Fatal(err)
	}
	want := `<TimeML><DOCID>D1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-22" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>
On <TIMEX3 tid="t1" type="DATE" value="2025-02-17" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Monday</TIMEX3>.
</TEXT></TimeML>`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTrainingData parses every TempEval-3 training document and writes
// each back with its own gold expressions.
func TestTrainingData(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(te3Dir, "*", "*.tml"))
	if len(files) == 0 {
		t.Skipf("no TempEval-3 data in %s", te3Dir)
	}
	n := 0
	for _, f := range files {
		d, err := ParseFile(f)
		if err != nil {
			t.Error(err)
			continue
		}
		n += len(d.Timexes)
		for _, x := range d.Timexes {
			if d.Text[x.Start:x.End] != x.Text {
				t.Errorf("%s: %s: span text %q, want %q", f, x.TID, d.Text[x.Start:x.End], x.Text)
			}
		}
		var b bytes.Buffer
		if err := d.Write(&b, d.Timexes); err != nil {
			t.Error(err)
			continue
		}
		checkRoundTrip(t, d, d.Timexes, b.Bytes())
	}
	if len(files) != 256 || n != 1822 {
		t.Errorf("read %d files with %d gold TIMEX3, want 256 and 1822", len(files), n)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/sample.tml", "testdata/input.tml"} {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte(okHead + "<TEXT>a &amp; b</TEXT></TimeML>"))
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse("fuzz.tml", src)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T is not an *Error", err)
			}
			return
		}
		for _, x := range d.Timexes {
			if x.Start < 0 || x.End > len(d.Text) || x.Start > x.End || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v in text of length %d", x, len(d.Text))
			}
		}
		var b bytes.Buffer
		if err := d.Write(&b, d.Timexes); err != nil {
			// Empty gold expressions cannot be written back.
			return
		}
		d2, err := Parse("fuzz.out", b.Bytes())
		if err != nil {
			t.Fatalf("output does not parse: %v\n%s", err, b.Bytes())
		}
		if d2.Text != d.Text {
			t.Fatalf("text changed: %q -> %q", d.Text, d2.Text)
		}
	})
}

// BenchmarkParse parses the training documents (or the sample when the
// data is missing) and writes each back.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(te3Dir, "*", "*.tml"))
	if len(files) == 0 {
		files = []string{"testdata/sample.tml"}
	}
	var srcs [][]byte
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for i, src := range srcs {
			d, err := Parse(files[i], src)
			if err != nil {
				b.Fatal(err)
			}
			if err := d.Write(io.Discard, d.Timexes); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// FuzzWrite writes the sample document back with one arbitrary system
// span: Write either refuses it with an error or produces a document that
// parses to the same text with that one expression.
func FuzzWrite(f *testing.F) {
	d, err := ParseFile("testdata/sample.tml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(0, 5, "DATE", "2025")
	f.Add(strings.Index(d.Text, "—"), strings.Index(d.Text, "—")+1, "TIME", `a"b<c&d`)
	f.Add(-1, 1000, "", "")
	f.Fuzz(func(t *testing.T, start, end int, typ, value string) {
		if !utf8.ValidString(value) || !utf8.ValidString(typ) {
			return
		}
		sys := []Timex{{Start: start, End: end, Type: typ, Value: value}}
		var b bytes.Buffer
		if err := d.Write(&b, sys); err != nil {
			return
		}
		if typ != "DATE" && typ != "TIME" && typ != "DURATION" && typ != "SET" {
			// Parse rejects other types; the writer does not judge them.
			return
		}
		got, err := Parse("fuzz.out", b.Bytes())
		if err != nil {
			t.Fatalf("output does not parse: %v", err)
		}
		if got.Text != d.Text || len(got.Timexes) != 1 || got.Timexes[0].Value != value ||
			got.Timexes[0].Start != start || got.Timexes[0].End != end {
			t.Fatalf("round trip: %+v", got.Timexes)
		}
	})
}
