package claims

import (
	"strings"

	"github.com/factline/factline/claims/role"
)

// wordClass is a set of word lists, one bit per list: the lists a token's
// lower-case form is in. tokenize finds them once per word, so that
// the extractors, which ask about the same tokens again and again, test
// a bit (doc.is) instead of lowering and looking the word up each time.
type wordClass uint32

// The lists tokens carry. Each bit is exactly the answer of the list's own
// test on the token's lower-case form (see classLists).
const (
	cTrigger        wordClass = 1 << iota // triggerStarts
	cSingleTrigger                        // singleTriggers
	cNumberish                            // numberish
	cSpeechVerb                           // speechVerbs
	cPreposition                          // prepositions
	cNotName                              // notNames
	cNameConnector                        // nameConnectors
	cHonorific                            // honorifics
	cOrgWord                              // orgWords
	cLocative                             // locatives
	cAgentNoun                            // agentNouns
	cNounModifier                         // nounModifiers
	cGroupSpeaker                         // groupSpeakers
	cCue                                  // cueSets: any modality cue
	cDenyCue                              // denyCues
	cStopWord                             // stopWords
	cPeopleNoun                           // peopleNouns
	cTimeUnit                             // timeUnits
	cMonth                                // monthWords
	cPronoun                              // "he" and "she"
	cRoleWord                             // role.IsWord
	cRoleHead                             // role.IsHead
	cRoleModifier                         // role.IsModifier
	cRoleOccupation                       // role.IsOccupation
	cRoleSurname                          // role.IsSurname
)

// classLists pairs each bit with its list.
func classLists() map[wordClass]map[string]bool {
	return map[wordClass]map[string]bool{
		cTrigger: triggerStarts, cSingleTrigger: keysOf(singleTriggers), cNumberish: numberish,
		cSpeechVerb: speechVerbs, cPreposition: prepositions, cNotName: notNames,
		cNameConnector: nameConnectors, cHonorific: honorifics, cOrgWord: orgWords,
		cLocative: locatives, cAgentNoun: agentNouns, cNounModifier: nounModifiers,
		cGroupSpeaker: groupSpeakers, cCue: keysOf(cueSets), cDenyCue: denyCues, cStopWord: stopWords,
		cPeopleNoun: peopleNouns.m, cTimeUnit: timeUnits.m, cMonth: monthWords,
		cPronoun: wordSet("he she"),
	}
}

// keysOf returns the set of m's keys.
func keysOf[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for w := range m {
		out[w] = true
	}
	return out
}

// classTable finds the wordClass of a lower-case word: a 65,536-bit table
// of the words' wordHash rules out most other words, then the word is
// looked for in an open-addressing table placed by the same hash, which
// costs less than a map's own hashing. On the fixtures half the word
// tokens are words of the lists, and about 1 in 85 of the others passes
// the bit table.
type classTable struct {
	bits   [1024]uint64
	slots  []classSlot // a power of two, at least twice the words: one or two probes find a word
	shift  uint        // a hash's top 64-shift bits give its first slot
	maxLen int         // the length of the longest word
}

// classSlot is one word of a classTable and its lists; "" when empty.
type classSlot struct {
	word string
	cls  wordClass
}

// classes is the table of every list of classLists and of the role words.
var classes = func() *classTable {
	all := map[string]wordClass{}
	for c, list := range classLists() {
		for w := range list {
			all[w] |= c
		}
	}
	// A role word's bits are the role package's own answers.
	for _, w := range role.Words() {
		for c, is := range map[wordClass]func(string) bool{
			cRoleWord: role.IsWord, cRoleHead: role.IsHead, cRoleModifier: role.IsModifier,
			cRoleOccupation: role.IsOccupation, cRoleSurname: role.IsSurname,
		} {
			if is(w) {
				all[w] |= c
			}
		}
	}
	t := &classTable{shift: 64}
	for len(t.slots) < 2*len(all) {
		t.shift--
		t.slots = make([]classSlot, 1<<(64-t.shift))
	}
	for w, c := range all {
		h := wordHash(w)
		t.bits[h>>54] |= 1 << (h >> 48 & 63)
		i := t.slotOf(h)
		for t.slots[i].word != "" {
			i = t.next(i)
		}
		t.slots[i] = classSlot{w, c}
		t.maxLen = max(t.maxLen, len(w))
	}
	return t
}()

// slotOf is the first slot a word of hash h is looked for in.
func (t *classTable) slotOf(h uint64) uint64 { return h >> t.shift }

// next is the slot looked in after slot i.
func (t *classTable) next(i uint64) uint64 { return (i + 1) & uint64(len(t.slots)-1) }

// of returns the lists w, a lower-case word, is in.
func (t *classTable) of(w string) wordClass {
	if w == "" {
		return 0
	}
	h := wordHash(w)
	if t.bits[h>>54]&(1<<(h>>48&63)) == 0 {
		return 0
	}
	for i := t.slotOf(h); t.slots[i].word != ""; i = t.next(i) {
		if t.slots[i].word == w {
			return t.slots[i].cls
		}
	}
	return 0
}

// ofASCII returns the lists the lower case of w, an ASCII word, is in.
func (t *classTable) ofASCII(w string) wordClass {
	if len(w) > t.maxLen {
		return 0
	}
	var buf [32]byte // the words of the lists are shorter (maxLen 15 in 2025)
	if len(w) > len(buf) {
		return t.of(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return t.of(string(buf[:len(w)]))
}

// is reports whether token i's lower-case form is in a list of c; false
// out of range (where word gives "", which no list holds). Only word
// tokens are in lists (tokenize), so a test that a token is in one needs
// no test that it is a word.
func (d *doc) is(i int, c wordClass) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].bits&c != 0
}
