// Package gazetteer is factline's small built-in lexicon of named things:
// countries (with their demonyms), cities and landmarks (with what contains
// them), organizations, well-known people, and first names with their usual
// gender. An editor's aliases file extends it (see claims.LoadAliases).
package gazetteer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Type is the type of a named thing.
type Type string

// The types of gazetteer entries.
const (
	Person       Type = "person"
	Organization Type = "organization"
	Country      Type = "country"
	Place        Type = "place"
)

// Entry is one named thing.
type Entry struct {
	// Key is the canonical key ("saudi-arabia").
	Key  string
	Type Type
	// Name is the preferred name ("Saudi Arabia").
	Name string
	// Parent is the key of the place that directly contains this one, if
	// any ("saudi-arabia" for Riyadh).
	Parent string
	// Gender is "m" or "f" for people when known.
	Gender string
}

// Gazetteer looks up names. The zero value is empty; New returns the
// built-in lexicon.
type Gazetteer struct {
	byName   map[string]*Entry // folded phrase -> entry
	byKey    map[string]*Entry
	demonyms map[string]string // folded adjective -> country key
	first    map[string]string // folded first name -> gender
	starts   map[string]int    // folded first word of a name -> most words of names it starts
	within   map[string][]string
	maxWords int
}

// New returns a gazetteer holding the built-in lexicon.
func New() *Gazetteer {
	g := &Gazetteer{
		byName:   map[string]*Entry{},
		byKey:    map[string]*Entry{},
		demonyms: map[string]string{},
		first:    map[string]string{},
		starts:   map[string]int{},
	}
	for _, line := range strings.Split(builtin, "\n") {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) < 4 {
			continue
		}
		e := Entry{Key: f[0], Type: Type(f[1]), Name: f[2]}
		if len(f) > 4 {
			e.Parent = f[4]
		}
		if len(f) > 5 {
			e.Gender = f[5]
		}
		var names []string
		if f[3] != "" {
			names = strings.Split(f[3], ";")
		}
		g.Add(e, names...)
	}
	for _, line := range strings.Split(demonymTable, "\n") {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) != 2 {
			continue
		}
		for _, d := range strings.Split(f[1], ";") {
			g.demonyms[Fold(d)] = f[0]
		}
	}
	for gender, list := range map[string]string{"m": maleNames, "f": femaleNames} {
		for _, n := range strings.Fields(list) {
			g.first[Fold(n)] = gender
		}
	}
	g.Index()
	return g
}

// Clone returns a copy of g that can be extended without changing g.
func (g *Gazetteer) Clone() *Gazetteer {
	c := &Gazetteer{
		byName:   make(map[string]*Entry, len(g.byName)),
		byKey:    make(map[string]*Entry, len(g.byKey)),
		demonyms: make(map[string]string, len(g.demonyms)),
		first:    make(map[string]string, len(g.first)),
		starts:   make(map[string]int, len(g.starts)),
		maxWords: g.maxWords,
	}
	for k, v := range g.starts {
		c.starts[k] = v
	}
	for k, v := range g.byKey {
		e := *v
		c.byKey[k] = &e
	}
	for k, v := range g.byName {
		c.byName[k] = c.byKey[v.Key]
	}
	for k, v := range g.demonyms {
		c.demonyms[k] = v
	}
	for k, v := range g.first {
		c.first[k] = v
	}
	return c
}

// Add adds (or updates) an entry known by its Name and the other names
// given. An entry with an existing key keeps that key's other names.
func (g *Gazetteer) Add(e Entry, names ...string) {
	g.within = nil
	if e.Key == "" {
		e.Key = Key(e.Name)
	}
	if e.Key == "" {
		return
	}
	cur, ok := g.byKey[e.Key]
	if ok {
		if e.Name != "" {
			cur.Name = e.Name
		}
		if e.Type != "" {
			cur.Type = e.Type
		}
		if e.Parent != "" {
			cur.Parent = e.Parent
		}
		if e.Gender != "" {
			cur.Gender = e.Gender
		}
	} else {
		cp := e
		cur = &cp
		g.byKey[e.Key] = cur
	}
	for _, n := range append([]string{e.Name}, names...) {
		f := Fold(n)
		if f == "" {
			continue
		}
		g.byName[f] = cur
		w := strings.Count(f, " ") + 1
		if w > g.maxWords {
			g.maxWords = w
		}
		first, _, _ := strings.Cut(f, " ")
		if w > g.starts[first] {
			g.starts[first] = w
		}
	}
}

// AddFirstName records a first name and its usual gender ("m", "f" or "").
func (g *Gazetteer) AddFirstName(name, gender string) { g.first[Fold(name)] = gender }

// Lookup finds the entry for a phrase of words, compared case-insensitively
// with diacritics and periods folded ("U.S." = "us").
func (g *Gazetteer) Lookup(phrase string) (*Entry, bool) {
	e, ok := g.byName[Fold(phrase)]
	return e, ok
}

