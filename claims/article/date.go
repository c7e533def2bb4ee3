package article

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/araddon/dateparse"
)

// ParseDate reads a publication timestamp in any common form (RFC 3339,
// "2025-02-22", "Sat, 22 Feb 2025 14:03:00 GMT", "February 22, 2025",
// "Feb. 22, 2025"). A timestamp without a zone is taken in loc, or in UTC
// when loc is nil. The result is expressed in loc; with a nil loc, a
// timestamp keeps its own offset ("2025-02-23T08:15:00+02:00" stays on
// February 23 local time), since relative dates in the text are local.
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	key := dateKey{s, loc}
	dates.Lock()
	t, ok := dates.m[key]
	dates.Unlock()
	if ok {
		return t, nil
	}
	t, err := parseDate(s, loc)
	if err == nil {
		dates.Lock()
		if dates.m == nil {
			dates.m = map[dateKey]time.Time{}
		}
		if len(dates.m) < maxDates {
			dates.m[key] = t
		}
		dates.Unlock()
	}
	return t, err
}

// dateKey is what ParseDate's result depends on.
type dateKey struct {
	s   string
	loc *time.Location
}

// dates caches ParseDate's successful results: the articles of a run
// often share their dates, and parsing one costs more than reading a
// short article. It keeps at most maxDates.
var dates struct {
	sync.Mutex
	m map[dateKey]time.Time
}

const maxDates = 4096

// parseDate is ParseDate without the cache.
func parseDate(s string, loc *time.Location) (time.Time, error) {
	in := loc
	if in == nil {
		in = time.UTC
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	norm := monthDot.ReplaceAllString(s, "$1")
	t, err := dateparse.ParseIn(norm, in)
	if err != nil {
		return time.Time{}, fmt.Errorf("cannot read date %q: use a form like 2025-02-22, 2025-02-22T14:03:00Z or \"February 22, 2025\"", s)
	}
	if t.Year() < 1800 || t.Year() > 2200 {
		return time.Time{}, fmt.Errorf("date %q is out of range", s)
	}
	if loc != nil {
		t = t.In(loc)
	}
	return t, nil
}

// monthDot matches a month abbreviation with its period ("Feb."), which
// dateparse does not accept.
var monthDot = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.`)

// months is the month alternation of the date patterns below.
const months = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

// fullDate finds a date with day, month and year in running text.
var fullDate = regexp.MustCompile(`\b(?:` + months + `\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+` + months + `,?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\b`)

// publishedLabel starts a line stating when the page was published.
var publishedLabel = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|first published|date)\b`)

// publishedLabelFirst holds the ASCII bytes a publishedLabel line can
// start with: the first letters of publishedLabels, in either case.
var publishedLabelFirst = func() (t [utf8.RuneSelf]bool) {
	for _, l := range publishedLabels {
		t[l[0]] = true
		t[l[0]-'a'+'A'] = true
	}
	return t
}()

// isPublishedLabel is publishedLabel.MatchString without running the
// expression on lines whose first byte rules it out, nor on lines whose
// start is ASCII: those are compared with the labels directly. (A
// non-ASCII byte may fold to a letter, "ſ" to "s": such lines ask the
// expression.)
func isPublishedLabel(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf && !publishedLabelFirst[s[0]] {
		return false
	}
	head := s[:min(len(s), maxPublishedLabel+1)]
	for i := 0; i < len(head); i++ {
		if head[i] >= utf8.RuneSelf {
			return publishedLabel.MatchString(s)
		}
	}
	for _, l := range publishedLabels {
		// \b after the label: the end, or a byte that is not an ASCII
		// letter, digit or underscore.
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) && (len(s) == len(l) || !isRegexpWordByte(s[len(l)])) {
			return true
		}
	}
	return false
}

// publishedLabels are publishedLabel's words; maxPublishedLabel is the
// length of the longest.
var publishedLabels = [...]string{"published", "updated", "posted", "last updated", "first published", "date"}

const maxPublishedLabel = len("first published")

// isRegexpWordByte reports whether c is a word byte of the regexp
// package's \b: an ASCII letter, digit or underscore.
func isRegexpWordByte(c byte) bool {
	return isASCIIAlnum(c) || c == '_'
}

