package claims

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/claims/gazetteer"
	"github.com/factline/factline/claims/role"
	"github.com/factline/factline/timeline/timex"
)

var builtinGazetteer = gazetteer.New()

// Extract extracts the claims of all articles and links people, places and
// organizations across them. It never panics; an article it cannot read
// gives no claims.
func Extract(articles []*article.Article, opts *Options) *Set {
	g := builtinGazetteer
	if opts != nil && opts.Aliases != nil {
		g = g.Clone()
		opts.Aliases.apply(g)
		g.Index()
	}
	set := &Set{Articles: articles, Timexes: make(map[string][]timex.Expr, len(articles)), Claims: []Claim{}, Entities: []Entity{}}
	docs := make([]*doc, 0, len(articles))
	roleNorms := map[string]string{}
	gazWords := map[string]*gazWord{}
	sc := &scratch{}
	for _, a := range articles {
		if a == nil {
			continue
		}
		d := newDoc(a, g, roleNorms, gazWords, sc)
		docs = append(docs, d)
		set.Timexes[a.ID] = d.timexes
	}
	l := link(docs, g)
	// Documents in output order; each one's claims are then made in a
	// reused list and copied once, in order, into the run's list.
	sort.SliceStable(docs, func(i, j int) bool {
		if docs[i].a.Path != docs[j].a.Path {
			return docs[i].a.Path < docs[j].a.Path
		}
		return docs[i].a.ID < docs[j].a.ID
	})
	toks, most := 0, 0
	for _, d := range docs {
		toks += len(d.toks)
		most = max(most, len(d.toks))
	}
	set.Claims = make([]Claim, 0, toks/11+4) // fixtures: one claim per 11 to 15 tokens
	// The documents' claims are made in one reused list, made at the
	// same estimate for the largest document: grown by append from
	// nothing, a long article's claims were allocated about five times
	// over.
	claimBuf := make([]Claim, 0, most/11+4)
	var idBuf []byte
	var idEnds []int
	var sorter claimSorter
	// Where each document's claims end in the run's list, for
	// summarizeAll.
	docEnds := make([]int, 0, len(docs))
	ents := seenEntities{}
	for di, d := range docs {
		d.claims = claimBuf[:0]
		d.subjects = sc.subjects[:0]
		d.scratch = sc
		d.runRoles = l.roles
		d.indexMentions()
		d.findSubjects()
		d.quoteClaims()
		d.quantityClaims()
		d.eventClaims()
		d.personClaims(l)
		d.placeClaims()
		// The document's claim IDs are written into one string and
		// sliced from it: one allocation per document, not per claim.
		order := sorter.orderOf(d.claims)
		var counts [5]int
		idBuf, idEnds = idBuf[:0], idEnds[:0]
		for _, i := range order {
			kind := d.claims[i].Kind
			k := kindRank(kind)
			counts[k]++
			idBuf = append(idBuf, d.a.ID...)
			idBuf = append(idBuf, '/')
			idBuf = append(idBuf, string(kind)...)
			idBuf = append(idBuf, '/')
			idBuf = strconv.AppendInt(idBuf, int64(counts[k]), 10)
			idEnds = append(idEnds, len(idBuf))
		}
		ids := string(idBuf)
		prev := 0
		for n, i := range order {
			set.Claims = append(set.Claims, d.claims[i])
			c := &set.Claims[len(set.Claims)-1]
			c.ID = ids[prev:idEnds[n]]
			prev = idEnds[n]
			d.locate(&c.Evidence)
		}
		docEnds = append(docEnds, len(set.Claims))
		claimBuf, sc.subjects = d.claims, d.subjects // reused by the next document
		// The document is done with once its entities are seen: let it
		// go, with its tokens and mentions.
		ents.addMentions(d)
		docs[di] = nil
	}
	set.Entities = l.entities(ents)
	names := map[string]string{}
	for _, e := range set.Entities {
		names[e.Key] = e.Name
	}
	summarizeAll(set.Claims, docEnds, names)
	return set
}

