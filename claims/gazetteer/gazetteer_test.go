package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookup(t *testing.T) {
	g := New()
	for name, key := range map[string]string{
		"U.S.": "united-states", "US": "united-states", "united states": "united-states",
		"Riyadh": "riyadh", "The Associated Press": "associated-press", "Kiev": "kyiv",
		"Volodymyr Zelensky": "volodymyr-zelenskyy",
	} {
		e, ok := g.Lookup(name)
		if !ok || e.Key != key {
			t.Errorf("Lookup(%q) = %v, %v; want %s", name, e, ok, key)
		}
	}
	if _, ok := g.Lookup("Atlantis"); ok {
		t.Errorf("Atlantis found")
	}
	if k, ok := g.Demonym("Russian"); !ok || k != "russia" {
		t.Errorf("Demonym(Russian) = %q, %v", k, ok)
	}
	if gender, ok := g.FirstName("Sergei"); !ok || gender != "m" {
		t.Errorf("FirstName(Sergei) = %q, %v", gender, ok)
	}
}

func TestWithin(t *testing.T) {
	g := New()
	for key, want := range map[string][]string{
		"riyadh":      {"saudi-arabia"},
		"geneva":      {"switzerland"},
		"london":      {"england", "united-kingdom"},
		"oval-office": {"white-house", "washington", "united-states"},
		"ukraine":     nil,
	} {
		if diff := cmp.Diff(want, g.Within(key)); diff != "" {
			t.Errorf("Within(%s) (-want +got):\n%s", key, diff)
		}
	}
}

func TestCloneAdd(t *testing.T) {
	g := New()
	c := g.Clone()
	c.Add(Entry{Type: Place, Name: "Chania", Parent: "crete"}, "Hania")
	if e, ok := c.Lookup("Hania"); !ok || e.Key != "chania" {
		t.Errorf("added alias not found: %v %v", e, ok)
	}
	if diff := cmp.Diff([]string{"crete", "greece"}, c.Within("chania")); diff != "" {
		t.Errorf("Within(chania) (-want +got):\n%s", diff)
	}
	if _, ok := g.Lookup("Hania"); ok {
		t.Errorf("Clone shares its names with the original")
	}
}

func TestFoldKey(t *testing.T) {
	for in, want := range map[string][2]string{
		"U.S.":               {"us", "us"},
		"Zelenskyy’s":        {"zelenskyy's", "zelenskyys"},
		"  Marco   Rubio ":   {"marco rubio", "marco-rubio"},
		"Türkiye":            {"turkiye", "turkiye"},
		"Putin-Trump":        {"putin trump", "putin-trump"},
		"São Paulo":          {"sao paulo", "sao-paulo"},
		"":                   {"", ""},
		"Jean-Luc Mélenchon": {"jean luc melenchon", "jean-luc-melenchon"},
	} {
		if got := Fold(in); got != want[0] {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want[0])
		}
		if got := Key(in); got != want[1] {
			t.Errorf("Key(%q) = %q, want %q", in, got, want[1])
		}
	}
}

// FuzzFoldASCII checks that Fold's ASCII fast path gives what the general
// rune-by-rune fold gives.
func FuzzFoldASCII(f *testing.F) {
	for _, s := range []string{"U.S.", "Sergei  Ryabkov", "al-Sisi", " Saudi\tArabia ", "already folded", "A.B.-C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fast, ok := foldASCII(s); ok {
			if slow := foldRunes(s); fast != slow {
				t.Errorf("foldASCII(%q) = %q, foldRunes = %q", s, fast, slow)
			}
		}
	})
}
