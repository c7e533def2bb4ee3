package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
)

// TestResult is the outcome of one rule test.
type TestResult struct {
	Rule string `json:"rule"`
	Path string `json:"path"`
	Test string `json:"test"`
	Line int    `json:"line"`
	Pass bool   `json:"pass"`
	// Problems say what did not match.
	Problems []string `json:"problems,omitempty"`
	// Findings are what the rule found on the test's articles.
	Findings []Finding `json:"findings,omitempty"`
}

// RuleResult is the outcome of all the tests of one rule.
type RuleResult struct {
	Rule  string       `json:"rule"`
	Path  string       `json:"path"`
	Pass  bool         `json:"pass"`
	Tests []TestResult `json:"tests"`
	// Problems are about the rule as a whole: no tests, never fires.
	Problems []string `json:"problems,omitempty"`
}

// Extractor turns articles into claims; claims.Extract in production.
type Extractor func([]*article.Article) *claims.Set

// DefaultExtractor extracts with claims.Extract and no aliases.
func DefaultExtractor(as []*article.Article) *claims.Set { return claims.Extract(as, nil) }

// TestArticles builds the articles of a rule test.
func TestArticles(t Test) []*article.Article {
	var out []*article.Article
	for _, ta := range t.Articles {
		pub, err := parseDate(ta.Published)
		if err != nil {
			pub = time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
		}
		text := strings.TrimRight(ta.Text, "\n") + "\n"
		a := article.FromText(ta.ID, ta.ID+".txt", text, pub)
		a.Title, a.Outlet = ta.Title, ta.Outlet
		if ta.Published != "" {
			a.PublishedSource = "front matter"
		}
		out = append(out, a)
	}
	return out
}

// RunTests runs a rule's tests. A rule passes when it has tests, every
// test passes, and it fires on at least one of them.
func RunTests(r *Rule, extract Extractor) RuleResult {
	if extract == nil {
		extract = DefaultExtractor
	}
	res := RuleResult{Rule: r.ID, Path: r.Path, Pass: true}
	if len(r.Tests) == 0 {
		res.Pass = false
		res.Problems = append(res.Problems, "the rule has no tests: add tests with articles it must flag and articles it must not")
		return res
	}
	fired := false
	for _, t := range r.Tests {
		tr := TestResult{Rule: r.ID, Path: r.Path, Test: t.Name, Line: t.Pos.Line, Pass: true}
		fs := Check([]*Rule{r}, extract(TestArticles(t)))
		tr.Findings = fs
		if len(fs) > 0 {
			fired = true
		}
		for _, m := range t.Expect {
			if !anyMatch(fs, m) {
				tr.Problems = append(tr.Problems, "expected a finding "+describeMatch(m)+", found "+summarize(fs))
			}
		}
		for _, m := range t.Absent {
			if anyMatch(fs, m) {
				tr.Problems = append(tr.Problems, "expected no finding "+describeMatch(m)+", found "+summarize(fs))
			}
		}
		if t.Count != nil && len(fs) != *t.Count {
			tr.Problems = append(tr.Problems, fmt.Sprintf("expected %d findings, found %s", *t.Count, summarize(fs)))
		}
		tr.Pass = len(tr.Problems) == 0
		res.Pass = res.Pass && tr.Pass
		res.Tests = append(res.Tests, tr)
	}
	if !fired {
		res.Pass = false
		res.Problems = append(res.Problems, "the rule never fires on its own tests: add a test whose articles it must flag")
	}
	return res
}

func anyMatch(fs []Finding, m Match) bool {
	for _, f := range fs {
		if m.Matches(f) {
			return true
		}
	}
	return false
}

func describeMatch(m Match) string {
	var parts []string
	if m.Message != "" {
		parts = append(parts, fmt.Sprintf("with message containing %q", m.Message))
	}
	if m.Article != "" {
		parts = append(parts, "in article "+m.Article)
	}
	if m.Text != "" {
		parts = append(parts, fmt.Sprintf("on text %q", m.Text))
	}
	return strings.Join(parts, " ")
}

func summarize(fs []Finding) string {
	if len(fs) == 0 {
		return "none"
	}
	var ms []string
	for _, f := range fs {
		ms = append(ms, fmt.Sprintf("%q", f.Message))
	}
	return fmt.Sprintf("%d: %s", len(fs), strings.Join(ms, "; "))
}
