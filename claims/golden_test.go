package claims

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/factline/factline/reports/golden"
)

// TestGoldenSummit compares the claims of the example story with
// testdata/summit-2025.golden.json (rewrite with -update). Event times
// are left out: they belong to the timex tagger, whose own tests pin them;
// the golden file pins which events, quotes, quantities, people and places
// claims finds and how it normalizes them.
func TestGoldenSummit(t *testing.T) {
	set := Extract(loadStory(t, "../testdata/stories/summit-2025"), nil)
	got := goldenJSON(t, set)
	path := filepath.Join("testdata", "summit-2025.golden.json")
	golden.Check(t, path, got)
}

func goldenJSON(t *testing.T, set *Set) []byte {
	t.Helper()
	cs := make([]Claim, len(set.Claims))
	for i, c := range set.Claims {
		if c.Event != nil {
			e := *c.Event
			e.Time = nil
			e.TimeInferred = false
			c.Event = &e
			c.Value = e.Class
		}
		cs[i] = c
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(struct {
		Claims   []Claim  `json:"claims"`
		Entities []Entity `json:"entities"`
	}{cs, set.Entities}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
