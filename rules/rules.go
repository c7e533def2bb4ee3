// Package rules loads the YAML rules that editors write and checks a set of
// claims against them, reporting disagreements across sources as findings.
//
// One rule is one YAML file; a folder of them is a rule pack. A default pack
// is embedded (see Default). Every problem in a rule file is reported as an
// article.Diagnostic at the file's line and column, with a source excerpt
// and a "did you mean" where one fits; a rule with a problem is never used,
// so no rule silently does nothing.
package rules

import (
	"github.com/expr-lang/expr/vm"

	"github.com/factline/factline/claims"
)

// Severity grades a rule and its findings.
type Severity string

// The severities, most severe first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank orders severities: error 3, warning 2, info 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// Finding is one disagreement (or other problem) that a rule found.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Kind     string   `json:"kind"`
	Message  string   `json:"message"`
	// Claims are every claim involved; the first is the primary location.
	Claims []claims.Claim `json:"claims"`
	// Diff marks the words that differ between the first claim's quote
	// and the second's (quotes-verbatim only).
	Diff []DiffPart `json:"diff,omitempty"`
	// Omitted is how many more claims were involved than Claims lists
	// (at most 50 are listed for each side of a disagreement).
	Omitted int `json:"omitted,omitempty"`
}

// DiffOp says whether a run of words is in both versions, only the first
// (removed) or only the second (added).
type DiffOp string

// The diff operations.
const (
	DiffSame    DiffOp = "same"
	DiffRemoved DiffOp = "removed"
	DiffAdded   DiffOp = "added"
)

// DiffPart is one run of words of a word diff.
type DiffPart struct {
	Op   DiffOp `json:"op"`
	Text string `json:"text"`
}

// Position is a line and column (1-based, counting runes) in a rule file.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Tolerance is how far two numbers may differ and still agree: an absolute
// amount, or a percentage of the larger value.
type Tolerance struct {
	Amount  float64 `json:"amount"`
	Percent bool    `json:"percent,omitempty"`
}

// Rule is one loaded rule.
type Rule struct {
	ID          string   `json:"id"`
	Description string   `json:"description,omitempty"`
	Severity    Severity `json:"severity"`
	Kind        string   `json:"kind"`
	Message     string   `json:"message"`
	// Path is the rule file the rule was loaded from ("default/NAME.yaml"
	// for the embedded pack).
	Path string `json:"path"`
	// When is the rule's condition over a claim's fields (an expr-lang
	// expression); empty means every claim of the kind's claim type.
	When string `json:"when,omitempty"`

	// Kind parameters; each applies to the kinds named.

	// Tolerance (numbers-agree) lets numbers differ by this much.
	Tolerance Tolerance `json:"tolerance"`
	// HedgeSlack (numbers-agree) widens hedged numbers ("about 12") by
	// this percentage. Default 10.
	HedgeSlack float64 `json:"hedge_slack,omitempty"`
	// BySubject (numbers-agree) compares only numbers about the same
	// subject when both name one. Default true.
	BySubject bool `json:"by_subject"`
	// MinSharedWords (numbers-agree) is how many words, besides the number
	// and what it counts, two sentences must share for their numbers to be
	// compared. Default 2.
	MinSharedWords int `json:"min_shared_words"`
	// MinOverlap (quotes-verbatim) is how many content words two quotes
	// must share to be compared. Default 4.
	MinOverlap int `json:"min_overlap,omitempty"`
	// MinOverlapRatio (quotes-verbatim) is the share of the shorter
	// quote's content words that must be shared, in percent. Default 25.
	MinOverlapRatio float64 `json:"min_overlap_ratio,omitempty"`
	// Synonyms (titles-agree) are groups of roles that mean the same.
	Synonyms [][]string `json:"synonyms,omitempty"`
	// Prefer (spelling-consistent) lists the house spellings of names.
	Prefer []string `json:"prefer,omitempty"`
	// MaxDistance (spelling-consistent) is the largest edit distance
	// between two spellings of one name part. Default 2.
	MaxDistance int `json:"max_distance,omitempty"`
	// MinSources (corroborated) is how many articles must report a claim.
	// Default 2.
	MinSources int `json:"min_sources,omitempty"`

	// Tests are the rule's own examples (see RunTests).
	Tests []Test `json:"tests,omitempty"`

	// Pos gives the position of each top-level key in the rule file.
	Pos map[string]Position `json:"-"`

	program *vm.Program
}

// Test is one example of a rule: a few short articles and the findings
// expected, or expected absent, when the rule checks them.
type Test struct {
	Name     string        `json:"name"`
	Articles []TestArticle `json:"articles"`
	// Expect lists findings that must be present; Absent, findings that
	// must not. Count, when set, is the exact number of findings.
	Expect []Match  `json:"expect,omitempty"`
	Absent []Match  `json:"absent,omitempty"`
	Count  *int     `json:"count,omitempty"`
	Pos    Position `json:"-"`
}

// TestArticle is an inline article of a rule test: front matter fields and
// the text.
type TestArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
}

// Match describes a finding: every field given must match. Message and
// Text are case-insensitive substrings; Article is an article ID one of the
// finding's claims comes from.
type Match struct {
	Message string `json:"message,omitempty"`
	Article string `json:"article,omitempty"`
	Text    string `json:"text,omitempty"`
}

// Matches reports whether the finding f matches m.
func (m Match) Matches(f Finding) bool {
	if m.Message != "" && !containsFold(f.Message, m.Message) {
		return false
	}
	if m.Article != "" || m.Text != "" {
		ok := false
		for _, c := range f.Claims {
			if (m.Article == "" || c.Evidence.Article == m.Article) &&
				(m.Text == "" || containsFold(c.Evidence.Text, m.Text) || containsFold(c.Value, m.Text)) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
