package rules

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLintRules(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"clean", "description: d\nseverity: error\nkind: numbers-agree\nmessage: \"{claim.value}\"\ntests:\n  - articles: [{text: x}]\n    count: 0\n", nil},
		{"other claim type", "description: d\nseverity: error\nkind: numbers-agree\nwhen: claim.quote.speaker == \"x\"\n", []string{
			"4:1: when tests claim.quote, but numbers-agree compares quantity claims, so the rule can never fire",
			"3:1: no tests: add tests with articles the rule must flag and must not"}},
		{"kind compared", "description: d\nseverity: error\nkind: dates-agree\nwhen: claim.kind == \"quote\" && claim.value != \"\"\n", []string{
			"4:1: when requires claim.kind == \"quote\", but dates-agree compares event claims, so the rule can never fire",
			"3:1: no tests: add tests with articles the rule must flag and must not"}},
		{"placeholders", "description: d\nseverity: info\nkind: weekday-matches-date\nmessage: \"{other.value} {diff}\"\n", []string{
			"4:1: {other.value} is never filled in a weekday-matches-date finding: its findings involve no other claim to compare with",
			"4:1: {diff} is never filled in a weekday-matches-date finding: only quotes-verbatim marks differing words",
			"3:1: no tests: add tests with articles the rule must flag and must not"}},
		{"corroborated without when", "description: d\nseverity: info\nkind: corroborated\nmessage: \"{claim.value}\"\n", []string{
			"3:1: corroborated without when asks every claim of every kind for 2 sources; add a when",
			"3:1: no tests: add tests with articles the rule must flag and must not"}},
		{"bare", "kind: corroborated\nwhen: claim.kind == \"quantity\"\nmessage: none\n", []string{
			"3:1: the message has no placeholders, so findings will not say which claims disagree",
			"1:1: no severity: the rule reports warnings",
			"1:1: no description: say in a sentence what the rule protects",
			"1:1: no tests: add tests with articles the rule must flag and must not"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustRule(t, tt.src)
			var got []string
			for _, d := range Lint([]*Rule{r}) {
				got = append(got, strings.TrimPrefix(d.Error(), "test.yaml:"))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lint (-want +got):\n%s", diff)
			}
		})
	}
}
