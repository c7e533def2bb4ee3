package claims

import (
	"math"
	"strconv"
	"strings"
)

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"dozen": 12,
}

// vagueWords give the order of magnitude of "thousands", "hundreds", ...
var vagueWords = map[string][2]float64{
	"dozens":    {24, 99},
	"scores":    {40, 99},
	"hundreds":  {100, 999},
	"thousands": {1000, 999999},
	"millions":  {1e6, 999999999},
	"billions":  {1e9, 999999999999},
}

var timeUnits = wordSet(`year years month months week weeks day days hour hours minute
minutes second seconds decade decades century centuries year-old night nights weekend weekends
am pm a.m p.m`)

var monthWords = wordSet(`jan january feb february mar march apr april may jun june jul july
aug august sep sept september oct october nov november dec december`)

// peopleNouns count people.
var peopleNouns = wordSet(`people persons person men women children adults migrants
passengers residents civilians soldiers troops workers employees staff crew members
refugees asylum-seekers protesters demonstrators students patients victims tourists
fishermen miners villagers inmates prisoners hostages police officers firefighters
pilgrims fans voters delegates families others`)

// measureVerbs turn a count of people into what happened to them.
var measureVerbs = map[string]string{
	"died": "deaths", "dead": "deaths", "killed": "deaths", "killing": "deaths", "kills": "deaths",
	"perished": "deaths", "drowned": "deaths", "deaths": "deaths", "dying": "deaths", "die": "deaths",
	"injured": "injuries", "wounded": "injuries", "hurt": "injuries", "injuring": "injuries", "wounding": "injuries",
	"rescued": "rescued", "saved": "rescued", "rescuing": "rescued", "survived": "rescued", "survivors": "rescued",
	"missing": "missing", "unaccounted": "missing",
	"arrested": "arrests", "detained": "arrests", "arresting": "arrests", "arrests": "arrests",
	"evacuated": "evacuated", "evacuating": "evacuated",
}

var measureSynonyms = map[string]string{
	"goals": "objectives", "aims": "objectives", "persons": "people",
	"employees": "workers", "staffers": "workers", "demonstrators": "protesters",
	"dead": "deaths", "fatalities": "deaths", "casualties": "deaths", "lives": "deaths",
	"injured": "injuries", "wounded": "injuries", "survivors": "rescued",
	"positions": "jobs", "posts": "jobs",
}

var moveVerbs = map[string]float64{
	"fell": -1, "fall": -1, "falls": -1, "dropped": -1, "drop": -1, "drops": -1, "declined": -1,
	"slumped": -1, "tumbled": -1, "plunged": -1, "sank": -1, "lost": -1, "down": -1, "slid": -1,
	"rose": 1, "rise": 1, "rises": 1, "climbed": 1, "jumped": 1, "gained": 1, "soared": 1,
	"up": 1, "increased": 1, "grew": 1, "surged": 1,
}

var currencies = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

