// Package role recognizes the job titles news text puts before and after
// people's names ("Deputy Foreign Minister", "coast guard spokesman", "CEO")
// and normalizes them so that sources compare: case folded, nationality and
// "former" dropped, synonyms folded ("CEO" = "chief executive").
package role

import "strings"

// heads are words that end a role phrase.
var heads = set(`president minister secretary spokesman spokeswoman spokesperson
ceo cfo coo cto chief executive officer director adviser advisor envoy host chancellor
mayor governor senator ambassador chairman chairwoman chair commander leader king queen
pope general captain official lawyer attorney professor analyst correspondent reporter
editor founder manager head premier lawmaker representative judge inspector
superintendent sheriff counterpart negotiator economist researcher
scientist detective prosecutor diplomat chairperson
vice-president treasurer deputy partner administrator coordinator
commissioner sergeant lieutenant colonel major admiral marshal ceo's
presidents ministers chiefs officials` + occupationWords)

// occupationWords are the trades and walks of life news text gives people
// who hold no office ("Kwame Mensah, a fisherman, said"; "nurse Ama
// Owusu"). Their plurals are left out: a plural role names no one.
const occupationWords = `
nurse doctor firefighter owner
fisherman fisherwoman farmer teacher driver shopkeeper student engineer pilot
resident witness survivor volunteer miner worker vendor trader mechanic
paramedic surgeon physician pharmacist midwife labourer laborer activist
electrician accountant journalist photographer farmworker shopowner
homeowner landlord tenant passenger motorist cyclist pedestrian
`

// occupations are the words of occupationWords.
var occupations = set(occupationWords)

// surnames are occupations that are also common family names ("Paul
// Farmer", "Minnie Driver"): written with a capital inside a name, they
// are part of it.
var surnames = set(`farmer driver miner`)

// modifiers are words that may stand inside a role phrase before its head.
var modifiers = set(`deputy vice foreign prime former acting interim state national
security special presidential senior chief executive financial operating technology
assistant general coast guard police fire white house defense defence interior
finance health economy economic trade justice home affairs of the secretary
then new top lead principal managing regional local district county city federal
state's white-house press communications military army navy air force central bank
labor labour energy environment education transport agriculture culture
intelligence emergency rescue port harbor harbour company's party opposition
government cabinet supreme court high union club team head`)

// drop are words removed when normalizing.
var drop = set(`former then new the a an acting interim`)

// synonyms fold normalized roles.
var synonyms = map[string]string{
	"ceo":                     "chief executive",
	"chief executive officer": "chief executive",
	"cfo":                     "chief financial officer",
	"coo":                     "chief operating officer",
	"cto":                     "chief technology officer",
	"spokeswoman":             "spokesperson",
	"spokesman":               "spokesperson",
	"advisor":                 "adviser",
	"chairwoman":              "chair",
	"chairman":                "chair",
	"chairperson":             "chair",
	"us secretary of state":   "secretary of state",
	"secretary of state":      "secretary of state",
	"head of state":           "head of state",
	"premier":                 "prime minister",
	"pm":                      "prime minister",
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// IsHead reports whether the word (any case) can end a role phrase.
func IsHead(w string) bool { return headsFilter.mayHave(w) && heads[lower(w)] }

// IsOccupation reports whether the word (any case) is a trade rather than
// an office ("fisherman", "nurse"): a head that stands right before a name
// and is not followed by "of" a name ("a resident of Tema").
func IsOccupation(w string) bool { return headsFilter.mayHave(w) && occupations[lower(w)] }

// IsSurname reports whether the word (any case) is a role word that is also
// a common family name, so that a capitalized one inside a name belongs to
// the name ("Paul Farmer").
func IsSurname(w string) bool { return surnamesFilter.mayHave(w) && surnames[lower(w)] }

// IsModifier reports whether the word (any case) can stand inside a role
// phrase before its head.
func IsModifier(w string) bool { return modifiersFilter.mayHave(w) && modifiers[lower(w)] }

// IsWord reports whether w can be part of a role phrase.
func IsWord(w string) bool {
	return roleWordsFilter.mayHave(w) && roleWords[lower(w)]
}

// Words returns, in no order, every lower-case word for which IsWord,
// IsHead, IsModifier, IsOccupation or IsSurname may be true: each of them
// is false for a word already in lower case that is not listed.
func Words() []string {
	out := make([]string, 0, len(roleWords))
	for w := range roleWords { // heads (occupations, surnames) and modifiers
		out = append(out, w)
	}
	return out
}

// filter answers without hashing that most words are not in a set: a bit
// table of the lengths and first and last bytes of its words.
type filter [16]uint64

// newFilter makes the filter of the words of m (in lower case).
func newFilter(m map[string]bool) *filter {
	f := &filter{}
	for w := range m {
		if w != "" {
			b := filterBit(len(w), w[0], w[len(w)-1])
			f[b>>6] |= 1 << (b & 63)
		}
	}
	return f
}

// filterBit is the bit of a word of n bytes from first to last.
func filterBit(n int, first, last byte) uint {
	return (uint(n)*0x9e37 ^ uint(first)*0x3b ^ uint(last)*0x61) & 1023
}

// mayHave reports whether w, in any case, may be in the set; false means
// it is not. Words with bytes beyond ASCII may be: lowering them can
// change their length.
func (f *filter) mayHave(w string) bool {
	if w == "" {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	b := filterBit(len(w), lowerByte(w[0]), lowerByte(w[len(w)-1]))
	return f[b>>6]&(1<<(b&63)) != 0
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

var (
	headsFilter     = newFilter(heads)
	modifiersFilter = newFilter(modifiers)
	roleWordsFilter = newFilter(roleWords)
	surnamesFilter  = newFilter(surnames)
)

// roleWords holds heads and modifiers, for IsWord's one lookup.
var roleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{heads, modifiers} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// lower lower-cases w, without allocating when it already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// Normalize folds a role as given into its comparable form: lower case,
// nationality words (given as isNationality) and "former"/"then" dropped,
// synonyms folded. "Deputy Foreign Minister" gives "deputy foreign
// minister"; "CEO" and "Chief Executive Officer" give "chief executive".
func Normalize(role string, isNationality func(string) bool) string {
	role = strings.ReplaceAll(role, "’", "'")
	role = strings.ReplaceAll(role, "then-", "")
	role = strings.ReplaceAll(role, "-", " ")
	var words []string
	for _, w := range strings.Fields(role) {
		l := strings.ToLower(strings.Trim(w, ".,"))
		if strings.HasSuffix(l, "'s") {
			// A possessive owner ("the company's", "Russia's") is not part
			// of the role.
			words = words[:0]
			continue
		}
		if drop[l] || l == "" {
			continue
		}
		if isNationality != nil && isNationality(w) {
			continue
		}
		words = append(words, l)
	}
	// Drop leading organization words that are not role modifiers (e.g.
	// "Fox News host" gives "host").
	for len(words) > 1 && !heads[words[0]] && !modifiers[words[0]] {
		words = words[1:]
	}
	n := strings.Join(words, " ")
	if s, ok := synonyms[n]; ok {
		return s
	}
	// Fold synonyms of the last words ("company CEO").
	for k, v := range synonyms {
		if strings.HasSuffix(n, " "+k) {
			return strings.TrimSuffix(n, k) + v
		}
	}
	return n
}
