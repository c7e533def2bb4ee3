package claims

import (
	"maps"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The tokenizer as it was before its word scan read eight bytes at a time
// and its list bits were found by integer keys (FuzzTokenizeRef). The
// helpers that change left as they were (lowerer's start, ascii, set and
// done; scanWord's loop, now scanWordFrom's; scanNumber, possessiveAt) are
// called, not copied: the reference still tells the new scan, asciiWordEnds,
// scanWordFrom from inside a word, lowerer.first and the class table apart
// from the old word loop and the words' map.

// refClassOf returns the lists the lower-case word w is in, from a map of
// every list's words.
func refClassOf(w string) wordClass { return refClassWords[w] }

// refClassWords maps every word of the lists to its bits.
var refClassWords = classWords()

// refTokenizeInto is tokenizeInto before word scanning read eight bytes
// at a time and list bits were looked up by integer keys.
func refTokenizeInto(toks []token, body string) ([]token, lowered) {
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
					cls = refClassOf(w)
				case upper:
					lw.ascii(i, j)
					cls = refClassOf(strings.ToLower(body[i:j]))
				default:
					cls = refClassOf(body[i:j])
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
			toks = append(toks, newToken(i, j, tWord, unicode.IsUpper(r), refClassOf(w)))
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

// checkTokenizeRef fails when tokenize and refTokenizeInto tell body
// apart: tokens, bits or lowered text.
func checkTokenizeRef(t *testing.T, body string) {
	t.Helper()
	got, glow := tokenize(body)
	want, wlow := refTokenizeInto(nil, body)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, want %d", body, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q: token %d is %+v %q, want %+v %q", body, i, got[i], body[got[i].start:got[i].end], want[i], body[want[i].start:want[i].end])
		}
	}
	if glow.s != wlow.s || !maps.Equal(glow.odd, wlow.odd) {
		t.Fatalf("%q: lowered %q %v, want %q %v", body, glow.s, glow.odd, wlow.s, wlow.odd)
	}
}

// TestTokenizeRef compares tokenize with the old tokenizer on the
// fixtures and on the list words in several cases.
func TestTokenizeRef(t *testing.T) {
	var sb strings.Builder
	for w := range refClassWords {
		sb.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + ". " + w + "'s " + w + "s\n")
	}
	checkTokenizeRef(t, sb.String())
	for _, dir := range append(append([]string{}, storyDirs...), "../testdata/pages") {
		for _, a := range loadStory(t, dir) {
			checkTokenizeRef(t, a.Body)
		}
	}
}

// FuzzTokenizeRef compares tokenize with the old tokenizer on any text.
func FuzzTokenizeRef(f *testing.F) {
	for _, s := range []string{"U.S. Russia’s 1,500.5bn", "“Quote,” he said.", "a\u00a0b", "’s", "1.", "A.B",
		"\xff\xfe", "The Minister's SPOKESMAN didn't say", "İstanbul KELVIN \u212Aing Zürich a.m. n't", "x'S y's",
		"Internationalization counterterrorism Spokeswoman PRESIDENT\tA. B.C. D.c", "ab\vcd\fef\x00gh", "a!A0000000A000 000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTokenizeRef(t, s) })
}

// TestClassTable checks the table's answers against the words' map: each
// word, its upper-case and title-case forms, and words just off them.
func TestClassTable(t *testing.T) {
	for w, c := range refClassWords {
		if got := classes.of(w); got != c {
			t.Errorf("of(%q) = %b, want %b", w, got, c)
		}
		for _, v := range []string{strings.ToUpper(w), strings.Title(w)} {
			if !isASCII(v) {
				continue
			}
			if got := classes.ofASCII(v); got != c {
				t.Errorf("ofASCII(%q) = %b, want %b", v, got, c)
			}
		}
		for _, v := range []string{w + "x", w[:len(w)-1], "x" + w, w + "\x00", w + w} {
			if got := classes.of(v); got != refClassWords[v] {
				t.Errorf("of(%q) = %b, want %b", v, got, refClassWords[v])
			}
		}
	}
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
