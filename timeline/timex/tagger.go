package timex

import (
	"strconv"
	"sync"
	"time"
)

// res is one matched expression before it becomes an Expr. It is large:
// the matchers most calls go through (match, core, wordCore, numeric,
// determiner, detPhrase, weekdayPhrase) write their match into a res of
// their caller's, as an out parameter, rather than return it, which
// costs a copy at every level; the others return it, so its small
// fields sit together at the end.
type res struct {
	end  int // token index after the expression
	skip int // leading tokens of the match left out of the span ("the")
	typ  Type
	p    point  // the value, when hasP
	val  string // the value, when !hasP
	mod  string
	// anchor is "DCT", an expression ID, or "".
	anchor string
	iv     *Interval
	why    string // explanation between the text and the value
	warn   string
	quant  string
	freq   string
	// event, for "N years after the invasion" and anniversaries: the token
	// range naming the event whose date anchors the value (resolved once
	// the whole text is tagged), and the offset in years or units.
	evFrom, evTo int
	evN          int
	// evSpan is the token after "after the invasion", to which the span
	// grows when the event's date is found.
	evSpan  int
	evUnit  unit
	evAnniv bool
	hasP    bool
	// yearAgo marks "a year ago"-style results (see histEntry).
	yearAgo bool
	// overnight marks the night of "overnight" (see histEntry).
	overnight bool
	// guess marks a reporting quarter taken from the DCT (see histEntry).
	guess bool
}

// set stores v in r and returns ok: it lets a matcher that writes its
// match in place (see match) return what another matcher returns.
func (r *res) set(v res, ok bool) bool {
	*r = v
	return ok
}

// histEntry is a resolved date the discourse can refer back to.
type histEntry struct {
	p    point
	id   string
	sent int
	// explicit is true for dates that gave their own year.
	explicit bool
	// yearAgo marks the results of "a year ago" and "year-earlier",
	// which are not shifted again.
	yearAgo bool
	// overnight marks the night of "overnight", placed from the DCT
	// rather than from the day the story is at.
	overnight bool
	// guess marks "the latest period" resolved to the last full quarter
	// before the DCT for want of a quarter named in the text: not a
	// quarter the report names (see reportedPeriod).
	guess bool
}

// tagger holds the state of one Tag call.
type tagger struct {
	s    scanner
	text string
	dct  time.Time // the DCT's date at midnight UTC
	// dctY, dctM, dctD are the DCT's year, month and day (tg.dct's date,
	// which the rules ask for often: taken apart once).
	dctY, dctM, dctD int
	// dctDay numbers the DCT's date for the explanation caches, which
	// keep what they made for other DCTs: dctY*512 + dctM*32 + dctD.
	dctDay int
	dctT   time.Time // the DCT as given
	loc    *time.Location
	dctS   string // "DCT Sat 2025-02-22"
	// dctStrings caches dctS by dctDay (see dctString).
	dctStrings cache[int]
	out        []Expr
	// abs are the explicit dates (with their own year) that events can be
	// dated from; events the expressions that wait for one.
	abs    []absDate
	events []eventRef
	hist   []histEntry
	zero   token
	first  int // first token of the current expression, for tense
	// buf holds the values and explanations of all expressions, turned
	// into one string at the end (one allocation for all of them); strs
	// are their offsets in buf.
	buf  []byte
	strs []strOffsets
	// ivs holds the intervals made for the text (see interval).
	ivs []Interval
	// weekdayWhys caches explanations of weekdays (see weekdayWhy).
	weekdayWhys cache[weekdayKey]
	// whys caches explanations that name the DCT (see dctWhy); it
	// keeps more than the others, as its keys name their DCT.
	whys cache[whyKey]
	// cats caches explanations joined from two strings (see cat), kept
	// across DCTs.
	cats cache[catKey]
	// agoWhys caches the explanations of "N units ago" (see agoWhy).
	agoWhys cache[agoKey]
	// spanWhys caches the explanations of "the next N units" (see
	// spanWhy).
	spanWhys cache[spanKey]
	// refWhys caches the explanations of anaphora (see refWhy), kept
	// across DCTs.
	refWhys cache[refKey]
}

// absDate is an explicit day or month date: expression k, value p.
type absDate struct {
	k int
	p point
}

