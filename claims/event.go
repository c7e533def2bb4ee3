package claims

import (
	"slices"
	"sort"
	"strings"

	"github.com/factline/factline/timeline/timex"
)

// trigger is one word or phrase that names an event.
type trigger struct {
	class string
	noun  bool
	words int // tokens the trigger covers
}

// singleTriggers are one-word triggers: class and whether a noun.
var singleTriggers = map[string]trigger{
	"meet": {"meeting", false, 1}, "meets": {"meeting", false, 1}, "met": {"meeting", false, 1},
	"meeting": {"meeting", true, 1}, "meetings": {"meeting", true, 1}, "talks": {"meeting", true, 1},
	"summit": {"meeting", true, 1}, "discussions": {"meeting", true, 1},
	"convene": {"meeting", false, 1}, "convened": {"meeting", false, 1},
	"visit": {"visit", false, 1}, "visits": {"visit", false, 1}, "visited": {"visit", false, 1},
	"visiting": {"visit", false, 1}, "trip": {"visit", true, 1}, "travel": {"visit", false, 1},
	"traveled": {"visit", false, 1}, "travelled": {"visit", false, 1},
	"interview": {"interview", true, 1}, "interviewed": {"interview", false, 1},
	"protest": {"protest", true, 1}, "protests": {"protest", true, 1}, "protested": {"protest", false, 1},
	"marched": {"protest", false, 1}, "rally": {"protest", true, 1}, "rallies": {"protest", true, 1},
	"rallied": {"protest", false, 1}, "demonstration": {"protest", true, 1}, "demonstrations": {"protest", true, 1},
	"gathered": {"protest", false, 1}, "march": {"protest", true, 1},
	"invasion": {"invasion", true, 1}, "invaded": {"invasion", false, 1}, "invade": {"invasion", false, 1},
	"vote": {"vote", false, 1}, "votes": {"vote", true, 1}, "voted": {"vote", false, 1}, "referendum": {"vote", true, 1},
	"capsized": {"capsize", false, 1}, "capsizes": {"capsize", false, 1}, "overturned": {"capsize", false, 1},
	"capsizing": {"capsize", true, 1}, "sank": {"capsize", false, 1}, "shipwreck": {"capsize", true, 1},
	"reopened": {"reopening", false, 1}, "reopen": {"reopening", false, 1}, "reopens": {"reopening", false, 1},
	"reopening": {"reopening", true, 1},
	"announced": {"statement", false, 1}, "announces": {"statement", false, 1}, "announcement": {"statement", true, 1},
	"remarks": {"statement", true, 1}, "statement": {"statement", true, 1}, "briefing": {"statement", true, 1},
	"cut": {"cut", false, 1}, "cuts": {"cut", true, 1}, "slashed": {"cut", false, 1}, "layoffs": {"cut", true, 1},
	"fell": {"fall", false, 1}, "dropped": {"fall", false, 1}, "plunged": {"fall", false, 1},
	"tumbled": {"fall", false, 1}, "slumped": {"fall", false, 1},
	"rose": {"rise", false, 1}, "climbed": {"rise", false, 1}, "jumped": {"rise", false, 1},
	"resigned": {"resignation", false, 1}, "resignation": {"resignation", true, 1},
	"elected": {"election", false, 1}, "election": {"election", true, 1},
	"arrested": {"arrest", false, 1}, "arrest": {"arrest", true, 1},
	"inspected": {"inspection", false, 1}, "inspection": {"inspection", true, 1},
	"hearing": {"hearing", true, 1}, "trial": {"hearing", true, 1},
	"close": {"closure", false, 1}, "closes": {"closure", false, 1}, "closed": {"closure", false, 1},
	"closure": {"closure", true, 1}, "shut": {"closure", false, 1}, "shutdown": {"closure", true, 1},
	"fall": {"fall", false, 1}, "falls": {"fall", false, 1},
}

// triggerStarts holds every word that can start a trigger.
var triggerStarts = func() map[string]bool {
	m := wordSet(`told press news phone telephone video spoke speaks talked crossed cross
made makes struck hit hits strikes according said says stated call`)
	for w := range singleTriggers {
		m[w] = true
	}
	return m
}()

