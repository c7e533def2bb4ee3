package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/factline/factline/reports"
	"github.com/factline/factline/rules"
	"github.com/factline/factline/timeline"
)

func init() {
	var out, published, aliases *string
	var rulePaths rulePathsFlag
	register(&command{
		name:    "report",
		usage:   "factline report [--rules PATH]... [--published DATE] [--aliases FILE] [-o FILE] PATHS",
		summary: "write the timeline and the findings of check as one HTML page",
		help: `Writes one self-contained HTML page (no network, no external fonts or
scripts) for an editor: a visual timeline of the events of all sources, each
event's sources with their sentences, the disagreements between sources
highlighted and linked to the evidence, and the findings of check with the
default rule pack or the --rules given. The page reads on a laptop and a
phone and prints cleanly. The same inputs give the same bytes.

-o writes the page to FILE atomically (default: standard output). Findings
do not change the exit code: use "factline check" as the gate.`,
		flags: func(fs *flag.FlagSet) {
			rulePaths = nil
			fs.Var(&rulePaths, "rules", "rule `PATH` (file or folder); repeatable; default: the embedded pack")
			out = fs.String("o", "", "write the page to `FILE` (atomically) instead of standard output")
			published = addPublishedFlag(fs)
			aliases = addAliasesFlag(fs)
		},
		run: func(e *env, args []string) int {
			rs, ok := loadRules(e, "report", rulePaths)
			if !ok {
				return exitTrouble
			}
			arts, failed := loadArticles(e, args, *published)
			if arts == nil && failed {
				return exitTrouble
			}
			set, aliasesOK := extractClaims(e, arts, *aliases)
			findings := rules.Check(rs, set)
			if findings == nil {
				findings = []rules.Finding{}
			}
			page := &reports.Report{Title: reportTitle(args), Articles: arts, Timeline: timeline.Build(set), Findings: findings, Diagnostics: e.diagnostics}
			err := writeOutput(e, *out, func(w io.Writer) error { return reports.WriteHTML(w, page) })
			if err != nil {
				fmt.Fprintf(e.stderr, "factline report: %v\n", err)
				return exitTrouble
			}
			if failed || !aliasesOK {
				return exitTrouble
			}
			return exitOK
		},
	})
}
