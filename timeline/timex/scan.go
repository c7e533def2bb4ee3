package timex

import (
	"math"
	"math/bits"
	"slices"
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
	sent       int32 // sentence index
	clause     int32 // clause index (global, increasing)
	num        int32 // value of a number without separators
	r          rune  // the character of a punctuation token
	e          entry // lexicon entry of a word
	kind       kind
	ndig       uint8 // digits of a number
	flags      uint8
	// (num and r, kind and ndig sit together: the scanner's fast loop
	// stores each pair, zeros or constants for a word, in one.)
}

func (t *token) has(f uint8) bool { return t.flags&f != 0 }

// scanner splits text into tokens.
type scanner struct {
	text string
	toks []token
	// cands are the indexes of the tokens an expression may start at
	// (see starter), in increasing order: the tagger tries no other.
	cands []int32
	// The state of segmentation while scanning (see scan): of the
	// sentence starts given (not kept here, so that they stay the
	// caller's: scan passes them on), starts[:next] are at or before the
	// last token made, nextAt is starts[next] (or the largest int); the
	// last token's sentence and clause; brk, the flags that make the next
	// token one a sentence may start at, base what brk is after most
	// tokens (fNewline without starts, 0 with them).
	next, nextAt int
	sent, clause int32
	brk, base    uint8
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

// scan tokenizes text into s.toks, reusing its storage, lists in
// s.cands the tokens an expression may start at, and gives each token its
// sentence and clause index as it is made: sentences start at the given
// starts or, when starts is nil, after a line break or where
// endsSentence says; a clause starts with each sentence and at each
// token opensClause marks. The loop of fast makes most tokens; the loop
// here the others, one at a time.
func (s *scanner) scan(text string, starts []int) {
	s.text = text
	s.next, s.nextAt = 0, startAt(starts, 0)
	s.sent, s.clause = 0, 0
	// Without starts, a line break may start a sentence and, after
	// punctuation that can end one, a space. The first token starts none.
	s.base, s.brk = 0, 0
	if starts == nil {
		s.base = fNewline
	}
	s.cands = s.cands[:0]
	toks := s.toks[:0]
	flags := uint8(0)
	i := 0
	for i < len(text) {
		if s.brk == s.base && flags&s.base == 0 {
			// fast stops where toks or cands could be full. toks grows
			// as the general path below appends to it; cands, which
			// takes one token in six or so, grows here by what the rest
			// of the text will want (a candidate every 35 bytes or so
			// in news text), so that a tagger new from the pool grows it
			// once, not by doubling.
			if rest := len(text) - i; cap(s.cands)-len(s.cands) < min(rest, 64) {
				s.cands = slices.Grow(s.cands, rest/16+64)
			}
			toks, i, flags = s.fast(toks, i, flags)
			if i >= len(text) {
				break
			}
		}
		class := byteClass[text[i]]
		if i >= s.nextAt && (class == bLetter || class == bOther) {
			// fast stopped at a token at or past a sentence start
			// given: the token's sentence is worked out here, as
			// sentence would when it is made, and fast goes on with it
			// (or the general path makes it, which finds nextAt past
			// it).
			s.startsBefore(i, starts)
			continue
		}
		switch class {
		case bLetter:
			s.toks = toks
			i, flags = s.asciiWord(i, flags)
			toks = s.toks
		case bSpace:
			flags |= fSpace
			i++
			continue
		case bNewline:
			flags |= fSpace | fNewline
			i++
			continue
		case bDigit:
			s.toks = toks
			i = s.number(i, flags)
			toks = s.toks
			flags = 0
		case bOther:
			toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: kPunct, flags: flags, r: rune(text[i])})
			i++
			flags = 0
		default:
			s.toks = toks
			j, made := s.rune(i, &flags)
			toks = s.toks
			i = j
			if !made {
				continue // a space
			}
		}
		s.toks = toks
		s.made(starts)
	}
	s.toks = toks
}

