package timex

import "time"

// Holidays news text dates by name.
const (
	hNone = iota
	hThanksgiving
	hChristmas
	hNewYear
	hEaster
	hElection
	hIndependence
	hLabor
	hMemorial
	hVeterans
	hHalloween
	hValentine
)

// holidayWords are the first words of holiday names.
var holidayWords = map[string]uint8{
	"thanksgiving": hThanksgiving, "christmas": hChristmas, "new": hNewYear, "easter": hEaster,
	"election": hElection, "independence": hIndependence, "labor": hLabor, "memorial": hMemorial,
	"veterans": hVeterans, "halloween": hHalloween, "valentine": hValentine,
}

// holiday matches a holiday's name at token i ("Thanksgiving Day",
// "Christmas Eve", "New Year's Day", "Election Day", "Easter") and dates it
// in the year the clause's tense and nearness give. US holidays are meant.
func (tg *tagger) holiday(i int) (res, bool) {
	t := tg.tok(i)
	if !t.has(fCap) {
		return res{}, false
	}
	h := int(t.e.val)
	end := i + 1
	eve := false
	day := func() bool {
		if tg.is(end, "day") && tg.tok(end).has(fCap) {
			end++
			return true
		}
		return false
	}
	poss := func() bool {
		if tg.possessive(end) {
			end += 2
			return true
		}
		return false
	}
	switch h {
	case hNewYear:
		if !tg.is(end, "year") || !tg.tok(end).has(fCap) {
			return res{}, false
		}
		end++
		poss()
		if tg.is(end, "eve") && tg.tok(end).has(fCap) {
			end++
			eve = true
		} else if !day() {
			return res{}, false
		}
	case hChristmas:
		if tg.is(end, "eve") && tg.tok(end).has(fCap) {
			end++
			eve = true
		} else {
			day()
		}
	case hThanksgiving, hEaster, hHalloween:
		day()
		if h == hEaster && tg.is(end, "sunday") {
			end++
		}
	case hValentine:
		if !poss() || !day() {
			return res{}, false
		}
	case hVeterans:
		poss()
		if !day() {
			return res{}, false
		}
	default:
		if !day() {
			return res{}, false
		}
	}
	if h == hChristmas && end == i+1 && !(tg.word(i-1, wAt) || tg.word(i-1, wBy) || tg.word(i-1, wBefore) ||
		tg.word(i-1, wAfter) || tg.word(i-1, wUntil) || tg.word(i-1, wSince) || tg.word(i-1, wLast) || tg.word(i-1, wNext) || tg.word(i-1, wThis)) {
		return res{}, false // "Christmas shopping", "Christmas tree"
	}
	if (h == hThanksgiving || h == hEaster) && end == i+1 && tg.plain(end) {
		return res{}, false // "Easter egg"
	}
	if (h == hEaster || h == hChristmas || h == hThanksgiving) && end == i+1 && tg.is(end, "week") {
		// "as Easter week began": the ISO week holding the holiday, the
		// one whose week has begun by the DCT in a past clause.
		start := func(y int) (time.Time, bool) {
			d, ok := holidayDate(h, y, false)
			return weekPoint(d).date(), ok
		}
		y, why := tg.yearFor(start, tg.tense(i, end+1))
		d, ok := holidayDate(h, y, false)
		if !ok {
			return res{}, false
		}
		r := res{end: end + 1, typ: Date, hasP: true, p: weekPoint(d), anchor: "DCT"}
		r.why = "the week of the holiday, " + why
		return r, true
	}
	date := func(y int) (time.Time, bool) { return holidayDate(h, y, eve) }
	y, why := tg.yearFor(date, tg.tense(i, end))
	d, ok := date(y)
	if !ok {
		return res{}, false
	}
	r := res{end: end, typ: Date, hasP: true, p: dayPoint(d), anchor: "DCT"}
	r.why = "holiday, " + why
	return r, true
}

// holidayDate is the date of holiday h in year y; ok is false when it has
// none that year (Election Day in odd years).
func holidayDate(h, y int, eve bool) (time.Time, bool) {
	nth := func(m time.Month, wd time.Weekday, n int) time.Time {
		d := civil(y, int(m), 1)
		off := (int(wd) - int(d.Weekday()) + 7) % 7
		return d.AddDate(0, 0, off+7*(n-1))
	}
	var d time.Time
	switch h {
	case hThanksgiving:
		d = nth(time.November, time.Thursday, 4)
	case hChristmas:
		d = civil(y, 12, 25)
	case hNewYear:
		d = civil(y, 1, 1)
		if eve {
			return civil(y, 12, 31), true
		}
	case hEaster:
		d = easter(y)
	case hElection:
		if y%2 != 0 {
			return time.Time{}, false
		}
		d = nth(time.November, time.Monday, 1).AddDate(0, 0, 1)
	case hIndependence:
		d = civil(y, 7, 4)
	case hLabor:
		d = nth(time.September, time.Monday, 1)
	case hMemorial:
		d = nth(time.June, time.Monday, 1).AddDate(0, 0, -7)
	case hVeterans:
		d = civil(y, 11, 11)
	case hHalloween:
		d = civil(y, 10, 31)
	case hValentine:
		d = civil(y, 2, 14)
	default:
		return time.Time{}, false
	}
	if eve {
		d = d.AddDate(0, 0, -1)
	}
	return d, true
}

// easter is Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil(y, month, day)
}
