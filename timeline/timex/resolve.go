package timex

import (
	"strings"
	"time"
)

// tense returns the tense of the clause around tokens [from, to): the
// nearest past or future cue in the same clause (before, then after the
// expression), else in the same sentence; 0 when there is none.
func (tg *tagger) tense(from, to int) int8 {
	t := tg.clauseTense(from, to)
	if t == tFuture && tg.pastPerfect(from) {
		// "had been due to expire Friday", "had been scheduled for
		// Thursday": a plan seen from the past is past.
		return tPast
	}
	return t
}

// clauseTense is tense without the past perfect check.
func (tg *tagger) clauseTense(from, to int) int8 {
	toks := tg.s.toks
	if from < 0 || from >= len(toks) {
		return 0
	}
	sent, cl := int(toks[from].sent), int(toks[from].clause)
	// "by Jan. 14", "until Tuesday", "payable Dec. 7": ahead of the DCT.
	p := from - 1
	if tg.word(p, wOn) {
		p--
	}
	if pt := tg.tok(p); pt.kind == kWord && int(pt.end)-int(pt.start) <= 9 {
		var buf [24]byte
		if n, ok := lower(&buf, tg.text[pt.start:int(pt.end)]); ok && deadlineWords[string(buf[:n])] {
			if tg.is(p-1, "postponed") || tg.is(p-1, "delayed") || tg.is(p-1, "adjourned") || tg.is(p-1, "extended") || tg.is(p-1, "deferred") {
				return tFuture
			}
			if tg.tok(from).e.cls == cWeekday && tg.pastInSentence(from) {
				// "worked through Sunday night", "Until Thursday,
				// investigators had not named a suspect."
			} else if !tg.is(p, "to") || tg.is(p-1, "extended") || tg.is(p-1, "postponed") || tg.is(p-1, "delayed") || tg.is(p-1, "bid") || tg.is(p-1, "offer") {
				return tFuture
			}
		}
	}
	if tg.is(p, "as") && tg.is(p-1, "soon") {
		return tFuture
	}
	// "Tuesday's ruling" names a past event whatever comes after "to".
	possessive := tg.possessive(to)
	cue := func(k int) int8 {
		t := &toks[k]
		if t.kind != kWord {
			return 0
		}
		if t.e.tense == 0 && !t.has(fPast) {
			// Most words are no cue: only "would" is left to check.
			if k < from && !possessive && int(t.end)-int(t.start) == 5 && tg.is(k, "would") {
				return tFuture
			}
			return 0
		}
		if k < from && !possessive && (tg.is(k, "would") || tg.is(k, "set") && (tg.is(k+1, "to") || tg.is(k+1, "for"))) {
			return tFuture
		}
		if tg.is(k, "set") {
			return 0 // "a record set on Aug. 6"
		}
		if tg.is(k, "next") && (tg.is(k+1, "to") || tg.is(k+1, "door")) ||
			tg.is(k, "due") && tg.is(k+1, "to") && tg.determinerAt(k+2) {
			return 0 // "next to the embassy", "due to the storm"
		}
		if !possessive && k < from && tg.is(k+1, "to") && int(t.end)-int(t.start) <= 12 {
			var buf [24]byte
			if n, ok := lower(&buf, tg.text[t.start:int(t.end)]); ok && intentVerbs[string(buf[:n])] {
				return tFuture
			}
		}
		switch t.e.tense {
		case tPast:
			if tg.passive(k) {
				return 0
			}
			return tPast
		case tFuture:
			if t.e.cls == cMonth && t.has(fCap) {
				return 0 // "May"
			}
			if (tg.is(k, "plans") || tg.is(k, "plan") || tg.is(k, "hopes") || tg.is(k, "aims") || tg.is(k, "wants") ||
				tg.is(k, "seeks") || tg.is(k, "intends") || tg.is(k, "intend")) && !tg.is(k+1, "to") {
				return 0 // "vacation plans" is a noun
			}
			if w := tg.text[t.start:int(t.end)]; len(w) > 2 && w[len(w)-2:] == "ed" {
				// "planned", "scheduled", "expected": forward-looking
				// before the date with an auxiliary or "to" ("is
				// scheduled to meet on Sunday", "planned to leave on
				// Friday"); as a bare participle ("a concert planned for
				// Saturday was canceled") the clause's verb decides; after
				// the date it is a past verb ("On Monday, the ministry
				// planned to ...").
				switch {
				case k > from, tg.is(k-1, "previously"):
					// "the previously planned Saturday night": a plan
					// seen from the past.
					return tPast
				case tg.aux(k-1) || tg.is(k+1, "to"):
					return tFuture
				case tg.pastAfter(to):
					return tPast
				}
			}
			return tFuture
		}
		if t.has(fPast) && !tg.passive(k) && !tg.attributive(k) {
			return tPast
		}
		return 0
	}
	for pass := 0; pass < 2; pass++ {
		for k := from - 1; k >= 0 && int(toks[k].sent) == sent; k-- {
			if pass == 0 && int(toks[k].clause) != cl {
				break
			}
			if c := cue(k); c != 0 {
				return c
			}
		}
		for k := to; k < len(toks) && int(toks[k].sent) == sent; k++ {
			if pass == 0 && int(toks[k].clause) != int(toks[max(to-1, 0)].clause) {
				break
			}
			if c := cue(k); c != 0 {
				return c
			}
		}
	}
	if tg.scheduled(from) {
		return tFuture
	}
	return 0
}