// LookupFolded is Lookup for a phrase already folded with Fold.
func (g *Gazetteer) LookupFolded(folded string) (*Entry, bool) {
	e, ok := g.byName[folded]
	return e, ok
}

// LookupFoldedBytes is LookupFolded for a name held in a byte slice; it
// does not allocate.
func (g *Gazetteer) LookupFoldedBytes(folded []byte) (*Entry, bool) {
	e, ok := g.byName[string(folded)]
	return e, ok
}

// Get returns the entry with the key.
func (g *Gazetteer) Get(key string) (*Entry, bool) {
	e, ok := g.byKey[key]
	return e, ok
}

// Starts returns the most words of the names whose first word is the
// folded word w, 0 when no name starts with it.
func (g *Gazetteer) Starts(w string) int { return g.starts[w] }

// MaxWords is the number of words of the longest known name.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Demonym returns the country key of an adjective of nationality
// ("Russian" gives "russia").
func (g *Gazetteer) Demonym(word string) (string, bool) {
	k, ok := g.demonyms[Fold(word)]
	return k, ok
}

// DemonymFolded is Demonym for a word already folded with Fold.
func (g *Gazetteer) DemonymFolded(word string) (string, bool) {
	k, ok := g.demonyms[word]
	return k, ok
}

// FirstNameFolded is FirstName for a word already folded with Fold.
func (g *Gazetteer) FirstNameFolded(word string) (gender string, ok bool) {
	gender, ok = g.first[word]
	return gender, ok
}

// FirstName reports whether the word is a known first name, and its usual
// gender ("m", "f", or "" when either).
func (g *Gazetteer) FirstName(word string) (gender string, ok bool) {
	gender, ok = g.first[Fold(word)]
	return gender, ok
}

// Within returns the keys of the places containing key, nearest first.
// The slice is shared: callers must not change it.
func (g *Gazetteer) Within(key string) []string {
	if w, ok := g.within[key]; ok {
		return w
	}
	return g.within0(key)
}

// Index precomputes what Within returns for every entry. New calls it;
// call it again after adding entries. Lookups never write, so a gazetteer
// is safe for concurrent use once built.
func (g *Gazetteer) Index() {
	w := make(map[string][]string, len(g.byKey))
	for k := range g.byKey {
		w[k] = g.within0(k)
	}
	g.within = w
}

func (g *Gazetteer) within0(key string) []string {
	var out []string
	seen := map[string]bool{key: true}
	for {
		e, ok := g.byKey[key]
		if !ok || e.Parent == "" || seen[e.Parent] {
			return out
		}
		out = append(out, e.Parent)
		seen[e.Parent] = true
		key = e.Parent
	}
}

// Keys returns every entry key, sorted.
func (g *Gazetteer) Keys() []string {
	keys := make([]string, 0, len(g.byKey))
	for k := range g.byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Fold lowercases s, removes periods and common diacritics, turns curly
// apostrophes straight and collapses white space, so that "U.S." and "US",
// or "Zelenskyy" in any case, compare equal.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	return foldRunes(s)
}

// foldRunes is Fold for any text, rune by rune.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘':
			r = '\''
		case unicode.IsSpace(r) || r == '-' || r == '–' || r == '—':
			if b.Len() > 0 {
				space = true
			}
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		r = unicode.ToLower(foldRune(r))
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldASCII is Fold for ASCII text, without rune decoding; ok is false
// when s has other bytes. Text Fold would not change is returned as it is.
func foldASCII(s string) (folded string, ok bool) {
	same := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if c >= 'A' && c <= 'Z' || c == '.' || c == '-' || asciiSpace(c) {
			same = false
		}
	}
	if same {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			continue
		case c == '-' || asciiSpace(c):
			if b.Len() > 0 {
				space = true
			}
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// asciiSpace reports whether the ASCII byte c is white space for
// unicode.IsSpace.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Key turns a name into a canonical key: folded, ASCII letters and digits
// joined by hyphens ("Marco Rubio" gives "marco-rubio").
func Key(name string) string {
	var stack [64]byte // most keys fit: one allocation, the string
	b := stack[:0]
	dash := false
	for _, r := range name {
		if r == '\'' || r == '’' || r == '.' {
			continue
		}
		r = unicode.ToLower(foldRune(r))
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, byte(r))
			continue
		}
		dash = true
	}
	return string(b)
}

// foldRune maps a Latin letter with a diacritic to its base letter.
func foldRune(r rune) rune {
	if r < 0xC0 || r > 0x17F {
		return r
	}
	if i := strings.IndexRune(accented, r); i >= 0 {
		return rune(plain[utf8.RuneCountInString(accented[:i])])
	}
	return r
}

const (
	accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćŁłŚśŃńĞğİıŞş"
	plain    = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcLlSsNnGgIiSs"
)
