package reports

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/reports/golden"
	"github.com/factline/factline/rules"
	"github.com/factline/factline/timeline"
)

// TestSummitGolden runs the whole pipeline on the example story (load,
// resolve, extract, merge, check) and compares the timeline in every
// format, and the report page, with golden files. Run with -update after a
// change upstream, and read the diff: it is the change in what editors see.
func TestSummitGolden(t *testing.T) {
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir("..") // paths in the output are relative to the repository root
	story := "testdata/stories/summit-2025"
	arts, diags := article.Load([]string{story}, article.LoadOptions{Published: dct})
	for _, d := range diags {
		if d.Severity == article.SeverityError {
			t.Errorf("%s", d.Error())
		}
	}
	set := claims.Extract(arts, nil)
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	findings := rules.Check(rs, set)
	if findings == nil {
		findings = []rules.Finding{}
	}
	r := &Report{Title: "summit-2025", Articles: arts, Timeline: timeline.Build(set), Findings: findings}
	for _, f := range TimelineFormats {
		var b bytes.Buffer
		if err := WriteTimeline(&b, f, r.Timeline, r); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join(testdata, "summit-2025.timeline."+f), b.Bytes())
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join(testdata, "summit-2025.report.html"), b.Bytes())
}