// fast makes the tokens of the stretch of text at i that holds only the
// most common tokens, and returns where it ends with the flags pending
// there: ASCII words of up to maxWord letters followed by an ASCII byte
// or one of the dashes and quotation marks gpAt takes, numbers (see
// number), ASCII punctuation, those dashes and quotation marks, white
// space, with no sentence starting at any of them, each made, looked
// up, segmented and listed in cands as scan and made would. Anything
// else (another non-ASCII rune, a longer word, a token at which a
// sentence may start, or after which one may, the last 15 bytes of the
// text) ends the stretch, for scan, which calls fast only where s.brk is
// s.base (after a token after which no sentence can start at a space)
// and no line break is pending that may start one.
//
// The loop makes no call (digits inlines), so that what it works with
// stays in registers, and tests little per token: the stretch stops
// before the next sentence start given and where toks or cands could be
// full (a token takes a byte at least), so that tokens are stored
// without a test of either; a line break, without starts given, ends it.
// One or two eight-byte loads give a word's end, case, packed letters
// and the byte after it.
func (s *scanner) fast(toks []token, i int, flags uint8) ([]token, int, uint8) {
	text := s.text
	stop := min(len(text)-15, s.nextAt, i+cap(toks)-len(toks), i+cap(s.cands)-len(s.cands))
	base := s.base
	for i < stop {
		c := text[i]
		class := byteClass[c]
		if class == bLetter {
			x := swar.Load64(text, i)
			// The lowest set bit is in the first byte that is no letter.
			n := bits.TrailingZeros64(nonLetters(x)) >> 3
			lo, hi := x|lowerBits, uint64(0)
			var after uint64 // the byte after the word
			var ed bool      // the word ends in "ed" (if longer than 4 letters)
			if n < 8 {
				after = x >> (n * 8) & 0xff
				lo &= byteMask[n]
				ed = lo>>((n-2)*8&63) == 'e'|'d'<<8
			} else {
				x2 := swar.Load64(text, i+8)
				n2 := bits.TrailingZeros64(nonLetters(x2)) >> 3
				if n2 > maxWord-8 {
					break // longer than any word of the lexicon
				}
				after = x2 >> (n2 * 8) & 0xff
				hi = (x2 | lowerBits) & byteMask[n2]
				n += n2
				ed = text[i+n-2]|0x20 == 'e' && text[i+n-1]|0x20 == 'd'
			}
			if after >= utf8.RuneSelf && !(after == 0xe2 && i+n+2 < len(text) && gpAt(text[i+n+1], text[i+n+2])) {
				break // the word may go on
			}
			fl := flags
			if x&0x20 == 0 {
				fl |= fCap
				if n > 1 && x&0x2000 == 0 {
					fl |= fUpper
				}
			}
			sl := lookup(lo, hi)
			if ed && n > 4 && sl.past && fl&fCap == 0 {
				fl |= fPast
			}
			if sl.e.bits&eClause != 0 {
				s.clause++
			}
			k := len(toks)
			toks = toks[:k+1]
			t := &toks[k]
			t.start, t.end, t.sent, t.clause, t.num, t.r = int32(i), int32(i+n), s.sent, s.clause, 0, 0
			t.e, t.kind, t.ndig, t.flags = sl.e, kWord, 0, fl
			if sl.start {
				s.cand(k)
			}
			if after == ' ' {
				i, flags = i+n+1, fSpace
			} else {
				i, flags = i+n, 0
			}
			continue
		}
		if class == bSpace {
			flags |= fSpace
			i++
			continue
		}
		if class == bNewline {
			if base != 0 {
				break // a sentence may start at the next token
			}
			flags |= fSpace | fNewline
			i++
			continue
		}
		if class == bDigit {
			// A number, as number makes it: an expression may start at
			// it, and it opens no clause.
			j, n, nd, sep := digits(text, i)
			fl := flags
			if sep {
				fl |= fSep
			}
			k := len(toks)
			toks = toks[:k+1]
			t := &toks[k]
			t.start, t.end, t.sent, t.clause, t.num, t.r = int32(i), int32(j), s.sent, s.clause, int32(n), 0
			t.e, t.kind, t.ndig, t.flags = entry{}, kNum, uint8(min(nd, 255)), fl
			s.cand(k)
			i, flags = j, 0
			continue
		}
		// Punctuation: ASCII, or the dashes and quotation marks of
		// U+2010-U+2027 (see gpAt), which take made's work from
		// punctBits.
		var r rune
		var p uint8
		w := 1
		if class == bOther {
			r, p = rune(c), punctBits[c]
		} else if c == 0xe2 && gpAt(text[i+1], text[i+2]) {
			r, w = 0x2000+rune(text[i+2]&0x3f), 3
			p = punctBits[r-0x2000+utf8.RuneSelf]
		} else {
			break
		}
		s.clause += int32((p>>1 | p>>2&flags) & 1) // pOpens, or pOpensSpaced after a space
		k := len(toks)
		toks = toks[:k+1]
		t := &toks[k]
		t.start, t.end, t.sent, t.clause, t.num, t.r = int32(i), int32(i+w), s.sent, s.clause, 0, r
		t.e, t.kind, t.ndig, t.flags = entry{}, kPunct, 0, flags
		if p&pStarts != 0 {
			s.cand(k)
		}
		i, flags = i+w, 0
		if base != 0 && p&pMayEnd != 0 && byteClass[text[i]] != bLetter && byteClass[text[i]] != bOther {
			// A sentence may start at the next token if white space
			// comes before it (white space, or a rune that may be).
			s.brk = base | fSpace
			break
		}
	}
	return toks, i, flags
}