// scheduled reports whether a present-tense verb of a timetable comes
// right before token from (maybe across "on", "at", an adverb or a clock
// time): "The polls close at 8 p.m. Friday", "The two leaders meet
// separately Monday". With no other tense cue in the sentence, news
// uses the present for what is scheduled.
func (tg *tagger) scheduled(from int) bool {
	sent := int(tg.tok(from).sent)
	for k := from - 1; k >= 0 && k >= from-6 && int(tg.tok(k).sent) == sent; k-- {
		t := tg.tok(k)
		if t.kind != kWord {
			if t.kind == kNum || tg.punct(k, ':') || tg.punct(k, '.') {
				continue // a clock time: "at 9 p.m."
			}
			return false
		}
		w := tg.lowerWord(k)
		if scheduleVerbs[w] {
			// "the two leaders meet", not "the meet" or "a start"
			return !tg.word(k-1, wThe) && !tg.word(k-1, wA) && !tg.is(k-1, "its") && !tg.is(k-1, "their")
		}
		if tg.word(k, wOn) || tg.word(k, wAt) || len(w) > 3 && w[len(w)-2:] == "ly" || w == "a" || w == "m" || w == "p" || w == "again" {
			continue
		}
		return false
	}
	return false
}

// scheduleVerbs are present-tense verbs of timetables.
var scheduleVerbs = map[string]bool{
	"meet": true, "meets": true, "begin": true, "begins": true, "start": true, "starts": true,
	"open": true, "opens": true, "close": true, "closes": true, "resume": true, "resumes": true,
	"arrive": true, "arrives": true, "depart": true, "departs": true, "leave": true, "leaves": true,
	"return": true, "returns": true, "travel": true, "travels": true, "visit": true, "visits": true,
	"vote": true, "votes": true, "play": true, "plays": true, "face": true, "faces": true,
	"expire": true, "expires": true, "kick": true, "kicks": true, "convene": true, "convenes": true,
	"reconvene": true, "reconvenes": true, "launch": true, "launches": true, "premiere": true, "premieres": true,
}

// pastPerfect reports whether the clause of token from puts a past
// perfect ("had been due to", "had planned to") before it, with no
// "will", "would" or "shall" between the two.
func (tg *tagger) pastPerfect(from int) bool {
	return tg.perfect(from, 12, false)
}