// summarizeAll sets the summary of every event claim: ends says where
// each document's claims end in claims, which Extract knows (no compare
// of article IDs to find them). The summaries of one document's claims
// are written into a reused buffer and made one string, sliced: one
// allocation per document, not per event.
func summarizeAll(claims []Claim, ends []int, names map[string]string) {
	shorts := map[string]string{}
	var buf []byte
	var cuts []int
	start := 0
	for _, end := range ends {
		doc := claims[start:end]
		start = end
		buf, cuts = buf[:0], cuts[:0]
		for i := range doc {
			if ev := doc[i].Event; ev != nil {
				buf = appendSummary(buf, ev, names, shorts)
				cuts = append(cuts, len(buf))
			}
		}
		if len(cuts) == 0 {
			continue
		}
		all := string(buf)
		n, prev := 0, 0
		for i := range doc {
			if ev := doc[i].Event; ev != nil {
				ev.Summary = all[prev:cuts[n]]
				prev = cuts[n]
				n++
			}
		}
	}
}

// kindRank is where claims of a kind come among those at one position:
// events, quantities, quotes, people, places.
func kindRank(k Kind) int {
	switch k {
	case KindQuantity:
		return 1
	case KindQuote:
		return 2
	case KindPerson:
		return 3
	case KindPlace:
		return 4
	}
	return 0 // KindEvent
}

// claimKey is what claimSorter sorts a claim by.
type claimKey struct {
	pos uint64 // the body start, then the kind's rank: start<<3 | kindRank
	end int    // the body end
	i   int    // the index among the document's claims
}

// claimSorter orders the claims of one document after the other; its
// lists are reused.
type claimSorter struct {
	keys, tmp []claimKey
	runs      []int // where runs of ordered keys start, then len(keys)
	order     []int
}

// orderOf returns the order of claims by body position, then kind, then
// end and value, as indexes, so that the large claims are copied once,
// into the run's list. The list is the sorter's, valid until the next
// call.
//
// The extractors add a document's claims kind by kind, each kind mostly
// in text order: the keys are a few ordered runs, merged pairwise (a
// natural merge sort) in n·log2(runs) steps instead of a general sort's
// n·log2(n).
func (s *claimSorter) orderOf(cs []Claim) []int {
	keys := slices.Grow(s.keys[:0], len(cs)) // one growth at most, not many
	for i := range cs {
		keys = append(keys, claimKey{uint64(cs[i].Evidence.BodyStart)<<3 | uint64(kindRank(cs[i].Kind)), cs[i].Evidence.BodyEnd, i})
	}
	s.keys = keys
	// A total order (the index breaks ties), so any sort gives it.
	less := func(a, b *claimKey) bool {
		if a.pos != b.pos {
			return a.pos < b.pos
		}
		if a.end != b.end {
			return a.end < b.end
		}
		if c := strings.Compare(cs[a.i].Value, cs[b.i].Value); c != 0 {
			return c < 0
		}
		return a.i < b.i
	}
	runs := append(s.runs[:0], 0)
	for j := 1; j < len(keys); j++ {
		if less(&keys[j], &keys[j-1]) {
			runs = append(runs, j)
		}
	}
	runs = append(runs, len(keys))
	src := keys
	if len(runs) > 2 {
		s.tmp = grown(s.tmp, len(keys))
		dst := s.tmp
		for len(runs) > 2 {
			// Merge runs 0 and 1, 2 and 3, ... (a last odd one is
			// copied); runs[:w] are then the merged runs' bounds. Each
			// step reads its bounds before it writes runs[w], w <= r.
			w := 1
			for r := 0; r < len(runs)-1; r += 2 {
				lo, mid, hi := runs[r], runs[r+1], runs[r+1]
				if r+2 < len(runs) {
					hi = runs[r+2]
				}
				a, b, out := src[lo:mid], src[mid:hi], dst[lo:hi]
				i, j := 0, 0
				for k := range out {
					if j == len(b) || i < len(a) && !less(&b[j], &a[i]) {
						out[k] = a[i]
						i++
					} else {
						out[k] = b[j]
						j++
					}
				}
				runs[w] = hi
				w++
			}
			runs = runs[:w]
			src, dst = dst, src
		}
	}
	s.runs = runs
	order := slices.Grow(s.order[:0], len(src))
	for k := range src {
		order = append(order, src[k].i)
	}
	s.order = order
	return order
}

