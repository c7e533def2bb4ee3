package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	tokCap     wordClass    = 1 << (25 + iota) // starts with an upper-case letter
	tokInQuote                                 // inside a direct quotation
	tokInTimex                                 // inside a temporal expression
	kindShift  = 28                            // the tokKind is bits >> kindShift
	classMask  = tokCap - 1                    // the list bits
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
// starts with a digit, and none is a single mark or a possessive "'s". Words keep inner apostrophes ("doesn't") but not a possessive
// "'s", which becomes its own token; abbreviations such as "U.S." stay
// whole; hyphens are their own tokens; numbers keep their thousands
// separators and decimal points.
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
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// A word starting with an ASCII letter. Most hold only
				// ASCII letters and digits: scanned here in one pass,
				// else by scanWord.
				capital := c >= 'A' && c <= 'Z'
				ascii, upper := true, capital
				j := i + 1
				for j < len(body) {
					if b := body[j]; b >= 'a' && b <= 'z' || b >= '0' && b <= '9' {
						j++
					} else if b >= 'A' && b <= 'Z' {
						upper = true
						j++
					} else {
						break
					}
				}
				if j < len(body) && (body[j] >= utf8.RuneSelf || body[j] == '\'' || body[j] == '.') {
					j = scanWord(body, i)
					ascii, upper = true, capital
					for k := i + 1; k < j; k++ {
						if b := body[k]; b >= utf8.RuneSelf {
							ascii = false
							break
						} else if b >= 'A' && b <= 'Z' {
							upper = true
						}
					}
				}
				var cls wordClass
				switch {
				case !ascii:
					w := strings.ToLower(body[i:j]) // "Zürich": rare
					lw.set(i, j, w)
					cls = classes.of(w)
				case upper:
					lw.ascii(i, j)
					cls = classes.ofASCII(body[i:j])
				default:
					cls = classes.of(body[i:j])
				}
				toks = append(toks, newToken(i, j, tWord, capital, cls))
				i = j
				continue
			case c >= '0' && c <= '9':
				j := scanNumber(body, i)
				toks = append(toks, newToken(i, j, tNum, false, 0))
				i = j
				continue
			}
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
func scanWord(body string, i int) int {
	start := i
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
