// Package timeml reads and writes TempEval-3 TimeML documents and scores
// temporal expressions against their gold TIMEX3 annotation the way the
// TempEval-3 toolkit does.
//
// A document is read into its creation time (the DCT TIMEX3, whose value is
// the anchor), the plain text of its TEXT element (tags stripped, entities
// decoded) and the gold TIMEX3 of TEXT with byte spans in that plain text.
// Parse never panics; malformed input is reported as an *Error naming the
// file, line and column.
package timeml

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Timex is one TIMEX3 annotation. Start and End are the byte span
// [Start, End) in the document's plain text; for the DCT they are zero.
type Timex struct {
	TID   string `json:"tid"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	// AnchorTimeID is the tid of the TIMEX3 the value was computed from
	// ("t0" for the DCT), empty when none.
	AnchorTimeID string `json:"anchorTimeID,omitempty"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Text         string `json:"text"`
	// Line and Col locate the opening tag in the source file (1-based,
	// columns count runes); zero for expressions not read from a file.
	Line int `json:"line,omitempty"`
	Col  int `json:"col,omitempty"`
}

// Document is a parsed TempEval-3 TimeML document.
type Document struct {
	// Path is the file name as given to Parse, used in error messages.
	Path  string
	DocID string
	// DCT is the creation-time TIMEX3 (functionInDocument="CREATION_TIME").
	DCT Timex
	// Anchor is the DCT value as a time: a date at midnight UTC, or a
	// date and time when the value has one.
	Anchor time.Time
	// Text is the plain text of the TEXT element, tags stripped and
	// entities decoded, including its leading and trailing newlines.
	Text string
	// Timexes are the gold TIMEX3 inside TEXT, in text order.
	Timexes []Timex

	src []byte
	// textOpen and textClose delimit the TEXT element in src: textOpen is
	// the offset of "<TEXT", textClose the offset just after "</TEXT>".
	textOpen, textClose int
	// raw is TEXT's content with every tag removed but entities kept as
	// written; rawAt[i] is the offset in raw of plain-text byte i.
	raw   string
	rawAt []int
	// dctTID is the span of the DCT's tid attribute value in src.
	dctTID [2]int
	// links holds the spans [start, end) of the annotation elements after
	// TEXT (MAKEINSTANCE, TLINK, SLINK, ALINK) that the writer drops.
	links [][2]int
}

// Error is a problem at a position of a TimeML file.
type Error struct {
	Path      string
	Line, Col int
	Msg       string
}

// Error formats the problem as "file:line:col: message".
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
}

// ParseFile reads and parses the TimeML file at path.
func ParseFile(path string) (*Document, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, src)
}

// tag is one markup item of the source.
type tag struct {
	name    string // element name; "" for comments, PIs, declarations
	end     bool   // </name>
	empty   bool   // <name ... />
	attrs   []attr
	at, off int // offset of '<' and just past '>'
}

type attr struct {
	name, value string
	at, end     int // offsets of the raw value in the source
}

func (t *tag) get(name string) (string, bool) {
	a, ok := t.attr(name)
	return a.value, ok
}

func (t *tag) attr(name string) (attr, bool) {
	for _, a := range t.attrs {
		if a.name == name {
			return a, true
		}
	}
	return attr{}, false
}

// parser walks the source once.
type parser struct {
	path string
	src  []byte
	pos  int
	// lineOff, line and col cache the last position computed, so that
	// positions asked for in increasing order cost one pass in all.
	lineOff, line, col int
}

// position returns the line and column of offset off.
func (p *parser) position(off int) (line, col int) {
	if p.line == 0 || off < p.lineOff {
		p.lineOff, p.line, p.col = 0, 1, 1
	}
	off = min(off, len(p.src))
	line, col = p.line, p.col
	for i := p.lineOff; i < off; {
		r, n := utf8.DecodeRune(p.src[i:])
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
		i += n
	}
	p.lineOff, p.line, p.col = off, line, col
	return line, col
}

