package claims

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factline/factline/claims/swar"
)

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is one word, number or punctuation mark of an article's body. It
// holds no pointers, so the garbage collector need not scan token lists:
// its lower-case form is read from the document's lowered text (see
// lowered.of).
type token struct {
	start, end int32 // byte span of the body
	// bits holds the word lists the token's lower-case form is in (the
	// wordClass bits, classMask) and, above them, its flags (tokCap,
	// tokInQuote, tokInTimex) and kind (from kindShift up). Packed in one
	// word a token is 12 bytes, not 16: the tokens of every document are
	// kept until its claims are made. The list bits are tested as they
	// are (t.bits&cTrigger): no flag is a list bit.
	bits wordClass
}

// The token flags and kind, above the list bits (TestTokenBitsFit).
const (
	tokCap     wordClass                                 = 1 << (25 + iota) // starts with an upper-case letter
	tokInQuote                                                              // inside a direct quotation
	tokInTimex                                                              // inside a temporal expression
	kindShift  = 28                                                         // the tokKind is bits >> kindShift
	kindBits   = ^wordClass(0) >> kindShift << kindShift                    // the kind's bits: none for a word
	classMask  = tokCap - 1                                                 // the list bits
)

// newToken returns the token of body[start:end] of kind k with list bits
// cls, capitalized or not.
func newToken(start, end int, k tokKind, capital bool, cls wordClass) token {
	bits := cls | wordClass(k)<<kindShift
	if capital {
		bits |= tokCap
	}
	return token{start: int32(start), end: int32(end), bits: bits}
}

// kind returns whether t is a word, number or punctuation mark.
func (t token) kind() tokKind { return tokKind(t.bits >> kindShift) }

// cap reports whether t starts with an upper-case letter.
func (t token) cap() bool { return t.bits&tokCap != 0 }

// inQuote reports whether t is inside a direct quotation.
func (t token) inQuote() bool { return t.bits&tokInQuote != 0 }

// inTimex reports whether t is inside a temporal expression.
func (t token) inTimex() bool { return t.bits&tokInTimex != 0 }

// classes returns the word lists t's lower-case form is in.
func (t token) classes() wordClass { return t.bits & classMask }

// lowered holds the lower-case forms of a body's tokens: s is the body
// with every word lowered in place, and odd holds, by start offset, the
// rare words whose lower case has another length than the word ("İ").
type lowered struct {
	s   string
	odd map[int32]string
}

// of returns the lower-case text of t: a word in lower case, a number or
// punctuation mark as written.
func (l *lowered) of(t *token) string {
	if l.odd != nil {
		if w, ok := l.odd[t.start]; ok {
			return w
		}
	}
	return l.s[t.start:t.end]
}

// lowerer builds a lowered text while a body is tokenized from the start.
type lowerer struct {
	body    string
	b       strings.Builder // the lowered text up to copied, once a word differs
	started bool
	copied  int // body[:copied] is in b
	odd     map[int32]string
}

// start makes room for the lowered text and copies the body up to i.
func (lw *lowerer) start(i int) {
	if !lw.started {
		lw.b.Grow(len(lw.body))
		lw.started = true
	}
	lw.b.WriteString(lw.body[lw.copied:i])
}

// first lowers the ASCII upper-case letter body[i], which starts a word
// whose other letters are all lower case: the rest of the word is copied
// with the text after it.
func (lw *lowerer) first(i int) {
	lw.start(i)
	lw.b.WriteByte(lw.body[i] + 'a' - 'A')
	lw.copied = i + 1
}

// ascii lowers the ASCII word body[i:j], which has an upper-case letter.
func (lw *lowerer) ascii(i, j int) {
	lw.start(i)
	var chunk [64]byte
	for i < j {
		n := copy(chunk[:], lw.body[i:j])
		for k, b := range chunk[:n] {
			if b >= 'A' && b <= 'Z' {
				chunk[k] = b + 'a' - 'A'
			}
		}
		lw.b.Write(chunk[:n])
		i += n
	}
	lw.copied = j
}

