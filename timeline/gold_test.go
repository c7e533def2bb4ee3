package timeline

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/goccy/go-yaml"
)

// goldFile is a hand-made timeline of one story in testdata/gold.
type goldFile struct {
	// Story is the story folder, relative to the repository root.
	Story string `yaml:"story"`
	// Published is given to articles without a publication date.
	Published string      `yaml:"published"`
	Events    []goldEvent `yaml:"events"`
}

// goldEvent is one event of a gold timeline.
type goldEvent struct {
	What string `yaml:"what"`
	// Date is the TIMEX3 value; Alt lists other values as right; Start and
	// End, when given, match a timeline interval exactly.
	Date  string   `yaml:"date"`
	Alt   []string `yaml:"alt"`
	Start string   `yaml:"start"`
	End   string   `yaml:"end"`
	// Modality lists the acceptable modalities; happened when empty.
	Modality []string `yaml:"modality"`
	// Words tell the event apart from others of the same day: one must
	// appear in the entry's class, triggers or summary.
	Words   []string `yaml:"words"`
	Sources []string `yaml:"sources"`
	// Conflicts are the articles whose time for the event disagrees with
	// the others (a planted disagreement).
	Conflicts []string `yaml:"conflicts"`
	// Optional events count when found and are not missed when absent.
	Optional bool `yaml:"optional"`
}

// goldScore is the evaluation of a timeline against its gold.
type goldScore struct {
	TP, FP, FN int
	// Jaccard sums, over matched gold events, the overlap of the
	// timeline's sources with the gold sources; Exact counts the matched
	// events whose sources are exactly the gold's; Modal counts those whose
	// modality is acceptable.
	Jaccard      float64
	Exact, Modal int
	// CTP, CFP and CFN count the disagreements shown on matched entries
	// against the gold's, by article.
	CTP, CFP, CFN int
	// Lines describe each gold event's outcome.
	Lines []string
}

