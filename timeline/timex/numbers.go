package timex

import (
	"strconv"
	"time"
)

// amount parses a count at token i: digits ("3", "1.5"), number words
// ("three", "twenty-four", "four and a half"), "a"/"an", "half a",
// "several", "a few". n < 0 means an unspecified amount.
func (tg *tagger) amount(i int) (n float64, end int, ok bool) {
	t := tg.tok(i)
	switch {
	case t.kind == kNum:
		if tg.punct(i+1, '%') || tg.punct(i-1, '$') || tg.punct(i-1, '\u20ac') || tg.punct(i-1, '\u00a3') {
			return 0, i, false
		}
		if t.has(fSep) {
			s := tg.text[t.start:int(t.end)]
			for k := 0; k < len(s); k++ {
				if s[k] == ',' {
					return 0, i, false // "1,500" counts things
				}
			}
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return 0, i, false // "1,500"
			}
			n = f
		} else {
			n = float64(int(t.num))
		}
		end = i + 1
	case t.e.cls == cNum:
		n = float64(t.e.val)
		end = i + 1
		if n >= 20 && n < 100 && int(n)%10 == 0 {
			if ones, e, ok := tg.onesAfter(end); ok {
				n, end = n+float64(ones), e
			}
		}
		if tg.is(end, "hundred") {
			n *= 100
			end++
		}
	case t.e.cls == cWord:
		switch int(t.e.val) {
		case wA:
			switch {
			case tg.word(i+1, wFew):
				return -1, i + 2, true
			case tg.is(i+1, "couple"):
				end = i + 2
				if tg.word(end, wOf) {
					end++
				}
				return 2, end, true
			case tg.is(i+1, "dozen"):
				return 12, i + 2, true
			case tg.word(i+1, wHalf):
				return 0.5, i + 2, true
			}
			return 1, i + 1, true
		case wHalf:
			if tg.word(i+1, wA) {
				return 0.5, i + 2, true
			}
			return 0, i, false
		case wSeveral, wFew, wMany:
			return -1, i + 1, true
		}
		if tg.is(i, "couple") && tg.word(i+1, wOf) {
			return 2, i + 2, true // "the next couple of years"
		}
		return 0, i, false
	default:
		return 0, i, false
	}
	// "5 1/2"
	if t.kind == kNum && tg.tok(end).kind == kNum && tg.punct(end+1, '/') && tg.glued(end+1) && tg.glued(end+2) && tg.tok(end+2).kind == kNum {
		if num, den := int(tg.tok(end).num), int(tg.tok(end+2).num); den > num && den <= 12 && num > 0 {
			n += float64(num) / float64(den)
			end += 3
		}
	}
	// "four and a half"
	if tg.word(end, wAnd) && tg.word(end+1, wA) && tg.word(end+2, wHalf) && tg.tok(end+3).e.cls == cUnit {
		n += 0.5
		end += 3
	}
	return n, end, true
}

// onesAfter reads the ones after a tens word ("twenty-four", "ninety
// six"): the digit word at token k, maybe after a glued hyphen, and the
// token after it.
func (tg *tagger) onesAfter(k int) (int, int, bool) {
	if tg.punct(k, '-') && tg.glued(k) {
		k++
	}
	if u := tg.tok(k); u.e.cls == cNum && u.e.val > 0 && u.e.val < 10 {
		return int(u.e.val), k + 1, true
	}
	return 0, k, false
}

// unitAt parses a unit at token i, or a hyphenated one ("eight-month")
// when hyphen is allowed. It returns the unit and the token after it.
func (tg *tagger) unitAt(i int) (unit, int, bool) {
	if tg.punct(i, '-') && tg.glued(i) && tg.glued(i+1) {
		if u := tg.tok(i + 1); u.e.cls == cUnit {
			if tg.punct(i+2, '-') && tg.glued(i+2) && (tg.is(i+3, "old") || tg.is(i+3, "olds")) {
				return 0, i, false // ages: "two-year-old"
			}
			return unit(u.e.val), i + 2, true
		}
		return 0, i, false
	}
	if u := tg.tok(i); u.e.cls == cUnit {
		if tg.punct(i+1, '-') && tg.glued(i+1) && (tg.is(i+2, "old") || tg.is(i+2, "olds")) {
			return 0, i, false
		}
		return unit(u.e.val), i + 1, true
	}
	return 0, i, false
}

// countAdjectives may stand between an amount and its unit: "20 more
// years", "an additional year", "eight trading days".
var countAdjectives = map[string]bool{"more": true, "additional": true, "extra": true, "straight": true,
	"consecutive": true, "trading": true, "business": true, "working": true, "full": true}

