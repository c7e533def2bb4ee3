package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBadInputs loads a directory of broken files next to a good one:
// each broken file gets exactly one diagnostic naming it (with line:col
// where it applies) and the good file still loads.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const good = "---\npublished: 2025-02-22\n---\nThe port reopened on Saturday.\n"
	write("good.txt", good)
	write("empty.txt", "")
	write("blank.md", "  \n\n\t\n")
	write("binary.txt", "PK\x03\x04\x00\x00binary zip data")
	write("latin1.txt", "---\npublished: 2025-02-22\n---\nCaf\xe9 owners said the port reopened on Saturday.\n")
	write("unterminated.md", "---\ntitle: Port\npublished: 2025-02-22\nThe port reopened.\n")
	write("yesterday.md", "---\ntitle: Port\npublished: yesterday-ish\n---\nThe port reopened.\n")
	write("badzone.md", "---\npublished: 2025-02-22\ntimezone: Mars/Olympus\n---\nThe port reopened.\n")
	write("badyaml.md", "---\ntitle: \"Port\npublished: 2025-02-22\n---\nThe port reopened.\n")
	write("list.md", "---\n- a\n- b\n---\nThe port reopened.\n")
	write("onlyfm.md", "---\npublished: 2025-02-22\n---\n\n")
	write("nodate.txt", "The port reopened on Saturday.\n")
	write("notes.json", "{}")
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil { // 50 MB, sparse
		t.Fatal(err)
	}
	f.Close()
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	unreadable := write("unreadable.txt", good)
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	_, readErr := os.ReadFile(unreadable)
	canRead := readErr == nil // as root, chmod 000 does not stop reading

	arts, diags := Load([]string{dir, filepath.Join(dir, "missing.txt"), empty}, LoadOptions{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	wantIDs := []string{"good", "latin1"}
	if canRead {
		wantIDs = append(wantIDs, "unreadable")
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("loaded (-want +got):\n%s", diff)
	}
	var got []string
	for _, d := range diags {
		msg := strings.TrimPrefix(d.Error(), dir+string(filepath.Separator))
		msg = strings.ReplaceAll(msg, empty, "EMPTY")
		got = append(got, string(d.Severity)+" "+msg)
	}
	want := []string{
		`error badyaml.md:2:8: front matter: could not find end character of double-quoted text`,
		`error badzone.md:3:11: timezone: unknown time zone "Mars/Olympus": use an IANA name such as Europe/Kyiv or America/New_York`,
		`error big.txt: file too large: 52428800 bytes, the limit is 10485760`,
		`error binary.txt: binary file, not text (byte 0x03 at offset 2)`,
		`error blank.md: empty file`,
		`error empty.txt: empty file`,
		`warning latin1.txt:4:4: invalid UTF-8: 1 byte(s) replaced by U+FFFD (is the file in another encoding?)`,
		`error list.md:2:1: front matter: want "key: value" lines, found sequence`,
		`error missing.txt: no such file or directory`,
		`error nodate.txt: no publication date: add "published:" front matter or pass --published`,
		`notice notes.json: skipped: not an article file (.md .markdown .txt .html .htm)`,
		`error onlyfm.md: no article text left after removing markup and page junk`,
		`error unterminated.md:1:1: front matter is not terminated: add a "---" line after it`,
		`error yesterday.md:3:12: published: cannot read date "yesterday-ish": use a form like 2025-02-22, 2025-02-22T14:03:00Z or "February 22, 2025"`,
	}
	if !canRead {
		want = append(want[:14], append([]string{`error unreadable.txt: cannot read: permission denied`}, want[14:]...)...)
	}
	// The directory with no articles sorts by its own path.
	emptyDiags := []string{
		`error EMPTY: no articles found: the directory holds no .md .markdown .txt .html .htm files`,
		`notice EMPTY/notes.json: skipped: not an article file (.md .markdown .txt .html .htm)`,
	}
	if empty < dir {
		want = append(emptyDiags, want...)
	} else {
		want = append(want, emptyDiags...)
	}
	for i := range want {
		want[i] = filepath.FromSlash(want[i])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	for _, a := range arts {
		if a.ID == "latin1" && !strings.HasPrefix(a.Body, "Caf\uFFFD owners") {
			t.Errorf("latin1 body = %q", a.Body)
		}
	}
}

// TestStdin reads "-" and names it "stdin".
func TestStdin(t *testing.T) {
	arts, diags := Load([]string{"-"}, LoadOptions{Stdin: strings.NewReader("The port reopened.\n"), Published: summitPublished})
	if len(arts) != 1 || len(diags) != 0 {
		t.Fatalf("got %d articles, %v", len(arts), diags)
	}
	if arts[0].ID != "stdin" || arts[0].Path != "-" || arts[0].Body != "The port reopened." {
		t.Errorf("got id %q path %q body %q", arts[0].ID, arts[0].Path, arts[0].Body)
	}
	_, diags = Load([]string{"-"}, LoadOptions{Stdin: strings.NewReader(strings.Repeat("x", 100)), MaxBytes: 10})
	if len(diags) != 1 || !strings.Contains(diags[0].Error(), "-: file too large") {
		t.Errorf("oversized stdin: %v", diags)
	}
}

// TestAbsolutePathBecomesRelative keeps paths as the user would write
// them.
func TestAbsolutePathBecomesRelative(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("a.txt", []byte("The port reopened.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "b.txt"), []byte("The port reopened.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, diags := Load([]string{filepath.Join(dir, "a.txt"), filepath.Join(outside, "b.txt")}, LoadOptions{Published: summitPublished})
	var paths []string
	for _, a := range arts {
		paths = append(paths, a.Path)
	}
	want := []string{filepath.Join(outside, "b.txt"), "a.txt"}
	if filepath.Join(outside, "b.txt") > "a.txt" {
		want = []string{"a.txt", filepath.Join(outside, "b.txt")}
	}
	if diff := cmp.Diff(want, paths); diff != "" {
		t.Errorf("paths (-want +got):\n%s %v", diff, diags)
	}
}

// TestFrontMatter covers the accepted date forms, time zones, ids and
// unknown keys.
func TestFrontMatter(t *testing.T) {
	tests := []struct {
		fm                        string
		id, published, tz, outlet string
		meta                      map[string]any
	}{
		{"published: 2025-02-22", "x", "2025-02-22T00:00:00Z", "", "", nil},
		{"published: 2025-02-22T14:03:00+02:00", "x", "2025-02-22T14:03:00+02:00", "", "", nil},
		{`published: "Sat, 22 Feb 2025 14:03:00 GMT"`, "x", "2025-02-22T14:03:00Z", "", "", nil},
		{"published: February 22, 2025", "x", "2025-02-22T00:00:00Z", "", "", nil},
		{"published: Feb. 22, 2025", "x", "2025-02-22T00:00:00Z", "", "", nil},
		{"published: 2025-02-22 14:03\ntimezone: Europe/Kyiv", "x", "2025-02-22T14:03:00+02:00", "Europe/Kyiv", "", nil},
		{"published: 2025-02-22T12:03:00Z\ntimezone: America/New_York", "x", "2025-02-22T07:03:00-05:00", "America/New_York", "", nil},
		{"published: 2025-02-22\nid: ap-1\noutlet: AP\nauthor: Jane\ntags: [a, b]", "ap-1", "2025-02-22T00:00:00Z", "", "AP",
			map[string]any{"author": "Jane", "tags": []any{"a", "b"}}},
	}
	for _, tt := range tests {
		a, diags := Parse("dir/x.md", []byte("---\n"+tt.fm+"\n---\nThe port reopened.\n"), ParseOptions{})
		if a == nil {
			t.Errorf("%q: %v", tt.fm, diags)
			continue
		}
		got := []string{a.ID, a.Published.Format("2006-01-02T15:04:05Z07:00"), a.Timezone, a.Outlet}
		if diff := cmp.Diff([]string{tt.id, tt.published, tt.tz, tt.outlet}, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.fm, diff)
		}
		if diff := cmp.Diff(tt.meta, a.Meta); diff != "" {
			t.Errorf("%q meta (-want +got):\n%s", tt.fm, diff)
		}
		if p := a.Pos(0); p.Line != strings.Count(tt.fm, "\n")+4 || p.Column != 1 {
			t.Errorf("%q: body starts at %s", tt.fm, p)
		}
	}
}

// TestHostileInputs feeds markup built to make naive parsers quadratic or
// deeply recursive; each must give an article or a diagnostic.
func TestHostileInputs(t *testing.T) {
	const n = 100000
	tests := []struct{ path, src string }{
		{"nest.html", strings.Repeat("<div>", n) + "Officials said the bridge reopened on Monday." + strings.Repeat("</span>", n)},
		{"inline.html", strings.Repeat("<b>", n) + strings.Repeat("<p>x, y, z and more text here", 1000)},
		{"brackets.md", "---\npublished: 2025-02-22\n---\n" + strings.Repeat("[", n) + " text."},
		{"dots.txt", "---\npublished: 2025-02-22\n---\n" + strings.Repeat("a. ", n)},
		{"oneword.txt", "---\npublished: 2025-02-22\n---\n" + strings.Repeat("U.S.", n) + " end."},
	}
	for _, tt := range tests {
		a, diags := Parse(tt.path, []byte(tt.src), ParseOptions{Published: summitPublished})
		if a == nil && len(diags) == 0 {
			t.Errorf("%s: no article and no diagnostic", tt.path)
		}
		if a != nil {
			checkSpans(t, a)
		}
	}
}

// TestMoreInputs covers CRLF line ends, UTF-16, invalid UTF-8 in HTML and
// a date found outside an HTML page's main text.
func TestMoreInputs(t *testing.T) {
	crlf := "---\r\npublished: 2025-02-22\r\n---\r\nFirst paragraph here.\r\n\r\nSecond one, Mr. Ortiz said.\r\n"
	a, diags := Parse("crlf.txt", []byte(crlf), ParseOptions{})
	if a == nil {
		t.Fatalf("crlf: %v", diags)
	}
	if diff := cmp.Diff([]string{"4:1 First paragraph here.", "6:1 Second one, Mr. Ortiz said."}, sentencesPos(a)); diff != "" {
		t.Errorf("crlf (-want +got):\n%s", diff)
	}

	_, diags = Parse("u16.txt", []byte("\xff\xfeT\x00h\x00e\x00"), ParseOptions{})
	if len(diags) != 1 || diags[0].Error() != "u16.txt: UTF-16 text: save the file as UTF-8" {
		t.Errorf("utf-16: %v", diags)
	}

	page := "<html><body>\n<div class=\"meta\">Published February 20, 2025</div>\n<article><p>Caf\xe9 owners said the bridge would reopen on Monday after the repairs, officials said.</p></article></body></html>"
	a, diags = Parse("p.html", []byte(page), ParseOptions{})
	if a == nil {
		t.Fatalf("html: %v", diags)
	}
	if a.PublishedSource != "inferred" || a.Published.Format("2006-01-02") != "2025-02-20" {
		t.Errorf("published %v from %q", a.Published, a.PublishedSource)
	}
	var msgs []string
	for _, w := range a.Warnings {
		msgs = append(msgs, w.Error())
	}
	if len(msgs) != 2 || !strings.HasPrefix(msgs[0], "p.html:3:16: invalid UTF-8: 1 byte(s)") || !strings.Contains(msgs[1], `inferred from "Published February 20, 2025"`) {
		t.Errorf("warnings = %q", msgs)
	}
	if !strings.HasPrefix(a.Body, "Caf\uFFFD owners") {
		t.Errorf("body = %q", a.Body)
	}
}

// sentencesPos lists "line:col text" for each sentence.
func sentencesPos(a *Article) []string {
	var out []string
	for _, s := range a.Sentences {
		out = append(out, a.Pos(s.Start).String()+" "+a.Text(s.Span))
	}
	return out
}

// TestSymlinkInDirectory reads an article linked into a directory.
func TestSymlinkInDirectory(t *testing.T) {
	dir := t.TempDir()
	target, err := filepath.Abs(filepath.Join(edgeDir, "wrapped.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "linked.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	arts, diags := Load([]string{dir}, LoadOptions{})
	if len(arts) != 1 || len(diags) != 0 || arts[0].ID != "linked" {
		t.Errorf("got %d articles, diagnostics %v", len(arts), diags)
	}
}

// TestNamedTwice reads a file once even when it is named twice or also
// lies in a named directory.
func TestNamedTwice(t *testing.T) {
	f := filepath.Join(edgeDir, "wrapped.txt")
	arts, diags := Load([]string{f, edgeDir, "./" + f}, LoadOptions{})
	if len(arts) != 3 || len(diags) != 1 { // three edge stories; the dateline warning
		t.Errorf("got %d articles, diagnostics %v", len(arts), diags)
	}
}