// phraseTrigger matches multi-word triggers at token i.
func (d *doc) phraseTrigger(i int) (trigger, bool) {
	w, w1, w2 := d.word(i), d.word(i+1), d.word(i+2)
	switch {
	case w == "told" && w1 == "reporters":
		return trigger{"statement", false, 2}, true
	case (w == "press" || w == "news") && (w1 == "conference" || w1 == "briefing"):
		return trigger{"statement", true, 2}, true
	case (w == "phone" || w == "telephone" || w == "video") && (w1 == "call" || w1 == "conversation"):
		return trigger{"call", true, 2}, true
	case (w == "spoke" || w == "speaks" || w == "talked") && (w1 == "to" || w1 == "with") || (w == "spoke" && w1 == "by" && w2 == "phone"):
		return trigger{"call", false, 1}, true
	case (w == "crossed" || w == "cross") && w1 == "the" && w2 == "border":
		return trigger{"invasion", false, 3}, true
	case (w == "made" || w == "makes") && w1 == "landfall":
		return trigger{"landfall", false, 2}, true
	case (w == "struck" || w == "hit" || w == "hits" || w == "strikes") && hazardSubject(d, i) != "":
		return trigger{hazardSubject(d, i), false, 1}, true
	case w == "according" && w1 == "to":
		return trigger{"statement", false, 2}, true
	case w == "said" || w == "says" || w == "stated":
		return trigger{"statement", false, 1}, true
	case w == "call" && w1 != "for" && w1 != "to" && (w1 == "with" || w1 == "on" || d.word(i-1) == "phone" || d.word(i-1) == "a" || d.word(i-1) == "the" || d.word(i-1) == "conference" || d.word(i-1) == "earnings"):
		return trigger{"call", true, 1}, true
	}
	return trigger{}, false
}

// evMention is an event being built from one trigger.
type evMention struct {
	t0, t1       int
	trig         trigger
	participants []string
	place        string
	modality     Modality
	negated      bool
	theme        string
	timex        int // index into d.timexes, -1 for none
	inferred     bool
	sent         int
}

// eventClaims finds the events of every body sentence.
func (d *doc) eventClaims() {
	used := make([]bool, len(d.timexes))
	var all, evs, kept []evMention
	if d.scratch != nil {
		all, evs, kept = d.scratch.events[:0], d.scratch.sentEvents[:0], d.scratch.kept[:0]
	}
	for si, s := range d.sents {
		if d.sentences[si].Heading {
			continue
		}
		evs = evs[:0]
		// The tokens up to the sentence's end in a local slice: the
		// loop's reads need no bounds checks and no reload of d.toks.
		toks := d.toks[:s.t1]
		for i := s.t0; i < len(toks); i++ {
			// Only words carry list bits: the kind needs no test.
			if toks[i].bits&cTrigger == 0 || toks[i].inQuote() {
				continue
			}
			tr, ok := d.phraseTrigger(i)
			if !ok && d.toks[i].bits&cSingleTrigger != 0 {
				tr, ok = singleTriggers[d.lower(&d.toks[i])]
			}
			if !ok {
				continue
			}
			if skipTrigger(d, i, tr) {
				continue
			}
			e := evMention{t0: i, t1: i + tr.words, trig: tr, timex: -1, sent: si}
			evs = append(evs, e)
			i += tr.words - 1
		}
		d.assignTimes(s, evs, used)
		kept = kept[:0]
		for k := range evs {
			e := &evs[k]
			// Speech is an event only when dated or announced.
			if e.trig.class == "statement" && e.timex < 0 && !strings.HasPrefix(d.word(e.t0), "announc") && d.word(e.t0) != "told" && !e.trig.noun {
				continue
			}
			if e.trig.class == "statement" && (d.word(e.t0) == "said" || d.word(e.t0) == "says" || d.word(e.t0) == "stated") && e.timex >= 0 && (d.timexTok[e.timex][0] > e.t1+1 || d.timexTok[e.timex][0] < e.t1) {
				used[e.timex] = false
				continue
			}
			// "Divers recovered two bodies on Monday, Varelas told
			// reporters": a time before a statement is its own only when
			// it leads the sentence ("Later that day, Trump told …").
			if e.trig.class == "statement" && e.timex >= 0 && d.timexTok[e.timex][0] < e.t0 && d.timexTok[e.timex][0] > s.t0+2 {
				used[e.timex] = false
				e.timex = -1
			}
			d.fillEvent(e, s)
			kept = append(kept, *e)
		}
		all = d.mergeSameSentence(all, kept)
	}
	// A happened event without a time of its own takes the undated-for
	// time of the sentence just before it ("On Friday, Trump …. During a
	// radio interview …").
	for k := range all {
		e := &all[k]
		if e.timex >= 0 || e.modality != Happened || e.sent == 0 {
			continue
		}
		prev := e.sent - 1
		if len(d.sentTimexes(e.sent)) > 0 {
			continue // "visited the island on Tuesday and met survivors"
		}
		for _, ti := range d.sentTimexes(prev) {
			if used[ti] || !d.timexUsable(ti) || vagueTime(d.timexes[ti]) {
				continue
			}
			e.timex, e.inferred = ti, true
		}
	}
	for k := range all {
		e := &all[k]
		if len(e.participants) == 0 && e.place == "" && (e.timex < 0 || e.inferred || vagueTime(d.timexes[e.timex])) {
			continue
		}
		ev := d.sc().evs.new()
		*ev = Event{
			Trigger:      d.text(e.t0, e.t1),
			Class:        e.trig.class,
			Participants: e.participants,
			Place:        e.place,
			Modality:     e.modality,
			Negated:      e.negated,
			Theme:        e.theme,
		}
		if e.place != "" {
			ev.PlaceWithin = d.g.Within(e.place)
		}
		value := ev.Class
		if e.timex >= 0 {
			// The expression itself, in the document's list, which the
			// run's Set keeps too (Timexes): not a copy.
			tx := &d.timexes[e.timex]
			ev.Time = tx
			ev.TimeInferred = e.inferred
			value = tx.Value
		}
		d.claims = append(d.claims, Claim{
			Kind:     KindEvent,
			Evidence: d.evidence(int(d.toks[e.t0].start), int(d.toks[e.t1-1].end)),
			Value:    value,
			Event:    ev,
		})
	}
	if d.scratch != nil {
		clear(all)
		clear(evs)
		clear(kept)
		d.scratch.events, d.scratch.sentEvents, d.scratch.kept = all[:0], evs[:0], kept[:0]
	}
}

