package article

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factline/factline/reports/golden"
	"github.com/google/go-cmp/cmp"
)

const (
	summitDir = "../../testdata/stories/summit-2025"
	edgeDir   = "../../testdata/stories/edge"
	pagesDir  = "../../testdata/pages"
)

// summitPublished is the date 000 and 003 need (--published 2025-02-22).
var summitPublished = time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)

// TestGolden loads every fixture and compares it with its golden JSON in
// testdata/golden (go test -update rewrites them).
func TestGolden(t *testing.T) {
	var arts []*Article
	for _, dir := range []string{summitDir, edgeDir, pagesDir} {
		var paths []string
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if isArticleFile(e.Name()) && !strings.HasPrefix(e.Name(), "README") {
				paths = append(paths, filepath.Join(dir, e.Name()))
			}
		}
		// Only the summit story needs --published; the others show
		// their own or inferred dates.
		opts := LoadOptions{}
		if dir == summitDir {
			opts.Published = summitPublished
		}
		loaded, diags := Load(paths, opts)
		for _, d := range diags {
			if d.Severity == SeverityError {
				t.Errorf("unexpected error: %s", d.Error())
			}
		}
		if len(loaded) != len(paths) {
			t.Fatalf("%s: loaded %d articles of %d", dir, len(loaded), len(paths))
		}
		arts = append(arts, loaded...)
	}
	for _, a := range arts {
		t.Run(a.ID, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(a.Summarize()); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			file := filepath.Join("testdata", "golden", a.ID+".json")
			golden.Check(t, file, got)
		})
	}
}

// TestSummitScrapedPage checks the Done-when of the foundation issue on
// seed 002: the body is exactly the article.
func TestSummitScrapedPage(t *testing.T) {
	arts, _ := Load([]string{filepath.Join(summitDir, "002_42b5b5de59efdd18.txt")}, LoadOptions{})
	if len(arts) != 1 {
		t.Fatalf("loaded %d articles, want 1", len(arts))
	}
	a := arts[0]
	if !strings.HasPrefix(a.Body, "Preparations are underway") {
		t.Errorf("body starts %q, want \"Preparations are underway\"", a.Body[:min(60, len(a.Body))])
	}
	if !strings.HasSuffix(a.Body, "the prime minister’s office said.") {
		t.Errorf("body ends %q", a.Body[max(0, len(a.Body)-60):])
	}
	for _, junk := range []string{"1,500", "1,000", "7,700", "Kash Patel", "Yosemite", "DON'T MISS", "UP NEXT", "hours ago",
		"Share", "Javascript", "RELATED", "Follow AP", "Help continue", "Send this", "gvw_", "By Associated Press",
		"(AP File)", "Trump-Putin Summit Preparations Are Underway"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("body contains junk %q", junk)
		}
	}
	var headings []string
	for _, s := range a.Sentences {
		if s.Heading {
			headings = append(headings, a.Text(s.Span))
		}
	}
	want := []string{"U.S. and Russia Agree to Work Toward Ending Ukraine War", "Trump Softens Criticism of Kyiv", "Thousands March in London to Support Ukraine"}
	if diff := cmp.Diff(want, headings); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
}

