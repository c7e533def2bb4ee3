package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/reports/golden"
)

// seedDCT is the publication date of the summit-2025 story.
var seedDCT = time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)

// seedBody returns the body of a seed article: the file without its YAML
// front matter.
func seedBody(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if strings.HasPrefix(s, "---\n") {
		if i := strings.Index(s[4:], "\n---\n"); i >= 0 {
			s = s[4+i+5:]
		}
	}
	return s
}

// formatExprs renders expressions one a line for golden files.
func formatExprs(es []Expr) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%s\t%d-%d\t%q\t%s\t%s", e.ID, e.Start, e.End, e.Text, e.Type, e.Value)
		if e.Mod != "" {
			fmt.Fprintf(&b, "\tmod=%s", e.Mod)
		}
		if e.Anchor != "" {
			fmt.Fprintf(&b, "\tanchor=%s", e.Anchor)
		}
		if e.Interval != nil {
			fmt.Fprintf(&b, "\t[%s, %s) %s", e.Interval.Start.Format(time.RFC3339), e.Interval.End.Format(time.RFC3339), e.Interval.Grain)
		}
		fmt.Fprintf(&b, "\n\t%s\n", e.Explain)
		for _, w := range e.Warnings {
			fmt.Fprintf(&b, "\twarning: %s\n", w)
		}
	}
	return b.String()
}

// TestSeedsGolden tags the five seed articles and compares every
// expression with testdata/seeds/*.golden (rewrite with -update).
func TestSeedsGolden(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/stories/summit-2025/0*.txt")
	if err != nil || len(paths) != 5 {
		t.Fatalf("seeds: %v %v", paths, err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			got := formatExprs(Tag(seedBody(t, p), seedDCT, nil))
			golden.Check(t, filepath.Join("testdata", "seeds", name+".golden"), []byte(got))
		})
	}
}
