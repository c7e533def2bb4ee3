package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/factline/factline/timeline/timeml"
	"github.com/factline/factline/timeline/timex"
)

// runTimeML implements "factline timex --timeml IN.tml": it reads a
// TempEval-3 document ("-" is standard input), tags the plain text of its
// TEXT element against the DCT value and writes the document back to
// stdout with the expressions as TIMEX3 (see timeml.Document.Write for what
// is kept and what is dropped). Bad input is exit code 2.
func runTimeML(e *env, path string) int {
	var src []byte
	var err error
	if path == "-" {
		src, err = io.ReadAll(e.stdin)
	} else {
		src, err = os.ReadFile(path)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "factline timex: %v\n", err)
		return exitTrouble
	}
	doc, err := timeml.Parse(path, src)
	if err != nil {
		fmt.Fprintf(e.stderr, "factline timex: %v\n", err)
		return exitTrouble
	}
	exprs := timex.Tag(doc.Text, doc.Anchor, nil)
	w := bufio.NewWriter(e.stdout)
	if err := doc.Write(w, timeml.FromExprs(exprs)); err != nil {
		fmt.Fprintf(e.stderr, "factline timex: %v\n", err)
		return exitTrouble
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "factline timex: %v\n", err)
		return exitTrouble
	}
	return exitOK
}
