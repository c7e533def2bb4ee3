package timex

import (
	"strconv"
	"time"
)

// match tries every pattern at token i: an optional modifier ("nearly",
// "early", "the end of", "later on"), then a core expression. It reports
// whether one matched and writes it to r, which it leaves undefined when
// none did. (The matches are written in place rather than returned: res
// is large, and match and core would copy it at every return.)
func (tg *tagger) match(i int, r *res) bool {
	tg.first = i
	if tg.word(i, wThe) && (tg.word(i+1, wEarly) || tg.word(i+1, wLate) || tg.word(i+1, wMid)) {
		if mod, j, _ := tg.prefix(i + 1); j > i+1 {
			if tg.core(j, false, r) && r.hasP && (r.p.grain == GrainDecade || r.p.grain == GrainSeason || r.p.grain == GrainCentury || r.p.grain == GrainYear) {
				r.mod = mod
				r.why = tg.withMod(mod, r.why)
				tg.applyMod(r)
				return true
			}
		}
	}
	if mod, j, later := tg.prefix(i); j > i {
		if approxMod(mod) && !tg.countable(j) {
			if mod == "APPROX" && (tg.is(i, "around") || tg.is(i, "roughly") || tg.is(i, "approximately")) {
				// "around Nov. 1", "around year end": a date, roughly
				// ("about" may be a preposition: "a story about Tuesday's
				// vote"; so is "around" before a possessive: "a way
				// around Wednesday's ruling").
				if tg.core(j, later, r) && r.hasP && (r.typ == Date || r.typ == Time) &&
					!tg.possessive(r.end) {
					if r.mod == "" {
						r.mod = mod
						r.why = tg.withMod(mod, r.why)
					}
					return true
				}
			}
			return tg.core(i, false, r)
		}
		if tg.core(j, later, r) {
			if mod == "END" && r.hasP && r.p.grain == GrainYear && r.anchor == "DCT" && r.p.y == tg.dctY && tg.word(i-1, wSince) {
				// "since the end of the year": the DCT's own year has
				// not ended, so the year before.
				r.p.y--
				r.why = "since: the year before the DCT's"
			}
			if mod != "" {
				r.mod = mod
				r.why = tg.withMod(mod, r.why)
				tg.applyMod(r)
			}
			return true
		}
	}
	return tg.core(i, false, r)
}

// approxMod reports whether mod qualifies an amount ("about three
// years", "more than a decade").
func approxMod(mod string) bool {
	switch mod {
	case "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS":
		return true
	}
	return false
}

// countable reports whether token j starts an amount or a clock time.
func (tg *tagger) countable(j int) bool {
	t := tg.tok(j)
	switch {
	case t.kind == kNum, t.e.cls == cNum:
		return true
	case t.e.cls == cWord:
		switch int(t.e.val) {
		case wA, wHalf, wSeveral, wFew, wNoonWord, wMidnightWord:
			return true
		}
	}
	return false
}

// withMod returns why behind the name of modifier mod ("approximate, "
// + why), built once (see cat): the explanations of modified
// expressions repeat.
func (tg *tagger) withMod(mod, why string) string {
	return tg.cat(modHead[mod], why)
}

// modHead names the TIMEX3 modifiers (every mod prefix returns) as the
// explanation of a modified expression begins: the name and ", ".
var modHead = map[string]string{"APPROX": "approximate, ", "START": "start of, ", "MID": "middle of, ", "END": "end of, ",
	"MORE_THAN": "more than, ", "LESS_THAN": "less than, ", "EQUAL_OR_MORE": "at least, ", "EQUAL_OR_LESS": "at most, ",
	"BEFORE": "before, ", "AFTER": "after, ", "ON_OR_AFTER": "on or after, ", "ON_OR_BEFORE": "on or before, "}

// applyMod narrows the interval of a START, MID or END value to the
// matching third of it.
func (tg *tagger) applyMod(r *res) {
	if !r.hasP || r.iv != nil {
		return
	}
	iv, ok := r.p.interval(tg.loc)
	if !ok {
		return
	}
	third := iv.End.Sub(iv.Start) / 3
	switch r.mod {
	case "START":
		iv.End = iv.Start.Add(third)
	case "MID":
		iv.Start, iv.End = iv.Start.Add(third), iv.End.Add(-third)
	case "END":
		iv.Start = iv.End.Add(-third)
	default:
		return
	}
	r.iv = tg.interval(iv)
}

// prefix parses a modifier before a core expression. later reports a
// "later"/"earlier" that makes a following weekday anaphoric.
func (tg *tagger) prefix(i int) (mod string, j int, later bool) {
	t := tg.tok(i)
	if t.kind != kWord || t.e.cls != cWord {
		if t.kind == kWord && t.e.cls == cNone && tg.is(i, "under") {
			return "LESS_THAN", i + 1, false
		}
		return "", i, false
	}
	switch int(t.e.val) {
	case wAbout, wNearly:
		return "APPROX", i + 1, false
	case wSome:
		if n := tg.tok(i + 1); n.kind == kNum || n.e.cls == cNum {
			return "APPROX", i + 1, false
		}
	case wMore, wLess:
		if tg.word(i+1, wThan) {
			if int(t.e.val) == wMore {
				return "MORE_THAN", i + 2, false
			}
			return "LESS_THAN", i + 2, false
		}
	case wOver:
		if n := tg.tok(i + 1); n.kind == kNum || n.e.cls == cNum || tg.word(i+1, wA) {
			return "MORE_THAN", i + 1, false
		}
	case wAt:
		if tg.word(i+1, wLeast) {
			return "EQUAL_OR_MORE", i + 2, false
		}
		if tg.is(i+1, "most") {
			return "EQUAL_OR_LESS", i + 2, false
		}
	case wUp:
		if tg.word(i+1, wTo) {
			return "EQUAL_OR_LESS", i + 2, false
		}
	case wNo:
		if tg.word(i+1, wMore) && tg.word(i+2, wThan) {
			return "EQUAL_OR_LESS", i + 3, false
		}
	case wEarly, wLate, wMid:
		mod := "MID"
		switch int(t.e.val) {
		case wEarly:
			mod = "START"
		case wLate:
			mod = "END"
		}
		j := i + 1
		if tg.punct(j, '-') && tg.glued(j) {
			j++
		} else if !tg.glued(j) || int(t.e.val) != wMid {
			if int(t.e.val) == wMid && tg.glued(j) {
				return mod, j, false
			}
		}
		if tg.word(j, wOn) && int(t.e.val) == wLate || tg.word(j, wIn) && tg.word(j+1, wThe) {
			j++ // "late on Tuesday", "late in the year"
		}
		return mod, j, false
	case wEarlier, wLater:
		mod := "START"
		if int(t.e.val) == wLater {
			mod = "END"
		}
		switch {
		case tg.word(i+1, wThis):
			return mod, i + 1, false
		case tg.word(i+1, wOn) && tg.tok(i+2).e.cls == cWeekday:
			return "", i + 2, true
		case tg.word(i+1, wThat) || tg.word(i+1, wIn) && tg.word(i+2, wThe):
			j := i + 1
			if tg.word(j, wIn) {
				j++
			}
			return "", j, true
		case tg.tok(i+1).e.cls == cWeekday, tg.word(i+1, wToday), tg.word(i+1, wYesterday), tg.word(i+1, wTonight):
			return mod, i + 1, true
		}
	case wThe:
		if tg.word(i+2, wOf) {
			switch {
			case tg.word(i+1, wEnd) || tg.is(i+1, "close"):
				return "END", i + 3, false
			case tg.word(i+1, wBeginning) || tg.word(i+1, wStart) || tg.is(i+1, "dawn") || tg.is(i+1, "turn"):
				return "START", i + 3, false
			case tg.word(i+1, wMiddle):
				return "MID", i + 3, false
			}
		}
	}
	return "", i, false
}

// core matches a core expression at token i into r, as match does.
func (tg *tagger) core(i int, later bool, r *res) bool {
	t := tg.tok(i)
	ok := false
	switch t.kind {
	case kNum:
		return tg.numeric(i, r)
	case kPunct:
		*r, ok = tg.apostropheDecade(i)
		return ok
	case kWord:
	default:
		return false
	}
	switch t.e.cls {
	case cMonth:
		*r, ok = tg.month(i, -1)
	case cWeekday:
		ok = tg.weekdayPhrase(i, relNone, i, later, r)
	case cNum:
		if *r, ok = tg.spokenYear(i); !ok {
			*r, ok = tg.count(i, i)
		}
	case cOrd:
		*r, ok = tg.ordinal(i, i)
	case cSeason:
		*r, ok = tg.season(i, i, relNone)
	case cUnit:
		*r, ok = tg.bareUnit(i)
	case cWord:
		ok = tg.wordCore(i, later, r)
	case cHoliday:
		*r, ok = tg.holiday(i)
	case cPart:
		*r, ok = tg.partOfDay(i)
	}
	return ok
}

// partOfDay: a part of the day before its day ("afternoon yesterday"),
// or after "mid" ("by mid-afternoon": the DCT's day). A bare "the
// afternoon" is left alone.
func (tg *tagger) partOfDay(i int) (res, bool) {
	t := tg.tok(i)
	if t.has(fCap) && !tg.word(i-1, wMid) && !tg.word(i-2, wMid) {
		return res{}, false // "Afternoon Tea", a name
	}
	w := tg.text[t.start:int(t.end)]
	if w[len(w)-1] == 's' {
		return res{}, false // "afternoons": a set, not handled here
	}
	var r res
	switch n := tg.tok(i + 1); {
	case n.e.cls == cWord && (int(n.e.val) == wYesterday || int(n.e.val) == wToday || int(n.e.val) == wTomorrow):
		d, ok := tg.deictic(i + 1)
		if !ok || d.typ != Date {
			return res{}, false
		}
		r = d
	case tg.word(i-1, wMid) || tg.word(i-2, wMid) && tg.punct(i-1, '-'):
		r = res{end: i + 1, typ: Date, hasP: true, p: dayPoint(tg.dct), anchor: "DCT", why: tg.withDCT(w)}
	default:
		return res{}, false
	}
	r.typ, r.p.grain, r.p.part = Time, GrainPart, part(t.e.val)
	return r, true
}