// count: "three years", "an eight-month closure", "three years ago",
// "two weeks later", "nearly three years after the invasion". first is
// the expression's first token.
func (tg *tagger) count(i, first int) (res, bool) {
	n, j, ok := tg.amount(i)
	if !ok {
		return res{}, false
	}
	// "20 more years", "an additional year", "eight trading days"
	if tg.inSet(j, countAdjectives) {
		if tg.tok(j+1).e.cls == cUnit {
			j++
		}
	}
	if tg.is(j, "year") && tg.hyphen(j) && (tg.word(j+2, wEarlier) || tg.word(j+2, wAgo)) {
		r, ok := tg.bareUnit(j) // "a year-earlier loss"
		r.skip = j - i
		return r, ok
	}
	if j == i+1 && tg.yearNumber(i) && tg.is(j, "quarter") {
		return tg.yearQuarter(i), true
	}
	u, end, ok := tg.unitAt(j)
	if !ok {
		return res{}, false
	}
	if tg.punct(end, '-') && tg.glued(end) && tg.glued(end+1) && tg.word(end+1, wLong) {
		if tg.word(i, wA) {
			return res{}, false // "a day-long meeting": the adjective alone
		}
		end += 2 // "a two-day-long meeting"
	}
	// "a minute and a half", "an hour and a half", "one year and a half"
	if n == float64(int(n)) && n >= 1 && tg.word(end, wAnd) && tg.word(end+1, wA) && tg.word(end+2, wHalf) && !tg.punct(j, '-') {
		n += 0.5
		end += 3
	}
	if u == uQuarter && (tg.word(end, wOf) && n > 0 && n <= 3 && (tg.word(end+1, wThe) || tg.word(end+1, wA) || tg.is(end+1, "its") ||
		tg.is(end+1, "their") || tg.is(end+1, "all") || tg.is(end+1, "his") || tg.is(end+1, "her") || tg.tok(end+1).kind == kNum) || tg.punct(j-1, '-') && tg.glued(j-1) && tg.tok(i).e.cls == cNum && tg.text[tg.tok(end-1).end-1] == 's') {
		return res{}, false // "three-quarters of", "a quarter of the vote"
	}
	if u == uSecond && (tg.is(end, "quarter") || tg.is(end, "half")) {
		return res{}, false // "the 1988 second quarter"
	}
	if u == uWeekend || u == uSecond && tg.is(j, "second") && !tg.is(j-1, "one") && tg.tok(j-1).kind != kNum {
		return res{}, false // "a second round"
	}
	a := tg.tok(i)
	if a.kind == kWord && a.e.cls == cWord && int(a.e.val) == wA && n == 1 && tg.text[int(tg.tok(end-1).end)-1] == 's' {
		return res{}, false // "a years" is not English
	}
	if a.kind == kNum && n > 0 && n != float64(int(n)) && int(a.ndig) > 3 {
		return res{}, false
	}
	if tg.is(end, "old") || tg.is(end, "older") || tg.is(end, "younger") {
		return res{}, false // ages: "52 years old"
	}
	if a.kind == kWord && int(a.e.val) == wA && n == 1 && tg.rate(first-1) && !tg.word(end, wAgo) && !tg.word(end, wEarlier) && !tg.word(end, wLater) {
		return res{}, false // "$500 million a year", "four flights a week"
	}
	if u == uDay && n == 1 && end == i+2 && tg.is(i, "one") && (tg.is(i-1, "will") || tg.is(i-1, "would") || tg.is(i-1, "could") ||
		tg.is(i-1, "might") || tg.is(i-1, "may") || tg.is(i-1, "can") || tg.is(i-1, "should") || tg.is(i-1, "shall")) {
		return tg.ref(i+1, "FUTURE_REF", "one day") // "Islam will one day be ..."
	}
	// "a week or so ago": the date "a week ago", approximately.
	approx := false
	if tg.word(end, wOr) && tg.is(end+1, "so") && (tg.word(end+2, wAgo) || tg.word(end+2, wLater) || tg.word(end+2, wEarlier)) && n > 0 {
		approx = true
		end += 2
	}
	in := int(n)
	r := res{end: end, typ: Duration, val: durationValue(n, u), evN: in, evUnit: u}
	r.why = "a duration"
	if n < 0 {
		r.evN = 0
	}
	// A duration as a set: "twice a year", "$5 a day", "per year".
	if a.kind == kWord && int(a.e.val) == wA && n == 1 && !tg.word(end, wEarlier) && !tg.word(end, wAgo) && (tg.word(first-1, wTwice) || tg.word(first-1, wOnce) || tg.is(first-1, "times") || tg.punct(first-1, '%') || tg.is(first-1, "percent")) {
		r.typ, r.why = Set, "a set: once per "+unitName(u)
		return r, true
	}
	switch {
	case tg.word(end, wAgo):
		r.end = end + 1
		if u == uYear && n >= 1 && n == float64(in) && in <= 2 {
			r, _ = tg.yearBefore(r, in, -1, i)
		} else {
			r, _ = tg.ago(r, n, u, -1)
		}
		return tg.orSo(r, approx), true
	case tg.word(end, wFrom) && tg.word(end+1, wNow), tg.is(end, "hence"):
		r.end = end + 1
		if tg.word(end, wFrom) {
			r.end++
		}
		return tg.ago(r, n, u, 1)
	case (tg.word(end, wLater) || tg.word(end, wEarlier)) && !tg.word(end+1, wThan):
		return tg.orSo(tg.countFrom(r, i, end, n, u), approx), true
	case tg.word(end, wAfter) || tg.word(end, wBefore):
		// "three years after the invasion": the event's date, once
		// the whole text is read.
		k := end + 1
		if nt := tg.tok(k); nt.kind == kNum || nt.e.cls == cMonth || nt.e.cls == cWeekday {
			return r, true // a date follows: tagged on its own
		}
		stop := k
		for stop < len(tg.s.toks) && stop < k+10 {
			st := tg.tok(stop)
			if st.kind == kPunct && st.r != '-' || int(st.sent) != int(tg.tok(end).sent) {
				break
			}
			stop++
		}
		if stop > k {
			r.evFrom, r.evTo = k, stop
			if tg.word(end, wBefore) {
				r.evN = -in
			}
			r.evSpan = tg.eventPhraseEnd(k)
		}
		return r, true
	}
	// Adjectival "three-year war": a duration, nothing to anchor.
	return r, true
}

