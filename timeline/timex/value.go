package timex

import (
	"strconv"
	"time"
)

// point is a resolved calendar value at some grain. A zero Year means
// the year is unknown ("XXXX").
type point struct {
	y, m, d int
	grain   Grain
	week    int    // ISO week, grain week or weekend
	q       int    // quarter or half, grain quarter or half
	season  int    // 1..4, grain season
	part    part   // part of day, grain part
	hh, mm  int    // grain hour or minute
	zone    string // time zone abbreviation, for times
	off     int    // zone offset in seconds, when zone is set
}

// civil returns the date y-m-d as a time at midnight UTC, normalizing
// overflowing fields.
func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// dayPoint is the day-grain point of t.
func dayPoint(t time.Time) point {
	y, m, d := t.Date() // one calendar computation, not three
	return point{y: y, m: int(m), d: d, grain: GrainDay}
}

// weekPoint is the ISO week holding t.
func weekPoint(t time.Time) point {
	y, w := t.ISOWeek()
	return point{y: y, week: w, grain: GrainWeek}
}

// date is the first day the point covers, as a UTC midnight time.
func (p point) date() time.Time {
	switch p.grain {
	case GrainWeek, GrainWeekend:
		t := isoWeekStart(p.y, p.week)
		if p.grain == GrainWeekend {
			t = t.AddDate(0, 0, 5)
		}
		return t
	case GrainMonth:
		return civil(p.y, p.m, 1)
	case GrainQuarter:
		return civil(p.y, (p.q-1)*3+1, 1)
	case GrainHalf:
		return civil(p.y, (p.q-1)*6+1, 1)
	case GrainSeason:
		return civil(p.y, seasonStart[p.season], 1)
	case GrainYear:
		return civil(p.y, 1, 1)
	case GrainDecade:
		return civil(p.y-p.y%10, 1, 1)
	case GrainCentury:
		return civil(p.y-p.y%100, 1, 1)
	}
	return civil(p.y, p.m, p.d)
}

// seasonStart is the first month of each season (northern meteorological).
var seasonStart = [...]int{0, 3, 6, 9, 12}

// isoWeekStart is the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := civil(y, 1, 4)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -off+(w-1)*7)
}

// pad appends n in decimal, zero-padded to width digits.
func pad(b []byte, n, width int) []byte {
	// The common cases: a month, day or hour; a year.
	switch {
	case width == 2 && n >= 0 && n < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case width == 4 && n >= 0 && n < 10000:
		return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	digits := 1
	for m := n; m >= 10 || m <= -10; m /= 10 {
		digits++
	}
	if n < 0 {
		digits++ // the sign
	}
	for i := digits; i < width; i++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// value formats the point as a TIMEX3 value.
func (p point) value() string {
	var arr [32]byte
	return string(p.appendValue(arr[:0]))
}

// appendValue appends the point's TIMEX3 value to b.
func (p point) appendValue(b []byte) []byte {
	year := func() {
		if p.y == 0 {
			b = append(b, "XXXX"...)
		} else {
			b = pad(b, p.y, 4)
		}
	}
	switch p.grain {
	case GrainCentury:
		b = pad(b, p.y/100, 2)
	case GrainDecade:
		b = pad(b, p.y/10, 3)
	case GrainYear:
		year()
	case GrainHalf:
		year()
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(p.q), 10)
	case GrainQuarter:
		year()
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(p.q), 10)
	case GrainSeason:
		year()
		b = append(b, '-')
		b = append(b, seasonCode[p.season]...)
	case GrainMonth:
		year()
		b = append(b, '-')
		b = pad(b, p.m, 2)
	case GrainWeek, GrainWeekend:
		b = pad(b, p.y, 4)
		b = append(b, "-W"...)
		b = pad(b, p.week, 2)
		if p.grain == GrainWeekend {
			b = append(b, "-WE"...)
		}
	default:
		year()
		b = append(b, '-')
		b = pad(b, p.m, 2)
		b = append(b, '-')
		b = pad(b, p.d, 2)
		switch p.grain {
		case GrainPart:
			b = append(b, 'T')
			b = append(b, partCode[p.part]...)
		case GrainHour:
			b = append(b, 'T')
			b = pad(b, p.hh, 2)
			b = append(b, ":00"...)
			b = p.appendZone(b)
		case GrainMinute:
			b = append(b, 'T')
			b = pad(b, p.hh, 2)
			b = append(b, ':')
			b = pad(b, p.mm, 2)
			b = p.appendZone(b)
		}
	}
	return b
}

// appendZone appends the zone offset of a time that gave one: "Z" for
// UTC and GMT, else "-05:00".
func (p point) appendZone(b []byte) []byte {
	if p.zone == "" {
		return b
	}
	if p.off == 0 {
		return append(b, 'Z')
	}
	off := p.off
	if off < 0 {
		b = append(b, '-')
		off = -off
	} else {
		b = append(b, '+')
	}
	b = pad(b, off/3600, 2)
	b = append(b, ':')
	return pad(b, off%3600/60, 2)
}

