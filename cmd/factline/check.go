package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/reports"
	"github.com/factline/factline/rules"
)

// rulePathsFlag collects a repeatable --rules flag.
type rulePathsFlag []string

func (r *rulePathsFlag) String() string { return strings.Join(*r, ",") }

func (r *rulePathsFlag) Set(s string) error {
	*r = append(*r, s)
	return nil
}

// loadRules loads the rules at paths, or the embedded pack when there are
// none, printing every diagnostic. ok is false when any rule file had an
// error; the rules that loaded are still returned.
func loadRules(e *env, cmd string, paths []string) (rs []*rules.Rule, ok bool) {
	if len(paths) == 0 {
		rs, err := rules.Default()
		if err != nil {
			fmt.Fprintf(e.stderr, "factline %s: default rules: %v\n", cmd, err)
			return nil, false
		}
		return rs, true
	}
	rs, diags := rules.Load(paths)
	ok = true
	for _, d := range diags {
		printDiagnostic(e, d)
		if d.Severity == article.SeverityError {
			ok = false
		}
	}
	return rs, ok
}

// failLevels maps --fail-level to the least severity rank that fails.
var failLevels = map[string]int{"error": rules.Error.Rank(), "warning": rules.Warning.Rank(), "info": rules.Info.Rank(), "never": 99}

// isTerminal reports whether w is a terminal that wants colour.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb" && term.IsTerminal(int(f.Fd()))
}

func init() {
	var format, failLevel, published, aliases *string
	var rulePaths rulePathsFlag
	register(&command{
		name:    "check",
		usage:   "factline check [--rules PATH]... [--format text|line|json|sarif|github] [--fail-level error|warning|info|never] [--published DATE] [--aliases FILE] PATHS",
		summary: "check articles against editors' YAML rules; the publication gate",
		help: `Reads the articles at PATHS, extracts their claims and checks them against
the rules: the embedded default pack, or the rule files and folders given
with --rules (repeatable). Findings go to standard output; each names the
rule, its severity, the message and every claim involved, with article id,
path, line, column, the words and the normalized value.

Formats: text (for a person; colour only on a terminal), line
("path:line:col: severity rule: message"), json (documented in the README),
sarif (SARIF 2.1.0; other sources as related locations) and github
(workflow annotations).

Exit status: 0 when no finding is at or above --fail-level (default error),
1 when one is, 2 when a rule file, an article or a flag could not be used,
whatever the format. "factline rules" writes, tests and lints rules.`,
		flags: func(fs *flag.FlagSet) {
			rulePaths = nil
			fs.Var(&rulePaths, "rules", "rule `PATH` (file or folder); repeatable; default: the embedded pack")
			format = addFormatFlag(fs, reports.FindingFormats...)
			failLevel = fs.String("fail-level", "error", "exit 1 on findings at or above `LEVEL`: error, warning, info or never")
			published = addPublishedFlag(fs)
			aliases = addAliasesFlag(fs)
		},
		run: func(e *env, args []string) int {
			if !checkFormat(e, "check", *format, reports.FindingFormats...) {
				return exitTrouble
			}
			least, ok := failLevels[*failLevel]
			if !ok {
				fmt.Fprintf(e.stderr, "factline check: unknown --fail-level %q: want error, warning, info or never\n", *failLevel)
				return exitTrouble
			}
			rs, rulesOK := loadRules(e, "check", rulePaths)
			arts, failed := loadArticles(e, args, *published)
			if len(arts) == 0 && failed {
				return exitTrouble
			}
			set, aliasesOK := extractClaims(e, arts, *aliases)
			findings := rules.Check(rs, set)
			err := reports.WriteFindings(e.stdout, *format, findings, reports.FindingsOptions{
				Color: *format == "text" && isTerminal(e.stdout), Rules: rs})
			if err != nil {
				fmt.Fprintf(e.stderr, "factline check: %v\n", err)
				return exitTrouble
			}
			if failed || !rulesOK || !aliasesOK {
				return exitTrouble
			}
			for _, f := range findings {
				if f.Severity.Rank() >= least {
					return exitFindings
				}
			}
			return exitOK
		},
	})
}