// orSo marks r approximate when approx is set ("a week or so ago", "the
// next year or so"), unless it has a mod already.
func (tg *tagger) orSo(r res, approx bool) res {
	if approx && r.mod == "" {
		r.mod = "APPROX"
		r.why = "approximate (or so), " + r.why
	}
	return r
}

// countFrom resolves "N units later" or "earlier" (the amount at token
// i, "later" or "earlier" at token end, r the duration read so far):
// years from what the report compares, else from the date the
// discourse is at, else from the DCT's year; a duration (without
// "later") when there is no date to count from.
func (tg *tagger) countFrom(r res, i, end int, n float64, u unit) res {
	r.end = end + 1
	step := 1
	if tg.word(end, wEarlier) {
		step = -1
	}
	in := int(n)
	if u == uYear && n >= 1 && n == float64(in) {
		// "compared with 40% a year earlier" after "in the latest nine
		// months", or after a quarter or half named in the last two
		// sentences: what the report compares.
		cmp := tg.comparedPeriod(i)
		compared := cmp != ""
		for k := len(tg.hist) - 1; !compared && k >= 0 && int(tg.hist[k].sent) >= int(tg.tok(i).sent)-2; k-- {
			g := tg.hist[k].p.grain
			compared = g == GrainQuarter || g == GrainHalf
		}
		if compared {
			r, _ = tg.yearBeforeIn(r, in, step, i, cmp)
			return r
		}
	}
	h, ok := tg.anchorFor(unitGrain[u])
	if ok && grainRank(h.p.grain) > grainRank(GrainDay) && grainRank(unitGrain[u]) < grainRank(h.p.grain) {
		ok = false // "three days later" after "in December": no date
	}
	if u == uYear && ok && (h.yearAgo || !h.explicit && h.p.grain == GrainYear) {
		ok = false // "a year earlier" after "a year ago": both from the DCT
	}
	if !ok || n <= 0 {
		if u == uYear && n >= 1 {
			r, _ = tg.yearBefore(r, in, step, i)
			return r
		}
		r.end = end
		return r
	}
	p := h.p
	if p.grain == GrainPart || p.grain == GrainHour || p.grain == GrainMinute {
		p = dayPoint(p.date())
	}
	if u == uYear && grainRank(p.grain) < grainRank(GrainYear) && p.grain != GrainQuarter && p.grain != GrainHalf {
		p = coarsen(p, GrainYear)
	}
	r.typ, r.hasP, r.val = Date, true, ""
	r.p = p.shift(step*in, u)
	r.anchor = h.id
	r.why = strconv.Itoa(in) + " " + unitName(u) + "(s) from " + h.id + " (" + h.p.value() + ")"
	r.evN, r.evUnit = 0, 0
	return r
}

// eventPhraseEnd returns the end of the noun phrase naming an event at
// token k ("the full-scale invasion", "Russia's invasion"): a
// determiner, then up to five words that are not verbs.
func (tg *tagger) eventPhraseEnd(k int) int {
	if tg.word(k, wThe) || tg.word(k, wA) || tg.is(k, "its") || tg.is(k, "his") || tg.is(k, "her") || tg.is(k, "their") {
		k++
	} else {
		return k // a clause ("after Moscow launched ..."): the span stays
	}
	end := k
	for n := 0; n < 5; n++ {
		t := tg.tok(end)
		switch {
		case t.kind == kWord && (t.e.cls == cNone || t.e.cls == cWord && t.e.val == wNone) && t.e.tense == tNone && !t.has(fPast) && !clauseWords[tg.text[t.start:int(t.end)]] && !tg.is(end, "of") && !tg.is(end, "in"):
			end++
		case t.kind == kPunct && (t.r == '-' || t.r == '\'' || t.r == '\u2019') && tg.glued(end) && tg.glued(end+1):
			end++
		default:
			return end
		}
	}
	return end
}

// rate reports whether token k ends an amount that "a year" or "a week"
// makes a rate: a number, "million", "percent", a plural noun.
func (tg *tagger) rate(k int) bool {
	t := tg.tok(k)
	switch {
	case t.kind == kNum:
		return true
	case !tg.plain(k):
		return false
	case tg.is(k, "million"), tg.is(k, "billion"), tg.is(k, "trillion"), tg.is(k, "percent"), tg.is(k, "cents"):
		return true
	}
	w := tg.text[t.start:int(t.end)]
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && t.e.tense == tNone
}

// unitGrainFor is the grain at which to shift an anchor of grain g by u.
func unitGrainFor(u unit, g Grain) Grain {
	ug := unitGrain[u]
	if grainRank(g) > grainRank(ug) {
		return g
	}
	return ug
}