// quantityClaims finds the quantities of every body sentence.
func (d *doc) quantityClaims() {
	for _, s := range d.sents {
		if s.heading {
			continue
		}
		for i := s.t0; i < s.t1; {
			n := d.quantityAt(i, s)
			if n <= i {
				n = i + 1
			}
			i = n
		}
	}
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
	if t.inTimex || t.inQuote {
		return number{}, false
	}
	switch t.kind {
	case tNum:
		raw := t.text
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
			if s, ok := scaleWords[d.toks[i+1].lower]; ok && s > 12 {
				n.value *= s
				n.t1++
			}
		}
		return n, true
	case tWord:
		w := t.lower
		if r, ok := vagueWords[w]; ok {
			n := number{value: r[0], t0: i, t1: i + 1, vague: true, min: r[0], max: r[1]}
			// "tens of thousands", "hundreds of thousands"
			if d.word(i+1) == "of" {
				if r2, ok := vagueWords[d.word(i+2)]; ok && r2[0] > r[0] {
					lo := r[0] * r2[0]
					n = number{value: lo, t0: i, t1: i + 3, vague: true, min: lo, max: lo*10 - 1}
				}
			}
			return n, true
		}
		if w == "tens" && d.word(i+1) == "of" {
			if r2, ok := vagueWords[d.word(i+2)]; ok {
				lo := 10 * r2[0]
				return number{value: lo, t0: i, t1: i + 3, vague: true, min: lo, max: lo*10 - 1}, true
			}
		}
		if w == "a" || w == "half" {
			if s, ok := scaleWords[d.word(i+1)]; ok && !d.toks[i+1].inTimex {
				v := s
				if w == "half" && d.word(i+1) == "a" {
					return number{}, false
				}
				return number{value: v, t0: i, t1: i + 2}, true
			}
			if w == "half" && d.word(i+1) == "a" {
				if s, ok := scaleWords[d.word(i+2)]; ok {
					return number{value: s / 2, t0: i, t1: i + 3}, true
				}
			}
			return number{}, false
		}
		v, ok := numberWords[w]
		if !ok {
			if s, ok2 := scaleWords[w]; ok2 && w == "dozen" {
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
			if nw == "-" && j+1 < end {
				if u, ok := numberWords[d.word(j+1)]; ok && u < 10 {
					cur += u
					j += 2
					continue
				}
			}
			if u, ok := numberWords[nw]; ok && cur >= 20 && u < 10 && !d.toks[j].inTimex {
				cur += u
				j++
				continue
			}
			if s, ok := scaleWords[nw]; ok && !d.toks[j].inTimex {
				if s >= 1000 {
					total += cur * s
					cur = 0
				} else {
					cur *= s
				}
				j++
				continue
			}
			if nw == "and" && j+1 < end {
				if _, ok := numberWords[d.word(j+1)]; ok && cur >= 100 {
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
	if monthWords[prev] || (prev == "." && monthWords[d.word(n.t0-2)]) || next == ":" || timeUnits[next] || (next == "-" && timeUnits[d.word(n.t1+1)]) {
		return n.t1
	}
	if d.toks[n.t0].kind == tNum && !n.vague && n.value >= 1900 && n.value <= 2100 && !strings.Contains(d.toks[n.t0].text, ",") && !peopleNouns[next] && next != "%" && next != "percent" {
		return n.t1
	}
	if n.t0 > s.t0 && d.toks[n.t0-1].kind == tWord && d.toks[n.t0-1].cap && d.toks[n.t0].kind == tNum && !hedgeWordSet[prev] && n.t0-1 != s.t0 {
		return n.t1 // "Boeing 737", "Apollo 11"
	}
	if d.word(n.t0) == "one" && (next == "of" || !peopleNouns[next] && measureVerbs[next] == "") {
		return n.t1
	}
	if (prev == "the" || prev == "these" || prev == "those" || prev == "both") && d.toks[n.t0].kind == tWord && n.value <= 10 && next != "%" && next != "percent" {
		return n.t1 // "the two countries": a reference, not a count
	}
	if next == "of" && d.word(n.t1+1) == "the" && !n.vague && d.toks[n.t0].kind == tWord && n.value < 10 {
		// "two of the passengers" is a count; keep going.
	}
	q := Quantity{Value: n.value}
	start, end := n.t0, n.t1
	if c, ok := currencies[prev]; ok {
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
	if q.Unit == "" && !n.vague && d.toks[n.t0].kind == tNum {
		if c, ok := currencyWords[d.word(after)]; ok {
			q.Unit = c
			after++
		}
	}
	end = after
	// Hedges before the number.
	h, hs := d.hedgeBefore(start)
	if h != "" {
		start = hs
	}
	q.Hedge = h
	setBounds(&q, n)
	// What is counted.
	measure, mEnd, sign := d.measureOf(n, after, s)
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
	q.Subject = d.subjectOf(n.t0, s)
	if end > s.t1 {
		end = s.t1
	}
	c := Claim{
		Kind:     KindQuantity,
		Evidence: d.evidence(d.toks[start].start, d.toks[end-1].end),
		Value:    formatNumber(q.Value),
		Quantity: &q,
	}
	d.claims = append(d.claims, c)
	return n.t1
}

var currencyWords = map[string]string{"dollars": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB", "yen": "JPY", "hryvnias": "UAH"}

var hedgeWordSet = wordSet(`least most more than fewer less up to nearly almost about around
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
func setBounds(q *Quantity, n number) {
	v := n.value
	f := func(x float64) *float64 { return &x }
	if n.vague {
		q.Min, q.Max = f(n.min), f(n.max)
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
		q.Min, q.Max = f(v*0.9), f(v)
	case "about":
		q.Min, q.Max = f(v*0.9), f(v*1.1)
	default:
		q.Min, q.Max = f(v), f(v)
	}
}

// measureOf says what the number counts: the noun after it, normalized
// by the verbs around it ("12 people died" and "killing 12 people" are
// both "deaths"). It returns the measure, the token after the counted
// noun, and -1 for a fall ("shares fell 8%").
func (d *doc) measureOf(n number, after int, s sentInfo) (string, int, float64) {
	end := after
	noun := ""
	unit := d.word(after - 1)
	percent := unit == "%" || unit == "percent" || unit == "cent" || unit == "pct" || unit == "points"
	j := after
	if d.word(j) == "of" {
		// "20% of its territory", "thousands of people", "12 of the passengers"
		k := j + 1
		possessive := false
		switch d.word(k) {
		case "its", "their", "his", "her", "the", "our", "all":
			possessive = d.word(k) != "the" && d.word(k) != "all"
			k++
		}
		for k < s.t1 && k < j+5 && d.toks[k].kind == tWord && !d.toks[k].cap {
			w := d.toks[k].lower
			noun = w
			end = k + 1
			if preNounAdjectives[w] && k+1 < s.t1 && d.toks[k+1].kind == tWord {
				k++
				continue
			}
			if compoundHeads[d.word(k+1)] {
				noun = w + " " + d.word(k+1)
				end = k + 2
			}
			break
		}
		if percent && noun != "" {
			_ = possessive
			return noun + " share", end, 1
		}
	} else {
		for k := j; k < s.t1 && k < j+4; k++ {
			t := &d.toks[k]
			if t.kind != tWord || t.cap || t.inTimex {
				break
			}
			if t.lower == "in" && d.toks[n.t0].kind == tNum && k > j {
				break
			}
			if timeUnits[t.lower] {
				return "", end, 1
			}
			if peopleNouns[t.lower] || measureSynonyms[t.lower] != "" || measureVerbs[t.lower] != "" || strings.HasSuffix(t.lower, "s") && len(t.lower) > 3 && !stopWords[t.lower] {
				noun = t.lower
				end = k + 1
				break
			}
			if stopWords[t.lower] || isSpeechVerb(t.lower) {
				break
			}
		}
	}
	if percent && noun == "" {
		// "shares fell 8%", "the stock dropped 8 percent"
		for k := n.t0 - 1; k >= s.t0 && k >= n.t0-6; k-- {
			if sgn, ok := moveVerbs[d.word(k)]; ok {
				subj := ""
				for b := k - 1; b >= s.t0 && b >= k-4; b-- {
					w := d.word(b)
					if w == "shares" || w == "stock" || w == "stocks" || w == "price" {
						subj = "share price"
						break
					}
					if d.toks[b].kind == tWord && !d.toks[b].cap && strings.HasSuffix(w, "s") && !stopWords[w] {
						subj = w
						break
					}
				}
				if subj == "" {
					subj = "change"
				}
				return subj, end, sgn
			}
		}
		for k := n.t0 - 1; k >= s.t0 && k >= n.t0-4; k-- {
			if w := d.word(k); w == "unemployment" || w == "inflation" || w == "turnout" || w == "rate" {
				return w, end, 1
			}
		}
		return "", end, 1
	}
	if m, ok := measureVerbs[noun]; ok {
		return m, end, 1
	}
	if noun == "" {
		// "killing 12", "12 were rescued", "the death toll rose to 12"
		for k := n.t0 - 1; k >= s.t0 && k >= n.t0-3; k-- {
			if m, ok := measureVerbs[d.word(k)]; ok {
				return m, end, 1
			}
			if d.word(k) == "toll" {
				return "deaths", end, 1
			}
		}
		for k := after; k < s.t1 && k < after+3; k++ {
			if m, ok := measureVerbs[d.word(k)]; ok {
				return m, max(end, k+1), 1
			}
		}
		if d.toks[n.t0].kind == tNum && d.word(n.t0-1) == "to" && d.word(n.t0-3) == "toll" {
			return "deaths", end, 1
		}
		if d.word(n.t0-1) == "to" && (d.word(n.t0-2) == "rose" || d.word(n.t0-2) == "climbed") && d.word(n.t0-4) == "death" {
			return "deaths", end, 1
		}
		return "", end, 1
	}
	if peopleNouns[noun] || noun == "people" {
		// The verb after ("died", "were killed") or before ("killing").
		for k := end; k < s.t1 && k < end+4; k++ {
			if m, ok := measureVerbs[d.word(k)]; ok {
				return m, end, 1
			}
			if d.word(k) == "," || d.word(k) == ";" {
				break
			}
		}
		for k := n.t0 - 1; k >= s.t0 && k >= n.t0-3; k-- {
			if m, ok := measureVerbs[d.word(k)]; ok {
				return m, end, 1
			}
		}
	}
	if s, ok := measureSynonyms[noun]; ok {
		noun = s
	}
	return noun, end, 1
}

// preNounAdjectives are skipped before the counted noun ("20% of its
// occupied territory").
var preNounAdjectives = wordSet(`total entire whole annual national occupied remaining global
current former original overall`)

// compoundHeads make a two-word counted noun ("share price").
var compoundHeads = wordSet(`price prices rate rates force budget revenue revenues sales`)

// isNounEnd guesses whether token k ends a noun phrase.
func isNounEnd(d *doc, k int) bool {
	w := d.word(k + 1)
	return w == "" || d.toks[k+1].kind != tWord || stopWords[w] || prepositions[w] || isSpeechVerb(w) || measureVerbs[w] != "" || strings.HasSuffix(w, "ed")
}

var stopWords = wordSet(`the a an and or but of to in on at for with by from as is are was
were be been has have had will would could should may might this that these those it its
their his her our your who which what when where than then so also not no yes more most
less many much some any all each every other such only just about around over under
this was has does did this thus across always`)

// subjectOf finds what a quantity is about: for "of its territory" the
// last country named before; else the first entity in subject position.
func (d *doc) subjectOf(t int, s sentInfo) string {
	lastCountry := ""
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.sent != d.toks[t].sent || m.t0 >= t || m.inRole || m.inQuote {
			continue
		}
		if m.typ == mCountry || m.typ == mDemonym {
			lastCountry = m.key
		}
	}
	for k := t; k < s.t1 && k < t+5; k++ {
		if w := d.word(k); w == "its" || w == "their" {
			return lastCountry
		}
	}
	return ""
}

// formatNumber prints a number without a needless fraction.
func formatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
