package claims

import (
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/claims/swar"
)

// findQuotes finds the direct quotations of each paragraph: text between
// curly (“…”) or straight ("…") double quotation marks. A quotation still
// open at the end of its paragraph runs to the paragraph's end (the
// newspaper convention for quotes spanning paragraphs).
func (d *doc) findQuotes() {
	paras := d.a.Paragraphs
	if len(paras) == 0 {
		paras = []article.Span{{Start: 0, End: len(d.a.Body)}}
	}
	body := d.a.Body
	if sc := d.scratch; sc != nil {
		d.quotes = sc.quoteSpans[:0]
	}
	for pi, p := range paras {
		if p.Start < 0 || p.End > len(body) || p.Start > p.End {
			continue
		}
		if d.headingAt(p.Start) {
			continue
		}
		qs := quoteScan{d: d, para: pi, start: p.Start, open: -1, single: -1}
		// Only the paragraph's first byte and the first byte of each
		// punctuation token can be a mark that acts: a mark inside a
		// token is an apostrophe inside a word ("doesn’t"), with a word
		// character before it and a letter after it, so it neither opens
		// (that needs the paragraph start, a space or an opening bracket
		// before) nor closes (that needs no letter after) a quotation;
		// words start with a letter and numbers with a digit. And only a
		// byte that may start a mark (quoteLeads) does anything there:
		// those are found by byte searches, about one in a hundred bytes,
		// and the token at each looked up, instead of reading every token.
		var lead quoteLeadScan
		lead.init(body[p.Start:p.End])
		for j := lead.next(); j >= 0; j = lead.next() {
			i := p.Start + j
			k := d.tokenAt(i)
			if k < len(d.toks) && int(d.toks[k].start) == i {
				if d.toks[k].kind() == tPunct {
					qs.at(i)
				}
			} else if i == p.Start {
				qs.at(i) // the paragraph starts inside a token or at a space
			}
		}
		if qs.open >= 0 {
			d.addQuote(qs.open, qs.openLen, p.End, pi, true)
		}
	}
	if sc := d.scratch; sc != nil {
		// Found in the run's reused list and copied out at their exact
		// size: most documents have a few, which appending would have
		// allocated two or three times.
		sc.quoteSpans = d.quotes
		d.quotes = nil
		if len(sc.quoteSpans) > 0 {
			d.quotes = slices.Clone(sc.quoteSpans)
		}
	}
	for qi := range d.quotes {
		q := &d.quotes[qi]
		q.t0 = d.tokenAt(q.inner.Start)
		q.t1 = q.t0
		for q.t1 < len(d.toks) && int(d.toks[q.t1].start) < q.inner.End {
			d.toks[q.t1].bits |= tokInQuote
			q.t1++
		}
	}
}

// quoteLeads are the bytes a quotation mark quoteScan.at acts on starts
// with: the straight double and single marks, and 0xE2, the first byte
// of “ ” ‘ ’ in UTF-8.
var quoteLeads = [3]byte{'"', '\'', 0xE2}

// quoteLeadScan finds the bytes of quoteLeads in a text, in order, by a
// byte search for each (bytealg's, many bytes a step).
type quoteLeadScan struct {
	s   string
	pos [len(quoteLeads)]int // where the next of each byte is, -1 for none
}

// init starts the scan of s.
func (q *quoteLeadScan) init(s string) {
	q.s = s
	for b, c := range quoteLeads {
		q.pos[b] = strings.IndexByte(s, c)
	}
}

// next returns where the next byte of quoteLeads is, or -1 at the end.
func (q *quoteLeadScan) next() int {
	// The nearest of the three; as uint, -1 (none) is past any other.
	b := 0
	if uint(q.pos[1]) < uint(q.pos[b]) {
		b = 1
	}
	if uint(q.pos[2]) < uint(q.pos[b]) {
		b = 2
	}
	i := q.pos[b]
	if i >= 0 {
		if j := strings.IndexByte(q.s[i+1:], quoteLeads[b]); j >= 0 {
			q.pos[b] = i + 1 + j
		} else {
			q.pos[b] = -1
		}
	}
	return i
}