func grainRank(g Grain) int {
	switch g {
	case GrainMinute:
		return 0
	case GrainHour:
		return 1
	case GrainPart:
		return 2
	case GrainDay:
		return 3
	case GrainWeekend, GrainWeek:
		return 4
	case GrainMonth:
		return 5
	case GrainSeason, GrainQuarter:
		return 6
	case GrainHalf:
		return 7
	case GrainYear:
		return 8
	case GrainDecade:
		return 9
	}
	return 10
}

// ago resolves "three years ago" (dir -1) or "two weeks from now" (+1)
// against the DCT at the unit's grain.
func (tg *tagger) ago(r res, n float64, u unit, dir int) (res, bool) {
	r.typ, r.anchor = Date, "DCT"
	r.evN, r.evUnit = 0, 0
	if n < 0 {
		r.val = "PAST_REF"
		if dir > 0 {
			r.val = "FUTURE_REF"
		}
		rr, _ := tg.ref(0, r.val, "")
		r.iv = rr.iv
		r.why = "an unspecified time from the DCT"
		return r, true
	}
	in := int(n)
	var t time.Time
	switch u {
	case uHour, uMinute, uSecond:
		t = tg.dctT
		if t.Hour() == 0 && t.Minute() == 0 {
			r.hasP = true
			r.p = dayPoint(tg.dct)
			r.why = tg.agoWhy(agoKey{tg.dctDay, in, u, ""})
			return r, true
		}
		t = addUnits(t, dir*in, u)
		r.hasP, r.typ = true, Time
		r.p = atGrain(t, GrainHour)
		if u != uHour {
			r.p = atGrain(t, GrainMinute)
		}
		r.why = strconv.Itoa(in) + " " + unitName(u) + "(s) from the DCT"
		return r, true
	}
	if n != float64(in) {
		// "a year and a half ago": months.
		in = int(n*12 + 0.5)
		t = addMonths(tg.dct, dir*in)
		u = uMonth
	} else {
		t = addUnits(tg.dct, dir*in, u)
	}
	r.hasP = true
	g := unitGrain[u]
	if u == uFortnight {
		g = GrainDay
	}
	if u == uDecade || u == uCentury {
		// "a decade ago" in 1999 is 1989, not the 1980s: a year, as
		// "three years ago" is.
		g = GrainYear
	}
	r.p = atGrain(t, g)
	if u == uDay {
		r.p = dayPoint(t)
	}
	r.why = tg.agoWhy(agoKey{tg.dctDay, in, u, g})
	return r, true
}

// agoKey keys the explanation of N units from the DCT of day (see
// tagger.dctDay) at grain g ("" for a day-grain time without a time of
// day).
type agoKey struct {
	day int
	n   int
	u   unit
	g   Grain
}

// agoWhy explains N units from the DCT, built once per DCT and kept
// from one text to the next (up to 512 entries).
func (tg *tagger) agoWhy(k agoKey) string {
	if s, ok := tg.agoWhys.get(k); ok {
		return s
	}
	var s string
	if k.g == "" {
		s = strconv.Itoa(k.n) + " " + unitName(k.u) + "(s) from the DCT, which has no time of day, " + tg.dctS
	} else {
		s = strconv.Itoa(k.n) + " " + unitName(k.u) + "(s) from the DCT at " + string(k.g) + " grain, " + tg.dctS
	}
	return tg.agoWhys.keep(k, s)
}

// ordinal: "the third quarter", "third-quarter", "the first half", "the
// third anniversary", "the 20th century", "the first nine months".
func (tg *tagger) ordinal(first, j int) (res, bool) {
	t := tg.tok(j)
	o := int(t.e.val)
	if tg.is(j, "second") {
		o = 2
	}
	k := j + 1
	if tg.punct(k, '-') && tg.glued(k) {
		k++
	}
	if tg.word(k, wFiscal) {
		k++
	}
	n := tg.tok(k)
	switch {
	case tg.is(k, "quarter") && o >= 1 && o <= 4:
		r, ok := tg.partOfYear(first, k+1, o, GrainQuarter)
		if ok && first < j && tg.punct(j+1, '-') && tg.glued(j+1) {
			r.skip = j - first // "the third-quarter loss": the adjective alone
		}
		return r, ok
	case tg.word(k, wHalf) && o >= 1 && o <= 2:
		return tg.partOfYear(first, k+1, o, GrainHalf)
	case o == 1 && (n.kind == kNum && n.num == 2 || n.e.cls == cNum && n.e.val == 2) && tg.is(k+1, "quarters") && tg.word(k+2, wOf):
		// "the first two quarters of 1990": the first half, with a year.
		if r, ok := tg.partOfYear(first, k+2, 1, GrainHalf); ok && int(r.end) > k+3 {
			return r, true
		}
		return res{}, false
	case tg.is(k, "century") || tg.is(k, "centuries"):
		return res{end: k + 1, typ: Date, hasP: true, p: point{y: (o - 1) * 100, grain: GrainCentury}, why: "a century"}, true
	case n.e.cls == cWord && int(n.e.val) == wAnniversary:
		r := res{end: k + 1, typ: Date, why: "anniversary"}
		if tg.word(k+1, wOf) {
			stop := k + 2
			for stop < len(tg.s.toks) && stop < k+12 && (tg.tok(stop).kind != kPunct || tg.tok(stop).r == '-' || tg.tok(stop).r == '\'' || tg.tok(stop).r == '\u2019') {
				stop++
			}
			r.evFrom, r.evTo, r.evN, r.evUnit, r.evAnniv = k+2, stop, o, uYear, true
		} else {
			r.evFrom, r.evTo, r.evN, r.evUnit, r.evAnniv, r.evSpan = k+1, k+2, o, uYear, true, -1
		}
		return r, true
	case n.kind == kNum || n.e.cls == cNum:
		if r, ok := tg.count(k, first); ok && r.typ == Duration {
			r.why = "the first " + strconv.Itoa(r.evN) + " " + unitName(r.evUnit) + "s"
			return r, true
		}
	}
	return res{}, false
}

