package main

import (
	"regexp"
	"strconv"
	"time"
)

// Shape is the kind of a TIMEX3 value, named for reports.
type Shape string

// The shapes of expected values. Only the date-and-time shapes can be
// expressed by a library that returns an instant.
const (
	ShapeDay      Shape = "day"
	ShapeClock    Shape = "clock time"
	ShapePart     Shape = "part of day"
	ShapeWeek     Shape = "ISO week"
	ShapeWeekend  Shape = "weekend"
	ShapeMonth    Shape = "month"
	ShapeQuarter  Shape = "quarter"
	ShapeHalf     Shape = "half year"
	ShapeSeason   Shape = "season"
	ShapeYear     Shape = "year"
	ShapeDecade   Shape = "decade"
	ShapeCentury  Shape = "century"
	ShapeDuration Shape = "duration"
	ShapeSet      Shape = "set"
	ShapeVague    Shape = "vague ref"
	ShapeOther    Shape = "other"
)

// Target is an expected value read for the grain check: the stretch of
// wall-clock time [From, To) a library's instant must fall in. Clock times
// may give a second stretch (Alt) for a second fair reading ("midnight
// Friday": the start or the end of Friday).
type Target struct {
	Shape     Shape
	From, To  time.Time
	AltFrom   time.Time
	AltTo     time.Time
	Expressed bool // false for durations, sets, vague refs: no instant can match
}

var (
	reDay     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	reClock   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?$`)
	rePart    = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|MI|DT)$`)
	reWeek    = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	reWeekend = regexp.MustCompile(`^(\d{4})-W(\d{2})-WE$`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	reHalf    = regexp.MustCompile(`^(\d{4})-H([12])$`)
	reSeason  = regexp.MustCompile(`^(\d{4})-(SP|SU|FA|WI)$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reDecade  = regexp.MustCompile(`^(\d{3})$`)
	reCentury = regexp.MustCompile(`^(\d{2})$`)
	reDur     = regexp.MustCompile(`^PT?[0-9X]`)
	reVague   = regexp.MustCompile(`^(PAST|PRESENT|FUTURE)_REF$`)
)

// atoi converts a matched run of digits.
func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// day is midnight UTC of a civil date (time.Date normalizes overflow).
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// isoWeekStart is the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := day(y, 1, 4)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return mon.AddDate(0, 0, 7*(w-1))
}

// target reads an expected TIMEX3 value.
func target(v string) Target {
	if m := reDay.FindStringSubmatch(v); m != nil {
		d := day(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		return Target{Shape: ShapeDay, From: d, To: d.AddDate(0, 0, 1), Expressed: true}
	}
	if m := reClock.FindStringSubmatch(v); m != nil {
		// Same day and hour, read on the wall clock (a zone in the value is
		// ignored: libraries report the wall-clock time they read).
		d := day(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		h := atoi(m[4])
		t := Target{Shape: ShapeClock, From: d.Add(time.Duration(h) * time.Hour), Expressed: true}
		t.To = t.From.Add(time.Hour)
		if h == 24 {
			// "midnight Friday" is T24:00, the end of Friday; the start of
			// Friday is a fair reading too.
			t.AltFrom, t.AltTo = d, d.Add(time.Hour)
		}
		return t
	}
	if m := rePart.FindStringSubmatch(v); m != nil {
		// A part of the day counts when the library's instant is on that day.
		d := day(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		return Target{Shape: ShapePart, From: d, To: d.AddDate(0, 0, 1), Expressed: true}
	}
	if m := reWeekend.FindStringSubmatch(v); m != nil {
		sat := isoWeekStart(atoi(m[1]), atoi(m[2])).AddDate(0, 0, 5)
		return Target{Shape: ShapeWeekend, From: sat, To: sat.AddDate(0, 0, 2), Expressed: true}
	}
	if m := reWeek.FindStringSubmatch(v); m != nil {
		// The US week, Sunday to Saturday, is a fair reading too: chrono
		// starts "this week" on the Sunday before the ISO week's Monday.
		mon := isoWeekStart(atoi(m[1]), atoi(m[2]))
		return Target{Shape: ShapeWeek, From: mon, To: mon.AddDate(0, 0, 7), AltFrom: mon.AddDate(0, 0, -1), AltTo: mon, Expressed: true}
	}
	if m := reMonth.FindStringSubmatch(v); m != nil {
		d := day(atoi(m[1]), atoi(m[2]), 1)
		return Target{Shape: ShapeMonth, From: d, To: d.AddDate(0, 1, 0), Expressed: true}
	}
	if m := reQuarter.FindStringSubmatch(v); m != nil {
		d := day(atoi(m[1]), 3*atoi(m[2])-2, 1)
		return Target{Shape: ShapeQuarter, From: d, To: d.AddDate(0, 3, 0), Expressed: true}
	}
	if m := reHalf.FindStringSubmatch(v); m != nil {
		d := day(atoi(m[1]), 6*atoi(m[2])-5, 1)
		return Target{Shape: ShapeHalf, From: d, To: d.AddDate(0, 6, 0), Expressed: true}
	}
	if m := reSeason.FindStringSubmatch(v); m != nil {
		y := atoi(m[1])
		start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]]
		d := day(y, start, 1)
		t := Target{Shape: ShapeSeason, From: d, To: d.AddDate(0, 3, 0), Expressed: true}
		if m[2] == "WI" {
			// Winter of y: December of y to February, or the winter that
			// ends in y.
			t.AltFrom, t.AltTo = day(y, 1, 1), day(y, 3, 1)
		}
		return t
	}
	if m := reYear.FindStringSubmatch(v); m != nil {
		d := day(atoi(m[1]), 1, 1)
		return Target{Shape: ShapeYear, From: d, To: d.AddDate(1, 0, 0), Expressed: true}
	}
	if m := reDecade.FindStringSubmatch(v); m != nil {
		d := day(atoi(m[1])*10, 1, 1)
		return Target{Shape: ShapeDecade, From: d, To: d.AddDate(10, 0, 0), Expressed: true}
	}
	if m := reCentury.FindStringSubmatch(v); m != nil {
		d := day(atoi(m[1])*100, 1, 1)
		return Target{Shape: ShapeCentury, From: d, To: d.AddDate(100, 0, 0), Expressed: true}
	}
	switch {
	case reDur.MatchString(v):
		return Target{Shape: ShapeDuration}
	case len(v) >= 4 && v[:4] == "XXXX":
		return Target{Shape: ShapeSet}
	case reVague.MatchString(v):
		return Target{Shape: ShapeVague}
	}
	return Target{Shape: ShapeOther}
}

// Holds reports whether the wall-clock instant t lies in the target.
func (t Target) Holds(at time.Time) bool {
	if !t.Expressed {
		return false
	}
	at = time.Date(at.Year(), at.Month(), at.Day(), at.Hour(), at.Minute(), at.Second(), 0, time.UTC)
	in := func(from, to time.Time) bool { return !from.IsZero() && !at.Before(from) && at.Before(to) }
	return in(t.From, t.To) || in(t.AltFrom, t.AltTo)
}