// presentPerfect reports whether the clause of token from puts a present
// perfect ("has extended", "have risen") before it, within 16 tokens.
func (tg *tagger) presentPerfect(from int) bool {
	return tg.perfect(from, 16, true)
}

// perfect reports whether the clause of token from puts a perfect before
// it within window tokens: "had" + participle, or with present set "has"
// or "have" + participle; "will", "would" or "shall" between them stops
// the search.
func (tg *tagger) perfect(from, window int, present bool) bool {
	t := tg.tok(from)
	for k := from - 1; k >= 0 && k >= from-window; k-- {
		c := tg.tok(k)
		if int(c.sent) != int(t.sent) || int(c.clause) != int(t.clause) {
			return false
		}
		if c.kind != kWord || int(c.end)-int(c.start) < 3 || int(c.end)-int(c.start) > 5 {
			continue
		}
		switch {
		case tg.is(k, "will"), tg.is(k, "would"), tg.is(k, "shall"):
			return false
		case !present && (tg.is(k, "had") || tg.is(k, "hadn")),
			present && (tg.is(k, "has") || tg.is(k, "have") || tg.is(k, "hasn") || tg.is(k, "haven")):
			n := k + 1
			for tg.is(n, "not") || tg.is(n, "also") || tg.is(n, "previously") || tg.is(n, "already") || tg.is(n, "t") || tg.apostrophe(n) {
				n++
			}
			nt := tg.tok(n)
			w := tg.text[nt.start:int(nt.end)]
			return n < from && nt.kind == kWord && (tg.is(n, "been") || nt.has(fPast) || nt.e.tense == tPast ||
				len(w) > 4 && w[len(w)-2:] == "ed")
		}
	}
	return false
}

// determinerAt reports whether token k is an article or a possessive
// pronoun.
func (tg *tagger) determinerAt(k int) bool {
	return tg.word(k, wThe) || tg.word(k, wA) || tg.is(k, "its") || tg.is(k, "his") || tg.is(k, "her") ||
		tg.is(k, "their") || tg.is(k, "our") || tg.is(k, "this") || tg.is(k, "bad") || tg.is(k, "poor") ||
		tg.is(k, "heavy") || tg.is(k, "lack")
}

// aux reports whether token k is an auxiliary before a participle.
func (tg *tagger) aux(k int) bool {
	switch {
	case tg.is(k, "is"), tg.is(k, "are"), tg.is(k, "was"), tg.is(k, "were"), tg.is(k, "be"), tg.is(k, "been"),
		tg.is(k, "being"), tg.is(k, "s"), tg.is(k, "will"), tg.is(k, "now"), tg.is(k, "also"):
		return true
	}
	return false
}

// pastAfter reports whether a past-tense verb (not an auxiliary) follows
// token to in its clause: "a concert planned for Saturday was canceled".
func (tg *tagger) pastAfter(to int) bool {
	t := tg.tok(to - 1)
	for k := to; k < len(tg.s.toks) && int(tg.tok(k).sent) == int(t.sent) && int(tg.tok(k).clause) == int(t.clause); k++ {
		if c := tg.tok(k); c.kind == kWord && (c.e.tense == tPast && !tg.aux(k) && !tg.is(k, "had") && !tg.is(k, "did") || c.has(fPast)) {
			return true
		}
	}
	return false
}

// pastInSentence reports whether the sentence of token from has a
// past-tense verb that is not part of a passive.
func (tg *tagger) pastInSentence(from int) bool {
	sent := int(tg.tok(from).sent)
	for k := from - 1; k >= 0 && int(tg.tok(k).sent) == sent; k-- {
		if c := tg.tok(k); c.kind == kWord && (c.e.tense == tPast || c.has(fPast)) && !tg.passive(k) {
			return true
		}
	}
	for k := from + 1; k < len(tg.s.toks) && int(tg.tok(k).sent) == sent; k++ {
		if c := tg.tok(k); c.kind == kWord && (c.e.tense == tPast || c.has(fPast)) && !tg.passive(k) {
			return true
		}
	}
	return false
}

