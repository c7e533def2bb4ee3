package role

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	nationality := func(w string) bool { return w == "Russian" || w == "U.S." || w == "British" }
	for _, tt := range []struct{ in, want string }{
		{"Deputy Foreign Minister", "deputy foreign minister"},
		{"Russian Deputy Foreign Minister", "deputy foreign minister"},
		{"Russia's deputy foreign minister", "deputy foreign minister"},
		{"CEO", "chief executive"},
		{"chief executive officer", "chief executive"},
		{"Chief Executive", "chief executive"},
		{"coast guard spokesman", "coast guard spokesperson"},
		{"spokeswoman", "spokesperson"},
		{"U.S. Secretary of State", "secretary of state"},
		{"former U.S. President", "president"},
		{"then-President", "president"},
		{"British Prime Minister", "prime minister"},
		{"Fox News host", "host"},
		{"the company's CFO", "chief financial officer"},
		{"local fisherman", "local fisherman"},
		{"Survivor", "survivor"},
		{"", ""},
	} {
		if got := Normalize(tt.in, nationality); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	for w, want := range map[string]bool{"Minister": true, "spokesman": true, "CEO": true, "Deputy": true, "banana": false} {
		if IsWord(w) != want {
			t.Errorf("IsWord(%q) = %v, want %v", w, !want, want)
		}
	}
	if !IsHead("President") || IsHead("Foreign") || !IsModifier("deputy") {
		t.Errorf("heads and modifiers mixed up")
	}
	for w, want := range map[string][2]bool{"fisherman": {true, false}, "Nurse": {true, false}, "Farmer": {true, true}, "minister": {false, false}, "fishermen": {false, false}} {
		if got := [2]bool{IsOccupation(w), IsSurname(w)}; got != want {
			t.Errorf("IsOccupation, IsSurname(%q) = %v, want %v", w, got, want)
		}
	}
	if !IsHead("fisherman") || !IsWord("Witness") {
		t.Errorf("occupations are not heads")
	}
}

// TestFilters: the quick filters in front of the word sets never rule out
// a word of the set, in any case.
func TestFilters(t *testing.T) {
	for _, c := range []struct {
		name string
		set  map[string]bool
		is   func(string) bool
	}{{"heads", heads, IsHead}, {"modifiers", modifiers, IsModifier}, {"roleWords", roleWords, IsWord}, {"occupations", occupations, IsOccupation}, {"surnames", surnames, IsSurname}} {
		for w := range c.set {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if !c.is(v) {
					t.Errorf("%s: %q not found", c.name, v)
				}
			}
		}
	}
	for _, w := range []string{"", "zebra", "Zebra", "presidente", "ÉDITOR"} {
		if IsWord(w) {
			t.Errorf("IsWord(%q) = true", w)
		}
	}
}

// TestWordsLists: Words lists every word of every set, each once.
func TestWordsLists(t *testing.T) {
	listed := map[string]int{}
	for _, w := range Words() {
		listed[w]++
	}
	for _, set := range []map[string]bool{heads, modifiers, occupations, surnames} {
		for w := range set {
			if listed[w] != 1 {
				t.Errorf("Words lists %q %d times", w, listed[w])
			}
		}
	}
}
