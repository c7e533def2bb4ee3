package reports

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/timeline"
	"github.com/factline/factline/timeline/timex"
)

// TimelineFormats are the formats WriteTimeline accepts.
var TimelineFormats = []string{"text", "markdown", "json", "html"}

// WriteTimeline writes tl in format (one of TimelineFormats). The html
// format is the report page without findings; r gives its title and
// articles and may be nil.
func WriteTimeline(w io.Writer, format string, tl *timeline.Timeline, r *Report) error {
	switch format {
	case "text":
		return TimelineText(w, tl)
	case "markdown", "md":
		return TimelineMarkdown(w, tl)
	case "json":
		return TimelineJSON(w, tl)
	case "html":
		page := Report{Timeline: tl}
		if r != nil {
			page.Title, page.Articles = r.Title, r.Articles
		}
		return WriteHTML(w, &page)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(TimelineFormats, ", "))
}

// TimelineJSON writes tl as indented JSON: {"events": [...], "undated":
// [...]}, the stable form documented in the README.
func TimelineJSON(w io.Writer, tl *timeline.Timeline) error {
	return WriteJSON(w, tl)
}

// TimelineText writes tl for a person at a terminal: one block per event,
// its date, what happened, then each source with its own time phrase and
// position, then the disagreements.
func TimelineText(w io.Writer, tl *timeline.Timeline) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "%s\n", countLine(tl))
	for _, e := range tl.Events {
		fmt.Fprintf(b, "\n%s  %s%s\n", When(e.When), e.Summary, modalityNote(e.Modality))
		textSources(b, e)
	}
	if len(tl.Undated) > 0 {
		fmt.Fprintf(b, "\nUndated\n")
		for _, e := range tl.Undated {
			fmt.Fprintf(b, "\n%s%s\n", e.Summary, modalityNote(e.Modality))
			textSources(b, e)
		}
	}
	return b.Flush()
}

func textSources(b *bufio.Writer, e timeline.Event) {
	for _, s := range e.Sources {
		phrase := "(no date given)"
		if s.Phrase != "" {
			phrase = fmt.Sprintf("%q → %s", s.Phrase, s.Value)
		}
		fmt.Fprintf(b, "  - %s: %s  %s:%d:%d\n", s.Article, phrase, s.Path, s.Line, s.Column)
	}
	for _, c := range e.Conflicts {
		fmt.Fprintf(b, "  ! disagreement: %s  %s:%d:%d\n", c.Message, c.Path, c.Line, c.Column)
	}
}

// countLine sums up a timeline in one line.
func countLine(tl *timeline.Timeline) string {
	articles := map[string]bool{}
	conflicts := 0
	for _, list := range [][]timeline.Event{tl.Events, tl.Undated} {
		for _, e := range list {
			conflicts += len(e.Conflicts)
			for _, s := range e.Sources {
				articles[s.Article] = true
			}
		}
	}
	return fmt.Sprintf("Timeline: %s, %s undated, %s from %s",
		plural(len(tl.Events), "dated event"), fmt.Sprint(len(tl.Undated)),
		plural(conflicts, "disagreement"), plural(len(articles), "source"))
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func modalityNote(m claims.Modality) string {
	if m == claims.Happened || m == "" {
		return ""
	}
	return " [" + string(m) + "]"
}

// TimelineMarkdown writes tl as Markdown: a heading per event with its
// date, then the sources as a list quoting each one's sentence.
func TimelineMarkdown(w io.Writer, tl *timeline.Timeline) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# Timeline\n\n%s.\n", countLine(tl)[len("Timeline: "):])
	for _, e := range tl.Events {
		fmt.Fprintf(b, "\n## %s — %s\n\n", mdEscape(When(e.When)), mdEscape(e.Summary))
		mdEvent(b, e)
	}
	if len(tl.Undated) > 0 {
		fmt.Fprintf(b, "\n## Undated\n")
		for _, e := range tl.Undated {
			fmt.Fprintf(b, "\n### %s\n\n", mdEscape(e.Summary))
			mdEvent(b, e)
		}
	}
	return b.Flush()
}