// cand lists token k in cands, within their capacity (fast's stretch
// stops where cands could be full).
func (s *scanner) cand(k int) {
	n := len(s.cands)
	s.cands = s.cands[:n+1]
	s.cands[n] = int32(k)
}

// The bits of punctBits.
const (
	pMayEnd      uint8 = 1 // mayEnd
	pOpens       uint8 = 2 // opensClause
	pOpensSpaced uint8 = 4 // opensClause after a space (this bit must be fSpace<<2)
	pStarts      uint8 = 8 // starter
)

// punctBits tells of each ASCII punctuation byte, and at RuneSelf+k of
// rune U+2000+k (k < 0x40, see gpAt), what made needs.
var punctBits = func() (t [utf8.RuneSelf + 0x40]uint8) {
	for k := range t {
		c := rune(k)
		if k >= utf8.RuneSelf {
			c = 0x2000 + rune(k-utf8.RuneSelf)
		}
		tok := token{kind: kPunct, r: c}
		if mayEnd(c) {
			t[k] |= pMayEnd
		}
		if opensClause(&tok) == 1 {
			t[k] |= pOpens
		} else if tok.flags = fSpace; opensClause(&tok) == 1 {
			t[k] |= pOpensSpaced
		}
		if starter(&tok) {
			t[k] |= pStarts
		}
	}
	return t
}()

// gpAt reports whether the bytes b1, b2 after a byte 0xe2 finish a rune of
// U+2010-U+2027: dashes, quotation marks, the apostrophe ’, the most
// common non-ASCII runes of news text, all punctuation (generalPunct).
func gpAt(b1, b2 byte) bool {
	return b1 == 0x80 && b2-0x90 < 0x18
}

// made segments the last token made (see scan), given the sentence starts
// given to scan, and lists it in cands if an expression may start at it.
func (s *scanner) made(starts []int) {
	k := len(s.toks) - 1
	t := &s.toks[k]
	if t.flags&s.brk != 0 || int(t.start) >= s.nextAt {
		s.sentence(k, starts)
	}
	s.clause += opensClause(t)
	t.sent, t.clause = s.sent, s.clause
	if starter(t) {
		s.cands = append(s.cands, int32(k))
	}
	s.brk = s.base
	if s.base != 0 && t.kind == kPunct && mayEnd(t.r) {
		s.brk |= fSpace
	}
}

// sentence moves s.sent and s.clause on to token k, the last one made,
// if a sentence starts at it. It is called for the few tokens at which
// one may start (see scan): at or past the next start given, or after a
// line break or punctuation that can end a sentence.
func (s *scanner) sentence(k int, starts []int) {
	if s.base == 0 { // starts given
		s.startsBefore(int(s.toks[k].start), starts)
		return
	}
	if k > 0 && (s.toks[k].has(fNewline) || s.endsSentence(k-1)) {
		s.sent++
		s.clause++
	}
}