// set makes w the lower-case form of the word body[i:j].
func (lw *lowerer) set(i, j int, w string) {
	switch {
	case w == lw.body[i:j]:
	case len(w) == j-i:
		lw.start(i)
		lw.b.WriteString(w)
		lw.copied = j
	default:
		if lw.odd == nil {
			lw.odd = map[int32]string{}
		}
		lw.odd[int32(i)] = w
	}
}

// done returns the lowered text.
func (lw *lowerer) done() lowered {
	if !lw.started {
		return lowered{s: lw.body, odd: lw.odd}
	}
	lw.b.WriteString(lw.body[lw.copied:])
	return lowered{s: lw.b.String(), odd: lw.odd}
}

// tokenize splits body into tokens and returns them with their lower-case
// forms. Word tokens carry the word lists their lower-case form is in
// (token.bits); numbers and punctuation are in none: no word of the lists
// starts with a digit, and none is a single mark or a possessive "'s".
// Words keep inner apostrophes ("doesn't") but not a possessive "'s",
// which becomes its own token; abbreviations such as "U.S." stay whole;
// hyphens are their own tokens; numbers keep their thousands separators
// and decimal points.
func tokenize(body string) ([]token, lowered) { return tokenizeInto(nil, body) }

// tokenizeInto is tokenize appending the tokens to toks[:0].
func tokenizeInto(toks []token, body string) ([]token, lowered) {
	toks = toks[:0]
	if cap(toks) == 0 {
		toks = make([]token, 0, len(body)*2/9+16)
	}
	lw := lowerer{body: body}
	i := 0
	for i < len(body) {
		c := body[i]
		if c < utf8.RuneSelf {
			switch asciiKinds[c] {
			case aSpace:
				i++
				continue
			case aLetter:
				// A word starting with an ASCII letter. Most hold only
				// ASCII letters and digits and are shorter than sixteen
				// bytes: they are read eight bytes at a time
				// (alnumBytes), and the same bytes, lowered, are the
				// word's key in the class table, so neither the word nor
				// its lower case is copied. Other words, and those at the
				// body's end, are left to scanWord and classOf. (Scanned
				// here, not in a function: the call and the spills around
				// it cost 25M instructions per BenchmarkExtract.)
				if len(body)-i < 16 {
					j := scanWord(body, i)
					toks = append(toks, newToken(i, j, tWord, c <= 'Z', lw.classOf(i, j)))
					i = j
					continue
				}
				j := i
				x := swar.Load64(body, i)
				alnum, up := alnumBytes(x)
				var lo, hi uint64 // the word's key, lowered: or-ing 0x20 lowers an ASCII letter and keeps a digit
				if stop := ^alnum & swar.High; stop != 0 {
					m := (stop&-stop)>>7 - 1 // the bytes of the word
					lo, up = (x|lowerBits)&m, up&m
					j += bits.TrailingZeros64(stop) >> 3
				} else {
					y := swar.Load64(body, i+8)
					alnum, up2 := alnumBytes(y)
					stop := ^alnum & swar.High
					if stop == 0 {
						j := scanWord(body, i) // sixteen bytes or more: rare
						toks = append(toks, newToken(i, j, tWord, c <= 'Z', lw.classOf(i, j)))
						i = j
						continue
					}
					m := (stop&-stop)>>7 - 1
					lo, hi = x|lowerBits, (y|lowerBits)&m
					if up2&m != 0 {
						up |= 1 // not a high bit: an upper-case letter past the first eight bytes
					}
					j += 8 + bits.TrailingZeros64(stop)>>3
				}
				if (body[j] >= utf8.RuneSelf || body[j] == '.' || body[j] == '\'') && !asciiWordEnds(body, i, j, c <= 'Z') {
					if e := scanWordFrom(body, i, j); e != j {
						toks = append(toks, newToken(i, e, tWord, c <= 'Z', lw.classOf(i, e)))
						i = e
						continue
					}
				}
				if up == 0x80 { // the first letter alone is upper-case
					lw.first(i)
				} else if up != 0 {
					lw.ascii(i, j)
				}
				var cls wordClass
				if n := j - i; n <= classes.maxLen {
					if h, ok := classes.mayHave(lo, hi); ok { // most words of no list, without a call
						cls = classes.lookUp(h, lo, hi, n)
					}
				}
				toks = append(toks, newToken(i, j, tWord, c <= 'Z', cls))
				if j < len(body) && body[j] == ' ' {
					j++ // most words are followed by a space: skipped here
				}
				i = j
				continue
			case aDigit:
				j := scanNumber(body, i)
				toks = append(toks, newToken(i, j, tNum, false, 0))
				i = j
				continue
			case aApos:
				if len(toks) > 0 && int(toks[len(toks)-1].end) == i && possessiveAt(body, i+1) {
					toks = append(toks, newToken(i, i+2, tPunct, false, 0))
					i += 2
					continue
				}
			}
			// Any other ASCII byte is a mark of its own.
			toks = append(toks, newToken(i, i+1, tPunct, false, 0))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r):
			j := scanWord(body, i)
			w := strings.ToLower(body[i:j])
			toks = append(toks, newToken(i, j, tWord, unicode.IsUpper(r), classes.of(w)))
			lw.set(i, j, w)
			i = j
		case isApos(r) && len(toks) > 0 && int(toks[len(toks)-1].end) == i && possessiveAt(body, i+n):
			toks = append(toks, newToken(i, i+n+1, tPunct, false, 0))
			i += n + 1
		default:
			toks = append(toks, newToken(i, i+n, tPunct, false, 0))
			i += n
		}
	}
	return toks, lw.done()
}