// linker holds what is known about people across all the articles.
type linker struct {
	g      *gazetteer.Gazetteer
	canon  map[string]string          // tentative key -> canonical key
	gender map[string]string          // canonical key -> gender
	names  map[string]map[string]int  // canonical key -> full names seen
	roles  map[string]string          // normalized role -> the one person holding it
	bySur  map[string]map[string]bool // folded surname -> canonical keys
	gazSur map[string]string          // folded surname -> gazetteer person
}

// link resolves every mention of every document to a canonical key: full
// names by spelling variants, surnames by the full names of the same
// article (else the run), roles by the person holding them.
func link(docs []*doc, g *gazetteer.Gazetteer) *linker {
	l := &linker{g: g, canon: map[string]string{}, gender: map[string]string{}, names: map[string]map[string]int{},
		roles: map[string]string{}, bySur: map[string]map[string]bool{}, gazSur: map[string]string{}}
	for _, k := range g.Keys() {
		e, _ := g.Get(k)
		if e.Type == gazetteer.Person {
			f := strings.Fields(e.Name)
			if len(f) > 0 {
				l.gazSur[gazetteer.Fold(f[len(f)-1])] = k
			}
			if e.Gender != "" {
				l.gender[k] = e.Gender
			}
		}
	}
	// Full names, tentative keys.
	type tent struct {
		key, first, sur string
		count           int
		gaz             bool
		spell           map[string]int
	}
	tents := map[string]*tent{}
	// Names repeat across mentions and documents: each is keyed once.
	nameKeys := map[string]string{}
	keyOf := func(name string) string {
		k, ok := nameKeys[name]
		if !ok {
			k = gazetteer.Key(name)
			nameKeys[name] = k
		}
		return k
	}
	for _, d := range docs {
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.typ != mPerson || !m.full {
				continue
			}
			m.name = cleanName(m.name)
			tk := ""
			if m.inGaz {
				tk = m.key // still the gazetteer key
			}
			if tk == "" {
				tk = keyOf(m.name)
			}
			m.key = tk
			t := tents[tk]
			if t == nil {
				f := strings.Fields(m.name)
				t = &tent{key: tk, first: gazetteer.Fold(f[0]), sur: gazetteer.Fold(f[len(f)-1]), gaz: m.inGaz, spell: map[string]int{}}
				if m.inGaz {
					e, _ := g.Get(tk)
					ff := strings.Fields(e.Name)
					t.first, t.sur = gazetteer.Fold(ff[0]), gazetteer.Fold(ff[len(ff)-1])
				}
				tents[tk] = t
			}
			t.count++
			t.spell[m.name]++
			if m.gender != "" && l.gender[tk] == "" {
				l.gender[tk] = m.gender
			}
		}
	}
	// Cluster spelling variants that share a surname.
	keys := make([]string, 0, len(tents))
	for k := range tents {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		for parent[k] != "" && parent[k] != k {
			k = parent[k]
		}
		return k
	}
	for i, a := range keys {
		for _, b := range keys[i+1:] {
			ta, tb := tents[a], tents[b]
			if (ta.sur == tb.sur || similarName(ta.sur, tb.sur) && ta.first == tb.first) && compatibleFirst(ta.first, tb.first) {
				ra, rb := find(a), find(b)
				if ra != rb {
					parent[rb] = ra
				}
			}
		}
	}
	clusters := map[string][]string{}
	for _, k := range keys {
		r := find(k)
		clusters[r] = append(clusters[r], k)
	}
	for _, members := range clusters {
		best := ""
		for _, k := range members {
			t := tents[k]
			switch {
			case best == "":
				best = k
			case t.gaz && !tents[best].gaz:
				best = k
			case t.gaz == tents[best].gaz && t.count > tents[best].count:
				best = k
			case t.gaz == tents[best].gaz && t.count == tents[best].count && k < best:
				best = k
			}
		}
		for _, k := range members {
			l.canon[k] = best
			if l.gender[best] == "" && l.gender[k] != "" {
				l.gender[best] = l.gender[k]
			}
			if l.names[best] == nil {
				l.names[best] = map[string]int{}
			}
			for s, n := range tents[k].spell {
				l.names[best][s] += n
			}
			sur := tents[k].sur
			if l.bySur[sur] == nil {
				l.bySur[sur] = map[string]bool{}
			}
			l.bySur[sur][best] = true
		}
	}
	// Resolve every person mention.
	roleHolders := map[string]map[string]bool{}
	// What the run knows of a name by itself, found once per name (names
	// repeat): its fold, and the key of the run's one full name with that
	// surname, else of the gazetteer's person with it.
	type nameFacts struct{ fold, runKey string }
	facts := map[string]nameFacts{}
	local := map[string]string{} // the document's full names by folded surname
	for _, d := range docs {
		clear(local)
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.typ == mPerson && m.full {
				tk := m.key // the tentative key the loop above set
				m.key = l.canon[tk]
				local[tents[tk].sur] = m.key
			}
		}
		for i := range d.mentions {
			m := &d.mentions[i]
			switch {
			case m.typ == mPerson && m.full:
			case m.typ == mPerson && m.inGaz:
			case m.typ == mPerson || m.typ == mUnknown:
				nf, ok := facts[m.name]
				if !ok {
					nf.fold = gazetteer.Fold(m.name)
					if len(l.bySur[nf.fold]) == 1 {
						for k := range l.bySur[nf.fold] {
							nf.runKey = k
						}
					}
					if nf.runKey == "" {
						nf.runKey = l.gazSur[nf.fold]
					}
					facts[m.name] = nf
				}
				key := local[nf.fold]
				if key == "" {
					key = nf.runKey
				}
				if key == "" && m.typ == mPerson {
					key = keyOf(m.name)
				}
				if key != "" {
					m.typ, m.key = mPerson, key
				}
			case m.typ == mOrg && m.key == "":
				m.key = keyOf(m.name)
			}
			if m.typ == mPerson {
				if m.gender == "" {
					m.gender = l.gender[m.key]
				}
				if m.roleNorm != "" {
					if roleHolders[m.roleNorm] == nil {
						roleHolders[m.roleNorm] = map[string]bool{}
					}
					roleHolders[m.roleNorm][m.key] = true
				}
			}
		}
	}
	for r, holders := range roleHolders {
		if len(holders) == 1 {
			for k := range holders {
				l.roles[r] = k
			}
		}
	}
	// Role-only mentions: the article's holder of the role, else the run's.
	for _, d := range docs {
		var holders map[string]string // normalized role -> first holder in the article
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.typ != mRoleOnly {
				continue
			}
			if holders == nil {
				holders = map[string]string{}
				for j := range d.mentions {
					o := &d.mentions[j]
					if o.typ == mPerson && o.roleNorm != "" && o.key != "" && holders[o.roleNorm] == "" {
						holders[o.roleNorm] = o.key
					}
				}
			}
			key := holders[m.roleNorm]
			if key == "" {
				key = l.roles[m.roleNorm]
			}
			m.key = key
			m.gender = l.gender[key]
		}
	}
	return l
}