// wordCore dispatches on function words.
func (tg *tagger) wordCore(i int, later bool, out *res) bool {
	t := tg.tok(i)
	switch int(t.e.val) {
	case wToday, wYesterday, wTomorrow, wTonight:
		return out.set(tg.deictic(i))
	case wNow, wCurrently, wNowadays:
		return out.set(tg.ref(i, "PRESENT_REF", "now"))
	case wPresent:
		if tg.word(i-1, wAt) {
			return out.set(tg.ref(i, "PRESENT_REF", "now"))
		}
	case wRecently:
		return out.set(tg.ref(i, "PAST_REF", "recently"))
	case wA:
		if tg.word(i+1, wLater) && tg.is(i+2, "date") {
			return out.set(tg.ref(i+2, "FUTURE_REF", "a later date"))
		}
		return out.set(tg.count(i, i))

	case wSoon:
		if tg.word(i+1, wAfter) || tg.word(i+1, wBefore) {
			// "shortly after the attack", "soon after his arrest": a
			// relation to an event, not a time.
			return false
		}
		if tg.is(i-1, "as") && tg.is(i+1, "as") && tg.is(i+2, "possible") {
			return out.set(tg.ref(i+2, "FUTURE_REF", "as soon as possible"))
		}
		if tg.word(i-1, wAs) || tg.is(i-1, "as") {
			return false
		}
		return out.set(tg.ref(i, "FUTURE_REF", "soon"))
	case wRecent:
		n := tg.tok(i + 1)
		if n.e.cls == cUnit && int(n.end) > int(n.start) && tg.text[int(n.end)-1] == 's' {
			return out.set(tg.ref(i+1, "PAST_REF", "recent "+tg.text[n.start:int(n.end)]))
		}
		if n.kind == kWord && !n.has(fCap) {
			return out.set(tg.ref(i, "PAST_REF", "recent"))
		}
	case wFuture:
		if n := tg.tok(i + 1); n.kind == kWord && tg.text[int(n.start)] == 's' && int(n.start) == int(t.end) {
			return false
		}
		if tg.plain(i+1) && !tg.word(i-1, wIn) {
			return false // "future dialogue": an adjective, not a time
		}
		return out.set(tg.ref(i, "FUTURE_REF", "future"))
	case wCurrent:
		n := tg.tok(i + 1)
		if n.e.cls == cUnit {
			return out.set(tg.unitPhrase(i, i+1, wNone, wCurrent, false))
		}
		if tg.word(i+1, wFiscal) && tg.tok(i+2).e.cls == cUnit {
			return out.set(tg.unitPhrase(i, i+2, wNone, wCurrent, false))
		}

	case wOvernight:
		r := res{end: i + 1, typ: Time, hasP: true, anchor: "DCT", overnight: true}
		r.p = dayPoint(tg.dct.AddDate(0, 0, -1))
		r.p.grain, r.p.part = GrainPart, pNight
		r.why = tg.dctWhy("overnight, ", " → the night before")
		return out.set(r, true)
	case wThis, wLast, wNext, wPast, wPrevious, wComing, wFollowing, wUpcoming, wThat, wThe, wLatest, wSame, wThese:
		if int(t.e.val) == wThese && tg.is(i+1, "days") {
			return out.set(tg.ref(i+1, "PRESENT_REF", "these days"))
		}
		if tg.word(i-1, wSo) && int(t.e.val) == wLast {
			return false // "so last year"
		}
		return tg.determiner(i, later, out)
	case wHalf:
		return out.set(tg.count(i, i))
	case wSeveral, wFew, wMany:
		return out.set(tg.count(i, i))
	case wEvery, wEach:
		return out.set(tg.every(i))
	case wDaily, wWeekly, wMonthly, wYearly, wHourly:
		if n := tg.tok(i + 1); n.kind == kWord && n.has(fCap) && int(t.start) > 0 {
			return false // "the daily Kommersant"
		}
		u := uDay
		switch int(t.e.val) {
		case wWeekly:
			u = uWeek
		case wMonthly:
			u = uMonth
		case wYearly:
			u = uYear
		case wHourly:
			u = uHour
		}
		return out.set(res{end: i + 1, typ: Set, val: durationValue(1, u), why: tg.cat("a set: every ", unitName(u))}, true)
	case wOnce, wTwice:
		if tg.word(i+1, wA) && tg.tok(i+2).e.cls == cUnit {
			u := unit(tg.tok(i + 2).e.val)
			f := "1X"
			if int(t.e.val) == wTwice {
				f = "2X"
			}
			return out.set(res{end: i + 3, typ: Set, val: durationValue(1, u), freq: f, why: "a set: " + f + " per " + unitName(u)}, true)
		}
	case wNoonWord, wMidnightWord:
		return out.set(tg.clock(i))
	case wFiscal:
		if n := tg.tok(i + 1); n.kind == kNum && int(n.ndig) == 4 && !n.has(fSep) {
			return out.set(res{end: i + 2, typ: Date, hasP: true, p: point{y: int(n.num), grain: GrainYear}, why: "fiscal year"}, true)
		}
		if tg.is(i+1, "year") {
			if n := tg.tok(i + 2); n.kind == kNum && int(n.ndig) == 4 && !n.has(fSep) {
				return out.set(res{end: i + 3, typ: Date, hasP: true, p: point{y: int(n.num), grain: GrainYear}, why: "fiscal year"}, true)
			}
		}
		if tg.tok(i+1).e.cls == cOrd {
			return out.set(tg.ordinal(i, i+1))
		}
	}
	return false
}

// wAs is not a lexicon word; "as soon as" is checked by text.
const wAs = -1

// spokenYear: "nineteen ninety-six", "nineteen eighty", "two thousand"
// and "the year two thousand" in broadcast transcripts.
func (tg *tagger) spokenYear(i int) (res, bool) {
	t := tg.tok(i)
	v := int(t.e.val)
	y, end := 0, i+1
	switch {
	case v == 2 && tg.is(i+1, "thousand"):
		y, end = 2000, i+2
		k := end
		if tg.word(k, wAnd) {
			k++
		}
		if n := tg.tok(k); n.e.cls == cNum && n.e.val < 20 && n.e.val > 0 {
			y += int(n.e.val)
			end = k + 1
		}
	case v >= 10 && v <= 20:
		n := tg.tok(i + 1)
		if n.e.cls != cNum || n.e.val < 20 || n.e.val%10 != 0 || n.e.val >= 100 {
			return res{}, false
		}
		y, end = v*100+int(n.e.val), i+2
		if ones, e, ok := tg.onesAfter(end); ok {
			y, end = y+ones, e
		}
	default:
		return res{}, false
	}
	if tg.tok(end).e.cls == cUnit {
		return res{}, false // "two thousand years"
	}
	return res{end: end, typ: Date, hasP: true, p: point{y: y, grain: GrainYear}, why: "a year in words"}, true
}

// decadeWords name decades in words ("the nineties").
var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90}

// lowerWord returns token k lower-cased when it is a short ASCII word.
func (tg *tagger) lowerWord(k int) string {
	t := tg.tok(k)
	if t.kind != kWord || int(t.end)-int(t.start) > 12 {
		return ""
	}
	w := tg.text[t.start:int(t.end)]
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			var buf [24]byte
			n, _ := lower(&buf, w)
			return string(buf[:n])
		}
	}
	return w
}

// ref is a vague reference (PRESENT_REF, PAST_REF, FUTURE_REF) ending
// at token i.
func (tg *tagger) ref(i int, v, what string) (res, bool) {
	r := res{end: i + 1, typ: Date, val: v, anchor: "DCT", why: tg.cat(what, ", vague reference to the DCT")}
	dct := time.Date(tg.dctY, time.Month(tg.dctM), tg.dctD, 0, 0, 0, 0, tg.loc)
	switch v {
	case "PRESENT_REF":
		r.iv = tg.interval(Interval{Start: dct, End: dct.AddDate(0, 0, 1), Grain: GrainVague})
	case "PAST_REF":
		r.iv = tg.interval(Interval{Start: time.Date(1, 1, 1, 0, 0, 0, 0, tg.loc), End: dct, Grain: GrainVague})
	case "FUTURE_REF":
		r.iv = tg.interval(Interval{Start: dct.AddDate(0, 0, 1), End: time.Date(9999, 1, 1, 0, 0, 0, 0, tg.loc), Grain: GrainVague})
	}
	return r, true
}

func unitName(u unit) string {
	return [...]string{"", "second", "minute", "hour", "day", "weekend", "week", "fortnight", "month", "quarter",
		"half year", "year", "decade", "century"}[u]
}

// deictic matches today, yesterday, tomorrow, tonight, maybe with a part
// of the day ("yesterday morning").
func (tg *tagger) deictic(i int) (res, bool) {
	t := tg.tok(i)
	if tg.inName(i) {
		return res{}, false // "USA Today", NBC's "Today" show
	}
	off := 0
	switch int(t.e.val) {
	case wYesterday:
		off = -1
	case wTomorrow:
		if tg.word(i-1, wOf) && tg.plain(i-2) && tg.tok(i+1).kind != kWord && !tg.apostrophe(i+1) {
			// "the people of tomorrow", "the cars of tomorrow": the
			// future at large, not the day after the DCT.
			return res{}, false
		}
		off = 1
	case wToday:
		if tg.possessive(i+1) && (genericNow[tg.lowerWord(i+3)] ||
			tg.plain(i+3) && genericNow[tg.lowerWord(i+4)]) {
			// "today's youth", "in today's world", "today's personal
			// computers": the present age, not the day.
			return res{}, false
		}
	}
	d := tg.dct.AddDate(0, 0, off)
	r := res{end: i + 1, typ: Date, hasP: true, p: dayPoint(d), anchor: "DCT"}
	name := tg.text[t.start:int(t.end)]
	r.why = tg.withDCT(name)
	if int(t.e.val) == wTonight {
		r.typ, r.p.grain, r.p.part = Time, GrainPart, pNight
		return r, true
	}
	if n := tg.tok(i + 1); n.e.cls == cPart && !n.has(fCap) {
		r.end, r.typ, r.p.grain, r.p.part = i+2, Time, GrainPart, part(n.e.val)
	}
	return r, true
}

// inName reports whether the capitalized word i continues a name rather
// than starting a time: after a capitalized word of its sentence ("USA
// Today", "VOA Today") or a capitalized possessive ("NBC's Today", "ABC's
// This Week"), or before "show" ("the Today show").
func (tg *tagger) inName(i int) bool {
	t := tg.tok(i)
	if !t.has(fCap) || t.has(fUpper) {
		return false
	}
	if tg.is(i+1, "show") {
		return true
	}
	p := tg.tok(i - 1)
	if p.kind == kWord && p.has(fCap) && p.sent == t.sent && p.e.cls == cNone {
		return true
	}
	return tg.possessive(i-2) && tg.tok(i-3).has(fCap) && tg.tok(i-3).e.cls == cNone
}