// skipTrigger rules out trigger words that do not name an event here.
func skipTrigger(d *doc, i int, tr trigger) bool {
	w, prev, next := d.word(i), d.word(i-1), d.word(i+1)
	switch {
	case w == "talks" && (prev == "peace" || next == "to" || next == "about"):
		return true
	case w == "meet" && prev == "to" && d.hasTriggerBefore(i, "visit"):
		return true // "plans to visit Moscow to meet with Putin"
	case w == "cut" && (prev == "to" || next == "off" || next == "short"):
		return prev != "to"
	case w == "march" && d.toks[i].cap():
		return true // the month
	case w == "vote" && (prev == "to" && d.word(i-2) == "right"):
		return true
	case tr.class == "fall" || tr.class == "rise":
		// Movements of markets are events; of other things, quantities.
		return !marketSubject(d, i)
	case w == "close" && next == "to" && (prev == "," || prev == "" || d.toks[max(i-1, 0)].kind() == tNum || prev == "is" || prev == "was" || prev == "came"):
		return true // "close to its pre-war average"
	case tr.class == "closure" && (w == "closed" || w == "close") && (next == "at" || next == "down" || next == "up" || d.toks[min(i+1, len(d.toks)-1)].kind() == tNum || marketSubject(d, i)):
		return true // "the index closed 1.2% lower"
	case w == "closing" || (w == "closed" && (prev == "was" || prev == "is" || prev == "were" || prev == "remained")):
		return w == "closing" // a state, not the event
	case w == "statement" && (d.word(i-2) == "according" || d.word(i-3) == "according"):
		return true // "according to a statement from": the "according to" carries it
	}
	return false
}

// hazardSubject names the class of a natural hazard that is the subject of
// the verb at i ("Storm Mara struck", "the earthquake hit"), or "".
func hazardSubject(d *doc, i int) string {
	s := d.sents[d.sentOf(i)]
	for k := i - 1; k >= s.t0 && k >= i-4; k-- {
		switch d.word(k) {
		case "storm", "hurricane", "typhoon", "cyclone", "tornado":
			return "landfall"
		case "earthquake", "quake", "tremor":
			return "earthquake"
		}
	}
	return ""
}

// marketSubject reports whether the verb at i has shares, stocks, an index
// or prices as its subject.
func marketSubject(d *doc, i int) bool {
	s := d.sents[d.sentOf(i)]
	for k := i - 1; k >= s.t0 && k >= i-4; k-- {
		switch d.word(k) {
		case "shares", "stocks", "stock", "index", "markets", "market", "prices", "futures", "bonds", "yields":
			return true
		}
	}
	return false
}

// hasTriggerBefore reports whether a trigger of class appears earlier in
// token i's sentence.
func (d *doc) hasTriggerBefore(i int, class string) bool {
	s := d.sents[d.sentOf(i)]
	for k := s.t0; k < i; k++ {
		if d.toks[k].bits&cSingleTrigger != 0 && singleTriggers[d.lower(&d.toks[k])].class == class {
			return true
		}
	}
	return false
}

// datable reports whether a temporal expression can date an event.
func datable(tx timex.Expr) bool {
	switch tx.Type {
	case timex.Date, timex.Time:
		return tx.Value != ""
	case timex.Duration:
		return tx.Interval != nil
	}
	return false
}