func (s goldScore) precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s goldScore) recall() float64    { return ratio(s.TP, s.TP+s.FN) }
func (s goldScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// attribution is the mean source overlap over all gold events, a missed
// event counting 0.
func (s goldScore) attribution() float64 {
	if s.TP+s.FN == 0 {
		return 0
	}
	return s.Jaccard / float64(s.TP+s.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// dateMatches reports whether a timeline time matches a gold date: the same
// value (or an alternative), a finer time on the gold day, or the same
// interval.
func (g goldEvent) dateMatches(w *When) bool {
	if w == nil {
		return false
	}
	for _, v := range append([]string{g.Date}, g.Alt...) {
		if w.Value == v || strings.HasPrefix(w.Value, v+"T") {
			return true
		}
	}
	return g.Start != "" && w.Start == g.Start && w.End == g.End
}

func (g goldEvent) wordsMatch(e Event) bool {
	if len(g.Words) == 0 {
		return true
	}
	text := strings.ToLower(e.Class + " " + strings.Join(e.Triggers, " ") + " " + e.Summary)
	for _, w := range g.Words {
		if slices.Contains(strings.FieldsFunc(text, func(r rune) bool {
			return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
		}), strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func (g goldEvent) modalityOK(m claims.Modality) bool {
	if len(g.Modality) == 0 {
		return m == claims.Happened
	}
	return slices.Contains(g.Modality, string(m))
}

func eventSources(e Event) []string {
	var ids []string
	for _, s := range e.Sources {
		ids = append(ids, s.Article)
	}
	return ids
}

func jaccard(a, b []string) float64 {
	inter, union := 0, map[string]bool{}
	for _, x := range a {
		union[x] = true
		if slices.Contains(b, x) {
			inter++
		}
	}
	for _, x := range b {
		union[x] = true
	}
	return ratio(inter, len(union))
}

// scoreGold matches timeline events to gold events one to one, best pairs
// first (acceptable modality, then source overlap), among the pairs whose
// dates match and, when strict, whose words match too. Date F1 is the
// score without words (a timeline date counts when it matches a gold
// date); event F1 and attribution use strict matching, so that a source
// is credited for the right event of the day.
func scoreGold(tl *Timeline, gold []goldEvent, strict bool) goldScore {
	type pair struct {
		t, g  int
		modal bool
		jac   float64
	}
	var pairs []pair
	for ti, e := range tl.Events {
		for gi, g := range gold {
			if g.dateMatches(e.When) && (!strict || g.wordsMatch(e)) {
				pairs = append(pairs, pair{ti, gi, g.modalityOK(e.Modality), jaccard(eventSources(e), g.Sources)})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		if a.modal != b.modal {
			if a.modal {
				return -1
			}
			return 1
		}
		switch {
		case a.jac > b.jac:
			return -1
		case a.jac < b.jac:
			return 1
		}
		return 0
	})
	tUsed, gUsed := map[int]bool{}, map[int]pair{}
	for _, p := range pairs {
		if _, ok := gUsed[p.g]; ok || tUsed[p.t] {
			continue
		}
		tUsed[p.t], gUsed[p.g] = true, p
	}
	var s goldScore
	for gi, g := range gold {
		p, ok := gUsed[gi]
		switch {
		case ok && g.Optional:
			s.Lines = append(s.Lines, fmt.Sprintf("  optional found  %-10s %s", g.Date, g.What))
		case ok:
			s.TP++
			s.Jaccard += p.jac
			if p.jac == 1 {
				s.Exact++
			}
			if p.modal {
				s.Modal++
			}
			e := tl.Events[p.t]
			var shown []string
			for _, c := range e.Conflicts {
				shown = append(shown, c.Article)
				if slices.Contains(g.Conflicts, c.Article) {
					s.CTP++
				} else {
					s.CFP++
				}
			}
			for _, a := range g.Conflicts {
				if !slices.Contains(shown, a) {
					s.CFN++
				}
			}
			s.Lines = append(s.Lines, fmt.Sprintf("  found   %-10s %s: sources %.2f %v, modality %s", g.Date, g.What, p.jac, eventSources(e), e.Modality))
		case g.Optional:
			s.Lines = append(s.Lines, fmt.Sprintf("  optional absent %-10s %s", g.Date, g.What))
		default:
			s.FN++
			s.CFN += len(g.Conflicts)
			s.Lines = append(s.Lines, fmt.Sprintf("  MISSED  %-10s %s", g.Date, g.What))
		}
	}
	for ti, e := range tl.Events {
		if !tUsed[ti] {
			s.FP++
			s.Lines = append(s.Lines, fmt.Sprintf("  EXTRA   %-10s %s %v %s", e.When.Value, e.Summary, eventSources(e), e.Modality))
		}
	}
	return s
}

// goldFloors are the least scores each story must keep, set from the
// measurement (see the timeline readme notes): date F1, event F1 and
// source attribution.
var goldFloors = map[string][3]float64{
	"summit-2025":    {0.90, 0.90, 0.85},
	"timeline-ferry": {0.90, 0.60, 0.65},
	"timeline-plant": {0.70, 0.70, 0.50},
	"timeline-rates": {0.85, 0.85, 0.75},
}

// TestGold builds the timeline of each gold story and scores it: date F1
// (a timeline date counts when it matches a gold date) and source
// attribution (the mean overlap of each gold event's sources with the
// matched entry's). Run with -v to see the scores.
func TestGold(t *testing.T) {
	files, err := filepath.Glob("testdata/gold/*.yaml")
	if err != nil || len(files) < 4 {
		t.Fatalf("gold files: %v, %v; want at least 4", files, err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			tl, gold := buildGold(t, path)
			d := scoreGold(tl, gold.Events, false)
			s := scoreGold(tl, gold.Events, true)
			t.Logf("%s: date P %.2f R %.2f F1 %.2f; event P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d); source attribution %.2f, exact %d/%d; modality %d/%d; disagreements found %d, wrong %d, missed %d; undated %d",
				name, d.precision(), d.recall(), d.f1(), s.precision(), s.recall(), s.f1(), s.TP, s.FP, s.FN,
				s.attribution(), s.Exact, s.TP, s.Modal, s.TP, s.CTP, s.CFP, s.CFN, len(tl.Undated))
			for _, l := range s.Lines {
				t.Log(l)
			}
			floor, ok := goldFloors[name]
			if !ok {
				t.Fatalf("no floor for %s in goldFloors", name)
			}
			if s.CFP > 0 {
				t.Errorf("%s: %d disagreements shown that the gold does not have", name, s.CFP)
			}
			if d.f1() < floor[0] || s.f1() < floor[1] || s.attribution() < floor[2] {
				t.Errorf("%s: date F1 %.2f, event F1 %.2f, attribution %.2f; floors %.2f, %.2f, %.2f",
					name, d.f1(), s.f1(), s.attribution(), floor[0], floor[1], floor[2])
			}
		})
	}
}

// buildGold reads a gold file and builds the timeline of its story.
func buildGold(t *testing.T, path string) (*Timeline, *goldFile) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var gold goldFile
	if err := yaml.UnmarshalWithOptions(data, &gold, yaml.Strict()); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	opts := article.LoadOptions{}
	if gold.Published != "" {
		if opts.Published, err = time.Parse(time.DateOnly, gold.Published); err != nil {
			t.Fatalf("%s: published: %v", path, err)
		}
	}
	arts, diags := article.Load([]string{filepath.Join("..", gold.Story)}, opts)
	for _, d := range diags {
		if d.Severity == article.SeverityError {
			t.Errorf("%s", d.Error())
		}
	}
	if len(arts) < 3 {
		t.Fatalf("%s: %d articles loaded, want at least 3", gold.Story, len(arts))
	}
	ids := map[string]bool{}
	for _, a := range arts {
		ids[a.ID] = true
	}
	for _, g := range gold.Events {
		for _, id := range g.Sources {
			if !ids[id] {
				t.Errorf("%s: %q: no article %q in %s", path, g.What, id, gold.Story)
			}
		}
	}
	return Build(claims.Extract(arts, nil)), &gold
}

// TestScoreGold checks the scorer on a hand-made timeline.
func TestScoreGold(t *testing.T) {
	tl := Build(setOf(tuesAt,
		with(tuesAt, func(e *ev) { e.art = "b" }),
		ev{art: "a", trigger: "visit", class: "visit", who: trump, mod: claims.Denied,
			phrase: "May 9", value: "2025-05-09", grain: "day", start: "2025-05-09", end: "2025-05-10"},
		ev{art: "a", trigger: "protest", class: "protest", phrase: "Saturday", value: "2025-02-22", grain: "day", start: "2025-02-22", end: "2025-02-23"},
	))
	gold := []goldEvent{
		{What: "talks", Date: "2025-02-18", Words: []string{"meeting"}, Sources: []string{"a", "b", "c"}},
		{What: "visit", Date: "2025-05-09", Modality: []string{"denied"}, Sources: []string{"a"}},
		{What: "call", Date: "2025-02-22", Words: []string{"call"}, Sources: []string{"a"}},
	}
	s := scoreGold(tl, gold, true)
	if d := scoreGold(tl, gold, false); d.TP != 3 || d.FP != 0 {
		t.Errorf("date-only score = %+v, want tp 3, fp 0", d)
	}
	if s.TP != 2 || s.FP != 1 || s.FN != 1 || s.Exact != 1 || s.Modal != 2 {
		t.Errorf("score = %+v, want tp 2, fp 1, fn 1, exact 1, modal 2", s)
	}
	if got, want := fmt.Sprintf("%.3f %.3f", s.f1(), s.attribution()), "0.667 0.556"; got != want {
		t.Errorf("f1, attribution = %s, want %s", got, want)
	}
}