// pastInClause reports whether a past-tense verb precedes token from in
// its clause.
func (tg *tagger) pastInClause(from int) bool {
	t := tg.tok(from)
	for k := from - 1; k >= 0 && int(tg.tok(k).clause) == int(t.clause) && int(tg.tok(k).sent) == int(t.sent); k-- {
		if c := tg.tok(k); c.kind == kWord && (c.e.tense == tPast || c.has(fPast)) && !tg.passive(k) {
			return true
		}
	}
	return false
}

// attributive reports whether the -ed word at k is an adjective after a
// determiner ("a still unspecified date", "the planned trip").
func (tg *tagger) attributive(k int) bool {
	p := k - 1
	if w := tg.tok(p); w.kind == kWord && (tg.is(p, "still") || tg.is(p, "newly") || tg.is(p, "recently") ||
		tg.is(p, "previously") || tg.is(p, "widely") || tg.is(p, "long")) {
		p--
	}
	return tg.word(p, wThe) || tg.word(p, wA) || tg.is(p, "its") || tg.is(p, "his") || tg.is(p, "her") ||
		tg.is(p, "their") || tg.is(p, "our") || tg.is(p, "this") || tg.is(p, "these") || tg.is(p, "those")
}

// passive reports whether the participle at token k follows "be",
// "been" or "being" ("will be held"), which makes it no past-tense cue.
func (tg *tagger) passive(k int) bool {
	for b := k - 1; b >= k-2 && b >= 0; b-- {
		if tg.is(b, "be") || tg.is(b, "been") || tg.is(b, "being") {
			return true
		}
		if tg.tok(b).kind != kWord || !tg.is(b, "not") && !tg.is(b, "also") && !tg.is(b, "already") {
			break
		}
	}
	return false
}

// tenseName names a tense for explanations.
func tenseName(t int8) string {
	switch t {
	case tPast:
		return "past tense"
	case tFuture:
		return "future tense"
	}
	return "no tense cue"
}

// Relations given by a determiner before a weekday, month or unit.
const (
	relNone = iota
	relLast
	relNext
	relThis
)

// weekday resolves a weekday against the DCT.
func (tg *tagger) weekday(wd int, rel int, tense int8) (point, string) {
	dw := int(tg.dct.Weekday())
	back, fwd := (dw-wd+7)%7, (wd-dw+7)%7
	if tense != tPast && tense != tFuture {
		tense = tNone // the explanation says only past, future or neither
	}
	var off int
	switch rel {
	case relLast:
		off = -back
		if back == 0 {
			off = -7
		}
	case relNext:
		off = fwd
		if fwd == 0 {
			off = 7
		}
	case relThis:
		off = (wd+6)%7 - (dw+6)%7
	default:
		if wd == dw {
			return dayPoint(tg.dct), tg.weekdayWhy(weekdayKey{tg.dctDay, wd, rel, tense})
		}
		if tense == tFuture {
			off = fwd
		} else {
			off = -back
		}
	}
	if rel != relNone {
		tense = tNone // "last/next/this WEEKDAY" does not depend on tense
	}
	return dayPoint(tg.dct.AddDate(0, 0, off)), tg.weekdayWhy(weekdayKey{tg.dctDay, wd, rel, tense})
}

// weekdayKey keys the explanation of a weekday resolved against the DCT
// of day (see tagger.dctDay): its relation and tense (tNone, tPast or
// tFuture: see weekday).
type weekdayKey struct {
	day, wd, rel int
	tense        int8
}