// sentTimexes returns the indexes of the temporal expressions that start
// in sentence si, in text order.
func (d *doc) sentTimexes(si int) []int {
	if si < 0 || si >= len(d.sents) {
		return nil
	}
	if d.bySent == nil {
		// The lists share one array, cut at capacity: count, then fill.
		// The lists of the run's documents reuse one set of arrays.
		sc := d.sc()
		d.bySent = grown(sc.bySent, len(d.sents))
		ends := grown(sc.ends, len(d.sents))
		n := 0
		for _, r := range d.timexTok {
			if r[0] < len(d.toks) {
				ends[d.sentOf(r[0])]++
				n++
			}
		}
		all := grown(sc.all, n)
		sc.bySent, sc.ends, sc.all = d.bySent, ends, all
		at := 0
		for s, c := range ends {
			at += c
			ends[s] = at - c // start of sentence s, moved to its end below
		}
		for ti, r := range d.timexTok {
			if r[0] < len(d.toks) {
				s := d.sentOf(r[0])
				all[ends[s]] = ti
				ends[s]++
			}
		}
		start := 0
		for s, end := range ends {
			if end > start {
				d.bySent[s] = all[start:end:end]
			}
			start = end
		}
	}
	return d.bySent[si]
}

// timexUsable reports whether temporal expression ti can date an event of
// its sentence: not a set or an unanchored duration, not inside a quote,
// not "since …", "after …" or "the anniversary of …", not "three years
// after the invasion" (relative to another event).
func (d *doc) timexUsable(ti int) bool {
	tx, r := d.timexes[ti], d.timexTok[ti]
	if !datable(tx) || d.toks[r[0]].inQuote() {
		return false
	}
	// "since June 2021, when Putin met …": the time of the when-clause.
	whenClause := d.word(r[1]) == "," && d.word(r[1]+1) == "when"
	if p := d.word(r[0] - 1); !whenClause && (p == "since" || p == "until" || p == "after" || p == "before" || p == "by") {
		return false
	}
	if d.word(r[0]-1) == "of" && d.word(r[0]-2) == "anniversary" {
		return false
	}
	if n := d.word(r[1]); (n == "after" || n == "before" || n == "later" || n == "earlier") && (tx.Type == timex.Duration || strings.HasPrefix(tx.Value, "P") || d.toks[r[0]].kind() == tNum || numberWords.at(d.word(r[0])) > 0 || d.word(r[0]) == "nearly" || d.word(r[0]) == "about") {
		return false // "three years after the invasion": relative to another event
	}
	for t := r[0]; t < r[1]; t++ {
		if w := d.word(t); w == "after" || w == "before" || w == "since" {
			return false // "three years after the invasion": relative to another event
		}
	}
	return true
}

// vagueTime reports whether a temporal expression is too vague to date
// an event on its own ("recently", "in the future").
func vagueTime(tx timex.Expr) bool {
	return tx.Interval == nil || tx.Interval.Grain == timex.GrainVague || strings.HasSuffix(tx.Value, "_REF")
}

// assignTimes gives each event of a sentence the temporal expression
// nearest to it (each expression to one event), within its clause.
func (d *doc) assignTimes(s sentInfo, evs []evMention, used []bool) {
	if len(evs) == 0 || s.t0 >= s.t1 || s.t0 >= len(d.toks) {
		return
	}
	for _, ti := range d.sentTimexes(d.sentOf(s.t0)) {
		r := d.timexTok[ti]
		if r[0] < s.t0 || r[0] >= s.t1 || used[ti] || !d.timexUsable(ti) {
			continue
		}
		whenClause := d.word(r[1]) == "," && d.word(r[1]+1) == "when"
		best, bestD := -1, 1<<30
		for k := range evs {
			e := &evs[k]
			if e.timex >= 0 {
				continue
			}
			if e.t0 >= r[0] && e.t0 < r[1] {
				continue // the trigger is part of the expression
			}
			var dist int
			if r[0] >= e.t1 {
				dist = r[0] - e.t1
			} else {
				dist = e.t0 - r[1] + 3 // prefer the event a time follows
			}
			if whenClause {
				if e.t0 < r[1] {
					continue
				}
				dist = 0
			}
			if dist > 12 || d.crossesClause(min(e.t0, r[0]), max(e.t1, r[1])) && !whenClause {
				continue
			}
			if d.anniversaryOf(e.t0) {
				continue
			}
			if e.trig.noun && announcedObject(d, e.t0, evs) {
				continue // "announced the closure on Oct. 8": the announcement's date
			}
			if dist < bestD {
				best, bestD = k, dist
			}
		}
		if best >= 0 {
			evs[best].timex = ti
			used[ti] = true
		}
	}
}

// announcedObject reports whether the noun trigger at t is the object of
// an announcing verb that is itself one of the sentence's events.
func announcedObject(d *doc, t int, evs []evMention) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := d.word(k)
		if w == "announced" || w == "announces" || w == "confirmed" || w == "unveiled" {
			for _, e := range evs {
				if e.t0 == k {
					return true
				}
			}
		}
	}
	return false
}

