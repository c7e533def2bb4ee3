package article

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// block is one paragraph candidate of an input (a line or paragraph of
// text, a block element of HTML) before junk removal.
type block struct {
	text string
	// pieces map text offsets (Piece.Body) to file offsets.
	pieces []Piece
	// line and col are where the block starts in the file.
	line, col int
	// heading is set when markup says the block is a heading.
	heading bool
	// linkDense is set for HTML blocks that are mostly link text.
	linkDense bool
	// listItem is set for list items (Markdown "- ", HTML <li>).
	listItem bool
}

// scratch holds the working slices of parsing that one Load reuses from
// file to file: a text file's blocks and their pieces and lines, and what
// the junk rules note about the blocks. None of them outlives the build
// of the article (its body, pieces and spans are copies), so the next
// file may overwrite them; nothing may keep them.
type scratch struct {
	blocks []block
	pieces []Piece
	lines  []srcLine
	infos  []blockInfo
	spans  []Span
	kept   []block
	folded []byte
	// built and builtPieces are a text builder's buffers (textBuilder's
	// buf and pieces): a block's text is copied out of built, and its
	// pieces are slices of builtPieces that no block keeps past the build.
	built       []byte
	builtPieces []Piece
	// paragraphs and sentences are an article's lists being segmented.
	paragraphs []Span
	sentences  []Sentence
}

// reuse returns *buf emptied, first replaced by a new slice when its
// capacity is below n.
func reuse[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, 0, n)
	}
	return (*buf)[:0]
}

// document is an input parsed into metadata and blocks, ready to become an
// Article.
type document struct {
	title  string
	outlet string
	url    string
	id     string
	tz     string
	loc    *time.Location
	meta   map[string]any
	// published is set when the file itself dates the article.
	published       time.Time
	publishedSource string
	blocks          []block
	// pageBlocks, when set, are all the text blocks of an HTML page, in
	// which the publication date is looked for; otherwise blocks are.
	pageBlocks []block
	// diags are warnings found while parsing; errors stop the file.
	diags []Diagnostic
	// text is the file's content as a string, when blocks' texts are
	// slices of it (a text file); "" otherwise.
	text string
}

// build turns the document into a segmented article: junk removed, the
// publication date settled, the body assembled from the kept blocks. It
// returns nil (with an error in d.diags) when no date can be found or no
// text remains.
func (d *document) build(path string, src []byte, starts []int, opts ParseOptions) *Article {
	kept, pageTitle := removeJunk(d.blocks, d.title, opts.junk, opts.scratch)
	if d.title == "" {
		d.title = pageTitle
	}
	body, pieces, headings := assemble(kept, d.text)

	a := &Article{Path: path, src: src, Body: body, pieces: pieces, lineStarts: starts}
	a.headings = headings
	a.Title, a.Outlet, a.URL, a.Timezone, a.Meta = d.title, d.outlet, d.url, d.tz, d.meta
	a.ID = d.id
	if a.ID == "" {
		a.ID = idFromPath(path)
	}
	a.Warnings = d.diags
	switch {
	case !d.published.IsZero():
		a.Published, a.PublishedSource = d.published, d.publishedSource
	case !opts.Published.IsZero():
		a.Published, a.PublishedSource = inZone(opts.Published, d.loc), "flag"
	default:
		where := d.blocks
		if d.pageBlocks != nil {
			where = d.pageBlocks
		}
		inf, ok := inferPublished(where, d.loc)
		if !ok {
			d.diags = append(d.diags, Diagnostic{Path: path, Severity: SeverityError,
				Message: `no publication date: add "published:" front matter or pass --published`})
			return nil
		}
		a.Published, a.PublishedSource, a.PublishedEvidence = inf.t, "inferred", inf.evidence
		a.Warnings = append(a.Warnings, Diagnostic{Path: path, Line: inf.line, Column: inf.col, Severity: SeverityWarning,
			Message: fmt.Sprintf("publication date %s inferred from %q: check it, or add \"published:\" front matter", inf.t.Format("2006-01-02"), inf.evidence)})
	}
	if strings.TrimSpace(body) == "" {
		d.diags = append(d.diags, Diagnostic{Path: path, Severity: SeverityError, Message: "no article text left after removing markup and page junk"})
		return nil
	}
	segmentLent(a, opts.scratch)
	return a
}

// segmentLent is Segment, the lists built in sc's buffers (when sc is not
// nil) and copied out at their size: Segment's room for every line and
// for short sentences is then allocated once for all the files of a Load.
func segmentLent(a *Article, sc *scratch) {
	if sc == nil {
		Segment(a)
		return
	}
	a.Paragraphs, a.Sentences = sc.paragraphs[:0], sc.sentences[:0]
	Segment(a)
	sc.paragraphs, sc.sentences = a.Paragraphs[:0], a.Sentences[:0]
	a.Paragraphs, a.Sentences = cloneOrNil(a.Paragraphs), cloneOrNil(a.Sentences)
}

// cloneOrNil copies s into a slice of its length, nil if it is empty.
func cloneOrNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// inZone reads the wall clock of a UTC flag date ("--published
// 2025-02-22") in the article's zone, so that the date stays February 22
// there; a time with its own offset is only converted.
func inZone(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		return t
	}
	if t.Location() != time.UTC {
		return t.In(loc)
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}

