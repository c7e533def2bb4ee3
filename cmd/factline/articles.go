package main

import (
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/reports"
)

func init() {
	var format, published *string
	register(&command{
		name:    "articles",
		usage:   "factline articles [--format text|json] [--published DATE] PATHS",
		summary: "list the articles read: id, outlet, publication date, sentences, words",
		help: `Reads the articles at PATHS (files; directories, recursively; - for standard
input) and lists what was read. .md, .markdown and .txt files may start with
YAML front matter (title, outlet, url, published, timezone, id); .html and
.htm pages give their main text and their metadata. Scraped-page junk
(navigation, teaser lists, bylines, captions) is removed.

The publication date comes from front matter or page metadata, else from
--published, else from the text (a dateline, "Published … February 22,
2025"), with a warning. A file without one is an error.

With --format json each article also carries its cleaned body "text" and its
"sentences" with line and column in the original file.

Problems are printed to standard error as "path:line:col: message"; the
other files still load, and the exit code is 2 if any file failed.`,
		flags: func(fs *flag.FlagSet) {
			format = addFormatFlag(fs, "text", "json")
			published = addPublishedFlag(fs)
		},
		run: func(e *env, args []string) int {
			if !checkFormat(e, "articles", *format, "text", "json") {
				return exitTrouble
			}
			arts, failed := loadArticles(e, args, *published)
			var err error
			if *format == "json" {
				err = writeArticlesJSON(e, arts)
			} else {
				err = writeArticlesText(e, arts)
			}
			if err != nil {
				fmt.Fprintf(e.stderr, "factline articles: %v\n", err)
				return exitTrouble
			}
			if failed {
				return exitTrouble
			}
			return exitOK
		},
	})
}

// formatPublished shows a publication time: the date alone at midnight,
// else RFC 3339.
func formatPublished(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

func writeArticlesText(e *env, arts []*article.Article) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tOUTLET\tPUBLISHED\tSENTENCES\tWORDS\tWARNINGS")
	for _, a := range arts {
		outlet := a.Outlet
		if outlet == "" {
			outlet = "-"
		}
		pub := formatPublished(a.Published)
		if a.PublishedSource == "flag" || a.PublishedSource == "inferred" {
			pub += " (" + a.PublishedSource + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\n", a.ID, outlet, pub, len(a.Sentences), a.Words(), len(a.Warnings))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(e.stdout, "%d article(s)\n", len(arts))
	return err
}

func writeArticlesJSON(e *env, arts []*article.Article) error {
	out := struct {
		Articles []article.Summary `json:"articles"`
	}{Articles: []article.Summary{}}
	for _, a := range arts {
		out.Articles = append(out.Articles, a.Summarize())
	}
	return reports.WriteJSON(e.stdout, out)
}
