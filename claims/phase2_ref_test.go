package claims

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/factline/factline/claims/swar"
)

// FuzzFormatNumber checks formatNumber's whole-number fast path against
// strconv.FormatFloat, which it replaced.
func FuzzFormatNumber(f *testing.F) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 12, 99, 100, 0.5, -2.25, 1e9, 999999999999999,
		-999999999999999, 1e15, -1e15, 123456789012345.5, 1 << 53, 1e300, math.Inf(1), math.Inf(-1), math.NaN(),
		math.SmallestNonzeroFloat64, 80, 33.3} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		// Random bits are rarely whole: their whole parts are checked too.
		for _, x := range []float64{v, math.Trunc(v), math.Trunc(math.Mod(v, 1e16))} {
			if got, want := formatNumber(x), strconv.FormatFloat(x, 'f', -1, 64); got != want {
				t.Errorf("formatNumber(%v) = %q, want %q", x, got, want)
			}
		}
	})
}

// refClaimOrder is claimSorter.orderOf as it was before the natural merge
// sort: a general sort of the keys.
func refClaimOrder(cs []Claim) []int {
	type key struct{ start, kind, end, i int }
	var keys []key
	for i := range cs {
		keys = append(keys, key{cs[i].Evidence.BodyStart, kindRank(cs[i].Kind), cs[i].Evidence.BodyEnd, i})
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.kind, b.kind); c != 0 {
			return c
		}
		if c := cmp.Compare(a.end, b.end); c != 0 {
			return c
		}
		if c := strings.Compare(cs[a.i].Value, cs[b.i].Value); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	order := []int{}
	for _, k := range keys {
		order = append(order, k.i)
	}
	return order
}

// FuzzClaimOrder checks claimSorter.orderOf against refClaimOrder on
// claims made from the input, three bytes each (start, kind and value,
// length), with starts that mostly rise within a kind as the
// extractors' do, and with one sorter reused as Extract reuses it.
func FuzzClaimOrder(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 0, 3})
	f.Add([]byte{5, 0, 2, 9, 1, 1, 2, 2, 4, 7, 3, 0, 1, 4, 4, 0, 0, 0, 0, 0, 0, 3, 2, 1})
	f.Add([]byte("the quick brown fox jumps over the lazy dog, twice over: the quick brown fox"))
	kinds := []Kind{KindEvent, KindQuantity, KindQuote, KindPerson, KindPlace}
	var s claimSorter
	f.Fuzz(func(t *testing.T, data []byte) {
		var cs []Claim
		pos := 0
		for i := 0; i+3 <= len(data); i += 3 {
			if data[i]&0x80 != 0 {
				pos = int(data[i] & 0x7f) // a new kind's claims start again
			} else {
				pos += int(data[i] & 7)
			}
			c := Claim{Kind: kinds[int(data[i+1])%len(kinds)], Value: string(rune('a' + data[i+1]>>5))}
			c.Evidence.BodyStart, c.Evidence.BodyEnd = pos, pos+int(data[i+2]&3)
			cs = append(cs, c)
		}
		got, want := s.orderOf(cs), refClaimOrder(cs)
		if !slices.Equal(got, want) {
			t.Fatalf("orderOf = %v, want %v", got, want)
		}
	})
}

// FuzzPlainQuoteWord checks plainQuoteWord against its definition read
// byte by byte.
func FuzzPlainQuoteWord(f *testing.F) {
	for _, s := range []string{"abcdefgh", "ab cd ef", "ab  cdef", "abcdefg ", " bcdefgh", "abcDefgh", "abc`efgh", "ab\tcdefg", "a\x00b\x0ec\x1fde", "abcdé", "AZ@[az`{"} {
		f.Add(swar.Load64(s+"xxxxxxxx", 0))
	}
	f.Fuzz(func(t *testing.T, w uint64) {
		want, wantUpper := true, uint64(0)
		for k := 0; k < 8; k++ {
			c := byte(w >> (8 * k))
			switch {
			case c == ' ':
				if k == 7 || byte(w>>(8*(k+1))) == ' ' {
					want = false
				}
			case !plainASCII(c):
				want = false
			case c >= 'A' && c <= 'Z':
				wantUpper |= 0x80 << (8 * k)
			}
		}
		if upper, ok := plainQuoteWord(w); ok != want || ok && upper != wantUpper {
			t.Fatalf("plainQuoteWord(%#x) = %#x, %v; want %#x, %v", w, upper, ok, wantUpper, want)
		}
	})
}

