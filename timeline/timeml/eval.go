package timeml

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Tagger annotates the plain text of a document whose creation time is
// dct.
type Tagger func(text string, dct time.Time) ([]Timex, error)

// DocResult is the evaluation of one document.
type DocResult struct {
	// Path is the file, Corpus the first directory under the evaluated
	// root ("TimeBank", "AQUAINT"), "." for files directly in it.
	Path, Corpus string
	Doc          *Document
	Counts       Counts
	Diffs        []Diff
	// Pairs is the alignment the counts come from.
	Pairs []Pair
}

// Evaluation is the result of scoring a tagger on a directory of gold
// documents.
type Evaluation struct {
	Docs []DocResult
	// Errors are the documents that could not be read or tagged; they are
	// left out of the scores.
	Errors []error
}

// EvaluateDir scores tag on every .tml file under root (recursively, in
// lexical order) against the gold TIMEX3 of the files.
func EvaluateDir(root string, tag Tagger) (*Evaluation, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".tml") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .tml files", root)
	}
	sort.Strings(files)
	ev := &Evaluation{}
	for _, f := range files {
		d, err := ParseFile(f)
		if err != nil {
			ev.Errors = append(ev.Errors, err)
			continue
		}
		sys, err := tag(d.Text, d.Anchor)
		if err != nil {
			ev.Errors = append(ev.Errors, fmt.Errorf("%s: %v", f, err))
			continue
		}
		c, diffs := Compare(d.Timexes, sys)
		corpus := "."
		if rel, err := filepath.Rel(root, f); err == nil {
			if dir, _, ok := strings.Cut(filepath.ToSlash(rel), "/"); ok {
				corpus = dir
			}
		}
		ev.Docs = append(ev.Docs, DocResult{Path: f, Corpus: corpus, Doc: d, Counts: c, Diffs: diffs, Pairs: Align(d.Timexes, sys)})
	}
	return ev, nil
}

// Total returns the counts summed over the documents of the given corpus,
// or over all documents when corpus is "".
func (ev *Evaluation) Total(corpus string) (c Counts, docs int) {
	for _, r := range ev.Docs {
		if corpus == "" || r.Corpus == corpus {
			c.Add(r.Counts)
			docs++
		}
	}
	return c, docs
}

// Corpora returns the corpus names of the documents, sorted.
func (ev *Evaluation) Corpora() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range ev.Docs {
		if !seen[r.Corpus] {
			seen[r.Corpus] = true
			out = append(out, r.Corpus)
		}
	}
	sort.Strings(out)
	return out
}