// partHours are the [start, end) hours of the parts of the day; night
// runs into the next day.
var partHours = [...][2]int{{0, 24}, {5, 12}, {12, 18}, {18, 22}, {21, 29}, {6, 18}, {12, 13}, {0, 1}}

// interval is the stretch of time the point covers, in loc (or the
// point's own zone for times that give one). ok is false for an unknown
// year.
func (p point) interval(loc *time.Location) (Interval, bool) {
	if p.y == 0 {
		return Interval{}, false
	}
	d := p.date()
	at := func(t time.Time, h, m int) time.Time {
		if p.zone == "" && loc == time.UTC {
			// t is a UTC midnight already: no calendar conversion.
			return t.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
		}
		l := loc
		if p.zone != "" {
			if z, ok := zoneLocs[p.zone]; ok && zones[p.zone] == p.off {
				l = z
			} else {
				l = time.FixedZone(p.zone, p.off)
			}
		}
		y, mo, dd := t.Date()
		return time.Date(y, mo, dd, h, m, 0, 0, l)
	}
	// d is a UTC midnight, so a whole number of days later is that many
	// 24 hours later (UTC has no daylight saving time), and a number of
	// months or years later is the first of the month so many months on
	// from p's first month (p.date is the first of a month for the grains
	// of a month or more): the results of d.AddDate, computed without
	// taking d apart again.
	const day = 24 * time.Hour
	var end time.Time
	switch p.grain {
	case GrainCentury:
		end = civil(d.Year()+100, 1, 1)
	case GrainDecade:
		end = civil(d.Year()+10, 1, 1)
	case GrainYear:
		end = civil(p.y+1, 1, 1)
	case GrainHalf:
		end = civil(p.y, (p.q-1)*6+1+6, 1)
	case GrainQuarter:
		end = civil(p.y, (p.q-1)*3+1+3, 1)
	case GrainSeason:
		end = civil(p.y, seasonStart[p.season]+3, 1)
	case GrainMonth:
		end = civil(p.y, p.m+1, 1)
	case GrainWeek:
		end = d.Add(7 * day)
	case GrainWeekend:
		end = d.Add(2 * day)
	case GrainPart:
		h := partHours[p.part]
		return Interval{Start: at(d, h[0], 0), End: at(d, h[1], 0), Grain: GrainPart}, true
	case GrainHour:
		s := at(d, p.hh, 0)
		return Interval{Start: s, End: s.Add(time.Hour), Grain: GrainHour}, true
	case GrainMinute:
		s := at(d, p.hh, p.mm)
		return Interval{Start: s, End: s.Add(time.Minute), Grain: GrainMinute}, true
	default:
		end = d.Add(day)
	}
	if p.zone == "" && loc == time.UTC {
		// Midnights in UTC: d and end as they are (what at returns).
		return Interval{Start: d, End: end, Grain: p.grain}, true
	}
	return Interval{Start: at(d, 0, 0), End: at(end, 0, 0), Grain: p.grain}, true
}

// shift moves the point by n units, keeping its grain where it can.
func (p point) shift(n int, u unit) point {
	switch p.grain {
	case GrainYear, GrainDecade, GrainCentury:
		switch u {
		case uYear:
			p.y += n
		case uDecade:
			p.y += 10 * n
		case uCentury:
			p.y += 100 * n
		default:
			return dayPoint(addUnits(p.date(), n, u))
		}
		return p
	case GrainQuarter, GrainHalf, GrainSeason:
		if u == uYear {
			p.y += n
			return p
		}
		if u == uQuarter && p.grain == GrainQuarter {
			q := p.y*4 + p.q - 1 + n
			p.y, p.q = q/4, q%4+1
			return p
		}
	case GrainMonth:
		if u == uMonth || u == uYear || u == uQuarter {
			t := addUnits(civil(p.y, p.m, 1), n, u)
			p.y, p.m = t.Year(), int(t.Month())
			return p
		}
	case GrainWeek, GrainWeekend:
		if u == uWeek || u == uDay && n%7 == 0 {
			t := addUnits(p.date(), n, u)
			y, w := t.ISOWeek()
			p.y, p.week = y, w
			return p
		}
	}
	t := addUnits(p.date(), n, u)
	q := dayPoint(t)
	if p.grain == GrainPart || p.grain == GrainHour || p.grain == GrainMinute {
		q.grain, q.part, q.hh, q.mm = p.grain, p.part, p.hh, p.mm
	}
	return q
}

// addUnits adds n units to the date t.
func addUnits(t time.Time, n int, u unit) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return addMonths(t, n)
	case uQuarter:
		return addMonths(t, 3*n)
	case uHalf:
		return addMonths(t, 6*n)
	case uYear:
		return addMonths(t, 12*n)
	case uDecade:
		return addMonths(t, 120*n)
	case uCentury:
		return addMonths(t, 1200*n)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	}
	return t
}

