package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/timeline/timex"
)

// mustRule parses a rule from YAML or fails the test.
func mustRule(t testing.TB, src string) *Rule {
	t.Helper()
	r, diags := Parse("test.yaml", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("parse: %v", diags)
	}
	return r
}

func ev(art string, line int, text string) claims.Evidence {
	return claims.Evidence{Article: art, Path: art + ".txt", Line: line, Column: 1, Text: text, Sentence: text + "."}
}

func day(s string, grain timex.Grain) *timex.Expr {
	start, _ := time.Parse("2006-01-02", s[:10])
	end := start.AddDate(0, 0, 1)
	switch grain {
	case timex.GrainMonth:
		end = start.AddDate(0, 1, 0)
	case timex.GrainPart:
		start = start.Add(18 * time.Hour)
		end = start.Add(6 * time.Hour)
	}
	return &timex.Expr{Text: s, Value: s, Type: timex.Date, Interval: &timex.Interval{Start: start, End: end, Grain: grain}}
}

func eventClaim(art, class, when string, grain timex.Grain, parts ...string) claims.Claim {
	if parts == nil {
		parts = []string{"greece"}
	}
	return claims.Claim{Kind: claims.KindEvent, Evidence: ev(art, 1, class), Value: when,
		Event: &claims.Event{Trigger: class, Class: class, Participants: parts, Place: "lesbos", Time: day(when, grain), Modality: claims.Happened}}
}

func f64(v float64) *float64 { return &v }

func quantityClaim(art, measure string, value float64, lo, hi *float64, hedge string, vague bool) claims.Claim {
	e := ev(art, 2, fmt.Sprint(value))
	e.Sentence = fmt.Sprintf("The ferry capsized off Lesbos with %v %s, the coast guard said.", value, measure)
	return claims.Claim{Kind: claims.KindQuantity, Evidence: e, Value: fmt.Sprint(value),
		Quantity: &claims.Quantity{Value: value, Min: lo, Max: hi, Hedge: hedge, Measure: measure, Vague: vague}}
}

func exact(art, measure string, v float64) claims.Claim {
	return quantityClaim(art, measure, v, f64(v), f64(v), "", false)
}

func quoteClaim(art, speaker, text string) claims.Claim {
	return claims.Claim{Kind: claims.KindQuote, Evidence: ev(art, 3, text), Value: text,
		Quote: &claims.Quote{Text: text, Normalized: strings.ToLower(text), Speaker: speaker}}
}

func personClaim(art, key, name, role string) claims.Claim {
	return claims.Claim{Kind: claims.KindPerson, Evidence: ev(art, 4, name), Value: role,
		Person: &claims.Person{Key: key, Name: name, Role: role, RoleNormalized: strings.ToLower(role)}}
}

func set(cls ...claims.Claim) *claims.Set {
	s := &claims.Set{Timexes: map[string][]timex.Expr{}}
	seen := map[string]bool{}
	for i, c := range cls {
		c.ID = fmt.Sprintf("%s/%s/%d", c.Evidence.Article, c.Kind, i)
		s.Claims = append(s.Claims, c)
		if !seen[c.Evidence.Article] {
			seen[c.Evidence.Article] = true
			s.Articles = append(s.Articles, article.FromText(c.Evidence.Article, c.Evidence.Path, "x", time.Time{}))
		}
	}
	return s
}

// summary is a finding as "rule: article article ...", primary first.
func summary(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		var arts []string
		for _, c := range f.Claims {
			arts = append(arts, c.Evidence.Article)
		}
		out = append(out, f.Rule+": "+strings.Join(arts, " "))
	}
	return out
}

