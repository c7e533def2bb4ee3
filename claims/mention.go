package claims

import (
	"slices"
	"strings"

	"github.com/factline/factline/claims/gazetteer"
	"github.com/factline/factline/claims/role"
)

// mType is the type of a mention.
type mType uint8

const (
	mUnknown  mType = iota // a capitalized word that may be a surname
	mPerson                // a person's name
	mOrg                   // an organization
	mCountry               // a country by name
	mDemonym               // a country by its adjective ("Russian")
	mPlace                 // a city, region or landmark
	mPronoun               // he, she
	mRoleOnly              // a person named only by role ("Russia's deputy foreign minister")
)

// mention is a name (or pronoun, or role) in the text.
type mention struct {
	t0, t1 int // tokens of the name
	// r0 and r1 are the tokens of the role, r0 == r1 when none. They and
	// sent are int32, as token indexes fit (token offsets are int32):
	// every document's mentions are kept until its claims are made.
	r0, r1   int32
	name     string
	key      string // canonical key once resolved
	gender   string
	roleNorm string // the role (roleText) normalized, "" when none
	sent     int32
	typ      mType // next to the flags: no padding of its own
	inQuote  bool
	prep     bool // governed by a preposition
	inRole   bool // part of another mention's role ("U.S." in "U.S. Secretary of State")
	full     bool // a person's full name (two or more words)
	// inGaz is set when the name is in the gazetteer: key is then its
	// gazetteer key until link makes it the canonical key.
	inGaz   bool
	initial bool // first word of its sentence
}

var honorifics = wordSet(`mr mrs ms miss dr sir dame lord lady prof rev`)

// orgWords mark an unknown capitalized phrase as an organization.
var orgWords = wordSet(`embassy ministry department agency council committee court bank
party union association group inc corp corporation company university news times post
assembly parliament office service guard force army navy police hospital institute
foundation commission authority airlines airways bureau network club federation
lines motors holdings industries technologies systems shipping ferries media partners
capital bancorp labs pharmaceuticals energy railways railway university college school
council`)

var nameConnectors = wordSet(`of bin al de van von la del da di le`)

// findMentions finds the names, pronouns and role-only mentions of every
// body sentence, and the roles given to people.
func (d *doc) findMentions() {
	var gazToks []*gazWord
	if d.scratch != nil {
		gazToks = d.scratch.gazToks
	}
	d.gazToks = grown(gazToks, len(d.toks))
	for si, s := range d.sents {
		if d.sentences[si].Heading {
			continue
		}
		d.sentenceMentions(si, s.t0, s.t1)
	}
	if sc := d.scratch; sc != nil {
		sc.gazToks = d.gazToks
		sc.mentions = d.mentions
		d.mentions = slices.Clone(d.mentions)
		clear(sc.mentions) // no strings kept alive
	}
	d.gazToks = nil
	d.indexMentions()
	for i := range d.mentions {
		d.assignRole(i)
	}
	d.byTok = nil // the scratch list is the next document's: made again for claims
	for i := range d.mentions {
		m := &d.mentions[i]
		m.inQuote = d.toks[m.t0].inQuote()
		b := m.t0
		if m.r0 < m.r1 && int(m.r0) < b {
			b = int(m.r0)
		}
		w := d.word(b - 1)
		m.prep = d.is(b-1, cPreposition)
		if (w == "and" || w == "or") && i > 0 {
			prev := &d.mentions[i-1]
			if prev.sent == m.sent && prev.t1 >= b-3 {
				m.prep = prev.prep
			}
		}
	}
}

