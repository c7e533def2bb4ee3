package timeml

import "testing"

func TestClassifyValue(t *testing.T) {
	tests := []struct {
		text, gold, sys string
		want            ValueClass
	}{
		{"this week", "2000-W7", "2000-W07", Notation},
		{"two decades", "P20Y", "P2DE", Notation},
		{"the past century", "P100Y", "P1CE", Notation},
		{"two millennia", "P2000Y", "P2L", Notation},
		{"two decades", "P2Y", "P2DE", OtherValue},
		{"decades", "PXY", "PXDE", OtherValue},
		{"1949", "1949-XX", "1949", Notation},
		{"1994", "1994-XX-XX", "1994", Notation},
		{"the 1990s", "199X", "199", Notation},
		{"the 20th century", "19XX", "19", Notation},
		{"last week", "1989-WXX", "1989-W43", GoldUnderspecified},
		{"the quarter", "1989-QX", "1989-Q3", GoldUnderspecified},
		{"the quarter", "1989-QX", "1988-Q3", OtherValue}, // the known year differs
		{"a few years", "PXY", "P3Y", OtherValue},         // durations are not underspecified dates
		{"Friday night", "2000-01-07", "2000-01-07TNI", PartOfDay},
		{"Friday night", "2000-01-07TEV", "2000-01-07TNI", PartOfDay},
		{"Friday night", "1999-12-31", "2000-01-07TNI", OtherValue},          // both Fridays
		{"Friday night", "2000-01-06", "2000-01-07TNI", GoldContradictsText}, // a Thursday
		{"Sept. 27, 1989", "1989-11-27", "1989-09-27", GoldContradictsText},
		{"1988", "1998", "1988", GoldContradictsText},
		{"Wednesday", "1999-02-09", "1999-02-10", GoldContradictsText}, // 1999-02-09 was a Tuesday
		{"Wednesday", "1999-02-10", "1999-02-17", OtherValue},          // both Wednesdays
		{"May", "1998-06", "1998-05", GoldContradictsText},
		{"may", "1998-06", "1998-07", OtherValue},
		{"last week", "P1W", "1998-W33", OtherValue},
		{"now", "PRESENT_REF", "1998-03-05", OtherValue},
	}
	for _, tt := range tests {
		got := ClassifyValue(Timex{Text: tt.text, Value: tt.gold}, Timex{Value: tt.sys})
		if got != tt.want {
			t.Errorf("ClassifyValue(%q: gold %s, system %s) = %q, want %q", tt.text, tt.gold, tt.sys, got, tt.want)
		}
	}
}

func FuzzClassifyValue(f *testing.F) {
	f.Add("Sept. 27, 1989", "1989-11-27", "1989-09-27")
	f.Add("this week", "2000-W7", "2000-W07")
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, text, gold, sys string) {
		c := ClassifyValue(Timex{Text: text, Value: gold}, Timex{Value: sys})
		found := false
		for _, k := range ValueClasses {
			found = found || c == k
		}
		if !found {
			t.Fatalf("unknown class %q", c)
		}
	})
}
