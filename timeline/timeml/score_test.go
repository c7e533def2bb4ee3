package timeml

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// tx builds a test expression.
func tx(start, end int, typ, value string) Timex {
	return Timex{Start: start, End: end, Type: typ, Value: value}
}

func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name      string
		gold, sys []Timex
		want      Counts
		kinds     []Kind
	}{
		{
			name: "exact",
			gold: []Timex{tx(0, 7, "DATE", "2025-02-18")},
			sys:  []Timex{tx(0, 7, "DATE", "2025-02-18")},
			want: Counts{Gold: 1, System: 1, Relaxed: 1, Strict: 1, Value: 1, Type: 1},
		},
		{
			name:  "overlap with right value counts relaxed and value, not strict",
			gold:  []Timex{tx(0, 13, "TIME", "2025-02-18TNI")},
			sys:   []Timex{tx(0, 7, "TIME", "2025-02-18TNI")},
			want:  Counts{Gold: 1, System: 1, Relaxed: 1, Value: 1, Type: 1},
			kinds: []Kind{WrongExtent},
		},
		{
			name:  "wrong value",
			gold:  []Timex{tx(10, 17, "DATE", "2025-02-18")},
			sys:   []Timex{tx(10, 17, "DATE", "2025-02-25")},
			want:  Counts{Gold: 1, System: 1, Relaxed: 1, Strict: 1, Type: 1},
			kinds: []Kind{WrongValue},
		},
		{
			name:  "wrong type",
			gold:  []Timex{tx(10, 17, "DATE", "P1D")},
			sys:   []Timex{tx(10, 17, "DURATION", "P1D")},
			want:  Counts{Gold: 1, System: 1, Relaxed: 1, Strict: 1, Value: 1},
			kinds: []Kind{WrongType},
		},
		{
			name:  "miss and false positive",
			gold:  []Timex{tx(0, 5, "DATE", "1998")},
			sys:   []Timex{tx(6, 9, "DATE", "1999")},
			want:  Counts{Gold: 1, System: 1},
			kinds: []Kind{Miss, FalsePositive},
		},
		{
			name: "touching spans do not overlap",
			gold: []Timex{tx(0, 5, "DATE", "1998")},
			sys:  []Timex{tx(5, 9, "DATE", "1998")},
			want: Counts{Gold: 1, System: 1}, kinds: []Kind{Miss, FalsePositive},
		},
		{
			name:  "one system span over two gold: one-to-one alignment",
			gold:  []Timex{tx(0, 7, "DATE", "2025-02-18"), tx(8, 13, "TIME", "2025-02-18TNI")},
			sys:   []Timex{tx(0, 13, "TIME", "2025-02-18TNI")},
			want:  Counts{Gold: 2, System: 1, Relaxed: 1, Strict: 0, Value: 0, Type: 0},
			kinds: []Kind{WrongValue, Miss},
		},
		{
			name: "exact pairs win over earlier overlaps",
			gold: []Timex{tx(0, 10, "DATE", "A"), tx(12, 20, "DATE", "B")},
			sys:  []Timex{tx(5, 20, "DATE", "B"), tx(0, 10, "DATE", "A")},
			want: Counts{Gold: 2, System: 2, Relaxed: 2, Strict: 1, Value: 2, Type: 2}, kinds: []Kind{WrongExtent},
		},
		{
			name: "DCT left out on both sides",
			gold: []Timex{{TID: "t0", Value: "1998-01-08"}, tx(0, 5, "DATE", "1998")},
			sys:  []Timex{{TID: "t0", Value: "1998-01-09"}, tx(0, 5, "DATE", "1998")},
			want: Counts{Gold: 1, System: 1, Relaxed: 1, Strict: 1, Value: 1, Type: 1},
		},
		{
			name: "empty",
			want: Counts{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, diffs := Compare(tc.gold, tc.sys)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("counts (-want +got):\n%s", d)
			}
			var kinds []Kind
			for _, d := range diffs {
				kinds = append(kinds, d.Kind)
			}
			if d := cmp.Diff(tc.kinds, kinds, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("diff kinds (-want +got):\n%s", d)
			}
		})
	}
}

func TestScores(t *testing.T) {
	approx := cmpopts.EquateApprox(0, 1e-9)
	for _, tc := range []struct {
		name string
		c    Counts
		want Scores
	}{
		{
			name: "toolkit arithmetic",
			// 10 gold, 8 system, 6 overlapping of which 4 exact; 3 right
			// values and 5 right types among the 6.
			c: Counts{Gold: 10, System: 8, Relaxed: 6, Strict: 4, Value: 3, Type: 5},
			want: Scores{
				Strict:  PRF{P: 0.5, R: 0.4, F1: 2 * 0.5 * 0.4 / 0.9},
				Relaxed: PRF{P: 0.75, R: 0.6, F1: 2 * 0.75 * 0.6 / 1.35},
				Value:   PRF{P: 0.375, R: 0.3, F1: 0.5 * 2 * 0.75 * 0.6 / 1.35},
				Type:    PRF{P: 0.625, R: 0.5, F1: 5.0 / 6 * 2 * 0.75 * 0.6 / 1.35},
			},
		},
		{
			name: "nothing found",
			c:    Counts{Gold: 4},
			want: Scores{},
		},
		{
			name: "nothing anywhere scores 1",
			c:    Counts{},
			want: Scores{PRF{1, 1, 1}, PRF{1, 1, 1}, PRF{1, 1, 1}, PRF{1, 1, 1}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, tc.c.Scores(), approx); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestCountsAdd(t *testing.T) {
	c := Counts{Gold: 1, System: 2, Relaxed: 3, Strict: 4, Value: 5, Type: 6}
	c.Add(Counts{Gold: 10, System: 20, Relaxed: 30, Strict: 40, Value: 50, Type: 60})
	if d := cmp.Diff(Counts{11, 22, 33, 44, 55, 66}, c); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	if s := (PRF{P: 0.5, R: 1, F1: 2.0 / 3}).String(); s != "0.5000 1.0000 0.6667" {
		t.Errorf("PRF.String = %q", s)
	}
}
