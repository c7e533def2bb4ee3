package article

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// parseText reads a plain text or Markdown article into d: optional YAML
// front matter, then paragraphs. text is src as a string (the document's
// text: lines and front matter values are slices of it). Errors stop the
// file; warnings are kept in the document.
func parseText(d *document, path string, src []byte, text string, starts []int, markdown bool, sc *scratch) []Diagnostic {
	ymlStart, ymlEnd, firstLine, bodyStart, hasFM, err := splitFrontMatter(src)
	if err != nil {
		return []Diagnostic{{Path: path, Line: 1, Column: 1, Severity: SeverityError, Message: err.Error()}}
	}
	if !hasFM && len(src) >= 3 && string(src[:3]) == "\xef\xbb\xbf" {
		bodyStart = 3
	}
	if hasFM {
		var fm frontMatter
		if errs := parseFrontMatter(&fm, path, text[ymlStart:ymlEnd], firstLine); len(errs) > 0 {
			return errs
		}
		if errs := d.applyFrontMatter(path, &fm); len(errs) > 0 {
			return errs
		}
	}
	first, n := firstInvalidUTF8(src)
	if first >= 0 {
		line, col := lineCol(src, starts, first)
		d.diags = append(d.diags, Diagnostic{Path: path, Line: line, Column: col, Severity: SeverityWarning,
			Message: fmt.Sprintf("invalid UTF-8: %d byte(s) replaced by U+FFFD (is the file in another encoding?)", n)})
	}
	line, _ := lineCol(src, starts, bodyStart)
	d.text = text
	d.blocks = textBlocksOf(d.text, starts, bodyStart, line, markdown, first < 0, sc)
	return nil
}

// applyFrontMatter copies the known front matter keys into the document.
func (d *document) applyFrontMatter(path string, fm *frontMatter) []Diagnostic {
	errAt := func(v fmValue, format string, args ...any) []Diagnostic {
		return []Diagnostic{{Path: path, Line: v.line, Column: v.col, Severity: SeverityError, Message: fmt.Sprintf(format, args...)}}
	}
	d.title, d.outlet, d.url, d.id = fm.fields[keyTitle].text, fm.fields[keyOutlet].text, fm.fields[keyURL].text, fm.fields[keyID].text
	d.meta = fm.meta
	if v := fm.fields[keyTimezone]; v.text != "" {
		loc, err := loadLocation(v.text)
		if err != nil || v.text == "Local" {
			return errAt(v, "timezone: unknown time zone %q: use an IANA name such as Europe/Kyiv or America/New_York", v.text)
		}
		d.tz, d.loc = v.text, loc
	}
	if v := fm.fields[keyPublished]; v.text != "" {
		t, err := ParseDate(v.text, d.loc)
		if err != nil {
			return errAt(v, "published: %v", err)
		}
		d.published, d.publishedSource = t, "front matter"
	}
	if v := fm.fields[keyID]; strings.ContainsAny(v.text, " \t\n/") {
		return errAt(v, "id: %q must not contain spaces or slashes", v.text)
	}
	return nil
}

// locations caches time.LoadLocation, which reads the zone database
// from disk on every call, by zone name. A Location is immutable, so
// articles may share one.
var locations sync.Map

// loadLocation is time.LoadLocation with the cache; failures are not
// cached.
func loadLocation(name string) (*time.Location, error) {
	if loc, ok := locations.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	locations.Store(name, loc)
	return loc, nil
}

// srcLine is one line of a text body.
type srcLine struct {
	off  int    // file offset of the first byte of text
	text string // the line without surrounding white space
	line int
	col  int
	// setext is set for a Markdown line underlined with "===" or "---".
	setext bool
}

