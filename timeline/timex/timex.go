// Package timex finds temporal expressions in English news text and
// normalizes each to a TIMEX3 value anchored to the document creation time
// (DCT), the article's publication date.
//
// The tagger is a single pass over tokens with lexicon lookups. It is
// tense-aware: a bare weekday in a past-tense clause is the most recent such
// day before the DCT, in a future clause the next one after it; anaphoric
// phrases ("later that day", "the next day") resolve against the last date
// the text resolved, not against the DCT.
package timex

import "time"

// Type is the TIMEX3 type of an expression.
type Type string

// The TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Grain is the precision of a resolved interval.
type Grain string

// The grains of resolved intervals, finest first.
const (
	GrainMinute  Grain = "minute"
	GrainHour    Grain = "hour"
	GrainPart    Grain = "part-of-day" // morning, afternoon, evening, night
	GrainDay     Grain = "day"
	GrainWeekend Grain = "weekend"
	GrainWeek    Grain = "week"
	GrainMonth   Grain = "month"
	GrainSeason  Grain = "season"
	GrainQuarter Grain = "quarter"
	GrainHalf    Grain = "half"
	GrainYear    Grain = "year"
	GrainDecade  Grain = "decade"
	GrainCentury Grain = "century"
	GrainVague   Grain = "vague" // PAST_REF, FUTURE_REF, "recently", ...
)

// Interval is the half-open stretch of time [Start, End) that an expression
// denotes, with the grain of its value. Sources are compared on intervals:
// two expressions agree when their intervals overlap.
type Interval struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	Grain Grain     `json:"grain"`
}

// Overlaps reports whether the two intervals share any instant.
func (iv Interval) Overlaps(o Interval) bool {
	return iv.Start.Before(o.End) && o.Start.Before(iv.End)
}

// Expr is one temporal expression found in a text.
type Expr struct {
	// ID is "t1", "t2", ... in text order ("t0" is the DCT).
	ID string `json:"id"`
	// Start and End are the byte span [Start, End) in the text given to Tag.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  Type   `json:"type"`
	// Value is the TIMEX3 value: "2025-02-18", "2025-W09", "P2W",
	// "PRESENT_REF", "XXXX-WXX-2", ... Empty when nothing could be resolved.
	Value string `json:"value"`
	// Mod is the TIMEX3 mod: APPROX, START, MID, END, BEFORE, AFTER,
	// LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE, ON_OR_BEFORE,
	// ON_OR_AFTER.
	Mod string `json:"mod,omitempty"`
	// Quant and Freq qualify SET expressions ("every", "twice").
	Quant string `json:"quant,omitempty"`
	Freq  string `json:"freq,omitempty"`
	// Anchor is "DCT" or the ID of the earlier expression the value was
	// resolved from; empty for absolute expressions.
	Anchor string `json:"anchor,omitempty"`
	// Interval is the resolved stretch of time; nil when the value has
	// none (an unanchored duration, an unknown year).
	Interval *Interval `json:"interval,omitempty"`
	// Explain is a one-line account of the resolution, e.g. "Tuesday, past
	// tense, DCT Sat 2025-02-22 → most recent Tuesday → 2025-02-18".
	Explain string `json:"explain"`
	// Warnings report problems, e.g. a weekday that does not match the
	// date it is paired with.
	Warnings []string `json:"warnings,omitempty"`
}

// Options tune Tag. The zero value is ready to use.
type Options struct {
	// SentenceStarts are the byte offsets at which sentences (and heading
	// lines) start. When nil, Tag finds sentence boundaries itself.
	SentenceStarts []int
}
