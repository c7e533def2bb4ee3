package reports

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/rules"
	"github.com/factline/factline/timeline"
	"github.com/factline/factline/timeline/timex"
)

// Report is what the HTML page shows: the timeline of a run of articles
// and, when check ran, its findings.
type Report struct {
	// Title heads the page ("summit-2025"); "factline report" when empty.
	Title    string
	Articles []*article.Article
	Timeline *timeline.Timeline
	// Findings are the findings of check; nil when check did not run (the
	// page then has no findings section).
	Findings []rules.Finding
	// Diagnostics are problems met while reading the inputs.
	Diagnostics []article.Diagnostic
}

//go:embed report.html.tmpl
var reportTemplate string

var pageTemplate = template.Must(template.New("report").Parse(reportTemplate))

// WriteHTML writes r as one self-contained HTML page: inline CSS, a little
// inline JavaScript, an inline SVG overview, no network access. The same
// report gives the same bytes.
func WriteHTML(w io.Writer, r *Report) error {
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, newPage(r)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// page is the view of a Report that the template renders.
type page struct {
	Title       string
	Articles    []pageArticle
	Events      []pageEvent
	Undated     []pageEvent
	Overview    overview
	Disputes    []dispute
	Findings    []pageFinding
	HasFindings bool
	Diagnostics []string
	Stats       []stat
}

type stat struct {
	N    int
	What string
}

type pageArticle struct {
	ID, Title, Outlet, URL, Path, Published string
}

type pageEvent struct {
	ID, When, Value, Grain, Summary, Modality string
	// Year and Short label the event's dot in the overview.
	Year, Short string
	Future      bool // expected, planned, possible
	// Shown are the sources shown at once, Hidden the rest (behind "more
	// sources", so that a long entry stays short on a phone).
	Shown, Hidden []pageSource
	Conflicts     []pageConflict
}

type pageSource struct {
	Anchor, Article, Title, Phrase, Value, Where string
	Sentence                                     marked
	Conflict                                     bool
}

// marked is a sentence with one phrase to highlight.
type marked struct{ Before, Mark, After string }

type pageConflict struct {
	Message, Phrase, Value, Against, Article, Target string
}

// dispute is one entry of the list of contradictions at the top of the
// page: a timeline conflict or a finding, linked to its evidence.
type dispute struct {
	Kind, Severity, Target, Where string
	Message                       template.HTML
}

type pageFinding struct {
	ID, Rule, Severity, Kind string
	Message                  template.HTML
	Claims                   []pageClaim
}

type pageClaim struct {
	Anchor, Article, Where, Value string
	Sentence                      marked
}

func newPage(r *Report) *page {
	p := &page{Title: r.Title, HasFindings: r.Findings != nil}
	if p.Title == "" {
		p.Title = "factline report"
	}
	titles := map[string]string{}
	for _, a := range r.Articles {
		pa := pageArticle{ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Path: a.Path}
		if !a.Published.IsZero() {
			pa.Published = a.Published.Format("2 Jan 2006")
			if a.PublishedSource != "" && a.PublishedSource != "front matter" {
				pa.Published += " (" + a.PublishedSource + ")"
			}
		}
		p.Articles = append(p.Articles, pa)
		titles[a.ID] = a.Title
	}
	tl := r.Timeline
	if tl == nil {
		tl = &timeline.Timeline{}
	}
	// A date disagreement that a dates-agree finding already reports is
	// listed once at the top, as the finding (check and the timeline group
	// events alike, see timeline.Group): the same sentence of the same
	// article in both.
	reported := map[[2]string]bool{}
	for _, f := range r.Findings {
		if f.Kind != "dates-agree" {
			continue
		}
		for _, c := range f.Claims {
			reported[[2]string{c.Evidence.Article, c.Evidence.Sentence}] = true
		}
	}
	conflicts := 0
	for _, e := range tl.Events {
		pe := newPageEvent(e, titles)
		p.Events = append(p.Events, pe)
		for i, c := range pe.Conflicts {
			conflicts++
			if reported[[2]string{e.Conflicts[i].Article, e.Conflicts[i].Text}] {
				continue
			}
			p.Disputes = append(p.Disputes, dispute{Kind: "date", Severity: "warning",
				Message: markDiff(pe.Summary + ": " + c.Message), Target: c.Target, Where: c.Article})
		}
	}
	for _, e := range tl.Undated {
		p.Undated = append(p.Undated, newPageEvent(e, titles))
	}
	p.Overview = newOverview(p.Events)
	for i, f := range r.Findings {
		pf := pageFinding{ID: fmt.Sprintf("f%d", i+1), Rule: f.Rule, Severity: string(f.Severity), Kind: f.Kind, Message: markDiff(f.Message)}
		for j, c := range f.Claims {
			ev := c.Evidence
			pf.Claims = append(pf.Claims, pageClaim{
				Anchor:   fmt.Sprintf("%s-c%d", pf.ID, j+1),
				Article:  ev.Article,
				Where:    fmt.Sprintf("%s:%d:%d", ev.Path, ev.Line, ev.Column),
				Value:    shortValue(c.Value),
				Sentence: mark(ev.Sentence, ev.Text),
			})
		}
		p.Findings = append(p.Findings, pf)
		d := dispute{Kind: f.Rule, Severity: string(f.Severity), Message: pf.Message, Target: pf.ID}
		if len(pf.Claims) > 0 {
			d.Target, d.Where = pf.Claims[0].Anchor, pf.Claims[0].Article
		}
		p.Disputes = append(p.Disputes, d)
	}
	// Errors first, then warnings (date disagreements among them), then
	// notes; each kind in its own order.
	rank := map[string]int{string(rules.Error): 0, string(rules.Warning): 1, string(rules.Info): 2}
	slices.SortStableFunc(p.Disputes, func(a, b dispute) int { return rank[a.Severity] - rank[b.Severity] })
	for _, d := range r.Diagnostics {
		p.Diagnostics = append(p.Diagnostics, d.Error())
	}
	p.Stats = []stat{{len(r.Articles), "source"}, {len(tl.Events), "dated event"}, {len(tl.Undated), "undated event"}, {conflicts, "date disagreement"}}
	if p.HasFindings {
		p.Stats = append(p.Stats, stat{len(r.Findings), "finding"})
	}
	return p
}

// maxShown is how many sources an entry shows before "more sources".
const maxShown = 3

func newPageEvent(e timeline.Event, titles map[string]string) pageEvent {
	pe := pageEvent{ID: e.ID, When: When(e.When), Summary: e.Summary, Modality: string(e.Modality)}
	if pe.Modality == "" {
		pe.Modality = string(claims.Happened)
	}
	switch e.Modality {
	case claims.Expected, claims.Planned, claims.Possible:
		pe.Future = true
	}
	if e.When != nil {
		pe.Value, pe.Grain = e.When.Value, string(e.When.Grain)
		pe.Year, pe.Short = overviewLabels(e.When)
	}
	anchors := map[string]string{}
	disputed := map[string]bool{}
	for _, c := range e.Conflicts {
		disputed[c.Article] = true
	}
	for i, s := range e.Sources {
		ps := pageSource{
			Anchor:   fmt.Sprintf("%s-s%d", e.ID, i+1),
			Article:  s.Article,
			Title:    titles[s.Article],
			Phrase:   s.Phrase,
			Value:    s.Value,
			Where:    fmt.Sprintf("%s:%d:%d", s.Path, s.Line, s.Column),
			Conflict: disputed[s.Article],
		}
		hl := s.Phrase
		if hl == "" {
			hl = s.Trigger
		}
		ps.Sentence = mark(s.Text, hl)
		anchors[s.Article] = ps.Anchor
		pe.Shown = append(pe.Shown, ps)
	}
	if len(pe.Shown) > maxShown+1 {
		// The sources that disagree are always shown.
		all, room := pe.Shown, maxShown-len(disputed)
		pe.Shown = nil
		for _, ps := range all {
			if ps.Conflict || room > 0 {
				if !ps.Conflict {
					room--
				}
				pe.Shown = append(pe.Shown, ps)
			} else {
				pe.Hidden = append(pe.Hidden, ps)
			}
		}
	}
	for _, c := range e.Conflicts {
		pe.Conflicts = append(pe.Conflicts, pageConflict{Message: c.Message, Phrase: c.Phrase, Value: c.Value,
			Against: c.Against, Article: c.Article, Target: anchors[c.Article]})
	}
	return pe
}

// shortValue is a claim's normalized value for a citation, or "" when it
// is long (a whole quote, already shown in the sentence above it).
func shortValue(v string) string {
	if utf8.RuneCountInString(v) > 60 {
		return ""
	}
	return v
}

// mark splits sentence around the first occurrence of phrase.
func mark(sentence, phrase string) marked {
	sentence = oneLine(sentence)
	if phrase == "" {
		return marked{Before: sentence}
	}
	i := strings.Index(sentence, phrase)
	if lower := strings.ToLower(sentence); i < 0 && len(lower) == len(sentence) {
		// Case folding that keeps byte lengths keeps offsets too.
		i = strings.Index(lower, strings.ToLower(phrase))
	}
	if i < 0 || i+len(phrase) > len(sentence) {
		return marked{Before: sentence}
	}
	return marked{Before: sentence[:i], Mark: sentence[i : i+len(phrase)], After: sentence[i+len(phrase):]}
}

// overview is the SVG strip at the top of the page: one dot per dated
// event, evenly spaced in timeline order (positions in percent of the
// strip, which fills the page width), with a tick where the year changes,
// so that events years apart do not crush the recent ones.
type overview struct {
	// MinWidth keeps dots apart on a narrow screen (the strip scrolls).
	MinWidth, Height int
	Dots             []dot
	Years            []yearTick
}

type dot struct {
	X                          string // percent of the strip's width
	ID, Label, Short, Modality string
	Conflict, Future           bool
}

type yearTick struct {
	X    string
	Year string
}

// overviewStep is the least distance between two dots, in pixels.
const overviewStep = 64

func newOverview(events []pageEvent) overview {
	ov := overview{Height: 76, MinWidth: overviewStep * (len(events) + 1)}
	year := ""
	for i, e := range events {
		pos := 50.0
		if n := len(events); n > 1 {
			pos = 6 + 88*float64(i)/float64(n-1)
		}
		x := fmt.Sprintf("%.2f%%", pos)
		ov.Dots = append(ov.Dots, dot{X: x, ID: e.ID, Label: e.When + " · " + e.Summary, Short: e.Short,
			Modality: e.Modality, Conflict: len(e.Conflicts) > 0, Future: e.Future})
		if y := e.Year; y != "" && y != year {
			year = y
			ov.Years = append(ov.Years, yearTick{X: x, Year: y})
		}
	}
	return ov
}

// overviewLabels give the year of a time and its short label in the
// overview: "18 Feb", "W09", "Jun", "22 Feb→" for a stretch, "past" or
// "future" for a vague time.
func overviewLabels(w *timeline.When) (year, short string) {
	iv := w.Interval()
	at := iv.Start
	if at.Year() <= 1 {
		at = iv.End
	}
	year = at.Format("2006")
	switch {
	case iv.Grain == timex.GrainVague:
		short = map[string]string{"PAST_REF": "past", "PRESENT_REF": "now", "FUTURE_REF": "future"}[w.Value]
	case strings.HasPrefix(w.Value, "P"):
		short = iv.Start.Format("2 Jan") + "→"
	case iv.Grain == timex.GrainWeek || iv.Grain == timex.GrainWeekend:
		_, wk := iv.Start.ISOWeek()
		short = fmt.Sprintf("W%02d", wk)
	case iv.Grain == timex.GrainMonth:
		short = iv.Start.Format("Jan")
	case iv.Grain == timex.GrainYear || iv.Grain == timex.GrainDecade || iv.Grain == timex.GrainCentury:
		short = ""
	case iv.Grain == timex.GrainSeason || iv.Grain == timex.GrainQuarter || iv.Grain == timex.GrainHalf:
		short = strings.TrimPrefix(w.Value, year+"-")
	default:
		short = iv.Start.Format("2 Jan")
	}
	return year, short
}

// diffMarks matches the marks of changed words in finding messages:
// [-removed-] and {+added+}.
var diffMarks = regexp.MustCompile(`\[-(.*?)-\]|\{\+(.*?)\+\}`)

// markDiff escapes a finding message for HTML and shows its [-removed-]
// and {+added+} words as deletions and insertions.
func markDiff(msg string) template.HTML {
	esc := template.HTMLEscapeString(msg)
	return template.HTML(diffMarks.ReplaceAllStringFunc(esc, func(m string) string {
		if strings.HasPrefix(m, "[-") {
			return "<del>" + m[2:len(m)-2] + "</del>"
		}
		return "<ins>" + m[2:len(m)-2] + "</ins>"
	}))
}
