package timex

import "strings"

// class is what the lexicon knows a lower-cased word to be.
type class uint8

// The word classes of the lexicon.
const (
	cNone    class = iota
	cMonth         // val: 1..12
	cWeekday       // val: time.Weekday
	cNum           // number word; val: its value
	cOrd           // ordinal word; val: its value
	cUnit          // val: a unit
	cPart          // part of day; val: a part
	cSeason        // val: a season
	cWord          // a function word; val: a word id
	cHoliday       // the first word of a holiday's name; val: a holiday
)

// unit is a calendar or clock unit.
type unit uint8

// The units, in increasing size.
const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf // half year
	uYear
	uDecade
	uCentury
)

// part is a part of the day.
type part uint8

// The parts of the day, with their TIMEX3 codes in partCode.
const (
	pNone part = iota
	pMorning
	pAfternoon
	pEvening
	pNight
	pDay // daytime
	pNoon
	pMidnight
)

var partCode = [...]string{"", "MO", "AF", "EV", "NI", "DT", "", ""}

// season codes, indexed by season value.
var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// Function word ids (class cWord).
const (
	wNone = iota
	wLast
	wNext
	wThis
	wThat
	wThe
	wA
	wAgo
	wLater
	wEarlier
	wBefore
	wAfter
	wWithin
	wSince
	wFor
	wIn
	wOn
	wAt
	wBy
	wDuring
	wEarly
	wMid
	wLate
	wEnd
	wBeginning
	wStart
	wMiddle
	wOf
	wPast
	wPrevious
	wFollowing
	wComing
	wSame
	wEvery
	wEach
	wPer
	wAbout
	wNearly
	wMore
	wLess
	wThan
	wLeast
	wUntil
	wThrough
	wFrom
	wTo
	wAnd
	wOr
	wHalf
	wRecent
	wFiscal
	wToday
	wYesterday
	wTomorrow
	wTonight
	wNow
	wCurrently
	wRecently
	wFuture
	wSoon
	wPresent
	wDaily
	wWeekly
	wMonthly
	wYearly
	wHourly
	wNoonWord
	wMidnightWord
	wCurrent
	wLatest
	wUpcoming
	wOvernight
	wYearAgo // "year-ago" handled via hyphen; placeholder
	wSo
	wSome
	wSeveral
	wMany
	wFew
	wAnniversary
	wTime
	wDays
	wThese
	wOver
	wUp
	wNo
	wOnce
	wTwice
	wNear
	wHence
	wAhead
	wNowadays
	wLong
	wRest
	wWeekendWord
	wFrom2
	wOnward
	wNight
	wModal // would, could, may, might
	wNext2
)

// Tense cues carried by lexicon entries.
const (
	tNone   int8 = 0
	tPast   int8 = -1
	tFuture int8 = 1
	tPres   int8 = 2
)

// entry is one lexicon entry.
type entry struct {
	cls   class
	val   uint8
	tense int8
	bits  uint8 // eAbbrev, eClause, eNoStart, eNeedNext, eCont
}

// Bits of an entry.
const (
	// eAbbrev marks abbreviations such as "feb" that need care.
	eAbbrev uint8 = 1 << iota
	// eClause marks words that open a clause ("that", "where").
	eClause
	// eNoStart marks words no expression starts with ("in", "of").
	eNoStart
	// eNeedNext marks words that start an expression only before a word
	// that can go on with one (see eCont) or a number ("the", "a", "last").
	eNeedNext
	// eCont marks function words that can follow "the", "a", "last" in an
	// expression ("the next", "a few", "at least", "the end of").
	eCont
)

// is reports whether the entry has bit b.
func (e entry) is(b uint8) bool { return e.bits&b != 0 }

// slot is one cell of the lexicon's hash table: a word as packWord packs
// it (zero in an empty cell) and its entry.
type slot struct {
	lo, hi uint64
	e      entry
	// start is starter's answer for the word: an expression may start
	// at it (the scanner lists such tokens for the tagger).
	start bool
	// past is true when the word, if it ends in -ed, is a past-tense
	// cue: it is in no class, has no tense and is not one of notPast.
	// The table holds notPast's words for this, with an empty entry
	// (noSlot's past is true).
	past bool
}

// table is the lexicon as an open-addressing hash table keyed by the
// packed lower-cased word (see packWord): the scanner packs a word with
// two loads and finds it with one multiplication and integer compares.
var table [1 << tableBits]slot

// tableBits is the log2 of the table's size; the lexicon fills under a
// quarter of it, so most probes end at the first cell.
const tableBits = 11

// maxWord bounds the words the lexicon's table holds and the scanner
// looks up: no word of the lexicon is longer (its longest has 13
// letters).
const maxWord = 14

