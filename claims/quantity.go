package claims

import (
	"math"
	"strconv"
	"strings"
)

// wordMap maps lower-case words to values, with a 4096-bit table of the
// words in front as words has (wordBit): most words the extractors ask
// about are in no such list, and the table rules nearly all of them out
// without hashing them for the map.
type wordMap[V any] struct {
	bits [64]uint64
	m    map[string]V
}

// newWordMap returns the wordMap of m, which it keeps.
func newWordMap[V any](m map[string]V) *wordMap[V] {
	wm := &wordMap[V]{m: m}
	for w := range m {
		b := wordBit(w)
		wm.bits[b>>6] |= 1 << (b & 63)
	}
	return wm
}

// get returns the value of w and whether w is in the map.
func (wm *wordMap[V]) get(w string) (V, bool) {
	if w != "" {
		if b := wordBit(w); wm.bits[b>>6]&(1<<(b&63)) != 0 {
			v, ok := wm.m[w]
			return v, ok
		}
	}
	var zero V
	return zero, false
}

// at returns the value of w, the zero value when w is not in the map.
func (wm *wordMap[V]) at(w string) V {
	v, _ := wm.get(w)
	return v
}

var numberWords = newWordMap(map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
})

// numberish holds every word that can start a number.
var numberish = func() map[string]bool {
	m := map[string]bool{"a": true, "half": true, "tens": true}
	for w := range numberWords.m {
		m[w] = true
	}
	for w := range scaleWords.m {
		m[w] = true
	}
	for w := range vagueWords.m {
		m[w] = true
	}
	return m
}()

var scaleWords = newWordMap(map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"dozen": 12,
})

// vagueWords give the order of magnitude of "thousands", "hundreds", ...
var vagueWords = newWordMap(map[string][2]float64{
	"dozens":    {24, 99},
	"scores":    {40, 99},
	"hundreds":  {100, 999},
	"thousands": {1000, 999999},
	"millions":  {1e6, 999999999},
	"billions":  {1e9, 999999999999},
})

var timeUnits = newWords(`year years month months week weeks day days hour hours minute
minutes second seconds decade decades century centuries year-old night nights weekend weekends
am pm a.m p.m`)

var monthWords = wordSet(`jan january feb february mar march apr april may jun june jul july
aug august sep sept september oct october nov november dec december`)

// peopleNouns count people.
var peopleNouns = newWords(`people persons person men women children adults migrants
passengers residents civilians soldiers troops workers employees staff crew members
refugees asylum-seekers protesters demonstrators students patients victims tourists
fishermen miners villagers inmates prisoners hostages police officers firefighters
pilgrims fans voters delegates families others`)

// measureVerbs turn a count of people into what happened to them.
var measureVerbs = newWordMap(map[string]string{
	"died": "deaths", "dead": "deaths", "killed": "deaths", "killing": "deaths", "kills": "deaths",
	"perished": "deaths", "drowned": "deaths", "deaths": "deaths", "dying": "deaths", "die": "deaths",
	"injured": "injuries", "wounded": "injuries", "hurt": "injuries", "injuring": "injuries", "wounding": "injuries",
	"rescued": "rescued", "saved": "rescued", "rescuing": "rescued", "survived": "rescued", "survivors": "rescued",
	"missing": "missing", "unaccounted": "missing",
	"injuries": "injuries", "treated": "hospitalized", "hospital": "hospitalized",
	"hospitalized": "hospitalized", "hospitalised": "hospitalized", "critical": "critical", "serious": "serious",
	"pulled": "rescued", "evacuate": "evacuated", "evacuation": "evacuated", "fled": "evacuated",
	"flee": "evacuated", "displaced": "evacuated", "evacuations": "evacuated",
	"arrested": "arrests", "detained": "arrests", "arresting": "arrests", "arrests": "arrests",
	"evacuated": "evacuated", "evacuating": "evacuated",
})

var measureSynonyms = newWordMap(map[string]string{
	"goals": "objectives", "aims": "objectives", "persons": "people",
	"employees": "workers", "staffers": "workers", "demonstrators": "protesters",
	"dead": "deaths", "fatalities": "deaths", "casualties": "deaths", "lives": "deaths",
	"injured": "injuries", "wounded": "injuries", "survivors": "rescued",
	"positions": "jobs", "posts": "jobs", "houses": "homes", "cars": "vehicles",
	"staff": "workers", "cuts": "jobs", "deliveries": "sales", "shares": "share price",
	"stock": "share price", "stocks": "share price", "share": "share price", "workforce": "workers",
	"dollars": "", "euros": "",
})

var moveVerbs = newWordMap(map[string]float64{
	"fell": -1, "fall": -1, "falls": -1, "dropped": -1, "drop": -1, "drops": -1, "declined": -1,
	"slumped": -1, "tumbled": -1, "plunged": -1, "sank": -1, "lost": -1, "down": -1, "slid": -1,
	"rose": 1, "rise": 1, "rises": 1, "climbed": 1, "jumped": 1, "gained": 1, "soared": 1,
	"up": 1, "increased": 1, "grew": 1, "surged": 1, "risen": 1, "raises": 1, "raise": 1,
	"raised": 1, "increase": 1, "increases": 1, "boost": 1, "boosts": 1, "boosted": 1,
	"cut": -1, "cuts": -1, "cutting": -1, "reduce": -1, "reduces": -1, "reduced": -1,
	"reducing": -1, "lower": -1, "lowers": -1, "lowered": -1, "slashed": -1, "trimmed": -1,
	"decreased": -1, "fallen": -1, "shed": -1, "hike": 1, "hikes": 1,
})