// determiner matches phrases that open with the, this, last, next, past,
// previous, coming, following, upcoming, that, latest, same.
func (tg *tagger) determiner(i int, later bool, out *res) bool {
	d := int(tg.tok(i).e.val)
	j := i + 1
	if d == wThis && tg.tok(j).has(fCap) && tg.inName(i) {
		return false // ABC's "This Week"
	}
	if comparable := d == wThe && (tg.is(j, "corresponding") || tg.is(j, "comparable")); comparable || d == wThe && tg.word(j, wSame) {
		if tg.is(j+1, "period") && (tg.word(j+2, wLast) && tg.is(j+3, "year") ||
			tg.word(j+2, wA) && tg.is(j+3, "year") && (tg.word(j+4, wAgo) || tg.word(j+4, wEarlier))) {
			// "the corresponding period last year", "the same period a
			// year ago": what the report compares, a year before.
			end := j + 4
			if tg.word(j+2, wA) {
				end++
			}
			return out.set(tg.yearBefore(res{end: end}, 1, -1, i))
		}
		if comparable && tg.is(j+1, "year") && tg.hyphen(j+1) {
			// "the comparable year-ago quarter": the phrase, whole.
			if r, ok := tg.bareUnit(j + 1); ok && r.hasP {
				return out.set(r, true)
			}
		}
	}
	if d == wThe && tg.word(j, wLast) && tg.word(j+1, wHalf) && tg.word(j+2, wOf) {
		// "the last half of 1989": only with a year, which "the last
		// half of the game" lacks.
		if r, ok := tg.partOfYear(i, j+2, 2, GrainHalf); ok && r.anchor == "" || ok && !tg.word(j+3, wThe) && int(r.end) > j+3 {
			return out.set(r, true)
		}
	}
	if d == wThis && (tg.word(j, wComing) || tg.word(j, wUpcoming)) {
		// "this coming Sunday": "coming Sunday", with its "this".
		return tg.detPhrase(i, j+1, wNone, int(tg.tok(j).e.val), later, out)
	}
	if d == wThe || d == wThis && tg.word(j, wPast) {
		if tg.tok(j).e.cls == cWord {
			switch int(tg.tok(j).e.val) {
			case wNext, wPast, wLast, wComing, wFollowing, wPrevious, wSame, wLatest, wCurrent, wUpcoming, wRecent:
				d2 := int(tg.tok(j).e.val)
				if d == wThis && d2 == wPast {
					d2 = wLast
				}
				return tg.detPhrase(i, j+1, d, d2, later, out)
			}
		}
		if tg.is(j, "near") && tg.word(j+1, wFuture) {
			return out.set(tg.ref(j+1, "FUTURE_REF", "the near future"))
		}
	}
	if d == wThe && tg.is(j+1, "period") {
		if r, ok := tg.yearPeriod(i, j); ok {
			return out.set(r, true) // "the 1988 period"
		}
	}
	if d == wThe && tg.word(j, wFiscal) && (tg.tok(j+1).e.cls == cOrd || tg.is(j+1, "second")) {
		return out.set(tg.ordinal(i, j+1)) // "the fiscal first quarter"
	}
	if d == wThe && tg.word(j, wFiscal) && tg.is(j+1, "year") && !tg.word(j+2, wOf) && tg.tok(j+2).kind != kNum {
		if tg.is(j+2, "ended") || tg.is(j+2, "ending") {
			// "the fiscal year ended Jan. 31": a reporting period
			return out.set(res{end: j + 2, typ: Duration, val: durationValue(1, uYear), why: "a reporting period"}, true)
		}
		// "lower earnings for the fiscal year": the current one
		p, _ := tg.relPoint(uYear, relThis)
		return out.set(res{end: j + 2, typ: Date, hasP: true, p: p, anchor: "DCT", why: "the fiscal year, taken as the DCT's year"}, true)
	}
	if d == wThe {
		return tg.detPhrase(i, j, wThe, wNone, later, out)
	}
	return tg.detPhrase(i, j, wNone, d, later, out)
}

// detPhrase handles the word after the determiners: d is "the" or none,
// d2 the relation word.
func (tg *tagger) detPhrase(i, j, d, d2 int, later bool, out *res) bool {
	if d2 != wNone && tg.word(j, wFiscal) && tg.tok(j+1).e.cls == cUnit {
		// "the current fiscal year", "last fiscal year": the unit.
		j++
	}
	n := tg.tok(j)
	if d == wThe && d2 == wNone && tg.is(j, "second") && (tg.word(j+1, wHalf) || tg.is(j+1, "quarter")) {
		return out.set(tg.ordinal(i, j)) // "the second half": not the unit
	}
	rel := relNone
	switch d2 {
	case wLast, wPrevious:
		rel = relLast
	case wNext, wComing, wFollowing, wUpcoming:
		rel = relNext
	case wThis, wCurrent, wLatest:
		rel = relThis
	}
	// Vague "the past", "the future", "the present".
	if d2 == wLatest && tg.is(j, "period") {
		return out.set(tg.reportedQuarter(j+1, "the latest period"))
	}
	if d == wThe && d2 == wNone {
		if tg.is(j, "full") && tg.is(j+1, "year") {
			p := atGrain(tg.dct, GrainYear)
			return out.set(res{end: j + 2, typ: Date, hasP: true, p: p, anchor: "DCT", why: "the full year, the DCT's year"}, true)
		}
		if (tg.is(j, "near") || tg.is(j, "short")) && tg.is(j+1, "term") {
			return out.set(tg.ref(j+1, "FUTURE_REF", "the near term"))
		}
		if dec, ok := decadeWords[tg.lowerWord(j)]; ok {
			return out.set(res{end: j + 1, typ: Date, hasP: true, p: point{y: tg.decadeBefore(dec), grain: GrainDecade}, why: "a decade in words"}, true)
		}
	}
	if d == wThe && d2 == wNone {
		switch {
		case n.e.cls == cWord && int(n.e.val) == wFuture:
			return out.set(tg.ref(j, "FUTURE_REF", "the future"))
		case n.e.cls == cWord && int(n.e.val) == wPresent:
			return out.set(tg.ref(j, "PRESENT_REF", "the present"))
		}
	}
	if d == wThe && d2 == wPast && tg.word(i-1, wIn) && n.e.cls != cUnit && n.e.cls != cNum && n.kind != kNum && !tg.word(j, wFew) && !tg.word(j, wSeveral) {
		return out.set(tg.ref(j-1, "PAST_REF", "in the past"))
	}
	if d == wThe && d2 == wPast && (n.kind == kPunct || n.kind == 0 || n.kind == kWord && n.e.cls == cWord && !tg.word(j, wFew)) {
		return out.set(tg.ref(j-1, "PAST_REF", "the past"))
	}
	// "the next two weeks", "the past 24 hours", "the first nine months".
	if n.kind == kNum || n.e.cls == cNum || n.e.cls == cWord && (int(n.e.val) == wFew || int(n.e.val) == wSeveral) {
		if r, ok := tg.count(j, i); ok && r.typ == Duration && !(d2 == wNone && tg.punct(int(r.end)-2, '-')) {
			return out.set(tg.spanDuration(i, r, d2))
		}
	}
	switch n.e.cls {
	case cWeekday:
		if d2 == wThat || d2 == wSame {
			return tg.weekdayPhrase(j, relNone, i, true, out)
		}
		if d == wThe && (d2 == wFollowing || d2 == wNext) {
			return tg.weekdayPhrase(j, relNext, i, true, out)
		}
		if d == wThe && d2 == wPrevious {
			return tg.weekdayPhrase(j, relLast, i, true, out)
		}
		if d == wThe && d2 == wNone {
			return false
		}
		return tg.weekdayPhrase(j, rel, i, later, out)
	case cMonth:
		if d == wThe || d2 == wThat || d2 == wSame {
			return false
		}
		return out.set(tg.monthRel(i, j, rel))
	case cSeason:
		return out.set(tg.season(i, j, rel))
	case cPart:
		return out.set(tg.partPhrase(i, j, d, d2))
	case cOrd:
		if d == wThe || d2 == wLatest {
			return out.set(tg.ordinal(i, j))
		}
	case cHoliday:
		if d2 == wLast || d2 == wNext || d2 == wThis {
			r, ok := tg.holiday(j)
			if ok && r.hasP {
				d := r.p.date()
				y := tg.dctY
				if d2 == wLast && !d.Before(tg.dct) || d2 == wNext && !d.After(tg.dct) {
					step := -1
					if d2 == wNext {
						step = 1
					}
					hd, _ := holidayDate(int(n.e.val), d.Year()+step, false)
					if !hd.IsZero() && tg.is(j+1, "eve") {
						hd = hd.AddDate(0, 0, -1)
					}
					if !hd.IsZero() {
						r.p = dayPoint(hd)
					}
				}
				_ = y
				r.why = tg.withDCT(tg.text[tg.tok(i).start:int(tg.tok(j).end)])
			}
			return out.set(r, ok)
		}
	case cUnit:
		return out.set(tg.unitPhrase(i, j, d, d2, later))
	case cNone, cWord:
		if d == wThe && d2 == wNone && n.kind == kNum {
			var r res
			if tg.numeric(j, &r) && r.hasP && (r.p.grain == GrainDecade || r.p.grain == GrainCentury) {
				return out.set(r, true)
			}
			return false
		}
		if d2 == wComing && (tg.word(j, wDays) || n.kind == kWord) {
			return false
		}
	}
	if d == wThe && d2 == wNone && n.kind == kPunct && (n.r == '\'' || n.r == '\u2019') {
		if r, ok := tg.apostropheDecade(j); ok {
			return out.set(r, true)
		}
	}
	return false
}

// spanDuration turns "the next two weeks" into a duration anchored at the
// DCT with its interval.
func (tg *tagger) spanDuration(i int, r res, d2 int) (res, bool) {
	dct := time.Date(tg.dctY, time.Month(tg.dctM), tg.dctD, 0, 0, 0, 0, tg.loc)
	n, u := r.evN, r.evUnit
	switch d2 {
	case wNext, wComing, wUpcoming:
		if n > 0 {
			r.iv = tg.interval(Interval{Start: dct, End: addUnits(dct, n, u), Grain: unitGrain[u]})
		}
		r.anchor = "DCT"
		r.why = tg.spanWhy(spanKey{day: tg.dctDay, n: n, u: u, next: true, within: tg.word(i-1, wWithin)})
	case wPast, wLast, wPrevious:
		if n > 0 {
			r.iv = tg.interval(Interval{Start: addUnits(dct, -n, u), End: dct, Grain: unitGrain[u]})
		}
		r.anchor = "DCT"
		r.why = tg.spanWhy(spanKey{day: tg.dctDay, n: n, u: u})
	}
	r.evN, r.evUnit = 0, 0
	return r, true
}

// spanKey keys the explanation of the next (or past) n units from the
// DCT of day (see tagger.dctDay), maybe "within" them.
type spanKey struct {
	day, n       int
	u            unit
	next, within bool
}

