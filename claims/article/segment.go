package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment splits a.Body into paragraphs and sentences, replacing any it had.
//
// Line breaks end paragraphs (blank lines between them are skipped).
// Inside a paragraph, a sentence ends at ".", "!", "?", "..." or "…"
// (with any closing quotes or brackets after it) followed by white space,
// unless the next word starts in lower case, or the period closes an
// abbreviation: titles ("Gen.", "Mr.", "St.") never end a sentence;
// months, initials ("J.D."), "U.S." and the like end one only before a
// word that usually starts sentences ("He", "The", "But"). Decimals ("3.5")
// have no space after the period and are never split.
//
// A paragraph is a heading sentence (Sentence.Heading) when markup says so
// (Markdown "#", HTML h1-h6), or, unless markup makes it a list item, when
// it is one short line (at most 20
// words) that does not end like a sentence: "Trump Softens Criticism of
// Kyiv".
func Segment(a *Article) {
	body := a.Body
	paraNil, sentNil := a.Paragraphs == nil, a.Sentences == nil
	a.Paragraphs = a.Paragraphs[:0]
	a.Sentences = a.Sentences[:0]
	if cap(a.Paragraphs) == 0 && cap(a.Sentences) == 0 && body != "" {
		// Room for every line a paragraph, and for sentences of about
		// 100 bytes (news averages 110 to 120), so the lists rarely grow.
		n := strings.Count(body, "\n") + 1
		a.Paragraphs = make([]Span, 0, n)
		a.Sentences = make([]Sentence, 0, n+len(body)/100)
	}
	for start := 0; start < len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		if s := TrimSpan(body, Span{start, end}); s.Len() > 0 {
			a.Paragraphs = append(a.Paragraphs, s)
			p := len(a.Paragraphs) - 1
			heading, known := a.headings[s.Start]
			if !known {
				heading = looksLikeHeading(body[s.Start:s.End])
			}
			if heading {
				a.Sentences = append(a.Sentences, Sentence{Span: s, Paragraph: p, Heading: true})
			} else {
				a.Sentences = splitSentences(a.Sentences, body, s, p)
			}
		}
		start = end + 1
	}
	// No paragraphs stay nil as before: JSON tells nil from empty.
	if len(a.Paragraphs) == 0 && paraNil {
		a.Paragraphs = nil
	}
	if len(a.Sentences) == 0 && sentNil {
		a.Sentences = nil
	}
}

// SplitSentences returns the sentence spans of one paragraph of text,
// offsets into text. It is Segment's splitter, for callers with a bare
// string.
func SplitSentences(text string) []Span {
	var out []Span
	for _, s := range splitSentences(nil, text, TrimSpan(text, Span{0, len(text)}), 0) {
		out = append(out, s.Span)
	}
	return out
}

// looksLikeHeading reports whether a paragraph is a one-line heading:
// short, and not ending like a sentence or a clause.
func looksLikeHeading(p string) bool {
	// Most paragraphs end with an ASCII byte, most often a period.
	if p == "" {
		return false
	}
	var r rune
	if c := p[len(p)-1]; c < utf8.RuneSelf {
		r = rune(c)
	} else {
		r, _ = utf8.DecodeLastRuneInString(p)
	}
	if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' || r == '"' || r == '”' || r == '’') {
		return false
	}
	if endsSentence(p) {
		return false
	}
	words := 0
	for i := 0; i < len(p); i++ {
		if p[i] == ' ' {
			words++
		}
	}
	return words < 20
}

