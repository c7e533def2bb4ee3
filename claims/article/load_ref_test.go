package article

// Loader steps as they were before they were tuned for speed, kept word
// for word as the references the differential fuzz targets compare the
// tuned code with.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// refBinaryAt is binaryAt's reference.
func refBinaryAt(src []byte) int {
	n := min(len(src), 8<<10)
	for i := 0; i < n; i++ {
		c := src[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return i
		}
	}
	return -1
}

// refLineStarts is lineStarts' reference.
func refLineStarts(src []byte) []int {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// refSplitSentences is splitSentences' reference.
func refSplitSentences(out []Sentence, body string, s Span, p int) []Sentence {
	from := s.Start
	for i := s.Start; i < s.End; {
		c := body[i]
		if !refTerminatorByte[c] {
			i++
			continue
		}
		n := 1 // length of the terminator at i
		if c == 0xE2 {
			if !strings.HasPrefix(body[i:s.End], "…") {
				i++
				continue
			}
			n = len("…")
		}
		term := i
		j := i + n
		for j < s.End {
			if body[j] == '.' || body[j] == '!' || body[j] == '?' {
				j++
			} else if strings.HasPrefix(body[j:s.End], "…") {
				j += len("…")
			} else {
				break
			}
		}
		// Closing quotes and brackets belong to the sentence.
		for j < s.End {
			r, size := utf8.DecodeRuneInString(body[j:])
			if r != '"' && r != '\'' && r != '”' && r != '’' && r != ')' && r != ']' && r != '»' {
				break
			}
			j += size
		}
		if r, _ := utf8.DecodeRuneInString(body[j:s.End]); j < s.End && !unicode.IsSpace(r) {
			i = j
			continue
		}
		if endsHere(body, term, j, s.End) {
			if t := TrimSpan(body, Span{from, j}); t.Len() > 0 {
				out = append(out, Sentence{Span: t, Paragraph: p})
			}
			from = j
		}
		i = j
	}
	if t := TrimSpan(body, Span{from, s.End}); t.Len() > 0 {
		out = append(out, Sentence{Span: t, Paragraph: p})
	}
	return out
}

// refTerminatorByte marks the bytes that may start a sentence terminator.
var refTerminatorByte = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// refAbbreviations maps lower-case abbreviations, without their final
// period, to their class (the map abbreviation's switch replaced).
var refAbbreviations = map[string]int{
	"mr": abbrevTitle, "mrs": abbrevTitle, "ms": abbrevTitle, "dr": abbrevTitle, "gen": abbrevTitle,
	"sen": abbrevTitle, "rep": abbrevTitle, "gov": abbrevTitle, "lt": abbrevTitle, "col": abbrevTitle,
	"sgt": abbrevTitle, "capt": abbrevTitle, "maj": abbrevTitle, "adm": abbrevTitle, "prof": abbrevTitle,
	"rev": abbrevTitle, "st": abbrevTitle, "pres": abbrevTitle, "sec": abbrevTitle, "amb": abbrevTitle,
	"cpl": abbrevTitle, "pvt": abbrevTitle, "hon": abbrevTitle, "fr": abbrevTitle, "mt": abbrevTitle,
	"ft": abbrevTitle, "gens": abbrevTitle, "reps": abbrevTitle, "sens": abbrevTitle, "messrs": abbrevTitle,
	"vs": abbrevTitle, "v": abbrevTitle, "e.g": abbrevTitle,
	"i.e": abbrevTitle, "approx": abbrevTitle, "dept": abbrevTitle, "supt": abbrevTitle, "cmdr": abbrevTitle,
	"brig": abbrevTitle, "atty": abbrevTitle, "insp": abbrevTitle, "det": abbrevTitle, "ave": abbrevTitle,
	"blvd": abbrevTitle, "rd": abbrevTitle, "fig": abbrevTitle, "op": abbrevTitle, "cf": abbrevTitle,
	"jan": abbrevMonth, "feb": abbrevMonth, "mar": abbrevMonth, "apr": abbrevMonth, "jun": abbrevMonth,
	"jul": abbrevMonth, "aug": abbrevMonth, "sep": abbrevMonth, "sept": abbrevMonth, "oct": abbrevMonth,
	"nov": abbrevMonth, "dec": abbrevMonth,
	"inc": abbrevMayEnd, "co": abbrevMayEnd, "corp": abbrevMayEnd, "ltd": abbrevMayEnd, "jr": abbrevMayEnd,
	"sr": abbrevMayEnd, "etc": abbrevMayEnd, "bros": abbrevMayEnd, "llc": abbrevMayEnd, "plc": abbrevMayEnd,
	"est": abbrevMayEnd, "min": abbrevMayEnd, "max": abbrevMayEnd, "mins": abbrevMayEnd, "hrs": abbrevMayEnd,
}

// refTextBlocks is textBlocks' reference, finding lines by searching
// for each newline.
func refTextBlocks(src []byte, start, firstLine int, markdown, valid bool, sc *scratch) []block {
	text := string(src)
	tb := textBuilder{valid: valid}
	// One array holds the pieces of all one-line blocks; blocks has room
	// for a block per line.
	lines := strings.Count(text[start:], "\n") + 1
	var group []srcLine
	var arena []Piece
	var blocks []block
	if sc != nil {
		group = sc.lines[:0]
		arena = reuse(&sc.pieces, lines)
		blocks = reuse(&sc.blocks, lines)
		defer func() { sc.lines = group[:0] }()
	} else {
		arena = make([]Piece, 0, lines)
		blocks = make([]block, 0, lines)
	}
	flush := func() {
		if len(group) == 0 {
			return
		}
		if refWrapped(group) && !(markdown && anyMarkdownBlockLine(group)) {
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
				heading, listItem, l2 := markdownLine(l, markdown)
				var b block
				if !markdown && (valid || utf8.ValidString(l.text)) {
					// The common case: the line itself, no copy.
					arena = append(arena, Piece{Body: 0, File: l.off, Len: len(l.text), Exact: true})
					b = block{text: l.text, pieces: arena[len(arena)-1 : len(arena) : len(arena)]}
				} else {
					addLine(&tb, l2, markdown)
					b = tb.block()
				}
				b.line, b.col, b.heading, b.listItem = l.line, l.col, heading, listItem
				blocks = appendBlock(blocks, b)
			}
		}
		group = group[:0]
	}
	line := firstLine
	inCode := false // inside a Markdown code fence, which is not article text
	for off := start; off < len(text); line++ {
		end := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += off
			next = end + 1
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
			group = append(group, srcLine{off: off + lead, text: trimmed, line: line, col: utf8.RuneCountInString(s[:lead]) + 1})
		}
		off = next
	}
	flush()
	return blocks
}

// refEndsSentence is endsSentence's reference.
func refEndsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// refWrapped is wrapped as it was before it counted only the runes it
// needs.
func refWrapped(group []srcLine) bool {
	if len(group) < 2 {
		return false
	}
	for _, l := range group[:len(group)-1] {
		n := utf8.RuneCountInString(l.text)
		if n < 40 || n > 100 {
			return false
		}
	}
	return true
}
