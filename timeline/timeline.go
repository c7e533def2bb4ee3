// Package timeline merges the events that several articles report into one
// timeline: one entry per real-world event, its best-supported time, every
// source that reports it with its own phrase, and the disagreements between
// them.
package timeline

import (
	"github.com/factline/factline/claims"
	"github.com/factline/factline/timeline/timex"
)

// Timeline is the merged events of a set of articles.
type Timeline struct {
	// Events have a resolved time and are ordered by it.
	Events []Event `json:"events"`
	// Undated events have no resolvable time; they are listed apart.
	Undated []Event `json:"undated"`
}

// Event is one real-world event and the sources that report it.
type Event struct {
	// ID is a stable anchor for the entry: "e1", "e2", ... in timeline
	// order, "u1", "u2", ... for undated events.
	ID string `json:"id"`
	// When is the best-supported time of the event; nil for undated events.
	When *When `json:"when,omitempty"`
	// Summary names the event for a reader: its kind, who and where.
	Summary string `json:"summary"`
	// Class is the trigger class the sources share ("meeting", "visit").
	Class string `json:"class"`
	// Triggers are the distinct words the sources use for the event,
	// sorted.
	Triggers []string `json:"triggers,omitempty"`
	// Participants are the canonical keys of the people, organizations and
	// countries that any source names, sorted.
	Participants []string `json:"participants,omitempty"`
	// Place is the canonical key of the event's place, if any source gives
	// one.
	Place string `json:"place,omitempty"`
	// Modality is happened, denied, or, for events still to come, the
	// expected, planned or possible that most sources give.
	Modality claims.Modality `json:"modality"`
	// Sources are the articles that report the event, one entry per
	// article, sorted by path.
	Sources []Source `json:"sources"`
	// Conflicts are the sources whose time for the event does not overlap
	// When.
	Conflicts []Conflict `json:"conflicts"`
}

// When is the resolved time of an event.
type When struct {
	// Value is the TIMEX3 value: "2025-02-18", "2025-W09", "2021-06".
	Value string `json:"value"`
	// Start and End are the half-open interval [Start, End) the value
	// denotes, as dates ("2025-02-18") when they fall on midnight, else as
	// RFC 3339 timestamps.
	Start string `json:"start"`
	End   string `json:"end"`
	// Grain is the precision of the value: "day", "week", "month", ...
	Grain timex.Grain `json:"grain"`
	// Mod is the TIMEX3 mod of the chosen expression ("APPROX"), if any.
	Mod string `json:"mod,omitempty"`
	// Contested is true when as many sources give a time that does not
	// overlap Value as support Value: the sources disagree and no majority
	// decides, so Value is only the first candidate (the most precise,
	// then the earliest).
	Contested bool `json:"contested,omitempty"`

	interval timex.Interval
}

// Interval returns the resolved interval of the time.
func (w *When) Interval() timex.Interval { return w.interval }

// Source is one article's report of an event.
type Source struct {
	// Article is the article ID; Path, Line and Column locate the event's
	// trigger in the original file.
	Article string `json:"article"`
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	// Text is the sentence that reports the event.
	Text string `json:"text"`
	// Trigger is the source's word for the event ("met", "talks").
	Trigger string `json:"trigger"`
	// Phrase is the source's own time expression ("on Tuesday", "Feb.
	// 18"); empty when the source gives no time for the event.
	Phrase string `json:"phrase,omitempty"`
	// Value is the TIMEX3 value the phrase resolves to; empty without a
	// phrase.
	Value string `json:"value,omitempty"`
	// Claim is the ID of the event claim.
	Claim string `json:"claim"`
	// Modality is how this source reports the event; it may differ from
	// the entry's among expected, planned and possible.
	Modality claims.Modality `json:"modality"`
	// Mentions counts the article's mentions of the event merged into
	// this source (at least 1).
	Mentions int `json:"mentions"`

	interval *timex.Interval
	offset   int
}

// Conflict is a source whose time for an event disagrees with the
// event's best-supported time: their intervals do not overlap.
type Conflict struct {
	// Article, Path, Line and Column locate the disagreeing time phrase
	// (the trigger when the phrase has no position of its own).
	Article string `json:"article"`
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	// Phrase and Value are the source's own time expression and its value.
	Phrase string `json:"phrase"`
	Value  string `json:"value"`
	// Against is the event's best value (When.Value) it disagrees with.
	Against string `json:"against"`
	// Text is the sentence holding the phrase.
	Text string `json:"text"`
	// Message says the disagreement in words.
	Message string `json:"message"`
}