// sentenceMentions finds the mentions in tokens [a, b) of sentence si.
func (d *doc) sentenceMentions(si, a, b int) {
	firstWord := a
	for firstWord < b && d.toks[firstWord].kind() != tWord {
		firstWord++
	}
	i := a
	for i < b {
		// Most tokens are marks or lower-case words that start nothing:
		// skipped in a loop of their own, reading only their bits (and,
		// at a mark before a lower-case word, whether the mark is a
		// possessive "'s").
		toks := d.toks[:b]
		for ; i < len(toks); i++ {
			bits := toks[i].bits
			if bits&(kindBits|tokCap|cPronoun) == 0 {
				continue // a lower-case word
			}
			if bits&kindBits == 0 {
				break // a capitalized word or a pronoun
			}
			// A mark or number. roleOnlyAt needs "<Country> 's" before a
			// lower-case word: checked here, as most words fail it. Only
			// punctuation tokens are "'s".
			if bits&kindBits == wordClass(tPunct)<<kindShift && i >= 1 && i+1 < len(toks) &&
				toks[i+1].bits&(kindBits|tokCap|cPronoun) == 0 && isPossessive(d.lower(&toks[i])) {
				i++
				break
			}
		}
		if i >= b {
			break
		}
		t := &d.toks[i]
		if t.bits&cPronoun != 0 {
			g := "m"
			if d.lower(t) == "she" {
				g = "f"
			}
			d.mentions = append(d.mentions, mention{typ: mPronoun, t0: i, t1: i + 1, r0: int32(i), r1: int32(i), name: d.a.Body[t.start:t.end], gender: g, sent: int32(si)})
			i++
			continue
		}
		if !t.cap() {
			// A word after a possessive "'s" (the loop above).
			if m, ok := d.roleOnlyAt(i, b, si); ok {
				d.mentions = append(d.mentions, m)
				i = m.t1
				continue
			}
			i++
			continue
		}
		j := i
		nameStart := i // past a capitalized "The" or "A"
		if t.bits&cNotName != 0 {
			nameStart++
		}
		for j < b {
			tj := &d.toks[j]
			if tj.kind() == tWord && tj.cap() {
				j++
				continue
			}
			if j > i && d.innerHyphen(j) && j+1 < b && d.toks[j+1].cap() && (j > nameStart+1 || d.gazWordAt(nameStart).isFirst) {
				// A double surname after a given name ("Kwame
				// Mensah-Bonsu") or a double first name ("Jean-Pierre");
				// "Trump-Putin summit" and "Russia-Ukraine war" name two.
				j += 2
				continue
			}
			if j > i && tj.bits&cNameConnector != 0 && j+1 < b && d.toks[j+1].cap() && d.toks[j+1].kind() == tWord {
				if d.gazWordAt(i).isFirst && d.lower(tj) == "of" {
					break // "Marcus Feld of Halden Securities"
				}
				j++
				continue
			}
			break
		}
		d.segment(si, i, j, i == firstWord)
		i = j
	}
}

// gazAt finds the longest gazetteer name starting at token k and ending
// before token j.
func (d *doc) gazAt(k, j int) (*gazetteer.Entry, int) {
	gw := d.gazWordAt(k)
	n := min(gw.starts, j-k)
	if n <= 0 {
		return nil, 0
	}
	if n == 1 {
		if gw.isEntry {
			return gw.entry, 1
		}
		return nil, 0
	}
	var buf [64]byte
	b := buf[:0]
	for l := n; l >= 1; l-- {
		b = b[:0]
		for t := k; t < k+l; t++ {
			if t > k {
				b = append(b, ' ')
			}
			b = append(b, d.gazWordAt(t).folded...) // folded once per token
		}
		if e, ok := d.g.LookupFoldedBytes(b); ok {
			return e, l
		}
	}
	return nil, 0
}

// folded returns token t folded for gazetteer lookups: its lower-case
// text when that is already plain, else folded (allocating).
func (d *doc) folded(t int) string {
	tk := &d.toks[t]
	if w := d.lower(tk); plainWord(w) {
		return w
	}
	return gazetteer.Fold(d.a.Body[int(tk.start):int(tk.end)])
}