// weekdayWhy returns the explanation k describes, built once per DCT and
// kept from one text to the next (up to 512 entries): the explanations
// of weekdays repeat. It joins in tg.dctS itself, as the whole is what
// is cached (dctWhy would cache each part as well).
func (tg *tagger) weekdayWhy(k weekdayKey) string {
	if s, ok := tg.weekdayWhys.get(k); ok {
		return s
	}
	name := weekdayName[k.wd]
	var s string
	switch {
	case k.rel == relLast:
		s = "last " + name + ", " + tg.dctS + " → most recent " + name + " before the DCT"
	case k.rel == relNext:
		s = "next " + name + ", " + tg.dctS + " → first " + name + " after the DCT"
	case k.rel == relThis:
		s = "this " + name + ", " + tg.dctS + " → " + name + " of the DCT's week"
	case k.wd == int(tg.dct.Weekday()):
		s = name + " is the DCT's own weekday, " + tg.dctS + " → the DCT"
	case k.tense == tFuture:
		s = "future tense, " + tg.dctS + " → next " + name
	default:
		s = tenseName(k.tense) + ", " + tg.dctS + " → most recent " + name
	}
	return tg.weekdayWhys.keep(k, s)
}

// validDay reports whether y-m-d exists.
func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// yearOf picks the year of a month (and day, when d > 0) that gives none:
// in a past clause the latest such date on or before the DCT, in a future
// clause the first on or after it, else the nearest. When wd >= 0 a
// year whose date falls on that weekday is preferred.
func (tg *tagger) yearOf(m, d int, tense int8, wd int) (int, string) {
	dy := tg.dctY
	start := func(y int) time.Time {
		if d > 0 {
			return civil(y, m, d)
		}
		return civil(y, m, 1)
	}
	end := func(y int) time.Time {
		if d > 0 {
			return civil(y, m, d)
		}
		return civil(y, m+1, 0)
	}
	ok := func(y int) bool { return d == 0 || validDay(y, m, d) }
	// The latest candidate on or before the DCT, and the first after.
	py, fy := 0, 0
	for y := dy + 1; y > dy-9; y-- {
		if ok(y) && !start(y).After(tg.dct) {
			py = y
			break
		}
	}
	for y := dy - 1; y < dy+9; y++ {
		if ok(y) && !end(y).Before(tg.dct) {
			fy = y
			break
		}
	}
	const day = 24 * time.Hour
	var dp, df time.Duration
	if py != 0 {
		dp = tg.dct.Sub(end(py))
	}
	if fy != 0 {
		df = start(fy).Sub(tg.dct)
	}
	switch {
	case py == fy && py != 0:
		if d > 0 {
			return py, "the DCT's own day"
		}
		return py, "the DCT's own month"
	case tense == tPast && py != 0:
		if fy != 0 && dp > 150*day && df < 60*day {
			return fy, tg.dctWhy("past tense, but ", " is much nearer the next one")
		}
		return py, tg.dctWhy("past tense, ", " → latest on or before the DCT")
	case tense == tFuture && fy != 0:
		if py != 0 && dp < 7*day && df > 180*day {
			return py, tg.dctWhy("future tense, but ", " is days after the last one")
		}
		return fy, tg.dctWhy("future tense, ", " → first on or after the DCT")
	case py != 0 && fy != 0:
		if df*2 < dp {
			return fy, tg.dctWhy("no tense cue, ", " → the next one, much nearer")
		}
		return py, tg.dctWhy("no tense cue, ", " → latest on or before the DCT")
	}
	best, bestD := dy, time.Duration(1<<62)
	for y := dy - 8; y <= dy+8; y++ {
		if !ok(y) {
			continue
		}
		var dist time.Duration
		switch s, e := start(y), end(y); {
		case s.After(tg.dct):
			dist = s.Sub(tg.dct)
		case e.Before(tg.dct):
			dist = tg.dct.Sub(e)
		}
		if dist < bestD {
			best, bestD = y, dist
		}
	}
	return best, tg.dctWhy("no tense cue, ", " → nearest")
}

