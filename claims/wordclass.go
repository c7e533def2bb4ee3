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

// classTable finds the wordClass of a lower-case word by its key: the
// word's bytes as two little-endian words, zero past its end (wordKey).
// tokenize reads those bytes from the body eight at a time as it scans a
// word, so a lookup hashes and compares integers instead of a string. A
// 65,536-bit table of the keys' hashes rules out most other words, then
// the key is looked for in an open-addressing table placed by the same
// hash. On the fixtures half the word tokens are words of the lists.
// Words longer than a key (none in 2025) are in a map.
type classTable struct {
	bits   [1024]uint64
	slots  []classSlot // a power of two, at least twice the words: one or two probes find a word
	shift  uint        // a hash's top 64-shift bits give its first slot
	maxLen int         // the length of the longest word
	long   map[string]wordClass
}

// classSlot is one word of a classTable, by its key and length, and its
// lists; n is 0 when the slot is empty.
type classSlot struct {
	lo, hi uint64
	cls    wordClass
	n      uint32
}

// classWords returns every word of classLists and every role word, with
// the bits of the lists it is in.
func classWords() map[string]wordClass {
	all := map[string]wordClass{}
	for c, list := range classLists() {
		for w := range list {
			all[w] |= c
		}
	}
	// A role word's bits are the role package's own answers.
	roleTests := map[wordClass]func(string) bool{
		cRoleWord: role.IsWord, cRoleHead: role.IsHead, cRoleModifier: role.IsModifier,
		cRoleOccupation: role.IsOccupation, cRoleSurname: role.IsSurname,
	}
	for _, w := range role.Words() {
		for c, is := range roleTests {
			if is(w) {
				all[w] |= c
			}
		}
	}
	return all
}

// classes is the table of every list of classLists and of the role words.
var classes = newClassTable(classWords())

// newClassTable makes the table of the words of all.
func newClassTable(all map[string]wordClass) *classTable {
	t := &classTable{shift: 64}
	for len(t.slots) < 2*len(all) {
		t.shift--
		t.slots = make([]classSlot, 1<<(64-t.shift))
	}
	for w, c := range all {
		t.maxLen = max(t.maxLen, len(w))
		switch {
		case w == "":
			continue // no token is empty
		case len(w) > keyLen:
			if t.long == nil {
				t.long = map[string]wordClass{}
			}
			t.long[w] = c
			continue
		}
		lo, hi := wordKey(w)
		h := keyHash(lo, hi)
		t.bits[h>>54] |= 1 << (h >> 48 & 63)
		i := t.slotOf(h)
		for t.slots[i].n != 0 {
			i = t.next(i)
		}
		t.slots[i] = classSlot{lo: lo, hi: hi, cls: c, n: uint32(len(w))}
	}
	return t
}

// keyLen is the length of the longest word a key holds.
const keyLen = 16

// wordKey returns the key of w, at most keyLen bytes long: its bytes as
// two little-endian words, zero past its end.
func wordKey(w string) (lo, hi uint64) {
	for i := len(w) - 1; i >= 0; i-- {
		if i >= 8 {
			hi = hi<<8 | uint64(w[i])
		} else {
			lo = lo<<8 | uint64(w[i])
		}
	}
	return lo, hi
}

// keyHash mixes a word's key; its top bits index the bit table and the
// slots.
func keyHash(lo, hi uint64) uint64 {
	return (lo ^ hi*0xff51afd7ed558ccd) * 0x9e3779b97f4a7c15
}

// slotOf is the first slot a word of hash h is looked for in.
func (t *classTable) slotOf(h uint64) uint64 { return h >> t.shift }

// next is the slot looked in after slot i.
func (t *classTable) next(i uint64) uint64 { return (i + 1) & uint64(len(t.slots)-1) }

// of returns the lists w, a lower-case word, is in.
func (t *classTable) of(w string) wordClass {
	if len(w) > keyLen {
		if len(w) > t.maxLen {
			return 0
		}
		return t.long[w] // nil when no word is that long: 0
	}
	if w == "" {
		return 0
	}
	lo, hi := wordKey(w)
	return t.ofKey(lo, hi, len(w))
}

// mayHave reports whether the word of key lo, hi may be in the table,
// from the bit table alone (false means it is not), and returns the
// key's hash for lookUp.
func (t *classTable) mayHave(lo, hi uint64) (uint64, bool) {
	h := keyHash(lo, hi)
	return h, t.bits[h>>54]&(1<<(h>>48&63)) != 0
}

// ofKey returns the lists the lower-case word of key lo, hi and length n
// (1 to keyLen) is in.
func (t *classTable) ofKey(lo, hi uint64, n int) wordClass {
	h, ok := t.mayHave(lo, hi)
	if !ok {
		return 0
	}
	return t.lookUp(h, lo, hi, n)
}

// lookUp is ofKey past the bit table, for the key's hash h.
func (t *classTable) lookUp(h, lo, hi uint64, n int) wordClass {
	for i := t.slotOf(h); ; i = t.next(i) {
		s := &t.slots[i]
		if s.lo == lo && s.hi == hi && int(s.n) == n {
			return s.cls
		}
		if s.n == 0 {
			return 0
		}
	}
}

// ofASCII returns the lists the lower case of w, an ASCII word, is in.
func (t *classTable) ofASCII(w string) wordClass {
	if len(w) > keyLen {
		if len(w) > t.maxLen {
			return 0
		}
		return t.of(strings.ToLower(w))
	}
	if w == "" {
		return 0
	}
	lo, hi := wordKey(w)
	return t.ofKey(lo|asciiLower(len(w)), hi|asciiLower(len(w)-8), len(w))
}

// asciiLower is the mask that lowers the first n bytes (none when n <= 0,
// eight when n >= 8) of an ASCII word's key word: 0x20 in each. An ASCII
// word's bytes are letters, digits, apostrophes and periods (scanWord),
// and 0x20 is set in all of them but the upper-case letters, so or-ing it
// in lowers exactly those.
func asciiLower(n int) uint64 {
	if n <= 0 {
		return 0
	}
	return lowerBits >> (64 - 8*min(n, 8))
}

// lowerBits has 0x20, the bit that sets an ASCII letter in lower case, in
// every byte.
const lowerBits = 0x2020202020202020

// is reports whether token i's lower-case form is in a list of c; false
// out of range (where word gives "", which no list holds). Only word
// tokens are in lists (tokenize), so a test that a token is in one needs
// no test that it is a word.
func (d *doc) is(i int, c wordClass) bool {
	return uint(i) < uint(len(d.toks)) && d.toks[i].bits&c != 0 // 0 <= i < len, in one test
}