// crossesClause reports whether tokens [a, b) hold a clause break (a
// semicolon or a relative "which").
func (d *doc) crossesClause(a, b int) bool {
	for k := a; k < b; k++ {
		if w := d.word(k); w == ";" || w == "which" {
			return true
		}
	}
	return false
}

// anniversaryOf reports whether the trigger at i is the event of "the
// anniversary of X": its time is not the anniversary's.
func (d *doc) anniversaryOf(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if d.word(k) == "anniversary" {
			return true
		}
	}
	return false
}

// locativeReaches reports whether the preposition at token l governs the
// name starting at token t: only articles, "of" and place nouns stand
// between ("off the Greek island of Lesbos").
func (d *doc) locativeReaches(l, t int) bool {
	if l < 0 || t-l > 6 || t <= l {
		return false
	}
	for k := l + 1; k < t; k++ {
		w := d.word(k)
		if w == "the" || w == "a" || w == "an" || w == "of" || placeNouns.has(w) {
			continue
		}
		if _, ok := d.g.DemonymFolded(d.folded(k)); ok {
			continue
		}
		return false
	}
	return true
}

// placeNouns may stand between a preposition and a place's name.
var placeNouns = newWords(`island islands city town port village coast capital region province
state county district border southern northern eastern western central coastal city's area
resort suburb neighborhood neighbourhood`)

// locatives are prepositions that put an event somewhere.
var locatives = wordSet(`in at to outside near off across inside into`)

// agentNouns are nouns that a nationality adjective turns into a party
// to an event ("Russian envoys", "U.S. delegates").
var agentNouns = wordSet(`officials official envoys envoy delegates delegation delegations
representatives troops forces army military leaders leader president government
diplomats negotiators authorities side sides counterparts team teams navy police`)

// nounModifiers may stand between an event noun and its determiner.
var nounModifiers = wordSet(`potential possible planned proposed future upcoming expected
envisaged eventual prospective such face to in person in-person high level high-level
bilateral direct first full scale full-scale all out all-out own recent radio phone
telephone television tv press news private secret emergency brief short long lengthy
new further senior-level low-level summit peace video state official weekend`)

