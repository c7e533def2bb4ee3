package article

import (
	"unicode"
	"unicode/utf8"
)

// Tokenize splits s into words, numbers and punctuation marks. Spans are
// byte offsets into s. Words keep inner apostrophes, hyphens and periods
// ("Russia’s", "Trump-Putin", "U.S."); a known abbreviation keeps its
// final period ("Feb.", "Gen."). Numbers start with a digit and keep inner
// separators ("1,500", "3.5", "2025-02-22", "14:03"). Any other
// non-space character is one punctuation token, except "..." which is one.
func Tokenize(s string) []Token {
	return appendTokens(make([]Token, 0, len(s)/5), s, 0)
}

// Tokens returns the tokens of the body text in span sp, with spans in
// Body offsets.
func (a *Article) Tokens(sp Span) []Token {
	return appendTokens(make([]Token, 0, sp.Len()/5), a.Body[sp.Start:sp.End], sp.Start)
}

// Words counts the word and number tokens of the body.
func (a *Article) Words() int {
	n := 0
	for i := 0; i < len(a.Body); {
		r, size := utf8.DecodeRuneInString(a.Body[i:])
		if isWordStart(r) {
			_, end := scanWord(a.Body, i)
			n++
			i = end
			continue
		}
		i += size
	}
	return n
}

// appendTokens tokenizes s, adding base to every span.
func appendTokens(toks []Token, s string, base int) []Token {
	for i := 0; i < len(s); {
		if c := s[i]; c == ' ' || c == '\n' {
			i++ // the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordStart(r):
			kind, end := scanWord(s, i)
			toks = append(toks, Token{Span: Span{base + i, base + end}, Text: s[i:end], Kind: kind})
			i = end
		case r == '.' && len(s)-i >= 3 && s[i+1] == '.' && s[i+2] == '.':
			toks = append(toks, Token{Span: Span{base + i, base + i + 3}, Text: "...", Kind: TokenPunct})
			i += 3
		default:
			toks = append(toks, Token{Span: Span{base + i, base + i + size}, Text: s[i : i+size], Kind: TokenPunct})
			i += size
		}
	}
	return toks
}

func isWordStart(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanWord reads the word or number starting at s[i] and returns its kind
// and end. Joiners (apostrophes, hyphens, periods, and for numbers commas,
// colons and slashes) stay inside when a letter or digit follows them.
func scanWord(s string, i int) (TokenKind, int) {
	kind := TokenWord
	if c := s[i]; c >= '0' && c <= '9' {
		kind = TokenNumber
	}
	end := i
	dots := false
	for j := i; j < len(s); {
		if c := s[j]; c < utf8.RuneSelf && asciiAlnum[c] {
			j++ // ASCII letters and digits, without decoding
			end = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			end = j
			continue
		}
		if !isJoiner(r, kind) || j+size >= len(s) {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[j+size:])
		if !(unicode.IsLetter(next) || unicode.IsDigit(next)) {
			break
		}
		if kind == TokenNumber && (r == ',' || r == '.' || r == ':') && !unicode.IsDigit(next) {
			break // "1,500" but not "2022,in"
		}
		if r == '.' {
			dots = true
		}
		j += size
	}
	// Keep the final period of "U.S." and of known abbreviations.
	if kind == TokenWord && end < len(s) && s[end] == '.' && (end+1 == len(s) || s[end+1] != '.') {
		w := s[i:end]
		if dots || abbrevClass(w) != notAbbrev || isInitial(w) {
			end++
		}
	}
	return kind, end
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// isJoiner reports whether r may join two parts of one token.
func isJoiner(r rune, kind TokenKind) bool {
	switch r {
	case '\'', '’', '-', '‑', '.', '&':
		return true
	case ',', ':', '/':
		return kind == TokenNumber
	}
	return false
}

// isInitial reports whether w is one capital letter ("J" of "J. Smith").
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}
