package article

// The junk rules as they were before they were tuned for speed, kept
// word for word as the reference the differential fuzz targets in
// junk_test.go compare the tuned code with (the helpers they share,
// unchanged, are called as they are).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// refRemoveJunk is removeJunk's reference.
func refRemoveJunk(blocks []block, title string, jl *junkList) ([]block, string) {
	infos := make([]blockInfo, len(blocks))
	// The short paragraphs are folded into one buffer, made one string:
	// spans[i] is where block i's folded text lies in it.
	spans := make([]Span, len(blocks))
	size := 0
	for i, b := range blocks {
		infos[i].words = countWords(b.text)
		if infos[i].words <= maxCompareWords {
			size += len(b.text)
		}
	}
	folded := make([]byte, 0, size)
	for i, b := range blocks {
		if infos[i].words <= maxCompareWords { // longer paragraphs are never compared
			start := len(folded)
			folded = appendNormal(folded, b.text)
			spans[i] = Span{start, len(folded)}
		}
	}
	all := string(folded)
	counts := make(map[string]int, len(blocks))
	norms := make([]string, len(blocks))
	for i, b := range blocks {
		w := infos[i].words
		n := ""
		if w <= maxCompareWords {
			n = trimNormal(all[spans[i].Start:spans[i].End])
		}
		// Items of a written list (Markdown "- ") are the author's, never
		// a link list; HTML link lists are caught as link-dense.
		infos[i] = blockInfo{norm: []byte(n), words: w, headline: w <= 20 && !b.listItem && (isTitleCase(b.text) || isMenuItem(b.text, w))}
		if w <= 20 {
			counts[n]++
		}
		norms[i] = n
	}
	nt := Normalize(title)
	for i, b := range blocks {
		in, norm := &infos[i], norms[i]
		in.junk = b.linkDense ||
			(norm == "" && in.words <= maxCompareWords) ||
			(nt != "" && norm == nt) ||
			(in.words <= 20 && counts[norm] > 1) ||
			refMatch(jl, norm, in.words) ||
			isJunkLine(b.text, in.words)
	}
	kept, pageTitle := settleJunk(blocks, infos, nil)
	if n := len(kept); n > 0 {
		kept[n-1] = refTrimTrailingBoilerplate(kept[n-1], jl)
	}
	return kept, pageTitle
}

// refTrimTrailingBoilerplate is trimTrailingBoilerplate's reference.
func refTrimTrailingBoilerplate(b block, jl *junkList) block {
	sents := SplitSentences(b.text)
	cut := len(b.text)
	for k := len(sents) - 1; k > 0; k-- {
		s := b.text[sents[k].Start:sents[k].End]
		w := countWords(s)
		if w > maxCompareWords || !refMatch(jl, Normalize(s), w) {
			break
		}
		cut = TrimSpan(b.text, Span{0, sents[k].Start}).End
	}
	return cutBlock(b, cut)
}

// refIsCredit is isCredit's reference.
func refIsCredit(s string) bool {
	if len(s) > 300 {
		return false
	}
	// The prefixes are ASCII: an ASCII start of s lowers byte by byte.
	var head [maxCreditPrefix]byte
	k, ascii := min(len(s), maxCreditPrefix), true
	for i := 0; i < k && ascii; i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		head[i], ascii = c, c < utf8.RuneSelf
	}
	var l string
	if ascii {
		l = string(head[:k])
	} else {
		l = strings.ToLower(s)
	}
	for _, p := range creditPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// refMatch is junkList.match's reference.
func refMatch(j *junkList, n string, words int) bool {
	if j.exact[n] {
		return true
	}
	if words > maxCompareWords {
		return false
	}
	// Look each phrase of three words or more up at each word of n.
	for i := 0; i < len(n); {
		end := i
		for end < len(n) && n[end] != ' ' {
			end++
		}
		if end > i {
			for p := range j.exact {
				if first, _, _ := strings.Cut(p, " "); first != "" && strings.Count(p, " ") >= 2 && strings.HasPrefix(n[i:], p) {
					return true
				}
			}
		}
		i = end + 1
	}
	return false
}

// refAppendNormal is appendNormal's reference.
func refAppendNormal(buf []byte, s string) []byte {
	start := len(buf)
	space := false
	for i := 0; i < len(s); {
		var r rune
		if c := s[i]; c < utf8.RuneSelf {
			i++
			c = asciiNormal[c]
			if c == normalSpace {
				space = true
				continue
			}
			if space && len(buf) > start {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, c)
			continue
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		switch r {
		case '’', '‘', '`', '´':
			r = '\''
		case '“', '”':
			r = '"'
		case '–', '—', '‐', '‑':
			r = '-'
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)) {
			space = true
			continue
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		switch {
		case r >= 'A' && r <= 'Z':
			buf = append(buf, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// asciiNormal maps each ASCII byte to its folded form, white space to
// normalSpace (refAppendNormal's table).
var asciiNormal = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = normalSpace
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == '`':
			t[c] = '\''
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// normalSpace marks white space in asciiNormal (no ASCII byte).
const normalSpace = 0xff

// refSmallWords stay lower case in title case (the map isSmallWord
// replaced).
var refSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "for": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "by": true, "with": true, "from": true,
	"as": true, "vs": true, "via": true, "into": true, "over": true, "up": true, "per": true, "than": true,
}

// maxSmallWord is the length in bytes of the longest of refSmallWords.
const maxSmallWord = 4

// refIsTitleCase is isTitleCase's reference: it reports whether most words of s that are not small words
// start with a capital or a digit, as headlines do.
func refIsTitleCase(s string) bool {
	capital, total, ascii := titleCaseASCII(s)
	if ascii {
		return total >= 2 && capital*4 >= total*3
	}
	capital, total = 0, 0
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			capital++
		} else if len(w) <= maxSmallWord && refSmallWords[w] {
			continue // small words stay lower case
		}
		total++
	}
	return total >= 2 && capital*4 >= total*3
}

// titleCaseASCII counts what refIsTitleCase counts, byte by byte, for an
// ASCII s; ascii is false (and the counts unusable) for other text.
func titleCaseASCII(s string) (capital, total int, ascii bool) {
	for i := 0; i < len(s); {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		start := i
		for i < len(s) && !isASCIISpace(s[i]) {
			if s[i] >= utf8.RuneSelf {
				return 0, 0, false
			}
			i++
		}
		end := i
		for start < end && !isASCIIAlnum(s[start]) {
			start++
		}
		for end > start && !isASCIIAlnum(s[end-1]) {
			end--
		}
		if start == end {
			continue
		}
		if c := s[start]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			capital++
		} else if end-start <= maxSmallWord && refSmallWords[s[start:end]] {
			continue
		}
		total++
	}
	return capital, total, true
}

// refCountWords is countWords' reference.
func refCountWords(s string) int {
	if s != "" && s[0] != ' ' && s[len(s)-1] != ' ' && strings.IndexByte(s, '\n') < 0 &&
		strings.IndexByte(s, '\t') < 0 && strings.IndexByte(s, '\r') < 0 && !strings.Contains(s, "  ") {
		return strings.Count(s, " ") + 1 // single spaces between words
	}
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}