var currencies = newWordMap(map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"})

// quantityClaims finds the quantities of every body sentence.
func (d *doc) quantityClaims() {
	for si, s := range d.sents {
		if d.sentences[si].Heading {
			continue
		}
		// The tokens up to the sentence's end in a local slice: the
		// loop's reads need no bounds checks and no reload of d.toks.
		toks := d.toks[:s.t1]
		for i := s.t0; i < len(toks); {
			if !mayStartNumber(&toks[i]) {
				i++ // what parseNumber refuses first, checked without the call
				continue
			}
			n := d.quantityAt(i, s)
			if n <= i {
				n = i + 1
			}
			i = n
		}
	}
}

// mayStartNumber reports whether parseNumber can read a number at token
// t: false for tokens in dates or quotes, punctuation and words that are
// no number word.
func mayStartNumber(t *token) bool {
	// Only words carry list bits: a number word is a word.
	return (t.kind() == tNum || t.bits&cNumberish != 0) && !t.inTimex() && !t.inQuote()
}

// number is a parsed number and its tokens.
type number struct {
	value    float64
	t0, t1   int
	vague    bool
	min, max float64
}

// parseNumber reads the number at token i, if any.
func (d *doc) parseNumber(i, end int) (number, bool) {
	t := &d.toks[i]
	if t.inTimex() || t.inQuote() {
		return number{}, false
	}
	switch t.kind() {
	case tNum:
		raw := d.a.Body[t.start:t.end]
		mult := 1.0
		j := len(raw)
		for j > 0 && (raw[j-1] < '0' || raw[j-1] > '9') {
			j--
		}
		switch strings.ToLower(raw[j:]) {
		case "":
		case "bn", "b":
			mult = 1e9
		case "m", "mn":
			mult = 1e6
		case "k":
			mult = 1e3
		default:
			return number{}, false // ordinals, decades, codes
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(raw[:j], ",", ""), 64)
		if err != nil || math.IsInf(v, 0) {
			return number{}, false
		}
		n := number{value: v * mult, t0: i, t1: i + 1}
		if i+1 < end {
			if s, ok := scaleWords.get(d.lower(&d.toks[i+1])); ok && s > 12 {
				n.value *= s
				n.t1++
			}
		}
		return n, true
	case tWord:
		if t.bits&cNumberish == 0 {
			return number{}, false
		}
		w := d.lower(t)
		if r, ok := vagueWords.get(w); ok {
			n := number{value: r[0], t0: i, t1: i + 1, vague: true, min: r[0], max: r[1]}
			// "tens of thousands", "hundreds of thousands"
			if d.word(i+1) == "of" {
				if r2, ok := vagueWords.get(d.word(i + 2)); ok && r2[0] > r[0] {
					lo := r[0] * r2[0]
					n = number{value: lo, t0: i, t1: i + 3, vague: true, min: lo, max: lo*10 - 1}
				}
			}
			return n, true
		}
		if w == "tens" && d.word(i+1) == "of" {
			if r2, ok := vagueWords.get(d.word(i + 2)); ok {
				lo := 10 * r2[0]
				return number{value: lo, t0: i, t1: i + 3, vague: true, min: lo, max: lo*10 - 1}, true
			}
		}
		if w == "a" || w == "half" {
			if s, ok := scaleWords.get(d.word(i + 1)); ok && !d.toks[i+1].inTimex() {
				v := s
				if w == "half" && d.word(i+1) == "a" {
					return number{}, false
				}
				return number{value: v, t0: i, t1: i + 2}, true
			}
			if w == "half" && d.word(i+1) == "a" {
				if s, ok := scaleWords.get(d.word(i + 2)); ok {
					return number{value: s / 2, t0: i, t1: i + 3}, true
				}
			}
			return number{}, false
		}
		v, ok := numberWords.get(w)
		if !ok {
			if s, ok2 := scaleWords.get(w); ok2 && w == "dozen" {
				v, ok = s, true
			}
		}
		if !ok {
			return number{}, false
		}
		j := i + 1
		total, cur := 0.0, v
		for j < end {
			nw := d.word(j)
			if d.toks[j].inTimex() {
				break
			}
			if nw == "-" && j+1 < end {
				if u, ok := numberWords.get(d.word(j + 1)); ok && cur >= 20 && cur < 100 && int(cur)%10 == 0 && u < 10 {
					cur += u
					j += 2
					continue
				}
				if sc, ok := scaleWords.get(d.word(j + 1)); ok && sc >= 100 {
					nw = d.word(j + 1)
					j++
				}
			}
			if u, ok := numberWords.get(nw); ok {
				switch {
				case cur == 0:
					cur = u
				case cur >= 100 && int(cur)%100 == 0 && u < 100:
					cur += u
				case cur >= 20 && cur < 100 && int(cur)%10 == 0 && u < 10:
					cur += u
				default:
					return number{value: total + cur, t0: i, t1: j}, true
				}
				j++
				continue
			}
			if sc, ok := scaleWords.get(nw); ok && nw != "dozen" {
				if sc >= 1000 {
					total += cur * sc
					cur = 0
				} else {
					cur *= sc
				}
				j++
				continue
			}
			if nw == "and" && d.word(j+1) == "a" && d.word(j+2) == "half" {
				cur += 0.5
				j += 3
				continue
			}
			if nw == "and" && j+1 < end {
				if _, ok := numberWords.get(d.word(j + 1)); ok && cur >= 100 {
					j++
					continue
				}
			}
			break
		}
		return number{value: total + cur, t0: i, t1: j}, true
	}
	return number{}, false
}

// quantityAt reads a quantity at token i of sentence s and returns the
// token after it.
func (d *doc) quantityAt(i int, s sentInfo) int {
	if f, ok := d.fractionAt(i, s); ok {
		return d.fractionQuantity(f, s)
	}
	n, ok := d.parseNumber(i, s.t1)
	if !ok {
		return i + 1
	}
	prev := d.word(n.t0 - 1)
	next := d.word(n.t1)
	// Not counts: dates and times, list markers, names, "one of".
	if n.t0 == s.t0 && (next == "." || next == ")") {
		return n.t1
	}
	if d.is(n.t0-1, cMonth) || (prev == "." && d.is(n.t0-2, cMonth)) || next == ":" || d.is(n.t1, cTimeUnit) || (next == "-" && d.is(n.t1+1, cTimeUnit)) {
		return n.t1
	}
	if d.toks[n.t0].kind() == tNum && !n.vague && n.value >= 1900 && n.value <= 2100 && !strings.Contains(d.text(n.t0, n.t0+1), ",") && !d.is(n.t1, cPeopleNoun) && next != "%" && next != "percent" {
		return n.t1
	}
	if n.t0 > s.t0 && d.toks[n.t0-1].kind() == tWord && d.toks[n.t0-1].cap() && d.toks[n.t0].kind() == tNum && !hedgeWordSet.has(prev) && n.t0-1 != s.t0 {
		return n.t1 // "Boeing 737", "Apollo 11"
	}
	if prev == "in" && n.t0 >= 2 && (d.toks[n.t0-2].kind() == tNum || numberWords.at(d.word(n.t0-2)) > 0) {
		return n.t1 // "four in five": a ratio
	}
	if next == "in" && (d.toks[min(n.t1+1, len(d.toks)-1)].kind() == tNum || numberWords.at(d.word(n.t1+1)) > 0) {
		return n.t1
	}
	if d.word(n.t0) == "one" && n.t1 == n.t0+1 && (next == "of" || !d.is(n.t1, cPeopleNoun) && measureVerbs.at(next) == "") {
		return n.t1
	}
	if (prev == "the" || prev == "these" || prev == "those" || prev == "both") && d.toks[n.t0].kind() == tWord && n.value <= 10 && next != "%" && next != "percent" {
		return n.t1 // "the two countries": a reference, not a count
	}
	q := Quantity{Value: n.value}
	start, end := n.t0, n.t1
	if c, ok := currencies.get(prev); ok {
		q.Unit = c
		start--
		prev = d.word(start - 1)
	}
	// Percentages.
	after := n.t1
	switch {
	case d.word(after) == "%":
		q.Unit = "percent"
		after++
	case d.word(after) == "percent" || d.word(after) == "pct":
		q.Unit = "percent"
		after++
	case d.word(after) == "per" && d.word(after+1) == "cent":
		q.Unit = "percent"
		after += 2
	case d.word(after) == "percentage" && d.word(after+1) == "points":
		q.Unit = "percentage points"
		after += 2
	}
	if q.Unit == "" && !n.vague {
		if c, ok := currencyWords.get(d.word(after)); ok {
			q.Unit = c
			after++
		} else if c, ok := currencyWords.get(d.word(after + 1)); ok && d.word(after) == "-" {
			q.Unit = c
			after += 2
		}
	}
	end = after
	// Hedges before the number.
	h, hs := d.hedgeBefore(start)
	if h != "" {
		start = hs
	}
	q.Hedge = h
	setBounds(&q, n, &d.sc().bounds)
	// What is counted.
	measure, mEnd, sign := d.measureOf(n, start, after, s, q.Unit)
	if measure == "" {
		return n.t1
	}
	if mEnd > end {
		end = mEnd
	}
	if sign < 0 {
		q.Value = -q.Value
		if q.Min != nil && q.Max != nil {
			lo, hi := -*q.Max, -*q.Min
			q.Min, q.Max = &lo, &hi
		} else if q.Min != nil {
			v := -*q.Min
			q.Min, q.Max = nil, &v
		} else if q.Max != nil {
			v := -*q.Max
			q.Max, q.Min = nil, &v
		}
	}
	q.Measure = measure
	if q.Unit == "" {
		q.Unit = "count"
	}
	q.Vague = n.vague
	d.addQuantity(q, n, start, end, s)
	return n.t1
}

// addQuantity adds the claim of quantity q, whose number is n, found on
// tokens [start, end) of sentence s.
func (d *doc) addQuantity(q Quantity, n number, start, end int, s sentInfo) {
	q.Subject = d.subjectOf(n.t0, s)
	if end > s.t1 {
		end = s.t1
	}
	qp := d.sc().quantities.new()
	*qp = q
	c := Claim{
		Kind:     KindQuantity,
		Evidence: d.evidence(int(d.toks[start].start), int(d.toks[end-1].end)),
		Value:    formatNumber(q.Value),
		Quantity: qp,
	}
	d.claims = append(d.claims, c)
}

// fractionAt reads a share given as a fraction or a ratio at token i:
// "four in five", "three out of four", "a third", "two-thirds", "half"
// (the word fractions only before "of"). The number's value is the share
// in percent, and its tokens end before "of" or the counted noun.
func (d *doc) fractionAt(i int, s sentInfo) (number, bool) {
	w := d.word(i)
	if w == "half" {
		// "half of the flights"; not "the second half of", "half an hour".
		if d.word(i+1) != "of" || halfBefore.has(d.word(i-1)) || i > s.t0 && d.toks[i-1].kind() == tNum {
			return number{}, false
		}
		return number{value: 50, t0: i, t1: i + 1}, true
	}
	top := 0.0
	j := i + 1
	switch {
	case w == "a" || w == "an":
		top = 1
	case d.toks[i].kind() == tWord:
		top = numberWords.at(w)
		if top == 0 || top >= 10 {
			return number{}, false
		}
		if d.word(j) == "-" {
			j++
		}
	default:
		return d.ratioAt(i, s)
	}
	if den := fractionDenominator(d.word(j)); den > 0 {
		// "a third of", "one-third of", "two thirds of"; not "a third
		// time" or "three quarters" alone.
		if d.word(j+1) != "of" || top >= den || den < 3 && top == 1 && w != "one" || (top > 1) != strings.HasSuffix(d.word(j), "s") && den != 2 {
			return number{}, false
		}
		return number{value: percentOf(top, den), t0: i, t1: j + 1}, true
	}
	if w == "a" || w == "an" {
		return number{}, false
	}
	return d.ratioAt(i, s)
}

// ratioAt reads "four in five" or "3 out of 10" at token i: two whole
// numbers, the first smaller, the second at most 100 and not "a million".
func (d *doc) ratioAt(i int, s sentInfo) (number, bool) {
	j := i + 1
	switch {
	case d.word(j) == "in":
		j++
	case d.word(j) == "out" && d.word(j+1) == "of":
		j += 2
	default:
		return number{}, false
	}
	if j >= s.t1 || d.word(j) == "a" || d.toks[j].cap() || d.toks[i].inTimex() || d.toks[j].inTimex() || d.toks[i].inQuote() {
		return number{}, false
	}
	top, ok1 := d.wholeNumber(i)
	den, ok2 := d.wholeNumber(j)
	if !ok1 || !ok2 || top < 1 || top >= den || den > 100 {
		return number{}, false
	}
	return number{value: percentOf(top, den), t0: i, t1: j + 1}, true
}

// wholeNumber is the value of token i when it is a whole number by
// itself: "four", "10".
func (d *doc) wholeNumber(i int) (float64, bool) {
	t := &d.toks[i]
	if t.kind() == tWord {
		v, ok := numberWords.get(d.lower(t))
		return v, ok
	}
	if t.kind() != tNum || t.end-t.start > 3 {
		return 0, false
	}
	v := 0.0
	for _, c := range []byte(d.a.Body[t.start:t.end]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + float64(c-'0')
	}
	return v, true
}

// percentOf is top/den in percent, to one decimal.
func percentOf(top, den float64) float64 { return math.Round(top/den*1000) / 10 }

// fractionDenominator is the denominator a fraction word names: 3 for
// "third" and "thirds", 0 for other words.
func fractionDenominator(w string) float64 {
	switch w {
	case "half", "halves":
		return 2
	case "third", "thirds":
		return 3
	case "quarter", "quarters":
		return 4
	case "fifth", "fifths":
		return 5
	case "sixth", "sixths":
		return 6
	case "seventh", "sevenths":
		return 7
	case "eighth", "eighths":
		return 8
	case "ninth", "ninths":
		return 9
	case "tenth", "tenths":
		return 10
	}
	return 0
}

// halfBefore are words before "half" that make it a part of a time or a
// place, not a share ("the second half of the season").
var halfBefore = newWords(`the a an first second last other latter former back front top bottom
upper lower northern southern eastern western this that one and`)

// notShares are words after "half of" or "a third of" that name no
// counted whole: pronouns, time and distance ("half of the way").
var notShares = newWords(`time times them us you it those these ones way distance journey`)

// fractionQuantity adds the share read by fractionAt, with the hedge before
// it and what it is a share of after it ("nearly half of the flights",
// "four in five services"), and returns the token after the number.
func (d *doc) fractionQuantity(n number, s sentInfo) int {
	k := n.t1
	if d.word(k) == "of" {
		k++ // a word fraction, which fractionAt reads only before "of"
	}
	measure, end := d.shareOf(k, k+5, s)
	if noun := strings.TrimSuffix(measure, " share"); measure == "" || timeUnits.has(noun) || notShares.has(noun) {
		return n.t1 // "half of the time", "a quarter of an hour", "half of them"
	}
	hedge, start := d.hedgeBefore(n.t0)
	q := Quantity{Value: n.value, Unit: "percent", Measure: measure, Hedge: hedge}
	setBounds(&q, n, &d.sc().bounds)
	d.addQuantity(q, n, start, end, s)
	return n.t1
}

var currencyWords = newWordMap(map[string]string{"rupees": "INR", "rupee": "INR", "yuan": "CNY", "francs": "CHF", "dollar": "USD", "euro": "EUR", "pound": "GBP", "dollars": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB", "yen": "JPY", "hryvnias": "UAH"})

var hedgeWordSet = newWords(`just least most more than fewer less up to nearly almost about around
approximately roughly some estimated over under close just upwards as many`)

// hedgeBefore finds a hedge ending right before token i.
func (d *doc) hedgeBefore(i int) (string, int) {
	w1, w2, w3 := d.word(i-1), d.word(i-2), d.word(i-3)
	switch {
	case w2 == "at" && w1 == "least":
		return "at least", i - 2
	case w2 == "at" && w1 == "most":
		return "at most", i - 2
	case w2 == "more" && w1 == "than":
		return "more than", i - 2
	case (w2 == "fewer" || w2 == "less") && w1 == "than":
		return "less than", i - 2
	case w2 == "up" && w1 == "to":
		return "up to", i - 2
	case w3 == "as" && w2 == "many" && w1 == "as":
		return "up to", i - 3
	case w3 == "as" && w2 == "much" && w1 == "as":
		return "up to", i - 3
	case w2 == "close" && w1 == "to":
		return "nearly", i - 2
	case w2 == "upwards" && w1 == "of":
		return "more than", i - 2
	case w2 == "an" && w1 == "estimated":
		return "about", i - 2
	case w1 == "nearly" || w1 == "almost":
		return "nearly", i - 1
	case w1 == "about" || w1 == "around" || w1 == "approximately" || w1 == "roughly" || w1 == "some" || w1 == "estimated" || w1 == "circa":
		return "about", i - 1
	case w1 == "over":
		return "more than", i - 1
	case w1 == "under":
		return "less than", i - 1
	}
	return "", i
}

// setBounds fills Min and Max from the hedge.
func setBounds(q *Quantity, n number, bounds *slab[float64]) {
	v := n.value
	// The bounds are allocated in the run's blocks.
	f := func(x float64) *float64 {
		p := bounds.new()
		*p = x
		return p
	}
	both := func(lo, hi float64) (*float64, *float64) { return f(lo), f(hi) }
	if n.vague {
		q.Min, q.Max = both(n.min, n.max)
		switch q.Hedge {
		case "more than", "at least":
			q.Max = nil
		case "up to", "less than", "at most", "nearly":
			q.Min = nil
		}
		return
	}
	switch q.Hedge {
	case "at least", "more than":
		q.Min = f(v)
	case "up to", "at most", "less than":
		q.Max = f(v)
	case "nearly":
		q.Min, q.Max = both(v*0.9, v)
	case "about":
		q.Min, q.Max = both(v*0.9, v*1.1)
	default:
		q.Min, q.Max = both(v, v)
	}
}

// measureOf says what the number counts: the noun after it, normalized
// by the verbs around it ("12 people died" and "killing 12 people" are
// both "deaths"). It returns the measure, the token after the counted
// noun, and -1 for a fall ("shares fell 8%").
func (d *doc) measureOf(n number, start, after int, s sentInfo, unit string) (string, int, float64) {
	switch {
	case unit == "percent" || unit == "percentage points":
		m, end, sign := d.percentMeasure(n, start, after, s)
		return normalizeMeasure(m), end, sign
	case unit != "" && unit != "count":
		m, end := d.moneyMeasure(n, start, after, s)
		return normalizeMeasure(m), end, 1
	}
	if w := d.word(start - 1); w == "magnitude" || w == "measured" && (d.word(after) == "." || d.word(after) == ",") {
		return "magnitude", after, 1
	}
	if w := d.word(after); (w == "earthquake" || w == "quake" || w == "tremor") && d.toks[n.t0].kind() == tNum && n.value < 10 {
		return "magnitude", after + 1, 1
	}
	m, end := d.countMeasure(n, start, after, s)
	if m == "votes" {
		return "", end, 1 // vote tallies are not compared as counts
	}
	return normalizeMeasure(m), end, 1
}

// normalizeMeasure folds synonyms of counted nouns.
func normalizeMeasure(m string) string {
	if s, ok := measureSynonyms.get(m); ok {
		return s
	}
	return m
}

// percentMeasure reads what a percentage is of: "20% of its territory"
// (a share), "15% contained", "shares fell 8%", "raises property taxes by
// 3.5%", "a cut of 10% in deployed warheads".
func (d *doc) percentMeasure(n number, start, after int, s sentInfo) (string, int, float64) {
	end := after
	// "of its territory", "of a workforce"
	if d.word(after) == "of" {
		if m, e := d.shareOf(after+1, after+6, s); m != "" {
			return m, e, 1
		}
	}
	if w := d.word(after); w == "contained" || w == "containment" {
		return "containment", after + 1, 1
	}
	// "a 3% pay offer", "an 8% stake"
	if head, e := d.nounPhraseAt(after, s); head != "" && d.word(after) != "of" && d.toks[after].kind() == tWord && !d.toks[after].cap() && !auxiliaries.has(d.word(after)) && !moveVerbsOrChange(d.word(after)) {
		f := strings.Fields(head)
		if len(f) == 2 && changeHeads.has(f[1]) {
			return f[0], e, 1
		}
		if len(f) == 1 && changeHeads.has(f[0]) {
			// "a 3% rise": the thing that rises is named elsewhere.
		} else if moneyNouns.has(lastWord(head)) || changeHeads.has(lastWord(head)) || percentNouns.has(lastWord(head)) {
			return lastWord(head), e, 1
		}
	}
	for k := start - 1; k >= s.t0 && k >= start-4; k-- {
		if d.word(k) == "containment" || d.word(k) == "contained" {
			return "containment", end, 1
		}
	}
	// A noun of change: "a cut of 10% in deployed warheads".
	if d.word(start-1) == "of" {
		if sign, ok := changeNouns.get(d.word(start - 2)); ok {
			if d.word(after) == "in" {
				if head, e := d.nounPhraseAt(after+1, s); head != "" {
					return head, e, sign
				}
			}
			return d.clauseMeasure(start, s), end, sign
		}
	}
	// "a premium of about 42%", "weight loss of 18 percent"
	if d.word(start-1) == "of" && start >= 2 && d.toks[start-2].kind() == tWord && !d.toks[start-2].cap() && changeNouns.at(d.word(start-2)) == 0 && !d.is(start-2, cStopWord|cPreposition) {
		words := []string{d.word(start - 2)}
		if p := d.word(start - 3); start >= 3 && d.toks[start-3].kind() == tWord && !d.toks[start-3].cap() && !d.is(start-3, cStopWord|cPreposition) && !adjectives.has(p) && !strings.HasSuffix(p, "ed") {
			words = append([]string{p}, words...)
		}
		return phraseHead(words), end, 1
	}
	// "the main index closing 1.2% lower", "60% above normal"
	if w := d.word(after); w == "lower" || w == "higher" || w == "above" || w == "below" {
		sign := 1.0
		if w == "lower" || w == "below" {
			sign = -1
		}
		for v := start - 1; v >= s.t0 && v >= start-3; v-- {
			if head := d.subjectBefore(v, s); head != "" && d.toks[v].kind() == tWord {
				return normalizeMeasure(lastWord(head)), after + 1, sign
			}
		}
	}
	// A verb of change before the number; "to 3.75%" gives the level
	// reached, "by 0.25%" the change.
	k := start - 1
	level := d.word(k) == "to"
	if d.word(k) == "by" || d.word(k) == "to" {
		k--
	}
	for v := k; v >= s.t0 && v >= k-12; v-- {
		w := d.word(v)
		if v < k-5 && !level {
			break
		}
		sign, ok := moveVerbs.get(w)
		if !ok {
			continue
		}
		if d.word(v+1) == "up" || d.word(v+1) == "down" {
			sign = moveVerbs.at(d.word(v + 1))
		}
		// Transitive: "raises property taxes by 3.5%", "cutting deployed
		// warheads by 10 percent".
		objEnd := start
		if d.word(start-1) == "by" {
			objEnd = start - 1
		}
		if level {
			sign = 1
		}
		if transitiveMoves.has(w) && v+1 < objEnd {
			// "cut its key rate by a quarter point on June 12, to 3.75%"
			stop := objEnd
			for t := v + 1; t < objEnd; t++ {
				if w := d.word(t); w == "by" || w == "," || w == "on" || w == "to" {
					stop = t
					break
				}
			}
			if head, _ := d.nounPhraseBefore(stop, v+1, s); head != "" {
				return head, end, sign
			}
		}
		head := d.subjectBefore(v, s)
		if head == "" {
			head = d.clauseMeasure(v, s)
		}
		if head == "" && v > s.t0 && d.toks[v-1].cap() && d.toks[v-1].kind() == tWord {
			head = "share price" // "Norvex fell 3%": a company's shares
		}
		return head, end, sign
	}
	for k := start - 1; k >= s.t0 && k >= start-4; k-- {
		if w := d.word(k); w == "unemployment" || w == "inflation" || w == "turnout" || w == "rate" {
			return w, end, 1
		}
	}
	return "", end, 1
}

// shareOf reads the noun a share is of, from token k (after "of") to
// before limit: "its occupied territory" gives "territory share". It
// returns the measure and the token after the noun, or "".
func (d *doc) shareOf(k, limit int, s sentInfo) (string, int) {
	switch d.word(k) {
	case "its", "their", "his", "her", "the", "our", "all", "a", "an", "this", "that":
		k++
	}
	for k < s.t1 && k < limit && d.toks[k].kind() == tWord && !d.toks[k].cap() {
		w := d.lower(&d.toks[k])
		if (preNounAdjectives.has(w) || strings.HasSuffix(w, "ed") || adjectives.has(w)) && k+1 < s.t1 && d.toks[k+1].kind() == tWord {
			k++
			continue
		}
		if d.toks[k].bits&cStopWord != 0 {
			break
		}
		if isPossessive(d.word(k + 1)) {
			// "of the region's maize crop": the share is of the crop.
			k, limit = k+2, limit+2
			continue
		}
		if compoundHeads.has(d.word(k + 1)) {
			return w + " " + d.word(k+1) + " share", k + 2
		}
		return w + " share", k + 1
	}
	return "", 0
}

// percentNouns are what a percentage before them measures ("a 42
// percent premium", "a 10% stake").
var percentNouns = newWords(`premium discount stake majority turnout tariff tariffs tax interest
margin return yield commission vat growth inflation unemployment`)

// changeHeads end a noun phrase whose modifier is what changes ("pay
// offer", "price rise").
var changeHeads = newWords(`offer rise increase raise cut hike drop fall stake share deal`)

func moveVerbsOrChange(w string) bool {
	_, ok := moveVerbs.get(w)
	return ok || changeNouns.at(w) != 0
}

// changeNouns name a change and its direction.
var changeNouns = newWordMap(map[string]float64{
	"cut": -1, "cuts": -1, "drop": -1, "fall": -1, "decline": -1, "reduction": -1, "decrease": -1,
	"rise": 1, "increase": 1, "jump": 1, "gain": 1, "hike": 1,
})

// transitiveMoves take the changed thing as their object.
var transitiveMoves = newWords(`raises raise raised raising increase increases increased increasing
cut cuts cutting reduce reduces reduced reducing lower lowers lowered lowering slash slashes
slashed boost boosts boosted trim trims trimmed hike hikes hiked`)

// nounPhraseAt reads a noun phrase starting at token k and returns its
// head (with a compound modifier: "property taxes").
func (d *doc) nounPhraseAt(k int, s sentInfo) (string, int) {
	switch d.word(k) {
	case "the", "its", "their", "a", "an", "his", "her":
		k++
	}
	words := []string{}
	e := k
	for t := k; t < s.t1 && t < k+4 && d.toks[t].kind() == tWord && !d.toks[t].inTimex(); t++ {
		if d.toks[t].bits&(cStopWord|cPreposition) != 0 {
			break
		}
		w := d.lower(&d.toks[t])
		words = append(words, w)
		e = t + 1
	}
	return phraseHead(words), e
}

// nounPhraseBefore reads the noun phrase in tokens [from, to).
func (d *doc) nounPhraseBefore(to, from int, s sentInfo) (string, int) {
	var words []string
	for t := from; t < to; t++ {
		w := d.word(t)
		if d.toks[t].kind() != tWord || d.toks[t].bits&(cStopWord|cPreposition) != 0 {
			words = words[:0]
			continue
		}
		words = append(words, w)
	}
	return phraseHead(words), to
}

// phraseHead keeps a phrase's last noun and a noun modifier before it
// ("property taxes", "library hours"), dropping participles and
// adjectives ("deployed warheads" gives "warheads").
func phraseHead(words []string) string {
	if len(words) == 0 {
		return ""
	}
	head := words[len(words)-1]
	if len(words) >= 2 {
		m := words[len(words)-2]
		if !strings.HasSuffix(m, "ed") && !strings.HasSuffix(m, "ing") && !preNounAdjectives.has(m) && !adjectives.has(m) && !strings.HasSuffix(m, "s") {
			return m + " " + head
		}
	}
	return head
}

var adjectives = newWords(`new old big small large high low minor major further more other
additional several many few early late local public private annual monthly total average
current previous recent southern northern eastern western main primary senior`)

// subjectBefore finds the head noun of the subject of the verb at v:
// "Fares on the route have risen" gives "fares", "The company's shares
// fell" gives "shares".
func (d *doc) subjectBefore(v int, s sentInfo) string {
	k := v - 1
	for k >= s.t0 && auxiliaries.has(d.word(k)) {
		k--
	}
	if k < s.t0 || d.toks[k].kind() != tWord {
		return ""
	}
	// Skip a prepositional phrase: "Fares on the route", "Shares in the
	// company".
	for j := k; j >= s.t0 && j >= k-4; j-- {
		if d.is(j, cPreposition) && j > s.t0 && d.toks[j-1].kind() == tWord && d.toks[j-1].bits&cStopWord == 0 {
			k = j - 1
			break
		}
		if d.toks[j].kind() != tWord {
			break
		}
	}
	// At most two words, the last found first: words[2-n:] in text order.
	var words [2]string
	n := 0
	for t := k; t >= s.t0 && t >= k-1; t-- {
		w := d.word(t)
		if d.toks[t].kind() != tWord || d.toks[t].bits&(cStopWord|cPreposition) != 0 || auxiliaries.has(w) || conjunctions.has(w) {
			break
		}
		if d.toks[t].cap() && t != s.t0 {
			if n == 0 {
				return "" // a name ("Norvex fell"): not a measure
			}
			break
		}
		n++
		words[2-n] = w
	}
	return phraseHead(words[2-n:])
}

var conjunctions = newWords(`while and but as after when whereas although though because since`)

var auxiliaries = newWords(`has have had will would could should may might is are was were be been
being to also further go goes went closed expected expects expect set likely said says`)

// clauseMeasure names a change without a subject ("sold 412,000
// vehicles last year, down 11%"): sales when the clause sold things.
func (d *doc) clauseMeasure(v int, s sentInfo) string {
	for k := v - 1; k >= s.t0; k-- {
		if w := d.word(k); w == "sold" || w == "sales" || w == "sells" || w == "deliveries" || w == "delivered" {
			return "sales"
		}
	}
	return ""
}

// moneyNouns are what sums of money are.
var moneyNouns = newWords(`budget budgets deficit deficits cost costs savings fine fines deal deals
contract contracts package loan loans aid revenue revenues profit profits loss losses debt
cash compensation value surplus bill fund funds funding investment investments salary bonus
price stake payment payments settlement damages fee fees tax taxes grant grants bailout
donation donations spending sales relief reparations ransom award award`)

// moneyMeasure reads what a sum of money is: "$48 million budget", "$3.4
// billion in cash", "would cost $1.2 billion", "Savings: $600 million".
func (d *doc) moneyMeasure(n number, start, after int, s sentInfo) (string, int) {
	k := after
	if d.word(k) == "-" && (d.word(k+1) == "dollar" || d.word(k+1) == "euro" || d.word(k+1) == "pound") {
		k += 2
	}
	if d.word(k) == "in" {
		k++
	}
	for t := k; t < s.t1 && t < k+3; t++ {
		w := d.word(t)
		if moneyNouns.has(w) {
			return w, t + 1
		}
		if d.toks[t].kind() != tWord || d.toks[t].bits&cStopWord != 0 {
			break
		}
	}
	// "annual savings of $250 million"
	if d.word(start-1) == "of" && moneyNouns.has(d.word(start-2)) {
		return d.word(start - 2), after
	}
	// "$38 a share", "$38 per share"
	if (d.word(after) == "a" || d.word(after) == "per") && d.word(after+1) == "share" {
		return "price per share", after + 2
	}
	// "off its value"
	if d.word(after) == "off" && moneyNouns.has(d.word(after+2)) {
		w := d.word(after + 2)
		if w == "value" {
			w = "market value"
		}
		return w, after + 3
	}
	// A verb before: "would cost roughly $1.2 billion".
	for t := start - 1; t >= s.t0 && t >= start-4; t-- {
		switch d.word(t) {
		case "cost", "costs", "costing", "spend", "spent", "spending":
			return "cost", after
		case "save", "saves", "saving", "saved":
			return "savings", after
		case "raise", "raised", "raising":
			return "funding", after
		}
	}
	// "The city's deficit was nearly $6.2 million"
	if w := d.word(start - 1); w == "was" || w == "is" || w == "stood" || w == "reached" || w == "totaled" || w == "totalled" || w == "at" {
		if head := d.subjectBefore(start-1, s); moneyNouns.has(lastWord(head)) {
			return lastWord(head), after
		}
	}
	// A label: "Cost: $1.2 billion".
	if d.word(start-1) == ":" && start >= 2 && d.toks[start-2].kind() == tWord {
		return d.word(start - 2), after
	}
	return "", after
}

// countMeasure reads what a count counts: the noun after it, normalized
// by the verbs around it.
func (d *doc) countMeasure(n number, start, after int, s sentInfo) (string, int) {
	m, end, partitive := d.countMeasure0(n, start, after, s)
	// "23 of the dead", "2,500 of the cuts": part of a total that the
	// sources also give, so not the same measure as the total.
	if partitive && totalMeasures.has(normalizeMeasure(m)) && !n.vague {
		m = normalizeMeasure(m) + " (part)"
	}
	return m, end
}

// totalMeasures are measures whose totals sources report and compare.
var totalMeasures = newWords(`deaths injuries missing rescued jobs hospitalized arrests evacuated`)

func (d *doc) countMeasure0(n number, start, after int, s sentInfo) (string, int, bool) {
	partitive := false
	end := after
	noun := ""
	j := after
	if d.word(j) == "more" || d.word(j) == "other" || d.word(j) == "additional" {
		j++
	}
	if d.word(j) == "of" {
		// "thousands of people", "12 of the passengers", "three of them"
		k := j + 1
		switch d.word(k) {
		case "them", "those", "whom", "these", "us":
			noun = ""
			end = k + 1
		default:
			if d.word(k) == "the" || d.word(k) == "its" || d.word(k) == "their" || d.word(k) == "a" {
				partitive = d.word(k) != "a"
				k++
			}
			for t := k; t < s.t1 && t < k+5; t++ {
				tk := &d.toks[t]
				if tk.kind() == tNum && !tk.inTimex() {
					continue // "2,000 of the usual 9,500 trains"
				}
				if tk.kind() != tWord || tk.bits&cStopWord != 0 {
					break
				}
				if _, ok := d.g.DemonymFolded(d.lower(tk)); ok || tk.cap() && t > s.t0 {
					if ok {
						continue // "of British rail workers"
					}
					break
				}
				if preNounAdjectives.has(d.lower(tk)) || adjectives.has(d.lower(tk)) || d.lower(tk) == "usual" || d.lower(tk) == "rail" || strings.HasSuffix(d.lower(tk), "ed") {
					continue
				}
				noun, end = d.lower(tk), t+1
				// "two of its steel supports": a noun modifier comes first.
				if n := d.word(t + 1); t+1 < s.t1 && d.toks[t+1].kind() == tWord && !d.toks[t+1].cap() && strings.HasSuffix(n, "s") && !d.is(t+1, cStopWord|cPreposition) && measureVerbs.at(n) == "" && !strings.HasSuffix(d.lower(tk), "s") {
					noun, end = n, t+2
				}
				break
			}
		}
	} else {
		for k := j; k < s.t1 && k < j+4; k++ {
			t := &d.toks[k]
			if t.kind() != tWord || (t.cap() && k != s.t0) || t.inTimex() {
				break
			}
			if t.bits&cTimeUnit != 0 {
				return "", end, partitive
			}
			if t.bits&cPeopleNoun != 0 || measureSynonyms.at(d.lower(t)) != "" || measureVerbs.at(d.lower(t)) != "" || strings.HasSuffix(d.lower(t), "s") && len(d.lower(t)) > 3 && t.bits&cStopWord == 0 && !strings.HasSuffix(d.lower(t), "ss") {
				noun = d.lower(t)
				end = k + 1
				if d.word(k+1) == "per" && d.toks[min(k+2, len(d.toks)-1)].kind() == tWord {
					noun, end = noun+" per "+d.word(k+2), k+3
				}
				break
			}
			if t.bits&(cStopWord|cSpeechVerb) != 0 {
				break
			}
		}
	}
	if m, ok := measureVerbs.get(noun); ok {
		return m, end, partitive
	}
	if noun == "" {
		// "killing 12", "12 were rescued", "the death toll rose to 14",
		// "the number of destroyed homes has risen to at least 52",
		// "a workforce of 50,000".
		if m := d.verbMeasureAfter(end, s); m != "" {
			return m, end, partitive
		}
		for k := start - 1; k >= s.t0 && k >= start-3; k-- {
			if m, ok := measureVerbs.get(d.word(k)); ok {
				return m, end, partitive
			}
		}
		for k := start - 1; k >= s.t0 && k >= start-12; k-- {
			w := d.word(k)
			if w == "toll" {
				return "deaths", end, partitive
			}
			if w == "number" && d.word(k+1) == "of" {
				if head, _ := d.nounPhraseAt(k+2, s); head != "" {
					return lastWord(head), end, partitive
				}
			}
		}
		if d.word(start-1) == "of" && start >= 2 && d.toks[start-2].kind() == tWord {
			if c := collectiveNouns.at(d.word(start - 2)); c != "" {
				return c, end, partitive
			}
		}
		return "", end, partitive
	}
	if peopleNouns.has(noun) {
		// "killing at least 27 people and injuring …": the verb right
		// before the number governs it.
		for k := start - 1; k >= s.t0 && k >= start-2; k-- {
			if m, ok := measureVerbs.get(d.word(k)); ok {
				return m, end, partitive
			}
		}
		if m := d.verbMeasureAfter(end, s); m != "" {
			return m, end, partitive
		}
		for k := start - 1; k >= s.t0 && k >= start-3; k-- {
			w := d.word(k)
			if m, ok := measureVerbs.get(w); ok {
				return m, end, partitive
			}
			if w == "employs" || w == "employ" || w == "employed" || w == "employing" || w == "hires" || w == "hired" {
				return "workers", end, partitive
			}
		}
		if noun == "workers" && d.word(end) == "will" && d.word(end+1) == "lose" {
			return "workers", end, partitive
		}
	}
	return noun, end, partitive
}

// collectiveNouns name what "a workforce of 50,000" counts.
var collectiveNouns = newWordMap(map[string]string{
	"workforce": "workers", "crowd": "people", "staff": "workers", "population": "people",
	"fleet": "vehicles", "force": "people",
})

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// verbMeasureAfter reads what happened to counted people in the words
// after them: "died", "were killed", "suffered minor injuries", "had been
// ordered out", "could be told to leave".
func (d *doc) verbMeasureAfter(k int, s sentInfo) string {
	for t := k; t < s.t1 && t < k+6; t++ {
		w := d.word(t)
		if m, ok := measureVerbs.get(w); ok {
			return m
		}
		if (w == "ordered" || w == "told") && (d.word(t+1) == "out" || d.word(t+1) == "to" && (d.word(t+2) == "leave" || d.word(t+2) == "evacuate")) {
			return "evacuated"
		}
		if w == "forced" && (d.word(t+1) == "from" || d.word(t+1) == "out" || d.word(t+1) == "to") {
			return "evacuated" // "forced from their homes"
		}
		if w == "," || w == ";" || w == "and" || w == "but" {
			break
		}
	}
	return ""
}

var stopWords = wordSet(`the a an and or but of to in on at for with by from as is are was
were be been has have had will would could should may might this that these those it its
their his her our your who which what when where than then so also not no yes more most
less many much some any all each every other such only just about around over under
this was has does did this thus across always`)

// subjectOf finds what a quantity is about: for "of its territory" the
// last country named before; else the first entity in subject position.
func (d *doc) subjectOf(t int, s sentInfo) string {
	its := false
	for k := t; k < s.t1 && k < t+5; k++ {
		if w := d.word(k); w == "its" || w == "their" {
			its = true
		}
	}
	if !its {
		return ""
	}
	for k := t - 1; k >= s.t0; k-- {
		mi := d.byTok[k]
		if mi == 0 {
			continue
		}
		m := &d.mentions[mi-1]
		if !m.inRole && !m.inQuote && (m.typ == mCountry || m.typ == mDemonym) {
			return m.key
		}
	}
	return ""
}

// formatNumber prints a number without a needless fraction.
func formatNumber(v float64) string {
	// Most quantities are whole: below 1e15 a float's neighbours are less
	// than 1 apart, so FormatFloat's shortest digits of a whole number are
	// the number itself, which strconv.Itoa prints without the search
	// (and without allocating below 100). -0 prints as "-0" and is left
	// to FormatFloat.
	if v == math.Trunc(v) && math.Abs(v) < 1e15 && (v != 0 || !math.Signbit(v)) {
		return strconv.Itoa(int(v))
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// preNounAdjectives are skipped before the counted noun ("20% of its
// occupied territory").
var preNounAdjectives = newWords(`total entire whole annual national occupied remaining global
current former original overall`)

// compoundHeads make a two-word counted noun ("share price").
var compoundHeads = newWords(`price prices rate rates force budget revenue revenues sales`)