// fillEvent finds an event's participants, place, modality and negation.
func (d *doc) fillEvent(e *evMention, s sentInfo) {
	sc := d.sc()
	parts := sc.parts[:0]
	defer func() {
		clear(parts)
		sc.parts = parts[:0]
	}()
	place := ""
	addPlace := func(m *mention) {
		if place == "" {
			place = m.key
		}
	}
	isPlaceMention := func(m *mention) bool {
		p := d.word(min(m.t0, int(m.r0)) - 1)
		if p == "the" {
			p = d.word(min(m.t0, int(m.r0)) - 2)
		}
		locative := p == "in" || p == "at" || p == "to" || p == "outside" || p == "near" || p == "from" || p == "off" || p == "across" || p == "inside"
		// A city as the subject is its government ("Moscow proposed").
		return (m.typ == mPlace || m.typ == mCountry) && locative
	}
	agent := func(m *mention) bool {
		if m.typ != mDemonym {
			return true
		}
		n := d.word(m.t1)
		return n == "and" || n == "," || d.is(m.t1, cAgentNoun) || d.is(m.t1+1, cAgentNoun)
	}
	add := func(m *mention) {
		if m == nil || m.inRole || m.inQuote || m.typ == mUnknown {
			return
		}
		if isPlaceMention(m) && m.typ != mOrg {
			addPlace(m)
			return
		}
		if !agent(m) {
			return
		}
		parts = append(parts, m)
	}
	mentionAt := func(t int) *mention {
		if t < 0 || t >= len(d.toks) {
			return nil
		}
		if mi := d.byTok[t]; mi > 0 {
			return &d.mentions[mi-1]
		}
		return nil
	}
	isTrigger := func(t int) bool {
		return d.is(t, cSingleTrigger) && t != e.t0
	}
	// Place: "in Riyadh", "at the Oval Office", "visit Washington", "off
	// the Greek island of Lesbos".
	locativeAt := -10
	for k := e.t1; k < s.t1 && k < e.t1+10; k++ {
		if d.toks[k].inQuote() || isTrigger(k) {
			break
		}
		w := d.word(k)
		if w == ";" || w == "which" || w == "who" || w == "that" || w == "when" || w == "," || w == "not" || w == "since" {
			break
		}
		if d.is(k, cLocative) {
			locativeAt = k
		}
		m := mentionAt(k)
		if m == nil || m.inRole {
			continue
		}
		if m.typ == mPlace || m.typ == mCountry {
			if d.locativeReaches(locativeAt, m.t0) || (e.trig.class == "visit" && k == e.t1) {
				addPlace(m)
				break
			}
		}
		k = m.t1 - 1
	}
	// "At the Oval Office, Trump told reporters": a place leading the
	// clause of a verb.
	if !e.trig.noun && place == "" {
		for k := s.t0; k < e.t0 && k < s.t0+8; k++ {
			if m := mentionAt(k); m != nil && m.typ == mPlace && (d.word(m.t0-1) == "at" || d.word(m.t0-2) == "at") {
				addPlace(m)
				break
			}
		}
	}
	if e.trig.noun {
		// "between A and B", "involving A and B", "with A", "of A"
		k := e.t1
		switch d.word(k) {
		case "between", "involving":
			for t := k + 1; t < s.t1 && t < k+20; t++ {
				if w := d.word(t); w == "," || w == "in" || w == "on" || w == "at" || w == "to" || w == "." || w == "would" || w == "will" || w == "was" || w == "since" || w == "could" || w == "after" || w == "before" || w == "when" {
					break
				}
				if m := mentionAt(t); m != nil {
					if !m.inRole && !m.inQuote && m.typ != mUnknown && agent(m) {
						parts = append(parts, m)
					}
					t = m.t1 - 1
				}
			}
		case "with", "of", "by":
			for t := k + 1; t < s.t1 && t < k+8; t++ {
				if m := mentionAt(t); m != nil && !m.inRole {
					if m.typ == mPlace && k+1 == t && d.word(k) == "with" {
						parts = append(parts, m) // "talks with Washington"
					} else if m.typ != mDemonym || agent(m) {
						add(m)
						if d.word(m.t1) == "and" {
							add(mentionAt(m.t1 + 1))
						}
					}
					break
				}
				if w := d.word(t); w == "," || w == "." || w == "on" || w == "in" {
					break
				}
			}
		}
		// Modifiers before: "Russian invasion", "Putin-Trump summit",
		// "Zelenskyy's trip", "his trip", "the Saudi meeting".
		for t := e.t0 - 1; t >= s.t0 && t >= e.t0-7; t-- {
			w := d.word(t)
			if w == "his" || w == "her" {
				if pm := d.possessivePronoun(t); pm != "" {
					parts = append(parts, &mention{typ: mPerson, key: pm})
				}
				break
			}
			if w == "its" || w == "their" {
				if k := d.lastCountryBefore(t, s); k != "" {
					parts = append(parts, &mention{typ: mCountry, key: k})
				}
				break
			}
			m := mentionAt(t)
			if m == nil {
				if w == "-" || isPossessive(w) || w == "–" || w == "and" || d.is(t, cNounModifier|cAgentNoun) {
					continue
				}
				break
			}
			if m.inRole {
				break
			}
			if m.typ == mDemonym && e.trig.class == "meeting" && t == e.t0-1 {
				addPlace(m)
			} else if m.typ != mUnknown {
				if m.typ == mPlace || isPlaceMention(m) {
					addPlace(m) // "the Riyadh meeting"
				} else {
					parts = append(parts, m)
				}
			}
			t = m.t0
		}
		// "During a radio interview with …, Trump acknowledged": the
		// subject of the main clause took part.
		if w := d.word(s.t0); (w == "during" || w == "in" || w == "after" || w == "following" || w == "at" || w == "before") && e.t0 < s.t0+6 {
			for t := e.t1; t < s.t1; t++ {
				if d.word(t) != "," {
					continue
				}
				for u := t + 1; u < s.t1 && u < t+25; u++ {
					m := mentionAt(u)
					if m == nil || m.inRole || m.prep {
						continue
					}
					if m.typ == mPerson || m.typ == mPronoun || m.typ == mRoleOnly || m.typ == mOrg || m.typ == mCountry || m.typ == mDemonym {
						add(m)
						if d.word(m.t1) == "and" {
							add(mentionAt(m.t1 + 1))
						}
					}
					break
				}
				break
			}
		}
		if e.trig.class == "visit" || e.trig.class == "call" || e.trig.class == "interview" || e.trig.class == "statement" {
			if len(parts) == 0 || e.trig.class == "interview" || e.trig.class == "call" {
				add(d.clauseSubject(e.t0, s))
			}
		}
	} else {
		// Subject: the names before the verb, back to the clause start; a
		// comma ends it unless a list of names goes on.
		for t := e.t0 - 1; t >= s.t0 && t >= e.t0-30; t-- {
			w := d.word(t)
			if w == "that" || w == ";" || w == "which" || w == "who" || w == "when" || w == "if" || d.toks[t].inQuote() {
				break
			}
			if d.is(t, cSpeechVerb) {
				// "Varelas said the boat capsized": the speaker reports
				// the event, he does not take part in it.
				break
			}
			if w == "," && len(parts) > 0 {
				// "Rubio, Waltz, and Witkoff met": a list goes on.
				if m := mentionAt(t - 1); m == nil || m.typ != mPerson {
					break
				}
			}
			m := mentionAt(t)
			if m == nil {
				continue
			}
			add(m)
			t = min(m.t0, int(m.r0))
			if e.trig.class == "statement" && len(parts) > 0 {
				break
			}
		}
		if e.trig.class == "statement" && d.word(e.t0) == "according" {
			parts = parts[:0]
			for t := e.t1; t < s.t1 && t < e.t1+10; t++ {
				if m := mentionAt(t); m != nil && !m.inRole {
					add(m)
					break
				}
			}
		}
		// Object: "met with Putin", "spoke to Zelenskyy", "invaded Ukraine".
		k := e.t1
		if w := d.word(k); w == "with" || w == "to" {
			k++
		}
		for t := k; t < s.t1 && t < k+6; t++ {
			w := d.word(t)
			if w == "," || w == "." || w == "in" || w == "on" || w == "at" || w == "that" {
				break
			}
			if m := mentionAt(t); m != nil && !m.inRole {
				if e.trig.class != "visit" && e.trig.class != "statement" && e.trig.class != "protest" {
					add(m)
				}
				break
			}
		}
	}
	keys := sc.keys[:0]
	for _, m := range parts {
		key := m.key
		if m.typ == mPronoun {
			key = d.resolvePronoun(m)
		}
		if key == "" || key == place || slices.Contains(keys, key) {
			continue
		}
		keys = append(keys, key)
	}
	if len(keys) > 0 {
		sort.Strings(keys)
		e.participants = sc.keepStrings(keys)
	}
	sc.keys = keys[:0]
	e.place = place
	e.modality, e.negated = d.modality(e, s)
	if len(e.participants) == 0 && e.place == "" && !e.trig.noun {
		e.theme = strings.TrimSuffix(lastWord(d.subjectBefore(e.t0, s)), "s")
	}
}

