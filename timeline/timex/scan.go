package timex

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/factline/factline/claims/swar"
)

// kind is the kind of a token.
type kind uint8

// The token kinds.
const (
	kWord  kind = iota + 1 // letters
	kNum                   // ASCII digits, maybe with inner "," or "."
	kPunct                 // any other single character
)

// Token flags.
const (
	fSpace   uint8 = 1 << iota // white space before the token
	fNewline                   // a line break before the token
	fCap                       // word starting with an upper-case letter
	fUpper                     // word in upper case, two letters or more
	fSep                       // number with inner "," or "."
	fPast                      // word ending in -ed (a past-tense cue)
)

// token is one word, number or punctuation mark.
type token struct {
	start, end int32
	num        int32 // value of a number without separators
	sent       int32 // sentence index
	clause     int32 // clause index (global, increasing)
	r          rune  // the character of a punctuation token
	e          entry // lexicon entry of a word
	kind       kind
	flags      uint8
	ndig       uint8 // digits of a number
}

func (t *token) has(f uint8) bool { return t.flags&f != 0 }

// scanner splits text into tokens.
type scanner struct {
	text string
	toks []token
}

// lower copies the lower-cased ASCII word into buf; ok is false for words
// with other characters or longer than buf.
func lower(buf *[24]byte, s string) (int, bool) {
	if len(s) > len(buf) {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c == '\'':
		default:
			return 0, false
		}
		buf[i] = c
	}
	return len(s), true
}

// Byte classes of the scanner's main loop (see byteClass).
const (
	bOther   uint8 = iota // any other ASCII byte: a punctuation token
	bSpace                // ' ', '\t', '\r'
	bNewline              // '\n'
	bDigit                // '0'-'9'
	bLetter               // 'a'-'z', 'A'-'Z'
	bHigh                 // a byte of a multi-byte rune, or an invalid one
)

// byteClass gives the class of every byte, so that the main loop of
// scan dispatches with one table load instead of a chain of tests.
var byteClass = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = bHigh
	}
	t[' '], t['\t'], t['\r'], t['\n'] = bSpace, bSpace, bSpace, bNewline
	for c := '0'; c <= '9'; c++ {
		t[c] = bDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = bLetter, bLetter
	}
	return t
}()

// scan tokenizes text into s.toks, reusing its storage.
func (s *scanner) scan(text string) {
	s.text = text
	s.toks = s.toks[:0]
	flags := uint8(0)
	i := 0
	for i < len(text) {
		c := text[i]
		class := byteClass[c]
		if class == bLetter {
			// Words first: they are most of the tokens.
			i, flags = s.asciiWord(i, flags)
			continue
		}
		switch class {
		case bSpace:
			flags |= fSpace
			i++
		case bNewline:
			flags |= fSpace | fNewline
			i++
		case bDigit:
			i = s.number(i, flags)
			flags = 0
		case bOther:
			s.toks = append(s.toks, token{start: int32(i), end: int32(i + 1), kind: kPunct, flags: flags, r: rune(c)})
			flags = 0
			i++
		default:
			i = s.rune(i, &flags)
		}
	}
}

// number adds the number starting with the digit at i: ASCII digits,
// maybe with inner "," or "." between digits. It returns its end.
func (s *scanner) number(i int, flags uint8) int {
	text := s.text
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
	return j
}

// rune scans the token or space that starts with the multi-byte (or
// invalid) rune at i, updating the pending flags, and returns its end.
func (s *scanner) rune(i int, flags *uint8) int {
	r, n := utf8.DecodeRuneInString(s.text[i:])
	switch {
	case generalPunct(r):
		// The most common case, and the cheapest test.
	case unicode.IsSpace(r):
		*flags |= fSpace
		if r == '\u2028' || r == '\u2029' || r == '\u0085' {
			*flags |= fNewline
		}
		return i + n
	case unicode.IsLetter(r):
		j := s.wordEnd(i)
		s.addWord(i, j, *flags)
		*flags = 0
		return j
	}
	s.toks = append(s.toks, token{start: int32(i), end: int32(i + n), kind: kPunct, flags: *flags, r: r})
	*flags = 0
	return i + n
}