// startsBefore moves s.sent and s.clause on to the token at byte at, the
// next one made, past the sentence starts given at or before at.
func (s *scanner) startsBefore(at int, starts []int) {
	// Tokens and starts both ascend: one merge, no search.
	for s.next < len(starts) && starts[s.next] <= at {
		s.next++
	}
	s.nextAt = startAt(starts, s.next)
	if n := int32(s.next - 1); n > s.sent {
		s.sent = n
		s.clause++
	}
}

// mayEnd reports whether punctuation r can end a sentence (see
// endsSentence, which is false after any other).
func mayEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '"', '\u201d', '\'', '\u2019', ')':
		return true
	}
	return false
}

// number adds the number starting with the digit at i: ASCII digits,
// maybe with inner "," or "." between digits. It returns its end.
func (s *scanner) number(i int, flags uint8) int {
	j, n, nd, sep := digits(s.text, i)
	t := token{start: int32(i), end: int32(j), kind: kNum, flags: flags, num: int32(n), ndig: uint8(min(nd, 255))}
	if sep {
		t.flags |= fSep
	}
	s.toks = append(s.toks, t)
	return j
}

// digits reads the number at i (see number): its end, its value (of its
// first nine digits), its digits and whether it has separators.
func digits(text string, i int) (j, n, nd int, sep bool) {
	for j = i; j < len(text); j++ {
		if d := text[j]; d-'0' <= 9 {
			if nd < 9 {
				n = n*10 + int(d-'0')
			}
			nd++
		} else if (d == ',' || d == '.') && j+1 < len(text) && text[j+1]-'0' <= 9 {
			sep = true
		} else {
			break
		}
	}
	return j, n, nd, sep
}

// rune scans the token or space that starts with the multi-byte (or
// invalid) rune at i, updating the pending flags, and returns its end and
// whether it made a token.
func (s *scanner) rune(i int, flags *uint8) (int, bool) {
	r, n := utf8.DecodeRuneInString(s.text[i:])
	switch {
	case generalPunct(r):
		// The most common case, and the cheapest test.
	case unicode.IsSpace(r):
		*flags |= fSpace
		if r == '\u2028' || r == '\u2029' || r == '\u0085' {
			*flags |= fNewline
		}
		return i + n, false
	case unicode.IsLetter(r):
		j := s.wordEnd(i)
		s.addWord(i, j, *flags)
		*flags = 0
		return j, true
	}
	s.toks = append(s.toks, token{start: int32(i), end: int32(i + n), kind: kPunct, flags: *flags, r: r})
	*flags = 0
	return i + n, true
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
	sl := &noSlot // a longer word is none of the lexicon's, nor of notPast
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
		sl = lookup(lo, hi)
	}
	if n > 4 && text[j-1]|0x20 == 'd' && text[j-2]|0x20 == 'e' && sl.past && flags&fCap == 0 {
		flags |= fPast
	}
	s.toks = append(s.toks, token{start: int32(i), end: int32(j), kind: kWord, flags: flags, e: sl.e})
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
	// Lower-cased (bit 5 set), an ASCII letter is a byte in 'a'..'z'.
	y := x | lowerBits
	// Adding to each byte's low seven bits sets its high bit exactly
	// when the byte is at least 'a' (resp. above 'z'); the sums stay
	// below 0x100, so no carry reaches the next byte.
	low := y & swar.Low7
	atLeastA := low + (0x80-'a')*swar.Ones
	aboveZ := low + (0x80-'z'-1)*swar.Ones
	// Bytes with their own high bit set are not ASCII.
	letter := atLeastA &^ aboveZ &^ y & swar.High
	return letter ^ swar.High
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
			sl := &noSlot // a longer word is none of the lexicon's, nor of notPast
			if n <= maxWord {
				// All ASCII letters: packWord lower-cases them as buf has.
				sl = lookup(packWord(w, 0, n))
				t.e = sl.e
			}
			if sl.past && n > 4 && buf[n-2] == 'e' && buf[n-1] == 'd' && t.flags&fCap == 0 {
				t.flags |= fPast
			}
		}
	}
	s.toks = append(s.toks, t)
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
