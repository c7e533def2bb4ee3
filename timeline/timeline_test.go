package timeline

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/timeline/timex"
	"github.com/google/go-cmp/cmp"
)

// ev is a compact description of one event claim for tests.
type ev struct {
	art, trigger, class string
	who                 []string
	place               string
	mod                 claims.Modality
	negated             bool
	phrase, value       string // time expression; empty for none
	grain               timex.Grain
	start, end          string // "2025-02-18"; empty for no interval
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// setOf builds a claims.Set from event descriptions, one line per event in
// each article's file.
func setOf(evs ...ev) *claims.Set {
	set := &claims.Set{}
	line := map[string]int{}
	for _, e := range evs {
		line[e.art]++
		c := claims.Claim{
			ID:   fmt.Sprintf("%s/event/%d", e.art, line[e.art]),
			Kind: claims.KindEvent,
			Evidence: claims.Evidence{
				Article: e.art, Path: e.art + ".txt",
				Start: line[e.art] * 100, End: line[e.art]*100 + len(e.trigger),
				Line: line[e.art], Column: 5,
				Sentence: fmt.Sprintf("They %s %s.", e.trigger, e.phrase),
				Text:     e.trigger,
			},
			Value: e.class,
			Event: &claims.Event{Trigger: e.trigger, Class: e.class, Participants: e.who,
				Place: e.place, Modality: e.mod, Negated: e.negated},
		}
		if c.Event.Modality == "" {
			c.Event.Modality = claims.Happened
		}
		if e.phrase != "" {
			x := &timex.Expr{ID: "t1", Text: e.phrase, Value: e.value, Type: timex.Date, Start: -1, End: -1}
			if e.start != "" {
				x.Interval = &timex.Interval{Start: day(e.start), End: day(e.end), Grain: e.grain}
			}
			c.Event.Time = x
		}
		set.Claims = append(set.Claims, c)
	}
	return set
}

// brief is what a test compares of an event: its time, its sources with
// their phrases, its conflicting sources.
type brief struct {
	When      string
	Modality  claims.Modality
	Sources   string
	Conflicts string
}

func briefs(evs []Event) []brief {
	out := []brief{}
	for _, e := range evs {
		b := brief{Modality: e.Modality}
		if e.When != nil {
			b.When = e.When.Value + "/" + string(e.When.Grain)
		}
		var s, c []string
		for _, src := range e.Sources {
			s = append(s, src.Article+"="+src.Phrase)
		}
		for _, x := range e.Conflicts {
			c = append(c, x.Article+"="+x.Value)
		}
		b.Sources, b.Conflicts = strings.Join(s, " "), strings.Join(c, " ")
		out = append(out, b)
	}
	return out
}

var (
	rubio  = []string{"marco-rubio", "sergey-lavrov"}
	trump  = []string{"donald-trump"}
	putin  = []string{"vladimir-putin", "joe-biden"}
	tuesAt = ev{art: "a", trigger: "meeting", class: "meeting", who: rubio, place: "saudi-arabia",
		phrase: "on Tuesday", value: "2025-02-18", grain: timex.GrainDay, start: "2025-02-18", end: "2025-02-19"}
)

func with(e ev, f func(*ev)) ev { f(&e); return e }

func TestBuild(t *testing.T) {
	tests := []struct {
		name    string
		evs     []ev
		want    []brief
		undated []brief
	}{{
		name: "relative, absolute and vague phrases agree on the most specific day",
		evs: []ev{
			tuesAt,
			with(tuesAt, func(e *ev) { e.art, e.phrase, e.place = "b", "Feb. 18", "riyadh" }),
			with(tuesAt, func(e *ev) {
				e.art, e.phrase, e.value, e.grain, e.start, e.end = "c", "recent", "PAST_REF", timex.GrainVague, "2025-01-01", "2025-02-22"
			}),
		},
		want: []brief{{When: "2025-02-18/day", Modality: "happened", Sources: "a=on Tuesday b=Feb. 18 c=recent"}},
	}, {
		name: "a source whose day does not overlap is a conflict",
		evs: []ev{
			tuesAt,
			with(tuesAt, func(e *ev) { e.art = "b" }),
			with(tuesAt, func(e *ev) {
				e.art, e.phrase, e.value, e.start, e.end = "c", "on Monday", "2025-02-17", "2025-02-17", "2025-02-18"
			}),
		},
		want: []brief{{When: "2025-02-18/day", Modality: "happened", Sources: "a=on Tuesday b=on Tuesday c=on Monday", Conflicts: "c=2025-02-17"}},
	}, {
		name: "modality separates entries; the week comes after the day it starts on",
		evs: []ev{
			{art: "a", trigger: "visit", class: "visit", who: trump, place: "moscow", mod: claims.Denied,
				phrase: "May 9", value: "2025-05-09", grain: timex.GrainDay, start: "2025-05-09", end: "2025-05-10"},
			{art: "a", trigger: "visit", class: "visit", who: []string{"keir-starmer"}, place: "washington", mod: claims.Expected,
				phrase: "next week", value: "2025-W09", grain: timex.GrainWeek, start: "2025-02-24", end: "2025-03-03"},
			{art: "b", trigger: "vote", class: "vote", who: []string{"un"}, mod: claims.Expected,
				phrase: "the third anniversary", value: "2025-02-24", grain: timex.GrainDay, start: "2025-02-24", end: "2025-02-25"},
			{art: "b", trigger: "visited", class: "visit", who: trump, place: "moscow",
				phrase: "in 2017", value: "2017", grain: timex.GrainYear, start: "2017-01-01", end: "2018-01-01"},
		},
		want: []brief{
			{When: "2017/year", Modality: "happened", Sources: "b=in 2017"},
			{When: "2025-02-24/day", Modality: "expected", Sources: "b=the third anniversary"},
			{When: "2025-W09/week", Modality: "expected", Sources: "a=next week"},
			{When: "2025-05-09/day", Modality: "denied", Sources: "a=May 9"},
		},
	}, {
		name: "a negated event is denied, not happened",
		evs: []ev{
			{art: "a", trigger: "met", class: "meeting", who: trump, phrase: "Friday", value: "2025-02-21", grain: timex.GrainDay, start: "2025-02-21", end: "2025-02-22"},
			{art: "b", trigger: "met", class: "meeting", who: trump, negated: true, phrase: "Friday", value: "2025-02-21", grain: timex.GrainDay, start: "2025-02-21", end: "2025-02-22"},
		},
		want: []brief{
			{When: "2025-02-21/day", Modality: "happened", Sources: "a=Friday"},
			{When: "2025-02-21/day", Modality: "denied", Sources: "b=Friday"},
		},
	}, {
		name: "the same people years apart are two events, not a disagreement",
		evs: []ev{
			{art: "a", trigger: "met", class: "meeting", who: putin, place: "geneva", phrase: "June 2021", value: "2021-06", grain: timex.GrainMonth, start: "2021-06-01", end: "2021-07-01"},
			{art: "b", trigger: "meeting", class: "meeting", who: putin, phrase: "on Feb. 18", value: "2025-02-18", grain: timex.GrainDay, start: "2025-02-18", end: "2025-02-19"},
		},
		want: []brief{
			{When: "2021-06/month", Modality: "happened", Sources: "a=June 2021"},
			{When: "2025-02-18/day", Modality: "happened", Sources: "b=on Feb. 18"},
		},
	}, {
		name: "one source per article, with its most precise mention; untimed events are undated",
		evs: []ev{
			with(tuesAt, func(e *ev) { e.phrase, e.value, e.start = "", "", "" }),
			tuesAt,
			{art: "a", trigger: "protest", class: "protest", who: []string{"protesters"}},
			{art: "b", trigger: "protested", class: "protest", who: []string{"protesters"}},
		},
		want:    []brief{{When: "2025-02-18/day", Modality: "happened", Sources: "a=on Tuesday"}},
		undated: []brief{{Modality: "happened", Sources: "a= b="}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Build(setOf(tt.evs...))
			if diff := cmp.Diff(tt.want, briefs(tl.Events)); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
			if tt.undated == nil {
				tt.undated = []brief{}
			}
			if diff := cmp.Diff(tt.undated, briefs(tl.Undated)); diff != "" {
				t.Errorf("undated (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBuildDetails(t *testing.T) {
	tl := Build(setOf(tuesAt,
		with(tuesAt, func(e *ev) { e.art, e.place, e.trigger = "b", "riyadh", "talks" }),
		with(tuesAt, func(e *ev) { e.art = "b" })))
	if len(tl.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(tl.Events))
	}
	e := tl.Events[0]
	want := &When{Value: "2025-02-18", Start: "2025-02-18", End: "2025-02-19", Grain: timex.GrainDay}
	if diff := cmp.Diff(want, e.When, cmp.AllowUnexported(When{}), cmp.FilterPath(func(p cmp.Path) bool {
		return p.Last().String() == ".interval"
	}, cmp.Ignore())); diff != "" {
		t.Errorf("when (-want +got):\n%s", diff)
	}
	if e.ID != "e1" || e.Sources[1].Mentions != 2 {
		t.Errorf("id %q, mentions of b %d; want e1, 2", e.ID, e.Sources[1].Mentions)
	}
	if diff := cmp.Diff([]string{"meeting", "talks"}, e.Triggers); diff != "" {
		t.Errorf("triggers (-want +got):\n%s", diff)
	}
	if got, want := e.Summary, "Meeting in Saudi Arabia: Marco Rubio, Sergey Lavrov"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
}

func TestBuildEmpty(t *testing.T) {
	for _, set := range []*claims.Set{nil, {}} {
		tl := Build(set)
		if tl.Events == nil || tl.Undated == nil || len(tl.Events)+len(tl.Undated) != 0 {
			t.Errorf("Build(%v) = %+v, want empty non-nil lists", set, tl)
		}
	}
}