// cleanName trims a possessive and punctuation from a name.
func cleanName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	return strings.TrimSpace(s)
}

// nicknames pair short and long forms of first names.
var nicknames = map[string]string{
	"joe": "joseph", "mike": "michael", "steve": "steven", "bill": "william", "bob": "robert",
	"rob": "robert", "tom": "thomas", "jim": "james", "dave": "david", "dan": "daniel",
	"chris": "christopher", "alex": "alexander", "nick": "nicholas", "tony": "anthony",
	"liz": "elizabeth", "kate": "katherine", "pete": "peter", "sam": "samuel", "ben": "benjamin",
	"matt": "matthew", "tim": "timothy", "ed": "edward", "greg": "gregory", "jeff": "jeffrey",
}

// compatibleFirst reports whether two first names may be the same
// person's: equal, spelling variants ("sergei", "sergey"), nicknames
// ("joe", "joseph") or an initial.
func compatibleFirst(a, b string) bool {
	if a == b {
		return true
	}
	if nicknames[a] == b || nicknames[b] == a {
		return true
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	return similarName(a, b)
}

// similarName reports whether two names are spelling variants: the same
// first letter and at most one edit apart (two for long names).
func similarName(a, b string) bool {
	if a == "" || b == "" || a[0] != b[0] {
		return false
	}
	limit := 1
	if len(a) >= 8 && len(b) >= 8 {
		limit = 2
	}
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	return EditDistance(a, b) <= limit
}

// findSubjects lists the people in subject position, for pronouns: the
// first named person of each sentence not governed by a preposition.
func (d *doc) findSubjects() {
	last := int32(-1)
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.sent == last || m.inQuote || m.inRole || m.prep || m.key == "" {
			continue
		}
		if m.typ == mPerson || m.typ == mRoleOnly {
			d.subjects = append(d.subjects, i)
			last = m.sent
		}
	}
}

