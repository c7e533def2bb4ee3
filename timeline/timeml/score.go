package timeml

import (
	"fmt"
	"sort"
)

// Counts are the tallies the TempEval-3 timex scores are computed from.
// They add up over documents (micro-averaging, as the toolkit does).
type Counts struct {
	Gold   int `json:"gold"`   // gold TIMEX3, the DCT excluded
	System int `json:"system"` // system TIMEX3, the DCT excluded
	// Relaxed counts aligned pairs (overlapping spans); Strict those of
	// them with the same extent.
	Relaxed int `json:"relaxed"`
	Strict  int `json:"strict"`
	// Value and Type count aligned pairs whose value (exact string) or
	// type agree.
	Value int `json:"value"`
	Type  int `json:"type"`
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Relaxed += o.Relaxed
	c.Strict += o.Strict
	c.Value += o.Value
	c.Type += o.Type
}

// PRF is a precision, recall and F1.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// Scores are the four TempEval-3 timex scores.
type Scores struct {
	Strict  PRF `json:"strict"`
	Relaxed PRF `json:"relaxed"`
	Value   PRF `json:"value"`
	Type    PRF `json:"type"`
}

// Scores computes the TempEval-3 timex scores from c, as the toolkit's
// evaluate_entities.py does:
//
//	strict  P = Strict/System,  R = Strict/Gold,  F1 = 2PR/(P+R)
//	relaxed P = Relaxed/System, R = Relaxed/Gold, F1 likewise
//	value   P = acc·relaxed P,  R = acc·relaxed R, F1 = acc·relaxed F1,
//	        where acc = Value/Relaxed (value accuracy over relaxed matches)
//	type    the same with acc = Type/Relaxed
//
// The value F1 is the toolkit's "Overall Timex Performance (Value F1
// score)". When there is neither a gold nor a system expression, every
// score is 1, as in the toolkit.
func (c Counts) Scores() Scores {
	if c.Gold == 0 && c.System == 0 {
		one := PRF{1, 1, 1}
		return Scores{one, one, one, one}
	}
	strict := prf(c.Strict, c.System, c.Gold)
	relaxed := prf(c.Relaxed, c.System, c.Gold)
	return Scores{
		Strict:  strict,
		Relaxed: relaxed,
		Value:   scaled(relaxed, c.Value, c.Relaxed),
		Type:    scaled(relaxed, c.Type, c.Relaxed),
	}
}

