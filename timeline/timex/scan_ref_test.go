package timex

// The scanner as it was before it was tuned for speed (5387c0a), kept as
// the reference FuzzScan compares the tuned one with. Its lexicon lookup
// is the plain map (the tuned table is built from it), and the helpers
// it shares with the tuned scanner (wordEnd, endsSentence) are called as
// they are.

import (
	"unicode"
	"unicode/utf8"
)

// refScanner is the reference scanner.
type refScanner struct {
	scanner
}

// refLookup is the lexicon entry of the lower-cased word b: words longer
// than the longest one the table holds are not looked up.
func refLookup(b []byte) entry {
	if len(b) > maxWord {
		return entry{}
	}
	return lexicon[string(b)]
}

// scan (reference) tokenizes text into s.toks, reusing its storage.
func (s *refScanner) scan(text string) {
	s.text = text
	s.toks = s.toks[:0]
	var buf [24]byte
	flags := uint8(0)
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				flags |= fSpace
				i++
				continue
			case c == '\n':
				flags |= fSpace | fNewline
				i++
				continue
			case c >= '0' && c <= '9':
				j, n, nd, sep := i, 0, 0, false
				for j < len(text) {
					d := text[j]
					if d >= '0' && d <= '9' {
						if nd < 9 {
							n = n*10 + int(d-'0')
						}
						nd++
						j++
						continue
					}
					if (d == ',' || d == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
						sep = true
						j++
						continue
					}
					break
				}
				t := token{start: int32(i), end: int32(j), kind: kNum, flags: flags, num: int32(n), ndig: uint8(min(nd, 255))}
				if sep {
					t.flags |= fSep
				}
				s.toks = append(s.toks, t)
				flags = 0
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				i = s.asciiWord(&buf, i, flags)
				flags = 0
				continue
			default:
				s.toks = append(s.toks, token{start: int32(i), end: int32(i + 1), kind: kPunct, flags: flags, r: rune(c)})
				flags = 0
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			flags |= fSpace
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				flags |= fNewline
			}
			i += n
		case unicode.IsLetter(r):
			j := s.wordEnd(i)
			s.addWord(&buf, i, j, flags)
			flags = 0
			i = j
		default:
			s.toks = append(s.toks, token{start: int32(i), end: int32(i + n), kind: kPunct, flags: flags, r: r})
			flags = 0
			i += n
		}
	}
}

// asciiWord (reference) scans the word starting with an ASCII letter at i: it finds
// the end with a table, and only for the few words that pass the
// lexicon's length and first/last letter filter lower-cases and hashes
// them for the lookup (reference: the map, no filter). Words that go on with other letters take the
// general path. It returns the end of the word.
func (s *refScanner) asciiWord(buf *[24]byte, i int, flags uint8) int {
	text := s.text
	j := i + 1
	for j < len(text) && asciiLetter[text[j]] {
		j++
	}
	if j < len(text) && text[j] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			k := s.wordEnd(i)
			s.addWord(buf, i, k, flags)
			return k
		}
	}
	t := token{start: int32(i), end: int32(j), kind: kWord, flags: flags}
	first := text[i]
	if first <= 'Z' {
		t.flags |= fCap
		if j-i > 1 && text[i+1] <= 'Z' {
			t.flags |= fUpper
		}
	}
	n := j - i
	last := text[j-1] | 0x20
	if n <= maxWord {
		for k := 0; k < n; k++ {
			c := text[i+k] | 0x20
			buf[k] = c
		}
		t.e = refLookup(buf[:n])
	}
	if n > 4 && last == 'd' && text[j-2]|0x20 == 'e' && t.e.cls == cNone && t.e.tense == tNone && t.flags&fCap == 0 {
		for k := 0; k < n && k < len(buf); k++ {
			buf[k] = text[i+k] | 0x20
		}
		if n > len(buf) || !notPast[string(buf[:n])] {
			t.flags |= fPast
		}
	}
	s.toks = append(s.toks, t)
	return j
}

// addWord (reference) adds the word text[i:j] as a token, looking it up in the
// lexicon when it is ASCII.
func (s *refScanner) addWord(buf *[24]byte, i, j int, flags uint8) {
	w := s.text[i:j]
	t := token{start: int32(i), end: int32(j), kind: kWord, flags: flags}
	c := w[0]
	if c >= 'A' && c <= 'Z' {
		t.flags |= fCap
		if len(w) > 1 && w[1] >= 'A' && w[1] <= 'Z' {
			t.flags |= fUpper
		}
	} else if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			t.flags |= fCap
		}
	}
	if len(w) <= len(buf) {
		ok := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= 'a' && c <= 'z':
			default:
				ok = false
			}
			buf[i] = c
		}
		if n := len(w); ok {
			t.e = refLookup(buf[:n])
			if t.e.cls == cNone && t.e.tense == tNone && n > 4 && buf[n-2] == 'e' && buf[n-1] == 'd' && t.flags&fCap == 0 && !notPast[string(buf[:n])] {
				t.flags |= fPast
			}
		}
	}
	s.toks = append(s.toks, t)
}

// segment (reference) assigns sentence and clause indexes to the tokens, from the
// given sentence starts or, when nil, from punctuation and line breaks.
func (s *refScanner) segment(starts []int) {
	toks := s.toks
	sent, clause := int32(0), int32(0)
	next := 0 // starts[:next] are at or before the current token
	for i := range toks {
		t := &toks[i]
		if starts != nil {
			// Tokens and starts both ascend: one merge, no search.
			for next < len(starts) && starts[next] <= int(t.start) {
				next++
			}
			if n := int32(next - 1); n > sent {
				sent = n
				clause++
			}
		} else if i > 0 && (t.has(fNewline) || s.endsSentence(i-1)) {
			sent++
			clause++
		}
		t.sent = sent
		if t.kind == kPunct {
			switch t.r {
			case ',', ';', ':', '(', ')', '"', '\u201c', '\u201d', '\u2014', '\u2013':
				clause++
			case '-':
				if t.has(fSpace) {
					clause++
				}
			}
		} else if t.e.is(eClause) {
			clause++
		}
		t.clause = clause
	}
}
