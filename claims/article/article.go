// Package article is factline's model of one news article: where it came
// from, when it was published, its cleaned body text, and the paragraphs,
// sentences and tokens of that text, each with byte offsets and
// line:column positions in the original file.
//
// Offsets into Body are byte offsets into the cleaned text. Article.Pos maps
// such an offset back to the original file, so every piece of evidence that
// factline reports can be found in the file the user gave it.
package article

import (
	"fmt"
	"sort"
	"time"
)

// Position is a place in an original input file. Offset is a 0-based byte
// offset; Line and Column are 1-based, and Column counts Unicode characters
// (runes), not bytes, so it matches what an editor shows.
type Position struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// String formats the position as line:column.
func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// Span is a half-open byte range [Start, End) of an Article's Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Sentence is one sentence of the body, or one heading line (a subhead such
// as "Trump Softens Criticism of Kyiv") kept apart from body sentences.
type Sentence struct {
	Span
	// Paragraph is the 0-based index of the paragraph holding the sentence.
	Paragraph int `json:"paragraph"`
	// Heading is true for headline-like lines that are not body sentences.
	Heading bool `json:"heading,omitempty"`
}

// Token is one word, number or punctuation mark of the body.
type Token struct {
	Span
	Text string `json:"text"`
	// Kind says whether the token is a word, a number or punctuation.
	Kind TokenKind `json:"kind"`
}

// TokenKind classifies a Token.
type TokenKind uint8

// The kinds of tokens.
const (
	TokenWord   TokenKind = iota // letters, possibly with digits, apostrophes, hyphens or dots ("U.S.", "Trump-Putin")
	TokenNumber                  // starts with a digit: "2025", "1,500", "3.5", "2025-02-22", "20%" is "20" then "%"
	TokenPunct                   // any other single character, or "..." and "--"
)

// String names the kind: "word", "number" or "punct".
func (k TokenKind) String() string {
	switch k {
	case TokenWord:
		return "word"
	case TokenNumber:
		return "number"
	default:
		return "punct"
	}
}

