package claims

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/claims/gazetteer"
	"github.com/factline/factline/claims/swar"
	"github.com/factline/factline/timeline/timex"
)

// sentInfo is the token range of one sentence of a document; its span
// and heading flag are those of the same sentence in doc.sentences.
type sentInfo struct {
	t0, t1 int // tokens [t0, t1)
}

// quoteSpan is one direct quotation found in the body.
type quoteSpan struct {
	open, close int // byte offsets of the marks; close == -1 when unclosed
	inner       article.Span
	t0, t1      int  // tokens inside the marks
	unclosed    bool // runs to the end of its paragraph
	para        int
}

// doc is one article being worked on.
type doc struct {
	a     *article.Article
	g     *gazetteer.Gazetteer
	toks  []token
	low   lowered // the tokens' lower-case forms
	sents []sentInfo
	// sentences are the article's sentences, or one for the whole body
	// when it has none: sents[i] is sentences[i]'s token range.
	sentences []article.Sentence
	timexes   []timex.Expr
	timexTok  [][2]int // token range of each timex
	bySent    [][]int  // timex indexes by sentence, built on first use
	quotes    []quoteSpan
	mentions  []mention
	byTok     []int32 // token -> mention index+1, 0 for none, see indexMentions
	// lastPos is the position locate last asked the article for: the
	// next one on the same line counts runes from it, not the line start.
	lastPos article.Position
	claims  []Claim // while the document's claims are made
	// subjects are the person mentions in subject position, in text order,
	// for resolving pronouns.
	subjects []int
	// runRoles maps a normalized role to the one person of the run who
	// holds it.
	runRoles map[string]string
	// scratch holds lists reused by the documents of one run, or nil.
	scratch *scratch
	// roleNorms caches role.Normalize by role text: the result depends
	// only on the gazetteer, shared by the documents of one run.
	roleNorms map[string]string
	// gazWords caches what the gazetteer knows of a folded word, for
	// the documents of one run.
	gazWords map[string]*gazWord
	// gazToks holds gazWordAt's answers by token while mentions are
	// found, else nil.
	gazToks []*gazWord
}

// gazWord is what the gazetteer knows of one folded word: the answers of
// Starts, LookupFolded, DemonymFolded and FirstNameFolded.
type gazWord struct {
	folded          string // the word itself
	starts          int
	entry           *gazetteer.Entry
	isEntry         bool
	demonym, gender string
	isDemonym       bool
	isFirst         bool
}

// gazWord returns what the gazetteer knows of the folded word w, asking
// it once per run and word: capitalized words repeat.
func (d *doc) gazWord(w string) *gazWord {
	if gw, ok := d.gazWords[w]; ok {
		return gw
	}
	w = strings.Clone(w) // w may be part of a whole body
	gw := &gazWord{folded: w, starts: d.g.Starts(w)}
	gw.entry, gw.isEntry = d.g.LookupFolded(w)
	gw.demonym, gw.isDemonym = d.g.DemonymFolded(w)
	gw.gender, gw.isFirst = d.g.FirstNameFolded(w)
	d.gazWords[w] = gw
	return gw
}

// gazWordAt returns gazWord of token t folded. Only the finding of the
// document's mentions asks (findMentions, which makes gazToks): the
// answers are kept by token, as the words of a capitalized run are asked
// about several times.
func (d *doc) gazWordAt(t int) *gazWord {
	gw := d.gazToks[t]
	if gw == nil {
		gw = d.gazWord(d.folded(t))
		d.gazToks[t] = gw
	}
	return gw
}