// spanWhy explains a span of units from the DCT (see spanDuration),
// built once per DCT and kept from one text to the next (up to 512
// entries).
func (tg *tagger) spanWhy(k spanKey) string {
	if s, ok := tg.spanWhys.get(k); ok {
		return s
	}
	var s string
	switch {
	case !k.next:
		s = "the " + strconv.Itoa(k.n) + " " + unitName(k.u) + "s before the DCT, " + tg.dctS
	case k.within:
		s = "within the next " + strconv.Itoa(k.n) + " " + unitName(k.u) + "s from the DCT, " + tg.dctS
	default:
		s = "the next " + strconv.Itoa(k.n) + " " + unitName(k.u) + "s from the DCT, " + tg.dctS
	}
	return tg.spanWhys.keep(k, s)
}

// unitPhrase: "this week", "last year", "next month", "the weekend",
// "that day", "the next day", "the same week", "the year".
func (tg *tagger) unitPhrase(i, j, d, d2 int, later bool) (res, bool) {
	n := tg.tok(j)
	u := unit(n.e.val)
	w := tg.text[n.start:int(n.end)]
	if u == uYear && tg.hyphen(j) && (tg.word(j+2, wEarlier) || tg.word(j+2, wAgo)) {
		return tg.bareUnit(j)
	}
	if tg.punct(j+1, '-') && tg.glued(j+1) && tg.is(j+2, "to") {
		return res{}, false // "quarter-to-quarter"
	}
	if u == uYear && d == wThe && d2 == wNone && tg.hyphen(j) && tg.word(j+2, wEnd) {
		return tg.bareUnit(j) // "the year-end", not "the year" and a stray "-end"
	}
	if d == wThe && d2 == wNone && (tg.is(j+1, "ended") || tg.is(j+1, "ending")) && (u == uYear || u == uMonth || u == uWeek) {
		return res{end: j + 1, typ: Duration, val: durationValue(1, u), why: "a reporting period"}, true
	}
	if w[len(w)-1] == 's' && u != uCentury && !tg.is(j, "centuries") || u == uCentury && tg.is(j, "centuries") {
		// plural: "the coming weeks", "recent years", "the past years".
		switch d2 {
		case wComing, wNext, wUpcoming:
			return tg.ref(j, "FUTURE_REF", "the coming "+w)
		case wPast, wLast, wPrevious, wRecent:
			return tg.ref(j, "PAST_REF", "the past "+w)
		}
		if tg.is(j+1, "ahead") {
			return res{end: j + 2, typ: Duration, val: durationValue(-1, u), why: "an unspecified number of " + w}, true
		}
		return res{}, false
	}
	end := j + 1
	tense := tg.tense(i, end)
	// Anaphora: "that day", "the same week", "the next day", "the
	// following week", "the previous day".
	anaph := d2 == wThat || d2 == wSame || d2 == wFollowing ||
		(d2 == wNext || d2 == wPrevious) && (u == uDay || tense == tPast && len(tg.hist) > 0)
	if anaph {
		if u == uDay && (tg.word(end, wBefore) || tg.word(end, wAfter)) && d == wThe && d2 == wNone {
			anaph = true
		}
		g := unitGrain[u]
		h, ok := tg.anchorFor(g)
		if !ok {
			if d2 == wThat || d2 == wSame {
				return res{}, false
			}
			// "the next week" with nothing to refer to: from the DCT.
			p, _ := tg.relPoint(u, rel(d2))
			return res{end: end, typ: Date, hasP: true, p: p, anchor: "DCT", why: tg.text[tg.tok(i).start:int(n.end)] + ", nothing earlier to refer to, " + tg.dctS}, true
		}
		p := coarsen(h.p, g)
		step := 0
		switch d2 {
		case wNext, wFollowing:
			step = 1
		case wPrevious:
			step = -1
		}
		if step != 0 {
			p = p.shift(step, u)
		}
		r := res{end: end, typ: Date, hasP: true, p: p, anchor: h.id}
		r.why = tg.refWhy("refers back to ", h.id, h.p)
		if step != 0 {
			r.why += ", " + strconv.Itoa(step) + " " + unitName(u)
		}
		return r, true
	}
	if d == wThe && d2 == wNone {
		switch u {
		case uWeekend:
			return tg.weekend(i, end, relNone)
		case uYear:
			if r, ok := tg.spokenYear(end); ok {
				return r, true // "the year two thousand"
			}
			if tg.tok(end).kind == kNum || tg.word(end, wOf) || tg.is(end, "before") || tg.is(end, "after") {
				return res{}, false
			}
			p, _ := tg.relPoint(uYear, relThis)
			return res{end: end, typ: Date, hasP: true, p: p, anchor: "DCT", why: "the year, the DCT's year"}, true
		case uDay:
			if tg.word(end, wBefore) && tg.word(end+1, wYesterday) || tg.word(end, wAfter) && tg.word(end+1, wTomorrow) {
				off := -2
				if tg.word(end, wAfter) {
					off = 2
				}
				return res{end: end + 2, typ: Date, hasP: true, p: dayPoint(tg.dct.AddDate(0, 0, off)), anchor: "DCT", why: tg.withDCT(tg.text[tg.tok(i).start:int(tg.tok(end+1).end)])}, true
			}
			if tg.word(end, wBefore) || tg.word(end, wAfter) {
				step := 1
				if tg.word(end, wBefore) {
					step = -1
				}
				if n := len(tg.out); n > 0 && len(tg.hist) > 0 && tg.punct(i-1, ',') && tg.out[n-1].End == int(tg.tok(i-1).start) &&
					tg.hist[len(tg.hist)-1].id == tg.out[n-1].ID && tg.hist[len(tg.hist)-1].p.grain == GrainDay {
					// "Oct. 12, the day before the crash": the day named
					// just before, in apposition.
					h := tg.hist[len(tg.hist)-1]
					return res{end: end, typ: Date, hasP: true, p: h.p, anchor: h.id, why: tg.refWhy("in apposition to ", h.id, h.p)}, true
				}
				var d res
				if tg.match(end+1, &d) && d.hasP && d.p.grain == GrainDay && d.skip == 0 {
					// "the day before last Tuesday", "the day after Christmas"
					p := d.p.shift(step, uDay)
					rel := "after "
					if step < 0 {
						rel = "before "
					}
					return res{end: int(d.end), typ: Date, hasP: true, p: p, anchor: d.anchor, why: "the day " + rel + d.p.value()}, true
				}
				h, ok := tg.anchorFor(GrainDay)
				if !ok {
					return res{}, false
				}
				if w := tg.text[tg.tok(end+1).start:int(tg.tok(end+1).end)]; tg.tok(end+1).kind == kWord && len(w) > 4 && w[len(w)-3:] == "ing" {
					// "later in the day before returning home": "the
					// day" alone; "the day before leaving": unknown.
					if tg.word(i-1, wIn) && (tg.word(i-2, wLater) || tg.word(i-2, wEarlier)) {
						p := coarsen(h.p, GrainDay)
						return res{end: end, typ: Date, hasP: true, p: p, anchor: h.id, why: tg.refWhy("refers back to ", h.id, h.p)}, true
					}
					return res{}, false
				}
				p := coarsen(h.p, GrainDay).shift(step, uDay)
				return res{end: end + 1, typ: Date, hasP: true, p: p, anchor: h.id, why: tg.refWhy("refers back to ", h.id, h.p)}, true
			}
		case uMonth:
			if tg.word(i-1, wOf) && (tg.word(i-2, wEnd) || tg.word(i-2, wBeginning) || tg.word(i-2, wStart) || tg.word(i-2, wMiddle)) {
				// "by the end of the month": the DCT's month.
				p, _ := tg.relPoint(uMonth, relThis)
				return res{end: end, typ: Date, hasP: true, p: p, anchor: "DCT", why: "the month, the DCT's month"}, true
			}
		case uWeek:
			if tg.word(end, wOf) {
				var r res
				if tg.match(end+1, &r) && r.hasP && r.p.grain == GrainDay {
					p := weekPoint(r.p.date())
					return res{end: int(r.end), typ: Date, hasP: true, p: p, anchor: r.anchor, why: "the week holding " + r.p.value()}, true
				}
			}
		case uQuarter:
			// "the quarter": the latest quarter a company reports on.
			r, _ := tg.reportedQuarter(end, "the quarter")
			p := r.p
			if tg.word(end, wA) && tg.is(end+1, "year") && (tg.word(end+2, wAgo) || tg.word(end+2, wEarlier)) {
				// "the quarter a year ago": that quarter of the year before.
				return res{end: end + 3, typ: Date, hasP: true, p: p.shift(-1, uYear), anchor: "DCT", yearAgo: true,
					why: tg.dctWhy("the quarter a year ago, the last full quarter before the DCT a year earlier, ", "")}, true
			}
			return r, true
		}
		return res{}, false
	}
	if u == uWeekend {
		return tg.weekend(i, end, rel(d2))
	}
	if d2 == wLatest && u == uYear && tg.word(i, wThe) {
		p := atGrain(tg.dct, GrainYear).shift(-1, uYear)
		return res{end: end, typ: Date, hasP: true, p: p, anchor: "DCT", why: tg.dctWhy("the latest year, the last full year before the DCT, ", "")}, true
	}
	if d2 == wLatest && u == uQuarter {
		return tg.reportedQuarter(end, "the latest quarter")
	}
	if d2 == wThis && u == uQuarter && tg.possessive(end) && tg.hasReport() {
		// "This quarter's loss includes charges" after "a net loss for
		// the third quarter ended Sept. 30": the quarter reported.
		return tg.reportedQuarter(end, "this quarter's")
	}
	if d == wThe && (d2 == wPast || d2 == wLast || d2 == wNext || d2 == wComing) && u != uDay {
		// "the past year": the stretch up to the DCT.
		if d2 == wPast || d2 == wLast {
			r := res{end: end, typ: Duration, val: durationValue(1, u), anchor: "DCT"}
			dct := time.Date(tg.dctY, time.Month(tg.dctM), tg.dctD, 0, 0, 0, 0, tg.loc)
			r.iv = tg.interval(Interval{Start: addUnits(dct, -1, u), End: dct, Grain: unitGrain[u]})
			r.why = tg.withDCT(tg.cat(tg.cat("the ", unitName(u)), " up to the DCT"))
			return r, true
		}
	}
	if u == uDay && d2 != wNone {
		return res{}, false
	}
	p, ok := tg.relPoint(u, rel(d2))
	if !ok {
		return res{}, false
	}
	if u == uYear && tg.possessive(end) {
		// "this year's third quarter", "last year's first half"
		k := end + 2
		if tg.word(k, wFiscal) {
			k++
		}
		if o := tg.tok(k); o.e.cls == cOrd || tg.is(k, "second") {
			if r, ok := tg.ordinal(k, k); ok && r.hasP && (r.p.grain == GrainQuarter || r.p.grain == GrainHalf) {
				r.p.y = p.y
				r.anchor = "DCT"
				r.why = tg.withDCT(tg.text[tg.tok(i).start:int(n.end)])
				return r, true
			}
		}
	}
	if u == uYear && d2 == wLast && d == wNone {
		if tg.figureComparison(i, end) && tg.comparedPeriod(i) == GrainQuarter {
			// "earnings of $33 million last year" after "in the latest
			// quarter": the year-ago quarter.
			return tg.yearBeforeIn(res{end: end}, 1, -1, i, GrainQuarter)
		}
		if tg.possessive(end) && tg.is(end+2, "quarter") {
			// "last year's quarter": the quarter reported, a year before.
			return tg.yearBefore(res{end: end + 3}, 1, -1, i)
		}
	}
	r := res{end: end, typ: Date, hasP: true, p: p, anchor: "DCT"}
	r.why = tg.withDCT(tg.text[tg.tok(i).start:int(n.end)])
	if tg.apostrophe(end) {
		// "last year's": fine as is.
		r.end = end
	}
	return r, true
}

