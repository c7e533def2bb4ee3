package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Outcome is how one library did on one expected expression.
type Outcome struct {
	Row  Row
	Want Want
	// OK is true when the expression counts as resolved.
	OK bool
	// Dated is true when the expected value is a date or time (not a
	// duration, set or vague reference).
	Dated bool
	// Kind names the failure, e.g. "wrong date: day (7 days off)"; empty
	// when OK.
	Kind string
	// Got describes the library's overlapping matches.
	Got string
}

// FalsePositive is a library match that overlaps no expected expression.
type FalsePositive struct {
	Row   Row
	Match Match
	// OnEmpty is true when the row expects nothing at all ("-").
	OnEmpty bool
}

// Score is one library's result on a set of rows.
type Score struct {
	Outcomes []Outcome
	FPs      []FalsePositive
	// RowsOK counts rows whose expressions all resolved with no false
	// positive.
	RowsOK, Rows int
	// EmptyRows counts "-" rows; EmptyRowsHit those with any match.
	EmptyRows, EmptyRowsHit int
}

// overlaps reports whether the match overlaps the byte span [start, end).
func (m Match) overlaps(start, end int) bool {
	return m.Start >= 0 && m.Start < end && start < m.End
}

// describe is a short account of a match for the report.
func (m Match) describe(exact bool) string {
	if exact {
		return fmt.Sprintf("%q=%s", m.Text, m.Value)
	}
	if m.At.IsZero() {
		return fmt.Sprintf("%q→?", m.Text)
	}
	return fmt.Sprintf("%q→%s", m.Text, m.At.Format("2006-01-02T15:04"))
}

// scoreRow scores one library's matches on one row and adds the result to s.
func (s *Score) scoreRow(r Row, ms []Match, exact bool) {
	s.Rows++
	rowOK := true
	for _, w := range r.Want {
		t := target(w.Value)
		o := Outcome{Row: r, Want: w, Dated: t.Expressed}
		var over []Match
		for _, m := range ms {
			if m.overlaps(w.Start, w.End) {
				over = append(over, m)
			}
		}
		var got []string
		for _, m := range over {
			got = append(got, m.describe(exact))
			if exact && m.Value == w.Value || !exact && t.Holds(m.At) {
				o.OK = true
			}
		}
		o.Got = strings.Join(got, ", ")
		if o.Got == "" {
			o.Got = "nothing"
		}
		if !o.OK {
			rowOK = false
			o.Kind = failureKind(t, over, exact)
		}
		s.Outcomes = append(s.Outcomes, o)
	}
	if len(r.Want) == 0 {
		s.EmptyRows++
		if len(ms) > 0 {
			s.EmptyRowsHit++
		}
	}
	for _, m := range ms {
		hit := false
		for _, w := range r.Want {
			if m.overlaps(w.Start, w.End) {
				hit = true
			}
		}
		if !hit {
			rowOK = false
			s.FPs = append(s.FPs, FalsePositive{Row: r, Match: m, OnEmpty: len(r.Want) == 0})
		}
	}
	if rowOK {
		s.RowsOK++
	}
}

// failureKind names why no overlapping match resolved the target.
func failureKind(t Target, over []Match, exact bool) string {
	switch {
	case len(over) == 0:
		return "missed: " + string(t.Shape)
	case exact:
		return "wrong value: " + string(t.Shape)
	case !t.Expressed:
		return "cannot express: " + string(t.Shape)
	}
	at := over[0].At
	if at.IsZero() {
		return "matched, no date: " + string(t.Shape)
	}
	at = time.Date(at.Year(), at.Month(), at.Day(), at.Hour(), 0, 0, 0, time.UTC)
	d := day(at.Year(), int(at.Month()), at.Day())
	days := int(d.Sub(t.From).Hours() / 24)
	switch {
	case t.Shape == ShapeClock && (d.Equal(day(t.From.Year(), int(t.From.Month()), t.From.Day()))):
		return "wrong hour, right day: " + string(t.Shape)
	case (t.Shape == ShapeDay || t.Shape == ShapePart || t.Shape == ShapeClock) && (days == 7 || days == -7):
		return "wrong date: " + string(t.Shape) + " (7 days off: weekday direction)"
	case at.Year() != t.From.Year() && t.Holds(at.AddDate(t.From.Year()-at.Year(), 0, 0)):
		return "wrong date: " + string(t.Shape) + " (right except the year)"
	}
	return "wrong date: " + string(t.Shape)
}

// resolved counts resolved expressions: all, and the date-and-time subset.
func (s *Score) resolved() (ok, n, dok, dn int) {
	for _, o := range s.Outcomes {
		n++
		if o.OK {
			ok++
		}
		if o.Dated {
			dn++
			if o.OK {
				dok++
			}
		}
	}
	return
}

// fpCounts counts false positives on "-" rows and elsewhere.
func (s *Score) fpCounts() (onEmpty, other int) {
	for _, f := range s.FPs {
		if f.OnEmpty {
			onEmpty++
		} else {
			other++
		}
	}
	return
}

// Kind is one failure kind with its count and a few examples.
type Kind struct {
	Name     string
	Count    int
	Examples []string
}

// kinds groups failures (unresolved expressions and false positives) by
// kind, most common first, ties by name.
func (s *Score) kinds(exact bool) []Kind {
	by := map[string]*Kind{}
	add := func(name, ex string) {
		k := by[name]
		if k == nil {
			k = &Kind{Name: name}
			by[name] = k
		}
		k.Count++
		if len(k.Examples) < 3 {
			k.Examples = append(k.Examples, ex)
		}
	}
	for _, o := range s.Outcomes {
		if !o.OK {
			add(o.Kind, fmt.Sprintf("%s %s: %q want %s, got %s", strings.TrimSuffix(o.Row.Table, ".tsv"), o.Row.ID, o.Want.Text, o.Want.Value, o.Got))
		}
	}
	for _, f := range s.FPs {
		name := "false positive: match overlapping no expected expression"
		if f.OnEmpty {
			name = "false positive: match on a sentence that must yield nothing"
		}
		add(name, fmt.Sprintf("%s %s: %s in %q", strings.TrimSuffix(f.Row.Table, ".tsv"), f.Row.ID, f.Match.describe(exact), f.Row.Sentence))
	}
	out := make([]Kind, 0, len(by))
	for _, k := range by {
		out = append(out, *k)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}
