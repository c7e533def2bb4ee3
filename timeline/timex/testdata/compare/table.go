package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Row is one sentence of a timex test table with the expressions it must
// yield.
type Row struct {
	// Table is the base name of the table file, e.g. "news-heldout.tsv".
	Table string
	// ID is the row's id; ids are unique within a table only.
	ID string
	// DCT is the publication date, midnight UTC.
	DCT time.Time
	// Sentence is the text given to every library.
	Sentence string
	// Want are the expected expressions in text order; empty for a "-" row,
	// a sentence that must yield nothing.
	Want []Want
}

// Key identifies a row across tables.
func (r Row) Key() string { return r.Table + "\t" + r.ID }

// Want is one expected expression of a row.
type Want struct {
	// Text is the expression as written in the sentence.
	Text string
	// Start and End are its byte span in the sentence.
	Start, End int
	// Value is the TIMEX3 value, e.g. "2025-02-18", "2025-W09", "P2W".
	Value string
}

// readTable reads one test table (see ../news.tsv for the format: id, dct,
// sentence, want, known_failure; want is "TEXT = VALUE [TYPE] [mod=..]"
// items joined by " ; ", or "-").
func readTable(file string) ([]Row, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []Row
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 4 {
			return nil, fmt.Errorf("%s:%d:1: %d fields, want at least 4", file, n, len(fields))
		}
		dct, err := time.Parse("2006-01-02", fields[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d:1: dct: %v", file, n, err)
		}
		r := Row{Table: filepath.Base(file), ID: fields[0], DCT: dct, Sentence: fields[2]}
		if fields[3] != "-" {
			from := 0
			for _, part := range strings.Split(fields[3], " ; ") {
				i := strings.LastIndex(part, " = ")
				if i < 0 {
					return nil, fmt.Errorf("%s:%d:1: %q: want TEXT = VALUE", file, n, part)
				}
				text, rest := part[:i], strings.Fields(part[i+3:])
				if len(rest) == 0 {
					return nil, fmt.Errorf("%s:%d:1: %q: no value", file, n, part)
				}
				// Expressions are in text order; search after the previous
				// one's start so a repeated text finds its own occurrence.
				at := strings.Index(r.Sentence[from:], text)
				if at < 0 {
					at = strings.Index(r.Sentence, text)
					from = 0
				}
				if at < 0 {
					return nil, fmt.Errorf("%s:%d:1: expression %q is not in the sentence", file, n, text)
				}
				at += from
				r.Want = append(r.Want, Want{Text: text, Start: at, End: at + len(text), Value: rest[0]})
				from = at + 1
			}
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return rows, nil
}