// TestSummitWithoutDate: 000 and 003 state no date, so without
// --published they fail with the documented message and the others load.
func TestSummitWithoutDate(t *testing.T) {
	arts, diags := Load([]string{summitDir}, LoadOptions{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if diff := cmp.Diff([]string{"001_4ad8430b91497876", "002_42b5b5de59efdd18", "004_bd0713e51593c7d4"}, ids); diff != "" {
		t.Errorf("loaded (-want +got):\n%s", diff)
	}
	var errs []string
	for _, d := range diags {
		errs = append(errs, string(d.Severity)+" "+filepath.ToSlash(d.Error()))
	}
	want := []string{
		`error ../../testdata/stories/summit-2025/000_ecbb2958a0162213.txt: no publication date: add "published:" front matter or pass --published`,
		`error ../../testdata/stories/summit-2025/003_5e573abc5c566b8a.txt: no publication date: add "published:" front matter or pass --published`,
	}
	if diff := cmp.Diff(want, errs); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	arts, diags = Load([]string{summitDir}, LoadOptions{Published: summitPublished})
	if len(arts) != 5 || len(diags) != 0 {
		t.Errorf("with Published: %d articles, diagnostics %v; want 5, none", len(arts), diags)
	}
	for _, a := range arts {
		want := "front matter"
		if a.ID == "000_ecbb2958a0162213" || a.ID == "003_5e573abc5c566b8a" {
			want = "flag"
		}
		if a.PublishedSource != want || !a.Published.Equal(summitPublished) {
			t.Errorf("%s: published %v from %q, want 2025-02-22 from %q", a.ID, a.Published, a.PublishedSource, want)
		}
	}
}

// TestPositionsPointIntoFile checks, for every sentence and token of every
// fixture, that Pos points at the same text in the original file.
func TestPositionsPointIntoFile(t *testing.T) {
	arts, _ := Load([]string{summitDir, edgeDir, pagesDir}, LoadOptions{Published: summitPublished})
	if len(arts) < 10 {
		t.Fatalf("loaded %d articles", len(arts))
	}
	for _, a := range arts {
		checkSpans(t, a)
		src := a.Source()
		lines := strings.Split(string(src), "\n")
		for _, s := range a.Sentences {
			for _, tok := range a.Tokens(s.Span) {
				if tok.Kind != TokenWord || !a.exact(tok.Span) {
					continue
				}
				p := a.Pos(tok.Start)
				line := lines[p.Line-1]
				col := []rune(line)[p.Column-1:]
				if !strings.HasPrefix(string(col), tok.Text) {
					t.Errorf("%s: token %q at %s, file there has %q", a.Path, tok.Text, p, string(col[:min(len(col), 20)]))
					break
				}
				if !bytes.HasPrefix(src[p.Offset:], []byte(tok.Text)) {
					t.Errorf("%s: token %q at offset %d, file there has %q", a.Path, tok.Text, p.Offset, src[p.Offset:min(len(src), p.Offset+20)])
					break
				}
			}
		}
	}
}

// TestPositionOfSentence pins one sentence of 002 to its line and column.
func TestPositionOfSentence(t *testing.T) {
	arts, _ := Load([]string{filepath.Join(summitDir, "002_42b5b5de59efdd18.txt")}, LoadOptions{})
	a := arts[0]
	for _, s := range a.Sentences {
		if strings.HasPrefix(a.Text(s.Span), "Senior U.S. officials have suggested") {
			if got := a.Pos(s.Start).String(); got != "30:240" {
				t.Errorf("Pos = %s, want 30:240", got)
			}
			return
		}
	}
	t.Error("sentence not found")
}

// TestScrapedPagesJunk checks the two hand-made scraped pages keep their
// story and lose the numbers of other stories.
func TestScrapedPagesJunk(t *testing.T) {
	tests := []struct {
		file      string
		start     string
		keep      []string
		junk      []string
		published string
		source    string
	}{
		{
			file:  "regional-daily.txt",
			start: "The Harbor Bridge will close",
			keep:  []string{"42,000 vehicles", "$3.4 million", "Dr. Samuel Ortiz", "every 15 minutes"},
			junk: []string{"8 inches", "8 Inches", "45 mph", "Council Approves", "cookies", "Subscribe", "By Maria", "Photo",
				"ADVERTISEMENT", "continues below", "MOST READ", "Read more", "hours ago", "All rights", "Privacy", "Home |"},
			published: "2025-02-21T00:00:00Z", source: "inferred",
		},
		{
			file:  "wire-story.html",
			start: "ODESA, Ukraine — A convoy of 12 cargo ships",
			keep:  []string{"480,000 tonnes", "5.2 million tonnes", "Exports near pre-war levels", "exports & insurance", "Feb. 26"},
			junk: []string{"900", "7%", "Most popular", "Advertisement", "Related:", "Share", "Tweet", "By Olena", "Reporting by",
				"(Reuters", "World", "Privacy", "Coastline Wire", "dataLayer", "font-family"},
			published: "2025-02-23T08:15:00+02:00", source: "html meta",
		},
		{
			file:  "town-paper.txt",
			start: "A burst water main flooded",
			keep:  []string{"14 businesses", "2,300 homes", "5:10 a.m.", "$1.2 million"},
			junk: []string{"Sport", "Obituaries", "Emma Clarke", "Twitter", "Getty", "Trending", "Three Towns", "60 Years",
				"Comments", "riverwatcher", "third break", "6 inches", "Leave a comment"},
			published: "2025-02-20T00:00:00Z", source: "inferred",
		},
		{
			file:  "city-blog.htm",
			start: "The city declared a snow emergency",
			keep:  []string{"38 main roads", "64 plows", "R.J. Malone", "Y.M.C.A. on Grove Avenue."},
			junk: []string{"500 cars", "7-2", "9 storms", "Read also", "newsletter", "cookies", "Posted by", "14 Comments",
				"Facebook", "Recent Posts", "Copyright", "Home"},
			published: "2025-02-20T18:00:00-05:00", source: "html meta",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, diags := Load([]string{filepath.Join(pagesDir, tt.file)}, LoadOptions{})
			if len(arts) != 1 {
				t.Fatalf("loaded %d, diagnostics %v", len(arts), diags)
			}
			a := arts[0]
			if !strings.HasPrefix(a.Body, tt.start) {
				t.Errorf("body starts %q, want %q", a.Body[:min(50, len(a.Body))], tt.start)
			}
			for _, k := range tt.keep {
				if !strings.Contains(a.Body, k) {
					t.Errorf("body lost %q", k)
				}
			}
			for _, j := range tt.junk {
				if strings.Contains(a.Body, j) {
					t.Errorf("body contains junk %q", j)
				}
			}
			if got := a.Published.Format(time.RFC3339); got != tt.published || a.PublishedSource != tt.source {
				t.Errorf("published %s from %q, want %s from %q", got, a.PublishedSource, tt.published, tt.source)
			}
		})
	}
}

// TestHTMLMetadata checks the metadata sources of HTML pages, in order of
// preference.
func TestHTMLMetadata(t *testing.T) {
	body := `<p>Officials said the bridge would reopen on Monday after repairs, the city said in a statement on its website.</p>`
	tests := []struct {
		name, page              string
		title, outlet, pub, src string
	}{
		{"article meta", `<html><head><meta property="article:published_time" content="2025-02-22T10:00:00Z"><meta property="og:site_name" content="A &amp; B News"><meta property="og:title" content="Bridge"></head><body>` + body + `</body></html>`,
			"Bridge", "A & B News", "2025-02-22T10:00:00Z", "html meta"},
		{"json-ld", `<html><head><title>T</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-02-21","headline":"H","publisher":{"name":"P"}}]}</script></head><body>` + body + `</body></html>`,
			"H", "P", "2025-02-21T00:00:00Z", "html meta"},
		{"time element", `<html><head><title>Only title</title></head><body><time datetime="2025-02-20T09:30:00-05:00">Feb 20</time>` + body + `</body></html>`,
			"Only title", "", "2025-02-20T09:30:00-05:00", "html meta"},
		{"bad meta falls back", `<html><head><meta property="article:published_time" content="soon"></head><body><time datetime="2025-02-19">x</time>` + body + `</body></html>`,
			"", "", "2025-02-19T00:00:00Z", "html meta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, diags := Parse("page.html", []byte(tt.page), ParseOptions{})
			if a == nil {
				t.Fatalf("no article: %v", diags)
			}
			got := []string{a.Title, a.Outlet, a.Published.Format(time.RFC3339), a.PublishedSource}
			if diff := cmp.Diff([]string{tt.title, tt.outlet, tt.pub, tt.src}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if !strings.HasPrefix(a.Body, "Officials said the bridge") {
				t.Errorf("body = %q", a.Body)
			}
		})
	}
}

// TestPublishedInference covers the date sources of text without front
// matter.
func TestPublishedInference(t *testing.T) {
	tests := []struct {
		name, text   string
		flag         time.Time
		want, source string
		evidence     string
	}{
		{"dateline", "WASHINGTON, Feb. 21, 2025 — The Senate voted on Friday to pass the bill.\n", time.Time{}, "2025-02-21", "inferred", "WASHINGTON, Feb. 21, 2025"},
		{"published line", "Published 6 hours ago on\nFebruary 22, 2025\n\nThe Senate voted on Friday to pass the bill.\n", time.Time{}, "2025-02-22", "inferred", "Published 6 hours ago on February 22, 2025"},
		{"date stamp", "Bill passes\n\nSaturday, 22 February 2025\n\nThe Senate voted on Friday to pass the bill.\n", time.Time{}, "2025-02-22", "inferred", "Saturday, 22 February 2025"},
		{"flag beats inference", "WASHINGTON, Feb. 21, 2025 — The Senate voted on Friday.\n", summitPublished, "2025-02-22", "flag", ""},
		{"flag date in the article's zone", "---\ntimezone: America/New_York\n---\nThe Senate voted on Friday.\n", summitPublished, "2025-02-22", "flag", ""},
		{"body dates are not evidence", "The Senate voted on Friday.\n\nThe invasion began on February 24, 2022.\n", time.Time{}, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, diags := Parse("x.txt", []byte(tt.text), ParseOptions{Published: tt.flag})
			if tt.want == "" {
				if a != nil || len(diags) != 1 || !strings.Contains(diags[0].Message, "no publication date") {
					t.Errorf("want the no-date error, got %v %v", a, diags)
				}
				return
			}
			if a == nil {
				t.Fatalf("no article: %v", diags)
			}
			got := []string{a.Published.Format("2006-01-02"), a.PublishedSource, a.PublishedEvidence}
			if diff := cmp.Diff([]string{tt.want, tt.source, tt.evidence}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if tt.source == "inferred" && (len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0].Message, tt.evidence)) {
				t.Errorf("want one warning naming the evidence, got %v", a.Warnings)
			}
		})
	}
}