func prf(match, system, gold int) PRF {
	var s PRF
	if system > 0 {
		s.P = float64(match) / float64(system)
	}
	if gold > 0 {
		s.R = float64(match) / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

func scaled(relaxed PRF, n, matched int) PRF {
	if matched == 0 {
		return PRF{}
	}
	acc := float64(n) / float64(matched)
	return PRF{P: acc * relaxed.P, R: acc * relaxed.R, F1: acc * relaxed.F1}
}

// Kind classifies a Diff.
type Kind string

// The kinds of differences between gold and system annotation.
const (
	Miss          Kind = "miss"           // a gold expression no system expression overlaps
	FalsePositive Kind = "false_positive" // a system expression no gold expression overlaps
	WrongValue    Kind = "wrong_value"    // aligned, but the values differ
	WrongType     Kind = "wrong_type"     // aligned, same value, but the types differ
	WrongExtent   Kind = "wrong_extent"   // aligned, same value and type, different extent
)

// Diff is one difference between gold and system annotation. Gold or
// System is nil for a miss or a false positive.
type Diff struct {
	Kind   Kind
	Gold   *Timex
	System *Timex
}

// Compare aligns the system expressions with the gold ones of one document
// and counts the matches. Expressions with the DCT's tid "t0" are left out
// on both sides, as the toolkit does.
//
// Alignment stands in for the toolkit's TimeML-Normalizer, which walks the
// tokens and gives a timex that opens while a timex of the other
// annotation is still open the same id, each id used at most once per
// annotation. Here the pairing is one-to-one too: first identical extents,
// then, in text order, each remaining gold expression with the first
// unpaired system expression that overlaps it. For flat annotations (no
// expression overlapping another of the same side) this pairs exactly as
// the normalizer does, up to its tokenization. The diffs (every miss, false
// positive and aligned pair with a wrong value, type or extent) are
// returned in text order.
func Compare(gold, sys []Timex) (Counts, []Diff) {
	pairs := Align(gold, sys)
	var c Counts
	var diffs []Diff
	for _, p := range pairs {
		gx, sx := p.Gold, p.System
		if gx != nil {
			c.Gold++
		}
		if sx != nil {
			c.System++
		}
		switch {
		case sx == nil:
			diffs = append(diffs, Diff{Kind: Miss, Gold: gx})
			continue
		case gx == nil:
			diffs = append(diffs, Diff{Kind: FalsePositive, System: sx})
			continue
		}
		c.Relaxed++
		strict := p.Strict()
		if strict {
			c.Strict++
		}
		if sx.Value == gx.Value {
			c.Value++
		}
		if sx.Type == gx.Type {
			c.Type++
		}
		switch {
		case sx.Value != gx.Value:
			diffs = append(diffs, Diff{Kind: WrongValue, Gold: gx, System: sx})
		case sx.Type != gx.Type:
			diffs = append(diffs, Diff{Kind: WrongType, Gold: gx, System: sx})
		case !strict:
			diffs = append(diffs, Diff{Kind: WrongExtent, Gold: gx, System: sx})
		}
	}
	return c, diffs
}

// Pair is a gold expression aligned with a system expression; one of them
// is nil for a miss or a false positive.
type Pair struct {
	Gold, System *Timex
}

// Strict reports whether both sides are present with the same extent.
func (p Pair) Strict() bool {
	return p.Gold != nil && p.System != nil && p.Gold.Start == p.System.Start && p.Gold.End == p.System.End
}

func (p Pair) start() int {
	if p.Gold != nil {
		return p.Gold.Start
	}
	return p.System.Start
}

// Align pairs the gold and system expressions as Compare describes and
// returns every expression once, paired or alone, in text order. The DCT
// (tid "t0") is left out on both sides.
func Align(gold, sys []Timex) []Pair {
	g := withoutDCT(gold)
	s := withoutDCT(sys)
	pairOf := make([]int, len(g)) // index in s, or -1
	used := make([]bool, len(s))
	for i := range pairOf {
		pairOf[i] = -1
	}
	for i, gx := range g {
		for j, sx := range s {
			if !used[j] && sx.Start == gx.Start && sx.End == gx.End {
				pairOf[i], used[j] = j, true
				break
			}
		}
	}
	for i, gx := range g {
		if pairOf[i] >= 0 {
			continue
		}
		for j, sx := range s {
			if !used[j] && sx.Start < gx.End && gx.Start < sx.End {
				pairOf[i], used[j] = j, true
				break
			}
		}
	}
	pairs := make([]Pair, 0, len(g)+len(s))
	for i := range g {
		p := Pair{Gold: &g[i]}
		if j := pairOf[i]; j >= 0 {
			p.System = &s[j]
		}
		pairs = append(pairs, p)
	}
	for j := range s {
		if !used[j] {
			pairs = append(pairs, Pair{System: &s[j]})
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].start() < pairs[b].start() })
	return pairs
}

func (d Diff) start() int {
	if d.Gold != nil {
		return d.Gold.Start
	}
	return d.System.Start
}

func withoutDCT(xs []Timex) []Timex {
	out := make([]Timex, 0, len(xs))
	for _, x := range xs {
		if x.TID != DCTID {
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// String formats the scores as the three numbers P, R and F1.
func (s PRF) String() string { return fmt.Sprintf("%.4f %.4f %.4f", s.P, s.R, s.F1) }