// yearFor picks the year of a yearly date (a holiday) the way yearOf does
// for a month and day: by tense, else the nearest, past first.
func (tg *tagger) yearFor(date func(y int) (time.Time, bool), tense int8) (int, string) {
	dy := tg.dctY
	py, fy := 0, 0
	var dp, df time.Duration
	for y := dy + 1; y >= dy-2; y-- {
		if d, ok := date(y); ok && !d.After(tg.dct) {
			py, dp = y, tg.dct.Sub(d)
			break
		}
	}
	for y := dy - 1; y <= dy+2; y++ {
		if d, ok := date(y); ok && !d.Before(tg.dct) {
			fy, df = y, d.Sub(tg.dct)
			break
		}
	}
	switch {
	case py == fy && py != 0:
		return py, "the DCT's own day"
	case tense == tPast && py != 0:
		return py, tg.dctWhy("past tense, ", " → latest on or before the DCT")
	case tense == tFuture && fy != 0:
		return fy, tg.dctWhy("future tense, ", " → first on or after the DCT")
	case py != 0 && (fy == 0 || dp <= df):
		return py, tg.dctWhy("no tense cue, ", " → nearest")
	case fy != 0:
		return fy, tg.dctWhy("no tense cue, ", " → nearest")
	}
	return dy, "the DCT's year"
}

// dctWhy returns head + the DCT + tail, built once per DCT: the
// explanations of resolutions against the DCT repeat. tail must be a
// string constant or a string cat built, not a slice of the text: the
// cache keeps it as it is (head it takes from the explanation).
func (tg *tagger) dctWhy(head, tail string) string {
	return tg.cachedWhy(whyKey{day: tg.dctDay, head: head, tail: tail})
}

// withDCT returns s + ", " + the DCT, built once per DCT (for
// explanations).
func (tg *tagger) withDCT(s string) string {
	return tg.cachedWhy(whyKey{day: tg.dctDay, head: s, sep: true})
}

// cat returns a + b, built once (for explanations). The cache does not
// depend on the DCT, so it is kept from one text to the next (up to
// 512 entries): most texts ask for the same few.
func (tg *tagger) cat(a, b string) string {
	k := catKey{a, b}
	if s, ok := tg.cats.get(k); ok {
		return s
	}
	s := a + b
	if a == "" || b == "" {
		s = strings.Clone(s) // a lone operand comes back uncopied
	}
	// a and b may be slices of the text, which the cache must not keep
	// alive: the key takes its strings from s, which holds them both.
	k = catKey{s[:len(a)], s[len(a):]}
	return tg.cats.keep(k, s)
}

// catKey keys the cache of cat: the two strings joined.
type catKey struct{ a, b string }

// cachedWhy returns the explanation k describes, from the cache or built
// and cached. The cache is kept from one text to the next (up to 2048
// entries, as its keys name their DCT): the texts about one event have
// a few DCTs. The key's head is taken from the explanation built (which
// starts with it), as withDCT's may be a slice of the text, which the
// cache must not keep alive.
func (tg *tagger) cachedWhy(k whyKey) string {
	if s, ok := tg.whys.get(k); ok {
		return s
	}
	var s string
	if k.sep {
		s = k.head + ", " + tg.dctS + k.tail
	} else {
		s = k.head + tg.dctS + k.tail
	}
	k.head = s[:len(k.head)]
	return tg.whys.keep(k, s)
}

// whyKey keys the explanation cache: head + the DCT of day (see
// tagger.dctDay) + tail, with ", " between head and the DCT when sep is
// set.
type whyKey struct {
	day        int
	head, tail string
	sep        bool // ", " between head and the DCT
}

