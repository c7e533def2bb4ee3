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
			if e.When.Contested {
				b.When += "/contested"
			}
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
			with(tuesAt, func(e *ev) { e.art, e.phrase = "b", "Feb. 18" }),
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
		name: "a slip of the year is one event with a disagreement, not two invasions",
		evs: []ev{
			{art: "a", trigger: "invaded", class: "invasion", who: []string{"russia", "ukraine"}, phrase: "Feb. 24, 2022", value: "2022-02-24", grain: timex.GrainDay, start: "2022-02-24", end: "2022-02-25"},
			{art: "b", trigger: "invaded", class: "invasion", who: []string{"russia", "ukraine"}, phrase: "Feb. 24, 2022", value: "2022-02-24", grain: timex.GrainDay, start: "2022-02-24", end: "2022-02-25"},
			{art: "c", trigger: "invasion", class: "invasion", who: []string{"russia", "ukraine"}, phrase: "Feb. 24, 2021", value: "2021-02-24", grain: timex.GrainDay, start: "2021-02-24", end: "2021-02-25"},
		},
		want: []brief{
			{When: "2022-02-24/day", Modality: "happened", Sources: "a=Feb. 24, 2022 b=Feb. 24, 2022 c=Feb. 24, 2021", Conflicts: "c=2021-02-24"},
		},
	}, {
		name: "a coarse time does not paper over a disagreement; one source each is no majority",
		evs: []ev{
			{art: "a", trigger: "capsized", class: "capsize", place: "lesbos", phrase: "on Tuesday", value: "2024-03-12", grain: timex.GrainDay, start: "2024-03-12", end: "2024-03-13"},
			{art: "b", trigger: "capsized", class: "capsize", place: "lesbos", phrase: "late Monday", value: "2024-03-11", grain: timex.GrainDay, start: "2024-03-11", end: "2024-03-12"},
			{art: "c", trigger: "capsized", class: "capsize", place: "lesbos", phrase: "this week", value: "2024-W11", grain: timex.GrainWeek, start: "2024-03-11", end: "2024-03-18"},
		},
		want: []brief{
			{When: "2024-03-11/day/contested", Modality: "happened", Sources: "a=on Tuesday b=late Monday c=this week", Conflicts: "a=2024-03-12"},
		},
	}, {
		name: "an article that tells both times tells two events",
		evs: []ev{
			{art: "a", trigger: "invaded", class: "invasion", who: []string{"russia", "ukraine"}, phrase: "Feb. 24, 2022", value: "2022-02-24", grain: timex.GrainDay, start: "2022-02-24", end: "2022-02-25"},
			{art: "a", trigger: "invasion", class: "invasion", who: []string{"russia", "ukraine"}, phrase: "Feb. 24, 2021", value: "2021-02-24", grain: timex.GrainDay, start: "2021-02-24", end: "2021-02-25"},
			{art: "b", trigger: "invaded", class: "invasion", who: []string{"russia", "ukraine"}, phrase: "Feb. 24, 2022", value: "2022-02-24", grain: timex.GrainDay, start: "2022-02-24", end: "2022-02-25"},
		},
		want: []brief{
			{When: "2021-02-24/day", Modality: "happened", Sources: "a=Feb. 24, 2021"},
			{When: "2022-02-24/day", Modality: "happened", Sources: "a=Feb. 24, 2022 b=Feb. 24, 2022"},
		},
	}, {
		name: "expected and planned are one entry, by majority; a vague time contradicts nothing",
		evs: []ev{
			{art: "a", trigger: "visit", class: "visit", who: []string{"keir-starmer"}, mod: claims.Planned,
				phrase: "next week", value: "2025-W09", grain: timex.GrainWeek, start: "2025-02-24", end: "2025-03-03"},
			{art: "b", trigger: "visit", class: "visit", who: []string{"keir-starmer"}, mod: claims.Expected,
				phrase: "next week", value: "2025-W09", grain: timex.GrainWeek, start: "2025-02-24", end: "2025-03-03"},
			{art: "c", trigger: "visit", class: "visit", who: []string{"keir-starmer"}, mod: claims.Expected,
				phrase: "soon", value: "FUTURE_REF", grain: timex.GrainVague, start: "2025-03-10", end: "2025-12-31"},
		},
		want: []brief{{When: "2025-W09/week", Modality: "expected", Sources: "a=next week b=next week c=soon"}},
	}, {
		name: "a mention naming no one joins the one event of its day, or the event its article spoke of before",
		evs: []ev{
			tuesAt,
			{art: "b", trigger: "talks", class: "meeting", phrase: "Feb. 18", value: "2025-02-18", grain: timex.GrainDay, start: "2025-02-18", end: "2025-02-19"},
			{art: "a", trigger: "meeting", class: "meeting"},
			{art: "c", trigger: "meeting", class: "meeting", who: putin, place: "geneva", phrase: "June 2021", value: "2021-06", grain: timex.GrainMonth, start: "2021-06-01", end: "2021-07-01"},
		},
		want: []brief{
			{When: "2021-06/month", Modality: "happened", Sources: "c=June 2021"},
			{When: "2025-02-18/day", Modality: "happened", Sources: "a=on Tuesday b=Feb. 18"},
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
		with(tuesAt, func(e *ev) { e.art, e.trigger = "b", "talks" }),
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

// FuzzBuild builds timelines from arbitrary events and checks what must
// always hold: every mention lands in exactly one entry, conflicts name
// sources of their entry, dated entries are in order, and Build never
// panics.
func FuzzBuild(f *testing.F) {
	f.Add([]byte{0, 0, 1, 0, 1, 3, 1, 0, 1, 0, 1, 3, 2, 0, 1, 0, 1, 2})
	f.Add([]byte{0, 1, 2, 4, 3, 200, 1, 1, 2, 1, 4, 0, 3, 2, 0, 2, 0, 9})
	classes := []string{"meeting", "visit", "vote"}
	people := [][]string{nil, {"donald-trump"}, {"vladimir-putin"}, {"donald-trump", "vladimir-putin"}}
	mods := []claims.Modality{claims.Happened, claims.Expected, claims.Planned, claims.Possible, claims.Denied}
	grains := []timex.Grain{timex.GrainDay, timex.GrainWeek, timex.GrainMonth, timex.GrainVague}
	f.Fuzz(func(t *testing.T, data []byte) {
		var evs []ev
		base := day("2025-01-01")
		for i := 0; i+6 <= len(data) && len(evs) < 64; i += 6 {
			b := data[i : i+6]
			e := ev{art: string(rune('a' + b[0]%4)), trigger: "t", class: classes[b[1]%3], who: people[b[2]%4],
				mod: mods[b[3]%5], negated: b[3]%7 == 6}
			if b[4]%5 != 4 {
				g := grains[b[4]%4]
				start := base.AddDate(0, 0, int(b[5])*3)
				end := map[timex.Grain]time.Time{timex.GrainDay: start.AddDate(0, 0, 1), timex.GrainWeek: start.AddDate(0, 0, 7),
					timex.GrainMonth: start.AddDate(0, 1, 0), timex.GrainVague: start.AddDate(1, 0, 0)}[g]
				e.phrase, e.value, e.grain = "then", start.Format(time.DateOnly), g
				e.start, e.end = start.Format(time.DateOnly), end.Format(time.DateOnly)
			}
			evs = append(evs, e)
		}
		tl := Build(setOf(evs...))
		mentions := 0
		ids := map[string]bool{}
		for _, list := range [][]Event{tl.Events, tl.Undated} {
			for _, e := range list {
				if ids[e.ID] {
					t.Errorf("duplicate id %s", e.ID)
				}
				ids[e.ID] = true
				arts := map[string]bool{}
				for _, s := range e.Sources {
					mentions += s.Mentions
					if arts[s.Article] {
						t.Errorf("%s: two sources from %s", e.ID, s.Article)
					}
					arts[s.Article] = true
				}
				for _, c := range e.Conflicts {
					if !arts[c.Article] {
						t.Errorf("%s: conflict from %s, not a source", e.ID, c.Article)
					}
				}
			}
		}
		if mentions != len(evs) {
			t.Errorf("%d mentions in the timeline, %d event claims", mentions, len(evs))
		}
		for i, e := range tl.Events {
			if e.When == nil {
				t.Fatalf("dated event %s has no time", e.ID)
			}
			if i > 0 && compareDated(tl.Events[i-1], e) > 0 {
				t.Errorf("%s before %s out of order", tl.Events[i-1].ID, e.ID)
			}
		}
		for _, e := range tl.Undated {
			if e.When != nil {
				t.Errorf("undated event %s has a time", e.ID)
			}
		}
	})
}

// TestBuildCivilDates compares sources on calendar dates: a week in New
// York and the Monday after it in UTC do not overlap, although the week
// ends four hours into that Monday in UTC.
func TestBuildCivilDates(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	set := setOf(
		ev{art: "b", trigger: "visit", class: "visit", who: []string{"ellen-marsh"}, mod: claims.Expected,
			phrase: "next week", value: "2024-W42", grain: timex.GrainWeek, start: "2024-10-14", end: "2024-10-21"},
		ev{art: "c", trigger: "visit", class: "visit", who: []string{"ellen-marsh"}, mod: claims.Expected,
			phrase: "Monday, Oct. 21", value: "2024-10-21", grain: timex.GrainDay, start: "2024-10-21", end: "2024-10-22"},
	)
	iv := set.Claims[0].Event.Time.Interval
	iv.Start = time.Date(2024, 10, 14, 0, 0, 0, 0, ny)
	iv.End = time.Date(2024, 10, 21, 0, 0, 0, 0, ny)
	got := briefs(Build(set).Events)
	want := []brief{{When: "2024-10-21/day/contested", Modality: "expected", Sources: "b=next week c=Monday, Oct. 21", Conflicts: "b=2024-W42"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestBuildOnlyGroups joins "Russia said on Saturday" to the one statement
// of that day, by a person, and leaves a statement naming an unknown
// participant apart.
func TestBuildOnlyGroups(t *testing.T) {
	sat := ev{art: "a", trigger: "said", class: "statement", who: []string{"sergei-ryabkov"},
		phrase: "Saturday", value: "2025-02-22", grain: timex.GrainDay, start: "2025-02-22", end: "2025-02-23"}
	set := setOf(sat,
		with(sat, func(e *ev) { e.art, e.who = "b", []string{"russia"} }),
		with(sat, func(e *ev) { e.art, e.who = "c", []string{"someone-else"} }),
	)
	set.Entities = []claims.Entity{{Key: "russia", Type: "country"}, {Key: "sergei-ryabkov", Type: "person"}}
	got := briefs(Build(set).Events)
	want := []brief{
		{When: "2025-02-22/day", Modality: "happened", Sources: "a=Saturday b=Saturday"},
		{When: "2025-02-22/day", Modality: "happened", Sources: "c=Saturday"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestSlip(t *testing.T) {
	day := func(s string) timex.Interval {
		d, _ := time.Parse("2006-01-02", s)
		return timex.Interval{Start: d, End: d.AddDate(0, 0, 1), Grain: timex.GrainDay}
	}
	month := func(s string) timex.Interval {
		d, _ := time.Parse("2006-01", s)
		return timex.Interval{Start: d, End: d.AddDate(0, 1, 0), Grain: timex.GrainMonth}
	}
	year := func(y int) timex.Interval {
		d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return timex.Interval{Start: d, End: d.AddDate(1, 0, 0), Grain: timex.GrainYear}
	}
	tests := []struct {
		name string
		x, y timex.Interval
		want bool
	}{
		{"the year alone", day("2022-02-24"), day("2021-02-24"), true},
		{"the month alone", day("2022-02-24"), day("2022-03-24"), true},
		{"the day alone (within maxGap anyway)", day("2022-02-24"), day("2022-02-25"), true},
		{"year and month", month("2021-06"), day("2025-02-18"), false},
		{"the same day", day("2022-02-24"), day("2022-02-24"), false},
		{"months, the year alone", month("2021-06"), month("2022-06"), true},
		{"a day and its month a year later", day("2022-02-24"), month("2023-02"), true},
		{"years only", year(2014), year(2022), false},
	}
	for _, tt := range tests {
		if got := slip(tt.x, tt.y); got != tt.want {
			t.Errorf("%s: slip = %v, want %v", tt.name, got, tt.want)
		}
	}
}