// rel maps a relation word to a relation.
func rel(d2 int) int {
	switch d2 {
	case wLast, wPrevious, wPast:
		return relLast
	case wNext, wComing, wFollowing, wUpcoming:
		return relNext
	case wThis, wCurrent, wLatest:
		return relThis
	}
	return relNone
}

// weekend resolves "the weekend", "this weekend", "last weekend".
func (tg *tagger) weekend(i, end, rl int) (res, bool) {
	dw := int(tg.dct.Weekday())
	sat := tg.dct.AddDate(0, 0, 6-dw) // Saturday of the DCT's week (Sun counts as after)
	if dw == 0 {
		sat = tg.dct.AddDate(0, 0, -1)
	}
	why := ""
	switch rl {
	case relLast:
		sat = sat.AddDate(0, 0, -7)
		why = "last weekend"
	case relNext:
		sat = sat.AddDate(0, 0, 7)
		why = "next weekend"
	case relThis:
		why = "this weekend"
	default:
		if tg.tense(i, end) == tPast && dw != 0 && dw != 6 {
			sat = sat.AddDate(0, 0, -7)
			why = "the weekend, past tense"
		} else {
			why = "the weekend"
		}
	}
	p := weekPoint(sat)
	p.grain = GrainWeekend
	return res{end: end, typ: Date, hasP: true, p: p, anchor: "DCT", why: tg.withDCT(why)}, true
}

// partPhrase: "this morning", "last night", "that evening", "the next
// morning".
func (tg *tagger) partPhrase(i, j, d, d2 int) (res, bool) {
	n := tg.tok(j)
	pt := part(n.e.val)
	r := res{end: j + 1, typ: Time, hasP: true}
	switch {
	case d2 == wThis || d2 == wNone && d == wThe && pt != pNight:
		if d == wThe {
			return res{}, false
		}
		r.p = dayPoint(tg.dct)
		r.anchor = "DCT"
		r.why = tg.withDCT(tg.cat("this ", tg.text[n.start:int(n.end)]))
	case d2 == wLast && pt == pNight:
		r.p = dayPoint(tg.dct.AddDate(0, 0, -1))
		r.anchor = "DCT"
		r.why = tg.dctWhy("last night, ", " → the night before")
	case d2 == wThat || d2 == wSame || d2 == wNext || d2 == wFollowing || d2 == wPrevious:
		h, ok := tg.anchorFor(GrainDay)
		if !ok {
			return res{}, false
		}
		r.p = dayPoint(h.p.date())
		switch d2 {
		case wNext, wFollowing:
			r.p = r.p.shift(1, uDay)
		case wPrevious:
			r.p = r.p.shift(-1, uDay)
		}
		r.anchor = h.id
		r.why = tg.refWhy("refers back to ", h.id, h.p)
	default:
		return res{}, false
	}
	r.p.grain, r.p.part = GrainPart, pt
	return r, true
}