// classOf lowers the word body[i:j] in lw and returns the lists its lower
// case is in, for any word.
func (lw *lowerer) classOf(i, j int) wordClass {
	ascii, upper := asciiUpper(lw.body[i:j])
	switch {
	case !ascii:
		w := strings.ToLower(lw.body[i:j]) // "Zürich": rare
		lw.set(i, j, w)
		return classes.of(w)
	case upper:
		lw.ascii(i, j)
	}
	return classes.ofASCII(lw.body[i:j])
}

// asciiUpper reports whether s is all ASCII and, if so, whether it has an
// upper-case letter.
func asciiUpper(s string) (ascii, upper bool) {
	for k := 0; k < len(s); k++ {
		if b := s[k]; b >= utf8.RuneSelf {
			return false, false
		} else if b >= 'A' && b <= 'Z' {
			upper = true
		}
	}
	return true, upper
}

// The kinds of ASCII bytes tokenize tells apart.
const (
	aPunct  = iota // a mark of its own
	aSpace         // white space (unicode.IsSpace)
	aLetter        // a letter: a word starts
	aDigit         // a number starts
	aApos          // an apostrophe, maybe a possessive's
)

// asciiKinds holds the kind of each ASCII byte.
var asciiKinds = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		switch {
		case unicode.IsSpace(rune(c)):
			k[c] = aSpace
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			k[c] = aLetter
		case c >= '0' && c <= '9':
			k[c] = aDigit
		case c == '\'':
			k[c] = aApos
		}
	}
	return k
}()

// alnumBytes marks the bytes of x that are ASCII letters or digits, and
// those that are upper-case letters, by the high bit of each byte.
func alnumBytes(x uint64) (alnum, upper uint64) {
	// Adding 0x80-k to a byte below 0x80 sets its high bit when it is at
	// least k, with no carry into the next byte.
	t := x &^ swar.High
	f := t | 0x2020202020202020                                    // letters folded to lower case
	letter := (f + 0x1f1f1f1f1f1f1f1f) &^ (f + 0x0505050505050505) // 'a' to 'z'
	digit := (t + 0x5050505050505050) &^ (t + 0x4646464646464646)  // '0' to '9'
	alnum = (letter | digit) &^ x & swar.High
	upper = letter &^ (x << 2) &^ x & swar.High // bit 5 (0x20) clear
	return alnum, upper
}