// personClaims turns person mentions into claims.
func (d *doc) personClaims(l *linker) {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != mPerson && m.typ != mRoleOnly {
			continue
		}
		t0, t1 := m.t0, m.t1
		if m.typ == mPerson && m.r0 < m.r1 {
			t0, t1 = min(t0, int(m.r0)), max(t1, int(m.r1))
		}
		p := d.sc().persons.new()
		*p = Person{Key: m.key, Role: d.roleText(m), RoleNormalized: m.roleNorm}
		if m.typ == mPerson {
			p.Name = cleanName(m.name)
			if spell := l.names[m.key]; len(spell) > 1 {
				n := len(spell) // made at its size: appending allocated it up to four times
				if spell[p.Name] > 0 {
					n--
				}
				p.Variants = make([]string, 0, n)
				for s := range spell {
					if s != p.Name {
						p.Variants = append(p.Variants, s)
					}
				}
				sort.Strings(p.Variants)
			}
		}
		d.claims = append(d.claims, Claim{
			Kind:     KindPerson,
			Evidence: d.evidence(int(d.toks[t0].start), int(d.toks[t1-1].end)),
			Value:    m.roleNorm,
			Person:   p,
		})
	}
}

// placeClaims turns mentions of cities, landmarks, and countries named as
// places ("in Saudi Arabia") into claims.
func (d *doc) placeClaims() {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.inRole || m.key == "" || m.typ != mPlace && m.typ != mCountry {
			continue
		}
		p := d.word(m.t0 - 1)
		if p == "the" {
			p = d.word(m.t0 - 2)
		}
		if m.typ != mPlace && !(m.typ == mCountry && (p == "in" || p == "to" || p == "at" || p == "from" || p == "outside" || p == "near")) {
			continue
		}
		pl := d.sc().places.new()
		*pl = Place{Key: m.key, Name: m.name, Within: d.g.Within(m.key)}
		d.claims = append(d.claims, Claim{
			Kind:     KindPlace,
			Evidence: d.evidence(int(d.toks[m.t0].start), int(d.toks[m.t1-1].end)),
			Value:    m.key,
			Place:    pl,
		})
	}
}

// seenEntity is the type an entity was first seen with and the names it
// was seen under.
type seenEntity struct {
	typ string
	// names are the names seen while they are few (most entities have one
	// to three): a look along them costs less than a map's hashing. Past
	// manyNames they move to set, which holds them all from then on.
	names []string
	set   map[string]bool
}