// lastCountryBefore resolves "its" at token t to the last country (or the
// country of the last city) named before it in its sentence.
func (d *doc) lastCountryBefore(t int, s sentInfo) string {
	for k := t - 1; k >= s.t0; k-- {
		mi := d.byTok[k]
		if mi == 0 {
			continue
		}
		m := &d.mentions[mi-1]
		switch m.typ {
		case mCountry, mDemonym:
			return m.key
		case mPlace:
			for _, w := range d.g.Within(m.key) {
				if e, ok := d.g.Get(w); ok && e.Type == "country" {
					return w
				}
			}
		}
		k = m.t0
	}
	return ""
}

// possessivePronoun resolves "his"/"her" at token t.
func (d *doc) possessivePronoun(t int) string {
	g := "m"
	if d.word(t) == "her" {
		g = "f"
	}
	p := mention{typ: mPronoun, t0: t, t1: t + 1, gender: g}
	return d.resolvePronoun(&p)
}

// clauseSubject returns the first person in subject position before
// token t in its sentence.
func (d *doc) clauseSubject(t int, s sentInfo) *mention {
	for k := s.t0; k < t; k++ {
		mi := d.byTok[k]
		if mi == 0 {
			continue
		}
		m := &d.mentions[mi-1]
		if m.prep || m.inRole || m.inQuote {
			continue
		}
		if m.typ == mPerson || m.typ == mPronoun || m.typ == mRoleOnly {
			return m
		}
	}
	return nil
}

var (
	plannedCues  = wordSet(`underway scheduled planned planning plans plan arrange arranging organize organise organizing preparations prepare preparing postponed postpone canceled cancelled proposed intends`)
	possibleCues = wordSet(`could may might would potential possible possibly if envisaged eventual prospective hypothetical likely ready`)
	denyCues     = wordSet(`denied denies deny rejected dismissed`)
	negCues      = wordSet(`not never n't didn't don't doesn't won't wouldn't no`)
	nounCues     = wordSet(`potential possible planned proposed future upcoming expected envisaged eventual prospective such`)
)

// modalKeys holds the words other than cues (cCue) that modality's
// backward look reads: those that end it and those its switch names.
var modalKeys = newShapeSet(`, ; when announced announces announcing confirmed unveiled ready
willing prepared due set will expected 'll could may might would if`)

// shapeSet is a 512-bit table of the shapes (length and first byte,
// shapeOf) of a few words: a word whose shape is not in it is none of
// them. It costs a few instructions, no hashing.
type shapeSet [8]uint64

// newShapeSet returns the shapeSet of the white-space separated words
// of s.
func newShapeSet(s string) *shapeSet {
	var t shapeSet
	for _, w := range strings.Fields(s) {
		k := shapeOf(w)
		t[k>>6] |= 1 << (k & 63)
	}
	return &t
}

// shapeOf is a non-empty word's shape: its length (modulo 16) and the
// low five bits of its first byte.
func shapeOf(w string) uint { return uint(len(w)&15)<<5 | uint(w[0]&31) }

