package timeline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/timeline/timex"
	"github.com/google/go-cmp/cmp"
)

func TestAnniversaryYears(t *testing.T) {
	for text, want := range map[string]int{
		"the third anniversary": 3, "its 10th anniversary": 10, "the anniversary": 0,
		"the centenary": 100, "Tuesday": 0, "the twenty-fifth anniversary": 25,
	} {
		if got := anniversaryYears(text); got != want {
			t.Errorf("anniversaryYears(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestAnniversaryAcrossSources dates "the third anniversary of the
// invasion" in an article that does not date the invasion from another
// that does, and leaves the invasion itself alone.
func TestAnniversaryAcrossSources(t *testing.T) {
	a := article.FromText("a", "a.txt", "Russia invaded Ukraine on February 24, 2022.\n", day("2025-02-22"))
	b := article.FromText("b", "b.txt", "The assembly will vote on the third anniversary of the invasion.\n", day("2025-02-22"))
	at := func(art *article.Article, s string) (int, int) {
		i := strings.Index(art.Body, s)
		return i, i + len(s)
	}
	event := func(art *article.Article, id, trigger, class string, mod claims.Modality, x *timex.Expr) claims.Claim {
		s, e := at(art, trigger)
		return claims.Claim{ID: id, Kind: claims.KindEvent,
			Evidence: claims.Evidence{Article: art.ID, Path: art.Path, Start: s, End: e, BodyStart: s, BodyEnd: e, Line: 1, Column: s + 1, Sentence: art.Body, Text: trigger},
			Event:    &claims.Event{Trigger: trigger, Class: class, Participants: []string{"russia"}, Modality: mod, Time: x}}
	}
	s, e := at(a, "February 24, 2022")
	feb24 := &timex.Expr{ID: "t1", Start: s, End: e, Text: "February 24, 2022", Value: "2022-02-24",
		Interval: &timex.Interval{Start: day("2022-02-24"), End: day("2022-02-25"), Grain: timex.GrainDay}}
	s, e = at(b, "the third anniversary")
	anniv := timex.Expr{ID: "t1", Start: s, End: e, Text: "the third anniversary"}
	set := &claims.Set{
		Articles: []*article.Article{a, b},
		Timexes:  map[string][]timex.Expr{"a": {*feb24}, "b": {anniv}},
		Claims: []claims.Claim{
			event(a, "a/event/1", "invaded", "invasion", claims.Happened, feb24),
			event(b, "b/event/1", "vote", "vote", claims.Expected, nil),
			event(b, "b/event/2", "invasion", "invasion", claims.Happened, nil),
		},
	}
	got := briefs(Build(set).Events)
	want := []brief{
		{When: "2022-02-24/day", Modality: "happened", Sources: "a=February 24, 2022 b="},
		{When: "2025-02-24/day", Modality: "expected", Sources: "b=the third anniversary"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if set.Claims[1].Event.Time != nil {
		t.Errorf("Build changed the claims it was given")
	}
}

// FuzzBuildSpans gives Build expressions and evidence with arbitrary spans
// over arbitrary text: it must never panic.
func FuzzBuildSpans(f *testing.F) {
	f.Add("The vote is on the third anniversary of the invasion.", 12, 34, 3, 7)
	f.Add("x", -5, 99, 40, 2)
	f.Fuzz(func(t *testing.T, text string, start, end, trig, days int) {
		a := article.FromText("a", "a.txt", text, day("2025-02-22"))
		b := article.FromText("b", "b.txt", "They met on Tuesday.", day("2025-02-22"))
		d := day("2025-02-18").AddDate(0, 0, days%400)
		x := timex.Expr{ID: "t1", Start: start, End: end, Text: "the third anniversary"}
		dated := &timex.Expr{ID: "t1", Start: start, End: end, Text: "Tuesday", Value: "2025-02-18",
			Interval: &timex.Interval{Start: d, End: d.AddDate(0, 0, 1), Grain: timex.GrainDay}}
		ev := func(art *article.Article, n int, tx *timex.Expr) claims.Claim {
			return claims.Claim{ID: fmt.Sprint(art.ID, n), Kind: claims.KindEvent,
				Evidence: claims.Evidence{Article: art.ID, Path: art.Path, Start: trig, BodyStart: trig, Sentence: text},
				Event:    &claims.Event{Trigger: "met", Class: "meeting", Participants: []string{"x"}, Modality: claims.Happened, Time: tx}}
		}
		set := &claims.Set{Articles: []*article.Article{a, b}, Timexes: map[string][]timex.Expr{"a": {x}},
			Claims: []claims.Claim{ev(a, 1, nil), ev(a, 2, dated), ev(b, 1, &timex.Expr{Text: "Tuesday", Value: "2025-02-18",
				Interval: &timex.Interval{Start: day("2025-02-18"), End: day("2025-02-19"), Grain: timex.GrainDay}})}}
		Build(set)
	})
}