// textBlocksOf splits the body of a text file (from offset start, which
// is on line firstLine) into blocks. Blank lines separate groups of lines;
// a group whose lines look hard-wrapped (every line but the last 40 to 100
// characters long) is one paragraph, otherwise each line is one (the seeds
// put one paragraph per line, with headings on lines of their own).
//
// text is the file's content as a string, whose lines start at starts
// (lineStarts): the text of a block that is one line of the file is a
// slice of text. valid says text is known to be valid UTF-8, so its lines
// need no check. sc, when not nil, lends the working slices (see scratch).
func textBlocksOf(text string, starts []int, start, firstLine int, markdown, valid bool, sc *scratch) []block {
	tb := textBuilder{valid: valid}
	// One array holds the pieces of all one-line blocks; blocks has room
	// for a block per line.
	// The line holding start (the first line from it, line firstLine,
	// is numbered from there).
	first := sort.SearchInts(starts, start+1) - 1
	lines := len(starts) - first
	var group []srcLine
	var arena []Piece
	var blocks []block
	if sc != nil {
		group = sc.lines[:0]
		arena = reuse(&sc.pieces, lines)
		blocks = reuse(&sc.blocks, lines)
		// The builder's blocks take their pieces one after the other
		// from one array (see textBuilder.block), with room for two a
		// line: a wrapped line is one exact piece and a space. Only
		// Markdown or invalid UTF-8 may need more, then allocated.
		tb.buf, tb.pieces = sc.built[:0], reuse(&sc.builtPieces, 2*lines)
		defer func() { sc.lines, sc.built = group[:0], tb.buf[:0] }()
	} else {
		arena = make([]Piece, 0, lines)
		blocks = make([]block, 0, lines)
	}
	flush := func() {
		if len(group) == 0 {
			return
		}
		if wrapped(group) && !(markdown && anyMarkdownBlockLine(group)) {
			first := group[0]
			for i, l := range group {
				if i > 0 {
					// The line break becomes a space, standing on the newline.
					tb.decoded(group[i-1].off+len(group[i-1].text), " ")
				}
				addLine(&tb, l, markdown)
			}
			b := tb.block()
			b.line, b.col = first.line, first.col
			blocks = appendBlock(blocks, b)
		} else {
			for _, l := range group {
				if !markdown && (valid || utf8.ValidString(l.text)) {
					// The common case: the line itself, no copy (a
					// line of a file that is not Markdown has no
					// marker: markdownLine would give it back as it is).
					if !isText(l.text) {
						continue // appendBlock's test: no text
					}
					arena = append(arena, Piece{Body: 0, File: l.off, Len: len(l.text), Exact: true})
					blocks = append(blocks, block{text: l.text, pieces: arena[len(arena)-1 : len(arena) : len(arena)], line: l.line, col: l.col})
					continue
				}
				heading, listItem, l2 := markdownLine(l, markdown)
				addLine(&tb, l2, markdown)
				b := tb.block()
				b.line, b.col, b.heading, b.listItem = l.line, l.col, heading, listItem
				blocks = appendBlock(blocks, b)
			}
		}
		group = group[:0]
	}
	inCode := false // inside a Markdown code fence, which is not article text
	// Line k runs from starts[k] to the newline before starts[k+1]; the
	// first one is read from start.
	for k, off := first, start; off < len(text); k++ {
		line := firstLine + k - first
		end, next := len(text), len(text)
		if k+1 < len(starts) {
			next = starts[k+1]
			end = next - 1
		}
		s := text[off:end]
		// Most lines start and end with text: the trims are asked only
		// when a first or last byte may be one they remove.
		trimmed := s
		if s != "" && (s[0] == ' ' || s[0] == '\t' || s[0] == 0xef) {
			trimmed = strings.TrimLeft(s, " \t\ufeff")
		}
		lead := len(s) - len(trimmed)
		if n := len(trimmed); n > 0 && (trimmed[n-1] == ' ' || trimmed[n-1] == '\t' || trimmed[n-1] == '\r' || trimmed[n-1] == 0xa0) {
			trimmed = strings.TrimRight(trimmed, " \t\r\u00a0")
		}
		switch {
		case markdown && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")):
			flush()
			inCode = !inCode
		case inCode:
		case markdown && len(group) > 0 && isSetextUnderline(trimmed):
			group[len(group)-1].setext = true
			flush()
		case trimmed == "":
			flush()
		default:
			col := 1
			if lead > 0 {
				col += utf8.RuneCountInString(s[:lead])
			}
			group = append(group, srcLine{off: off + lead, text: trimmed, line: line, col: col})
		}
		off = next
	}
	flush()
	return blocks
}

// appendBlock adds b unless it has no text.
func appendBlock(blocks []block, b block) []block {
	if !isText(b.text) {
		return blocks
	}
	return append(blocks, b)
}

// isText reports whether s holds more than white space.
func isText(s string) bool {
	// An ASCII first byte that is not space is text.
	return s != "" && (s[0] < utf8.RuneSelf && !isASCIISpace(s[0]) || strings.TrimSpace(s) != "")
}

