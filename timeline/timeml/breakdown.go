package timeml

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// ValueClass says why the values of an aligned gold and system expression
// differ. The classes are decided by rules on the two values and the gold
// text alone, so that anyone can recompute them; they describe the
// difference, they do not excuse it.
type ValueClass string

// The classes of value differences, in the order they are tried.
const (
	// Notation: the same time written differently, such as "2000-W7"
	// (gold) for ISO "2000-W07", "1949-XX" or "1994-XX-XX" for the year
	// "1949", "199X" for the decade "199", "19XX" for the century "19".
	Notation ValueClass = "notation"
	// GoldUnderspecified: the gold value leaves out a part the system
	// gives, and agrees on the rest: "1989-WXX" against "1989-W43",
	// "1988-QX" against "1988-Q3".
	GoldUnderspecified ValueClass = "gold underspecified"
	// PartOfDay: the values differ only in a part of the day: "1998-01-09"
	// against "1998-01-09TNI", or TEV against TNI.
	PartOfDay ValueClass = "part of day"
	// GoldContradictsText: the gold value's year, month or weekday is not
	// the one its own text names ("Sept. 27, 1989" as 1989-11-27, "1988"
	// as 1998, "Wednesday" as a Tuesday), and the system's is.
	GoldContradictsText ValueClass = "gold contradicts its text"
	// OtherValue is every other difference: the system's errors and the
	// genuine disagreements on what a phrase means.
	OtherValue ValueClass = "other"
)

// ValueClasses lists the classes in report order.
var ValueClasses = []ValueClass{Notation, GoldUnderspecified, PartOfDay, GoldContradictsText, OtherValue}

// ClassifyValue says why the value of sys differs from the value of gold,
// two aligned expressions; OtherValue when no rule explains it.
func ClassifyValue(gold, sys Timex) ValueClass {
	g, s := gold.Value, sys.Value
	switch {
	case normalNotation(g) == normalNotation(s):
		return Notation
	case knownPartsAgree(g, s):
		return GoldUnderspecified
	case withoutPartOfDay(g) == withoutPartOfDay(s) && g != s:
		return PartOfDay
	case contradictsText(gold.Text, g, s):
		return GoldContradictsText
	}
	return OtherValue
}

// normalNotation rewrites a value in one notation: ISO week numbers with
// two digits, no trailing "-XX" parts, no trailing X of a decade or
// century, and durations of whole decades, centuries or millennia in
// years (P2DE, P20Y).
func normalNotation(v string) string {
	if y, ok := durationYears(v); ok {
		return "P" + strconv.Itoa(y) + "Y"
	}
	if i := strings.Index(v, "-W"); i >= 0 && i+3 <= len(v) && isDigit(v[i+2]) && (i+3 == len(v) || !isDigit(v[i+3])) {
		v = v[:i+2] + "0" + v[i+2:]
	}
	for strings.HasSuffix(v, "-XX") {
		v = strings.TrimSuffix(v, "-XX")
	}
	if len(v) <= 4 {
		v = strings.TrimRight(v, "X")
	}
	return v
}

// durationYears reads a duration of a number of years, decades ("DE"),
// centuries ("CE") or millennia ("L") as years.
func durationYears(v string) (int, bool) {
	rest, ok := strings.CutPrefix(v, "P")
	if !ok {
		return 0, false
	}
	for _, u := range []struct {
		suffix string
		years  int
	}{{"DE", 10}, {"CE", 100}, {"Y", 1}, {"L", 1000}} {
		n, ok := strings.CutSuffix(rest, u.suffix)
		if !ok {
			continue
		}
		k, err := strconv.Atoi(n)
		if err != nil || k < 0 || k > 1e6 {
			return 0, false
		}
		return k * u.years, true
	}
	return 0, false
}

// knownPartsAgree reports whether gold has X placeholders and every other
// character of it equals the system value's at the same place.
func knownPartsAgree(gold, sys string) bool {
	if !strings.Contains(gold, "X") || len(gold) != len(sys) || strings.HasPrefix(gold, "P") {
		return false
	}
	for i := 0; i < len(gold); i++ {
		if gold[i] != 'X' && gold[i] != sys[i] {
			return false
		}
	}
	return true
}

// withoutPartOfDay drops a trailing TMO, TAF, TEV, TNI or TDT.
func withoutPartOfDay(v string) string {
	for _, p := range []string{"TMO", "TAF", "TEV", "TNI", "TDT"} {
		if strings.HasSuffix(v, p) {
			return strings.TrimSuffix(v, p)
		}
	}
	return v
}

