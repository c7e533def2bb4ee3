package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factline/factline/reports/golden"
	"github.com/google/go-cmp/cmp"
)

// TestLoadBroken loads every broken rule file and compares the
// diagnostics, excerpts included, with testdata/broken.golden.
func TestLoadBroken(t *testing.T) {
	files, _ := filepath.Glob("../testdata/rules/broken/*.yaml")
	if len(files) < 10 {
		t.Fatalf("only %d broken rule files", len(files))
	}
	var b strings.Builder
	for _, f := range files {
		rs, diags := Load([]string{f})
		if len(rs) != 0 || len(diags) == 0 {
			t.Errorf("%s: loaded %d rules with %d diagnostics; want 0 rules and some diagnostics", f, len(rs), len(diags))
		}
		for _, d := range diags {
			b.WriteString(d.Error() + "\n")
			if d.Excerpt != "" {
				b.WriteString(d.Excerpt + "\n")
			}
		}
	}
	golden.Check(t, "testdata/broken.golden", []byte(b.String()))
}

func TestLoadPositions(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"unknown-key.yaml", `unknown-key.yaml:2:1: unknown key "severty"; did you mean "severity"?`},
		{"unknown-kind.yaml", `unknown-kind.yaml:2:7: unknown kind "number-agree"; did you mean "numbers-agree"?`},
		{"bad-when.yaml", `bad-when.yaml:3:22: when: claim.quantity has no field measur; did you mean "measure"?`},
		{"bad-when-block.yaml", `bad-when-block.yaml:5:11: when: claim has no field quantty; did you mean "quantity"?`},
		{"bad-placeholder.yaml", `bad-placeholder.yaml:2:33: unknown placeholder {other.vaule}; did you mean "other.value"?`},
	}
	for _, tt := range tests {
		_, diags := Load([]string{"../testdata/rules/broken/" + tt.file})
		if len(diags) == 0 {
			t.Errorf("%s: no diagnostics", tt.file)
			continue
		}
		got := strings.TrimPrefix(diags[0].Error(), "../testdata/rules/broken/")
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s:\n got %s\nwant %s...", tt.file, got, tt.want)
		}
	}
}

func TestLoadDirAndDuplicates(t *testing.T) {
	rs, diags := Load([]string{"../testdata/rules/good", "../testdata/rules/good/deaths-agree.yaml"})
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"deaths-agree", "never-fires"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "already used") {
		t.Errorf("diags = %v, want one duplicate id", diags)
	}
	r := rs[0]
	if r.Tolerance != (Tolerance{Amount: 5, Percent: true}) || r.Severity != Error || len(r.Tests) != 1 {
		t.Errorf("rule = %+v", r)
	}
	if _, diags := Load([]string{"../testdata/rules/missing"}); len(diags) != 1 {
		t.Errorf("missing path: %v", diags)
	}
}

func TestDefaultPack(t *testing.T) {
	rs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, r := range rs {
		kinds[r.Kind] = true
		if len(r.Tests) == 0 {
			t.Errorf("%s has no tests", r.ID)
		}
		if !strings.HasPrefix(r.Path, "default/") {
			t.Errorf("%s: path %q", r.ID, r.Path)
		}
	}
	for _, k := range Kinds() {
		if !kinds[k.Name] {
			t.Errorf("no default rule of kind %s", k.Name)
		}
	}
	if diags := Lint(rs); len(diags) != 0 {
		t.Errorf("default pack lint: %v", diags)
	}
}

func TestLint(t *testing.T) {
	rs, _ := Load([]string{"../testdata/rules/good/never-fires.yaml"})
	diags := Lint(rs)
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "can never fire") || diags[0].Line != 4 {
		t.Errorf("lint = %v", diags)
	}
}

func TestSchema(t *testing.T) {
	golden.Check(t, "testdata/schema.golden.json", Schema())
}

func TestSuggest(t *testing.T) {
	if got := Suggest("severty", commonKeys); got != "severity" {
		t.Errorf("Suggest = %q", got)
	}
	if got := Suggest("zzzzzzzz", commonKeys); got != "" {
		t.Errorf("Suggest = %q, want none", got)
	}
}

// FuzzParse: no input makes Parse panic, and a rule comes back only
// without diagnostics.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../testdata/rules/*/*.yaml")
	pack, _ := DefaultPack()
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	for _, b := range pack {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		r, diags := Parse("f.yaml", src)
		if (r == nil) == (len(diags) == 0) {
			t.Fatalf("rule %v with %d diagnostics", r, len(diags))
		}
	})
}