// addMonths adds n months, clamping the day to the end of the month
// (Jan 31 + 1 month = Feb 28), as editors count.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m, 1, t.Hour(), t.Minute(), t.Second(), 0, t.Location()).AddDate(0, n, 0)
	if last := daysIn(first.Year(), int(first.Month())); d > last {
		d = last
	}
	return first.AddDate(0, 0, d-1)
}

// daysIn is the number of days of month m of year y.
func daysIn(y, m int) int {
	// Months out of range roll over into the years around, as in
	// time.Date: month 13 is January of the next year.
	k := m - 1
	y += k / 12
	if k %= 12; k < 0 {
		k += 12
		y--
	}
	switch k + 1 {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// durationValue formats n units as a TIMEX3 duration ("P3Y", "PT2H",
// "P1.5Y"); n < 0 means an unspecified amount ("PXY").
func durationValue(n float64, u unit) string {
	if k := int(n) + 1; float64(int(n)) == n && k >= 0 && k < len(durations[0]) && int(u) < len(durations) && durations[u][k] != "" {
		return durations[u][k]
	}
	return makeDuration(n, u)
}

// durations holds the values of whole durations from PX (n = -1) to 99
// of every unit, built once: most durations in news are small.
var durations = func() (t [uCentury + 1][101]string) {
	for u := uSecond; u <= uCentury; u++ {
		for k := range t[u] {
			t[u][k] = makeDuration(float64(k-1), u)
		}
	}
	return t
}()

// makeDuration builds the value of durationValue.
func makeDuration(n float64, u unit) string {
	var arr [16]byte
	b := append(arr[:0], 'P')
	switch u {
	case uHour, uMinute, uSecond:
		b = append(b, 'T')
	}
	mult := 1.0
	switch u {
	case uFortnight:
		mult = 2
	case uHalf:
		mult = 6
	}
	v := n * mult
	if n >= 0 && v != float64(int(v)) {
		// Fractions in the next smaller unit: P2Y6M, PT5H30M, P1DT12H.
		whole, frac := float64(int(v)), v-float64(int(v))
		small, per := uNone, 0.0
		switch u {
		case uYear:
			small, per = uMonth, 12
		case uHour:
			small, per = uMinute, 60
		case uMinute:
			small, per = uSecond, 60
		case uDay:
			small, per = uHour, 24
		case uWeek, uFortnight:
			return makeDuration(v*7, uDay)
		}
		if rest := frac * per; small != uNone && rest == float64(int(rest)) {
			if whole > 0 {
				b = strconv.AppendInt(b, int64(whole), 10)
				b = append(b, durationCode[u]...)
			}
			if u == uDay {
				b = append(b, 'T')
			}
			b = strconv.AppendInt(b, int64(rest), 10)
			return string(append(b, durationCode[small]...))
		}
	}
	switch {
	case n < 0:
		b = append(b, 'X')
	default:
		if v == float64(int(v)) {
			b = strconv.AppendInt(b, int64(v), 10)
		} else {
			b = strconv.AppendFloat(b, v, 'f', -1, 64)
		}
	}
	b = append(b, durationCode[u]...)
	return string(b)
}

var durationCode = [...]string{uNone: "", uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeekend: "WE",
	uWeek: "W", uFortnight: "W", uMonth: "M", uQuarter: "Q", uHalf: "M", uYear: "Y", uDecade: "DE", uCentury: "CE"}

// unitGrain is the grain of a date counted in u.
var unitGrain = [...]Grain{uNone: GrainDay, uSecond: GrainMinute, uMinute: GrainMinute, uHour: GrainHour,
	uDay: GrainDay, uWeekend: GrainWeekend, uWeek: GrainWeek, uFortnight: GrainWeek, uMonth: GrainMonth,
	uQuarter: GrainQuarter, uHalf: GrainHalf, uYear: GrainYear, uDecade: GrainDecade, uCentury: GrainCentury}

// atGrain returns the point of grain g holding the date t.
func atGrain(t time.Time, g Grain) point {
	switch g {
	case GrainWeek, GrainWeekend:
		p := weekPoint(t)
		p.grain = g
		return p
	case GrainMonth:
		return point{y: t.Year(), m: int(t.Month()), grain: GrainMonth}
	case GrainQuarter:
		return point{y: t.Year(), q: (int(t.Month())-1)/3 + 1, grain: GrainQuarter}
	case GrainHalf:
		return point{y: t.Year(), q: (int(t.Month())-1)/6 + 1, grain: GrainHalf}
	case GrainYear, GrainDecade, GrainCentury:
		return point{y: t.Year(), grain: g}
	case GrainHour:
		p := dayPoint(t)
		p.grain, p.hh = GrainHour, t.Hour()
		return p
	case GrainMinute:
		p := dayPoint(t)
		p.grain, p.hh, p.mm = GrainMinute, t.Hour(), t.Minute()
		return p
	}
	return dayPoint(t)
}

var weekdayShort = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var weekdayName = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// zoneLocs are the locations of the zones, built once.
var zoneLocs = func() map[string]*time.Location {
	m := make(map[string]*time.Location, len(zones))
	for name, off := range zones {
		m[name] = time.FixedZone(name, off)
	}
	return m
}()