// wordEnd returns the end of the word starting at i: letters and marks.
func (s *scanner) wordEnd(i int) int {
	text := s.text
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
		i += n
	}
	return i
}

// asciiWord scans the word starting with an ASCII letter at i, looking it
// up in the lexicon, and returns where scanning goes on with the flags
// pending there: past a single space after the word, which is the most
// common case, with fSpace. A word that goes on with other letters takes
// the general path (addWord).
func (s *scanner) asciiWord(i int, flags uint8) (int, uint8) {
	text := s.text
	// The end of the run of ASCII letters: eight bytes at a time (see
	// nonLetters), byte by byte in the last seven bytes of the text.
	j := i + 1
	for {
		if j+8 > len(text) {
			for j < len(text) && asciiLetter[text[j]] {
				j++
			}
			break
		}
		if m := nonLetters(swar.Load64(text, j)); m != 0 {
			// The lowest set bit is in the first byte that is no letter.
			j += bits.TrailingZeros64(m) >> 3
			break
		}
		j += 8
	}
	var next byte // the byte after the word, 0 at the end of the text
	if j < len(text) {
		next = text[j]
		if next >= utf8.RuneSelf && s.goesOn(j) {
			k := s.wordEnd(i)
			s.addWord(i, k, flags)
			return k, 0
		}
	}
	n := j - i
	if text[i] <= 'Z' {
		flags |= fCap
		if n > 1 && text[i+1] <= 'Z' {
			flags |= fUpper
		}
	}
	var e entry
	if n <= maxWord {
		// packWord's packing, in one load or two away from the end of
		// the text: masked to the word and lower-cased.
		var lo, hi uint64
		switch {
		case n <= 8 && i+8 <= len(text):
			lo = (swar.Load64(text, i) | lowerBits) & byteMask[n]
		case n > 8 && i+16 <= len(text):
			lo = swar.Load64(text, i) | lowerBits
			hi = (swar.Load64(text, i+8) | lowerBits) & byteMask[n-8]
		default:
			lo, hi = packWord(text, i, n)
		}
		e = lookup(lo, hi)
	}
	if n > 4 && text[j-1]|0x20 == 'd' && text[j-2]|0x20 == 'e' && e.cls == cNone && e.tense == tNone && flags&fCap == 0 && past(text[i:j]) {
		flags |= fPast
	}
	s.toks = append(s.toks, token{start: int32(i), end: int32(j), kind: kWord, flags: flags, e: e})
	if next == ' ' {
		return j + 1, fSpace
	}
	return j, 0
}

// goesOn reports whether the word before j goes on at j with a letter or
// a combining mark (the rune at j is not ASCII).
func (s *scanner) goesOn(j int) bool {
	r, _ := utf8.DecodeRuneInString(s.text[j:])
	return !generalPunct(r) && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r))
}

// generalPunct reports whether r is one of the dashes, quotation marks
// and other punctuation of the General Punctuation block (U+2010-U+2027,
// U+2030-U+205E): no space, letter or mark, and the non-ASCII characters
// news text has most, which this test tells apart faster than the
// unicode tables.
func generalPunct(r rune) bool {
	return r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205e
}

// past reports whether the lower-case ASCII word w ending in -ed is a
// past-tense cue: not one of the -ed words that are no verbs.
func past(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return true
	}
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	return !notPast[string(buf[:len(w)])]
}

// asciiLetter marks the ASCII letters.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// nonLetters returns x with the high bit set in each of its bytes that is
// not an ASCII letter, and every other bit clear.
func nonLetters(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		low7 = 0x7f7f7f7f7f7f7f7f
		high = 0x8080808080808080
	)
	// Lower-cased (bit 5 set), an ASCII letter is a byte in 'a'..'z'.
	y := x | lowerBits
	// Adding to each byte's low seven bits sets its high bit exactly
	// when the byte is at least 'a' (resp. above 'z'); the sums stay
	// below 0x100, so no carry reaches the next byte.
	low := y & low7
	atLeastA := low + (0x80-'a')*ones
	aboveZ := low + (0x80-'z'-1)*ones
	// Bytes with their own high bit set are not ASCII.
	letter := atLeastA &^ aboveZ &^ y & high
	return letter ^ high
}

