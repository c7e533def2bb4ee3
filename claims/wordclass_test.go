package claims

import (
	"testing"

	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/claims/role"
)

// classTests pairs each bit with the test it stands for.
var classTests = map[wordClass]func(string) bool{
	cTrigger: member(triggerStarts), cNumberish: member(numberish), cSpeechVerb: member(speechVerbs),
	cPreposition: member(prepositions), cNotName: member(notNames), cNameConnector: member(nameConnectors),
	cHonorific: member(honorifics), cOrgWord: member(orgWords), cLocative: member(locatives),
	cAgentNoun: member(agentNouns), cNounModifier: member(nounModifiers), cGroupSpeaker: member(groupSpeakers),
	cStopWord: member(stopWords), cPeopleNoun: peopleNouns.has, cTimeUnit: timeUnits.has, cMonth: member(monthWords),
	cSingleTrigger: func(w string) bool { _, ok := singleTriggers[w]; return ok },
	cCue:           func(w string) bool { return cueSets[w] != 0 },
	cDenyCue:       member(denyCues),
	cPronoun:       func(w string) bool { return w == "he" || w == "she" },
	cRoleWord:      role.IsWord, cRoleHead: role.IsHead, cRoleModifier: role.IsModifier,
	cRoleOccupation: role.IsOccupation, cRoleSurname: role.IsSurname,
}

// member is the test of membership in set.
func member(set map[string]bool) func(string) bool {
	return func(w string) bool { return set[w] }
}

// TestWordClasses: every token of the fixtures and of some odd texts
// carries exactly the bits of the lists its lower-case form is in.
func TestWordClasses(t *testing.T) {
	var all wordClass
	for c := range classTests {
		all |= c
	}
	if all != cRoleSurname<<1-1 {
		t.Fatalf("bits %b have tests, want every bit up to %b", all, cRoleSurname)
	}
	arts := []*article.Article{article.FromText("odd", "odd.txt", "He said SHE met the Minister of Trade. İstanbul’s KELVIN \u212Aing Zürich a.m. n't didn't 's ’s", dct)}
	for _, dir := range append(append([]string{}, storyDirs...), "../testdata/pages") {
		arts = append(arts, loadStory(t, dir)...)
	}
	for _, a := range arts {
		checkWordClasses(t, newDoc(a, builtinGazetteer, nil, nil, nil))
	}
}

// checkWordClasses checks the bits of every token of d.
func checkWordClasses(t *testing.T, d *doc) {
	t.Helper()
	for i := range d.toks {
		w, got := d.word(i), d.toks[i].classes()
		for c, is := range classTests {
			if (got&c != 0) != is(w) {
				t.Fatalf("%q: bit %b is %v, its test says %v", w, c, got&c != 0, is(w))
			}
		}
	}
}

// FuzzWordClasses: the tokens of any text carry exactly the bits of the
// lists their lower-case forms are in.
func FuzzWordClasses(f *testing.F) {
	for _, s := range []string{"He said the Minister", "CHIEF Executive’s", "İ a.m. n't"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkWordClasses(t, newDoc(article.FromText("f", "f.txt", text, dct), builtinGazetteer, nil, nil, nil))
	})
}