// eventRef is expression k, waiting to be dated from an event ("three
// years after the invasion", "the third anniversary").
type eventRef struct {
	k int
	r res
}

// strOffsets locate an expression's value and explanation in tagger.buf.
type strOffsets struct{ vs, ve, es, ee int }

// ids are the first expression IDs, made once.
var ids = func() []string {
	s := make([]string, 513)
	for i := range s {
		s[i] = "t" + strconv.Itoa(i)
	}
	return s
}()

// exprID is "t" followed by n.
func exprID(n int) string {
	if n < len(ids) {
		return ids[n]
	}
	return "t" + strconv.Itoa(n)
}

// interval returns a pointer to a copy of iv in the tagger's scratch
// space, which the next text reuses: the intervals the expressions keep
// are copied out at the end (see finish). An interval is never changed
// once made, so a pointer stays good when the scratch slice grows.
func (tg *tagger) interval(iv Interval) *Interval {
	tg.ivs = append(tg.ivs, iv)
	return &tg.ivs[len(tg.ivs)-1]
}

// finish returns the expressions found, in a slice of their own with
// their intervals copied into one array of their own: the tagger's
// scratch is not handed out.
func (tg *tagger) finish() []Expr {
	out := append([]Expr(nil), tg.out...)
	n := 0
	for k := range out {
		if out[k].Interval != nil {
			n++
		}
	}
	if n == 0 {
		return out
	}
	ivs := make([]Interval, 0, n)
	for k := range out {
		if iv := out[k].Interval; iv != nil {
			ivs = append(ivs, *iv)
			out[k].Interval = &ivs[len(ivs)-1]
		}
	}
	return out
}

var pool = sync.Pool{New: func() any { return &tagger{whys: cache[whyKey]{limit: 2048}} }}

// Tag finds the temporal expressions of text and resolves them against dct.
// Expressions are returned in text order with non-overlapping spans on rune
// boundaries. Tag never panics, whatever the input.
func Tag(text string, dct time.Time, opts *Options) []Expr {
	tg := pool.Get().(*tagger)
	defer func() {
		// tg.out is not cleared: the next text overwrites it, and the pool
		// drops idle taggers at garbage collection, so old texts are not
		// kept alive for long.
		tg.text, tg.s.text = "", ""
		tg.out, tg.abs, tg.events, tg.hist = tg.out[:0], tg.abs[:0], tg.events[:0], tg.hist[:0]
		tg.buf, tg.strs, tg.ivs = tg.buf[:0], tg.strs[:0], tg.ivs[:0]

		pool.Put(tg)
	}()
	tg.text = text
	tg.dctT = dct
	tg.loc = dct.Location()
	if tg.loc == nil {
		tg.loc = time.UTC
	}
	y, m, d := dct.Date()
	tg.dct = civil(y, int(m), d)
	tg.dctY, tg.dctM, tg.dctD = y, int(m), d
	tg.dctDay = y*512 + int(m)*32 + d // one number per date: month*32 + day < 512
	tg.dctS = tg.dctString()
	var starts []int
	if opts != nil {
		starts = opts.SentenceStarts
	}
	tg.s.scan(text, starts)
	tg.run()
	if len(tg.out) == 0 {
		return nil
	}
	// The scratch slices stay with the tagger; the caller gets copies of
	// exactly the right size.
	return tg.finish()
}

// dctString returns "DCT Sat 2025-02-22" for the DCT, built once per DCT
// and kept from one text to the next (up to 512 DCTs).
func (tg *tagger) dctString() string {
	if s, ok := tg.dctStrings.get(tg.dctDay); ok {
		return s
	}
	var buf [32]byte // built in one allocation
	b := append(append(append(buf[:0], "DCT "...), weekdayShort[tg.dct.Weekday()]...), ' ')
	s := string(dayPoint(tg.dct).appendValue(b))
	return tg.dctStrings.keep(tg.dctDay, s)
}

// tok returns token i, or a zero token out of range.
func (tg *tagger) tok(i int) *token {
	if uint(i) >= uint(len(tg.s.toks)) { // i < 0 too
		return &tg.zero
	}
	return &tg.s.toks[i]
}

// word reports whether token i is the function word id.
func (tg *tagger) word(i, id int) bool {
	t := tg.tok(i)
	return t.kind == kWord && t.e.cls == cWord && int(t.e.val) == id
}

