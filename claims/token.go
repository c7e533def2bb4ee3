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

// token is one word, number or punctuation mark of an article's body.
type token struct {
	lower      string // the text in lower case (the text itself when it has no capitals)
	start, end int32  // byte span of the body
	sent       int32  // index into doc.sents
	kind       tokKind
	cap        bool // starts with an upper-case letter
	inQuote    bool // inside a direct quotation
	inTimex    bool // inside a temporal expression
}

// tokenize splits body into tokens. Words keep inner apostrophes
// ("doesn't") but not a possessive "'s", which becomes its own token;
// abbreviations such as "U.S." stay whole; hyphens are their own tokens;
// numbers keep their thousands separators and decimal points.
func tokenize(body string) []token {
	toks := make([]token, 0, len(body)*2/9+16)
	// Lower-case forms of ASCII words with capitals share one string. Until
	// it is built, such a token has an empty lower form and keeps its
	// offset into arena in sent.
	arena := make([]byte, 0, len(body)/8)
	fix := false
	i := 0
	for i < len(body) {
		c := body[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// newToken's work for a word starting with an ASCII
				// letter, in one pass, writing the token in place.
				j := scanWord(body, i)
				text := body[i:j]
				toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, cap: c >= 'A' && c <= 'Z'})
				t := &toks[len(toks)-1]
				ascii, upper := true, false
				for k := 1; k < len(text); k++ {
					if b := text[k]; b >= utf8.RuneSelf {
						ascii = false
						break
					} else if b >= 'A' && b <= 'Z' {
						upper = true
					}
				}
				switch {
				case t.cap && ascii:
					fix = true
					t.sent = int32(len(arena))
					for k := 0; k < len(text); k++ {
						b := text[k]
						if b >= 'A' && b <= 'Z' {
							b += 'a' - 'A'
						}
						arena = append(arena, b)
					}
				case !ascii || upper && !t.cap:
					t.lower = strings.ToLower(text) // "iPhone", "Zürich": rare
				default:
					t.lower = text
				}
				i = j
				continue
			case c >= '0' && c <= '9':
				j := scanNumber(body, i)
				toks = append(toks, newToken(body, i, j, tNum))
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
			toks = append(toks, newToken(body, i, j, tWord))
			i = j
		case isApos(r) && len(toks) > 0 && int(toks[len(toks)-1].end) == i && possessiveAt(body, i+n):
			toks = append(toks, newToken(body, i, i+n+1, tPunct))
			i += n + 1
		default:
			toks = append(toks, newToken(body, i, i+n, tPunct))
			i += n
		}
	}
	if fix {
		lowered := string(arena)
		for k := range toks {
			t := &toks[k]
			if t.kind == tWord && t.lower == "" {
				off := int(t.sent)
				t.lower = lowered[off : off+int(t.end-t.start)]
				t.sent = 0
			}
		}
	}
	return toks
}

func newToken(body string, s, e int, k tokKind) token {
	text := body[s:e]
	t := token{start: int32(s), end: int32(e), lower: text, kind: k}
	if k == tWord {
		c := text[0]
		if c < utf8.RuneSelf {
			t.cap = c >= 'A' && c <= 'Z'
		} else {
			r, _ := utf8.DecodeRuneInString(text)
			t.cap = unicode.IsUpper(r)
		}
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c >= 0x80 {
				t.lower = strings.ToLower(text)
				break
			}
			if c >= 'A' && c <= 'Z' && !t.cap {
				t.lower = strings.ToLower(text) // "iPhone": rare
				break
			}
		}
	}
	return t
}

// possessiveAt reports whether body[i:] is the "s" of a possessive "'s".
func possessiveAt(body string, i int) bool {
	if i >= len(body) || (body[i] != 's' && body[i] != 'S') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body[i+1:])
	return !unicode.IsLetter(r)
}

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