// quoteScan is findQuotes' state within one paragraph.
type quoteScan struct {
	d             *doc
	para, start   int // the paragraph's index and first byte
	open, openLen int // the open double quotation mark, -1 for none
	straight      bool
	single        int // an open single quotation mark, outside double ones
	singleLen     int
}

// at reads a possible quotation mark at body offset i.
func (qs *quoteScan) at(i int) {
	body := qs.d.a.Body
	if i >= len(body) {
		return
	}
	if c := body[i]; c < utf8.RuneSelf && c != '"' && c != '\'' {
		return // no quotation mark: the common case, without decoding
	}
	r, n := utf8.DecodeRuneInString(body[i:])
	switch {
	case r == '“':
		if qs.open < 0 {
			qs.open, qs.openLen, qs.straight, qs.single = i, n, false, -1
		}
	case r == '”':
		if qs.open >= 0 && !qs.straight {
			qs.d.addQuote(qs.open, qs.openLen, i, qs.para, false)
			qs.open = -1
		}
	case r == '"':
		if qs.open >= 0 && qs.straight {
			qs.d.addQuote(qs.open, qs.openLen, i, qs.para, false)
			qs.open = -1
		} else if qs.open < 0 && opensQuote(body, i, qs.start) {
			qs.open, qs.openLen, qs.straight, qs.single = i, n, true, -1
		}
	case (r == '‘' || r == '\'') && qs.open < 0 && qs.single < 0:
		if opensQuote(body, i, qs.start) && letterAt(body, i+n) {
			qs.single, qs.singleLen = i, n
		}
	case (r == '’' || r == '\'') && qs.open < 0 && qs.single >= 0:
		if closesSingle(body, i, n) {
			qs.d.addQuote(qs.single, qs.singleLen, i, qs.para, false)
			qs.single = -1
		}
	}
}

// headingAt reports whether the body offset lies in a heading line.
func (d *doc) headingAt(off int) bool {
	ss := d.sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	return i < len(ss) && ss[i].Contains(off) && ss[i].Heading
}