// segment splits the capitalized run [i, j) into mentions.
func (d *doc) segment(si, i, j int, initial bool) {
	k := i
	for k < j {
		t := &d.toks[k]
		if t.bits&cNameConnector != 0 && !t.cap() || d.innerHyphen(k) {
			k++ // a hyphen between two names: "Russia-Ukraine"
			continue
		}
		if e, l := d.gazAt(k, j); e != nil {
			m := mention{t0: k, t1: k + l, r0: int32(k), r1: int32(k), name: d.text(k, k+l), key: e.Key, inGaz: e.Key != "", sent: int32(si), initial: k == i && initial}
			switch e.Type {
			case gazetteer.Person:
				m.typ, m.full, m.gender = mPerson, true, e.Gender
			case gazetteer.Organization:
				m.typ = mOrg
			case gazetteer.Country:
				m.typ = mCountry
			default:
				m.typ = mPlace
			}
			// "The" opening a gazetteer name is not part of it.
			d.mentions = append(d.mentions, m)
			k += l
			continue
		}
		if gw := d.gazWordAt(k); gw.isDemonym {
			key := gw.demonym
			d.mentions = append(d.mentions, mention{typ: mDemonym, t0: k, t1: k + 1, r0: int32(k), r1: int32(k), name: d.a.Body[t.start:t.end], key: key, sent: int32(si)})
			k++
			continue
		}
		if t.bits&cHonorific != 0 || (t.bits&cRoleWord != 0 && !(k == i && initial && t.bits&cRoleHead == 0 && k+1 < j && d.toks[k+1].bits&cRoleWord == 0)) {
			k++
			continue
		}
		m := k + 1
		for m < j {
			tm := &d.toks[m]
			if tm.bits&cRoleWord != 0 && tm.bits&cNameConnector == 0 && !(tm.cap() && tm.bits&cRoleSurname != 0) {
				break
			}
			if d.gazWordAt(m).isDemonym {
				break
			}
			if e, _ := d.gazAt(m, j); e != nil {
				break
			}
			m++
		}
		for m > k+1 && d.toks[m-1].bits&cNameConnector != 0 {
			m--
		}
		d.classifyName(si, k, m, k == i && initial)
		k = m
	}
}

// innerHyphen reports whether token k is a hyphen joining the words
// before and after it with no space: "Mensah-Bonsu".
func (d *doc) innerHyphen(k int) bool {
	if k < 1 || k+1 >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	return t.kind() == tPunct && t.end == t.start+1 && d.a.Body[t.start] == '-' &&
		d.toks[k-1].kind() == tWord && d.toks[k-1].end == t.start && d.toks[k+1].kind() == tWord && d.toks[k+1].start == t.end
}

// plainWord reports whether a lower-case token is already folded: ASCII
// letters, digits and inner apostrophes only.
func plainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'') {
			return false
		}
	}
	return s != ""
}