func (p *parser) errAt(off int, format string, args ...any) *Error {
	line, col := p.position(off)
	return &Error{Path: p.path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// next returns the text before the next tag and the tag, or ok=false at
// the end of the input.
func (p *parser) next() (text []byte, textAt int, t tag, ok bool, err error) {
	textAt = p.pos
	lt := indexByte(p.src, p.pos, '<')
	if lt < 0 {
		text = p.src[p.pos:]
		p.pos = len(p.src)
		return text, textAt, tag{}, false, nil
	}
	text = p.src[p.pos:lt]
	t, err = p.readTag(lt)
	if err != nil {
		return nil, 0, tag{}, false, err
	}
	p.pos = t.off
	return text, textAt, t, true, nil
}

func indexByte(b []byte, from int, c byte) int {
	for i := from; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func (p *parser) hasPrefix(off int, s string) bool {
	return off+len(s) <= len(p.src) && string(p.src[off:off+len(s)]) == s
}

func (p *parser) find(from int, s string) int {
	i := bytes.Index(p.src[from:], []byte(s))
	if i < 0 {
		return -1
	}
	return from + i
}

// readTag reads the markup starting at the '<' at offset lt.
func (p *parser) readTag(lt int) (tag, error) {
	switch {
	case p.hasPrefix(lt, "<!--"):
		e := p.find(lt+4, "-->")
		if e < 0 {
			return tag{}, p.errAt(lt, "unterminated comment")
		}
		return tag{at: lt, off: e + 3}, nil
	case p.hasPrefix(lt, "<?"):
		e := p.find(lt+2, "?>")
		if e < 0 {
			return tag{}, p.errAt(lt, "unterminated processing instruction")
		}
		return tag{at: lt, off: e + 2}, nil
	case p.hasPrefix(lt, "<!"):
		e := indexByte(p.src, lt, '>')
		if e < 0 {
			return tag{}, p.errAt(lt, "unterminated declaration")
		}
		return tag{at: lt, off: e + 1}, nil
	}
	t := tag{at: lt, attrs: make([]attr, 0, 8)}
	i := lt + 1
	if i < len(p.src) && p.src[i] == '/' {
		t.end = true
		i++
	}
	j := i
	for j < len(p.src) && isNameByte(p.src[j]) {
		j++
	}
	if j == i {
		return tag{}, p.errAt(lt, "expected a tag name after '<'")
	}
	t.name = string(p.src[i:j])
	i = j
	for {
		i = p.skipSpace(i)
		if i >= len(p.src) {
			return tag{}, p.errAt(lt, "unterminated tag <%s", t.name)
		}
		switch c := p.src[i]; {
		case c == '>':
			t.off = i + 1
			return t, nil
		case c == '/' && i+1 < len(p.src) && p.src[i+1] == '>' && !t.end:
			t.empty = true
			t.off = i + 2
			return t, nil
		case t.end:
			return tag{}, p.errAt(i, "unexpected %q in end tag </%s>", c, t.name)
		case isNameByte(c):
			a, n, err := p.readAttr(i, t.name)
			if err != nil {
				return tag{}, err
			}
			if _, dup := t.get(a.name); dup {
				return tag{}, p.errAt(i, "duplicate attribute %s", a.name)
			}
			t.attrs = append(t.attrs, a)
			i = n
		default:
			return tag{}, p.errAt(i, "unexpected %q in tag <%s", c, t.name)
		}
	}
}

func (p *parser) readAttr(i int, tagName string) (attr, int, error) {
	j := i
	for j < len(p.src) && isNameByte(p.src[j]) {
		j++
	}
	name := string(p.src[i:j])
	j = p.skipSpace(j)
	if j >= len(p.src) || p.src[j] != '=' {
		return attr{}, 0, p.errAt(i, "attribute %s of <%s has no value", name, tagName)
	}
	j = p.skipSpace(j + 1)
	if j >= len(p.src) || (p.src[j] != '"' && p.src[j] != '\'') {
		return attr{}, 0, p.errAt(j, "attribute %s of <%s: value must be quoted", name, tagName)
	}
	q := p.src[j]
	e := indexByte(p.src, j+1, q)
	if e < 0 {
		return attr{}, 0, p.errAt(j, "attribute %s of <%s: unterminated value", name, tagName)
	}
	raw := string(p.src[j+1 : e])
	if strings.IndexByte(raw, '<') >= 0 {
		return attr{}, 0, p.errAt(j, "attribute %s of <%s: '<' in value", name, tagName)
	}
	val, bad := decodeEntities(raw)
	if bad >= 0 {
		return attr{}, 0, p.errAt(j+1+bad, "attribute %s of <%s: bad entity reference", name, tagName)
	}
	return attr{name: name, value: val, at: j + 1, end: e}, e + 1, nil
}

func (p *parser) skipSpace(i int) int {
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\t' || p.src[i] == '\n' || p.src[i] == '\r') {
		i++
	}
	return i
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c == '.' || c == ':' ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// decodeEntities replaces the XML entity references of s. It returns the
// offset in s of the first malformed reference, or -1.
func decodeEntities(s string) (string, int) {
	if strings.IndexByte(s, '&') < 0 {
		return s, -1
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '&' {
			b.WriteByte(s[i])
			i++
			continue
		}
		rep, n := entity(s[i:])
		if n == 0 {
			return "", i
		}
		b.WriteString(rep)
		i += n
	}
	return b.String(), -1
}

// maxEntity bounds the length of an entity reference ("&#x10FFFF;").
const maxEntity = 12

// entity decodes the reference at the start of s ("&amp;", "&#39;"),
// returning its text and length, or n=0 when it is malformed.
func entity(s string) (string, int) {
	semi := strings.IndexByte(s, ';')
	if semi < 2 || semi >= maxEntity {
		return "", 0
	}
	name := s[1:semi]
	if rep, ok := entities[name]; ok {
		return rep, semi + 1
	}
	if name[0] != '#' {
		return "", 0
	}
	base, digits := 10, name[1:]
	if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || n == 0 || n > utf8.MaxRune || !utf8.ValidRune(rune(n)) {
		return "", 0
	}
	return string(rune(n)), semi + 1
}

// Parse parses a TempEval-3 TimeML document. path is used in error
// messages only.
func Parse(path string, src []byte) (*Document, error) {
	p := &parser{path: path, src: src}
	d := &Document{Path: path, src: src, textOpen: -1}
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			r, n := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		return nil, p.errAt(off, "invalid UTF-8")
	}
	var stack []tag
	var sawDCT bool
	var docID strings.Builder
	inDocID := false
	for {
		text, textAt, t, ok, err := p.next()
		if err != nil {
			return nil, err
		}
		if inDocID {
			docID.Write(text)
		}
		if !ok {
			if len(bytes.TrimSpace(text)) > 0 && len(stack) == 0 {
				return nil, p.errAt(textAt, "text after the root element")
			}
			break
		}
		if t.name == "" {
			continue
		}
		switch {
		case t.end:
			if len(stack) == 0 || stack[len(stack)-1].name != t.name {
				if len(stack) == 0 {
					return nil, p.errAt(t.at, "end tag </%s> without a start tag", t.name)
				}
				open := stack[len(stack)-1]
				l, c := p.position(open.at)
				return nil, p.errAt(t.at, "end tag </%s> does not match <%s> at %d:%d", t.name, open.name, l, c)
			}
			stack = stack[:len(stack)-1]
			if t.name == "DOCID" {
				inDocID = false
			}
			continue
		case t.empty:
			if within(stack, "TEXT") {
				return nil, p.errAt(t.at, "empty element <%s/> inside TEXT", t.name)
			}
			if isLink(t.name) {
				d.links = append(d.links, [2]int{t.at, t.off})
			}
			continue
		}
		switch t.name {
		case "DOCID":
			if len(stack) > 1 || d.DocID != "" {
				return nil, p.errAt(t.at, "unexpected <DOCID>")
			}
			inDocID = true
		case "TEXT":
			if d.textOpen >= 0 {
				return nil, p.errAt(t.at, "second <TEXT> element")
			}
			d.textOpen = t.at
			if err := p.readText(d, t); err != nil {
				return nil, err
			}
			continue // readText consumed </TEXT>
		case "TIMEX3":
			if !within(stack, "DCT") {
				if isLink(stackTop(stack)) {
					return nil, p.errAt(t.at, "<TIMEX3> inside <%s>", stackTop(stack))
				}
				break
			}
			if sawDCT {
				return nil, p.errAt(t.at, "second TIMEX3 in DCT")
			}
			tx, err := p.timex(t)
			if err != nil {
				return nil, err
			}
			fn, _ := t.get("functionInDocument")
			if fn != "" && fn != "CREATION_TIME" && fn != "PUBLICATION_TIME" {
				return nil, p.errAt(t.at, "DCT TIMEX3 has functionInDocument=%q, want CREATION_TIME", fn)
			}
			tx.Text, err = p.textUntil("TIMEX3")
			if err != nil {
				return nil, err
			}
			anchor, err := ParseValue(tx.Value)
			if err != nil {
				return nil, p.errAt(t.at, "DCT value %q: %v", tx.Value, err)
			}
			d.DCT, d.Anchor, sawDCT = tx, anchor, true
			a, _ := t.attr("tid")
			d.dctTID = [2]int{a.at, a.end}
			continue
		}
		if isLink(t.name) {
			// Non-empty link elements are kept whole by the writer too.
			s := len(d.links)
			d.links = append(d.links, [2]int{t.at, 0})
			stack = append(stack, t)
			if err := p.skipTo(t.name); err != nil {
				return nil, err
			}
			stack = stack[:len(stack)-1]
			d.links[s][1] = p.pos
			continue
		}
		stack = append(stack, t)
	}
	if len(stack) > 0 {
		open := stack[len(stack)-1]
		return nil, p.errAt(open.at, "<%s> is never closed", open.name)
	}
	if !sawDCT {
		return nil, p.errAt(len(src), "no DCT: want <DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" value=...>")
	}
	if d.textOpen < 0 {
		return nil, p.errAt(len(src), "no <TEXT> element")
	}
	d.DocID = strings.TrimSpace(docID.String())
	return d, nil
}

func isLink(name string) bool {
	switch name {
	case "MAKEINSTANCE", "TLINK", "SLINK", "ALINK":
		return true
	}
	return false
}

func within(stack []tag, name string) bool {
	for _, t := range stack {
		if t.name == name {
			return true
		}
	}
	return false
}

func stackTop(stack []tag) string {
	if len(stack) == 0 {
		return ""
	}
	return stack[len(stack)-1].name
}

// skipTo consumes everything up to and including </name>, which must not
// contain another element.
func (p *parser) skipTo(name string) error {
	_, err := p.textUntil(name)
	return err
}

// textUntil reads plain text up to the end tag </name>, which must follow
// without any markup in between.
func (p *parser) textUntil(name string) (string, error) {
	text, textAt, t, ok, err := p.next()
	if err != nil {
		return "", err
	}
	if !ok {
		return "", p.errAt(textAt, "<%s> is never closed", name)
	}
	if !t.end || t.name != name {
		return "", p.errAt(t.at, "unexpected <%s%s> inside <%s>", slash(t.end), t.name, name)
	}
	val, bad := decodeEntities(string(text))
	if bad >= 0 {
		return "", p.errAt(textAt+bad, "bad entity reference")
	}
	return val, nil
}

func slash(end bool) string {
	if end {
		return "/"
	}
	return ""
}

// timex reads the attributes of a TIMEX3 start tag.
func (p *parser) timex(t tag) (Timex, error) {
	var tx Timex
	tx.Line, tx.Col = p.position(t.at)
	var ok bool
	if tx.TID, ok = t.get("tid"); !ok || tx.TID == "" {
		return tx, p.errAt(t.at, "TIMEX3 without tid")
	}
	if tx.Value, ok = t.get("value"); !ok {
		return tx, p.errAt(t.at, "TIMEX3 %s without value", tx.TID)
	}
	tx.Type, _ = t.get("type")
	switch tx.Type {
	case "DATE", "TIME", "DURATION", "SET":
	default:
		return tx, p.errAt(t.at, "TIMEX3 %s: type %q is not DATE, TIME, DURATION or SET", tx.TID, tx.Type)
	}
	tx.Mod, _ = t.get("mod")
	tx.AnchorTimeID, _ = t.get("anchorTimeID")
	return tx, nil
}

// readText reads the content of TEXT (whose start tag is open) through
// </TEXT>, building the plain text, the raw text and the gold TIMEX3.
func (p *parser) readText(d *Document, open tag) error {
	var plain, raw strings.Builder
	rest := len(p.src) - p.pos
	plain.Grow(rest / 2)
	raw.Grow(rest / 2)
	rawAt := make([]int, 0, rest/2)
	var stack []tag
	cur := -1 // index in d.Timexes of the open TIMEX3
	tids := map[string]bool{}
	for {
		text, textAt, t, ok, err := p.next()
		if err != nil {
			return err
		}
		// Decode the run, mapping each plain byte to its raw offset.
		for i := 0; i < len(text); {
			if text[i] == '&' {
				rep, n := entity(string(text[i:min(len(text), i+maxEntity)]))
				if n == 0 {
					return p.errAt(textAt+i, "bad entity reference in TEXT")
				}
				for k := 0; k < len(rep); k++ {
					rawAt = append(rawAt, raw.Len())
				}
				plain.WriteString(rep)
				raw.Write(text[i : i+n])
				i += n
				continue
			}
			rawAt = append(rawAt, raw.Len())
			plain.WriteByte(text[i])
			raw.WriteByte(text[i])
			i++
		}
		if !ok {
			return p.errAt(open.at, "<TEXT> is never closed")
		}
		if t.name == "" {
			return p.errAt(t.at, "comment or declaration inside TEXT")
		}
		if t.end {
			if t.name == "TEXT" && len(stack) == 0 {
				break
			}
			if len(stack) == 0 || stack[len(stack)-1].name != t.name {
				return p.errAt(t.at, "end tag </%s> does not match %s", t.name, p.describeOpen(stack, open))
			}
			if t.name == "TIMEX3" && cur >= 0 {
				tx := &d.Timexes[cur]
				tx.End = plain.Len()
				tx.Text = plain.String()[tx.Start:tx.End]
				cur = -1
			}
			stack = stack[:len(stack)-1]
			continue
		}
		switch t.name {
		case "TEXT", "DCT":
			return p.errAt(t.at, "<%s> inside TEXT", t.name)
		case "TIMEX3":
			if cur >= 0 {
				return p.errAt(t.at, "TIMEX3 nested in TIMEX3 %s", d.Timexes[cur].TID)
			}
			tx, err := p.timex(t)
			if err != nil {
				return err
			}
			if tx.TID == d.DCT.TID && d.DCT.TID != "" || tids[tx.TID] {
				return p.errAt(t.at, "duplicate tid %q", tx.TID)
			}
			tids[tx.TID] = true
			tx.Start = plain.Len()
			d.Timexes = append(d.Timexes, tx)
			cur = len(d.Timexes) - 1
		}
		stack = append(stack, t)
	}
	rawAt = append(rawAt, raw.Len())
	d.Text, d.raw, d.rawAt = plain.String(), raw.String(), rawAt
	d.textClose = p.pos
	return nil
}

func (p *parser) describeOpen(stack []tag, text tag) string {
	t := text
	if len(stack) > 0 {
		t = stack[len(stack)-1]
	}
	l, c := p.position(t.at)
	return fmt.Sprintf("<%s> at %d:%d", t.name, l, c)
}

// ParseValue turns a DCT value ("1998-01-08", "1998-08-07T06:18",
// "1998-08-07T06:18:00") into a time in UTC.
func ParseValue(v string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("want YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS")
}