// monthNames maps the first three letters of month names to numbers, and
// weekdayNames lower-case weekday names to weekdays, both from package time.
var monthNames, weekdayNames = func() (map[string]int, map[string]time.Weekday) {
	ms, ws := map[string]int{}, map[string]time.Weekday{}
	for m := 1; m <= 12; m++ {
		ms[fullMonth(m)[:3]] = m
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		ws[strings.ToLower(d.String())] = d
	}
	return ms, ws
}()

// contradictsText reports whether text names a year, a month or (alone) a
// weekday that the gold value does not have and the system value does.
func contradictsText(text, gold, sys string) bool {
	gy, gm, gd, gok := dateParts(gold)
	sy, sm, sd, sok := dateParts(sys)
	if !gok || !sok {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if n, err := strconv.Atoi(w); err == nil && len(w) == 4 && n >= 1000 && n <= 2099 {
			if gy != n && sy == n {
				return true
			}
		}
		if len(w) >= 3 && (len(w) == 3 || len(w) >= 5 || w == "sept" || w == "june" || w == "july") {
			if m, ok := monthNames[w[:3]]; ok && strings.HasPrefix(fullMonth(m), w) && gm != 0 && gm != m && sm == m {
				return true
			}
		}
		if wd, ok := weekdayNames[w]; ok && gd != 0 && sd != 0 {
			gw := time.Date(gy, time.Month(gm), gd, 0, 0, 0, 0, time.UTC).Weekday()
			sw := time.Date(sy, time.Month(sm), sd, 0, 0, 0, 0, time.UTC).Weekday()
			if gw != wd && sw == wd {
				return true
			}
		}
	}
	return false
}

// fullMonth is the lower-case name of month m.
func fullMonth(m int) string { return strings.ToLower(time.Month(m).String()) }

// dateParts reads the year, month and day of a calendar value
// ("1998-08-07", "1998-08", "1998", with anything after); zero for parts
// it lacks. ok is false for values without a year.
func dateParts(v string) (y, m, d int, ok bool) {
	if len(v) < 4 {
		return 0, 0, 0, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return 0, 0, 0, false
	}
	if len(v) >= 7 && v[4] == '-' {
		m, _ = strconv.Atoi(v[5:7])
	}
	if len(v) >= 10 && v[7] == '-' {
		d, _ = strconv.Atoi(v[8:10])
	}
	if m < 1 || m > 12 {
		m, d = 0, 0
	}
	if d < 1 || d > 31 {
		d = 0
	}
	return y, m, d, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// ValueBreakdown counts the wrong values of the evaluation by class and
// keeps up to maxExamples examples of each.
func (ev *Evaluation) ValueBreakdown() (counts map[ValueClass]int, examples map[ValueClass][]string) {
	counts, examples = map[ValueClass]int{}, map[ValueClass][]string{}
	for _, d := range ev.Docs {
		for _, df := range d.Diffs {
			if df.Kind != WrongValue {
				continue
			}
			c := ClassifyValue(*df.Gold, *df.System)
			counts[c]++
			if len(examples[c]) < maxExamples {
				examples[c] = append(examples[c], fmt.Sprintf("%q gold %s, factline %s", df.Gold.Text, df.Gold.Value, df.System.Value))
			}
		}
	}
	return counts, examples
}

// maxExamples is how many examples of each class ValueBreakdown keeps.
const maxExamples = 3

// WriteValueBreakdown writes the wrong values by class, with examples, and
// the value F1 that counting the first four classes as right would give:
// a diagnostic beside the official score, never instead of it.
func (ev *Evaluation) WriteValueBreakdown(w io.Writer) error {
	counts, examples := ev.ValueBreakdown()
	total, _ := ev.Total("")
	var b strings.Builder
	wrong := 0
	for _, c := range ValueClasses {
		wrong += counts[c]
	}
	fmt.Fprintf(&b, "\nwrong values by class (%d; rules in timeline/timeml/breakdown.go)\n", wrong)
	explained := 0
	for _, c := range ValueClasses {
		fmt.Fprintf(&b, "  %-26s %4d", c, counts[c])
		if len(examples[c]) > 0 {
			fmt.Fprintf(&b, "   e.g. %s", strings.Join(examples[c], "; "))
		}
		b.WriteByte('\n')
		if c != OtherValue {
			explained += counts[c]
		}
	}
	adj := total
	adj.Value += explained
	fmt.Fprintf(&b, "value F1 with the first four classes counted right (diagnostic, not the TempEval-3 score): %.4f\n", adj.Scores().Value.F1)
	_, err := io.WriteString(w, b.String())
	return err
}