// FuzzNormalizeQuotePlain checks NormalizeQuote against refNormalizeQuote
// on text of mostly plain ASCII, where it reads eight bytes at a time:
// each input byte picks a piece of text.
func FuzzNormalizeQuotePlain(f *testing.F) {
	f.Add([]byte("aaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0})
	pieces := []string{"a", "word", " ", "  ", "The", "x.", ",", "\t", "\n", "`", "é", "’", "—", "\x00", "9", "\x1f", "Z", "ABCDEFGHI", "@[`{"}
	f.Fuzz(func(t *testing.T, data []byte) {
		var b strings.Builder
		for _, c := range data {
			b.WriteString(pieces[int(c)%len(pieces)])
		}
		s := b.String()
		if got, want := NormalizeQuote(s), refNormalizeQuote(s); got != want {
			t.Fatalf("NormalizeQuote(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzWordMap checks that the quantity word maps answer through their bit
// tables (wordMap.get) what their maps answer.
func FuzzWordMap(f *testing.F) {
	for _, w := range []string{"", "a", "people", "killed", "thousand", "$", "€", "dollars", "percent", "X"} {
		f.Add(w)
	}
	f.Fuzz(checkWordMaps)
}

// TestWordMapKeys checks every word of the quantity word maps as
// FuzzWordMap checks other words.
func TestWordMapKeys(t *testing.T) {
	var all []string
	for _, m := range []map[string]float64{numberWords.m, scaleWords.m, moveVerbs.m, changeNouns.m} {
		for w := range m {
			all = append(all, w)
		}
	}
	for _, m := range []map[string]string{measureVerbs.m, measureSynonyms.m, collectiveNouns.m, currencies.m, currencyWords.m} {
		for w := range m {
			all = append(all, w)
		}
	}
	for w := range vagueWords.m {
		all = append(all, w)
	}
	for _, w := range all {
		checkWordMaps(t, w)
	}
}

// checkWordMaps fails t when a quantity word map's get or at answers
// for w otherwise than its map.
func checkWordMaps(t *testing.T, w string) {
	t.Helper()
	checkWordMap(t, "numberWords", numberWords, w)
	checkWordMap(t, "scaleWords", scaleWords, w)
	checkWordMap(t, "vagueWords", vagueWords, w)
	checkWordMap(t, "measureVerbs", measureVerbs, w)
	checkWordMap(t, "measureSynonyms", measureSynonyms, w)
	checkWordMap(t, "moveVerbs", moveVerbs, w)
	checkWordMap(t, "changeNouns", changeNouns, w)
	checkWordMap(t, "collectiveNouns", collectiveNouns, w)
	checkWordMap(t, "currencies", currencies, w)
	checkWordMap(t, "currencyWords", currencyWords, w)
}

// checkWordMap fails t when wm.get(w) or wm.at(w) differs from the map's
// own answer.
func checkWordMap[V comparable](t *testing.T, name string, wm *wordMap[V], w string) {
	t.Helper()
	want, wantOK := wm.m[w]
	if got, ok := wm.get(w); got != want || ok != wantOK {
		t.Fatalf("%s.get(%q) = %v, %v; want %v, %v", name, w, got, ok, want, wantOK)
	}
	if got := wm.at(w); got != want {
		t.Fatalf("%s.at(%q) = %v, want %v", name, w, got, want)
	}
}

// TestModalKeys checks that every word modality's backward look reads
// (the words that end it and those its switch names) is a cue (cCue) or
// may be in modalKeys, so that the words it skips are none of them.
func TestModalKeys(t *testing.T) {
	for _, w := range strings.Fields(`, ; when announced announces announcing confirmed unveiled planned
proposed upcoming expected ready willing prepared due set will 'll could may might would if`) {
		if cueSets[w] == 0 && !modalKeys.mayHold(w) {
			t.Errorf("%q is neither a cue nor in modalKeys", w)
		}
	}
	if modalKeys.mayHold("") {
		t.Error(`modalKeys.mayHold("") is true`)
	}
}

// refUnionSorted is unionSorted as it was, through a set.
func refUnionSorted(a, b []string) []string {
	m := map[string]bool{}
	for _, s := range a {
		m[s] = true
	}
	for _, s := range b {
		m[s] = true
	}
	out := make([]string, 0, len(m))
	for s := range m {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// FuzzUnionSorted checks unionSorted against refUnionSorted on lists of
// the input's fields, split at a '|'.
func FuzzUnionSorted(f *testing.F) {
	f.Add("a b c|b d")
	f.Add("|")
	f.Add("x x y|y x")
	f.Add("russia ukraine|")
	f.Fuzz(func(t *testing.T, s string) {
		l, r, _ := strings.Cut(s, "|")
		a, b := strings.Fields(l), strings.Fields(r)
		got, want := unionSorted(a, b), refUnionSorted(a, b)
		if !slices.Equal(got, want) || got == nil {
			t.Fatalf("unionSorted(%q, %q) = %q, want %q", a, b, got, want)
		}
	})
}