// partOfYear: a quarter or half, with its year ("of 2024", "2024"), or
// the DCT's year.
func (tg *tagger) partOfYear(first, end, q int, g Grain) (res, bool) {
	y := 0
	k := end
	if tg.word(k, wOf) {
		k++
	}
	if n := tg.tok(k); n.kind == kNum && int(n.ndig) == 4 && !n.has(fSep) {
		y = int(n.num)
		end = k + 1
	}
	r := res{end: end, typ: Date, hasP: true}
	if y == 0 && k > end && tg.is(k+1, "year") && (tg.word(k, wNext) || tg.word(k, wLast) || tg.word(k, wThis)) {
		// "the second half of next year"
		y = tg.dctY
		switch {
		case tg.word(k, wNext):
			y++
		case tg.word(k, wLast):
			y--
		}
		r.end, r.anchor, r.why = k+2, "DCT", tg.withDCT(tg.text[tg.tok(k).start:tg.tok(k+1).end])
		r.p = point{y: y, q: q, grain: g}
		return r, true
	}
	if y == 0 {
		y = tg.dctY
		r.anchor = "DCT"
		r.why = tg.dctWhy("no year, the DCT's year, ", "")
		if start := (point{y: y, q: q, grain: g}).date(); start.After(tg.dct) && tg.tense(first, end) == tPast {
			y--
			r.why = tg.dctWhy("no year, past tense, the latest before the DCT, ", "")
		}
		if tg.word(first-1, wLast) || tg.word(first, wLast) {
			y--
		}
		for k := first - 1; k >= 0 && k > first-4; k-- {
			if p := tg.tok(k); p.kind == kNum && int(p.ndig) == 4 && tg.apostrophe(k+1) {
				y = int(p.num)
			}
		}
	} else {
		r.why = "with its year"
	}
	r.p = point{y: y, q: q, grain: g}
	return r, true
}

// apostropheDecade: "'90s".
func (tg *tagger) apostropheDecade(i int) (res, bool) {
	if !tg.apostrophe(i) {
		return res{}, false
	}
	n := tg.tok(i + 1)
	if n.kind != kNum || int(n.ndig) != 2 || !tg.glued(i+1) || !tg.is(i+2, "s") || !tg.glued(i+2) || int(n.num)%10 != 0 {
		return res{}, false
	}
	y := tg.decadeBefore(int(n.num))
	return res{end: i + 3, typ: Date, hasP: true, p: point{y: y, grain: GrainDecade}, why: "a decade, the latest before the DCT"}, true
}

// yearContextBefore are the words after which a bare number is a year.
func (tg *tagger) yearContext(i int) bool {
	p := tg.tok(i - 1)
	if p.kind == 0 || p.kind == kPunct && p.r != '$' && p.r != '#' && p.r != '\u20ac' && p.r != '\u00a3' && p.r != '-' && p.r != '/' {
		return true
	}
	if p.kind == kWord {
		if p.e.cls == cWord {
			switch int(p.e.val) {
			case wIn, wSince, wUntil, wBy, wThrough, wFrom, wTo, wOf, wDuring, wBefore, wAfter, wEarly, wMid,
				wLate, wFiscal, wAnd, wOr, wEnd, wThe, wFor, wOn:
				return true
			}
		}
		if p.e.cls == cMonth || p.e.cls == cSeason || p.e.cls == cUnit && tg.is(i-1, "year") {
			return true
		}
		switch {
		case tg.is(i-1, "between"), tg.is(i-1, "circa"), tg.is(i-1, "around"):
			return true
		}
	}
	return false
}