// inference is a publication date found in the text.
type inference struct {
	t         time.Time
	evidence  string
	line, col int
}

// inferPublished looks for the publication date in the first blocks of an
// article (before junk removal, since bylines and date stamps are junk):
// a "Published …" line with a date (or followed by a line that is only a
// date), a line that is only a date, or a dateline ("KYIV, Ukraine, Feb.
// 22, 2025 —"). Dates in the body ("the invasion began on February 24,
// 2022") are never used.
func inferPublished(blocks []block, loc *time.Location) (inference, bool) {
	const lookAhead = 12
	for i := 0; i < len(blocks) && i < lookAhead; i++ {
		b := blocks[i]
		text := b.text
		switch {
		case isPublishedLabel(text) && len(text) < 120:
			if inf, ok := dateIn(text, text, b, loc); ok {
				return inf, true
			}
			if i+1 < len(blocks) && isDateOnly(blocks[i+1].text) {
				return dateIn(blocks[i+1].text, text+" "+blocks[i+1].text, b, loc)
			}
		case isDateOnly(text):
			return dateIn(text, text, b, loc)
		default:
			if head, ok := datelineHead(text); ok {
				if inf, ok := dateIn(head, head, b, loc); ok {
					return inf, true
				}
			}
		}
	}
	return inference{}, false
}

// dateIn parses the first full date in s; evidence is the text quoted in
// the warning.
func dateIn(s, evidence string, b block, loc *time.Location) (inference, bool) {
	m := fullDate.FindString(s)
	if m == "" {
		return inference{}, false
	}
	t, err := ParseDate(m, loc)
	if err != nil {
		return inference{}, false
	}
	return inference{t: t, evidence: evidence, line: b.line, col: b.col}, true
}

// isDateOnly reports whether s is just a date (maybe with a time and a
// weekday), as date stamps under headlines are. It is isDateOnlyFull
// after a cheap pre-test: every date stamp is at most 60 bytes long and
// has four digits in a row (hasYearDigits), which rules out most lines
// before the expression runs.
func isDateOnly(s string) bool {
	return len(s) <= 60 && hasYearDigits(s) && isDateOnlyFull(s)
}

// isDateOnlyFull is isDateOnly without the pre-test.
func isDateOnlyFull(s string) bool {
	if len(s) > 60 || countDigits(s) < 5 { // a day and a year at least
		return false
	}
	loc := fullDate.FindStringIndex(s)
	if loc == nil {
		return false
	}
	rest := s[:loc[0]] + s[loc[1]:]
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '\t' }) {
		lw := strings.ToLower(strings.Trim(w, "."))
		if !dateStampWords[lw] && !isClock(lw) {
			return false
		}
	}
	return true
}

// hasYearDigits reports whether s has four ASCII digits in a row, as
// every form fullDate matches has (its \d is ASCII).
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// countDigits counts the ASCII digits of s.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// dateStampWords may stand beside a date in a date stamp.
var dateStampWords = map[string]bool{
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"at": true, "am": true, "pm": true, "a.m": true, "p.m": true, "utc": true, "gmt": true, "est": true, "edt": true, "et": true, "pt": true, "cet": true, "on": true,
}

// isClock reports whether s looks like a time of day ("14:03", "2:03pm").
func isClock(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	return strings.ContainsRune(s, ':')
}

// datelineHead returns the part of a paragraph before a dateline dash
// ("WASHINGTON, Feb. 22, 2025 (AP) —"), if the paragraph opens with an
// upper-case place name.
func datelineHead(s string) (string, bool) {
	if len(s) == 0 || s[0] < 'A' || s[0] > 'Z' {
		return "", false
	}
	end := -1
	for _, dash := range []string{" — ", " – ", " -- ", " - "} {
		if i := strings.Index(s, dash); i > 0 && i < 100 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return "", false
	}
	head := s[:end]
	// The place is in capitals: "WASHINGTON", "KYIV, Ukraine".
	first := strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' })[0]
	if len(first) < 2 || strings.ToUpper(first) != first {
		return "", false
	}
	return head, true
}
