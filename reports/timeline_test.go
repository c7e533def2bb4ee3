package reports

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/reports/golden"
	"github.com/factline/factline/rules"
	"github.com/factline/factline/timeline"
	"github.com/factline/factline/timeline/timex"
	"github.com/google/go-cmp/cmp"
)

var dct = time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)

// sampleArticles are three short articles that tell the same events with
// different phrases, one of them with a wrong day.
var sampleArticles = []struct{ id, title, text string }{
	{"abc", "Envoys meet in Riyadh", "The envoys met in Riyadh on Tuesday.\n"},
	{"afp", "Riyadh talks", "Officials met in Riyadh on February 18.\n"},
	{"ap", "Summit preparations underway", "Russian and American officials met in Riyadh on Tuesday.\n" +
		"The invasion began in February 2022.\n" +
		"Starmer is due to visit Washington next week.\n" +
		"Trump denied that he would visit Moscow on May 9.\n"},
	{"bbc", "Talks in Saudi Arabia", "Delegations held talks in Riyadh on 18 February.\n" +
		"Protesters <marched> in London & Paris.\n"},
	{"cbs", "Moscow says a summit is being arranged", "The officials met in Riyadh on Monday, the ministry said.\n" +
		"Russia invaded Ukraine on February 24, 2022.\n"},
}

