package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/factline/factline/reports"
	"github.com/factline/factline/timeline"
)

func init() {
	var format, out, published, aliases *string
	register(&command{
		name:    "timeline",
		usage:   "factline timeline [--format text|markdown|json|html] [-o FILE] [--published DATE] [--aliases FILE] PATHS",
		summary: "merge the events of all sources into one dated timeline",
		help: `Reads the articles at PATHS, resolves their dates, extracts their events
and merges them into one timeline: one entry per real-world event, dated by
the most specific time its agreeing sources support, with every source that
reports it and its own phrase ("on Tuesday", "Feb. 18"). Sources whose time
does not overlap are shown as disagreements on the entry. Expected, planned
and denied events are marked and kept apart from what happened; events with
no resolvable time are listed as undated.

-o writes the output to FILE atomically: a failed run never leaves half a
file. The html format is the page of "factline report" without findings.`,
		flags: func(fs *flag.FlagSet) {
			format = addFormatFlag(fs, reports.TimelineFormats...)
			out = fs.String("o", "", "write the output to `FILE` (atomically) instead of standard output")
			published = addPublishedFlag(fs)
			aliases = addAliasesFlag(fs)
		},
		run: func(e *env, args []string) int {
			if !checkFormat(e, "timeline", *format, reports.TimelineFormats...) {
				return exitTrouble
			}
			arts, failed := loadArticles(e, args, *published)
			if arts == nil && failed {
				return exitTrouble
			}
			set, aliasesOK := extractClaims(e, arts, *aliases)
			tl := timeline.Build(set)
			page := &reports.Report{Title: reportTitle(args), Articles: arts}
			err := writeOutput(e, *out, func(w io.Writer) error {
				return reports.WriteTimeline(w, *format, tl, page)
			})
			if err != nil {
				fmt.Fprintf(e.stderr, "factline timeline: %v\n", err)
				return exitTrouble
			}
			if failed || !aliasesOK {
				return exitTrouble
			}
			return exitOK
		},
	})
}

// writeOutput calls write on standard output, or on FILE atomically when
// out names one.
func writeOutput(e *env, out string, write func(w io.Writer) error) error {
	if out == "" || out == "-" {
		return write(e.stdout)
	}
	return reports.WriteFileAtomic(out, write)
}

// reportTitle names a run for the page heading: the story folder or file
// when there is one path, else the number of paths.
func reportTitle(paths []string) string {
	if len(paths) == 1 && paths[0] != "-" {
		return filepath.Base(filepath.Clean(paths[0]))
	}
	return fmt.Sprintf("%d inputs", len(paths))
}