// splitSentences appends the sentences of paragraph s of body.
func splitSentences(out []Sentence, body string, s Span, p int) []Sentence {
	from := s.Start
	next := [len(terminatorBytes)]int{-1, -1, -1, -1}
	for i := s.Start; i < s.End; {
		if i = nextTerminator(body, i, s.End, &next); i >= s.End {
			break
		}
		c := body[i]
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
		if j < s.End && !isSpaceAt(body[:s.End], j) {
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

// isSpaceAt reports whether the rune at s[i] is white space.
func isSpaceAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return isASCIISpace(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// endsHere decides whether the terminator at body[term] (its run and
// closing marks ending at after) ends a sentence, looking at the word
// before it and the word after.
func endsHere(body string, term, after, limit int) bool {
	next, at := nextWordAt(body, after, limit)
	if next == 0 {
		return true // end of paragraph
	}
	if unicode.IsLower(next) {
		return false
	}
	ellipsis := body[term] != '.' || (term+1 < len(body) && body[term+1] == '.') || (term > 0 && body[term-1] == '.')
	if body[term] == '!' || body[term] == '?' {
		return true
	}
	cls := notAbbrev
	if !ellipsis && after == term+1 {
		w := wordBefore(body, term)
		cls = abbrevClass(w)
		if (w == "No" || w == "no" || w == "Nos") && unicode.IsDigit(next) {
			return false // "No. 5"
		}
		if cls == notAbbrev && (isInitial(w) || strings.Contains(w, ".")) {
			cls = abbrevMayEnd
		}
	} else if ellipsis {
		cls = abbrevMayEnd
	}
	switch cls {
	case abbrevTitle:
		return false
	case abbrevMayEnd, abbrevMonth:
		if unicode.IsDigit(next) {
			return false
		}
		return sentenceStarters[strings.ToLower(lettersAt(body, at, limit))]
	}
	return true
}

// terminatorBytes are the bytes that may start a sentence terminator:
// ".", "!", "?" and the first byte of "…".
var terminatorBytes = [...]byte{'.', '!', '?', 0xE2}

// nextTerminator returns the offset of the first of terminatorBytes in
// body[i:end], end if none. next holds, for each of them, where it was
// last found (end if nowhere) or -1: one fast byte search each, from
// where the last one stopped, serves a whole paragraph.
func nextTerminator(body string, i, end int, next *[len(terminatorBytes)]int) int {
	first := end
	for k, c := range terminatorBytes {
		if next[k] < i {
			next[k] = end
			if j := strings.IndexByte(body[i:end], c); j >= 0 {
				next[k] = i + j
			}
		}
		first = min(first, next[k])
	}
	return first
}

// nextWordAt skips white space and opening quotes from i and returns the
// first rune of the next word and where it starts; 0 at the end.
func nextWordAt(body string, i, limit int) (rune, int) {
	for i < limit {
		if c := body[i]; c < utf8.RuneSelf {
			if isASCIISpace(c) || c == '"' || c == '\'' || c == '(' || c == '[' {
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		if unicode.IsSpace(r) || r == '“' || r == '‘' || r == '«' {
			i += size
			continue
		}
		return r, i
	}
	return 0, limit
}

// lettersAt returns the run of letters of body[i:limit].
func lettersAt(body string, i, limit int) string {
	j := i
	for j < limit {
		if c := body[j]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(body[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return body[i:j]
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// wordBefore returns the word ending just before body[end] (a period),
// without opening quotes or brackets: "U.S" for "the U.S.", "Gen" for
// "Gen.".
func wordBefore(body string, end int) string {
	i := end
	for i > 0 {
		if c := body[i-1]; c < utf8.RuneSelf {
			if isASCIISpace(c) || c == '"' || c == '(' || c == '[' {
				break
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(body[:i])
		if unicode.IsSpace(r) || r == '“' || r == '—' || r == '–' {
			break
		}
		i -= size
	}
	w := body[i:end]
	if n := len(w); n > 0 && w[n-1] < utf8.RuneSelf && w[n-1] != '"' && w[n-1] != '\'' {
		return w // nothing to trim (the usual case)
	}
	return strings.TrimRight(w, "”’\"'")
}

// Abbreviation classes.
const (
	notAbbrev    = iota
	abbrevTitle  // "Gen.", "Mr.": never ends a sentence
	abbrevMonth  // "Feb.": not before a number
	abbrevMayEnd // "U.S.", "Inc.": ends one before a sentence starter
)

// abbrevClass classifies w, a word without its final period.
func abbrevClass(w string) int {
	if len(w) == 0 || len(w) > 8 {
		return notAbbrev
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviation(string(buf[:len(w)]))
}

// abbreviation returns the class of a lower-case abbreviation without its
// final period, notAbbrev if w is none. A switch on constant strings
// compiles to length and byte compares, cheaper than a map look-up.
func abbreviation(w string) int {
	switch w {
	case "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col",
		"sgt", "capt", "maj", "adm", "prof", "rev", "st", "pres", "sec", "amb",
		"cpl", "pvt", "hon", "fr", "mt", "ft", "gens", "reps", "sens", "messrs",
		"vs", "v", "e.g", "i.e", "approx", "dept", "supt", "cmdr", "brig", "atty",
		"insp", "det", "ave", "blvd", "rd", "fig", "op", "cf":
		return abbrevTitle
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec":
		return abbrevMonth
	case "inc", "co", "corp", "ltd", "jr", "sr", "etc", "bros", "llc", "plc",
		"est", "min", "max", "mins", "hrs":
		return abbrevMayEnd
	}
	return notAbbrev
}

// sentenceStarters are words that, capitalised after an abbreviation that
// may end a sentence, show that a new sentence begins ("in the U.S. The
// president …" but "U.S. President Donald Trump").
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an he she it they we i you but and or so yet in on at this that
		these those there his her its their our my as after before when while if meanwhile however still
		also then now earlier later last next some many most officials no not what why how who where for
		to with from by since during despite although though both all one two three several such other
		another more according asked speaking under over until unless because once here each every`) {
		sentenceStarters[w] = true
	}
}

// TrimSpan narrows s to exclude leading and trailing white space of body.
func TrimSpan(body string, s Span) Span {
	for s.Start < s.End {
		if c := body[s.Start]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			s.Start++
			continue
		}
		r, n := utf8.DecodeRuneInString(body[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		if c := body[s.End-1]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			s.End--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(body[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}
