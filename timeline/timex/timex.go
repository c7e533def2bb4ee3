// Package timex finds temporal expressions in English news text and
// normalizes each to a TIMEX3 value anchored to the document creation time
// (DCT), the article's publication date.
//
// # How it works
//
// Tag makes one pass over the text to cut it into tokens (words, numbers,
// punctuation), looking every word up in a lexicon (a hash table filled from
// word lists: months, weekdays, number words, units, parts of the day,
// function words, tense cues). Sentences and clauses are marked on the way.
// A second pass tries the patterns at each token that can start an
// expression: an optional modifier ("nearly", "early", "the end of"), then a
// core (a date, weekday, deictic, count of units, clock time, vague word,
// set, holiday). No regular expression runs per token. Each match is
// resolved on the spot against the DCT, the clause's tense and the dates
// resolved before it, and gets a one-line explanation.
//
// # Conventions
//
//   - Tense is read from the nearest cue in the expression's clause, then
//     its sentence: past ("said", "was", "-ed" verbs, "ago", "last"), future
//     ("will", "is due to", "plans to", "is scheduled to", "is expected
//     to", "would" before the date, "next", "coming"). "by", "until",
//     "payable", "of record" before a date make it lie ahead. "through"
//     does not ("sales through September"), but after "through" in a
//     present perfect clause ("has extended loans through January") a
//     date without a year is the nearer of the last and the next one.
//     Without a cue a weekday is the most recent one (news reports the
//     past); a month and day without a year is the latest one on or before
//     the DCT unless the next one is less than half as far. A past perfect
//     before the date ("had been due to expire Friday", "had planned to
//     leave on Wednesday") makes it past whatever follows; "next to" and
//     "due to the" are no future cues.
//   - A weekday that is the DCT's own weekday is the DCT ("said Saturday" in
//     a Saturday story), unless "last" or "next" says otherwise. "next
//     Monday" is the first Monday after the DCT, "this Friday" the Friday of
//     the DCT's ISO week, "this coming Friday" the first Friday after it.
//     "the previous Friday" after a Friday the story is at is the Friday a
//     week before it, also when an "overnight" came between (a night placed
//     from the DCT); otherwise it counts from the DCT.
//   - Anaphora ("later that day", "the next day", "that evening", "the same
//     week") refers to the last resolved date of the same sentence; else to
//     the last day-grain date near the DCT (within 60 days), skipping
//     background dates such as the start of a war; else to the last one.
//   - "on Tuesday nights" is a set (every Tuesday night), and so is the
//     Monday of "on Monday and Tuesday nights"; "9 p.m. Tuesday nights"
//     is the set XXXX-WXX-2T21:00.
//   - "around", "roughly" and "approximately" before a date make it
//     approximate ("around Nov. 1", mod APPROX; a mod it has stays:
//     "around year end" is END), not before a possessive ("a way around
//     Friday's ruling"); "about" does so only before an amount ("about
//     three weeks"), as it is also a preposition.
//   - "or so" after an expression makes it approximate, in its span:
//     "the next year or so" is the next year with mod APPROX, "a week or
//     so ago" and "a day or so later" are the dates of "a week ago" and
//     "a day later" with mod APPROX (not a duration "a week").
//   - "N years ago" is a year ("three years ago" in 2025 is 2022), and so
//     is "a decade ago" (2015, not the 2010s); "two
//     weeks ago" an ISO week; "the next two weeks" a duration P2W with the
//     interval [DCT, DCT+2W). "N years after the invasion" is dated from the
//     text's own date for that event (the explicit date whose sentence
//     shares the most words with "the invasion"), approximately, and its
//     span grows over "after the invasion".
//   - Financial news: "a year ago", "a year earlier" and "year-earlier" shift
//     what the report compares, read from the nearest period words before
//     them in their sentence or the one before: after "quarter" ("in the
//     latest quarter ... a year ago", or "the latest period" in a report that
//     named its quarter) the reported quarter, even when it was named far
//     back; after "nine months", "six months", "fiscal year" or "full year"
//     that year ("for the nine months ... from a year earlier" is the year
//     before); else the quarter the recent sentences talk about, and "the
//     year-ago period" of a report that named its quarter that quarter a year
//     before. "last year" dating a figure ("a loss of $3 million last year",
//     "from last year's $1.55 billion") follows the same rule; any other
//     "last year" is the year. "the year-earlier nine months" is the duration
//     P9M, like "the nine months". "the quarter", "the latest quarter", "the
//     latest period" and "this quarter's" (figures) are the quarter the
//     report is about: the first quarter named that has begun by the DCT and
//     is not a year-ago one, with its label as written (the fiscal "fourth
//     quarter ended Sept. 30" stays 1989-Q4 when referred back to); without
//     one, the last full quarter before the DCT ("this quarter's" the DCT's
//     quarter). "the 1988 period" follows what the report compares: a quarter
//     of 1988 after quarter figures, the year 1988 (the whole phrase) after
//     nine-month ones; elsewhere only "1988" is tagged. "the corresponding
//     (comparable, same) period last year (a year ago)", "last year's
//     quarter" and "the comparable year-ago quarter" are tagged whole, by the
//     same year-ago rule; "40% a year earlier" is that date, not the set "a
//     year" ("2% a year" still is). "fiscal" between a relation word and a
//     unit changes nothing: "last fiscal year" is last year, "the current
//     fiscal year" the DCT's.
//   - Holidays are the US ones (Thanksgiving is the fourth Thursday of
//     November). "ET", "CT", "PT" are read as standard time. A time with a
//     zone carries its offset in the value ("2025-01-15T21:00-05:00").
//   - "year-end", "year's end" and "the end of the year" are the DCT's
//     year with mod END ("by year-end"); after "since" they are the year
//     before, whose end has passed ("up 4% since year-end").
//   - Decades as durations are P1DE (not P10Y); "the past year" is the
//     duration P1Y up to the DCT, not the previous calendar year.
//   - A clock time takes the day of a date right after it, also across a
//     parenthesis or "on" ("11:45 p.m. on Monday"); with none, the day named
//     last when that is in its sentence or the one before ("killed on Oct.
//     23, 1998. He was shot at 10 p.m."), else the DCT's day. "midnight
//     Friday" is Friday T24:00, the end of Friday. "the day before last
//     Tuesday" is the Monday; "Oct. 12, the day before the crash" is Oct. 12
//     itself.
//   - Not tagged: "soon after" and "shortly before" an event (relations,
//     not times), "today's youth", "today's personal computers" and the
//     like (the present age, not the DCT), "the cities of tomorrow" (the
//     future at large), and a capitalised title in quotation marks ("This
//     Week,", "This Week With David Brinkley").
//
// # Judgement calls on names
//
// A weekday followed by a capitalised part of the day is a name, not a
// date, in body text: "Tuesday Morning" (the retailer), "Saturday Night
// Live". In a title-case heading ("Trump Speaks Tuesday Morning") it is a
// date. A month name needs a date context: a day or year after it, or a
// preposition or determiner before it ("in April", "last May", "the March
// accession"); so "April Ryan said" and "Thousands March in London" yield
// nothing, and neither do "may" and "march" in lower case. "sat", "sun" and
// the other weekday abbreviations count only as "Sat." before a date. A
// bare "current" is not tagged ("the current president"); "the current
// quarter" is. A capitalised "Today", "Tonight" or "This Week" inside a
// name is not a time: after a capitalised word of its sentence ("USA
// Today", "VOA Today"), after a capitalised possessive ("NBC's Today"), or
// before "show". The cost: in a title-case heading ("Trump Says Today Is
// the Day") such a word is read as a name too.
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

// Civil re-expresses the interval's wall-clock times, in their own zone,
// as the same wall clock in UTC. Sources are compared on calendar dates:
// "Monday, Oct. 21" in a London paper and "next week" in a New York one
// are the same calendar days wherever they were written, and a zone offset
// must not make two different days overlap.
func (iv Interval) Civil() Interval {
	civil := func(t time.Time) time.Time {
		if t.IsZero() {
			return t
		}
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	}
	return Interval{Start: civil(iv.Start), End: civil(iv.End), Grain: iv.Grain}
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