// exact reports whether the span lies in one exact piece, so that its
// bytes are the file's.
func (a *Article) exact(s Span) bool {
	for _, p := range a.pieces {
		if p.Body <= s.Start && s.End <= p.Body+p.Len {
			return p.Exact
		}
	}
	return false
}

// TestHTMLSplitBody: article text split over sibling containers around an
// ad is read whole, and a sidebar of long prose is not.
func TestHTMLSplitBody(t *testing.T) {
	p := func(s string) string {
		return "<p>" + s + ", officials said on Monday, adding that the work would take weeks, cost millions, and close two lanes.</p>"
	}
	page := `<html><body><div id="wrap"><div class="chunk">` + p("One") + p("Two") + `</div><div class="ad">Advertisement</div><div class="chunk">` +
		p("Three") + p("Four") + `</div></div><div class="rail"><div class="box">` + p("Elsewhere") + `</div></div></body></html>`
	a, diags := Parse("split.html", []byte(page), ParseOptions{Published: summitPublished})
	if a == nil {
		t.Fatal(diags)
	}
	var firsts []string
	for _, para := range a.Paragraphs {
		w, _, _ := strings.Cut(a.Text(para), ",")
		firsts = append(firsts, w)
	}
	if diff := cmp.Diff([]string{"One", "Two", "Three", "Four"}, firsts); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}