// relPoint resolves "this/last/next UNIT" against the DCT.
func (tg *tagger) relPoint(u unit, rel int) (point, bool) {
	g := unitGrain[u]
	switch u {
	case uDay, uWeek, uWeekend, uMonth, uQuarter, uHalf, uYear, uDecade, uCentury:
	default:
		return point{}, false
	}
	p := atGrain(tg.dct, g)
	if u == uDay {
		p = dayPoint(tg.dct)
	}
	switch rel {
	case relLast:
		p = p.shift(-1, u)
	case relNext:
		p = p.shift(1, u)
	}
	return p, true
}

// anchorFor returns the discourse anchor for an anaphoric expression:
// the latest resolved date whose grain is at most g, preferring dates
// near the DCT (the story's own time line) to background dates such as
// the start of a war. ok is false when the text resolved none.
func (tg *tagger) anchorFor(g Grain) (histEntry, bool) {
	return tg.anchorFrom(g, false)
}

// anchorFrom is anchorFor, passing over the nights of "overnight" when
// skipOvernight is set.
func (tg *tagger) anchorFrom(g Grain, skipOvernight bool) (histEntry, bool) {
	fine := func(p point) bool {
		switch g {
		case GrainDay, GrainPart:
			return dayOrFiner(p.grain)
		case GrainWeek:
			return p.grain != GrainMonth && p.grain != GrainQuarter && p.grain != GrainYear && p.grain != GrainHalf && p.grain != GrainSeason
		case GrainMonth:
			return p.grain != GrainQuarter && p.grain != GrainYear && p.grain != GrainHalf && p.grain != GrainSeason
		}
		return true
	}
	var fallback *histEntry
	sent := int(tg.tok(tg.first).sent)
	for k := len(tg.hist) - 1; k >= 0; k-- {
		h := &tg.hist[k]
		if !fine(h.p) || skipOvernight && h.overnight {
			continue
		}
		if fallback == nil {
			fallback = h
			if int(h.sent) == sent || g != GrainDay && g != GrainPart {
				return *h, true // the same sentence, or a coarse grain
			}
		}
		d := h.p.date().Sub(tg.dct)
		if d < 0 {
			d = -d
		}
		if d <= 60*24*time.Hour {
			return *h, true
		}
	}
	if fallback != nil {
		return *fallback, true
	}
	return histEntry{}, false
}

// lastDay returns the latest resolved date of day grain or finer.
func (tg *tagger) lastDay() (histEntry, bool) {
	for k := len(tg.hist) - 1; k >= 0; k-- {
		if dayOrFiner(tg.hist[k].p.grain) {
			return tg.hist[k], true
		}
	}
	return histEntry{}, false
}

// dayOrFiner reports whether g is a day, a part of one, an hour or a
// minute.
func dayOrFiner(g Grain) bool {
	return g == GrainDay || g == GrainPart || g == GrainHour || g == GrainMinute
}

// storyDay returns the discourse anchor h, or when h is the night of
// "overnight" (placed from the DCT) the anchor before it.
func (tg *tagger) storyDay(h histEntry) histEntry {
	if !h.overnight {
		return h
	}
	if d, ok := tg.anchorFrom(GrainDay, true); ok {
		return d
	}
	return h
}

// coarsen converts p to grain g (p's grain is finer or equal).
func coarsen(p point, g Grain) point {
	if g == GrainDay || g == p.grain {
		if g == GrainDay {
			return dayPoint(p.date())
		}
		return p
	}
	return atGrain(p.date(), g)
}

// refKey keys the explanation of an expression resolved from an earlier
// one: the text before the earlier one's ID and value.
type refKey struct {
	head, id string
	p        point
}

// refWhy returns head + id + " (" + the value of p + ")", built once.
// The cache does not depend on the DCT and is kept from one text to the
// next (up to 512 entries).
func (tg *tagger) refWhy(head, id string, p point) string {
	k := refKey{head, id, p}
	if s, ok := tg.refWhys.get(k); ok {
		return s
	}
	s := head + id + " (" + p.value() + ")"
	return tg.refWhys.keep(k, s)
}
