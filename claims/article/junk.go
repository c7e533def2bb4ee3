package article

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factline/factline/claims/swar"
)

// Boilerplate is the built-in list of scraped-page junk phrases, editable
// here and extended per run with LoadOptions.Boilerplate. A paragraph that
// equals one of them (ignoring case and surrounding punctuation) is junk;
// so is a paragraph of at most 40 words that contains one of the entries
// of three words or more. Entries are lower case with straight quotes.
var Boilerplate = []string{
	// Navigation, sharing and page furniture.
	"share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
	"search", "menu", "close", "home", "print", "email", "comments", "copy link", "sign in", "log in",
	"sign up", "subscribe", "subscribe now", "advertisement", "sponsored", "skip to content",
	"skip to main content", "back to top", "send this to a friend", "read more", "continue reading",
	"see more", "show more", "load more", "next article", "previous article", "show comments",
	"facebook", "twitter", "linkedin", "whatsapp", "reddit", "instagram", "youtube",
	// Section labels of teaser lists.
	"related", "related topics", "related stories", "related articles", "related coverage",
	"don't miss", "up next", "more stories", "more from", "most read", "most popular", "trending",
	"trending now", "recommended", "recommended for you", "top stories", "latest news", "latest",
	"you may also like", "you might also like", "read next", "watch", "listen", "tags", "topics",
	// Longer phrases, matched inside short paragraphs.
	"javascript is enabled", "please enable javascript", "enable javascript to", "javascript is disabled", "we use cookies",
	"accept cookies", "cookie policy", "cookie settings", "privacy policy", "terms of use",
	"terms of service", "all rights reserved", "sign up for our newsletter",
	"subscribe to our newsletter", "already a subscriber", "help continue the work",
	"support our journalism", "support independent journalism", "click here to read",
	"click here to", "download our app", "get the app", "story continues below",
	"article continues below", "continues below advertisement", "contributed to this report",
	"this story has been updated", "this article was originally published", "for continued updates",
	"send this to", "follow us on", "is not available in your region",
}

// maxCompareWords is the longest paragraph, in words, that the junk rules
// compare with boilerplate, the title and other paragraphs.
const maxCompareWords = 40

// junkList is Boilerplate compiled for fast matching.
type junkList struct {
	exact map[string]bool
	// exactLens has, for each first byte of a key of exact, bit
	// min(n, 63) set for the length n of the key: texts it rules out
	// need no look-up.
	exactLens [256]uint64
	// maxExact is the length of the longest key of exact: longer text
	// needs no look-up.
	maxExact int
	// phrases of three words or more, by firstWordKey of their first
	// word.
	phrases map[uint64][]junkPhrase
	// firsts has, for each first byte of a phrase, bit min(n, 63) set
	// for the length n of its first word: a cheap test that rules out
	// most words before firstWords.
	firsts [256]uint64
	// firstWords has bit firstWordBit(key) set for the key of each
	// first word of phrases: the few words it leaves need the look-up.
	firstWords [firstWordBits / 64]uint64
	// anchors holds, by first letter, a word of each phrase that a
	// paragraph holding the phrase holds too as a run of letters (see
	// mayBeJunkText): its longest word before the last made of the
	// letters a-z only. anchorLens has bit min(n, 63) set for the length
	// n of each. noAnchor is set when a phrase has no such word.
	anchors    [26][]string
	anchorLens [26]uint64
	noAnchor   bool
}

// firstWordBits is the size of junkList.firstWords: far more bits than
// phrases, so that other words seldom find theirs set.
const firstWordBits = 4096

// firstWordBit is where a word's key (firstWordKey) falls in
// junkList.firstWords: a multiplicative hash, the product's top bits.
func firstWordBit(key uint64) uint64 {
	return key * 0x9e3779b97f4a7c15 >> (64 - 12)
}

// junkPhrase is a boilerplate phrase of three words or more.
type junkPhrase struct {
	text  string
	first int // length of its first word
}

// firstWordKey is the key of a word n bytes long whose first eight bytes
// (load64Padded) are head: its first seven bytes (all of a shorter word)
// and its length. Longer words may share a key; they are told apart by
// comparing the phrase.
func firstWordKey(head uint64, n int) uint64 {
	return head&lowBytes[min(n, 7)] | uint64(min(n, 0xff))<<56
}

// lowBytes[n] keeps the low n bytes of a word (a table: a shift by a
// variable amount costs a test of the amount on top).
var lowBytes = [8]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff}

func newJunkList(extra []string) *junkList {
	j := &junkList{exact: map[string]bool{}, phrases: map[uint64][]junkPhrase{}}
	for _, list := range [][]string{Boilerplate, extra} {
		for _, p := range list {
			p = Normalize(p)
			if p == "" {
				continue
			}
			j.exact[p] = true
			j.exactLens[p[0]] |= 1 << min(len(p), 63)
			j.maxExact = max(j.maxExact, len(p))
			// A phrase left starting with a space ("! a b c" trimmed) has
			// no first word to be found by: only its exact form counts.
			if first, _, _ := strings.Cut(p, " "); first != "" && strings.Count(p, " ") >= 2 {
				key := firstWordKey(load64Padded(p, 0), len(first))
				j.phrases[key] = append(j.phrases[key], junkPhrase{p, len(first)})
				bit := firstWordBit(key)
				j.firstWords[bit/64] |= 1 << (bit % 64)
				j.firsts[first[0]] |= 1 << min(len(first), 63)
				j.addAnchor(p)
			}
		}
	}
	return j
}