// asciiWordEnds reports whether the word body[i:j] of ASCII letters and
// digits ends at j, where another byte stands, as scanWord would find:
// at a byte that is not an apostrophe, a period or part of a multi-byte
// rune; at a period unless the word is a single upper-case letter (an
// abbreviation's); at an apostrophe not followed by a letter, or by a
// possessive's "s".
func asciiWordEnds(body string, i, j int, capital bool) bool {
	switch b := body[j]; {
	case b >= utf8.RuneSelf:
		return false
	case b == '.':
		return j-i > 1 || !capital
	case b == '\'':
		if j+1 == len(body) || body[j+1] < utf8.RuneSelf && asciiKinds[body[j+1]] != aLetter {
			return true
		}
		if body[j+1] == 's' || body[j+1] == 'S' {
			return j+2 == len(body) || body[j+2] < utf8.RuneSelf && asciiKinds[body[j+2]] != aLetter
		}
		return false
	}
	return true
}

// possessiveAt reports whether body[i:] is the "s" of a possessive "'s".
func possessiveAt(body string, i int) bool {
	if i >= len(body) || (body[i] != 's' && body[i] != 'S') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body[i+1:])
	return !unicode.IsLetter(r)
}

// isPossessive reports whether w, a lower-case token, is a possessive
// "'s" (the tokens possessiveAt splits off), with either apostrophe.
func isPossessive(w string) bool { return w == "'s" || w == "’s" }

// isApos reports whether r is an apostrophe.
func isApos(r rune) bool { return r == '\'' || r == '’' }

// scanWord returns the end of the word starting at i.
func scanWord(body string, i int) int { return scanWordFrom(body, i, i) }

// scanWordFrom is scanWord of the word starting at start, from i: the
// bytes [start, i) are ASCII letters and digits.
func scanWordFrom(body string, start, i int) int {
	for i < len(body) {
		if c := body[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++ // ASCII letters and digits, without decoding
			continue
		} else if c < utf8.RuneSelf && c != '\'' && c != '.' {
			return i // other ASCII ends the word
		}
		r, n := utf8.DecodeRuneInString(body[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if isApos(r) {
			r2, n2 := utf8.DecodeRuneInString(body[i+n:])
			if !unicode.IsLetter(r2) {
				return i
			}
			if r2 == 's' || r2 == 'S' {
				r3, _ := utf8.DecodeRuneInString(body[i+n+n2:])
				if !unicode.IsLetter(r3) {
					return i // possessive: "Russia" + "'s"
				}
			}
			i += n
			continue
		}
		// Abbreviations: "U.S.", "D.C.", "U.N."
		if r == '.' && isAbbrev(body[start:i]) {
			r2, _ := utf8.DecodeRuneInString(body[i+1:])
			if unicode.IsUpper(r2) || (i-start >= 3 && body[i-2] == '.') {
				i++
				if !unicode.IsUpper(r2) {
					return i
				}
				continue
			}
		}
		return i
	}
	return i
}

// isAbbrev reports whether w is a single upper-case letter or a run of
// "X.Y" letters, the start of an abbreviation like "U.S.".
func isAbbrev(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k%2 == 0 && !(c >= 'A' && c <= 'Z') {
			return false
		}
		if k%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// scanNumber returns the end of the number starting at i: digits with
// "," thousands separators and a "." decimal part, and letters glued to it
// ("2bn", "1st").
func scanNumber(body string, i int) int {
	for i < len(body) {
		c := body[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == ',' || c == '.') && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9':
			i++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(body) && (body[j] >= 'a' && body[j] <= 'z' || body[j] >= 'A' && body[j] <= 'Z') {
				j++
			}
			return j
		default:
			return i
		}
	}
	return i
}