// lowerBits sets bit 5 of every byte, which lower-cases ASCII letters.
const lowerBits = 0x2020202020202020

// byteMask[n] keeps the first n bytes of a little-endian word.
var byteMask = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff,
	0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// packWord packs the n ASCII letters text[i:i+n] (n <= 16), lower-cased,
// into two little-endian words with zero bytes after the word: the key
// of the lexicon's table. Words of letters have no zero byte, so two
// words are equal exactly when their packings are. (The scanner packs
// words of up to eight letters with one load instead; see asciiWord.)
func packWord(text string, i, n int) (lo, hi uint64) {
	for k := n - 1; k >= 0; k-- {
		c := uint64(text[i+k] | 0x20)
		if k >= 8 {
			hi = hi<<8 | c
		} else {
			lo = lo<<8 | c
		}
	}
	return lo, hi
}

// cell is the first table cell to probe for a packed word: the top bits
// of a multiplicative (Fibonacci) hash of its first eight letters (the
// few longer words that share them share a chain).
func cell(lo uint64) uint64 {
	return (lo * 0x9e3779b97f4a7c15) >> (64 - tableBits)
}

// lookup finds the packed word lo, hi in the lexicon. The first probe,
// which settles most look-ups, is outside the loop: its cell needs no
// bounds check.
func lookup(lo, hi uint64) *slot {
	i := cell(lo)
	if s := &table[i]; s.lo == lo && s.hi == hi {
		return s
	} else if s.lo == 0 {
		return &noSlot
	}
	for {
		i = (i + 1) & (uint64(len(table)) - 1)
		s := &table[i]
		if s.lo == lo && s.hi == hi {
			return s
		}
		if s.lo == 0 {
			return &noSlot
		}
	}
}

// noSlot is what lookup finds for a word the lexicon does not know.
var noSlot = slot{past: true}

// buildTable fills table from lexicon and notPast.
func buildTable() {
	add := func(k string, e entry) {
		// The scanner's words are letters only: "won't" is "won", "'", "t".
		if len(k) > maxWord || strings.IndexFunc(k, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			return
		}
		lo, hi := packWord(k, 0, len(k))
		i := cell(lo)
		for table[i].lo != 0 {
			i = (i + 1) & (uint64(len(table)) - 1)
		}
		table[i] = slot{lo: lo, hi: hi, e: e, start: starter(&token{kind: kWord, e: e}),
			past: e.cls == cNone && e.tense == tNone && !notPast[k]}
	}
	for k, e := range lexicon {
		add(k, e)
	}
	for k := range notPast {
		if _, ok := lexicon[k]; !ok {
			add(k, entry{})
		}
	}
}

// lexicon maps lower-case ASCII words to what they are. Lookups use a
// stack buffer, so they allocate nothing.
var lexicon = map[string]entry{}