// addAnchor adds the anchor of phrase p (see junkList.anchors).
func (j *junkList) addAnchor(p string) {
	words := strings.Split(p, " ")
	anchor := ""
	for _, w := range words[:len(words)-1] {
		if len(w) > len(anchor) && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			anchor = w
		}
	}
	if anchor == "" {
		j.noAnchor = true
		return
	}
	k := anchor[0] - 'a'
	if !slices.Contains(j.anchors[k], anchor) {
		j.anchors[k] = append(j.anchors[k], anchor)
		j.anchorLens[k] |= 1 << min(len(anchor), 63)
	}
}

// mayBeJunkText reports whether a paragraph s of 21 to maxCompareWords
// words may be junk by its text alone: isJunkText of its folded text,
// whose title (folded) has titleLetters letters. False means it is not,
// found without folding s, as most paragraphs of that length are:
//
//   - Each ASCII letter of s stays one letter of the folded text (the
//     trim takes none), so s with more letters than the title and than
//     the longest boilerplate entry is neither empty, nor the title, nor
//     an entry.
//   - A phrase is found in the folded text at word starts, so its
//     anchor, a word followed by a space there, is a whole word of it.
//     Its letters come from letters of s, one each (only U+0130 and
//     U+212A, looked for, lower to ASCII letters), with no other byte
//     between them, and the bytes around them in s are not letters: s
//     holds the anchor as a run of ASCII letters, in some case.
func (j *junkList) mayBeJunkText(s string, titleLetters int) bool {
	if j.noAnchor {
		return true
	}
	letters := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c|0x20-'a' >= 26 {
			if (c == 0xc4 || c == 0xe2) && (strings.HasPrefix(s[i:], "\u0130") || strings.HasPrefix(s[i:], "\u212a")) {
				return true // lowers to "i" or "k"
			}
			i++
			continue
		}
		start := i
		for i++; i < len(s) && s[i]|0x20-'a' < 26; i++ {
		}
		n := i - start
		letters += n
		if k := c | 0x20 - 'a'; j.anchorLens[k]&(1<<min(n, 63)) != 0 {
			for _, a := range j.anchors[k] {
				if len(a) == n && lowerEqual(s[start:i], a) {
					return true
				}
			}
		}
	}
	return letters <= max(j.maxExact, titleLetters)
}

// foldedLetters counts the ASCII letters of folded text (lower case:
// 'a' to 'z'), as mayBeJunkText takes the title's.
func foldedLetters(n []byte) int {
	letters := 0
	for _, c := range n {
		if c-'a' < 26 {
			letters++
		}
	}
	return letters
}

// lowerEqual reports whether the ASCII letters w, in any case, are a,
// in lower case: w with bit 5 set in each byte.
func lowerEqual(w, a string) bool {
	if len(w) != len(a) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if w[i]|0x20 != a[i] {
			return false
		}
	}
	return true
}

// mayStartPhrase reports whether the word whose key (firstWordKey) is
// key may be the first word of a phrase; false means it is not.
func (j *junkList) mayStartPhrase(key uint64) bool {
	bit := firstWordBit(key)
	return j.firstWords[bit/64]&(1<<(bit%64)) != 0
}

// normalText is folded text, as a string or as bytes being built.
type normalText interface{ ~string | ~[]byte }

// matchNormal reports whether the normalized paragraph n, of the given
// number of words, is boilerplate. n is a string or a byte slice (a
// scratch buffer, looked up without a copy).
func matchNormal[T normalText](j *junkList, n T, words int) bool {
	if len(n) > 0 && len(n) <= j.maxExact && j.exactLens[n[0]]&(1<<min(len(n), 63)) != 0 && j.exact[string(n)] {
		return true
	}
	if words > maxCompareWords {
		return false
	}
	// Look the phrases up by each word of n. The eight bytes from a
	// word's start give its end when it is shorter (most words are), and
	// its key.
	for i := 0; i < len(n); {
		i = skipPlainWords(j, n, i)
		if i >= len(n) {
			break
		}
		var head uint64
		if i+8 <= len(n) {
			head = swar.Load64(n, i)
		} else {
			head = load64Padded(n, i)
		}
		var end int
		if space := bytesEqual(head, ' '); space != 0 {
			end = i + bits.TrailingZeros64(space)>>3
		} else {
			end = indexSpace(n, i+8)
		}
		first := end - i
		if key := firstWordKey(head, first); first > 0 && j.mayStartPhrase(key) {
			for _, p := range j.phrases[key] {
				if p.first == first && len(n)-i >= len(p.text) && string(n[i:i+len(p.text)]) == p.text {
					return true
				}
			}
		}
		i = end + 1
	}
	return false
}

