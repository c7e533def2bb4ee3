package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/reports"
)

// publishedUsage documents the --published flag the same way everywhere.
const publishedUsage = "publication `DATE` for articles whose front matter or metadata give none (e.g. 2025-02-22, RFC 3339)"

// addPublishedFlag declares --published on fs; pass its value to
// loadArticles.
func addPublishedFlag(fs *flag.FlagSet) *string {
	return fs.String("published", "", publishedUsage)
}

// addFormatFlag declares --format on fs with the given choices, the first
// being the default; check the value with checkFormat.
func addFormatFlag(fs *flag.FlagSet, choices ...string) *string {
	return fs.String("format", choices[0], "output `FORMAT`: "+strings.Join(choices, ", "))
}

// checkFormat reports a usage error on e.stderr and returns false when
// format is not one of choices.
func checkFormat(e *env, cmd, format string, choices ...string) bool {
	for _, c := range choices {
		if format == c {
			return true
		}
	}
	fmt.Fprintf(e.stderr, "factline %s: unknown --format %q: want %s\n", cmd, format, strings.Join(choices, " or "))
	return false
}

// loadArticles reads the articles at paths (files, directories, "-" for
// standard input) the way every command does. published is the --published
// flag value ("" for none). Diagnostics go to e.stderr, one per line, as
// "path:line:col: message" (warnings and notices prefixed with their
// severity). It returns the articles that loaded and whether anything
// failed (a bad flag, no paths, or a file that could not be used): the
// caller finishes its work with the articles it has, then exits 2. A run
// that reads many files draws a progress bar on standard error when it is
// a terminal (see reports.NewProgress).
func loadArticles(e *env, paths []string, published string) ([]*article.Article, bool) {
	var bar *reports.Progress
	opts := article.LoadOptions{Stdin: e.stdin, Progress: func(done, total int) {
		if done == 1 {
			bar = reports.NewProgress(e.stderr, "reading", total)
		}
		bar.Add(1)
	}}
	failed := false
	if published != "" {
		t, err := article.ParseDate(published, time.UTC)
		if err != nil {
			fmt.Fprintf(e.stderr, "factline: --published: %v\n", err)
			return nil, true
		}
		opts.Published = t
	}
	if len(paths) == 0 {
		fmt.Fprintf(e.stderr, "factline: no input: give article files, directories, or - for standard input\n")
		return nil, true
	}
	arts, diags := article.Load(paths, opts)
	bar.Done()
	for _, d := range diags {
		printDiagnostic(e, d)
		if d.Severity == article.SeverityError {
			failed = true
		}
	}
	return arts, failed
}

// printDiagnostic writes one diagnostic line to e.stderr, then its excerpt
// if it has one, and records it in e.diagnostics.
func printDiagnostic(e *env, d article.Diagnostic) {
	e.diagnostics = append(e.diagnostics, d)
	if d.Severity != article.SeverityError && d.Severity != "" {
		d.Message = string(d.Severity) + ": " + d.Message
	}
	fmt.Fprintln(e.stderr, d.Error())
	if d.Excerpt != "" {
		fmt.Fprint(e.stderr, d.Excerpt)
		if !strings.HasSuffix(d.Excerpt, "\n") {
			fmt.Fprintln(e.stderr)
		}
	}
}

// addAliasesFlag declares --aliases, the editor's aliases file that extends
// the built-in names of people, organizations and places.
func addAliasesFlag(fs *flag.FlagSet) *string {
	return fs.String("aliases", "", "aliases `FILE` (YAML) extending the built-in names of people, organizations and places")
}

// extractClaims extracts the claims of arts with the aliases file at path
// (none when empty). A broken aliases file is reported on standard error
// (file:line:col: message) and makes ok false; the claims are then
// extracted without it, so the rest of the run still happens.
func extractClaims(e *env, arts []*article.Article, aliasesPath string) (set *claims.Set, ok bool) {
	opts := &claims.Options{}
	ok = true
	if aliasesPath != "" {
		al, err := claims.LoadAliases(aliasesPath)
		if err != nil {
			fmt.Fprintf(e.stderr, "%v\n", err)
			ok = false
		} else {
			opts.Aliases = al
		}
	}
	return claims.Extract(arts, opts), ok
}