func init() {
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, m := range months {
		lexicon[m] = entry{cls: cMonth, val: uint8(i + 1)}
	}
	for m, v := range map[string]uint8{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		lexicon[m] = entry{cls: cMonth, val: v, bits: eAbbrev}
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		lexicon[d] = entry{cls: cWeekday, val: uint8(i)}
	}
	for d, v := range map[string]uint8{"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6} {
		lexicon[d] = entry{cls: cWeekday, val: v, bits: eAbbrev}
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, n := range nums {
		lexicon[n] = entry{cls: cNum, val: uint8(i)}
	}
	for n, v := range map[string]uint8{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12} {
		lexicon[n] = entry{cls: cNum, val: v}
	}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, o := range ords[1:] {
		lexicon[o] = entry{cls: cOrd, val: uint8(i + 1)}
	}
	lexicon["thirtieth"] = entry{cls: cOrd, val: 30}
	for u, v := range map[string]unit{
		"second": uSecond, "seconds": uSecond, "minute": uMinute, "minutes": uMinute, "hour": uHour, "hours": uHour,
		"day": uDay, "days": uDay, "weekend": uWeekend, "weekends": uWeekend, "week": uWeek, "weeks": uWeek,
		"fortnight": uFortnight, "month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter,
		"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade, "century": uCentury, "centuries": uCentury,
	} {
		e := entry{cls: cUnit, val: uint8(v)}
		if u == "second" {
			// "second" is also an ordinal; the matcher checks both.
			e.bits |= eAbbrev
		}
		lexicon[u] = e
	}
	for p, v := range map[string]part{"morning": pMorning, "mornings": pMorning, "afternoon": pAfternoon, "afternoons": pAfternoon,
		"evening": pEvening, "evenings": pEvening, "night": pNight, "nights": pNight, "daytime": pDay} {
		lexicon[p] = entry{cls: cPart, val: uint8(v)}
	}
	for s, v := range map[string]uint8{"spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4} {
		lexicon[s] = entry{cls: cSeason, val: v}
	}
	words := map[string]uint8{
		"last": wLast, "next": wNext, "this": wThis, "that": wThat, "the": wThe, "a": wA, "an": wA,
		"ago": wAgo, "later": wLater, "earlier": wEarlier, "before": wBefore, "after": wAfter,
		"within": wWithin, "since": wSince, "for": wFor, "in": wIn, "on": wOn, "at": wAt, "by": wBy,
		"during": wDuring, "early": wEarly, "mid": wMid, "late": wLate, "end": wEnd, "beginning": wBeginning,
		"start": wStart, "middle": wMiddle, "of": wOf, "past": wPast, "previous": wPrevious, "prior": wPrevious,
		"following": wFollowing, "coming": wComing, "same": wSame, "every": wEvery, "each": wEach, "per": wPer,
		"about": wAbout, "around": wAbout, "approximately": wAbout, "roughly": wAbout, "nearly": wNearly,
		"almost": wNearly, "more": wMore, "less": wLess, "fewer": wLess, "than": wThan, "least": wLeast,
		"until": wUntil, "till": wUntil, "through": wThrough, "from": wFrom, "to": wTo, "and": wAnd, "or": wOr,
		"half": wHalf, "recent": wRecent, "fiscal": wFiscal, "today": wToday, "yesterday": wYesterday,
		"tomorrow": wTomorrow, "tonight": wTonight, "now": wNow, "currently": wCurrently, "recently": wRecently,
		"future": wFuture, "soon": wSoon, "shortly": wSoon, "present": wPresent, "daily": wDaily, "weekly": wWeekly,
		"monthly": wMonthly, "annually": wYearly, "yearly": wYearly, "hourly": wHourly, "noon": wNoonWord,
		"midday": wNoonWord, "midnight": wMidnightWord, "current": wCurrent, "latest": wLatest,
		"upcoming": wUpcoming, "overnight": wOvernight, "so": wSo, "some": wSome, "several": wSeveral,
		"many": wMany, "few": wFew, "anniversary": wAnniversary, "time": wTime, "these": wThese, "over": wOver,
		"up": wUp, "no": wNo, "once": wOnce, "twice": wTwice, "near": wNear, "ahead": wAhead,
		"nowadays": wNowadays, "long": wLong, "rest": wRest, "onward": wOnward, "onwards": wOnward,
		"those": wThese,
	}
	for w, v := range words {
		lexicon[w] = entry{cls: cWord, val: v}
	}
	// Tense cues. Words already in the lexicon keep their class.
	past := []string{"said", "was", "were", "had", "did", "told", "ago", "yesterday", "went", "came", "met", "began",
		"took", "gave", "made", "saw", "spoke", "held", "left", "won", "lost", "fell", "rose", "sold", "bought",
		"paid", "led", "ran", "wrote", "found", "got", "became", "brought", "thought", "felt", "kept", "meant",
		"sent", "spent", "stood", "sat", "broke", "chose", "drew", "drove", "flew", "grew", "knew", "hit",
		"struck", "fought", "caught", "taught", "earlier", "previous", "last", "wasn", "weren", "didn", "hadn"}
	past = append(past, "tore", "shot", "fled", "hid", "ate", "wore", "swore", "beat", "blew", "built", "dealt", "dug",
		"fed", "forgot", "froze", "hung", "heard", "hurt", "laid", "lent", "lit", "rang", "rode", "sang", "sank",
		"shook", "shut", "slept", "slid", "sought", "spun", "spread", "stole", "stuck", "swept", "swung", "threw",
		"understood", "woke", "withdrew", "overthrew", "arose", "withheld", "upheld", "oversaw", "bore", "bit",
		"drank", "forgave", "overtook", "undertook", "began", "rejected", "struck", "fell",
		"reportedly", "ended", "killed", "injured")
	fut := []string{"will", "shall", "next", "coming", "tomorrow", "upcoming", "plans", "plan", "planned",
		"planning", "scheduled", "expected", "expects", "due", "intends", "intend", "aims", "hopes", "going", "set",
		"soon", "forthcoming", "wants", "seeks", "payable", "expire", "expires", "expiring", "effective",
		"slated", "prepares", "preparing"}
	pres := []string{"is", "are", "says", "say", "am", "now", "currently", "today", "tonight"}
	for _, w := range past {
		e := lexicon[w]
		e.tense = tPast
		lexicon[w] = e
	}
	for _, w := range fut {
		e := lexicon[w]
		e.tense = tFuture
		lexicon[w] = e
	}
	for _, w := range pres {
		e := lexicon[w]
		e.tense = tPres
		lexicon[w] = e
	}
	for w := range clauseWords {
		e := lexicon[w]
		e.bits |= eClause
		lexicon[w] = e
	}
	for _, w := range []string{"in", "on", "of", "and", "or", "to", "for", "by", "from", "through", "until", "till",
		"since", "within", "during", "before", "after", "than", "least", "per", "end", "beginning", "start",
		"middle", "time", "ahead", "long", "rest", "onward", "onwards", "near", "so", "ago"} {
		e := lexicon[w]
		e.bits |= eNoStart
		lexicon[w] = e
	}
	// Words that only matter after "the", "a" and the like.
	for _, w := range []string{"full", "short", "dawn", "turn", "close", "couple", "additional", "extra",
		"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "period",
		"corresponding", "comparable"} {
		if e := lexicon[w]; e.cls == cNone {
			e.cls, e.bits = cWord, e.bits|eNoStart
			lexicon[w] = e
		}
	}
	for _, w := range []string{"the", "a", "an", "this", "that", "last", "next", "past", "previous", "prior",
		"coming", "following", "upcoming", "latest", "same", "these", "those", "every", "each", "current",
		"some", "several", "many", "few", "over", "more", "less", "fewer", "about", "around", "approximately",
		"roughly", "nearly", "almost", "at", "up", "no", "early", "late", "mid", "earlier", "later", "once",
		"twice", "half", "fiscal"} {
		e := lexicon[w]
		e.bits |= eNeedNext
		lexicon[w] = e
	}
	for _, w := range []string{"next", "past", "last", "coming", "following", "previous", "prior", "same",
		"latest", "current", "upcoming", "recent", "near", "fiscal", "full", "short", "future", "present", "end",
		"beginning", "start", "middle", "dawn", "turn", "close", "couple", "additional", "extra", "few",
		"several", "half", "a", "an", "least", "than", "to", "more", "early", "late", "mid", "period", "this",
		"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "many",
		"daily", "weekly", "monthly", "annually", "yearly", "hourly", "noon", "midday", "midnight", "today",
		"yesterday", "tomorrow", "tonight", "now", "time", "the", "that", "on", "in", "these", "corresponding", "comparable"} {
		e := lexicon[w]
		e.bits |= eCont
		lexicon[w] = e
	}
	for w, v := range holidayWords {
		e := lexicon[w]
		if e.cls == cNone {
			lexicon[w] = entry{cls: cHoliday, val: v, tense: e.tense, bits: e.bits & eClause}
		}
	}
	buildTable()
}

// intentVerbs are past-tense forms that point forward when "to" follows:
// "agreed to testify on Feb. 10".
var intentVerbs = map[string]bool{
	"agreed": true, "decided": true, "promised": true, "vowed": true, "threatened": true, "pledged": true,
	"hoped": true, "wanted": true, "asked": true, "ordered": true, "invited": true, "called": true,
	"urged": true, "offered": true, "sought": true, "tried": true, "voted": true, "moved": true,
	"said": false,
}

// deadlineWords before a date make it lie ahead: "by Jan. 14", "until
// March 6", "payable Dec. 7", "of record Nov. 22", "through Nov. 17".
var deadlineWords = map[string]bool{
	"by": true, "until": true, "till": true, "payable": true, "record": true,
	"effective": true, "expire": true, "expires": true, "deadline": true, "to": true,
}

// notPast are words ending in -ed that are no past-tense verbs.
var notPast = map[string]bool{
	"hundred": true, "kindred": true, "sacred": true, "naked": true, "wicked": true, "rugged": true,
	"ragged": true, "crooked": true, "beloved": true, "wretched": true, "hatred": true, "embed": true,
	"succeed": true, "proceed": true, "exceed": true, "speed": true, "bleed": true, "breed": true, "indeed": true,
	"steed": true, "creed": true, "greed": true, "seaweed": true, "tweed": true,
}

// clauseWords start a new clause for tense detection.
var clauseWords = map[string]bool{
	"that": true, "which": true, "where": true, "who": true, "when": true, "while": true,
	"because": true, "but": true, "although": true, "though": true, "whereas": true, "if": true,
	"after": true, "before": true, "since": true, "until": true, "as": true,
}

// abbrevs are words that a period does not end a sentence after.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true, "lt": true, "col": true,
	"no": true, "vs": true, "prof": true, "sgt": true, "capt": true, "maj": true, "ltd": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "etc": true, "approx": true, "est": true,
}