// scratch holds working lists that one document after the other reuses.
type scratch struct {
	events     []evMention
	sentEvents []evMention // eventClaims: one sentence's events
	kept       []evMention // eventClaims: one sentence's filled events
	subjects   []int       // findSubjects' list
	parts      []*mention  // fillEvent's participant mentions
	keys       []string    // fillEvent's participant keys
	strs       []string    // string lists claims keep, see keepStrings
	bySent     [][]int     // sentTimexes' lists
	toks       []token     // newDoc's tokens before they are copied out
	mentions   []mention   // findMentions' list before it is copied out
	quoteSpans []quoteSpan // findQuotes' list before it is copied out
	quoteEnds  []int       // normalizedQuotes' ends of each quotation
	quoteNorms []string    // normalizedQuotes' list
	byTok      []int32     // indexMentions' list
	gazToks    []*gazWord  // findMentions' gazWordAt answers by token
	ends, all  []int       // sentTimexes' counts and indexes
	starts     []int       // newDoc's sentence starts for the tagger
	// The values claims point to, allocated in blocks.
	persons    slab[Person]
	places     slab[Place]
	evs        slab[Event]
	quantities slab[Quantity]
	bounds     slab[float64] // quantities' Min and Max
	quotes     slab[Quote]
}

// grown returns s with length n, all zero, reusing its array when it is
// long enough.
func grown[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// keepStrings returns a copy of list carved from one shared array, with
// no room to grow into its neighbour's.
func (s *scratch) keepStrings(list []string) []string {
	if cap(s.strs)-len(s.strs) < len(list) {
		s.strs = make([]string, 0, max(512, len(list)))
	}
	n := len(s.strs)
	s.strs = append(s.strs, list...)
	return s.strs[n:len(s.strs):len(s.strs)]
}

// slab hands out pointers to zeroed values allocated in blocks, one
// allocation per block instead of one per value. A block stays alive while
// any of its values is used; claims of a run live together anyway.
type slab[T any] struct {
	block []T
}

// new returns a pointer to a zeroed T.
func (s *slab[T]) new() *T {
	if len(s.block) == 0 {
		s.block = make([]T, 128)
	}
	p := &s.block[0]
	s.block = s.block[1:]
	return p
}

// indexMentions fills byTok, in the scratch list of the run: it is made
// while the document's mentions are found and again while its claims are
// made, so the documents of a run need one list, not one each.
func (d *doc) indexMentions() {
	sc := d.sc()
	d.byTok = grown(sc.byTok, len(d.toks))
	sc.byTok = d.byTok
	for i := range d.mentions {
		m := &d.mentions[i]
		for t := m.t0; t < m.t1; t++ {
			d.byTok[t] = int32(i + 1)
		}
	}
}

// sc returns the document's scratch lists, making them when it has none.
func (d *doc) sc() *scratch {
	if d.scratch == nil {
		d.scratch = &scratch{}
	}
	return d.scratch
}

// newDoc tokenizes the article, tags its temporal expressions, and finds
// its quotations and mentions.
// roleNorms caches normalized roles for g; nil gives the document its own.
// gazWords caches gazWord by folded word for the same gazetteer; nil
// gives the document its own. sc holds the lists the documents of a run
// reuse, or is nil.
func newDoc(a *article.Article, g *gazetteer.Gazetteer, roleNorms map[string]string, gazWords map[string]*gazWord, sc *scratch) *doc {
	if roleNorms == nil {
		roleNorms = map[string]string{}
	}
	if gazWords == nil {
		gazWords = map[string]*gazWord{}
	}
	d := &doc{a: a, g: g, roleNorms: roleNorms, gazWords: gazWords, scratch: sc}
	if sc != nil {
		// Tokens and mentions are found in the run's reused lists and
		// copied out at their exact sizes: the documents of a run hold
		// them all until their claims are made.
		var toks []token
		toks, d.low = tokenizeInto(sc.toks, a.Body)
		sc.toks = toks
		d.toks = slices.Clone(toks)
		d.mentions = sc.mentions[:0]
	} else {
		d.toks, d.low = tokenize(a.Body)
		d.mentions = make([]mention, 0, len(d.toks)/8+4) // about one per 10 tokens
	}
	d.buildSentences()
	var starts []int
	if sc != nil {
		starts = sc.starts[:0] // the tagger keeps none of them
	}
	for i := range d.sentences {
		starts = append(starts, d.sentences[i].Start)
	}
	if sc != nil {
		sc.starts = starts
	}
	d.timexes = safeTag(a, starts)
	d.markTimexes()
	d.findQuotes()
	d.findMentions()
	return d
}

// safeTag runs the temporal tagger, keeping only expressions whose spans
// are valid for the body, so that a tagger bug cannot break extraction.
func safeTag(a *article.Article, starts []int) (out []timex.Expr) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	// Tag returns a fresh slice: the valid expressions are kept in place.
	tagged := timex.Tag(a.Body, a.Published, &timex.Options{SentenceStarts: starts})
	n := 0
	for i := range tagged {
		if e := &tagged[i]; e.Start >= 0 && e.End <= len(a.Body) && e.Start < e.End {
			if n != i {
				tagged[n] = *e
			}
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return tagged[:n]
}

// buildSentences assigns tokens to the article's sentences. Without
// sentences the whole body is one.
func (d *doc) buildSentences() {
	ss := d.a.Sentences
	if len(ss) == 0 {
		ss = []article.Sentence{{Span: article.Span{Start: 0, End: len(d.a.Body)}}}
	}
	d.sentences = ss
	sents := make([]sentInfo, len(ss))
	toks := d.toks
	ti := 0
	for k := range ss {
		start, end := ss[k].Start, ss[k].End
		for ti < len(toks) && int(toks[ti].start) < start {
			ti++
		}
		t0 := ti
		// Sentences are tens of tokens long: skip eight at a time first.
		for ti+8 <= len(toks) && int(toks[ti+7].start) < end {
			ti += 8
		}
		for ti < len(toks) && int(toks[ti].start) < end {
			ti++
		}
		sents[k] = sentInfo{t0: t0, t1: ti}
	}
	d.sents = sents
}

// sentOf returns the sentence of token t, an index into sents: the last
// sentence whose tokens start at or before t, so that the tokens between
// two sentences belong to the one before and those before the first to
// the first.
func (d *doc) sentOf(t int) int {
	// The first sentence after the first that starts after t.
	lo, hi := 1, len(d.sents)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.sents[m].t0 > t {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo - 1
}

// tokenAt returns the index of the first token starting at or after off.
func (d *doc) tokenAt(off int) int {
	toks := d.toks
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(toks[m].start) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func (d *doc) markTimexes() {
	d.timexTok = make([][2]int, len(d.timexes))
	for i, e := range d.timexes {
		t0 := d.tokenAt(e.Start)
		t1 := t0
		for t1 < len(d.toks) && int(d.toks[t1].start) < e.End {
			d.toks[t1].bits |= tokInTimex
			t1++
		}
		d.timexTok[i] = [2]int{t0, t1}
	}
}

// lower returns the lower-case text of t, one of d's tokens.
func (d *doc) lower(t *token) string { return d.low.of(t) }

// word returns the lower-case text of token i, or "" out of range.
func (d *doc) word(i int) string {
	if uint(i) >= uint(len(d.toks)) { // i < 0 or past the end, in one test
		return ""
	}
	return d.lower(&d.toks[i])
}

// text returns the body text of tokens [t0, t1).
func (d *doc) text(t0, t1 int) string {
	if t0 >= t1 || t0 < 0 || t1 > len(d.toks) {
		return ""
	}
	return d.a.Body[int(d.toks[t0].start):int(d.toks[t1-1].end)]
}

// sentenceText returns the text of the sentences covering [start, end).
func (d *doc) sentenceText(start, end int) string {
	// The first sentence ending after start.
	ss := d.sentences
	first, hi := 0, len(ss) // sort.Search without its call per step: evidence asks this for every claim
	for first < hi {
		m := int(uint(first+hi) >> 1)
		if ss[m].End > start {
			hi = m
		} else {
			first = m + 1
		}
	}
	if first == len(ss) {
		return ""
	}
	last := first
	for last+1 < len(ss) && ss[last+1].Start < end {
		last++
	}
	return d.a.Body[min(ss[first].Start, start):max(ss[last].End, end)]
}

// evidence builds the evidence of body span [start, end), all but its
// line and column, which locate adds once the document's claims are in
// text order.
func (d *doc) evidence(start, end int) Evidence {
	a := d.a
	start = max(0, min(start, len(a.Body)))
	end = max(start, min(end, len(a.Body)))
	fs := max(0, min(a.FileOffset(start), len(a.Source())))
	return Evidence{
		Article:   a.ID,
		Path:      a.Path,
		Start:     fs,
		End:       max(a.FileOffset(end), fs),
		Sentence:  d.sentenceText(start, end),
		Text:      a.Body[start:end],
		BodyStart: start,
		BodyEnd:   end,
	}
}

// locate sets the line and column of evidence ev, made by evidence. In
// text order each costs little: pos counts the runes from the last one
// on the same line.
func (d *doc) locate(ev *Evidence) {
	p := d.pos(ev.Start)
	ev.Line, ev.Column = p.Line, p.Column
}

// pos is a.FilePos(off). Lines end at '\n' and columns count runes, so
// an offset on the line of the last one asked, at a rune start, has the
// last one's line and its column plus (or minus) the runes between.
func (d *doc) pos(off int) article.Position {
	src := d.a.Source()
	last := d.lastPos
	if last.Line > 0 && off >= 0 && off < len(src) && utf8.RuneStart(src[off]) {
		if off >= last.Offset && bytes.IndexByte(src[last.Offset:off], '\n') < 0 {
			p := article.Position{Offset: off, Line: last.Line, Column: last.Column + swar.RuneCount(src[last.Offset:off])}
			d.lastPos = p
			return p
		}
		if off < last.Offset && bytes.IndexByte(src[off:last.Offset], '\n') < 0 {
			p := article.Position{Offset: off, Line: last.Line, Column: last.Column - swar.RuneCount(src[off:last.Offset])}
			d.lastPos = p
			return p
		}
	}
	p := d.a.FilePos(off)
	if p.Offset < len(src) && utf8.RuneStart(src[p.Offset]) {
		d.lastPos = p
	} else {
		d.lastPos = article.Position{}
	}
	return p
}

var speechVerbs = wordSet(`said says say stated states told tells added adds noted notes
explained emphasized emphasised stressed insisted warned acknowledged admitted argued
claimed declared announced wrote tweeted posted replied responded asked reiterated
reaffirmed described called chanted chanting remarked mentioned indicated suggested
articulated regarded hailed recalled continued concluded confirmed denied urged
saying telling adding writing observed commented conceded predicted vowed pledged
promised shouted cried sang chant told blasted slammed branded dubbed labelled labeled
praised criticized criticised accused confirms confirmed calls calling describing warns
insists tells notes explains stresses admits argues claims writes wrote conceding
telling agreed recounted`)

var prepositions = wordSet(`in at to with by from of for between about on against among
toward towards into involving without including under over after before during like
than via through across within behind outside near beside`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// words is a set of lower-case words. A 512-byte bit table of the
// words' lengths and first, second, middle and last bytes answers most
// lookups of words not in the set without hashing the word (on the
// fixtures 1 to 2% of other words pass it).
type words struct {
	bits [64]uint64 // 4096 bits, see wordBit
	m    map[string]bool
}

// newWords makes the set of the white-space separated words of s.
func newWords(s string) *words {
	ws := &words{m: wordSet(s)}
	for w := range ws.m {
		b := wordBit(w)
		ws.bits[b>>6] |= 1 << (b & 63)
	}
	return ws
}

// wordBit is a non-empty w's bit in a words table.
func wordBit(w string) uint { return uint(wordHash(w) >> 52) }

// wordHash mixes a non-empty w's length and first, second, middle and
// last bytes; its top bits index bit tables of words.
func wordHash(w string) uint64 {
	n := len(w)
	h := uint64(n) | uint64(w[0])<<8 | uint64(w[min(1, n-1)])<<16 | uint64(w[n/2])<<24 | uint64(w[n-1])<<32
	return h * 0x9e3779b97f4a7c15
}

// has reports whether w is in the set.
func (ws *words) has(w string) bool { return ws.mayHave(w) && ws.m[w] }

// mayHave reports whether w may be in the set, from the table alone:
// false means it is not.
func (ws *words) mayHave(w string) bool {
	if w == "" {
		return false
	}
	b := wordBit(w)
	return ws.bits[b>>6]&(1<<(b&63)) != 0
}