// WriteReport writes the four scores overall and per corpus.
func (ev *Evaluation) WriteReport(w io.Writer) error {
	var b strings.Builder
	b.WriteString("TempEval-3 timex scores (TE3 toolkit definitions, DCT excluded)\n")
	groups := append([]string{""}, ev.Corpora()...)
	for _, g := range groups {
		c, n := ev.Total(g)
		name := g
		if g == "" {
			name = "all"
		}
		s := c.Scores()
		fmt.Fprintf(&b, "\n%s: %d documents, %d gold, %d system, %d relaxed matches, %d strict, %d right values, %d right types\n",
			name, n, c.Gold, c.System, c.Relaxed, c.Strict, c.Value, c.Type)
		b.WriteString("           P       R       F1\n")
		for _, row := range []struct {
			name string
			prf  PRF
		}{{"strict", s.Strict}, {"relaxed", s.Relaxed}, {"value", s.Value}, {"type", s.Type}} {
			fmt.Fprintf(&b, "  %-7s  %.4f  %.4f  %.4f\n", row.name, row.prf.P, row.prf.R, row.prf.F1)
		}
	}
	ev.writeByType(&b)
	if len(ev.Errors) > 0 {
		fmt.Fprintf(&b, "\n%d documents could not be scored\n", len(ev.Errors))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeByType breaks the overall result down by TIMEX3 type: for gold
// expressions of each type, how many were found (relaxed), with the exact
// extent, the right value and the right type; for system expressions of
// each type, how many are false positives.
func (ev *Evaluation) writeByType(b *strings.Builder) {
	type row struct{ gold, found, strict, value, typ, system, fp int }
	rows := map[string]*row{}
	get := func(t string) *row {
		if rows[t] == nil {
			rows[t] = &row{}
		}
		return rows[t]
	}
	for _, r := range ev.Docs {
		for _, p := range r.Pairs {
			if p.System != nil {
				sr := get(p.System.Type)
				sr.system++
				if p.Gold == nil {
					sr.fp++
				}
			}
			if p.Gold == nil {
				continue
			}
			gr := get(p.Gold.Type)
			gr.gold++
			if p.System == nil {
				continue
			}
			gr.found++
			if p.Strict() {
				gr.strict++
			}
			if p.System.Value == p.Gold.Value {
				gr.value++
			}
			if p.System.Type == p.Gold.Type {
				gr.typ++
			}
		}
	}
	types := make([]string, 0, len(rows))
	for t := range rows {
		types = append(types, t)
	}
	sort.Strings(types)
	b.WriteString("\nall, by type: gold expressions found (relaxed), exact extent, right value, right type; system expressions, false positives\n")
	b.WriteString("  type       gold  found  exact  value  type   value-acc   system  false-pos\n")
	for _, t := range types {
		r := rows[t]
		acc := 0.0
		if r.found > 0 {
			acc = float64(r.value) / float64(r.found)
		}
		fmt.Fprintf(b, "  %-9s %5d  %5d  %5d  %5d  %5d   %.4f      %5d  %5d\n", t, r.gold, r.found, r.strict, r.value, r.typ, acc, r.system, r.fp)
	}
}

// ErrorsHeader is the first line of the TSV WriteErrors writes.
const ErrorsHeader = "doc\tkind\tclass\tgold_text\tgold_type\tgold_value\tsys_text\tsys_type\tsys_value\tdct\tcontext\n"

// WriteErrors writes every difference of the evaluation as TSV, one line
// per miss, false positive or aligned pair with a wrong value, type or
// extent, in document and text order. The class column says why a wrong
// value differs (ClassifyValue) and is empty on other rows. The context
// column shows the text
// around the expression with the gold span in [[ ]] and the system span in
// {{ }}.
func (ev *Evaluation) WriteErrors(w io.Writer) error {
	var b strings.Builder
	b.WriteString(ErrorsHeader)
	for _, r := range ev.Docs {
		doc := filepath.ToSlash(r.Path)
		for _, d := range r.Diffs {
			var g, s Timex
			if d.Gold != nil {
				g = *d.Gold
			}
			if d.System != nil {
				s = *d.System
			}
			class := ""
			if d.Kind == WrongValue {
				class = string(ClassifyValue(g, s))
			}
			fields := []string{doc, string(d.Kind), class, g.Text, g.Type, g.Value, s.Text, s.Type, s.Value, r.Doc.DCT.Value, context(r.Doc.Text, d.Gold, d.System)}
			for i, f := range fields {
				if i > 0 {
					b.WriteByte('\t')
				}
				b.WriteString(tsvField(f))
			}
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var tsvCleaner = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func tsvField(s string) string { return tsvCleaner.Replace(s) }

// contextWidth is how many bytes of text context shows on either side.
const contextWidth = 60

// context shows the text around a difference, marking the gold span with
// [[ ]] and the system span with {{ }}.
func context(text string, g, s *Timex) string {
	type mark struct {
		at, order int // order breaks ties so that spans nest
		tag       string
	}
	var marks []mark
	lo, hi := len(text), 0
	for _, x := range []struct {
		t          *Timex
		open, shut string
	}{{g, "[[", "]]"}, {s, "{{", "}}"}} {
		if x.t == nil {
			continue
		}
		st, en := clamp(x.t.Start, len(text)), clamp(x.t.End, len(text))
		if en < st {
			en = st
		}
		// At one offset: closing marks first, the later-opened one
		// first; then opening marks, the later-closing one first.
		marks = append(marks, mark{st, 2*len(text) - en + 1, x.open}, mark{en, -st, x.shut})
		lo, hi = min(lo, st), max(hi, en)
	}
	if lo > hi {
		return ""
	}
	from := runeStart(text, max(0, lo-contextWidth))
	to := runeStart(text, min(len(text), hi+contextWidth))
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].at != marks[j].at {
			return marks[i].at < marks[j].at
		}
		return marks[i].order < marks[j].order
	})
	var b strings.Builder
	last := from
	for _, m := range marks {
		at := runeStart(text, m.at)
		if at < last {
			at = last
		}
		b.WriteString(text[last:at])
		b.WriteString(m.tag)
		last = at
	}
	b.WriteString(text[last:to])
	return strings.Join(strings.Fields(b.String()), " ")
}

func clamp(i, n int) int { return max(0, min(i, n)) }

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