// manyNames is how many names a seenEntity keeps in its list.
const manyNames = 16

// addName records that the entity was named name.
func (e *seenEntity) addName(name string) {
	if e.set != nil {
		e.set[name] = true
		return
	}
	if slices.Contains(e.names, name) {
		return
	}
	if len(e.names) < manyNames {
		e.names = append(e.names, name)
		return
	}
	e.set = make(map[string]bool, 2*manyNames)
	for _, n := range e.names {
		e.set[n] = true
	}
	e.set[name] = true
	e.names = nil
}

// nameList returns the names the entity was seen under, in no order:
// its own list, which the entity no longer needs once listed.
func (e *seenEntity) nameList() []string {
	if e.set == nil {
		return e.names
	}
	out := make([]string, 0, len(e.set))
	for n := range e.set {
		out = append(out, n)
	}
	return out
}

// seenEntities collects the entities the mentions of documents name, by
// key; entities lists them.
type seenEntities map[string]*seenEntity

// addMentions adds the entities d's mentions name. Documents are added in
// output order, once their claims are made, so that their mentions can go
// at once: the first type seen of a key is its type.
func (ents seenEntities) addMentions(d *doc) {
	for i := range d.mentions {
		m := &d.mentions[i]
		switch m.typ {
		case mPerson:
			ents.add(m.key, "person", cleanName(m.name))
		case mOrg:
			ents.add(m.key, "organization", m.name)
		case mCountry:
			ents.add(m.key, "country", m.name)
		case mDemonym:
			ents.add(m.key, "country", "")
		case mPlace:
			ents.add(m.key, "place", m.name)
		}
	}
}

// add records that the entity key of type typ was named name ("" for no
// name). An empty key is no entity.
func (ents seenEntities) add(key, typ, name string) {
	if key == "" {
		return
	}
	e := ents[key]
	if e == nil {
		e = &seenEntity{typ: typ}
		ents[key] = e
	}
	if name != "" {
		e.addName(name)
	}
}

