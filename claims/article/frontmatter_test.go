package article

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// simpleFrontMatterCases are front matters for the fast path, both ones
// it reads and ones it must leave to the YAML parser.
var simpleFrontMatterCases = []string{
	"title: Port reopens after storm\npublished: 2025-02-22\n",
	"title: \"Trump-Putin Summit Preparations Are Underway, Russia Says\"\noutlet: Associated Press\npublished: 2025-02-21T10:00:00Z\n",
	"# Seed 000\ntitle:   \"  Spaced  title \"\nid: ferry-a\n\ntimezone: Europe/Kyiv\n",
	"title: \"Ärger in Zürich — “quoted”\"\nurl: https://example.com/a-b_c/d?x=1\n",
	"published: 2025-02-22 10:00 +02:00\noutlet: Bay Live (radio)\n",
	"title: Ridge fire: live updates\n",
	"title: Port reopens, storm's end\npublished: February 22, 2025\n",
	"title:   x  y\n", "title: x,y\n", "title: a ,b\n", "title: it's\n", "title: a, 'b'\n",
	"title: a:b c\n",
	"title: \"with \\\"escape\\\"\"\n",
	"title: 'single'\n",
	"title: null\n", "title: ~\n", "title:\n", "title: \"\"\n",
	"title: x\ntitle: y\n",
	"author: Jane Roe\ntitle: x\n",
	"title: x # comment\n",
	"title: \"x\" # comment\n",
	"title: [a, b]\n", "title: {a: b}\n", "title: &a x\n", "title: *a\n", "title: |\n  x\n",
	"title: x\n  continued\n",
	"title: x\r\npublished: 2025-02-22\r\n",
	"title:\tx\n", "title: -x\n", "title: 12\n", "title: yes\n", "id: 0x1F\n",
	"title: \"a\u0085b\"\n", "title: \"a\tb\"\n",
	"  title: x\n", "- title: x\n", "title: \"open\n",
}

// TestSimpleFrontMatterAgreesWithYAML checks that whenever the fast path
// reads a front matter, the YAML parser reads the same values at the same
// positions.
func TestSimpleFrontMatterAgreesWithYAML(t *testing.T) {
	read := 0
	for _, yml := range simpleFrontMatterCases {
		var got, want frontMatter
		ok := parseSimpleFrontMatter(&got, yml, 2)
		if !ok {
			continue
		}
		read++
		diags := parseYAMLFrontMatter(&want, "a.md", []byte(yml), 2)
		if len(diags) > 0 {
			t.Errorf("%q: fast path read it, YAML says %v", yml, diags)
			continue
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(frontMatter{}, fmValue{})); diff != "" {
			t.Errorf("%q: (-want +got)\n%s", yml, diff)
		}
	}
	if read < 6 {
		t.Errorf("the fast path read only %d of the cases", read)
	}
}

// FuzzSimpleFrontMatter checks the fast path against the YAML parser on
// any input it accepts.
func FuzzSimpleFrontMatter(f *testing.F) {
	for _, c := range simpleFrontMatterCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, yml string) {
		var got, want frontMatter
		ok := parseSimpleFrontMatter(&got, yml, 2)
		if !ok {
			return
		}
		diags := parseYAMLFrontMatter(&want, "a.md", []byte(yml), 2)
		if len(diags) > 0 {
			t.Fatalf("%q: fast path read it, YAML says %v", yml, diags)
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(frontMatter{}, fmValue{})); diff != "" {
			t.Fatalf("%q: (-want +got)\n%s", yml, diff)
		}
	})
}
