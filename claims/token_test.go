package claims

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	var got []string
	toks, low := tokenize("The U.S. and Russia’s envoys didn’t meet; 1,500 jobs (3.5%) — Putin-Trump.")
	for i := range toks {
		got = append(got, low.of(&toks[i]))
	}
	want := []string{"the", "u.s.", "and", "russia", "’s", "envoys", "didn’t", "meet", ";", "1,500", "jobs", "(", "3.5", "%", ")", "—", "putin", "-", "trump", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

// FuzzTokenize: tokens are in order, on rune boundaries, inside the text,
// never overlap, and cover every character that is not white space.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. Russia’s 1,500.5bn", "“Quote,” he said.", "a\u00a0b", "’s", "1.", "A.B", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		toks, _ := tokenize(s)
		for _, tk := range toks {
			start, end := int(tk.start), int(tk.end)
			if start < prev || end <= start || end > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", start, end, prev, s)
			}
			if strings.TrimSpace(s[prev:start]) != "" && utf8.ValidString(s[prev:start]) {
				t.Fatalf("text %q skipped in %q", s[prev:start], s)
			}
			prev = end
		}
	})
}

// FuzzNormalizeQuote: normalizing is idempotent and keeps no edge
// punctuation or white space.
func FuzzNormalizeQuote(f *testing.F) {
	for _, s := range []string{"“Very useful.”", " It doesn’t — ", "", "\"'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeQuote(s)
		if NormalizeQuote(n) != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, NormalizeQuote(n))
		}
		if n != strings.TrimSpace(n) {
			t.Fatalf("white space at the edges: %q", n)
		}
	})
}

// TestTokenBitsFit checks that the token's flags and kind lie above every
// list bit and fit in its bits word, and that newToken's fields read back.
func TestTokenBitsFit(t *testing.T) {
	if cRoleSurname >= tokCap {
		t.Errorf("list bit %#x reaches the flags (%#x)", cRoleSurname, tokCap)
	}
	if tokInTimex >= 1<<kindShift || uint64(tPunct)<<kindShift > uint64(^wordClass(0)) {
		t.Errorf("flags or kind overflow the bits word")
	}
	for _, k := range []tokKind{tWord, tNum, tPunct} {
		for _, capital := range []bool{false, true} {
			tok := newToken(3, 9, k, capital, cRoleSurname|cTrigger)
			if tok.kind() != k || tok.cap() != capital || tok.inQuote() || tok.inTimex() || tok.classes() != cRoleSurname|cTrigger || tok.start != 3 || tok.end != 9 {
				t.Errorf("newToken(3, 9, %v, %v, …) = %+v", k, capital, tok)
			}
		}
	}
}