func mdEvent(b *bufio.Writer, e timeline.Event) {
	m := e.Modality
	if m == "" {
		m = claims.Happened
	}
	value := ""
	if e.When != nil {
		value = fmt.Sprintf(" · `%s`", e.When.Value)
	}
	fmt.Fprintf(b, "*%s*%s · %s\n\n", m, value, plural(len(e.Sources), "source"))
	for _, s := range e.Sources {
		phrase := "no date given"
		if s.Phrase != "" {
			phrase = fmt.Sprintf("“%s” → `%s`", mdEscape(s.Phrase), s.Value)
		}
		text := mdEscape(oneLine(s.Text))
		if m := mark(s.Text, s.Phrase); m.Mark != "" {
			text = mdEscape(m.Before) + "**" + mdEscape(m.Mark) + "**" + mdEscape(m.After)
		}
		fmt.Fprintf(b, "- **%s** (%s), `%s:%d:%d`: %s\n", mdEscape(s.Article), phrase, s.Path, s.Line, s.Column, text)
	}
	for _, c := range e.Conflicts {
		fmt.Fprintf(b, "- ⚠ **Disagreement:** %s (`%s:%d:%d`)\n", mdEscape(c.Message), c.Path, c.Line, c.Column)
	}
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "|", `\|`, "#", `\#`)

// mdEscape escapes the characters Markdown would read as markup.
func mdEscape(s string) string { return mdReplacer.Replace(s) }

// oneLine folds white space runs, line breaks included, to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// When describes an event's time for a reader: "Tue 18 Feb 2025", "week 9
// of 2025 (24 Feb – 2 Mar)", "June 2021", with "about" for approximate
// values and "(contested)" when no majority of sources supports it;
// "undated" for nil.
func When(w *timeline.When) string {
	if w == nil {
		return "undated"
	}
	iv := w.Interval()
	s := w.Value
	last := iv.End.Add(-time.Nanosecond)
	switch {
	case iv.Grain == timex.GrainVague:
		s = vagueWords[w.Value]
		if s == "" {
			s = w.Value
		}
		switch w.Value {
		case "FUTURE_REF":
			s += " (from " + iv.Start.Format("2 Jan 2006") + ")"
		case "PAST_REF":
			s += " (before " + iv.End.Format("2 Jan 2006") + ")"
		}
	case strings.HasPrefix(w.Value, "P"):
		// A stretch from an anchor: "within the next two weeks".
		s = fmt.Sprintf("%s – %s", iv.Start.Format("2 Jan"), last.Format("2 Jan 2006"))
	case iv.Grain == timex.GrainMinute || iv.Grain == timex.GrainHour:
		s = iv.Start.Format("Mon 2 Jan 2006, 15:04")
	case iv.Grain == timex.GrainPart:
		s = iv.Start.Format("Mon 2 Jan 2006") + partOfDay(w.Value)
	case iv.Grain == timex.GrainDay:
		s = iv.Start.Format("Mon 2 Jan 2006")
	case iv.Grain == timex.GrainWeekend:
		s = "weekend of " + iv.Start.Format("2 Jan 2006")
	case iv.Grain == timex.GrainWeek:
		_, wk := iv.Start.ISOWeek()
		s = fmt.Sprintf("week %d of %d (%s – %s)", wk, iv.Start.Year(), iv.Start.Format("2 Jan"), last.Format("2 Jan"))
	case iv.Grain == timex.GrainMonth:
		s = iv.Start.Format("January 2006")
	case iv.Grain == timex.GrainYear:
		s = iv.Start.Format("2006")
	case iv.Grain == timex.GrainSeason || iv.Grain == timex.GrainQuarter || iv.Grain == timex.GrainHalf ||
		iv.Grain == timex.GrainDecade || iv.Grain == timex.GrainCentury:
		s = fmt.Sprintf("%s (%s – %s)", w.Value, iv.Start.Format("Jan 2006"), last.Format("Jan 2006"))
	}
	switch w.Mod {
	case "APPROX":
		s = "about " + s
	case "START":
		s = "early " + s
	case "MID":
		s = "mid " + s
	case "END":
		s = "late " + s
	case "BEFORE", "ON_OR_BEFORE":
		s = "by " + s
	case "AFTER", "ON_OR_AFTER":
		s = "after " + s
	}
	if w.Contested {
		s += " (contested)"
	}
	return s
}

var vagueWords = map[string]string{
	"PAST_REF":    "in the past",
	"PRESENT_REF": "now",
	"FUTURE_REF":  "in the future",
}

func partOfDay(value string) string {
	for suffix, words := range map[string]string{"TMO": " morning", "TAF": " afternoon", "TEV": " evening", "TNI": " night"} {
		if strings.HasSuffix(value, suffix) {
			return words
		}
	}
	return ""
}