// idFromPath is the file name without its extension ("stdin" for "-").
func idFromPath(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// paragraphSep separates the blocks of an assembled body.
const paragraphSep = "\n\n"

// assemble joins blocks into a body, paragraphs separated by a blank line,
// and returns the pieces mapping it to the file and the offsets of the
// paragraphs markup marks as headings (true) or list items (false).
// text, when not "", is the file's content: a body that stands in it as
// it is (see bodyIn) is a slice of it, not a copy.
func assemble(blocks []block, text string) (string, []Piece, map[int]bool) {
	var sb strings.Builder
	size, npieces := 0, 0
	for _, b := range blocks {
		size += len(b.text) + len(paragraphSep)
		npieces += len(b.pieces) + 1
	}
	whole, inText := bodyIn(blocks, text)
	if !inText {
		sb.Grow(size)
	}
	var pieces []Piece
	if npieces > 0 {
		pieces = make([]Piece, 0, npieces)
	}
	var headings map[int]bool
	bodyLen := 0
	for i, b := range blocks {
		if i > 0 {
			// The separator maps to the end of the previous block.
			last := pieces[len(pieces)-1]
			end := last.File + last.Len
			if !last.Exact {
				end = last.File
			}
			pieces = append(pieces, Piece{Body: bodyLen, File: end, Len: len(paragraphSep)})
			bodyLen += len(paragraphSep)
			if !inText {
				sb.WriteString(paragraphSep)
			}
		}
		start := bodyLen
		if b.heading || b.listItem {
			if headings == nil {
				headings = map[int]bool{}
			}
			headings[start] = b.heading
		}
		for _, p := range b.pieces {
			p.Body += start
			pieces = appendPiece(pieces, p)
		}
		bodyLen += len(b.text)
		if !inText {
			sb.WriteString(b.text)
		}
	}
	if inText {
		return whole, pieces, headings
	}
	return sb.String(), pieces, headings
}

// bodyIn returns the body the blocks join into as a slice of text, the
// file's content, when it stands there as it is: each block one exact
// piece of the file, holding the file's bytes, the next one after a
// paragraphSep of the file (paragraphs one blank line apart, all kept).
// ok is false otherwise.
func bodyIn(blocks []block, text string) (body string, ok bool) {
	if text == "" || len(blocks) == 0 {
		return "", false
	}
	start, end := 0, 0
	for i, b := range blocks {
		if len(b.pieces) != 1 {
			return "", false
		}
		p := b.pieces[0]
		if !p.Exact || p.Body != 0 || p.Len != len(b.text) || p.File+p.Len > len(text) || text[p.File:p.File+p.Len] != b.text {
			return "", false
		}
		if i == 0 {
			start = p.File
		} else if p.File != end+len(paragraphSep) || text[end:p.File] != paragraphSep {
			return "", false
		}
		end = p.File + p.Len
	}
	return text[start:end], true
}

// appendPiece adds p, merging it into the last piece when both are exact
// and continue each other in body and file.
func appendPiece(pieces []Piece, p Piece) []Piece {
	if n := len(pieces); n > 0 {
		last := &pieces[n-1]
		if last.Exact && p.Exact && last.Body+last.Len == p.Body && last.File+last.Len == p.File {
			last.Len += p.Len
			return pieces
		}
	}
	return append(pieces, p)
}

// textBuilder assembles a block's text from pieces of the file.
type textBuilder struct {
	buf    []byte
	pieces []Piece
	// invalid counts bytes that were not UTF-8 and became U+FFFD.
	invalid int
	// valid says the file is valid UTF-8: exact needs no check.
	valid bool
}

// exact appends file bytes src[off:off+len(s)] == s unchanged, replacing
// bytes that are not valid UTF-8 by U+FFFD.
func (b *textBuilder) exact(off int, s string) {
	if b.valid || utf8.ValidString(s) {
		b.piece(Piece{Body: len(b.buf), File: off, Len: len(s), Exact: true})
		b.buf = append(b.buf, s...)
		return
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.invalid++
			b.decoded(off+i, "\uFFFD")
			i++
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			j += n
		}
		b.piece(Piece{Body: len(b.buf), File: off + i, Len: j - i, Exact: true})
		b.buf = append(b.buf, s[i:j]...)
		i = j
	}
}

// decoded appends text that stands for the file bytes at off but differs
// from them (an entity, collapsed space).
func (b *textBuilder) decoded(off int, s string) {
	if s == "" {
		return
	}
	b.piece(Piece{Body: len(b.buf), File: off, Len: len(s)})
	b.buf = append(b.buf, s...)
}

func (b *textBuilder) piece(p Piece) {
	if p.Len > 0 {
		b.pieces = appendPiece(b.pieces, p)
	}
}

// block returns the built text as a block and resets the builder. The
// next block's pieces go on in the same array, after this block's (whose
// capacity ends with them), until it is full.
func (b *textBuilder) block() block {
	n := len(b.pieces)
	bl := block{text: string(b.buf), pieces: b.pieces[:n:n]}
	b.buf, b.pieces = b.buf[:0], b.pieces[n:]
	return bl
}