// MarshalText encodes the kind as its name.
func (k TokenKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Severity grades a Diagnostic.
type Severity string

// The severities of diagnostics.
const (
	SeverityError   Severity = "error"   // the file (or rule) could not be used
	SeverityWarning Severity = "warning" // used, but something needs a look
	SeverityNotice  Severity = "notice"  // informational, e.g. a skipped file
)

// Diagnostic is a message about an input at a position. Its Error method
// gives the conventional "path:line:col: message" form; Line and Column are
// 0 when the message is about the file as a whole.
type Diagnostic struct {
	Path     string   `json:"path"`
	Line     int      `json:"line,omitempty"`
	Column   int      `json:"column,omitempty"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Excerpt optionally shows the offending source lines, ready to print
	// under the message.
	Excerpt string `json:"excerpt,omitempty"`
}

// Error formats the diagnostic as "path:line:col: message" (or "path:
// message" without a position).
func (d Diagnostic) Error() string {
	switch {
	case d.Line > 0 && d.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", d.Path, d.Line, d.Column, d.Message)
	case d.Line > 0:
		return fmt.Sprintf("%s:%d: %s", d.Path, d.Line, d.Message)
	default:
		return fmt.Sprintf("%s: %s", d.Path, d.Message)
	}
}

// Article is one loaded news article.
type Article struct {
	// ID is the front matter id, else the file name without extension.
	ID string `json:"id"`
	// Path is the file path as given, relative to the working directory
	// where possible; "-" for standard input.
	Path   string `json:"path"`
	Title  string `json:"title,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
	// Published is the publication time (the DCT that relative dates are
	// resolved against), in the article's time zone.
	Published time.Time `json:"published"`
	// PublishedSource says where Published came from: "front matter",
	// "html meta", "flag" or "inferred".
	PublishedSource string `json:"published_source"`
	// PublishedEvidence quotes the text a date was inferred from.
	PublishedEvidence string `json:"published_evidence,omitempty"`
	// Timezone is the IANA zone name from front matter, if any.
	Timezone string `json:"timezone,omitempty"`
	// Meta holds front matter keys factline does not know, unchanged.
	Meta map[string]any `json:"meta,omitempty"`

	// Body is the cleaned article text: front matter, markup and scraped
	// page junk removed.
	Body       string     `json:"text"`
	Paragraphs []Span     `json:"paragraphs"`
	Sentences  []Sentence `json:"sentences"`
	// Warnings are diagnostics about this article that did not stop it
	// from loading.
	Warnings []Diagnostic `json:"warnings,omitempty"`

	// pieces maps Body offsets to file offsets, sorted by Body offset.
	pieces []Piece
	// lineStarts are the file offsets at which lines start.
	lineStarts []int
	// src is the original file content.
	src []byte
	// headings holds the Body offsets of paragraphs whose kind markup
	// settles: true for headings (a Markdown "#" line, an HTML h1-h6),
	// which Segment keeps apart whatever their wording; false for list
	// items, which are never headings.
	headings map[int]bool
}

// Piece says that Body[Body:Body+Len] came from the original file at
// byte offset File. Text extracted from markup may decode entities, so a
// piece's file range may be longer than Len; Pos maps offsets inside such a
// piece to its start.
type Piece struct {
	Body, File, Len int
	// Exact is true when the body bytes equal the file bytes, so offsets
	// inside the piece map one to one.
	Exact bool
}

// New builds an Article from its original file content src and the cleaned
// body assembled from pieces of it. Pieces must be sorted by Body offset.
// It is the constructor used by the loader and by tests that need an article
// without a file; segmentation is left to the caller (see Segment).
func New(path string, src []byte, body string, pieces []Piece) *Article {
	return &Article{Path: path, src: src, Body: body, pieces: pieces, lineStarts: lineStarts(src)}
}

// FromText builds an Article whose file content is text itself (no front
// matter, no junk) and segments it. It is meant for tests, tools and the
// Go API, where text arrives as a string.
func FromText(id, path, text string, published time.Time) *Article {
	var pieces []Piece
	if text != "" {
		pieces = []Piece{{Body: 0, File: 0, Len: len(text), Exact: true}}
	}
	a := New(path, []byte(text), text, pieces)
	a.ID = id
	a.Published = published
	a.PublishedSource = "flag"
	Segment(a)
	return a
}

// FileOffset maps a byte offset of Body to a byte offset of the original
// file.
func (a *Article) FileOffset(bodyOff int) int {
	if len(a.pieces) == 0 {
		return bodyOff
	}
	// The last piece starting at or before bodyOff (a binary search
	// without sort.Search's call per step: evidence asks this often).
	lo, hi := 0, len(a.pieces)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a.pieces[m].Body > bodyOff {
			hi = m
		} else {
			lo = m + 1
		}
	}
	i := lo - 1
	if i < 0 {
		i = 0
	}
	p := a.pieces[i]
	d := bodyOff - p.Body
	if !p.Exact {
		if d > 0 && d >= p.Len {
			d = p.Len
		} else {
			d = 0
		}
	}
	return p.File + d
}

// Pos maps a byte offset of Body to its position in the original file.
func (a *Article) Pos(bodyOff int) Position {
	return a.FilePos(a.FileOffset(bodyOff))
}

// FilePos gives the line and column of a byte offset of the original file.
func (a *Article) FilePos(off int) Position {
	line, col := lineCol(a.src, a.lineStarts, off)
	return Position{Offset: max(0, min(off, len(a.src))), Line: line, Column: col}
}

// Source returns the original file content. It is the article's own:
// the caller must not modify it (a loaded article's Body may share its
// bytes).
func (a *Article) Source() []byte { return a.src }

// Text returns the body text of a span.
func (a *Article) Text(s Span) string { return a.Body[s.Start:s.End] }

// SentenceAt returns the index of the sentence holding the body offset off,
// or -1.
func (a *Article) SentenceAt(off int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > off })
	if i < len(a.Sentences) && a.Sentences[i].Start <= off {
		return i
	}
	return -1
}
