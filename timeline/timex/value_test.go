package timex

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPointValue(t *testing.T) {
	tests := []struct {
		p    point
		want string
	}{
		{point{y: 2025, m: 2, d: 18, grain: GrainDay}, "2025-02-18"},
		{point{y: 2025, m: 2, grain: GrainMonth}, "2025-02"},
		{point{y: 2025, week: 9, grain: GrainWeek}, "2025-W09"},
		{point{y: 2025, week: 8, grain: GrainWeekend}, "2025-W08-WE"},
		{point{y: 1998, q: 1, grain: GrainQuarter}, "1998-Q1"},
		{point{y: 1990, q: 2, grain: GrainHalf}, "1990-H2"},
		{point{y: 1998, season: 3, grain: GrainSeason}, "1998-FA"},
		{point{y: 1990, grain: GrainDecade}, "199"},
		{point{y: 1800, grain: GrainCentury}, "18"},
		{point{y: 2024, m: 3, d: 12, part: pNight, grain: GrainPart}, "2024-03-12TNI"},
		{point{y: 2024, m: 3, d: 12, hh: 21, grain: GrainMinute}, "2024-03-12T21:00"},
		{point{y: 2025, m: 1, d: 15, hh: 21, grain: GrainMinute, zone: "EST", off: -5 * 3600}, "2025-01-15T21:00-05:00"},
		{point{y: 2025, m: 1, d: 15, hh: 14, grain: GrainMinute, zone: "GMT"}, "2025-01-15T14:00Z"},
		{point{m: 5, d: 9, grain: GrainDay}, "XXXX-05-09"},
	}
	for _, tt := range tests {
		if got := tt.p.value(); got != tt.want {
			t.Errorf("%+v: value %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestPointInterval(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		p    point
		want Interval
	}{
		{point{y: 2025, week: 9, grain: GrainWeek}, Interval{d(2025, 2, 24), d(2025, 3, 3), GrainWeek}},
		{point{y: 2025, week: 8, grain: GrainWeekend}, Interval{d(2025, 2, 22), d(2025, 2, 24), GrainWeekend}},
		{point{y: 2024, m: 2, grain: GrainMonth}, Interval{d(2024, 2, 1), d(2024, 3, 1), GrainMonth}},
		{point{y: 2024, q: 4, grain: GrainQuarter}, Interval{d(2024, 10, 1), d(2025, 1, 1), GrainQuarter}},
		{point{y: 2024, season: 4, grain: GrainSeason}, Interval{d(2024, 12, 1), d(2025, 3, 1), GrainSeason}},
		{point{y: 1990, grain: GrainDecade}, Interval{d(1990, 1, 1), d(2000, 1, 1), GrainDecade}},
		{point{y: 2024, m: 3, d: 12, part: pNight, grain: GrainPart},
			Interval{d(2024, 3, 12).Add(21 * time.Hour), d(2024, 3, 13).Add(5 * time.Hour), GrainPart}},
	}
	for _, tt := range tests {
		got, ok := tt.p.interval(time.UTC)
		if !ok {
			t.Errorf("%s: no interval", tt.p.value())
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.p.value(), diff)
		}
	}
	if _, ok := (point{m: 5, d: 9, grain: GrainDay}).interval(time.UTC); ok {
		t.Error("a date without a year has an interval")
	}
}

func TestDurationValue(t *testing.T) {
	tests := []struct {
		n    float64
		u    unit
		want string
	}{
		{2, uWeek, "P2W"}, {8, uMonth, "P8M"}, {3, uYear, "P3Y"}, {24, uHour, "PT24H"}, {-1, uYear, "PXY"},
		{1, uDecade, "P1DE"}, {1, uFortnight, "P2W"}, {1.5, uYear, "P1Y6M"}, {30, uMinute, "PT30M"},
		{5.5, uHour, "PT5H30M"}, {0.5, uYear, "P6M"}, {1.5, uDay, "P1DT12H"}, {1.5, uWeek, "P10DT12H"}, {0.5, uWeek, "P3DT12H"}, {1.5, uMonth, "P1.5M"},
	}
	for _, tt := range tests {
		if got := durationValue(tt.n, tt.u); got != tt.want {
			t.Errorf("durationValue(%v, %v) = %q, want %q", tt.n, tt.u, got, tt.want)
		}
	}
}

func TestAddMonthsClamps(t *testing.T) {
	tests := []struct{ from, want string }{
		{"2025-01-31", "2025-02-28"}, {"2024-01-31", "2024-02-29"}, {"2024-02-29", "2024-03-29"}, {"2024-12-15", "2025-01-15"},
	}
	for _, tt := range tests {
		from, _ := time.Parse("2006-01-02", tt.from)
		if got := addMonths(from, 1).Format("2006-01-02"); got != tt.want {
			t.Errorf("addMonths(%s, 1) = %s, want %s", tt.from, got, tt.want)
		}
	}
}

// TestDurationTable checks the precomputed durations against the builder.
func TestDurationTable(t *testing.T) {
	for u := uSecond; u <= uCentury; u++ {
		for _, n := range []float64{-1, 0, 1, 2, 7, 12, 99, 100, 2.5} {
			if got, want := durationValue(n, u), makeDuration(n, u); got != want {
				t.Errorf("durationValue(%v, %v) = %q, want %q", n, u, got, want)
			}
		}
	}
	for _, c := range []struct {
		n    float64
		u    unit
		want string
	}{{2, uWeek, "P2W"}, {3, uHour, "PT3H"}, {-1, uYear, "PXY"}, {1.5, uHour, "PT1H30M"}, {1, uDecade, "P1DE"}} {
		if got := durationValue(c.n, c.u); got != c.want {
			t.Errorf("durationValue(%v, %v) = %q, want %q", c.n, c.u, got, c.want)
		}
	}
}