// addWord adds the word text[i:j] as a token, looking it up in the
// lexicon when it is ASCII.
func (s *scanner) addWord(i, j int, flags uint8) {
	var buf [24]byte
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
			if n <= maxWord {
				// All ASCII letters: packWord lower-cases them as buf has.
				t.e = lookup(packWord(w, 0, n))
			}
			if t.e.cls == cNone && t.e.tense == tNone && n > 4 && buf[n-2] == 'e' && buf[n-1] == 'd' && t.flags&fCap == 0 && !notPast[string(buf[:n])] {
				t.flags |= fPast
			}
		}
	}
	s.toks = append(s.toks, t)
}

// segment assigns sentence and clause indexes to the tokens, from the
// given sentence starts or, when nil, from punctuation and line breaks.
func (s *scanner) segment(starts []int) {
	if starts != nil {
		s.segmentAt(starts)
	} else {
		s.segmentByPunct()
	}
}

// segmentAt is segment with the sentence starts given.
func (s *scanner) segmentAt(starts []int) {
	toks := s.toks
	sent, clause := int32(0), int32(0)
	next := 0 // starts[:next] are at or before the current token
	nextAt := startAt(starts, next)
	for i := range toks {
		t := &toks[i]
		// Tokens and starts both ascend: one merge, no search. The
		// sentence changes only where the merge moves on.
		if int(t.start) >= nextAt {
			for next < len(starts) && starts[next] <= int(t.start) {
				next++
			}
			nextAt = startAt(starts, next)
			if n := int32(next - 1); n > sent {
				sent = n
				clause++
			}
		}
		t.sent = sent
		clause += opensClause(t)
		t.clause = clause
	}
}

// segmentByPunct is segment without sentence starts: a sentence ends at
// a line break or where endsSentence says.
func (s *scanner) segmentByPunct() {
	toks := s.toks
	sent, clause := int32(0), int32(0)
	for i := range toks {
		t := &toks[i]
		// (Only punctuation ends a sentence: the kind is tested here,
		// which saves most calls.)
		if i > 0 && (t.has(fNewline) || toks[i-1].kind == kPunct && s.endsSentence(i-1)) {
			sent++
			clause++
		}
		t.sent = sent
		clause += opensClause(t)
		t.clause = clause
	}
}

// opensClause is 1 when token t opens a clause (a comma, a parenthesis, a
// dash, a quotation mark; "that", "where"), else 0.
func opensClause(t *token) int32 {
	if t.kind == kPunct {
		switch t.r {
		case ',', ';', ':', '(', ')', '"', '\u201c', '\u201d', '\u2014', '\u2013':
			return 1
		case '-':
			if t.has(fSpace) {
				return 1
			}
		}
		return 0
	}
	if t.e.is(eClause) {
		return 1
	}
	return 0
}

// startAt returns starts[k], or the largest int past the end of starts.
func startAt(starts []int, k int) int {
	if k < len(starts) {
		return starts[k]
	}
	return math.MaxInt
}

// endsSentence reports whether token i ends a sentence: a period, "!" or
// "?" (maybe followed by a closing quote) before a space and a token that
// can start a sentence, not after an abbreviation or an initial.
func (s *scanner) endsSentence(i int) bool {
	toks := s.toks
	t := &toks[i]
	if t.kind != kPunct {
		return false
	}
	if i+1 >= len(toks) || !toks[i+1].has(fSpace) {
		return false
	}
	switch t.r {
	case '!', '?':
		return true
	case '"', '\u201d', '\'', '\u2019', ')':
		if i == 0 || toks[i-1].kind != kPunct {
			return false
		}
		switch toks[i-1].r {
		case '.', '!', '?':
			return true
		}
		return false
	case '.':
	default:
		return false
	}
	next := &toks[i+1]
	if next.kind == kWord && !next.has(fCap) {
		return false
	}
	if i == 0 {
		return true
	}
	prev := &toks[i-1]
	if prev.kind == kWord {
		w := s.text[prev.start:prev.end]
		if len(w) == 1 {
			return false // an initial, "U.S.", "p.m."
		}
		var buf [24]byte
		if n, ok := lower(&buf, w); ok && abbrevs[string(buf[:n])] {
			return false
		}
	}
	return true
}