// numeric: dates in digits ("2/18/2025", "2025-02-18", "24 February
// 2022"), times, years, decades, and counts ("3 years").
func (tg *tagger) numeric(i int, out *res) bool {
	t := tg.tok(i)
	if t.has(fSep) {
		return out.set(tg.count(i, i))
	}
	if tg.punct(i-1, '$') || tg.punct(i+1, '%') || tg.punct(i-1, '#') {
		return false
	}
	if r, ok := tg.secondDay(i); ok {
		return out.set(r, true)
	}
	// m/d/yyyy
	if tg.punct(i+1, '/') && tg.glued(i+1) && tg.glued(i+2) && tg.tok(i+2).kind == kNum {
		m, d := int(t.num), int(tg.tok(i+2).num)
		if tg.punct(i+3, '/') && tg.glued(i+3) && tg.glued(i+4) && tg.tok(i+4).kind == kNum {
			y := tg.tok(i + 4)
			yy := int(y.num)
			if int(y.ndig) == 2 {
				yy += 1900
				if yy+100 <= tg.dctY+10 {
					yy += 100
				}
			} else if int(y.ndig) != 4 {
				return false
			}
			if int(t.ndig) <= 2 && validDay(yy, m, d) && !tg.glued(i+5) || validDay(yy, m, d) && tg.tok(i+5).kind != kNum {
				return out.set(res{end: i + 5, typ: Date, hasP: true, p: point{y: yy, m: m, d: d, grain: GrainDay}, why: "numeric date, month first"}, true)
			}
		}
		return false
	}
	// yyyy-mm-dd
	if int(t.ndig) == 4 && tg.punct(i+1, '-') && tg.glued(i+1) && tg.glued(i+2) && tg.tok(i+2).kind == kNum && int(tg.tok(i+2).ndig) == 2 {
		m := int(tg.tok(i + 2).num)
		if tg.punct(i+3, '-') && tg.glued(i+3) && tg.glued(i+4) && tg.tok(i+4).kind == kNum && int(tg.tok(i+4).ndig) == 2 {
			d := int(tg.tok(i + 4).num)
			if validDay(int(t.num), m, d) {
				return out.set(res{end: i + 5, typ: Date, hasP: true, p: point{y: int(t.num), m: m, d: d, grain: GrainDay}, why: "ISO date"}, true)
			}
		}
		if m >= 1 && m <= 12 && !(tg.punct(i+3, '-')) {
			// "2014-15" seasons are years, not months: skip.
			return false
		}
	}
	// times
	if tg.punct(i+1, ':') || tg.is(i+1, "a") || tg.is(i+1, "p") || tg.is(i+1, "am") || tg.is(i+1, "pm") || int(t.ndig) == 4 && tg.zoneAt(i+1) ||
		tg.word(i+1, wIn) && tg.word(i+2, wThe) && tg.tok(i+3).e.cls == cPart {
		if r, ok := tg.clock(i); ok {
			return out.set(r, true)
		}
	}
	// "24 February 2022", "the 24th of February"
	if int(t.ndig) <= 2 && int(t.num) >= 1 && int(t.num) <= 31 {
		k := i + 1
		if tg.glued(k) && (tg.is(k, "st") || tg.is(k, "nd") || tg.is(k, "rd") || tg.is(k, "th")) {
			k++
			if tg.word(k, wOf) {
				k++
			}
		}
		if k > i+1 && (tg.is(k, "century") || tg.is(k, "centuries")) {
			return out.set(res{end: k + 1, typ: Date, hasP: true, p: point{y: (int(t.num) - 1) * 100, grain: GrainCentury}, why: "a century"}, true)
		}
		if m := tg.tok(k); m.e.cls == cMonth && m.has(fCap) {
			if r, ok := tg.month(k, -1); ok {
				if r.hasP && r.p.grain == GrainMonth && r.p.y != 0 && r.anchor == "" {
					// "24 February 2022": month() took the year.
					r.p.d, r.p.grain = int(t.num), GrainDay
					if !validDay(r.p.y, r.p.m, r.p.d) {
						return false
					}
					r.why = "full date"
					return out.set(r, true)
				}
				if r.hasP && r.p.grain == GrainMonth {
					tense := tg.tense(i, int(r.end))
					y, why := tg.yearOf(r.p.m, int(t.num), tense, -1)
					if !validDay(y, r.p.m, int(t.num)) {
						return false
					}
					r.p = point{y: y, m: r.p.m, d: int(t.num), grain: GrainDay}
					r.anchor, r.why = "DCT", tg.cat("no year, ", why)
					return out.set(r, true)
				}
			}
		}
	}
	// decades: "1990s", "the 1990s"
	if int(t.ndig) == 4 && tg.is(i+1, "s") && tg.glued(i+1) && int(t.num)%10 == 0 {
		return out.set(res{end: i + 2, typ: Date, hasP: true, p: point{y: int(t.num), grain: GrainDecade}, why: "a decade"}, true)
	}
	if int(t.ndig) == 2 && tg.is(i+1, "s") && tg.glued(i+1) && int(t.num)%10 == 0 && tg.word(i-1, wThe) {
		return out.set(tg.apostropheDecade2(i))
	}
	// years
	if int(t.ndig) == 4 && int(t.num) >= 1000 && int(t.num) <= 2199 && !tg.is(i+1, "s") {
		if tg.punct(i+1, '-') && tg.glued(i+1) && tg.tok(i+2).kind == kNum {
			return false // "2014-15", "1990-91"
		}
		if o := tg.tok(i + 1); (o.e.cls == cOrd || tg.is(i+1, "second")) && (tg.is(i+2, "quarter") || tg.is(i+2, "half")) {
			// "the 1988 second quarter"
			q := int(o.e.val)
			if tg.is(i+1, "second") {
				q = 2
			}
			g := GrainQuarter
			if tg.is(i+2, "half") {
				g = GrainHalf
			}
			if q >= 1 && (g == GrainQuarter && q <= 4 || q <= 2) {
				return out.set(res{end: i + 3, typ: Date, hasP: true, p: point{y: int(t.num), q: q, grain: g}, why: "with its year"}, true)
			}
		}
		if tg.tok(i+1).e.cls == cUnit && !tg.is(i+1, "second") {
			return out.set(tg.count(i, i))
		}
		nx := tg.tok(i + 1)
		if pv := tg.tok(i - 1); pv.kind == kWord && !tg.quantityBefore(i-1) && int(t.num) >= 1900 && int(t.num) <= 2099 && !quantityNouns[tg.text[nx.start:int(nx.end)]] {
			// "its 1990 invasion", "his unsuccessful 1996 campaign"
			return out.set(res{end: i + 1, typ: Date, hasP: true, p: point{y: int(t.num), grain: GrainYear}, why: "a year"}, true)
		}
		okNext := nx.kind != kWord || nx.has(fCap) || nx.e.cls == cWord || nx.e.tense != tNone || nx.has(fPast) || tg.is(i+1, "when") || tg.is(i+1, "as")
		if !tg.yearContext(i) && !okNext {
			return false
		}
		if !tg.yearContext(i) && tg.tok(i-1).kind == kNum {
			return false
		}
		if int(t.num) < 1500 && !tg.yearContext(i) {
			return false
		}
		return out.set(res{end: i + 1, typ: Date, hasP: true, p: point{y: int(t.num), grain: GrainYear}, why: "a year"}, true)
	}
	return out.set(tg.count(i, i))
}