// opensQuote reports whether a straight quotation mark at i opens a quote:
// at the paragraph start or after a space or opening punctuation.
func opensQuote(body string, i, start int) bool {
	if i == start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(body[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-:", r)
}

// letterAt reports whether a letter starts at body[i:].
func letterAt(body string, i int) bool {
	r, _ := utf8.DecodeRuneInString(body[i:])
	return unicode.IsLetter(r)
}

// closesSingle reports whether the single mark at i (n bytes) closes a
// quotation: after a letter or punctuation, before a space, punctuation
// or the end. An apostrophe inside a word ("doesn’t") does not.
func closesSingle(body string, i, n int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(body[:i])
	if unicode.IsSpace(prev) {
		return false
	}
	if i+n >= len(body) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(body[i+n:])
	if unicode.IsLetter(next) || unicode.IsDigit(next) {
		return false
	}
	// A plural possessive ("the workers’ union") is followed by a word.
	if prev == 's' && next == ' ' {
		r2, _ := utf8.DecodeRuneInString(body[min(i+n+1, len(body)):])
		if unicode.IsLower(r2) {
			return false
		}
	}
	return true
}

func (d *doc) addQuote(open, openLen, close, para int, unclosed bool) {
	inner := article.Span{Start: open + openLen, End: close}
	inner = article.TrimSpan(d.a.Body, inner)
	if inner.Len() == 0 {
		return
	}
	c := close
	if unclosed {
		c = -1
	}
	d.quotes = append(d.quotes, quoteSpan{open: open, close: c, inner: inner, unclosed: unclosed, para: para})
}

// NormalizeQuote folds a quotation for comparison: curly quotes and
// apostrophes straightened, dashes made plain, white space collapsed, case
// folded, and punctuation trimmed at both edges.
func NormalizeQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	foldQuote(&b, s)
	return strings.TrimFunc(b.String(), quoteEdge)
}

// quoteEdge reports whether NormalizeQuote trims r at a quotation's edges.
func quoteEdge(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '-' }

// foldQuote writes to b the quotation s folded as NormalizeQuote folds
// it, its edges not yet trimmed.
func foldQuote(b *strings.Builder, s string) {
	start := b.Len() // b may hold other quotations before
	space := false
	for i := 0; i < len(s); {
		if plainASCII(s[i]) {
			// A run of plain ASCII, most of the text: written in
			// stretches (writePlainRun).
			if space {
				b.WriteByte(' ')
				space = false
			}
			i = writePlainRun(b, s, i)
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			// Other ASCII, without decoding: white space or the
			// backquote (plainASCII takes the rest).
			i++
			if c != '`' {
				space = b.Len() > start
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte('\'')
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '’', '‘', '`', '´':
			r = '\''
		case '“', '”', '„', '«', '»':
			r = '"'
		case '—', '–':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = b.Len() > start
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
}

// plainASCII reports whether c is ASCII that NormalizeQuote keeps, an
// upper-case letter lowered: any but white space and the backquote.
func plainASCII(c byte) bool {
	return c < utf8.RuneSelf && c != '`' && c != ' ' && !(c >= '\t' && c <= '\r')
}

// writePlainRun writes to b, folded, the run of text from s[i], a plain
// byte (plainASCII): plain bytes, upper-case letters lowered, and single
// spaces between two of them, which the folding also writes as one space
// (there is text before them). It returns the run's end. The text is
// read eight bytes at a time while they qualify (plainQuoteWord) and
// written in stretches as it is, cut only where a letter is lowered.
func writePlainRun(b *strings.Builder, s string, i int) int {
	from := i // s[from:i] is to be written as it is
	for {
		// Here s[i] is plain, or s[i-1] is: a space at a word's start
		// is single.
		for i+8 <= len(s) {
			w := swar.Load64(s, i)
			upper, ok := plainQuoteWord(w)
			if !ok {
				break
			}
			if upper != 0 {
				b.WriteString(s[from:i])
				var low [8]byte
				binary.LittleEndian.PutUint64(low[:], w|upper>>2) // 'A'|0x20 == 'a'
				b.Write(low[:])
				from = i + 8
			}
			i += 8
		}
		if i == len(s) {
			break
		}
		if c := s[i]; plainASCII(c) {
			if c >= 'A' && c <= 'Z' {
				b.WriteString(s[from:i])
				b.WriteByte(c + 'a' - 'A')
				from = i + 1
			}
			i++
		} else if c == ' ' && i+1 < len(s) && plainASCII(s[i+1]) {
			i++
		} else {
			break
		}
	}
	b.WriteString(s[from:i])
	return i
}

// plainQuoteWord reports whether the eight bytes of w (read by
// swar.Load64) are each a plain byte (plainASCII) or a space, with no two
// spaces in a row and no space last, and if so returns the high bit of
// each upper-case letter among them. Each test is exact per byte when
// every byte is ASCII (below 0x80): no sum carries into the next byte;
// and a byte that is not makes the word fail anyway.
func plainQuoteWord(w uint64) (upper uint64, ok bool) {
	ctrl := (w + (0x80-'\t')*swar.Ones) &^ (w + (0x80-'\r'-1)*swar.Ones) // '\t' to '\r'
	sp := zeroBytes(w ^ ' '*swar.Ones)
	bad := (w|ctrl|zeroBytes(w^'`'*swar.Ones))&swar.High | sp&(sp<<8|1<<63)
	return (w + (0x80-'A')*swar.Ones) &^ (w + (0x80-'Z'-1)*swar.Ones) & swar.High, bad == 0 // 'A' to 'Z'
}

// zeroBytes returns the high bit of each zero byte of t, whose bytes are
// all ASCII.
func zeroBytes(t uint64) uint64 { return ^((t + 0x7f*swar.Ones) | t) & swar.High }

// quoteClaims turns the quotations into claims, attributing each to its
// speaker.
func (d *doc) quoteClaims() {
	norms := d.normalizedQuotes()
	var lastSpeaker, lastSpeakerText string
	lastPara := -2
	lastUnclosed := false
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.t0 >= q.t1 {
			continue
		}
		text := d.a.Body[q.inner.Start:q.inner.End]
		speaker, speakerText, ok := d.attributeAfter(q)
		if !ok {
			speaker, speakerText, ok = d.attributeBefore(q)
		}
		if !ok && (q.para == lastPara || (lastUnclosed && q.para == lastPara+1)) && lastSpeakerText != "" {
			speaker, speakerText, ok = lastSpeaker, lastSpeakerText, true
		}
		lastSpeaker, lastSpeakerText = speaker, speakerText
		lastPara, lastUnclosed = q.para, q.unclosed
		norm := norms[qi]
		if norm == "" {
			continue
		}
		c := Claim{
			Kind:     KindQuote,
			Evidence: d.evidence(q.inner.Start, q.inner.End),
			Value:    norm,
			Quote:    d.sc().quotes.new(),
		}
		*c.Quote = Quote{
			Text:        text,
			Normalized:  norm,
			Speaker:     speaker,
			SpeakerText: speakerText,
			Fragment:    d.isFragment(q),
		}
		d.claims = append(d.claims, c)
	}
}

// normalizedQuotes returns NormalizeQuote of each quotation of the
// document (those of no token give ""), in a list of the run's scratch.
// They are written into one builder and made one string, sliced: one
// allocation per document, not per quotation.
func (d *doc) normalizedQuotes() []string {
	if len(d.quotes) == 0 {
		return nil
	}
	size := 0
	for _, q := range d.quotes {
		size += q.inner.Len()
	}
	var b strings.Builder
	b.Grow(size)
	sc := d.sc()
	ends := grown(sc.quoteEnds, len(d.quotes))
	norms := grown(sc.quoteNorms, len(d.quotes))
	sc.quoteEnds, sc.quoteNorms = ends, norms
	for qi := range d.quotes {
		if q := &d.quotes[qi]; q.t0 < q.t1 {
			foldQuote(&b, d.a.Body[q.inner.Start:q.inner.End])
		}
		ends[qi] = b.Len()
	}
	all := b.String()
	prev := 0
	for qi, end := range ends {
		norms[qi] = strings.TrimFunc(all[prev:end], quoteEdge)
		prev = end
	}
	return norms
}

// isFragment reports whether the quotation is a partial quote inside
// paraphrase rather than a whole quoted statement: it does not open its
// sentence, nor follow a colon or a speech verb and a comma.
func (d *doc) isFragment(q *quoteSpan) bool {
	open := d.tokenAt(q.open) // the mark itself
	s := d.sents[d.sentOf(min(open, len(d.toks)-1))]
	prev := open - 1
	if prev < s.t0 || prev < 0 {
		return false
	}
	if q.unclosed && q.inner.Start == d.a.Paragraphs[q.para].Start+len("“") {
		return false
	}
	switch w := d.word(prev); w {
	case ":":
		return false
	case ",", "—", "–":
		if d.is(prev-1, cSpeechVerb) {
			return false
		}
		// "…,” he said, “…" continues a whole quote.
		if d.is(prev-1, cSpeechVerb) || prev-1 >= 0 && d.is(prev-2, cPronoun) {
			return false
		}
		return true
	case ".", "!", "?":
		return false
	}
	return true
}

// attributeAfter reads the attribution after a quotation: "…,” he said",
// "…,” said Varelas", "…,” the prime minister's office said", "…,"
// according to a statement from …".
func (d *doc) attributeAfter(q *quoteSpan) (string, string, bool) {
	if q.unclosed {
		return "", "", false
	}
	paraEnd := len(d.a.Body)
	if q.para < len(d.a.Paragraphs) {
		paraEnd = d.a.Paragraphs[q.para].End
	}
	i := d.tokenAt(q.close + 1)
	for i < len(d.toks) && (d.lower(&d.toks[i]) == "," || d.lower(&d.toks[i]) == "—" || d.lower(&d.toks[i]) == "–") {
		i++
	}
	end := i
	for end < len(d.toks) && end < i+12 && int(d.toks[end].start) < paraEnd {
		w := d.lower(&d.toks[end])
		if w == "." || w == ";" || w == "“" || w == "\"" || w == "?" || w == "!" || d.toks[end].inQuote() || isQuoteMark(w) {
			break
		}
		end++
	}
	if i >= end {
		return "", "", false
	}
	// "according to X"
	if d.word(i) == "according" && d.word(i+1) == "to" {
		return d.speakerIn(i+2, end, true)
	}
	for v := i; v < end && v < i+8; v++ {
		if d.toks[v].bits&cSpeechVerb == 0 {
			continue
		}
		if v == i {
			// "said Varelas", "said Nikos Varelas, a coast guard spokesman"
			s, st, ok := d.speakerIn(v+1, end, false)
			return s, st, ok
		}
		return d.speakerIn(i, v, false)
	}
	return "", "", false
}

// attributeBefore reads the speaker from the sentence before a quotation:
// "Varelas said: “…”", "Lavrov described the meeting as “very useful.”"
func (d *doc) attributeBefore(q *quoteSpan) (string, string, bool) {
	open := d.tokenAt(q.open)
	if open >= len(d.toks) {
		return "", "", false
	}
	s := d.sents[d.sentOf(open)]
	verb := d.word(open-1) == ":" // "Fire Chief Karen Holt: “…”"
	for t := s.t0; t < open; t++ {
		if !d.toks[t].inQuote() && d.toks[t].bits&cSpeechVerb != 0 {
			verb = true
		}
	}
	if !verb {
		return "", "", false
	}
	if sp, st, ok := d.officeSpeaker(s.t0, open); ok {
		return sp, st, true
	}
	var org *mention
	for t := s.t0; t < open; t++ {
		mi := d.byTok[t]
		if mi == 0 {
			continue
		}
		m := &d.mentions[mi-1]
		if m.inQuote || m.prep || m.inRole {
			continue
		}
		switch m.typ {
		case mPerson, mPronoun, mRoleOnly:
			return d.resolveSpeaker(m), d.speakerText(m), true
		case mOrg:
			if org == nil {
				org = m
			}
		}
	}
	if org != nil {
		return org.key, org.name, true
	}
	// A group ("Protesters chanted …", "One worker … said").
	for t := s.t0; t < open; t++ {
		if d.toks[t].bits&cGroupSpeaker != 0 && !d.toks[t].inQuote() {
			return "", d.text(t, t+1), true
		}
	}
	// "Chanting “…,” the demonstrators …": the group after the quote.
	for t := d.tokenAt(q.inner.End); t < s.t1 && t < d.tokenAt(q.inner.End)+6; t++ {
		if d.toks[t].bits&cGroupSpeaker != 0 && !d.toks[t].inQuote() {
			return "", d.text(t, t+1), true
		}
	}
	return "", "", false
}

func isQuoteMark(w string) bool {
	return w == "“" || w == "”" || w == "\"" || w == "‘" || w == "’"
}

var groupSpeakers = wordSet(`protesters demonstrators organizers organisers crowd crowds
officials residents witnesses survivors activists supporters critics analysts sources
worker workers resident witness survivor passenger passengers signs banners placards
employee employees source`)

// speakerIn finds the speaker named in tokens [i, end).
func (d *doc) speakerIn(i, end int, according bool) (string, string, bool) {
	if sp, st, ok := d.officeSpeaker(i, end); ok {
		return sp, st, true
	}
	return d.speakerMention(i, end, according)
}

// officeSpeaker reads "the prime minister's office" in tokens [i, end):
// the speaker is the person holding the role, else the office.
func (d *doc) officeSpeaker(i, end int) (string, string, bool) {
	for t := i; t < end; t++ {
		if d.word(t) == "office" && t >= 2 && isPossessive(d.word(t-1)) {
			r0 := t - 2
			for r0 > i && d.toks[r0-1].kind() == tWord && d.word(r0-1) != "the" && d.word(r0-1) != "from" && d.word(r0-1) != "by" {
				r0--
			}
			roleText := d.text(r0, t-1)
			st := d.text(r0, t+1)
			if d.word(r0-1) == "the" {
				st = d.text(r0-1, t+1)
			}
			if mi := d.byTok[t-2]; mi > 0 && d.mentions[mi-1].typ == mPerson {
				return d.mentions[mi-1].key, st, true
			}
			return d.personByRole(roleText, int(d.toks[i].start)), st, true
		}
	}
	return "", "", false
}

// speakerMention finds the first person (else organization) named in
// tokens [i, end).
func (d *doc) speakerMention(i, end int, according bool) (string, string, bool) {
	for t := i; t < end; t++ {
		mi := d.byTok[t]
		if mi == 0 {
			if !according && d.toks[t].bits&cGroupSpeaker != 0 && !d.roleOfNamed(t) {
				return "", d.text(t, t+1), true
			}
			continue
		}
		m := &d.mentions[mi-1]
		if m.inRole {
			continue
		}
		switch m.typ {
		case mPerson, mPronoun, mRoleOnly:
			return d.resolveSpeaker(m), d.speakerText(m), true
		case mOrg, mCountry:
			return m.key, m.name, true
		case mUnknown:
			if m.key != "" {
				return m.key, m.name, true
			}
		}
	}
	return "", "", false
}

// roleOfNamed reports whether token t ends the role of the person named
// after a comma ("a witness, Ama Owusu"): the person speaks, not a group.
func (d *doc) roleOfNamed(t int) bool {
	if d.word(t+1) != "," || t+2 >= len(d.toks) {
		return false
	}
	mi := d.byTok[t+2]
	if mi == 0 {
		return false
	}
	m := &d.mentions[mi-1]
	return m.typ == mPerson && int(m.r0) <= t && int(m.r1) == t+1
}

// speakerText is how the text names a speaker: the name with its role.
func (d *doc) speakerText(m *mention) string {
	if m.r0 < m.r1 && int(m.r1) <= m.t0 {
		return d.text(int(m.r0), m.t1)
	}
	return m.name
}

// resolveSpeaker gives the canonical key of a person, pronoun or role-only
// mention.
func (d *doc) resolveSpeaker(m *mention) string {
	if m.typ == mPronoun {
		return d.resolvePronoun(m)
	}
	return m.key
}

// resolvePronoun resolves "he" or "she" to the last person in subject
// position before it whose gender does not conflict.
func (d *doc) resolvePronoun(p *mention) string {
	at := int(d.toks[p.t0].start)
	// The subjects are in text order: start at the last one before the
	// pronoun.
	n := sort.Search(len(d.subjects), func(i int) bool { return int(d.toks[d.mentions[d.subjects[i]].t0].start) >= at })
	for i := n - 1; i >= 0; i-- {
		m := &d.mentions[d.subjects[i]]
		if int(d.toks[m.t0].start) >= at {
			continue
		}
		if m.key == "" {
			continue
		}
		if m.gender != "" && m.gender != p.gender {
			continue
		}
		return m.key
	}
	return ""
}

// personByRole finds the person of the article with the role (normalized),
// nearest before offset off, else anywhere in it.
func (d *doc) personByRole(roleText string, off int) string {
	norm := normalizeRoleText(roleText, d)
	best := ""
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != mPerson || m.roleNorm != norm || m.key == "" {
			continue
		}
		if best == "" || int(d.toks[m.t0].start) < off {
			best = m.key
		}
	}
	if best == "" {
		best = d.runRoles[norm]
	}
	return best
}