// wrapped reports whether a group of lines looks like one hard-wrapped
// paragraph.
func wrapped(group []srcLine) bool {
	if len(group) < 2 {
		return false
	}
	for _, l := range group[:len(group)-1] {
		// A line has at most as many runes as bytes, and at least a
		// quarter as many: one that has fewer than 40 bytes or more than
		// 400 is not counted. Nor is one past its 101st rune: most
		// lines of a file with a paragraph a line are far longer.
		if len(l.text) < 40 || len(l.text) > 4*100 {
			return false
		}
		n := 0
		for range l.text {
			if n++; n > 100 {
				return false
			}
		}
		if n < 40 {
			return false
		}
	}
	return true
}

// anyMarkdownBlockLine reports whether a group holds a Markdown heading or
// list item line, which stands alone.
func anyMarkdownBlockLine(group []srcLine) bool {
	for _, l := range group {
		if h, li, _ := markdownLine(l, true); h || li {
			return true
		}
	}
	return false
}

// markdownLine strips a Markdown heading, list or quote marker from a
// line and says which it was; a line of a text file that is not Markdown
// (markdown false) has none. Small enough to be inlined: a plain text
// line costs no call.
func markdownLine(l srcLine, markdown bool) (heading, listItem bool, out srcLine) {
	if markdown {
		return markdownMarker(l)
	}
	return false, false, l
}

// markdownMarker is markdownLine for a line of a Markdown file.
func markdownMarker(l srcLine) (heading, listItem bool, out srcLine) {
	if l.setext {
		return true, false, l
	}
	s := l.text
	skip := 0
	switch {
	case strings.HasPrefix(s, "#"):
		n := 0
		for n < len(s) && n < 7 && s[n] == '#' {
			n++
		}
		if n <= 6 && n < len(s) && (s[n] == ' ' || s[n] == '\t') {
			heading, skip = true, n+1
		}
	case strings.HasPrefix(s, "> "):
		skip = 2
	case len(s) > 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ':
		listItem, skip = true, 2
	default:
		n := 0
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n > 0 && n < 4 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && s[n+1] == ' ' {
			listItem, skip = true, n+2
		}
	}
	for skip < len(s) && (s[skip] == ' ' || s[skip] == '\t') {
		skip++
	}
	text := s[skip:]
	if heading {
		text = strings.TrimRight(strings.TrimRight(text, "#"), " \t")
	}
	l.col += utf8.RuneCountInString(s[:skip])
	l.off += skip
	l.text = text
	return heading, listItem, l
}

// isSetextUnderline reports whether a Markdown line underlines the line
// above as a heading ("===" or "---").
func isSetextUnderline(s string) bool {
	if len(s) < 3 || (s[0] != '=' && s[0] != '-') {
		return false
	}
	return strings.Trim(s, s[:1]) == ""
}

// addLine appends a line's text, stripping Markdown inline markup
// (emphasis, code marks, links and images) when markdown is set.
func addLine(tb *textBuilder, l srcLine, markdown bool) {
	if !markdown {
		tb.exact(l.off, l.text)
		return
	}
	s := l.text
	from := 0 // start of the pending run of plain text
	flushRun := func(to int) {
		if to > from {
			tb.exact(l.off+from, s[from:to])
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if _, end, ok := mdLink(s, i+1); ok {
				flushRun(i)
				i, from = end, end
				continue
			}
		case c == '[':
			if textEnd, end, ok := mdLink(s, i); ok {
				flushRun(i)
				tb.exact(l.off+i+1, s[i+1:textEnd])
				i, from = end, end
				continue
			}
		case c == '*' || c == '`' || (c == '_' && mdUnderscoreMark(s, i)):
			flushRun(i)
			i++
			from = i
			continue
		}
		i++
	}
	flushRun(len(s))
}

// maxLinkLen bounds a Markdown link "[text](url)".
const maxLinkLen = 2048

// mdLink recognises "[text](url)" at s[i]; it returns the end of text and
// of the whole link.
func mdLink(s string, i int) (textEnd, end int, ok bool) {
	s = s[:min(len(s), i+maxLinkLen)] // keeps "[[[[…" lines linear
	close := strings.IndexByte(s[i:], ']')
	if close < 0 || i+close+1 >= len(s) || s[i+close+1] != '(' {
		return 0, 0, false
	}
	paren := strings.IndexByte(s[i+close+1:], ')')
	if paren < 0 {
		return 0, 0, false
	}
	return i + close, i + close + 1 + paren + 1, true
}

// mdUnderscoreMark reports whether the underscore at s[i] is emphasis (at
// a word edge), not part of a name like snake_case.
func mdUnderscoreMark(s string, i int) bool {
	before := i == 0 || !isWordByte(s[i-1])
	after := i+1 >= len(s) || !isWordByte(s[i+1])
	return before || after
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
