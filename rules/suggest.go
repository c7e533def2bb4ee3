package rules

import (
	"strings"

	"github.com/factline/factline/claims"
)

// Suggest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be what was meant.
func Suggest(s string, candidates []string) string {
	best, bestD := "", len([]rune(s))/2+2
	for _, c := range candidates {
		if d := claims.EditDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// didYouMean formats a suggestion for s among candidates, or "".
func didYouMean(s string, candidates []string) string {
	if c := Suggest(s, candidates); c != "" {
		return "; did you mean " + quoteName(c) + "?"
	}
	return ""
}

func quoteName(s string) string { return "\"" + s + "\"" }

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
