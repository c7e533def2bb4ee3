package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/timeline/timex"
)

// ordinals are the ordinal words of anniversaries.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
	"twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"hundredth": 100, "centenary": 100, "centennial": 100,
}

// anniversaryYears reads the number of years of "the third anniversary",
// "the 10th anniversary"; 0 when text is not one.
func anniversaryYears(text string) int {
	words := strings.Fields(strings.ToLower(text))
	for i, w := range words {
		if !strings.HasPrefix(w, "anniversar") && w != "centenary" && w != "centennial" {
			continue
		}
		if w == "centenary" || w == "centennial" {
			return 100
		}
		if i == 0 {
			return 0
		}
		prev := words[i-1]
		if n, ok := ordinals[prev]; ok {
			return n
		}
		if n, err := strconv.Atoi(strings.TrimRightFunc(prev, unicode.IsLetter)); err == nil && n > 0 && n < 1000 {
			return n
		}
	}
	return 0
}

// resolveAnniversaries dates the mentions that have no precise time but
// share their sentence with an unresolved "Nth anniversary of <event>",
// when the timeline dates that event to one day from another source. It
// reports whether it dated any.
func resolveAnniversaries(set *claims.Set, mentions []*mention, clusters []*cluster) bool {
	anchors := dayAnchors(clusters)
	if len(anchors) == 0 {
		return false
	}
	changed := false
	for _, m := range mentions {
		if m.art == nil || m.interval != nil && m.interval.Grain != timex.GrainVague {
			continue
		}
		si := m.art.SentenceAt(m.claim.Evidence.BodyStart)
		if si < 0 {
			continue
		}
		sent := m.art.Sentences[si]
		for _, x := range set.Timexes[m.art.ID] {
			// The event the anniversary is of comes after it; only an
			// event told before it happens on the anniversary.
			if x.Value != "" || x.Start < sent.Start || x.End > sent.End || x.End < x.Start || m.claim.Evidence.BodyStart >= x.Start {
				continue
			}
			n := anniversaryYears(x.Text)
			if n == 0 {
				continue
			}
			iv, what, ok := anchorAfter(m.art.Body[x.End:sent.End], anchors)
			if !ok {
				continue
			}
			t := x
			start := iv.Start.AddDate(n, 0, 0)
			t.Value = start.Format("2006-01-02")
			t.Interval = &timex.Interval{Start: start, End: start.AddDate(0, 0, 1), Grain: timex.GrainDay}
			t.Explain = fmt.Sprintf("%s of the %s (%s, dated by other sources) → %s", x.Text, what, iv.Start.Format("2006-01-02"), t.Value)
			ev := *m.event
			ev.Time = &t
			m.event, m.interval = &ev, t.Interval
			changed = true
			break
		}
	}
	return changed
}

// dayAnchors maps the trigger words and classes of events that happened,
// dated to one day by all their precise sources, to that day.
func dayAnchors(clusters []*cluster) map[string]timex.Interval {
	anchors := map[string]timex.Interval{}
	ambiguous := map[string]bool{}
	for _, cl := range clusters {
		if cl.members[0].modality != claims.Happened {
			continue
		}
		var day *timex.Interval
		for _, m := range cl.members {
			if m.interval != nil && m.interval.Grain == timex.GrainDay {
				if day != nil && !day.Start.Equal(m.interval.Start) {
					day = nil
					break
				}
				day = m.interval
			}
		}
		if day == nil {
			continue
		}
		for _, m := range cl.members {
			for _, w := range []string{strings.ToLower(m.event.Trigger), m.event.Class} {
				if a, ok := anchors[w]; ok && !a.Start.Equal(day.Start) {
					ambiguous[w] = true
				}
				anchors[w] = *day
			}
		}
	}
	for w := range ambiguous {
		delete(anchors, w)
	}
	return anchors
}

// anchorAfter finds the event an anniversary is of: "of" and then, within
// a few words, a word that names a dated event.
func anchorAfter(rest string, anchors map[string]timex.Interval) (timex.Interval, string, bool) {
	words := strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	if len(words) == 0 || words[0] != "of" {
		return timex.Interval{}, "", false
	}
	for _, w := range words[1:min(len(words), 8)] {
		if iv, ok := anchors[w]; ok {
			return iv, w, true
		}
	}
	return timex.Interval{}, "", false
}
