package timex

// point.interval as it was before it was tuned for speed (5387c0a), kept
// as the reference TestIntervalMatchesReference compares the tuned one
// with.

import (
	"testing"
	"time"
)

// refInterval is point.interval's reference.
func refInterval(p point, loc *time.Location) (Interval, bool) {
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
		return time.Date(t.Year(), t.Month(), t.Day(), h, m, 0, 0, l)
	}
	var end time.Time
	switch p.grain {
	case GrainCentury:
		end = d.AddDate(100, 0, 0)
	case GrainDecade:
		end = d.AddDate(10, 0, 0)
	case GrainYear:
		end = d.AddDate(1, 0, 0)
	case GrainHalf:
		end = d.AddDate(0, 6, 0)
	case GrainQuarter, GrainSeason:
		end = d.AddDate(0, 3, 0)
	case GrainMonth:
		end = d.AddDate(0, 1, 0)
	case GrainWeek:
		end = d.AddDate(0, 0, 7)
	case GrainWeekend:
		end = d.AddDate(0, 0, 2)
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
		end = d.AddDate(0, 0, 1)
	}
	return Interval{Start: at(d, 0, 0), End: at(end, 0, 0), Grain: p.grain}, true
}

// TestIntervalMatchesReference compares point.interval with the
// reference over every grain, odd fields included, in UTC and in a
// zone.
func TestIntervalMatchesReference(t *testing.T) {
	grains := []Grain{GrainMinute, GrainHour, GrainPart, GrainDay, GrainWeekend, GrainWeek, GrainMonth,
		GrainSeason, GrainQuarter, GrainHalf, GrainYear, GrainDecade, GrainCentury, GrainVague}
	locs := []*time.Location{time.UTC, time.FixedZone("X", -5*3600)}
	n := 0
	for _, g := range grains {
		for _, y := range []int{-401, 1, 99, 1900, 1999, 2000, 2024, 2025, 9999} {
			for m := 0; m <= 13; m++ {
				for _, d := range []int{0, 1, 15, 28, 29, 30, 31, 32} {
					for _, loc := range locs {
						p := point{y: y, m: m, d: d, grain: g, week: d % 55, q: m % 5, season: 1 + m%4, part: part(m % 8),
							hh: d % 25, mm: d * 2 % 61}
						if d == 29 {
							p.zone, p.off = "EST", -5*3600
						}
						got, ok := p.interval(loc)
						want, wok := refInterval(p, loc)
						n++
						if ok != wok || got.Grain != want.Grain || got.Start.String() != want.Start.String() || got.End.String() != want.End.String() {
							t.Fatalf("%+v in %v: got %v %v, want %v %v", p, loc, got, ok, want, wok)
						}
					}
				}
			}
		}
	}
	t.Logf("%d points", n)
}

// TestDaysInMatchesCalendar compares daysIn with the day before the first
// of the next month in time.Date's calendar, months out of range included.
func TestDaysInMatchesCalendar(t *testing.T) {
	for y := -1000; y <= 3000; y++ {
		for m := -30; m <= 30; m++ {
			if got, want := daysIn(y, m), civil(y, m+1, 0).Day(); got != want {
				t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}