// sampleEvents place each event claim by its trigger and time phrase.
var sampleEvents = []struct {
	art, trigger, class, phrase, value string
	who                                []string
	place                              string
	mod                                claims.Modality
	grain                              timex.Grain
	start, end                         time.Time
}{
	{"abc", "met", "meeting", "on Tuesday", "2025-02-18", []string{"russia", "us"}, "riyadh", claims.Happened, timex.GrainDay, date(2025, 2, 18), date(2025, 2, 19)},
	{"afp", "met", "meeting", "on February 18", "2025-02-18", []string{"russia", "us"}, "riyadh", claims.Happened, timex.GrainDay, date(2025, 2, 18), date(2025, 2, 19)},
	{"ap", "met", "meeting", "on Tuesday", "2025-02-18", []string{"russia", "us"}, "riyadh", claims.Happened, timex.GrainDay, date(2025, 2, 18), date(2025, 2, 19)},
	{"ap", "invasion", "invasion", "in February 2022", "2022-02", []string{"russia", "ukraine"}, "", claims.Happened, timex.GrainMonth, date(2022, 2, 1), date(2022, 3, 1)},
	{"ap", "visit", "visit", "next week", "2025-W09", []string{"keir-starmer"}, "washington", claims.Expected, timex.GrainWeek, date(2025, 2, 24), date(2025, 3, 3)},
	{"ap", "visit", "visit", "on May 9", "2025-05-09", []string{"donald-trump"}, "moscow", claims.Denied, timex.GrainDay, date(2025, 5, 9), date(2025, 5, 10)},
	{"bbc", "talks", "meeting", "on 18 February", "2025-02-18", []string{"russia", "us"}, "riyadh", claims.Happened, timex.GrainDay, date(2025, 2, 18), date(2025, 2, 19)},
	{"bbc", "marched", "protest", "", "", []string{"protesters"}, "london", claims.Happened, "", time.Time{}, time.Time{}},
	{"cbs", "met", "meeting", "on Monday", "2025-02-17", []string{"russia", "us"}, "riyadh", claims.Happened, timex.GrainDay, date(2025, 2, 17), date(2025, 2, 18)},
	{"cbs", "invaded", "invasion", "on February 24, 2022", "2022-02-24", []string{"russia", "ukraine"}, "", claims.Happened, timex.GrainDay, date(2022, 2, 24), date(2022, 2, 25)},
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// evidence locates text in the sentence holding it.
func evidence(a *article.Article, sentence int, text string) claims.Evidence {
	s := a.Sentences[sentence]
	off := s.Start + strings.Index(a.Body[s.Start:s.End], text)
	p := a.Pos(off)
	return claims.Evidence{Article: a.ID, Path: a.Path, Start: off, End: off + len(text),
		Line: p.Line, Column: p.Column, Sentence: a.Body[s.Start:s.End], Text: text, BodyStart: off, BodyEnd: off + len(text)}
}

// sampleSet builds the claims of sampleArticles by hand.
func sampleSet(t testing.TB) *claims.Set {
	t.Helper()
	set := &claims.Set{Timexes: map[string][]timex.Expr{}}
	arts := map[string]*article.Article{}
	for _, sa := range sampleArticles {
		a := article.FromText(sa.id, "stories/"+sa.id+".txt", sa.text, dct)
		a.Title = sa.title
		arts[sa.id] = a
		set.Articles = append(set.Articles, a)
	}
	n := map[string]int{}
	for _, se := range sampleEvents {
		a := arts[se.art]
		sentence := -1
		for i, s := range a.Sentences {
			if strings.Contains(a.Body[s.Start:s.End], se.trigger) && strings.Contains(a.Body[s.Start:s.End], se.phrase) {
				sentence = i
				break
			}
		}
		if sentence < 0 {
			t.Fatalf("%s: no sentence with %q and %q", se.art, se.trigger, se.phrase)
		}
		n[se.art]++
		c := claims.Claim{ID: se.art + "/event/" + string(rune('0'+n[se.art])), Kind: claims.KindEvent,
			Evidence: evidence(a, sentence, se.trigger), Value: se.class,
			Event: &claims.Event{Trigger: se.trigger, Class: se.class, Participants: se.who, Place: se.place, Modality: se.mod}}
		if se.phrase != "" {
			ev := evidence(a, sentence, se.phrase)
			c.Event.Time = &timex.Expr{ID: "t1", Start: ev.BodyStart, End: ev.BodyEnd, Text: se.phrase, Type: timex.Date,
				Value: se.value, Anchor: "DCT", Interval: &timex.Interval{Start: se.start, End: se.end, Grain: se.grain}}
		}
		set.Claims = append(set.Claims, c)
	}
	set.Entities = []claims.Entity{
		{Key: "donald-trump", Type: "person", Name: "Donald Trump"},
		{Key: "keir-starmer", Type: "person", Name: "Keir Starmer"},
		{Key: "us", Type: "country", Name: "United States"},
	}
	return set
}

// sampleReport is the report of sampleSet with one finding.
func sampleReport(t testing.TB) *Report {
	set := sampleSet(t)
	var meeting []claims.Claim
	for _, c := range set.Claims {
		if c.Event.Class == "meeting" {
			meeting = append(meeting, c)
		}
	}
	return &Report{
		Title:    "sample <story>",
		Articles: set.Articles,
		Timeline: timeline.Build(set),
		Findings: []rules.Finding{{Rule: "dates-agree", Severity: rules.Error, Kind: "dates-agree",
			Message: "cbs puts the meeting on 2025-02-17, ap on 2025-02-18", Claims: []claims.Claim{meeting[4], meeting[2]}}},
	}
}

func TestTimelineGolden(t *testing.T) {
	r := sampleReport(t)
	for _, f := range TimelineFormats {
		t.Run(f, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := WriteTimeline(&a, f, r.Timeline, r); err != nil {
				t.Fatal(err)
			}
			if err := WriteTimeline(&b, f, sampleReport(t).Timeline, r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("two runs gave different bytes")
			}
			golden.Check(t, filepath.Join("testdata", "timeline."+f), a.Bytes())
		})
	}
	if err := WriteTimeline(&bytes.Buffer{}, "yaml", r.Timeline, r); err == nil {
		t.Errorf("format yaml: no error")
	}
}

func TestReportGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "report.html"), b.Bytes())
	page := b.String()
	for _, want := range []string{
		`id="e1"`, `class="ev m-happened disputed"`, `href="#e2-s5"`, `id="e2-s5"`, // the conflict links to cbs's sentence
		`<details class="more"><summary>2 more sources</summary>`,
		`<mark>on Monday</mark>`, `m-denied`, `class="dot m-expected future"`, `id="f1-c1"`,
		`sample &lt;story&gt;`, `&lt;<mark>marched</mark>&gt; in London &amp; Paris.`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, banned := range []string{"http://", "https://", "<link", "@import", "src="} {
		if strings.Contains(strings.ReplaceAll(page, `xmlns="http://www.w3.org/2000/svg"`, ""), banned) {
			t.Errorf("page is not self-contained: it has %q", banned)
		}
	}
}

// contested marks w as contested.
func contested(w *timeline.When) *timeline.When { w.Contested = true; return w }

func TestWhen(t *testing.T) {
	iv := func(start, end time.Time, g timex.Grain) *timeline.When {
		tl := timeline.Build(&claims.Set{Claims: []claims.Claim{{Kind: claims.KindEvent, Event: &claims.Event{Class: "x",
			Time: &timex.Expr{Value: "V", Interval: &timex.Interval{Start: start, End: end, Grain: g}}}}}})
		return tl.Events[0].When
	}
	tests := []struct {
		w    *timeline.When
		want string
	}{
		{nil, "undated"},
		{iv(date(2025, 2, 18), date(2025, 2, 19), timex.GrainDay), "Tue 18 Feb 2025"},
		{iv(date(2025, 2, 24), date(2025, 3, 3), timex.GrainWeek), "week 9 of 2025 (24 Feb – 2 Mar)"},
		{iv(date(2021, 6, 1), date(2021, 7, 1), timex.GrainMonth), "June 2021"},
		{iv(date(2022, 1, 1), date(2023, 1, 1), timex.GrainYear), "2022"},
		{contested(iv(date(2025, 2, 18), date(2025, 2, 19), timex.GrainDay)), "Tue 18 Feb 2025 (contested)"},
	}
	for _, tt := range tests {
		if got := When(tt.w); got != tt.want {
			t.Errorf("When = %q, want %q", got, tt.want)
		}
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.html")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "half a rep")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("failed write: err = %v, want boom", err)
	}
	check := func(want string) {
		t.Helper()
		got, err := os.ReadFile(path)
		if err != nil || string(got) != want {
			t.Errorf("file = %q, %v; want %q", got, err, want)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%d files left in the folder, want 1", len(entries))
		}
	}
	check("old")
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	check("new")
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "x.html"), func(io.Writer) error { return nil }); err == nil {
		t.Errorf("write into a missing folder: no error")
	}
}

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	if p := NewProgress(&b, "reading", 100); p != nil {
		t.Errorf("NewProgress on a buffer = %v, want nil (not a terminal)", p)
	}
	var none *Progress
	none.Add(1)
	none.Done()
	p := newProgressTo(&b, "reading", 4, 25)
	p.Add(2)
	p.Add(9)
	p.Done()
	want := "\rreading [          ] 0/4" +
		"\rreading [=====     ] 2/4" +
		"\rreading [==========] 4/4" +
		"\r" + strings.Repeat(" ", 24) + "\r"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("progress (-want +got):\n%s", diff)
	}
}

func TestMarkDiff(t *testing.T) {
	got := string(markDiff(`He said "the [-focus-]{+question+} is <now>"`))
	want := `He said &#34;the <del>focus</del><ins>question</ins> is &lt;now&gt;&#34;`
	if got != want {
		t.Errorf("markDiff = %s, want %s", got, want)
	}
}

// FuzzMark checks that highlighting a phrase never loses or adds text.
func FuzzMark(f *testing.F) {
	f.Add("They met on Tuesday.", "on tuesday")
	f.Add("İstanbul talks on Monday", "MONDAY")
	f.Fuzz(func(t *testing.T, sentence, phrase string) {
		m := mark(sentence, phrase)
		if got := m.Before + m.Mark + m.After; got != oneLine(sentence) {
			t.Errorf("mark(%q, %q) pieces join to %q", sentence, phrase, got)
		}
	})
}