// weekdayPhrase: a weekday at token j ("Tuesday", "Tuesday night",
// "Tuesday, Feb. 18"); i is the first token of the expression. later
// makes it anaphoric when the last resolved date is that weekday.
func (tg *tagger) weekdayPhrase(j, rl, i int, later bool, out *res) bool {
	t := tg.tok(j)
	if !t.has(fCap) && !tg.glued(j) && t.e.is(eAbbrev) {
		return false
	}
	if !t.has(fCap) && t.e.is(eAbbrev) {
		return false
	}
	end := j + 1
	if t.e.is(eAbbrev) {
		// "Tue." only before a date: "Tue., Feb. 18".
		if !tg.punct(end, '.') || !tg.glued(end) {
			return false
		}
		end++
		k := end
		if tg.punct(k, ',') {
			k++
		}
		if tg.tok(k).e.cls != cMonth {
			return false
		}
	}
	wd := int(t.e.val)
	if n := tg.tok(end); n.kind == kWord && n.has(fCap) && !n.has(fUpper) && newspaperWords[tg.lowerWord(end)] {
		return false // "the Sunday Times", "Sunday Telegraph reporters"
	}
	// Names: "Saturday Night Live", "Tuesday Morning" (the retailer).
	if n := tg.tok(end); n.e.cls == cPart && n.has(fCap) && t.has(fCap) {
		nn := tg.tok(end + 1)
		if nn.kind == kWord && nn.has(fCap) {
			return false
		}
		if p := tg.tok(i - 1); !(p.kind == kWord && p.has(fCap) && int(p.sent) == int(t.sent)) {
			return false
		}
	}
	// "Tuesday, Feb. 18" / "Tuesday Feb. 18, 2025": the date decides.
	k := end
	if tg.punct(k, ',') {
		k++
	}
	if tg.tok(k).e.cls == cMonth {
		if r, ok := tg.month(k, wd); ok {
			if r.hasP && r.p.grain == GrainDay {
				got := int(r.p.date().Weekday())
				if got != wd {
					r.warn = weekdayName[wd] + " does not match " + r.p.value() + ", a " + weekdayName[got]
				} else {
					r.why += ", " + weekdayName[wd] + " matches"
				}
			}
			return out.set(r, true)
		}
	}
	// "on Monday and Tuesday nights": every Monday night, as every
	// Tuesday night.
	if rl == relNone && !later && (tg.word(end, wAnd) || tg.word(end, wOr)) && tg.tok(end+1).e.cls == cWeekday && tg.tok(end+1).has(fCap) {
		if n := tg.tok(end + 2); n.e.cls == cPart && !n.has(fCap) && tg.text[int(n.end)-1] == 's' {
			return out.set(res{end: end, typ: Set, val: everyWeekday(wd) + "T" + partCode[n.e.val],
				why: "a set: every " + weekdayName[wd] + " " + tg.text[n.start:int(n.end)-1] + ", the part of the day shared with the next weekday"}, true)
		}
	}
	r := res{end: end, typ: Date, hasP: true, anchor: "DCT"}
	tense := tg.tense(i, end)
	if later || rl == relNone && tg.word(i, wThat) {
		h, ok := tg.anchorFor(GrainDay)
		if ok && rl == relLast {
			h = tg.storyDay(h)
		}
		switch {
		case ok && rl == relNone && int(h.p.date().Weekday()) == wd:
			r.p = dayPoint(h.p.date())
			r.anchor = h.id
			r.why = tg.refWhy("refers back to ", h.id, h.p)
		case ok && rl == relNext:
			// "the following Monday": the first one after the day
			// the story is at, never that day itself.
			d := h.p.date()
			fwd := (wd - int(d.Weekday()) + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			r.p = dayPoint(d.AddDate(0, 0, fwd))
			r.anchor = h.id
			r.why = "the following " + weekdayName[wd] + tg.refWhy(" after ", h.id, h.p)
		case ok && rl == relLast && int(h.p.date().Weekday()) == wd:
			// "down from the previous Friday" after "closed Friday": the
			// one before that day, also across "overnight losses" (a
			// night placed from the DCT, not the day the story is at).
			// Another weekday ("the talks on Tuesday ... set for the
			// previous Wednesday") counts from the DCT.
			r.p = dayPoint(h.p.date().AddDate(0, 0, -7))
			r.anchor = h.id
			r.why = "the previous " + weekdayName[wd] + tg.refWhy(" before ", h.id, h.p)
		default:
			r.p, r.why = tg.weekday(wd, rl, tense)
		}
	} else {
		r.p, r.why = tg.weekday(wd, rl, tense)
	}
	// "Tuesday night", "Friday morning".
	if n := tg.tok(end); n.e.cls == cPart && !n.has(fCap) || n.e.cls == cPart && t.has(fCap) && tg.tok(end+1).kind != kWord {
		r.end = end + 1
		r.typ = Time
		r.p.grain, r.p.part = GrainPart, part(n.e.val)
		if w := tg.text[n.start:int(n.end)]; w[len(w)-1] == 's' && rl == relNone && !later {
			// "on Tuesday nights": every Tuesday night.
			return out.set(res{end: end + 1, typ: Set, val: everyWeekday(wd) + "T" + partCode[n.e.val],
				why: "a set: every " + weekdayName[wd] + " " + w[:len(w)-1]}, true)
		}
	}
	return out.set(r, true)
}

// monthContext reports whether the word before token i makes a bare
// month name a date ("in May", "since March", "last April").
func (tg *tagger) monthContext(i int) bool {
	p := tg.tok(i - 1)
	if p.kind == kPunct && p.r == '-' && !p.has(fSpace) {
		return tg.word(i-2, wMid) || tg.word(i-2, wEarly) || tg.word(i-2, wLate)
	}
	// "the March accession", "a June agreement", "its May issue"
	attributive := func() bool {
		return tg.plain(i+1) && !tg.is(i+1, "of")
	}
	if p.kind != kWord || p.e.cls != cWord {
		switch {
		case tg.is(i-1, "between"), tg.is(i-1, "late"), tg.is(i-1, "throughout"), tg.is(i-1, "as"), tg.is(i-1, "into"):
			return true
		case tg.is(i-1, "its"), tg.is(i-1, "their"), tg.is(i-1, "his"), tg.is(i-1, "her"):
			return attributive()
		}
		return false
	}
	switch int(p.e.val) {
	case wIn, wSince, wUntil, wBy, wThrough, wFrom, wOf, wDuring, wBefore, wAfter, wLast, wNext, wThis,
		wEarly, wLate, wMid, wEnd, wAnd, wOr, wTo, wEvery, wEach, wPast, wComing, wThat, wFor:
		return true
	case wThe, wA:
		return attributive()
	}
	return false
}

// month: "Feb. 18", "February 24, 2022", "June 2021", "May 9", "in May".
// wd >= 0 is a weekday named before the date.
func (tg *tagger) month(i int, wd int) (res, bool) {
	t := tg.tok(i)
	if !t.has(fCap) {
		return res{}, false
	}
	m := int(t.e.val)
	j := i + 1
	dotted := false
	if t.e.is(eAbbrev) {
		if tg.punct(j, '.') && tg.glued(j) {
			j++
			dotted = true
		}
	}
	day, year := 0, 0
	end := j
	if n := tg.tok(j); n.kind == kNum && !n.has(fSep) && int(n.ndig) <= 2 && int(n.num) >= 1 && int(n.num) <= 31 && !tg.punct(j+1, '%') && !(tg.punct(j+1, ':') && tg.glued(j+1) && tg.glued(j+2) && tg.tok(j+2).kind == kNum) {
		day = int(n.num)
		end = j + 1
		if s := tg.tok(end); s.kind == kWord && tg.glued(end) && (tg.is(end, "st") || tg.is(end, "nd") || tg.is(end, "rd") || tg.is(end, "th")) {
			end++
		}
		k := end
		if tg.punct(k, ',') {
			k++
		}
		if y := tg.tok(k); y.kind == kNum && !y.has(fSep) && int(y.ndig) == 4 && !tg.punct(k+1, '%') {
			year = int(y.num)
			end = k + 1
		}
	} else if n := tg.tok(j); n.e.cls == cOrd && !tg.is(j, "second") && int(n.e.val) <= 31 {
		day = int(n.e.val)
		end = j + 1
	} else {
		k := j
		if tg.punct(k, ',') || tg.word(k, wOf) {
			k++
		}
		if y := tg.tok(k); y.kind == kNum && !y.has(fSep) && int(y.ndig) == 4 && !tg.punct(k+1, '%') {
			year = int(y.num)
			end = k + 1
		} else if y.e.cls == cNum {
			if sy, ok := tg.spokenYear(k); ok {
				year, end = sy.p.y, int(sy.end) // "January nineteen ninety-seven"
			}
		}
	}
	if day == 0 && year == 0 {
		if t.e.is(eAbbrev) && !dotted {
			return res{}, false
		}
		if !tg.monthContext(i) {
			if wd < 0 {
				return res{}, false
			}
		}
		if m == 5 && tg.tok(i+1).kind == kWord && !tg.tok(i+1).has(fCap) && !tg.word(i+1, wAnd) && !tg.word(i+1, wOr) && !tg.word(i+1, wTo) {
			// "in May be..." is rare; "Ukraine May Need" is a headline verb.
			if tg.tok(i+1).e.cls == cNone {
				return res{}, false
			}
		}
	}
	if day == 0 && (m == 5 || m == 3) && tg.tok(i-1).kind == kWord && tg.tok(i-1).has(fCap) && tg.tok(i-1).e.cls != cWord {
		return res{}, false // headline verb: "Ukraine May Need", "Thousands March"
	}
	// "February this year", "June last year", "May 9 next year".
	if year == 0 && (tg.word(end, wThis) || tg.word(end, wLast) || tg.word(end, wNext)) && tg.is(end+1, "year") {
		year = tg.dctY
		if tg.word(end, wLast) {
			year--
		} else if tg.word(end, wNext) {
			year++
		}
		end += 2
	}
	r := res{end: end, typ: Date, hasP: true}
	switch {
	case day > 0 && year > 0:
		r.p = point{y: year, m: m, d: day, grain: GrainDay}
		r.why = "full date"
		if !validDay(year, m, day) {
			r.warn = "no such day: " + r.p.value()
			r.hasP, r.val = false, r.p.value()
		}
	case day > 0:
		tense := tg.spanEndTense(i, tg.tense(i, end))
		y, why := tg.yearOf(m, day, tense, wd)
		r.p = point{y: y, m: m, d: day, grain: GrainDay}
		r.anchor = "DCT"
		r.why = tg.cat("no year, ", why)
		if !validDay(y, m, day) {
			r.warn = "no such day"
			r.hasP, r.val = false, "XXXX-"+pad2(m)+"-"+pad2(day)
		}
	case year > 0:
		r.p = point{y: year, m: m, grain: GrainMonth}
		r.why = "month and year"
	default:
		tense := tg.spanEndTense(i, tg.tense(i, end))
		y, why := tg.yearOf(m, 0, tense, -1)
		r.p = point{y: y, m: m, grain: GrainMonth}
		r.anchor = "DCT"
		r.why = tg.cat("month without year, ", why)
	}
	return r, true
}

// spanEndTense returns the tense for a date without a year at token i
// whose clause has tense: after "through" in a present perfect clause
// ("has extended $90 million in loans through January") the date ends a
// span that runs up to now and may lie ahead, so the past tense gives
// way to no cue (the nearer of the last and the next such date: "sales
// have risen through August" in October is this August).
func (tg *tagger) spanEndTense(i int, tense int8) int8 {
	if tense == tPast && tg.word(i-1, wThrough) && tg.presentPerfect(i) {
		return 0
	}
	return tense
}

func pad2(n int) string { return string(pad(nil, n, 2)) }

// monthRel: "last April", "next March", "this May".
func (tg *tagger) monthRel(i, j, rl int) (res, bool) {
	t := tg.tok(j)
	if !t.has(fCap) {
		return res{}, false
	}
	if t.e.is(eAbbrev) && !(tg.punct(j+1, '.') && tg.glued(j+1)) {
		return res{}, false
	}
	m := int(t.e.val)
	end := j + 1
	if t.e.is(eAbbrev) {
		end++
	}
	dm := tg.dctM
	y := tg.dctY
	switch rl {
	case relLast:
		if m >= dm {
			y--
		}
	case relNext:
		if m <= dm {
			y++
		}
	}
	r := res{end: end, typ: Date, hasP: true, p: point{y: y, m: m, grain: GrainMonth}, anchor: "DCT"}
	r.why = tg.withDCT(tg.text[tg.tok(i).start:int(t.end)])
	// "last May 9"
	if n := tg.tok(end); n.kind == kNum && int(n.ndig) <= 2 && validDay(y, m, int(n.num)) {
		r.p.d, r.p.grain = int(n.num), GrainDay
		r.end = end + 1
	}
	return r, true
}

// season: "spring 2024", "last fall", "this summer", "the winter".
func (tg *tagger) season(i, j, rl int) (res, bool) {
	t := tg.tok(j)
	s := int(t.e.val)
	end := j + 1
	y := 0
	if n := tg.tok(end); n.kind == kNum && int(n.ndig) == 4 && !n.has(fSep) {
		y = int(n.num)
		end++
	} else if n := tg.tok(end + 1); tg.word(end, wOf) && n.kind == kNum && int(n.ndig) == 4 && !n.has(fSep) {
		y = int(n.num)
		end += 2
	} else if sy, ok := tg.spokenYear(end + 1); tg.word(end, wOf) && ok {
		y, end = sy.p.y, int(sy.end) // "the winter of nineteen ninety-four"
	} else if i == j {
		// a bare season needs a preposition and no "of".
		if !(tg.word(i-1, wIn) || tg.word(i-1, wThis) || tg.word(i-1, wBy) || tg.word(i-1, wSince) || tg.word(i-1, wUntil) ||
			tg.word(i-1, wEarly) || tg.word(i-1, wLate) || tg.word(i-1, wMid)) || tg.word(end, wOf) {
			return res{}, false
		}
	}
	if tg.word(end, wOf) && y == 0 {
		return res{}, false
	}
	if tg.word(i, wThe) && rl == relNone && y == 0 && !tg.word(i-1, wIn) && !tg.word(i-1, wBy) && !tg.word(i-1, wDuring) && !tg.word(i-1, wUntil) && !tg.word(i-1, wSince) &&
		!tg.is(i-1, "into") && !tg.word(i-1, wOver) && !tg.word(i-1, wThrough) && !tg.is(i-1, "throughout") && !tg.word(i-1, wFor) && !tg.word(i-1, wOf) {
		return res{}, false
	}
	r := res{end: end, typ: Date, hasP: true, anchor: "DCT"}
	if y > 0 {
		r.p = point{y: y, season: s, grain: GrainSeason}
		r.anchor = ""
		r.why = "season and year"
		return r, true
	}
	// The season holding the DCT (winter counts from December).
	dm := tg.dctM
	cur := (dm%12)/3 + 1 // 1 spring .. 4 winter, Dec/Jan/Feb winter
	if dm == 12 || dm <= 2 {
		cur = 4
	}
	cy := tg.dctY
	if dm <= 2 {
		cy-- // winter 2024 runs Dec 2024 - Feb 2025
	}
	y = cy
	if s > cur && cur != 4 || cur == 4 && s != 4 {
		// later in the calendar year than the current season
		if cur == 4 && dm <= 2 {
			y = cy + 1
		}
	}
	ord := func(yy, ss int) int { return yy*4 + ss }
	tense := tg.tense(i, end)
	switch {
	case rl == relLast || rl == relNone && tense == tPast:
		for ord(y, s) >= ord(cy, cur) {
			y--
		}
		if rl == relNone && tense == tPast && ord(y+1, s) == ord(cy, cur) {
			y++ // "in the winter" during winter
		}
	case rl == relNext || rl == relNone && tense == tFuture:
		for ord(y, s) <= ord(cy, cur) {
			y++
		}
		if rl == relNone && ord(y-1, s) == ord(cy, cur) {
			y--
		}
	case rl == relThis:
		// "this summer": the one of the DCT's year.
		y = tg.dctY
		if s == 4 && dm <= 2 {
			y--
		}
	default:
		for ord(y, s) > ord(cy, cur)+3 {
			y--
		}
	}
	r.p = point{y: y, season: s, grain: GrainSeason}
	r.why = tg.text[tg.tok(i).start:int(t.end)] + ", " + tenseName(tense) + ", " + tg.dctS
	return r, true
}

// bareUnit: "years" after "for", "in", "over" (an unspecified amount), and
// "year-earlier"/"year-ago" adjectives.
func (tg *tagger) bareUnit(i int) (res, bool) {
	t := tg.tok(i)
	u := unit(t.e.val)
	w := tg.text[t.start:int(t.end)]
	if tg.hyphen(i) && (tg.word(i+2, wEarlier) || tg.word(i+2, wAgo)) && u == uYear {
		// "year-earlier quarter": the quarter (or period) a year before.
		end := i + 3
		// "year-earlier quarter", "year-ago third quarter", "year-ago period"
		k := end
		if tg.tok(k).e.cls == cOrd {
			k++
		}
		if tg.is(k, "quarter") || tg.is(k, "period") {
			end = k + 1
		}
		if m := tg.tok(k); k == end && m.e.cls == cNum && m.e.val >= 2 && m.e.val <= 11 && tg.is(k+1, "months") {
			// "the year-earlier nine months": the length of the period
			// compared, as the months themselves would be.
			return res{end: k + 2, typ: Duration, val: durationValue(float64(m.e.val), uMonth), why: "a reporting period a year earlier"}, true
		}
		r := res{end: end, typ: Date}
		return tg.yearBefore(r, 1, -1, i)
	}
	if u == uYear && (tg.hyphen(i) && tg.word(i+2, wEnd) || tg.word(i+1, wEnd) && !tg.word(i-1, wThe) ||
		tg.possessive(i+1) && tg.word(i+3, wEnd)) {
		// "year-end", "year end", "year's end": the end of the DCT's year.
		end := i + 2
		if tg.hyphen(i) {
			end = i + 3
		} else if !tg.word(i+1, wEnd) {
			end = i + 4
		}
		p := atGrain(tg.dct, GrainYear)
		r := res{end: end, typ: Date, hasP: true, p: p, mod: "END", anchor: "DCT", why: "the end of the DCT's year"}
		if tg.word(i-1, wSince) || tg.word(i-1, wThe) && tg.word(i-2, wSince) {
			// "up 4% since year-end": "since" looks back, and the DCT's
			// own year has not ended.
			r.p.y--
			r.why = "since the end of the year before the DCT's"
		}
		tg.applyMod(&r)
		return r, true
	}
	if tg.hyphen(i) && tg.word(i+2, wLong) && u != uSecond && !tg.punct(i-1, '-') {
		// "a day-long meeting" (P1D), "a decades-long feud" (PXDE)
		n := 1.0
		if w[len(w)-1] == 's' && u != uCentury || tg.is(i, "centuries") {
			n = -1
		}
		return res{end: i + 3, typ: Duration, val: durationValue(n, u), why: "a duration as an adjective"}, true
	}
	if w[len(w)-1] != 's' || u == uSecond {
		return res{}, false
	}
	if !(tg.word(i-1, wFor) || tg.word(i-1, wIn) || tg.word(i-1, wOver) || tg.word(i-1, wWithin)) || tg.word(i+1, wOf) {
		return res{}, false
	}
	return res{end: i + 1, typ: Duration, val: durationValue(-1, u), why: "an unspecified number of " + w}, true
}

// yearBefore resolves "a year ago", "a year earlier", "year-earlier"
// (the expression opening at token i) the way financial news means them:
// what the report compares (see comparedPeriod) a year earlier. Quarter
// figures compare with the same quarter n years earlier (dir -1) or
// later; nine-month or full-year figures with that year; else the
// quarter (or half) the recent sentences talk about, or the DCT's year
// shifted.
func (tg *tagger) yearBefore(r res, n, dir, i int) (res, bool) {
	cmp := GrainQuarter // "the year-ago quarter" names its period
	if last := int(r.end) - 1; !tg.is(last, "quarter") {
		cmp = tg.comparedPeriod(i)
		if cmp == "" && tg.is(last, "period") && tg.hasReport() {
			cmp = GrainQuarter // "in the year-ago period" of a quarterly report
		}
	}
	return tg.yearBeforeIn(r, n, dir, i, cmp)
}

// yearBeforeIn is yearBefore for a comparison of the period cmp (see
// comparedPeriod), for callers that have read it already: a phrase that
// does not end in "quarter" or "period", whose cmp is comparedPeriod(i).
func (tg *tagger) yearBeforeIn(r res, n, dir, i int, cmp Grain) (res, bool) {
	sent := int(tg.tok(i).sent)
	r.typ, r.hasP, r.val = Date, true, ""
	r.evN, r.evUnit = 0, 0
	r.yearAgo = true
	for k := len(tg.hist) - 1; k >= 0 && int(tg.hist[k].sent) >= sent-4; k-- {
		// A period that starts after the DCT is a forecast ("the third
		// quarter of 1990"), not the results being compared.
		if h := tg.hist[k]; (h.p.grain == GrainQuarter || h.p.grain == GrainHalf) && !h.yearAgo && !h.p.date().After(tg.dct) {
			if cmp == GrainYear {
				// "For the nine months, net rose 4% from a year
				// earlier": the year before the quarter's.
				r.p, r.anchor = point{y: h.p.y + dir*n, grain: GrainYear}, h.id
				r.why = strconv.Itoa(n) + " year(s) from the year of " + h.id + " (" + h.p.value() + "), a nine-month or full-year comparison"
				return r, true
			}
			r.p, r.anchor = h.p.shift(dir*n, uYear), h.id
			r.why = strconv.Itoa(n) + " year(s) from the period of " + h.id + " (" + h.p.value() + ")"
			return r, true
		}
	}
	if cmp == GrainQuarter {
		if h, ok := tg.reportedPeriod(); ok {
			// The quarter reported, however far back it was named.
			r.p, r.anchor = h.p.shift(dir*n, uYear), h.id
			r.why = strconv.Itoa(n) + " year(s) from the quarter reported, " + h.id + " (" + h.p.value() + ")"
			return r, true
		}
		r.p, r.anchor = atGrain(tg.dct, GrainQuarter).shift(-1, uQuarter).shift(dir*n, uYear), "DCT"
		r.why = tg.dctWhy(tg.cat(strconv.Itoa(n), " year(s) from the last full quarter before the DCT, "), "")
		return r, true
	}
	r.p, r.anchor = point{y: tg.dctY + dir*n, grain: GrainYear}, "DCT"
	r.why = tg.dctWhy(tg.cat(strconv.Itoa(n), " year(s) from the DCT's year, "), "")
	return r, true
}

// reportedQuarter resolves "the latest period", "the quarter" (ending
// before token end): the quarter the report is about (reportedPeriod; "the
// fourth quarter ended Sept. 30" keeps its fiscal label); else the last
// full quarter before the DCT. what, a string constant, names the phrase
// in the explanation, which is joined through the caches (cat, refWhy,
// dctWhy) so that it is built once.
func (tg *tagger) reportedQuarter(end int, what string) (res, bool) {
	if h, ok := tg.reportedPeriod(); ok {
		return res{end: end, typ: Date, hasP: true, p: h.p, anchor: h.id, why: tg.refWhy(tg.cat(what, ", the quarter reported, "), h.id, h.p)}, true
	}
	p := atGrain(tg.dct, GrainQuarter).shift(-1, uQuarter)
	return res{end: end, typ: Date, hasP: true, p: p, anchor: "DCT", guess: true, why: tg.dctWhy(tg.cat(what, ", the last full quarter before the DCT, "), "")}, true
}

// yearPeriod resolves "the 1988 period" ("the" at token i, the year at
// j) by what the report compares (comparedPeriod): after quarter figures
// the quarter named last (or the reported one) in that year, after
// "nine months" or "fiscal year" the year. Elsewhere it does not match
// and the year stands alone.
func (tg *tagger) yearPeriod(i, j int) (res, bool) {
	if !tg.yearNumber(j) {
		return res{}, false
	}
	y := int(tg.tok(j).num)
	switch tg.comparedPeriod(i) {
	case GrainYear:
		return res{end: j + 2, typ: Date, hasP: true, p: point{y: y, grain: GrainYear}, why: "a nine-month or full-year period of " + strconv.Itoa(y)}, true
	case GrainQuarter:
		if r := tg.yearQuarter(j); r.p.grain == GrainQuarter {
			return r, true // as "the 1988 quarter"
		}
		if h, ok := tg.reportedPeriod(); ok {
			return tg.quarterIn(y, j+2, h, "the quarter reported, "), true
		}
	}
	return res{}, false
}

// hasReport reports whether the text so far names a reported quarter.
func (tg *tagger) hasReport() bool {
	_, ok := tg.reportedPeriod()
	return ok
}

// reportedPeriod returns the quarter a report is about: the first one
// the text named (in the headline or the lead) that has begun by the DCT
// and is not a year-ago comparison.
func (tg *tagger) reportedPeriod() (histEntry, bool) {
	for k := range tg.hist {
		if h := tg.hist[k]; h.p.grain == GrainQuarter && !h.yearAgo && !h.guess && !h.p.date().After(tg.dct) {
			return h, true
		}
	}
	return histEntry{}, false
}

// figureComparison reports whether "last year" (tokens [i, end)) gives
// the date of a figure: right after an amount ("a loss of $3 million
// last year", "44 cents a share last year") or as "last year's" before
// one ("from last year's $1.55 billion"). "Miller had a 21.2% stake last
// year" or "which last year accounted for" are about the year.
func (tg *tagger) figureComparison(i, end int) bool {
	if p := tg.tok(i - 1); p.kind == kNum || tg.is(i-1, "million") || tg.is(i-1, "billion") || tg.is(i-1, "share") || tg.is(i-1, "cents") {
		return true
	}
	return tg.possessive(end) && (tg.punct(end+2, '$') || tg.tok(end+2).kind == kNum)
}

// comparedPeriod tells what a year-ago comparison at token i is about in
// an earnings report, from the nearest period words before it in its own
// sentence or the one before: GrainQuarter after "quarter" ("in the
// latest quarter", "third-quarter profit") or, once the text has named a
// quarter, "the latest period"; GrainYear after "nine
// months", "six months", "fiscal year", "full year" or "the year
// ended"; "" otherwise.
func (tg *tagger) comparedPeriod(i int) Grain {
	sent := int(tg.tok(i).sent)
	for k := i - 1; k >= 0 && int(tg.tok(k).sent) >= sent-1; k-- {
		t := tg.tok(k)
		if tg.word(k-1, wLatest) && tg.is(k, "period") && tg.hasReport() {
			return GrainQuarter // "sales in the latest period" of a quarterly report
		}
		if t.kind != kWord || t.e.cls != cUnit {
			continue
		}
		switch unit(t.e.val) {
		case uQuarter:
			if tg.word(k-1, wA) || tg.word(k+1, wOf) && tg.tok(k+2).kind != kNum {
				continue // "a quarter of the vote"
			}
			return GrainQuarter
		case uMonth:
			if m := tg.tok(k - 1); m.e.cls == cNum && m.e.val >= 2 && m.e.val <= 11 {
				return GrainYear
			}
		case uYear:
			if tg.word(k-1, wFiscal) || tg.is(k-1, "full") || tg.hyphen(k-2) && tg.is(k-2, "full") || tg.is(k+1, "ended") || tg.is(k+1, "ending") {
				return GrainYear
			}
		}
	}
	return ""
}

// everyWeekday returns the value of the set "every" weekday wd (Sunday
// 0): "XXXX-WXX-1" for Mondays, "XXXX-WXX-7" for Sundays.
func everyWeekday(wd int) string {
	return "XXXX-WXX-" + strconv.Itoa((wd+6)%7+1)
}

// every: "every day", "each year", "every Monday", "every two weeks".
func (tg *tagger) every(i int) (res, bool) {
	q := "EVERY"
	if tg.word(i, wEach) {
		q = "EACH"
	}
	n := tg.tok(i + 1)
	switch n.e.cls {
	case cUnit:
		u := unit(n.e.val)
		return res{end: i + 2, typ: Set, val: durationValue(1, u), quant: q, why: tg.cat("a set: every ", unitName(u))}, true
	case cWeekday:
		if !n.has(fCap) {
			return res{}, false
		}
		return res{end: i + 2, typ: Set, val: everyWeekday(int(n.e.val)), quant: q, why: tg.cat("a set: every ", weekdayName[n.e.val])}, true
	case cMonth:
		if !n.has(fCap) {
			return res{}, false
		}
		return res{end: i + 2, typ: Set, val: "XXXX-" + pad2(int(n.e.val)), quant: q, why: "a set: every year in that month"}, true
	case cPart:
		return res{end: i + 2, typ: Set, val: "XXXX-XX-XXT" + partCode[n.e.val], quant: q, why: "a set: every " + tg.text[n.start:int(n.end)]}, true
	case cNum:
		if r, ok := tg.count(i+1, i+1); ok && r.typ == Duration && r.evN > 0 {
			return res{end: int(r.end), typ: Set, val: r.val, quant: q, why: "a set: every " + strconv.Itoa(r.evN) + " " + unitName(r.evUnit) + "s"}, true
		}
	}
	if n.kind == kNum {
		if r, ok := tg.count(i+1, i+1); ok && r.typ == Duration && r.evN > 0 {
			return res{end: int(r.end), typ: Set, val: r.val, quant: q, why: "a set"}, true
		}
	}
	return res{}, false
}

// clock matches times: "9 p.m.", "9:30 p.m.", "21:00", "noon", with an
// optional zone and date ("9 a.m. EST Tuesday").
func (tg *tagger) clock(i int) (res, bool) {
	t := tg.tok(i)
	hh, mm, end := -1, 0, i+1
	ampm := 0
	if t.kind == kWord {
		switch int(t.e.val) {
		case wNoonWord:
			if tg.is(i-1, "high") {
				return res{}, false // "High Noon", the showdown
			}
			hh = 12
		case wMidnightWord:
			hh = 0
		default:
			return res{}, false
		}
	} else if int(t.ndig) == 4 && !t.has(fSep) && tg.zoneAt(i+1) && int(t.num)/100 < 24 && int(t.num)%100 < 60 {
		// "0835 GMT"
		hh, mm = int(t.num)/100, int(t.num)%100
	} else {
		if t.has(fSep) || int(t.ndig) > 2 || int(t.num) > 24 {
			return res{}, false
		}
		hh = int(t.num)
		if tg.punct(end, ':') && tg.glued(end) && tg.tok(end+1).kind == kNum && int(tg.tok(end+1).ndig) == 2 && tg.glued(end+1) {
			mm = int(tg.tok(end + 1).num)
			if mm > 59 {
				return res{}, false
			}
			end += 2
		}
		// a.m. / p.m. / am / pm
		switch {
		case (tg.is(end, "a") || tg.is(end, "p")) && tg.punct(end+1, '.') && tg.glued(end+1) && tg.is(end+2, "m") && tg.glued(end+2):
			ampm = 1
			if tg.is(end, "p") {
				ampm = 2
			}
			end += 3
			if tg.punct(end, '.') && tg.glued(end) {
				end++
			}
		case tg.is(end, "am") || tg.is(end, "pm"):
			if tg.is(end, "am") && tg.tok(end).has(fCap) && !tg.tok(end).has(fUpper) {
				return res{}, false
			}
			ampm = 1
			if tg.is(end, "pm") {
				ampm = 2
			}
			end++
		}
		if ampm == 0 && tg.word(end, wIn) && tg.word(end+1, wThe) && tg.tok(end+2).e.cls == cPart && !tg.tok(end+2).has(fCap) && hh >= 1 && hh <= 12 &&
			(tg.word(i-1, wAt) || tg.word(i-1, wBy) || tg.word(i-1, wUntil) || tg.word(i-1, wAbout) || tg.word(i-1, wBefore) || tg.word(i-1, wAfter)) {
			// "4 in the morning", "8 in the evening"
			switch part(tg.tok(end + 2).e.val) {
			case pMorning:
				ampm = 1
			case pAfternoon, pEvening, pNight:
				ampm = 2
			}
			if ampm > 0 {
				end += 3
			}
		}
		if ampm == 0 && end == i+1 {
			return res{}, false
		}
		_, zoned := zones[tg.text[tg.tok(end).start:int(tg.tok(end).end)]]
		zoned = zoned && tg.tok(end).kind == kWord && tg.tok(end).has(fUpper|fCap)
		if ampm == 0 && !zoned && !(tg.word(i-1, wAt) || tg.word(i-1, wBy) || tg.word(i-1, wUntil) || tg.word(i-1, wAbout) || tg.word(i-1, wFrom) || tg.word(i-1, wBefore) || tg.word(i-1, wAfter)) {
			return res{}, false
		}
		if ampm > 0 && (hh > 12 || hh == 0) {
			return res{}, false
		}
		if ampm == 2 && hh < 12 {
			hh += 12
		}
		if ampm == 1 && hh == 12 {
			hh = 0
		}
		if hh == 24 {
			return res{}, false
		}
	}
	r := res{end: end, typ: Time, hasP: true}
	r.p.hh, r.p.mm = hh, mm
	r.p.grain = GrainMinute
	// Zone
	if z := tg.tok(end); z.kind == kWord && z.has(fUpper) {
		if off, ok := zones[tg.text[z.start:int(z.end)]]; ok {
			r.p.zone, r.p.off = tg.text[z.start:int(z.end)], off
			end++
			r.end = end
		}
	}
	// Date after the time: "9 p.m. Tuesday", "5 p.m. EST, Nov. 6", "noon
	// today"; after a parenthesis ("10:35 a.m. (0835 GMT) Friday") it
	// gives the day but stays out of the span.
	k := end
	if tg.punct(k, ',') {
		k++
	}
	adjacent := true
	if tg.punct(k, '(') {
		for s := k + 1; s < k+6 && s < len(tg.s.toks); s++ {
			if tg.punct(s, ')') {
				k, adjacent = s+1, false
				break
			}
		}
	} else if tg.punct(k, ')') {
		k++
		adjacent = false
	}
	if tg.word(k, wOn) && tg.tok(k+1).has(fCap) && (tg.tok(k+1).e.cls == cWeekday || tg.tok(k+1).e.cls == cMonth) {
		// "11:45 p.m. on Monday": the day is Monday's, and Monday is
		// an expression of its own.
		k++
		adjacent = false
	}
	n := tg.tok(k)
	var date *res
	if n.e.cls == cWeekday && n.has(fCap) {
		var d res
		if tg.weekdayPhrase(k, relNone, i, false, &d) {
			date = &d
		}
	} else if n.e.cls == cMonth {
		if d, ok := tg.month(k, -1); ok && d.hasP && d.p.grain == GrainDay {
			date = &d
		}
	} else if n.e.cls == cWord && (int(n.e.val) == wToday || int(n.e.val) == wYesterday || int(n.e.val) == wTomorrow) {
		if d, ok := tg.deictic(k); ok {
			date = &d
		}
	}
	if date != nil && date.typ == Set && len(date.val) >= 10 {
		// "9 p.m. Tuesday nights": every Tuesday at 9 p.m.
		r.typ, r.hasP, r.p = Set, false, point{}
		r.val = date.val[:10] + "T" + pad2(hh) + ":" + pad2(mm)
		if adjacent {
			r.end = int(date.end)
		}
		r.why = tg.cat(tg.cat("time with its days (", date.why), ")")
		return r, true
	}
	if date != nil && date.hasP {
		r.p.y, r.p.m, r.p.d = date.p.y, date.p.m, date.p.d
		if t.kind == kWord && int(t.e.val) == wMidnightWord {
			r.p.hh = 24 // "midnight Friday" ends Friday
		}
		r.anchor = date.anchor
		if adjacent {
			r.end = int(date.end)
		}
		r.why = tg.cat(tg.cat("time with its date (", date.why), ")")
	} else if h, ok := tg.lastDay(); ok && int(h.sent) >= int(tg.tok(i).sent)-1 {
		// "He was killed on Oct. 23, 1998. He was shot at 10 p.m.": the
		// day just named, even when it lies far from the DCT.
		d := h.p.date()
		r.p.y, r.p.m, r.p.d = d.Year(), int(d.Month()), d.Day()
		r.anchor = h.id
		r.why = tg.refWhy("time on the day of ", h.id, h.p)
	} else {
		r.p.y, r.p.m, r.p.d = tg.dctY, tg.dctM, tg.dctD
		r.anchor = "DCT"
		r.why = tg.dctWhy("time on the DCT's day, ", "")
	}
	if mm == 0 && t.kind == kNum && ampm > 0 && tg.tok(i+1).kind != kPunct {
		// "9 p.m." is an hour; keep minute grain for "9:00".
		r.p.grain = GrainMinute
	}
	if r.p.zone != "" {
		r.why += ", zone " + r.p.zone
	}
	return r, true
}

// zoneAt reports whether token k is a time-zone abbreviation.
func (tg *tagger) zoneAt(k int) bool {
	z := tg.tok(k)
	if z.kind != kWord || !z.has(fUpper) && int(z.end)-int(z.start) > 1 {
		return false
	}
	_, ok := zones[tg.text[z.start:int(z.end)]]
	return ok
}

// zones are the time-zone abbreviations news text uses, with their UTC
// offsets in seconds. "ET", "CT", "PT" are taken as standard time.
var zones = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200, "EEST": 10800,
	"MSK": 10800, "IST": 19800, "JST": 32400, "KST": 32400, "AEST": 36000, "AEDT": 39600,
	"EST": -5 * 3600, "EDT": -4 * 3600, "ET": -5 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600, "CT": -6 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600, "PT": -8 * 3600,
}

// genericNow are nouns after "today's" that make it mean the present age
// rather than the day: "today's youth", "in today's world".
var genericNow = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "young": true, "kids": true,
	"children": true, "standards": true, "computers": true, "technology": true, "economy": true,
	"culture": true, "families": true, "teenagers": true, "students": true, "workers": true,
}

// newspaperWords after a capitalised weekday make a newspaper's name:
// "The Sunday Times", "the Sunday Telegraph".
var newspaperWords = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true, "post": true,
	"mail": true, "observer": true, "independent": true, "star": true, "tribune": true, "journal": true,
}