// punct reports whether token i is the punctuation r.
func (tg *tagger) punct(i int, r rune) bool {
	t := tg.tok(i)
	return t.kind == kPunct && t.r == r
}

// glued reports whether token i follows token i-1 without space.
func (tg *tagger) glued(i int) bool {
	t := tg.tok(i)
	return t.kind != 0 && !t.has(fSpace)
}

// is reports whether token i is the word w (ASCII, lower case given).
func (tg *tagger) is(i int, w string) bool {
	t := tg.tok(i)
	if t.kind != kWord || int(t.end)-int(t.start) != len(w) {
		return false
	}
	s := tg.text[t.start:int(t.end)]
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// inSet reports whether token i is a word of set (lower-case ASCII words)
// in any case: one lookup where a chain of is calls would test each.
func (tg *tagger) inSet(i int, set map[string]bool) bool {
	t := tg.tok(i)
	if t.kind != kWord || int(t.end)-int(t.start) > 24 {
		return false
	}
	var buf [24]byte
	n, ok := lower(&buf, tg.text[t.start:int(t.end)])
	return ok && set[string(buf[:n])]
}

// apostrophe reports whether token i is a straight or curly apostrophe.
func (tg *tagger) apostrophe(i int) bool {
	t := tg.tok(i)
	return t.kind == kPunct && (t.r == '\'' || t.r == '\u2019')
}

// possessive reports whether tokens i, i+1 are the possessive "'s".
func (tg *tagger) possessive(i int) bool {
	return tg.apostrophe(i) && tg.is(i+1, "s")
}

// plain reports whether token i is a lower-case word the lexicon does
// not know: a common noun, adjective or verb ("future dialogue", "Easter
// egg", "today's personal computers").
func (tg *tagger) plain(i int) bool {
	t := tg.tok(i)
	return t.kind == kWord && !t.has(fCap) && t.e.cls == cNone
}

// hyphen reports whether tokens i, i+1, i+2 are word-hyphen-word glued.
func (tg *tagger) hyphen(i int) bool {
	return tg.punct(i+1, '-') && tg.glued(i+1) && tg.glued(i+2)
}

// starter reports whether an expression may start at token t.
func starter(t *token) bool {
	switch t.kind {
	case kNum:
		return true
	case kWord:
		return t.e.cls != cNone && !t.e.is(eNoStart)
	case kPunct:
		return t.r == '\'' || t.r == '\u2019'
	}
	return false
}

func (tg *tagger) run() {
	toks := tg.s.toks
	var r res // the current match (see match)
	// The scanner listed the tokens starter takes, the only ones tried;
	// after a match, those inside it are passed over.
	next := 0 // no expression starts before token next
	for _, c := range tg.s.cands {
		i := int(c)
		if i < next {
			continue
		}
		if toks[i].e.is(eNeedNext) {
			// "the", "a", "last" start an expression only before a
			// word the lexicon knows, a number, a hyphen or an apostrophe.
			if i+1 >= len(toks) {
				break
			}
			n := &toks[i+1]
			if n.kind == kWord && (n.e.cls == cNone || n.e.cls == cWord && !n.e.is(eCont)) || n.kind == kPunct && n.r != '-' && n.r != '\'' && n.r != '\u2019' {
				continue
			}
		} else if toks[i].kind == kPunct && (i+1 >= len(toks) || toks[i+1].kind != kNum) {
			continue // an apostrophe starts only "'90s"
		}
		if !tg.match(i, &r) || int(r.end) <= i {
			continue
		}
		if tg.word(r.end, wOr) && tg.is(r.end+1, "so") && r.typ != Set {
			// "the next year or so", "for a week or so": approximately.
			r.end += 2
			r = tg.orSo(r, true)
		}
		next = int(r.end)
		if tg.quotedTitle(i, int(r.end)) {
			continue // a programme's name: "This Week", "60 Minutes"
		}
		tg.emit(i, &r)
	}
	if len(tg.out) > 0 {
		s := string(tg.buf)
		for k, o := range tg.strs {
			tg.out[k].Value = s[o.vs:o.ve]
			tg.out[k].Explain = s[o.es:o.ee]
		}
	}
	tg.resolveEvents()
}

// emit turns a match over tokens [from, int(r.end)) into an Expr. The
// Expr is made in its place at the end of tg.out: built elsewhere, its
// copy in would be a move of a pointerful struct, with write barriers.
func (tg *tagger) emit(from int, r *res) {
	toks := tg.s.toks
	if r.skip > 0 && from+r.skip < int(r.end) {
		from += r.skip
	}
	start, end := int(toks[from].start), int(toks[r.end-1].end)
	id := exprID(len(tg.out) + 1)
	tg.out = append(tg.out, Expr{})
	e := &tg.out[len(tg.out)-1]
	e.ID, e.Start, e.End, e.Text, e.Type, e.Mod = id, start, end, tg.text[start:end], r.typ, r.mod
	e.Anchor, e.Quant, e.Freq = r.anchor, r.quant, r.freq
	// The explanation is the text, its account and, when there is a
	// value, an arrow and the value, which is the explanation's tail:
	// the value is written once, at the end, and the Value string is
	// that tail of the Explain string.
	var o strOffsets
	o.es = len(tg.buf)
	tg.buf = append(tg.buf, e.Text...)
	tg.buf = append(tg.buf, ", "...)
	tg.buf = append(tg.buf, r.why...)
	arrow := len(tg.buf)
	tg.buf = append(tg.buf, " → "...)
	o.vs = len(tg.buf)
	if r.hasP {
		tg.buf = r.p.appendValue(tg.buf)
		if r.iv != nil {
			e.Interval = r.iv
		} else if iv, ok := r.p.interval(tg.loc); ok {
			e.Interval = tg.interval(iv)
		}
		switch r.p.grain {
		case GrainDay, GrainPart, GrainHour, GrainMinute, GrainWeek, GrainMonth, GrainQuarter, GrainHalf, GrainYear, GrainSeason, GrainWeekend:
			tg.hist = append(tg.hist, histEntry{p: r.p, id: id, sent: int(toks[from].sent), explicit: r.anchor == "", yearAgo: r.yearAgo,
				overnight: r.overnight, guess: r.guess})
		}
	} else {
		tg.buf = append(tg.buf, r.val...)
		e.Interval = r.iv
	}
	o.ve = len(tg.buf)
	if o.ve == o.vs {
		// No value: no arrow either.
		tg.buf = tg.buf[:arrow]
		o.vs, o.ve = arrow, arrow
	}
	o.ee = len(tg.buf)
	tg.strs = append(tg.strs, o)
	if r.warn != "" {
		e.Warnings = []string{r.warn}
	}
	if r.hasP && r.anchor == "" && (r.p.grain == GrainDay || r.p.grain == GrainMonth) {
		tg.abs = append(tg.abs, absDate{len(tg.out) - 1, r.p})
	}
	if r.evTo > r.evFrom || r.evAnniv {
		tg.events = append(tg.events, eventRef{len(tg.out) - 1, *r})
	}
}

// quotedTitle reports whether tokens [from, to) are a title in quotation
// marks inside a sentence: every word capitalized, an opening quote
// right before and a closing quote right after (maybe after a comma or
// period, or after more capitalised words of the title), as in ABC's
// "This Week," or "This Week With David Brinkley", or CBS's ”60 Minutes.”
func (tg *tagger) quotedTitle(from, to int) bool {
	open := func(k int) bool {
		return tg.punct(k, '"') || tg.punct(k, '\u201c') || tg.punct(k, '`') || tg.punct(k, '\'') && tg.punct(k-1, '\'')
	}
	close := func(k int) bool {
		return tg.punct(k, '"') || tg.punct(k, '\u201d') || tg.punct(k, '\'')
	}
	if !open(from-1) || !tg.glued(from) || int(tg.tok(from).sent) != int(tg.tok(from-2).sent) || tg.tok(from-2).kind == 0 {
		return false
	}
	k := to
	// The title may go on after the expression in capitalised words:
	// ABC's "This Week With David Brinkley".
	for n := 0; n < 6 && tg.tok(k).kind == kWord && tg.tok(k).has(fCap) && int(tg.tok(k).sent) == int(tg.tok(from).sent); n++ {
		k++
	}
	if tg.punct(k, ',') || tg.punct(k, '.') {
		k++
	}
	if !close(k) || !tg.glued(k) {
		return false
	}
	for j := from; j < to; j++ {
		if t := tg.tok(j); t.kind == kWord && !t.has(fCap) {
			return false
		}
	}
	return true
}
