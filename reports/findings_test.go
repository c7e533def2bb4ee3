package reports

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/reports/golden"
	"github.com/factline/factline/rules"
)

func findingsFixture() ([]rules.Finding, []*rules.Rule) {
	ev := func(art, path string, line, col int, text string) claims.Evidence {
		return claims.Evidence{Article: art, Path: path, Line: line, Column: col, Text: text, Sentence: text + ", he said."}
	}
	diff := []rules.DiffPart{{Op: rules.DiffSame, Text: "The"}, {Op: rules.DiffRemoved, Text: "focus"}, {Op: rules.DiffAdded, Text: "question"}, {Op: rules.DiffSame, Text: "is"}}
	fs := []rules.Finding{
		{Rule: "quotes-verbatim", Severity: rules.Error, Kind: "quotes-verbatim",
			Message: "001 and 002 quote Ryabkov differently: The [-focus-]{+question+} is",
			Claims: []claims.Claim{
				{ID: "001/quote/1", Kind: claims.KindQuote, Value: "The focus is", Evidence: ev("001", "stories/a b/001.txt", 9, 2, "“The focus is”")},
				{ID: "002/quote/1", Kind: claims.KindQuote, Value: "The question is", Evidence: ev("002", "stories/a b/002.txt", 20, 2, "“The question is”")},
			}, Diff: diff},
		{Rule: "numbers-agree", Severity: rules.Warning, Kind: "numbers-agree",
			Message: "a gives the deaths as 12 but b gives 14, 100% sure",
			Claims: []claims.Claim{
				{ID: "a/quantity/1", Kind: claims.KindQuantity, Value: "12", Evidence: ev("a", "a.txt", 1, 1, "Twelve")},
				{ID: "b/quantity/1", Kind: claims.KindQuantity, Value: "14", Evidence: ev("b", "b.txt", 3, 17, "14")},
			}},
		{Rule: "casualties-corroborated", Severity: rules.Info, Kind: "corroborated", Message: "only 1 source",
			Claims: []claims.Claim{{ID: "a/quantity/1", Kind: claims.KindQuantity, Value: "12", Evidence: ev("a", "a.txt", 1, 1, "Twelve")}}},
	}
	rs := []*rules.Rule{
		{ID: "quotes-verbatim", Kind: "quotes-verbatim", Severity: rules.Error, Description: "Quotes must be verbatim. Fragments are fine."},
		{ID: "numbers-agree", Kind: "numbers-agree", Severity: rules.Warning},
		{ID: "casualties-corroborated", Kind: "corroborated", Severity: rules.Info},
	}
	return fs, rs
}

// TestFindingFormats compares every format with its golden file in
// testdata/findings (rewrite with -update).
func TestFindingFormats(t *testing.T) {
	fs, rs := findingsFixture()
	for _, format := range FindingFormats {
		for _, color := range []bool{false, true} {
			if color && format != "text" {
				continue
			}
			var b bytes.Buffer
			if err := WriteFindings(&b, format, fs, FindingsOptions{Rules: rs, Color: color, Version: "test"}); err != nil {
				t.Fatal(err)
			}
			name := format
			if color {
				name += "-color"
			}
			golden.Check(t, filepath.Join("testdata", "findings", name+".golden"), b.Bytes())
			if format == "json" || format == "sarif" {
				var v any
				if err := json.Unmarshal(b.Bytes(), &v); err != nil {
					t.Errorf("%s: not JSON: %v", format, err)
				}
			}
			if !color && bytes.Contains(b.Bytes(), []byte("\x1b[")) {
				t.Errorf("%s: colour codes without Color", format)
			}
		}
	}
}

func TestFindingsEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteFindings(&b, "json", nil, FindingsOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"findings": []`) {
		t.Errorf("empty JSON = %s", b.String())
	}
	b.Reset()
	if err := WriteFindings(&b, "line", nil, FindingsOptions{}); err != nil || b.Len() != 0 {
		t.Errorf("empty line output = %q, %v", b.String(), err)
	}
	if err := WriteFindings(&b, "xml", nil, FindingsOptions{}); err == nil {
		t.Error("unknown format: no error")
	}
}
