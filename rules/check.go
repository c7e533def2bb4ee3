package rules

import (
	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
)

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
}

// Load reads the rules at paths (files, or folders as rule packs). Every
// problem is an error diagnostic at the rule file's line and column; a rule
// with a problem is not returned.
func Load(paths []string) ([]*Rule, []article.Diagnostic) { return nil, nil }

// Default returns the rule pack embedded in the binary.
func Default() ([]*Rule, error) { return nil, nil }

// Check runs rules over the claims of set and returns their findings,
// sorted for stable output.
func Check(rules []*Rule, set *claims.Set) []Finding { return nil }