// yearNumber reports whether token i is a year written as four digits,
// 1900 to 2099, without separators ("1988", not "1,988").
func (tg *tagger) yearNumber(i int) bool {
	a := tg.tok(i)
	return a.kind == kNum && a.ndig == 4 && !a.has(fSep) && a.num >= 1900 && a.num <= 2099
}

// yearQuarter resolves "the 1988 quarter" (year at token i): the quarter
// of the last quarter named in the three sentences before, in that year;
// the year alone when none was named.
func (tg *tagger) yearQuarter(i int) res {
	y, sent := int(tg.tok(i).num), int(tg.tok(i).sent)
	for k := len(tg.hist) - 1; k >= 0 && tg.hist[k].sent >= sent-3; k-- {
		if h := tg.hist[k]; h.p.grain == GrainQuarter {
			return tg.quarterIn(y, i+2, h, "the quarter of ")
		}
	}
	return res{end: i + 1, typ: Date, hasP: true, p: point{y: y, grain: GrainYear}, why: "a year"}
}

// quarterIn resolves a phrase ending before token end to the quarter of
// h in year y ("the 1988 quarter", "the 1988 period"), explained as what
// of h. A comparison quarter of another year is not shifted again by a
// later "year-ago".
func (tg *tagger) quarterIn(y, end int, h histEntry, what string) res {
	return res{end: end, typ: Date, hasP: true, p: point{y: y, q: h.p.q, grain: GrainQuarter}, anchor: h.id,
		why: tg.refWhy(what, h.id, h.p), yearAgo: y != h.p.y}
}

// quantityBefore reports whether token k makes a following number a
// quantity rather than a year ("than 1500", "about 2000").
func (tg *tagger) quantityBefore(k int) bool {
	t := tg.tok(k)
	if t.e.cls == cWord {
		switch int(t.e.val) {
		case wThan, wAbout, wNearly, wOver, wSome, wUp, wTo, wLeast, wAnd, wOr, wPer:
			return true
		}
	}
	return tg.is(k, "only") || tg.is(k, "just") || tg.is(k, "under") || tg.is(k, "additional") || tg.is(k, "another") ||
		tg.is(k, "all") || tg.is(k, "total") || tg.is(k, "roughly") || tg.is(k, "exactly") || tg.is(k, "No")
}

// quantityNouns follow numbers that count things, not years.
var quantityNouns = map[string]bool{
	"people": true, "workers": true, "employees": true, "troops": true, "soldiers": true, "jobs": true,
	"shares": true, "members": true, "votes": true, "units": true, "cars": true, "homes": true, "students": true,
	"feet": true, "meters": true, "metres": true, "miles": true, "kilometers": true, "tons": true, "barrels": true,
	"acres": true, "points": true, "cases": true, "deaths": true, "dollars": true, "euros": true, "pounds": true,
	"yen": true, "rubles": true, "marks": true, "francs": true, "residents": true, "seats": true, "pages": true,
	"copies": true, "times": true, "percent": true, "rooms": true, "beds": true, "children": true, "refugees": true,
}

// decadeBefore returns the first year of the latest decade ending in d
// (0, 10 .. 90: "the '90s", "the nineties") that has begun by the DCT's
// year.
func (tg *tagger) decadeBefore(d int) int {
	y := tg.dctY/100*100 + d
	if y > tg.dctY {
		y -= 100
	}
	return y
}

// apostropheDecade2: "the 90s".
func (tg *tagger) apostropheDecade2(i int) (res, bool) {
	y := tg.decadeBefore(int(tg.tok(i).num))
	return res{end: i + 2, typ: Date, hasP: true, p: point{y: y, grain: GrainDecade}, why: "a decade, the latest before the DCT"}, true
}

