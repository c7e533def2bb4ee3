package rules

import (
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/factline/factline/timeline"
)

// TestDatesAgreeMatchesTimeline checks that dates-agree and the timeline
// tell the same date disagreements on every fixture story (the events
// that have one): both group
// events with timeline.Group, so an editor never sees a disagreement in
// the report that check does not gate on, or the reverse.
func TestDatesAgreeMatchesTimeline(t *testing.T) {
	// A rule without `when`: every event, as the timeline shows them (the
	// default pack's rule leaves out statements and events to come).
	datesRules := []*Rule{mustRule(t, "kind: dates-agree")}
	dirs, err := filepath.Glob("../testdata/stories/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	published := time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)
	total := 0
	for _, dir := range dirs {
		set, findings := checkStory(t, dir, datesRules, published)
		var fromCheck, fromTimeline []string
		for _, f := range findings {
			fromCheck = append(fromCheck, f.Claims[0].Event.Class)
		}
		for _, ev := range timeline.Build(set).Events {
			if len(ev.Conflicts) > 0 {
				fromTimeline = append(fromTimeline, ev.Class)
			}
		}
		sort.Strings(fromCheck)
		sort.Strings(fromTimeline)
		total += len(fromTimeline)
		if diff := cmp.Diff(fromTimeline, fromCheck); diff != "" {
			t.Errorf("%s: events with a date disagreement, timeline (-) against dates-agree (+):\n%s", dir, diff)
		}
	}
	if total == 0 {
		t.Error("no story has a date disagreement: the test proves nothing")
	}
	t.Logf("%d date disagreements, the same in check and the timeline", total)
}