// entities lists every person, organization, country and place the
// articles name (ents, collected from their mentions), with all the names
// seen for each.
func (l *linker) entities(ents seenEntities) []Entity {
	out := make([]Entity, 0, len(ents))
	for k, e := range ents {
		en := Entity{Key: k, Type: e.typ, Names: e.nameList()}
		if en.Names == nil {
			en.Names = []string{} // the JSON of no names is [], not null
		}
		sort.Strings(en.Names)
		if ge, ok := l.g.Get(k); ok {
			en.Name = ge.Name
		}
		if en.Name == "" {
			for _, n := range en.Names {
				if len(n) > len(en.Name) || len(n) == len(en.Name) && l.names[k][n] > l.names[k][en.Name] {
					en.Name = n
				}
			}
		}
		if en.Name == "" {
			en.Name = k
		}
		if e.typ == "person" && len(l.names[k]) > 0 {
			// The most used full spelling.
			best := ""
			for n, c := range l.names[k] {
				if best == "" || c > l.names[k][best] || c == l.names[k][best] && n < best {
					best = n
				}
			}
			if _, ok := l.g.Get(k); !ok {
				en.Name = best
			}
		}
		out = append(out, en)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// normalizeRoleText normalizes a role phrase of the document, once per
// run and phrase.
func normalizeRoleText(s string, d *doc) string {
	if n, ok := d.roleNorms[s]; ok {
		return n
	}
	n := role.Normalize(s, d.isNationality)
	if d.roleNorms != nil {
		d.roleNorms[s] = n
	}
	return n
}

// SameEvent reports whether two events, usually from different articles,
// are the same real event: same trigger class, the same realis (what
// happened, what may happen, what was denied), the same negation,
// compatible places, and overlapping participants or place. Time is
// deliberately not compared, so that a date disagreement between sources
// can be found.
func SameEvent(a, b *Event) bool {
	if a == nil || b == nil {
		return false
	}
	if a.Class != b.Class || realis(a.Modality) != realis(b.Modality) || a.Negated != b.Negated {
		return false
	}
	placeMatch := false
	if a.Place != "" && b.Place != "" {
		if !placesCompatible(a, b) {
			return false
		}
		placeMatch = true
	}
	if overlaps(a.Participants, b.Participants) {
		return true
	}
	if placeMatch {
		// Same place; participants must not name different sides entirely
		// when both give people.
		return !(hasPeople(a.Participants) && hasPeople(b.Participants))
	}
	// Nobody takes part and no place is named: the same thing must happen
	// to the same theme ("Shares fell").
	if len(a.Participants) == 0 && len(b.Participants) == 0 && a.Place == "" && b.Place == "" && a.Theme != "" && a.Theme == b.Theme {
		return true
	}
	// A story has one capsizing, one landfall, one closure: a report that
	// names no one and nowhere is the same as one that does.
	return storyEvents[a.Class] && (anonymous(a) || anonymous(b))
}

// storyEvents are classes of events a story usually has only one of.
var storyEvents = map[string]bool{
	"capsize": true, "landfall": true, "earthquake": true, "closure": true, "reopening": true,
	"inspection": true, "hearing": true, "invasion": true, "election": true, "fall": true, "rise": true,
}

// anonymous reports whether an event names no participant and no place.
func anonymous(e *Event) bool { return len(e.Participants) == 0 && e.Place == "" }

func placesCompatible(a, b *Event) bool {
	if a.Place == b.Place {
		return true
	}
	for _, w := range a.PlaceWithin {
		if w == b.Place {
			return true
		}
	}
	for _, w := range b.PlaceWithin {
		if w == a.Place {
			return true
		}
	}
	return false
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// hasPeople reports whether keys name a person (keys of people have a
// hyphen between first and last name; countries and places may too, so
// this is a hint only).
func hasPeople(keys []string) bool {
	for _, k := range keys {
		if _, ok := builtinGazetteer.Get(k); !ok && strings.Contains(k, "-") {
			return true
		}
		if e, ok := builtinGazetteer.Get(k); ok && e.Type == gazetteer.Person {
			return true
		}
	}
	return false
}

// appendSummary appends to b a description of an event in a few words.
// shorts caches the short names of keys (they depend only on names).
func appendSummary(b []byte, ev *Event, names, shorts map[string]string) []byte {
	if ev.Negated {
		b = append(b, "no "...)
	}
	who := len(b)
	for i, p := range ev.Participants {
		if i > 0 {
			b = append(b, "–"...)
		}
		s, ok := shorts[p]
		if !ok {
			s = shortName(p, names)
			shorts[p] = s
		}
		b = append(b, s...)
	}
	if len(b) > who {
		b = append(b, ' ')
	}
	if ev.Class == "capsize" {
		b = append(b, "capsizing"...)
	} else {
		b = append(b, ev.Class...)
	}
	if ev.Place != "" {
		if ev.Class == "visit" {
			b = append(b, " to "...)
		} else {
			b = append(b, " in "...)
		}
		b = append(b, names[ev.Place]...)
		if names[ev.Place] == "" {
			b = append(b, ev.Place...)
		}
	}
	switch ev.Modality {
	case Denied:
		b = append(b, " (denied)"...)
	case Expected, Planned, Possible:
		b = append(b, " ("...)
		b = append(b, ev.Modality...)
		b = append(b, ')')
	}
	return b
}

// shortName is how a summary names the entity with key k: a person by
// surname, anything else by its name.
func shortName(k string, names map[string]string) string {
	n := names[k]
	if n == "" {
		n = k
	}
	if e, ok := builtinGazetteer.Get(k); ok && e.Type != gazetteer.Person {
		return n
	}
	if f := strings.Fields(n); len(f) > 1 && strings.Contains(k, "-") {
		if _, ok := builtinGazetteer.Get(k); ok || !strings.ContainsAny(n, "0123456789") {
			return f[len(f)-1]
		}
	}
	return n
}
