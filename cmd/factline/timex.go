package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/reports"
	"github.com/factline/factline/timeline/timex"
)

func init() {
	var format, dct, published *string
	var tml *bool
	register(&command{
		name:    "timex",
		usage:   "factline timex [--dct DATE] [--format text|json] FILE|- ...\n       factline timex --timeml IN.tml",
		summary: "list the temporal expressions of articles, resolved against their publication date",
		help: `Finds every temporal expression of each article ("on Tuesday", "Feb. 18",
"within the next two weeks", "later that day") and resolves it to a TIMEX3
value anchored to the article's publication date (the DCT), printing for each
its line:column in the file, text, type, value, mod, anchor (DCT or the
earlier expression it refers back to), resolved interval with its grain, and
a one-line explanation of how it was resolved.

The DCT is the article's publication date (front matter, page metadata, or
inferred from the text). --dct overrides it for every article: the flag wins,
so a story can be re-read as of another day. --published only fills in a date
for articles that have none.

With --timeml the single argument is a TempEval-3 TimeML document: its TEXT
is tagged against its DCT and the document is written to standard output
with TIMEX3 tags inserted, the text byte-identical, for the TempEval-3
scorer.`,
		flags: func(fs *flag.FlagSet) {
			format = addFormatFlag(fs, "text", "json")
			dct = fs.String("dct", "", "anchor `DATE` for every article, overriding its publication date (e.g. 2025-02-22)")
			published = addPublishedFlag(fs)
			tml = fs.Bool("timeml", false, "read a TempEval-3 TimeML document and write it back with TIMEX3 tags")
		},
		run: func(e *env, args []string) int {
			if *tml {
				if len(args) != 1 {
					fmt.Fprintf(e.stderr, "factline timex: --timeml takes exactly one document\n")
					return exitTrouble
				}
				return runTimeML(e, args[0])
			}
			if !checkFormat(e, "timex", *format, "text", "json") {
				return exitTrouble
			}
			var anchor time.Time
			pub := *published
			if *dct != "" {
				t, err := article.ParseDate(*dct, time.UTC)
				if err != nil {
					fmt.Fprintf(e.stderr, "factline timex: --dct: %v\n", err)
					return exitTrouble
				}
				anchor = t
				pub = *dct
			}
			arts, failed := loadArticles(e, args, pub)
			docs := make([]timexDoc, 0, len(arts))
			for _, a := range arts {
				docs = append(docs, tagArticle(a, anchor))
			}
			var err error
			if *format == "json" {
				err = reports.WriteJSON(e.stdout, docs)
			} else {
				err = writeTimexText(e, docs)
			}
			if err != nil {
				fmt.Fprintf(e.stderr, "factline timex: %v\n", err)
				return exitTrouble
			}
			if failed {
				return exitTrouble
			}
			return exitOK
		},
	})
}

// timexDoc is the JSON output for one article.
type timexDoc struct {
	Path string `json:"path"`
	// DCT is the anchor date and DCTSource where it came from ("front
	// matter", "html meta", "flag", "inferred", or "--dct").
	DCT         string      `json:"dct"`
	DCTSource   string      `json:"dct_source"`
	Expressions []timexItem `json:"expressions"`
}

// timexItem is one expression with its position in the file.
type timexItem struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	timex.Expr
}

// tagArticle tags the body of a against its publication date, or against
// dct when it is not zero.
func tagArticle(a *article.Article, dct time.Time) timexDoc {
	doc := timexDoc{Path: a.Path, DCT: formatPublished(a.Published), DCTSource: a.PublishedSource, Expressions: []timexItem{}}
	anchor := a.Published
	if !dct.IsZero() {
		anchor, doc.DCT, doc.DCTSource = dct, formatPublished(dct), "--dct"
	}
	starts := make([]int, len(a.Sentences))
	for i, s := range a.Sentences {
		starts[i] = s.Start
	}
	for _, x := range timex.Tag(a.Body, anchor, &timex.Options{SentenceStarts: starts}) {
		p := a.Pos(x.Start)
		doc.Expressions = append(doc.Expressions, timexItem{Line: p.Line, Column: p.Column, Expr: x})
	}
	return doc
}

// writeTimexText prints one line per expression, then its explanation
// indented, with a header per article.
func writeTimexText(e *env, docs []timexDoc) error {
	var b strings.Builder
	for i, d := range docs {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s: DCT %s (%s), %d expressions\n", d.Path, d.DCT, d.DCTSource, len(d.Expressions))
		for _, x := range d.Expressions {
			fmt.Fprintf(&b, "%s:%d:%d\t%s\t%q\t%s\t%s", d.Path, x.Line, x.Column, x.ID, x.Text, x.Type, orDash(x.Value))
			if x.Mod != "" {
				fmt.Fprintf(&b, "\tmod=%s", x.Mod)
			}
			if x.Anchor != "" {
				fmt.Fprintf(&b, "\tanchor=%s", x.Anchor)
			}
			if x.Interval != nil {
				fmt.Fprintf(&b, "\t[%s, %s) %s", formatPublished(x.Interval.Start), formatPublished(x.Interval.End), x.Interval.Grain)
			}
			fmt.Fprintf(&b, "\n\t%s\n", x.Explain)
			for _, w := range x.Warnings {
				fmt.Fprintf(&b, "\twarning: %s\n", w)
			}
		}
	}
	_, err := fmt.Fprint(e.stdout, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