// TestLoadProgress checks that Progress is called once per input, with the
// total known from the first call.
func TestLoadProgress(t *testing.T) {
	var calls [][2]int
	arts, _ := Load([]string{"../../testdata/stories/summit-2025"}, LoadOptions{
		Published: time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC),
		Progress:  func(done, total int) { calls = append(calls, [2]int{done, total}) },
	})
	want := [][2]int{{1, 5}, {2, 5}, {3, 5}, {4, 5}, {5, 5}}
	if diff := cmp.Diff(want, calls); diff != "" {
		t.Errorf("progress calls (-want +got):\n%s", diff)
	}
	if len(arts) != 5 {
		t.Errorf("loaded %d articles, want 5", len(arts))
	}
}

// textBlocks is textBlocksOf for the file's content as bytes, as the
// fuzz targets hold it.
func textBlocks(src []byte, start, firstLine int, markdown, valid bool, sc *scratch) []block {
	return textBlocksOf(string(src), lineStarts(src), start, firstLine, markdown, valid, sc)
}

// binaryAt is scanSource's offset of a binary byte (-1 if none).
func binaryAt(src []byte) int {
	off, _ := scanSource(src)
	return off
}

// FuzzScanSource checks scanSource, lineStarts and textBlocks (from the
// end of any front matter) against their references, and that
// textBlocks splits a valid file the same when told it is valid.
func FuzzScanSource(f *testing.F) {
	for _, s := range []string{"Text\n\nMore text\r\n\f\t.", "\x00bin", "12345678\x019", "# H\n- item\n[l](u) *b*\n", "\xff\n\n"} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, markdown bool) {
		if got, want := binaryAt(src), refBinaryAt(src); got != want {
			t.Fatalf("binaryAt(%q) = %d, want %d", src, got, want)
		}
		if diff := cmp.Diff(refLineStarts(src), lineStarts(src)); diff != "" {
			t.Fatalf("lineStarts(%q): (-want +got)\n%s", src, diff)
		}
		if off, starts := scanSource(src); off < 0 {
			if diff := cmp.Diff(refLineStarts(src), starts); diff != "" {
				t.Fatalf("scanSource(%q) lines: (-want +got)\n%s", src, diff)
			}
		}
		_, _, _, bodyStart, _, _ := splitFrontMatter(src)
		line, _ := lineCol(src, lineStarts(src), bodyStart)
		if diff := cmp.Diff(refTextBlocks(src, bodyStart, line, markdown, false, nil), textBlocks(src, bodyStart, line, markdown, false, nil), cmp.AllowUnexported(block{})); diff != "" {
			t.Fatalf("textBlocks(%q) from %d: (-want +got)\n%s", src, bodyStart, diff)
		}
		if !utf8.Valid(src) {
			return
		}
		want := textBlocks(src, 0, 1, markdown, false, nil)
		if diff := cmp.Diff(want, textBlocks(src, 0, 1, markdown, true, fuzzScratch), cmp.AllowUnexported(block{})); diff != "" {
			t.Fatalf("textBlocks(%q): (-want +got)\n%s", src, diff)
		}
	})
}