// agentSuffix reports whether a word looks like a noun for a person's
// occupation or state ("survivor", "farmer", "activist", "resident").
func agentSuffix(w string) bool {
	for _, suf := range []string{"or", "er", "ist", "ian", "ent", "ant"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// notNames are capitalized words that never name a person.
var notNames = wordSet(`monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december however
meanwhile notably furthermore moreover meanwhile speaking following according during after
before while although though the this that these those it he she they we you i our their`)

// classifyName decides what the unknown capitalized words [k, m) name.
func (d *doc) classifyName(si, k, m int, initial bool) {
	if d.toks[k].bits&cNotName != 0 {
		if m-k == 1 {
			return
		}
		k++
	}
	// "Survivor Ayse Demir": a describing noun opening the sentence.
	if initial && m-k == 3 && agentSuffix(d.lower(&d.toks[k])) {
		k++
		initial = false
	}
	mt := mention{typ: mUnknown, t0: k, t1: m, r0: int32(k), r1: int32(k), name: d.text(k, m), sent: int32(si), initial: initial}
	n := m - k
	for t := k + 1; t < m; t++ {
		if d.innerHyphen(t) {
			n -= 2 // "Mensah-Bonsu" is one surname of three tokens
		}
	}
	gw := d.gazWordAt(k)
	g, first := gw.gender, gw.isFirst
	orgish := false
	for t := k; t < m; t++ {
		if d.toks[t].bits&cOrgWord != 0 {
			orgish = true
		}
	}
	switch {
	case orgish && n >= 2:
		mt.typ = mOrg
		mt.key = gazetteer.Key(mt.name)
	case first && n >= 2 && n <= 4:
		mt.typ, mt.full, mt.gender = mPerson, true, g
	case first && n == 1 && !initial:
		mt.typ, mt.gender = mPerson, g
	case n >= 2 && n <= 3 && !initial && d.personContext(k, m):
		mt.typ, mt.full = mPerson, true
	case locativeBefore(d, k) && !initial:
		// "near Porto Vello", "in Chora": an unknown place.
		mt.typ = mPlace
		mt.key = gazetteer.Key(mt.name)
	case n == 1:
		mt.typ = mUnknown
	case n >= 2 && n <= 3 && initial && d.personContext(k, m):
		// A sentence's first words: personContext is asked after the
		// place test skipped them (elsewhere the case above has asked).
		mt.typ, mt.full = mPerson, true
	default:
		return
	}
	d.mentions = append(d.mentions, mt)
}

// locativeBefore reports whether a place preposition stands right before
// token k (or before "the" there).
func locativeBefore(d *doc, k int) bool {
	w := d.word(k - 1)
	if w == "the" {
		w = d.word(k - 2)
	}
	if w == "of" && placeNouns.has(d.word(k-2)) {
		return true // "the Greek island of Andros"
	}
	return w == "in" || w == "near" || w == "off" || w == "outside" || w == "across"
}

// personContext reports whether the words [k, m) stand where a person's
// name does: after a role word, before an appositive role, or before a
// speech verb.
func (d *doc) personContext(k, m int) bool {
	if d.is(k-1, cRoleHead) {
		return true
	}
	if d.is(k-1, cHonorific) || d.word(k-1) == "." && d.is(k-2, cHonorific) {
		return true // "Dr. Amit Rao", "Mr Carter"
	}
	if d.is(m, cSpeechVerb) || d.is(k-1, cSpeechVerb) {
		return true
	}
	// "a spokeswoman, Tammy Bruce, said"
	if d.word(k-1) == "," && k >= 2 && d.is(k-2, cRoleHead) && d.word(m) == "," {
		return true
	}
	if d.word(m) == "," && d.is(m+1, cSpeechVerb) {
		return true
	}
	// "said a witness, Ama Owusu."
	if _, _, ok := d.roleBeforeComma(k, m); ok {
		return true
	}
	// "Ayse Demir, 63, said": an age.
	if d.word(m) == "," && m+2 < len(d.toks) && d.toks[m+1].kind() == tNum && d.word(m+2) == "," {
		return true
	}
	if d.word(m) == "," {
		if _, _, ok := d.appositiveRole(m); ok {
			return true
		}
	}
	return false
}

// roleOnlyAt finds a person named only by role at token i: "Russia's
// deputy foreign minister" (a country's possessive, then a role), when no
// name follows.
func (d *doc) roleOnlyAt(i, b, si int) (mention, bool) {
	// i is a lower-case word; the role must follow "<Country> 's".
	if i < 2 || !isPossessive(d.lower(&d.toks[i-1])) {
		return mention{}, false
	}
	appositive := d.word(i-3) == "," && len(d.mentions) >= 2 && d.mentions[len(d.mentions)-2].typ == mPerson && d.mentions[len(d.mentions)-2].t1 == i-3
	if d.byTokCountry(i - 2) {
		j := i
		for j < b && d.toks[j].bits&cRoleWord != 0 && !d.toks[j].cap() {
			j++
		}
		if j == i || d.toks[j-1].bits&cRoleHead == 0 || strings.HasSuffix(d.lower(&d.toks[j-1]), "s") && d.lower(&d.toks[j-1]) != "boss" {
			return mention{}, false
		}
		if j < b && d.toks[j].cap() && d.toks[j].kind() == tWord {
			return mention{}, false // a name follows: the role belongs to it
		}
		if appositive && d.word(j) == "," {
			return mention{}, false // "Sergei Ryabkov, Russia's deputy foreign minister, said"
		}
		return mention{typ: mRoleOnly, t0: i - 2, t1: j, r0: int32(i), r1: int32(j), name: d.text(i-2, j), sent: int32(si)}, true
	}
	return mention{}, false
}

// roleText is the text of mention m's role ("Deputy Foreign Minister"),
// its tokens [r0, r1); "" when it has none.
func (d *doc) roleText(m *mention) string { return d.text(int(m.r0), int(m.r1)) }

// byTokCountry reports whether token t is (the end of) a country name.
func (d *doc) byTokCountry(t int) bool {
	if t < 0 || d.toks[t].kind() != tWord {
		return false
	}
	for i := len(d.mentions) - 1; i >= 0 && i >= len(d.mentions)-3; i-- {
		m := &d.mentions[i]
		if m.t1 == t+1 && (m.typ == mCountry || m.typ == mOrg || m.typ == mPlace) {
			return true
		}
	}
	return false
}

// assignRole gives person mention i the role before it ("Deputy Foreign
// Minister Sergei Ryabkov") or after it ("Nikos Varelas, a coast guard
// spokesman").
func (d *doc) assignRole(i int) {
	m := &d.mentions[i]
	if m.typ == mRoleOnly {
		m.roleNorm = normalizeRoleText(d.roleText(m), d)
		return
	}
	if m.typ != mPerson && m.typ != mUnknown {
		return
	}
	// Before: walk back over role words, nationalities and organizations.
	k := m.t0
	head, trade := false, false
	for k > 0 {
		t := &d.toks[k-1]
		if d.sentOf(k-1) != int(m.sent) {
			break
		}
		w := d.lower(t)
		if t.bits&(cRoleWord|cHonorific) != 0 && !(w == "of" && (!head && !d.is(k-2, cRoleHead) || d.is(k-2, cRoleOccupation))) {
			if t.bits&cRoleHead != 0 {
				head = true
				// A trade names the person only right before the name
				// ("driver Kofi Boateng", not "Volunteer Fire Department").
				trade = trade || k != m.t0 && t.bits&cRoleOccupation != 0
			}
			k--
			continue
		}
		if w == "-" && d.word(k-2) == "then" {
			k -= 2
			continue
		}
		if w == "." && k >= 2 && d.is(k-2, cHonorific) {
			k--
			continue
		}
		if isPossessive(w) && head && k >= 2 {
			// "Russia's Deputy Foreign Minister": the owner is part of the role.
			if mi := d.byTok[k-2]; mi > 0 {
				if o := &d.mentions[mi-1]; o.typ == mCountry || o.typ == mOrg {
					k = o.t0
				}
			}
			break
		}
		if mi := d.byTok[k-1]; mi > 0 {
			o := &d.mentions[mi-1]
			if o.typ == mCountry || o.typ == mDemonym || o.typ == mOrg || o.typ == mPlace {
				k = o.t0
				continue
			}
		}
		break
	}
	// Trim leading words that are not part of a role.
	for k < m.t0 {
		t := &d.toks[k]
		if d.lower(t) == "the" || d.lower(t) == "a" || d.lower(t) == "an" || d.lower(t) == "of" || d.lower(t) == "and" {
			k++
			continue
		}
		break
	}
	if head && k < m.t0 {
		// The role must end right before the name with a role word or
		// honorific, and name one person ("officials said Sunday" does not).
		last := d.toks[m.t0-1]
		if last.bits&(cRoleWord|cHonorific) != 0 && !pluralRole(d.lower(&last)) && d.toks[m.t0].bits&cNotName == 0 && !(trade && last.bits&cRoleHead == 0) {
			m.r0, m.r1 = int32(k), int32(m.t0)
			if m.typ == mUnknown {
				m.typ = mPerson
			}
		}
	}
	if m.r0 == m.r1 && d.word(m.t1) == "," {
		if r0, r1, ok := d.appositiveRole(m.t1); ok {
			m.r0, m.r1 = int32(r0), int32(r1)
			if m.typ == mUnknown {
				m.typ = mPerson
			}
			// "Sergey Ryabkov, Russia's deputy foreign minister": the owner
			// belongs to the role.
			if isPossessive(d.word(r0-1)) && r0 >= 2 {
				if mi := d.byTok[r0-2]; mi > 0 {
					d.mentions[mi-1].inRole = true
				}
			}
		}
	}
	if m.r0 == m.r1 {
		// "said a witness, Ama Owusu." or "a spokeswoman, Tammy Bruce, said"
		if r0, r1, ok := d.roleBeforeComma(m.t0, m.t1); ok {
			m.r0, m.r1 = int32(r0), int32(r1)
			if m.typ == mUnknown {
				m.typ = mPerson
			}
		}
	}
	if m.r0 < m.r1 {
		m.roleNorm = normalizeRoleText(d.roleText(m), d)
		if m.roleNorm == "" {
			m.r0, m.r1 = int32(m.t0), int32(m.t0)
			return
		}
		for t := int(m.r0); t < int(m.r1); t++ {
			if mi := d.byTok[t]; mi > 0 {
				d.mentions[mi-1].inRole = true
			}
		}
	}
}

// roleBeforeComma reads a role set off by a comma before the name on
// tokens [t0, t1): "a local fisherman, Kofi Boateng, said". The role starts
// with "a", "an" or "the" and the name ends at a comma, the sentence's
// period or a speech verb. It returns the role's tokens.
func (d *doc) roleBeforeComma(t0, t1 int) (int, int, bool) {
	c := t0 - 1
	if d.word(c) != "," || c < 2 || d.sentOf(c-1) != d.sentOf(t0) || !d.is(c-1, cRoleHead) || pluralRole(d.word(c-1)) {
		return 0, 0, false
	}
	switch w := d.word(t1); {
	case w == ".":
		// The period ends the sentence, after a full name ("a police
		// spokeswoman, Sgt. Maria Alvarez" has an abbreviation).
		if t1-t0 < 2 || t1+1 < len(d.toks) && d.sentOf(t1+1) == d.sentOf(t0) {
			return 0, 0, false
		}
	case w != "," && !d.is(t1, cSpeechVerb):
		return 0, 0, false
	}
	r0 := c - 1
	for r0 > 0 && r0 > c-5 && !d.toks[r0-1].cap() && d.is(r0-1, cRoleWord) && d.sentOf(r0-1) == d.sentOf(t0) {
		r0--
	}
	if w := d.word(r0 - 1); w != "a" && w != "an" && w != "the" {
		return 0, 0, false
	}
	return r0, c, true
}

// pluralRole reports whether a role word names several people.
func pluralRole(w string) bool {
	return strings.HasSuffix(w, "s") && w != "boss" && role.IsHead(strings.TrimSuffix(w, "s"))
}

// appositiveRole reads ", a coast guard spokesman" or ", the company's
// chief executive" at token c (the comma) and returns the role's tokens.
func (d *doc) appositiveRole(c int) (int, int, bool) {
	k := c + 1
	switch d.word(k) {
	case "a", "an", "the", "his", "her", "its", "their":
		k++
	}
	// "Russia's", "the company's"
	if isPossessive(d.word(k+1)) && d.toks[k].kind() == tWord {
		k += 2
	}
	start := k
	headAt := -1
	for k < len(d.toks) && k < start+6 {
		t := &d.toks[k]
		if t.kind() != tWord {
			break
		}
		if t.bits&cRoleHead != 0 {
			headAt = k
		} else if t.bits&cRoleModifier == 0 && !t.cap() {
			break
		}
		k++
	}
	if headAt < 0 {
		return 0, 0, false
	}
	end := headAt + 1
	if w := d.word(end); w != "," && w != "." && w != ";" && w != "said" && w != "says" && w != "told" && w != "who" && w != "”" && w != "\"" && w != "of" && w != "at" && w != "for" {
		return 0, 0, false
	}
	return start, end, true
}

// isNationality reports whether a word of a role names a country or its
// people ("Russian", "U.S.").
func (d *doc) isNationality(w string) bool {
	if _, ok := d.g.Demonym(w); ok {
		return true
	}
	if e, ok := d.g.Lookup(w); ok && (e.Type == gazetteer.Country) {
		return true
	}
	return false
}