func TestCheckKinds(t *testing.T) {
	tests := []struct {
		name string
		rule string
		set  *claims.Set
		want []string
	}{
		{"dates: Tuesday against late Monday", "kind: dates-agree",
			set(eventClaim("a", "capsizing", "2024-03-12", timex.GrainDay), eventClaim("b", "capsizing", "2024-03-11", timex.GrainPart)),
			[]string{"test: a b"}},
		{"dates: month contains day", "kind: dates-agree",
			set(eventClaim("a", "visit", "2024-07-01", timex.GrainMonth), eventClaim("b", "visit", "2024-07-01", timex.GrainDay)),
			nil},
		{"dates: same day, three sources, one off", "kind: dates-agree",
			set(eventClaim("a", "meeting", "2025-02-18", timex.GrainDay), eventClaim("b", "meeting", "2025-02-18", timex.GrainDay),
				eventClaim("c", "meeting", "2025-02-17", timex.GrainDay)),
			[]string{"test: c a b"}},
		{"dates: different classes never compared", "kind: dates-agree",
			set(eventClaim("a", "meeting", "2025-02-18", timex.GrainDay), eventClaim("b", "vote", "2025-02-17", timex.GrainDay)),
			nil},
		{"numbers: 12 against 14", "kind: numbers-agree",
			set(exact("a", "deaths", 12), exact("b", "deaths", 14)), []string{"test: a b"}},
		{"numbers: at least 12 and 14", "kind: numbers-agree",
			set(quantityClaim("a", "deaths", 12, f64(12), nil, "at least", false), exact("b", "deaths", 14)), nil},
		{"numbers: thousands against hundreds", "kind: numbers-agree",
			set(quantityClaim("a", "protesters", 1000, f64(1000), f64(9999), "", true), quantityClaim("b", "protesters", 100, f64(100), f64(999), "", true)),
			[]string{"test: a b"}},
		{"numbers: about 100 and 104", "kind: numbers-agree",
			set(quantityClaim("a", "jobs", 100, f64(100), f64(100), "about", false), exact("b", "jobs", 104)), nil},
		{"numbers: tolerance percent", "kind: numbers-agree\ntolerance: 10%",
			set(exact("a", "jobs", 100), exact("b", "jobs", 108)), nil},
		{"numbers: tolerance absolute too small", "kind: numbers-agree\ntolerance: 2",
			set(exact("a", "jobs", 100), exact("b", "jobs", 108)), []string{"test: a b"}},
		{"numbers: same article twice is not a disagreement", "kind: numbers-agree",
			set(exact("a", "jobs", 100), exact("a", "jobs", 108)), nil},
		{"numbers: an article that gives both numbers does not dissent", "kind: numbers-agree",
			set(exact("a", "jobs", 4000), exact("b", "jobs", 4000), exact("a", "jobs", 2500)), nil},
		{"numbers: an increment is not a total", "kind: numbers-agree",
			set(exact("a", "evacuated", 6500), func() claims.Claim {
				c := exact("b", "evacuated", 2000)
				c.Evidence.Text, c.Evidence.Sentence = "up to 2,000", "Officials say up to 2,000 more could be told to leave."
				return c
			}()), nil},
		{"numbers: sentences about other things", "kind: numbers-agree",
			set(exact("a", "buildings", 45), func() claims.Claim {
				c := exact("b", "buildings", 2000)
				c.Evidence.Text, c.Evidence.Sentence = "2,000", "The quake damaged nearly 2,000 buildings."
				return c
			}()), nil},
		{"numbers: an update without a time is not compared", "kind: numbers-agree",
			set(exact("a", "deaths", 12), func() claims.Claim {
				c := exact("b", "deaths", 14)
				c.Evidence.Text, c.Evidence.Sentence = "14", "The death toll rose to 14."
				return c
			}()), nil},
		{"quotes: paraphrase", "kind: quotes-verbatim",
			set(quoteClaim("a", "ryabkov", "The question is about starting to move toward normalizing relations between our countries, finding ways to resolve the most acute situations"),
				quoteClaim("b", "ryabkov", "The focus is on initiating steps towards normalizing relations between our nations and resolving the most acute situations")),
			[]string{"test: a b"}},
		{"quotes: fragment", "kind: quotes-verbatim",
			set(quoteClaim("a", "trump", "Russia attacked, but they shouldn’t have let him attack"), quoteClaim("b", "trump", "They shouldn't have let him attack")), nil},
		{"quotes: overlapping parts", "kind: quotes-verbatim",
			set(quoteClaim("a", "x", "we will rebuild the harbour wall before the winter storms arrive"), quoteClaim("b", "x", "rebuild the harbour wall before the winter storms arrive in November")), nil},
		{"quotes: other speaker", "kind: quotes-verbatim",
			set(quoteClaim("a", "x", "normalizing relations between our great countries today"), quoteClaim("b", "y", "normalizing relations between our great nations tomorrow")), nil},
		{"titles: spokesman against chief", "kind: titles-agree",
			set(personClaim("a", "varelas", "Nikos Varelas", "coast guard spokesman"), personClaim("b", "varelas", "Nikos Varelas", "coast guard chief")),
			[]string{"test: a b"}},
		{"titles: CEO is chief executive", "kind: titles-agree",
			set(personClaim("a", "w", "Dana Whitfield", "CEO"), personClaim("b", "w", "Dana Whitfield", "chief executive")), nil},
		{"titles: chief executive against chief financial officer", "kind: titles-agree",
			set(personClaim("a", "w", "Dana Whitfield", "chief executive"), personClaim("b", "w", "Dana Whitfield", "chief financial officer")),
			[]string{"test: a b"}},
		{"titles: nationality added", "kind: titles-agree",
			set(personClaim("a", "t", "Donald Trump", "U.S. President"), personClaim("b", "t", "Donald Trump", "President")), nil},
		{"titles: deputy is another rank", "kind: titles-agree",
			set(personClaim("a", "r", "Sergei Ryabkov", "Deputy Foreign Minister"), personClaim("b", "r", "Sergei Ryabkov", "Foreign Minister")),
			[]string{"test: a b"}},
		{"spelling: Sergei and Sergey", "kind: spelling-consistent",
			set(personClaim("a", "r", "Sergei Ryabkov", ""), personClaim("b", "r", "Sergey Ryabkov", ""), personClaim("c", "r", "Sergei Ryabkov", "")),
			[]string{"test: b a c"}},
		{"spelling: within one article", "kind: spelling-consistent",
			set(personClaim("a", "z", "Volodymyr Zelenskyy", ""), personClaim("a", "z", "Volodymyr Zelensky", ""), personClaim("a", "z", "Volodymyr Zelenskyy", "")),
			[]string{"test: a a a"}},
		{"spelling: surname alone", "kind: spelling-consistent",
			set(personClaim("a", "r", "Marco Rubio", ""), personClaim("b", "r", "Rubio", "")), nil},
		{"spelling: prefer", "kind: spelling-consistent\nprefer: [Sergey Ryabkov]",
			set(personClaim("a", "r", "Sergei Ryabkov", ""), personClaim("b", "r", "Sergei Ryabkov", "")),
			[]string{"test: a b"}},
		{"corroborated: one source", "kind: corroborated\nwhen: claim.quantity.measure == \"deaths\"",
			set(exact("a", "deaths", 12), exact("b", "jobs", 12)), []string{"test: a"}},
		{"corroborated: two sources", "kind: corroborated\nwhen: claim.quantity.measure == \"deaths\"",
			set(exact("a", "deaths", 12), exact("b", "deaths", 12)), nil},
		{"when narrows the claims", "kind: numbers-agree\nwhen: claim.quantity.measure == \"jobs\"",
			set(exact("a", "deaths", 12), exact("b", "deaths", 14)), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustRule(t, tt.rule)
			got := summary(Check([]*Rule{r}, tt.set))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQuoteDiff(t *testing.T) {
	r := mustRule(t, "kind: quotes-verbatim")
	fs := Check([]*Rule{r}, set(
		quoteClaim("a", "ryabkov", "The question is about starting to move toward normalizing relations between our countries and resolving the most acute and dangerous situations"),
		quoteClaim("b", "ryabkov", "The focus is on initiating steps towards normalizing relations between our nations and resolving the most acute and dangerous situations")))
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1", len(fs))
	}
	want := "The [-question-]{+focus+} is [-about starting to move toward-]{+on initiating steps towards+} normalizing relations between our [-countries-]{+nations+} and resolving the most acute and dangerous situations"
	if got := DiffString(fs[0].Diff); got != want {
		t.Errorf("diff:\n got %s\nwant %s", got, want)
	}
	if !strings.Contains(fs[0].Message, want) {
		t.Errorf("message %q lacks the diff", fs[0].Message)
	}
}

func TestWeekday(t *testing.T) {
	text := "The vote took place on Tuesday, June 5, 2024, in the capital.\n"
	a := article.FromText("a", "a.txt", text, time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC))
	i := strings.Index(text, "Tuesday")
	j := strings.Index(text, "June")
	jd := day("2024-06-05", timex.GrainDay)
	jd.Start, jd.End, jd.Text, jd.ID = j, j+len("June 5, 2024"), "June 5, 2024", "t2"
	td := day("2024-06-04", timex.GrainDay)
	td.Start, td.End, td.Text, td.ID = i, i+len("Tuesday"), "Tuesday", "t1"
	s := &claims.Set{Articles: []*article.Article{a}, Timexes: map[string][]timex.Expr{"a": {*td, *jd}}}
	r := mustRule(t, "kind: weekday-matches-date")
	fs := Check([]*Rule{r}, s)
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1: %v", len(fs), fs)
	}
	c := fs[0].Claims[0]
	if c.Evidence.Text != "Tuesday, June 5, 2024" || c.Evidence.Line != 1 || c.Evidence.Column != 24 {
		t.Errorf("claim = %q at %d:%d", c.Evidence.Text, c.Evidence.Line, c.Evidence.Column)
	}
	if !strings.Contains(fs[0].Message, "2024-06-05 is a Wednesday") {
		t.Errorf("message = %q", fs[0].Message)
	}
}

