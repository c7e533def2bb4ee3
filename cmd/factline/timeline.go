package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factline/factline/claims/article"
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
			arts, failed := loadWithProgress(e, args, *published)
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

// progressBatch is how many files loadWithProgress loads between two
// updates of the progress bar.
const progressBatch = 16

// loadWithProgress is loadArticles with a progress bar on standard error
// when it is a terminal and the paths hold many files. Without a terminal
// it is loadArticles itself.
func loadWithProgress(e *env, paths []string, published string) ([]*article.Article, bool) {
	files := expandPaths(paths)
	bar := reports.NewProgress(e.stderr, "reading", len(files))
	if bar == nil {
		return loadArticles(e, paths, published)
	}
	defer bar.Done()
	var all []*article.Article
	failed := false
	for i := 0; i < len(files); i += progressBatch {
		batch := files[i:min(i+progressBatch, len(files))]
		arts, f := loadArticles(e, batch, published)
		all = append(all, arts...)
		failed = failed || f
		bar.Add(len(batch))
	}
	slices.SortStableFunc(all, func(a, b *article.Article) int { return strings.Compare(a.Path, b.Path) })
	return all, failed
}

// expandPaths lists the files under paths, walking directories and
// leaving out hidden files and folders; "-" and paths that cannot be read
// are kept as given, for the loader to read or report.
func expandPaths(paths []string) []string {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if p == "-" || err != nil || !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		walkErr := filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				found = append(found, path)
			}
			return nil
		})
		if walkErr != nil {
			files = append(files, p)
			continue
		}
		files = append(files, found...)
	}
	return files
}