// skipPlainWords returns the start of the first word of n from i (a word
// start) that matchNormal must look at with care: one that may start a
// phrase, is eight bytes long or more, or has fewer than eight bytes of n
// from it; len(n) if none. A loop without calls, whose values stay in
// registers, for the words most text is made of.
func skipPlainWords[T normalText](j *junkList, n T, i int) int {
	for i+8 <= len(n) {
		head := swar.Load64(n, i)
		space := bytesEqual(head, ' ')
		if space == 0 {
			return i
		}
		first := bits.TrailingZeros64(space) >> 3
		if first > 0 && j.firsts[byte(head)]&(1<<first) != 0 && j.mayStartPhrase(firstWordKey(head, first)) {
			return i
		}
		i += first + 1
	}
	return i
}

// Normalize folds text for comparison: lower case, straight quotes,
// dashes as "-", white space collapsed, punctuation and symbols trimmed at
// both ends. The junk filter compares paragraphs with it.
func Normalize(s string) string {
	var stack [256]byte
	return trimNormal(string(appendNormal(stack[:0], s)))
}

// trimNormal trims punctuation and symbols off both ends of folded text,
// the last step of Normalize.
func trimNormal(s string) string {
	s = trimNormalASCII(s)
	if n := len(s); n > 0 && (s[0] >= utf8.RuneSelf || s[n-1] >= utf8.RuneSelf) {
		s = strings.TrimFunc(s, isNormalTrim)
	}
	return s
}

// trimNormalBytes is trimNormal for bytes.
func trimNormalBytes(b []byte) []byte {
	b = trimNormalASCII(b)
	if n := len(b); n > 0 && (b[0] >= utf8.RuneSelf || b[n-1] >= utf8.RuneSelf) {
		b = bytes.TrimFunc(b, isNormalTrim)
	}
	return b
}

