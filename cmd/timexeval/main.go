// Command timexeval scores factline's temporal tagger (timeline/timex) on
// TempEval-3 TimeML documents with the TempEval-3 toolkit's timex scores:
// strict and relaxed span precision, recall and F1, and value and type F1
// (attribute accuracy over relaxed matches times the relaxed scores).
//
// Usage:
//
//	timexeval [-errors FILE] DIR
//
// Every .tml file under DIR is read; the plain text of its TEXT element is
// tagged with the DCT value as the anchor and compared with the file's gold
// TIMEX3 (the DCT itself is not scored). The scores are printed overall and
// per corpus (the first directory under DIR: TimeBank, AQUAINT), followed
// by the wrong values sorted into classes by fixed rules (see
// timeml.ClassifyValue). With
// -errors, every miss, false positive, wrong value, wrong type and wrong
// extent is written to FILE as TSV.
//
// Exit codes: 0 when every document was scored, 2 on a usage error or when
// a document could not be read or tagged (the others are still scored).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/factline/factline/timeline/timeml"
	"github.com/factline/factline/timeline/timex"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the exit, for tests.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timexeval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	errorsPath := fs.String("errors", "", "write every miss, false positive and wrong value to this TSV `file`")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: timexeval [-errors FILE] DIR\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	ev, err := timeml.EvaluateDir(fs.Arg(0), tag)
	if err != nil {
		fmt.Fprintf(stderr, "timexeval: %v\n", err)
		return 2
	}
	for _, e := range ev.Errors {
		fmt.Fprintf(stderr, "timexeval: %v\n", e)
	}
	if err := ev.WriteReport(stdout); err != nil {
		fmt.Fprintf(stderr, "timexeval: %v\n", err)
		return 2
	}
	if err := ev.WriteValueBreakdown(stdout); err != nil {
		fmt.Fprintf(stderr, "timexeval: %v\n", err)
		return 2
	}
	if *errorsPath != "" {
		var b bytes.Buffer
		if err := ev.WriteErrors(&b); err == nil {
			err = os.WriteFile(*errorsPath, b.Bytes(), 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "timexeval: %v\n", err)
			return 2
		}
	}
	if len(ev.Errors) > 0 {
		return 2
	}
	return 0
}

// tagText is the tagger under evaluation (a variable so that tests can
// make it misbehave).
var tagText = timex.Tag

// tag runs the tagger, turning a panic into an error so that one bad
// document does not stop the evaluation.
func tag(text string, dct time.Time) (sys []timeml.Timex, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("tagger panicked: %v", r)
		}
	}()
	return timeml.FromExprs(tagText(text, dct, nil)), nil
}