// resolveEvents anchors "N years after the invasion" and "the third
// anniversary of the invasion" to the date the text gives that event:
// the explicit date (with its year) whose sentence shares the most
// content words with the event's description (two of them when that
// sentence comes more than three sentences after).
func (tg *tagger) resolveEvents() {
	var buf [24]byte
	for _, ev := range tg.events {
		k, r := ev.k, &ev.r
		bestScore, best := 0, -1
		if r.evAnniv && r.evSpan == -1 {
			// "will mark the third anniversary": of the last explicit date.
			for c := len(tg.abs) - 1; c >= 0; c-- {
				if a := tg.abs[c]; a.k < k && a.p.grain == GrainDay {
					best = c
					break
				}
			}
		}
		for c := range tg.abs {
			if r.evSpan == -1 {
				break
			}
			a := tg.abs[c]
			if a.k == k {
				continue
			}
			at := tg.tokenAt(tg.out[a.k].Start)
			sent := int(tg.tok(at).sent)
			score := 0
			for e := r.evFrom; e < r.evTo; e++ {
				et := tg.tok(e)
				if et.kind != kWord || et.e.cls != cNone || int(et.end)-int(et.start) < 5 {
					continue
				}
				w := tg.text[et.start:int(et.end)]
				for s := at; s >= 0 && int(tg.tok(s).sent) == sent; s-- {
					score += tg.sameWord(s, w, &buf)
				}
				for s := at + 1; s < len(tg.s.toks) && int(tg.tok(s).sent) == sent; s++ {
					score += tg.sameWord(s, w, &buf)
				}
			}
			if evSent := int(tg.tok(r.evFrom).sent); sent > evSent+3 && score < 2 {
				// One shared word with a sentence far below ("after
				// exchanging communist rule" and a 1946 speech on
				// communism twenty lines on) is a coincidence.
				continue
			}
			if score > bestScore {
				bestScore, best = score, c
			}
		}
		e := &tg.out[k]
		if best < 0 {
			if r.evAnniv {
				e.Explain = e.Text + ", anniversary of an event the text gives no date for"
			}
			continue
		}
		base := tg.abs[best].p
		best = tg.abs[best].k
		p := base
		if r.evAnniv {
			p = base.shift(r.evN, uYear)
		} else {
			p = base.shift(r.evN, r.evUnit)
			if g := unitGrain[r.evUnit]; grainRank(g) > grainRank(p.grain) {
				p = coarsen(p, g)
			}
			// Grow the span over "after the invasion".
			if r.evSpan > r.evFrom {
				endOff := int(tg.tok(r.evSpan - 1).end)
				if k+1 >= len(tg.out) || tg.out[k+1].Start >= endOff {
					e.End = endOff
					e.Text = tg.text[e.Start:e.End]
				}
			}
		}
		e.Type = Date
		e.Value = p.value()
		e.Anchor = tg.out[best].ID
		if iv, ok := p.interval(tg.loc); ok {
			e.Interval = tg.interval(iv)
		}
		e.Explain = e.Text + ", " + strconv.Itoa(r.evN) + " " + unitName(r.evUnit) + "(s) from " + e.Anchor + " (" + tg.out[best].Text + ", " + base.value() + ") → " + e.Value
	}
}

// tokenAt returns the index of the token starting at byte offset off.
func (tg *tagger) tokenAt(off int) int {
	toks := tg.s.toks
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(toks[m].start) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// sameWord scores how well token s matches the content word w, ignoring
// case: 2 for the same word, 1 for a shared stem of four letters or more
// ("invaded", "invasion"), else 0.
func (tg *tagger) sameWord(s int, w string, buf *[24]byte) int {
	t := tg.tok(s)
	if t.kind != kWord || int(t.end)-int(t.start) < 5 {
		return 0
	}
	a := tg.text[t.start:int(t.end)]
	n := 0
	for n < len(a) && n < len(w) {
		x, y := a[n], w[n]
		if x >= 'A' && x <= 'Z' {
			x += 32
		}
		if y >= 'A' && y <= 'Z' {
			y += 32
		}
		if x != y {
			break
		}
		n++
	}
	switch {
	case n == len(a) && n == len(w):
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

// secondDay reads the second day of "April 24 and 25", "March 3 or 4",
// "May 6 to 8": a bare day number right after a month-day date and a
// conjunction takes that date's month and year.
func (tg *tagger) secondDay(i int) (res, bool) {
	t := tg.tok(i)
	n := len(tg.out)
	if n == 0 || len(tg.hist) == 0 || int(t.ndig) > 2 || t.num < 1 || t.num > 31 ||
		!(tg.word(i-1, wAnd) || tg.word(i-1, wOr) || tg.word(i-1, wTo) || tg.word(i-1, wThrough)) {
		return res{}, false
	}
	h := tg.hist[len(tg.hist)-1]
	if h.id != tg.out[n-1].ID || h.p.grain != GrainDay || tg.out[n-1].End != int(tg.tok(i-2).end) || tg.tok(i-2).kind != kNum {
		return res{}, false
	}
	if nt := tg.tok(i + 1); nt.kind == kNum || nt.kind == kWord && nt.e.cls != cWord || tg.punct(i+1, '%') || tg.punct(i+1, ':') {
		return res{}, false // "May 6 and 8 hours", "May 6 and 8 stores"
	}
	if !validDay(h.p.y, h.p.m, int(t.num)) || int(t.num) <= h.p.d {
		return res{}, false
	}
	p := h.p
	p.d = int(t.num)
	return res{end: i + 1, typ: Date, hasP: true, p: p, anchor: h.id, why: tg.refWhy("the second day of ", h.id, h.p)}, true
}