// TestWalkDirAsFilepath checks that walkDir calls its function as
// filepath.WalkDir does, for roots spelled in several ways, and joinName
// against filepath.Join.
func TestWalkDirAsFilepath(t *testing.T) {
	type call struct {
		path, name string
		dir, err   bool
	}
	record := func(walk func(string, fs.WalkDirFunc) error, root string) []call {
		var calls []call
		walk(root, func(p string, d fs.DirEntry, err error) error {
			c := call{path: p, err: err != nil}
			if d != nil {
				c.name, c.dir = d.Name(), d.IsDir()
			}
			calls = append(calls, c)
			if d != nil && d.IsDir() && d.Name() == "pages" {
				return fs.SkipDir
			}
			return nil
		})
		return calls
	}
	for _, root := range []string{"../../testdata", "../../testdata/", "./../../testdata/stories", "../../testdata//stories/../stories/edge", "testdata", ".", "no-such-dir"} {
		want, got := record(filepath.WalkDir, root), record(walkDir, root)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(call{})); diff != "" {
			t.Errorf("walkDir(%q): (-want +got)\n%s", root, diff)
		}
	}
	for _, dir := range []string{"", ".", "..", "/", "a", "a/b", "./a", "a/", "a//b", "../a", "a/../b"} {
		for _, name := range []string{"x", "x.txt", ".hidden", "..."} {
			if got, want := joinName(dir, filepath.Clean(dir) == dir, name), filepath.Join(dir, name); got != want {
				t.Errorf("joinName(%q, %q) = %q, want %q", dir, name, got, want)
			}
		}
	}
}

// TestScanSourceLong checks scanSource on files longer than the 8 KiB
// the binary test reads, with a control byte placed around that limit.
func TestScanSourceLong(t *testing.T) {
	text := bytes.Repeat([]byte("A line of text,\tthen more.\r\nAnother\fone\n\n"), 400)
	for _, at := range []int{-1, 0, 7, 8, 15, 16, 8<<10 - 9, 8<<10 - 8, 8<<10 - 1, 8 << 10, 8<<10 + 1, len(text) - 1} {
		for _, c := range []byte{0, 1, '\n', 0x1f} {
			src := bytes.Clone(text[:len(text)-(at+1)%7])
			if at >= 0 && at < len(src) {
				src[at] = c
			}
			off, starts := scanSource(src)
			if want := refBinaryAt(src); off != want {
				t.Fatalf("scanSource: binary at %d, want %d (byte %#x at %d)", off, want, c, at)
			}
			if off < 0 {
				if diff := cmp.Diff(refLineStarts(src), starts); diff != "" {
					t.Fatalf("scanSource lines (byte %#x at %d): (-want +got)\n%s", c, at, diff)
				}
			}
		}
	}
}

// TestWrappedAsRef checks wrapped against refWrapped on lines of 0 to
// 420 bytes around the limits, of runes of one to four bytes.
func TestWrappedAsRef(t *testing.T) {
	for _, r := range []string{"a", "é", "—", "😀", "\xff"} {
		for n := 0; n <= 110; n++ {
			line := srcLine{text: strings.Repeat(r, n)}
			for _, group := range [][]srcLine{{line}, {line, line}, {line, {text: "x"}}, {{text: strings.Repeat("b", 60)}, line, line}} {
				if got, want := wrapped(group), refWrapped(group); got != want {
					t.Fatalf("wrapped(%d × %q, %d lines) = %v, want %v", n, r, len(group), got, want)
				}
			}
		}
	}
}