func TestCheckSorted(t *testing.T) {
	r1, r2 := mustRule(t, "id: n\nkind: numbers-agree"), mustRule(t, "id: q\nkind: titles-agree")
	s := set(exact("b", "deaths", 12), exact("a", "deaths", 14), exact("c", "deaths", 14),
		personClaim("a", "w", "Dana Whitfield", "chief executive"), personClaim("b", "w", "Dana Whitfield", "spokeswoman"))
	got := summary(Check([]*Rule{r1, r2}, s))
	want := []string{"q: a b", "n: b a c"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCheckNil(t *testing.T) {
	if fs := Check(nil, nil); fs != nil {
		t.Errorf("Check(nil, nil) = %v", fs)
	}
}

// FuzzWordDiff: a diff's same and removed words give back the first quote,
// its same and added words the second.
func FuzzWordDiff(f *testing.F) {
	f.Add("The focus is on initiating steps", "The question is about starting")
	f.Add("“It’s a fine day,” he said", "it's a fine day")
	f.Fuzz(func(t *testing.T, a, b string) {
		wa, wb := quoteWords(a, false), quoteWords(b, false)
		d := wordDiff(wa, wb)
		var ga, gb []string
		for _, p := range d {
			ws := strings.Fields(p.Text)
			if p.Op != DiffAdded {
				ga = append(ga, ws...)
			}
			if p.Op != DiffRemoved {
				gb = append(gb, ws...)
			}
		}
		if !strings.EqualFold(strings.Join(ga, " "), strings.Join(wa, " ")) || !strings.EqualFold(strings.Join(gb, " "), strings.Join(wb, " ")) {
			t.Fatalf("diff %v does not rebuild %q / %q", d, wa, wb)
		}
	})
}

// FuzzCheck: no claim set, however inconsistent its spans and fields,
// makes Check panic.
func FuzzCheck(f *testing.F) {
	f.Add("Tuesday, June 5, 2024", 0, 21, 4, 9, "12", 12.0, "deaths")
	f.Add("x", -5, 900, 900, -3, "", -1.0, "")
	rs, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, quote string, v float64, measure string) {
		a := article.FromText("a", "a.txt", text, time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC))
		iv := &timex.Interval{Start: time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 6, 6, 0, 0, 0, 0, time.UTC), Grain: timex.GrainDay}
		s := set(quantityClaim("a", measure, v, f64(v), nil, "about", false), quoteClaim("a", "x", quote), quoteClaim("b", "x", text),
			personClaim("a", "k", text, quote), personClaim("b", "k", quote, text), eventClaim("a", "m", "2024-06-05", timex.GrainDay))
		s.Claims[0].Evidence.BodyStart, s.Claims[0].Evidence.Sentence = s1, text
		s.Articles = []*article.Article{a}
		s.Timexes = map[string][]timex.Expr{"a": {
			{ID: "t1", Start: s1, End: e1, Text: text, Value: "2024-06-05", Interval: iv, Warnings: []string{"Tuesday does not match"}},
			{ID: "t2", Start: s2, End: e2, Text: quote, Value: "2024-06-05", Interval: iv},
		}}
		Check(rs, s)
	})
}
