package rules

import (
	"fmt"
	"testing"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/timeline/timex"
)

// storySet generates the claims of n articles about one story, as
// extraction would give them: each article reports the meeting (one in 50
// on another day), the territory share (one in 50 differently), a quote of
// Ryabkov (whole, a fragment, or one in 50 paraphrased), and people with
// roles and a spelling variant now and then.
func storySet(n int) *claims.Set {
	s := &claims.Set{Timexes: map[string][]timex.Expr{}}
	base := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	quotes := []string{
		"The question is about starting to move toward normalizing relations between our countries, finding ways to resolve the most acute situations",
		"normalizing relations between our countries",
		"The focus is on initiating steps towards normalizing relations between our nations and resolving the most acute situations",
	}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("a%05d", i)
		path := id + ".txt"
		text := "Ryabkov spoke on Tuesday, Feb. 18, 2025."
		a := article.FromText(id, path, text, base.AddDate(0, 0, 4))
		s.Articles = append(s.Articles, a)
		s.Timexes[id] = []timex.Expr{{ID: "t1", Start: 16, End: 39, Text: "Tuesday, Feb. 18, 2025", Value: "2025-02-18",
			Interval: &timex.Interval{Start: base, End: base.AddDate(0, 0, 1), Grain: timex.GrainDay}}}
		e := func(k claims.Kind, n int, text string) claims.Evidence {
			return claims.Evidence{Article: id, Path: path, Line: n, Column: 1, Text: text,
				Sentence: text + " in the talks on the war in Ukraine, Russian officials said"}
		}
		day := base
		if i%50 == 7 {
			day = base.AddDate(0, 0, -1)
		}
		share := 20.0
		if i%50 == 11 {
			share = 25
		}
		q := quotes[i%2]
		if i%50 == 13 {
			q = quotes[2]
		}
		name := "Sergei Ryabkov"
		if i%50 == 17 {
			name = "Sergey Ryabkov"
		}
		role := "deputy foreign minister"
		if i%50 == 19 {
			role = "foreign minister"
		}
		cls := []claims.Claim{
			{Kind: claims.KindEvent, Evidence: e(claims.KindEvent, 1, "meeting"), Value: "meeting",
				Event: &claims.Event{Trigger: "meeting", Class: "meeting", Participants: []string{"russia", "united-states"}, Place: "saudi-arabia",
					Modality: claims.Happened, Time: &timex.Expr{Value: day.Format("2006-01-02"), Text: "on Tuesday",
						Interval: &timex.Interval{Start: day, End: day.AddDate(0, 0, 1), Grain: timex.GrainDay}}}},
			{Kind: claims.KindQuantity, Evidence: e(claims.KindQuantity, 2, "20%"), Value: fmt.Sprint(share),
				Quantity: &claims.Quantity{Value: share, Min: &share, Max: &share, Unit: "percent", Measure: "territory share", Subject: "ukraine"}},
			{Kind: claims.KindQuantity, Evidence: e(claims.KindQuantity, 3, "12"), Value: "12",
				Quantity: &claims.Quantity{Value: 12, Measure: "deaths"}},
			{Kind: claims.KindQuote, Evidence: e(claims.KindQuote, 4, q), Value: q,
				Quote: &claims.Quote{Text: q, Speaker: "sergei-ryabkov"}},
			{Kind: claims.KindPerson, Evidence: e(claims.KindPerson, 5, name), Value: role,
				Person: &claims.Person{Key: "sergei-ryabkov", Name: name, Role: role, RoleNormalized: role}},
			{Kind: claims.KindPerson, Evidence: e(claims.KindPerson, 6, "Marco Rubio"), Value: "secretary of state",
				Person: &claims.Person{Key: "marco-rubio", Name: "Marco Rubio", Role: "Secretary of State", RoleNormalized: "secretary of state"}},
		}
		for j := range cls {
			cls[j].ID = fmt.Sprintf("%s/%s/%d", id, cls[j].Kind, j)
			s.Claims = append(s.Claims, cls[j])
		}
	}
	return s
}

// BenchmarkCheck checks generated stories of 1,000 and 10,000 articles
// with the default pack. ns/article should stay flat as articles grow:
// claims are grouped by key, never compared all pairs.
func BenchmarkCheck(b *testing.B) {
	rs, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		set := storySet(n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			var fs []Finding
			for b.Loop() {
				fs = Check(rs, set)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
			b.ReportMetric(float64(len(fs)), "findings")
		})
	}
}

func TestStorySetFindings(t *testing.T) {
	rs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	fs := Check(rs, storySet(100))
	got := map[string]int{}
	for _, f := range fs {
		got[f.Rule]++
	}
	// One finding per planted kind of disagreement, however many articles
	// carry it: the minority bucket against the majority.
	for _, rule := range []string{"dates-agree", "numbers-agree", "quotes-verbatim", "spelling-consistent", "titles-agree"} {
		if got[rule] != 1 {
			t.Errorf("%s: %d findings, want 1 (all: %v)", rule, got[rule], got)
		}
	}
}

// extractedStory builds n articles by cycling the texts of a story folder
// (each copy its own article) and extracts their claims, as a newsroom
// following one story across many outlets would.
func extractedStory(b *testing.B, dir string, n int) *claims.Set {
	src, diags := article.Load([]string{dir}, article.LoadOptions{})
	if len(src) == 0 {
		b.Fatalf("%s: no articles: %v", dir, diags)
	}
	var arts []*article.Article
	for i := 0; i < n; i++ {
		a := src[i%len(src)]
		id := fmt.Sprintf("%s-%05d", a.ID, i)
		arts = append(arts, article.FromText(id, id+".txt", a.Body, a.Published))
	}
	return claims.Extract(arts, nil)
}

// BenchmarkCheckExtracted checks 1,000 and 10,000 copies of the
// planted-ferry articles, claims extracted for real (extraction is not
// timed).
func BenchmarkCheckExtracted(b *testing.B) {
	rs, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		set := extractedStory(b, "../testdata/stories/planted-ferry", n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			var fs []Finding
			for b.Loop() {
				fs = Check(rs, set)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
			b.ReportMetric(float64(len(set.Claims))/float64(n), "claims/article")
			b.ReportMetric(float64(len(fs)), "findings")
		})
	}
}

// BenchmarkQuotesDistinct checks 10,000 articles that each quote one
// speaker differently: the inverted index keeps quotes-verbatim from
// comparing all pairs of versions.
func BenchmarkQuotesDistinct(b *testing.B) {
	r, diags := Parse("q.yaml", []byte("kind: quotes-verbatim"))
	if r == nil {
		b.Fatal(diags)
	}
	const n = 10000
	var cls []claims.Claim
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("the harbour wall number%d will be rebuilt before winter%d storms arrive in district%d", i, i, i%97)
		cls = append(cls, claims.Claim{ID: fmt.Sprintf("a%d/quote/1", i), Kind: claims.KindQuote,
			Evidence: claims.Evidence{Article: fmt.Sprintf("a%d", i), Path: fmt.Sprintf("a%d.txt", i), Line: 1, Column: 1, Text: text},
			Quote:    &claims.Quote{Text: text, Speaker: "mayor"}})
	}
	set := &claims.Set{Claims: cls}
	for b.Loop() {
		Check([]*Rule{r}, set)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/article")
}