// trimNormalASCII trims ASCII punctuation and symbols off both ends of
// s, stopping at any other byte: trimNormal's trim where the ends are
// ASCII, without decoding runes.
func trimNormalASCII[T normalText](s T) T {
	for len(s) > 0 && isASCIIPunctOrSymbol(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isASCIIPunctOrSymbol(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// isASCIIPunctOrSymbol reports whether c is an ASCII punctuation mark or
// symbol (isNormalTrim's ASCII): every printable byte but the letters and
// digits.
func isASCIIPunctOrSymbol(c byte) bool {
	return c > ' ' && c < 0x7f && !isASCIIAlnum(c)
}

// isNormalTrim reports whether trimNormal trims r.
func isNormalTrim(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// asciiFold maps each ASCII byte to its folded form for appendNormal:
// the low byte is the byte written (a space for white space), bit 8 is
// set for white space.
var asciiFold = func() (t [utf8.RuneSelf]uint16) {
	for c := range t {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = 1<<8 | ' '
		case c >= 'A' && c <= 'Z':
			t[c] = uint16(c + 'a' - 'A')
		case c == '`':
			t[c] = '\''
		default:
			t[c] = uint16(c)
		}
	}
	return t
}()

// appendNormal appends s folded as Normalize does, before the trim.
//
// ASCII, most of any text, is folded without a branch per byte: each
// white-space byte is written as a space, and the space is kept only
// after text (so runs collapse and leading space goes); a space left at
// the end is dropped. Eight bytes of plain ASCII text at a time (no
// control byte, no backquote, no two spaces in a row) are lowered as one
// word.
func appendNormal(buf []byte, s string) []byte {
	start := len(buf)
	// An ASCII byte gives at most one byte: with room for all of s, the
	// ASCII loops write without growing buf.
	buf = slices.Grow(buf, len(s))
	n := len(buf)
	out := buf[:cap(buf)]
	lastSpace := 1 // 1 after white space or at the start, else 0
	for i := 0; i < len(s); {
		// Sixteen, then eight bytes at a time while the text is plain.
		for i+16 <= len(s) && n+16 <= len(out) {
			x, y := swar.Load64(s, i), swar.Load64(s, i+8)
			sx, sy := bytesEqual(x, ' '), bytesEqual(y, ' ')
			if (x|y|(x-0x20*swar.Ones)&^x|(y-0x20*swar.Ones)&^y|bytesEqual(x, '`')|bytesEqual(y, '`')|
				sx&(sx<<8|uint64(lastSpace)<<7)|sy&(sy<<8|sx>>56))&swar.High != 0 {
				break
			}
			binary.LittleEndian.PutUint64(out[n:n+8], lowerASCII(x))
			binary.LittleEndian.PutUint64(out[n+8:n+16], lowerASCII(y))
			n += 16
			i += 16
			lastSpace = int(sy >> 63)
		}
		for i+8 <= len(s) && n+8 <= len(out) {
			x := swar.Load64(s, i)
			sp := bytesEqual(x, ' ')
			// The tests in one: a high bit set for a byte not ASCII, a
			// backquote or a space after white space, and by the test of
			// hasBelow0x20 (exact as a yes or no) for a control byte.
			if (x|(x-0x20*swar.Ones)&^x|bytesEqual(x, '`')|sp&(sp<<8|uint64(lastSpace)<<7))&swar.High != 0 {
				break
			}
			binary.LittleEndian.PutUint64(out[n:n+8], lowerASCII(x))
			n += 8
			i += 8
			lastSpace = int(sp >> 63)
		}
		// Then rune by rune to the end of those eight bytes.
		for stop := min(i+8, len(s)); i < stop; {
			c := s[i]
			if c < utf8.RuneSelf && n < len(out) {
				f := asciiFold[c]
				sp := int(f >> 8)
				out[n] = byte(f)
				n += 1 - sp&lastSpace
				lastSpace = sp
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch r {
			case '’', '‘', '`', '´':
				r = '\''
			case '“', '”':
				r = '"'
			case '–', '—', '‐', '‑':
				r = '-'
			}
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)) {
				if lastSpace == 0 {
					out = append(out[:n], ' ')
					n++
				}
				lastSpace = 1
				continue
			}
			lastSpace = 0
			switch {
			case r >= 'A' && r <= 'Z':
				out = append(out[:n], byte(r)+'a'-'A')
			case r < utf8.RuneSelf:
				out = append(out[:n], byte(r))
			default:
				out = utf8.AppendRune(out[:n], unicode.ToLower(r))
			}
			n = len(out)
			// Room again for the rest of s, for the ASCII loops.
			out = slices.Grow(out, len(s)-i)
			out = out[:cap(out)]
		}
	}
	if lastSpace == 1 && n > start {
		n-- // a space at the end
	}
	return out[:n]
}

// indexSpace returns the offset of the first space in n[i:], len(n) if
// none, looking at eight bytes at a time.
func indexSpace[T normalText](n T, i int) int {
	for ; i+8 <= len(n); i += 8 {
		if m := bytesEqual(swar.Load64(n, i), ' '); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(n) && n[i] != ' ' {
		i++
	}
	return i
}

// blockInfo is what the junk rules know about one block.
type blockInfo struct {
	// norm is the folded text (Normalize) of a block of 20 words or
	// fewer; it lies in a working buffer that lasts as long as the infos.
	norm     []byte
	words    int
	junk     bool
	headline bool // short, title case: a headline or a teaser title
}

// removeJunk drops scraped-page junk from blocks and returns the rest. The
// signals are general, not tied to one site:
//
//   - boilerplate phrases (Boilerplate, LoadOptions.Boilerplate) and
//     upper-case section labels ("DON'T MISS", "RELATED TOPICS:");
//   - relative-time stamps ("6 hours ago"), date stamps, "Published …" and
//     "By …" lines, photo captions ending in a credit ("(AP File)", "(AP
//     Photo/…)"), lines of punctuation ("___"), bare identifiers
//     ("gvw_ap_news") and short lines holding a URL;
//   - the page title repeated in the page, and any short line that occurs
//     more than once (headline lists repeat);
//   - link lists: three or more title-case headline lines in a row, or two
//     with junk between them;
//   - teasers: a paragraph cut off with "..." next to junk;
//   - stray text: a group of fewer than 40 words cut off from the main text
//     by three or more junk paragraphs.
//
// It also returns the page's headline when one stands, cut off, above the
// main text: the first title-case line there that no other signal marks.
//
// sc, when not nil, lends the working slices (see scratch).
func removeJunk(blocks []block, title string, jl *junkList, sc *scratch) ([]block, string) {
	var infos []blockInfo
	var spans []Span
	var kept []block
	if sc != nil {
		infos = reuse(&sc.infos, len(blocks))[:len(blocks)]
		clear(infos)
		spans = reuse(&sc.spans, len(blocks))[:len(blocks)]
		kept = reuse(&sc.kept, len(blocks))
	} else {
		infos = make([]blockInfo, len(blocks))
		spans = make([]Span, len(blocks))
	}
	// The folded text of the short paragraphs (20 words or fewer), which
	// later rules compare with each other, is kept: it goes into one
	// buffer, spans[i] being where block i's lies in it. Paragraphs of 21
	// to 40 words are folded into scratch, checked and forgotten; longer
	// ones are never compared.
	size := 0
	for i, b := range blocks {
		w := countWords(b.text)
		infos[i].words = w
		if w <= 20 {
			size += len(b.text)
		}
	}
	var folded []byte
	if sc != nil {
		folded = reuse(&sc.folded, size)
	} else {
		folded = make([]byte, 0, size)
	}
	for i, b := range blocks {
		if infos[i].words <= 20 {
			start := len(folded)
			folded = appendNormal(folded, b.text)
			spans[i] = Span{start, len(folded)}
		}
	}
	if sc != nil {
		sc.folded = folded[:0] // grown, if it was, for the next file
	}
	var titleStack [256]byte
	nt := trimNormalBytes(appendNormal(titleStack[:0], title)) // Normalize(title)
	ntLetters := foldedLetters(nt)
	var stack [512]byte
	scratch := stack[:0]
	for i, b := range blocks {
		in := &infos[i]
		w := in.words
		switch {
		case w <= 20:
			in.norm = trimNormalBytes(folded[spans[i].Start:spans[i].End])
		case w <= maxCompareWords && jl.mayBeJunkText(b.text, ntLetters):
			scratch = appendNormal(scratch[:0], b.text)
			in.junk = isJunkText(jl, trimNormalBytes(scratch), nt, w)
		}
	}
	markRepeated(infos)
	for i, b := range blocks {
		in := &infos[i]
		if in.words <= 20 {
			in.junk = in.junk || isJunkText(jl, in.norm, nt, in.words)
		}
		in.junk = in.junk || b.linkDense || isJunkLine(b.text, in.words)
	}
	kept, pageTitle := settleJunk(blocks, infos, kept)
	if n := len(kept); n > 0 {
		kept[n-1] = trimTrailingBoilerplate(kept[n-1], jl)
	}
	return kept, pageTitle
}

// markRepeated marks as junk the blocks of 20 words or fewer whose
// folded text another such block has too (headline lists repeat). It
// sorts them by that text's length, then by the text, so equal ones come
// together.
func markRepeated(infos []blockInfo) {
	var stack [64]int
	short := stack[:0]
	for i := range infos {
		if infos[i].words <= 20 {
			short = append(short, i)
		}
	}
	// By length first: most texts differ in it, and ints compare fast.
	slices.SortFunc(short, func(a, b int) int {
		if c := cmp.Compare(len(infos[a].norm), len(infos[b].norm)); c != 0 {
			return c
		}
		return bytes.Compare(infos[a].norm, infos[b].norm)
	})
	for k := 1; k < len(short); k++ {
		if a, b := &infos[short[k-1]], &infos[short[k]]; bytes.Equal(a.norm, b.norm) {
			a.junk, b.junk = true, true
		}
	}
}

// isJunkText reports whether a paragraph of w words whose folded text is
// n is junk by its text alone: empty, the page title (folded, nt), or
// boilerplate.
func isJunkText[T normalText](jl *junkList, n T, nt []byte, w int) bool {
	return len(n) == 0 || (len(nt) > 0 && string(n) == string(nt)) || matchNormal(jl, n, w)
}

// trimTrailingBoilerplate cuts promotional sentences off the end of the
// article's last paragraph ("For continued updates on this developing
// story, click here to read more on VOA News.").
func trimTrailingBoilerplate(b block, jl *junkList) block {
	// SplitSentences without its copies: most paragraphs fit the stack.
	var sentStack [32]Sentence
	sents := splitSentences(sentStack[:0], b.text, TrimSpan(b.text, Span{0, len(b.text)}), 0)
	cut := len(b.text)
	var stack [512]byte
	scratch := stack[:0]
	for k := len(sents) - 1; k > 0; k-- {
		s := b.text[sents[k].Start:sents[k].End]
		w := countWords(s)
		if w > maxCompareWords {
			break
		}
		scratch = appendNormal(scratch[:0], s)
		if !matchNormal(jl, trimNormalBytes(scratch), w) {
			break
		}
		cut = TrimSpan(b.text, Span{0, sents[k].Start}).End
	}
	return cutBlock(b, cut)
}

// settleJunk applies the rules that look at the blocks around each one,
// once each block's own signals are in infos (see removeJunk), and
// returns the blocks kept (appended to kept, nil or empty) and the page
// title found cut off above the text, if any.
func settleJunk(blocks []block, infos []blockInfo, kept []block) ([]block, string) {
	markComments(blocks, infos)
	settleHeadlines(blocks, infos)
	markLinkLists(infos)
	// Teasers: text cut off with an ellipsis beside junk.
	for i, b := range blocks {
		if infos[i].junk || !endsWithEllipsis(b.text) {
			continue
		}
		if (i > 0 && infos[i-1].junk) || (i+1 < len(blocks) && infos[i+1].junk) {
			infos[i].junk = true
		}
	}
	headline := -1
	for i, in := range infos {
		if !in.junk {
			if isHeadline(blocks[i], in.words) && !endsSentence(blocks[i].text) {
				headline = i
			}
			break
		}
	}
	dropStrayGroups(infos)
	pageTitle := ""
	if headline >= 0 && infos[headline].junk {
		pageTitle = blocks[headline].text
	}
	if kept == nil {
		kept = make([]block, 0, len(blocks))
	}
	for i, b := range blocks {
		if !infos[i].junk {
			kept = append(kept, b)
		}
	}
	return kept, pageTitle
}

// isHeadline reports whether b, of the given number of words, is a
// headline: 20 words or fewer in title case, or a menu item. Items of a
// written list (Markdown "- ") are the author's, never a link list; HTML
// link lists are caught as link-dense.
func isHeadline(b block, words int) bool {
	return words <= 20 && !b.listItem && (isTitleCase(b.text) || isMenuItem(b.text, words))
}

// mayBeHeadline reports whether block i may be a headline (isHeadline's
// cheap part) and is not junk yet.
func mayBeHeadline(blocks []block, infos []blockInfo, i int) bool {
	return !infos[i].junk && infos[i].words <= 20 && !blocks[i].listItem
}

// settleHeadlines sets infos[i].headline (isHeadline) where markLinkLists
// may read it. A link list is a run of two headlines or more, with junk
// between them or not: a block whose neighbours are text, neither junk
// nor possible headlines, stands in no such run, so whether it is a
// headline (the costly title-case test) changes nothing there.
func settleHeadlines(blocks []block, infos []blockInfo) {
	for i := range infos {
		if !mayBeHeadline(blocks, infos, i) {
			continue
		}
		before := i > 0 && (infos[i-1].junk || mayBeHeadline(blocks, infos, i-1))
		after := i+1 < len(infos) && (infos[i+1].junk || mayBeHeadline(blocks, infos, i+1))
		if before || after {
			infos[i].headline = isHeadline(blocks[i], infos[i].words)
		}
	}
}

// cutBlock cuts b's text at byte cut, with its pieces.
func cutBlock(b block, cut int) block {
	if cut == len(b.text) {
		return b
	}
	b.text = b.text[:cut]
	var pieces []Piece
	for _, p := range b.pieces {
		if p.Body >= cut {
			break
		}
		if p.Body+p.Len > cut {
			p.Len = cut - p.Body
		}
		pieces = append(pieces, p)
	}
	b.pieces = pieces
	return b
}

// isJunkLine applies the signals that need only the paragraph itself.
func isJunkLine(s string, words int) bool {
	if words > 25 {
		return isCaption(s)
	}
	switch {
	case !hasAlnum(s):
		return true // "___", "* * *"
	case isRelativeTime(s):
		return true
	case isDateOnly(s):
		return true
	case words <= 12 && isPublishedLabel(s):
		return true // "Published 6 hours ago on"
	case isByline(s, words):
		return true
	case isLabel(s, words):
		return true
	case words == 1 && isIdentifier(s):
		return true
	case words <= 15 && (strings.Contains(s, "://") && (strings.Contains(s, "http://") || strings.Contains(s, "https://")) || strings.Contains(s, "www.")):
		return true
	case isCaption(s):
		return true
	case isMenuLine(s, words):
		return true
	case isCredit(s):
		return true
	}
	return false
}

// isMenuLine reports whether s is a row of links: short items separated by
// "|" or "•" ("Home | News | Local").
func isMenuLine(s string, words int) bool {
	if words > 25 {
		return false
	}
	// Each separator holds its mark: counting the marks first (a fast
	// byte count, or a search for a rare rune) spares most lines the
	// separator searches, which stop at every space.
	return strings.Count(s, "|") >= 2 && strings.Count(s, " | ") >= 2 ||
		strings.Count(s, "•") >= 2 && strings.Count(s, " • ") >= 2 ||
		strings.Count(s, "·") >= 2 && strings.Count(s, " · ") >= 2
}

// creditPrefixes open the production credits at the end of wire stories.
// maxCreditPrefix is the length of the longest of creditPrefixes.
const maxCreditPrefix = len("additional reporting by ")

var creditPrefixes = []string{"reporting by ", "additional reporting by ", "editing by ", "writing by ", "(reporting by ", "compiled by "}

// creditFirst holds the first bytes of creditPrefixes.
var creditFirst = func() (t [utf8.RuneSelf]bool) {
	for _, p := range creditPrefixes {
		t[p[0]] = true
	}
	return t
}()

// isCredit reports whether s is a production credit line ("Reporting by
// Olena Kravets; editing by Tom Reed.").
func isCredit(s string) bool {
	if len(s) > 300 {
		return false
	}
	// Most lines are ruled out by their first rune (an ASCII one read
	// without decoding).
	if s != "" && s[0] < utf8.RuneSelf {
		c := s[0]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if !creditFirst[c] {
			return false
		}
	} else {
		r, _ := utf8.DecodeRuneInString(s)
		if r = unicode.ToLower(r); r >= utf8.RuneSelf || !creditFirst[r] {
			return false
		}
	}
	// The prefixes are ASCII and at most maxCreditPrefix bytes: only the
	// start of strings.ToLower(s) is compared, so only the start of s is
	// lowered, rune by rune as strings.ToLower does (an invalid byte
	// becomes U+FFFD).
	var head [maxCreditPrefix + utf8.UTFMax]byte
	l := head[:0]
	for _, r := range s {
		if len(l) >= maxCreditPrefix {
			break
		}
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			l = append(l, byte(r))
			continue
		}
		l = utf8.AppendRune(l, unicode.ToLower(r))
	}
	for _, p := range creditPrefixes {
		if len(l) >= len(p) && string(l[:len(p)]) == p {
			return true
		}
	}
	return false
}

// commentsMarkers open a page's reader comments, which end the article.
var commentsMarkers = map[string]bool{
	"comments": true, "comment": true, "reader comments": true, "leave a comment": true, "add a comment": true,
	"post a comment": true, "join the conversation": true, "join the discussion": true, "show comments": true,
	"view comments": true, "comments are closed": true, "discussion": true, "reactions": true,
}

// markComments marks as junk everything from a reader-comments heading
// ("Comments (3)", "12 Comments", "Leave a comment") to the end, once
// article text has been seen above it.
func markComments(blocks []block, infos []blockInfo) {
	seenText := false
	for i := range blocks {
		in := &infos[i]
		if !in.junk && in.words >= 10 && endsSentence(blocks[i].text) {
			seenText = true
			continue
		}
		if !seenText || in.words > 4 {
			continue
		}
		// "comments (3" and "12 comments" fold to "comments".
		n := bytes.TrimFunc(in.norm, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) || r == '(' || r == ')' })
		if commentsMarkers[string(n)] {
			for k := i; k < len(infos); k++ {
				infos[k].junk = true
			}
			return
		}
	}
}