// mayHold reports whether w may be one of the set's words: false means
// it is not. An empty w is not.
func (t *shapeSet) mayHold(w string) bool {
	if w == "" {
		return false
	}
	k := shapeOf(w)
	return t[k>>6]&(1<<(k&63)) != 0
}

// Bits of cueSets: the cue sets a word belongs to.
const (
	cuePlanned uint8 = 1 << iota
	cuePossible
	cueDeny
	cueNeg
	cueNoun
)

// cueSets maps each word of the cue sets to its cue bits, so that
// modality asks one map instead of five.
var cueSets = func() map[string]uint8 {
	all := map[string]uint8{}
	for i, m := range []map[string]bool{plannedCues, possibleCues, denyCues, negCues, nounCues} {
		for w := range m {
			all[w] |= 1 << i
		}
	}
	return all
}()

// modality reads whether an event happened or is expected, planned,
// possible or denied, and whether it is negated.
func (d *doc) modality(e *evMention, s sentInfo) (Modality, bool) {
	mod := Happened
	negated := false
	set := func(m Modality) {
		if mod == Happened {
			mod = m
		}
	}
	from := max(s.t0, e.t0-12)
	for t := e.t0 - 1; t >= from; t-- {
		w := d.word(t)
		if d.toks[t].bits&(cCue|tokInQuote) == 0 && !modalKeys.mayHold(w) {
			continue // a word the tests below all pass over: most words
		}
		if w == "," && !d.is(t-1, cDenyCue) || w == ";" || w == "when" || d.toks[t].inQuote() {
			break
		}
		var cue uint8
		if d.is(t, cCue) {
			cue = cueSets[w]
		}
		switch {
		case cue&cueDeny != 0:
			mod = Denied
		case e.trig.noun && t >= e.t0-3 && (w == "announced" || w == "announces" || w == "announcing" || w == "confirmed" || w == "unveiled"):
			set(Planned) // "announced the closure of its plant"
		case e.trig.noun && cue&cueNoun != 0 && t >= e.t0-3:
			if w == "planned" || w == "proposed" {
				set(Planned)
			} else if w == "upcoming" || w == "expected" {
				set(Expected)
			} else {
				set(Possible)
			}
		case cue&cuePlanned != 0:
			set(Planned)
		case cue&cuePossible != 0 && !e.trig.noun && t >= e.t0-4:
			set(Possible)
		case w == "ready" || w == "willing" || w == "prepared" && d.word(t+1) == "to":
			set(Possible)
		case w == "due" && d.word(t+1) == "to" && (d.word(t-1) == "is" || d.word(t-1) == "are" || d.word(t-1) == "was"):
			set(Expected)
		case w == "set" && d.word(t+1) == "to":
			set(Expected)
		case w == "will" || w == "expected" || w == "'ll":
			set(Expected)
		case w == "could" || w == "may" || w == "might" || w == "would":
			set(Possible)
		case w == "if":
			set(Possible)
		case cue&cueNeg != 0 && t >= e.t0-3:
			negated = true
		}
	}
	if e.trig.noun && mod == Happened {
		// "The summit would mark …", "a meeting between Trump and Putin
		// will depend …"
		for t := e.t1; t < s.t1 && t < e.t1+8; t++ {
			w := d.word(t)
			if w == "," || w == "." || w == ";" || w == "which" || w == "that" || d.is(t, cSpeechVerb) {
				break
			}
			if w == "would" || w == "could" || w == "might" || w == "may" {
				mod = Possible
				break
			}
			if w == "will" {
				mod = Expected
				break
			}
		}
	}
	if mod == Denied {
		negated = false
	}
	return mod, negated
}

// mergeSameSentence folds events of one sentence with the same class and
// modality into the first (the "talks" and "meeting" of one sentence),
// appending the result to dst.
func (d *doc) mergeSameSentence(dst, evs []evMention) []evMention {
	base := len(dst)
	for _, e := range evs {
		merged := false
		for k := base; k < len(dst); k++ {
			o := &dst[k]
			if o.trig.class == e.trig.class && o.modality == e.modality && o.negated == e.negated && (o.place == "" || e.place == "" || o.place == e.place) {
				o.participants = unionSorted(o.participants, e.participants)
				if o.place == "" {
					o.place = e.place
				}
				if o.timex < 0 {
					o.timex = e.timex
				}
				merged = true
				break
			}
		}
		if !merged {
			dst = append(dst, e)
		}
	}
	return dst
}

// unionSorted returns, in a new list, the strings of a and b sorted,
// each once. The lists are short: sorting them together costs less than
// a set of them.
func unionSorted(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// realis groups modalities for event identity: what happened, what may
// yet happen, and what was denied are never the same event.
func realis(m Modality) int {
	switch m {
	case Happened:
		return 0
	case Denied:
		return 2
	}
	return 1
}