// isMenuItem reports whether s is a menu entry or a name line: at most
// three words, capitalised, not ending like a sentence ("Sport", "Emma
// Clarke"). Alone it is kept; in a run it is a menu.
func isMenuItem(s string, words int) bool {
	if words > 3 || endsSentence(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// markLinkLists marks runs of title-case headline lines: three in a row,
// or two with junk between them. Junk lines inside a run do not break it.
func markLinkLists(infos []blockInfo) {
	for i := 0; i < len(infos); {
		if infos[i].junk || !infos[i].headline {
			i++
			continue
		}
		// Extend the run over headlines and junk.
		j, heads, sawJunk := i, 0, false
		last := i
		for j < len(infos) && (infos[j].junk || infos[j].headline) {
			if infos[j].junk {
				if heads > 0 {
					sawJunk = true
				}
			} else {
				heads++
				last = j
			}
			j++
		}
		if heads >= 3 || (heads >= 2 && sawJunk) {
			for k := i; k <= last; k++ {
				infos[k].junk = true
			}
		}
		i = last + 1
	}
}

// dropStrayGroups marks as junk small groups of text separated from the
// main text (the group with the most words) by three or more junk blocks.
func dropStrayGroups(infos []blockInfo) {
	type group struct{ from, to, words int }
	var groups []group
	junkRun := 3 // so that the first kept block opens a group
	for i, in := range infos {
		if in.junk {
			junkRun++
			continue
		}
		if junkRun >= 3 || len(groups) == 0 {
			groups = append(groups, group{from: i})
		}
		g := &groups[len(groups)-1]
		g.to, g.words = i, g.words+in.words
		junkRun = 0
	}
	main := -1
	for gi, g := range groups {
		if main < 0 || g.words > groups[main].words {
			main = gi
		}
	}
	for gi, g := range groups {
		if gi == main || g.words >= 40 {
			continue
		}
		for k := g.from; k <= g.to; k++ {
			infos[k].junk = true
		}
	}
}

// countWords counts the space-separated words of s.
func countWords(s string) int {
	// A word starts at a byte that is not white space after one that
	// is, or at the start.
	n := 0
	// Sixteen bytes at a time while none is a control byte (the test of
	// hasBelow0x20 on each word, merged), as in most text. The bytes
	// above the space are then the words' (wx, wy: their high bits), and
	// a word starts at one of them after one that is not (carry: 0x80
	// when the byte before the sixteen is a word's). Read from the front
	// of rest, the loads need no bounds checks.
	carry := uint64(0)
	rest := s
	for len(rest) >= 16 {
		x, y := swar.Load64(rest, 0), swar.Load64(rest, 8)
		if ((x-0x20*swar.Ones)&^x|(y-0x20*swar.Ones)&^y)&swar.High != 0 {
			break
		}
		wx := ((x & swar.Low7) + (0x80-0x21)*swar.Ones | x) & swar.High
		wy := ((y & swar.Low7) + (0x80-0x21)*swar.Ones | y) & swar.High
		starts := (wx&^(wx<<8|carry))>>7 + (wy&^(wy<<8|wx>>56))>>7
		n += int(starts * swar.Ones >> 56)
		carry = wy >> 56
		rest = rest[16:]
	}
	i := len(s) - len(rest)
	// Then eight bytes at a time.
	before := carry ^ 0x80 // 0x80 when the byte before the eight is white space
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load64(s, i)
		var space uint64
		if hasBelow0x20(x) { // maybe a tab, newline or return
			space = bytesEqual(x, ' ') | bytesEqual(x, '\t') | bytesEqual(x, '\n') | bytesEqual(x, '\r')
		} else {
			space = bytesBelow(x, ' '+1) // no control byte: the spaces
		}
		// One bit a word start, at the bottom of its byte: the product
		// sums the eight bytes into the top one.
		starts := (^space & (space<<8 | before) & swar.High) >> 7
		n += int(starts * swar.Ones >> 56)
		before = space >> 56
	}
	inWord := before == 0
	for ; i < len(s); i++ {
		c := s[i]
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// hasAlnum reports whether s holds a letter or digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// relativeUnits are the units of relative-time stamps.
var relativeUnits = map[string]bool{
	"sec": true, "secs": true, "second": true, "seconds": true, "min": true, "mins": true, "minute": true, "minutes": true,
	"hr": true, "hrs": true, "hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "h": true, "m": true, "d": true,
}

// isRelativeTime reports whether s is a stamp like "6 hours ago",
// "Updated 2 days ago", "an hour ago" or "just now".
func isRelativeTime(s string) bool {
	t := trimRightSpaceDot(s)
	if len(t) < 3 || len(t) > 40 || !(strings.EqualFold(t[len(t)-3:], "ago") || strings.EqualFold(t, "just now")) {
		return false
	}
	f := strings.Fields(strings.ToLower(strings.TrimRight(s, ".")))
	if len(f) == 2 && f[0] == "just" && f[1] == "now" {
		return true
	}
	if len(f) < 3 || len(f) > 7 || f[len(f)-1] != "ago" {
		return false
	}
	n, unit := f[len(f)-3], f[len(f)-2]
	if !relativeUnits[unit] {
		return false
	}
	if n != "a" && n != "an" && n != "one" && (n[0] < '0' || n[0] > '9') {
		return false
	}
	lead := f[:len(f)-3]
	if len(lead) >= 2 && isSeparator(lead[len(lead)-1]) && !strings.ContainsAny(t, ".!?") {
		return true // "riverwatcher · 2 hours ago", "Updated | 5 min ago"
	}
	for _, w := range lead {
		if w != "updated" && w != "published" && w != "posted" && !isSeparator(w) {
			return false
		}
	}
	return true
}

// isSeparator reports whether w is a separator between the parts of a
// stamp: "·", "•", "|", "-", "—".
func isSeparator(w string) bool {
	return w == "·" || w == "•" || w == "|" || w == "-" || w == "—" || w == "–"
}

// isByline reports whether s is a byline: "By Associated Press", "By JOHN
// DOE and JANE ROE, Associated Press".
func isByline(s string, words int) bool {
	if words < 2 || words > 12 || !strings.HasPrefix(s, "By ") || endsSentence(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[3:])
	return unicode.IsUpper(r)
}

// isLabel reports whether s is a section label: a few words in capitals
// ("DON'T MISS", "UP NEXT") or a few title-case words ending in a colon
// ("Related Topics:", "Tags:"); "He listed three goals:" is text.
func isLabel(s string, words int) bool {
	if words > 5 || len(s) > 40 {
		return false
	}
	if strings.HasSuffix(s, ":") {
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsUpper(r) && (words == 1 || isTitleCase(s))
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && words >= 2
}

// isIdentifier reports whether a one-word paragraph is a machine name
// ("gvw_ap_news", "story-123") rather than a word.
func isIdentifier(s string) bool {
	hasDigit := false
	for _, r := range s {
		switch {
		case r == '_' || r == '/' || r == '=' || r == '#' || r == '@':
			return true
		case unicode.IsDigit(r):
			hasDigit = true
		}
	}
	return hasDigit && strings.ToLower(s) == s
}

// captionCredits are words that mark a parenthesised photo credit.
// An agency name alone ("(AP)") is not enough: body text may end with one.
var captionCredits = []string{"photo", "photos", "file", "getty", "images", "credit", "pool", "handout", "courtesy"}

// isCaption reports whether s is a photo caption: it ends with a credit in
// parentheses ("(AP File)", "(AP Photo/Evan Vucci)") or opens with "FILE -"
// or "Photo:".
func isCaption(s string) bool {
	t := trimRightSpaceDot(s)
	if strings.HasPrefix(t, "FILE -") || strings.HasPrefix(t, "FILE —") || strings.HasPrefix(t, "Photo:") || strings.HasPrefix(t, "Image:") {
		return true
	}
	if !strings.HasSuffix(t, ")") {
		return false
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 || len(t)-open > 60 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(t[open+1:len(t)-1]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, c := range captionCredits {
			if w == c {
				return true
			}
		}
	}
	return false
}

// trimRightSpaceDot trims spaces and periods off the end of s.
func trimRightSpaceDot(s string) string {
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '.') {
		s = s[:len(s)-1]
	}
	return s
}

// endsWithEllipsis reports whether s is cut off with "..." or "…".
func endsWithEllipsis(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// endsSentence reports whether s ends like a sentence: ".", "!", "?", or
// one of them before closing quotes or brackets.
func endsSentence(s string) bool {
	if n := len(s); n > 0 {
		// Most lines end with a byte the trim keeps: no trim needed.
		if c := s[n-1]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != ')' && c != ']' && !isASCIISpace(c) {
			return c == '.' || c == '!' || c == '?'
		}
	}
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// isSmallWord reports whether w is one of the small words that stay
// lower case in title case ("of", "the", "and"). A switch on constant
// strings compiles to length and byte compares, several times faster
// than a map look-up for words this short.
func isSmallWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "nor", "for",
		"of", "in", "on", "at", "to", "by", "with", "from",
		"as", "vs", "via", "into", "over", "up", "per", "than":
		return true
	}
	return false
}

// isTitleCase reports whether most words of s that are not small words
// start with a capital or a digit, as headlines do.
func isTitleCase(s string) bool {
	capital, total := 0, 0
	for i := 0; i < len(s); {
		// Words are split at white space as strings.Fields splits them
		// (an invalid byte is one rune, not space).
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		// Most bytes of a word are printable ASCII, none of them space.
		for i < len(s) && s[i] > ' ' && s[i] < utf8.RuneSelf {
			i++
		}
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if isASCIISpace(c) {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
		w := s[start:i]
		if !isASCIIAlnum(w[0]) || !isASCIIAlnum(w[len(w)-1]) {
			if w = trimToAlnum(w); w == "" {
				continue
			}
		}
		if c := w[0]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			capital++
		} else if c >= utf8.RuneSelf && isUpperOrDigit(w) {
			capital++
		} else if isSmallWord(w) {
			continue // small words stay lower case
		}
		total++
	}
	return total >= 2 && capital*4 >= total*3
}

// isUpperOrDigit reports whether s starts with an upper-case letter or a
// digit.
func isUpperOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// trimToAlnum trims the runes that are neither letters nor digits off
// both ends of s, ASCII byte by byte.
func trimToAlnum(s string) string {
	for s != "" {
		if c := s[0]; c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				break
			}
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s = s[size:]
	}
	for s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// isASCIISpace reports whether c is an ASCII byte unicode.IsSpace accepts.
func isASCIISpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}
