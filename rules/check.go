package rules

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/expr-lang/expr"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/timeline"
	"github.com/factline/factline/timeline/timex"
)

// Check runs rules over the claims of set and returns their findings,
// sorted for stable output.
func Check(rules []*Rule, set *claims.Set) []Finding {
	if set == nil {
		return nil
	}
	c := newChecker(set)
	var out []Finding
	for _, r := range rules {
		if r == nil {
			continue
		}
		out = append(out, c.run(r)...)
	}
	SortFindings(out)
	return out
}

// SortFindings sorts findings by their primary claim's path, line and
// column, then rule and message.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := primary(fs[i]), primary(fs[j])
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if fs[i].Rule != fs[j].Rule {
			return fs[i].Rule < fs[j].Rule
		}
		return fs[i].Message < fs[j].Message
	})
}

func primary(f Finding) claims.Evidence {
	if len(f.Claims) == 0 {
		return claims.Evidence{}
	}
	return f.Claims[0].Evidence
}

// checker holds a set's claims indexed for the rules.
type checker struct {
	set      *claims.Set
	articles map[string]*article.Article
	byKind   map[claims.Kind][]*claims.Claim
	entities map[string]string // key → name, built on first use
	// occasions caches each claim's sentence time (see occasion).
	occasions map[string]*timex.Expr // by claim ID
	// env is reused for every `when`, to spare an allocation per claim.
	env whenEnv
	// groups are the event claims grouped into real-world events (see
	// eventGroups).
	groups [][]*claims.Claim
	// bySentence holds event claims by article and sentence.
	bySentence map[[2]string][]*claims.Claim
}

func newChecker(set *claims.Set) *checker {
	c := &checker{set: set, articles: map[string]*article.Article{}, byKind: map[claims.Kind][]*claims.Claim{}}
	for _, a := range set.Articles {
		if a != nil {
			c.articles[a.ID] = a
		}
	}
	for i := range set.Claims {
		cl := &set.Claims[i]
		c.byKind[cl.Kind] = append(c.byKind[cl.Kind], cl)
	}
	return c
}

// entityName returns the preferred name of the entity with key, or "".
func (c *checker) entityName(key string) string {
	if c.entities == nil {
		c.entities = map[string]string{}
		for _, e := range c.set.Entities {
			c.entities[e.Key] = e.Name
		}
	}
	return c.entities[key]
}

func (c *checker) run(r *Rule) []Finding {
	switch r.Kind {
	case "dates-agree":
		return c.datesAgree(r)
	case "numbers-agree":
		return c.numbersAgree(r)
	case "quotes-verbatim":
		return c.quotesVerbatim(r)
	case "quotes-attributed":
		return c.quotesAttributed(r)
	case "titles-agree":
		return c.titlesAgree(r)
	case "weekday-matches-date":
		return c.weekdays(r)
	case "spelling-consistent":
		return c.spelling(r)
	case "corroborated":
		return c.corroborated(r)
	}
	return nil
}

// matches reports whether claim cl passes the rule's `when`. A condition
// that fails at run time (say, an index out of range) does not match.
func (c *checker) matches(r *Rule, cl *claims.Claim) bool {
	if r.program == nil {
		return true
	}
	c.env = newEnv(cl, c.articles[cl.Evidence.Article])
	v, err := expr.Run(r.program, &c.env)
	if err != nil {
		return false
	}
	b, _ := v.(bool)
	return b
}

// selected returns the claims of kind k that pass the rule's `when`.
func (c *checker) selected(r *Rule, k claims.Kind) []*claims.Claim {
	var out []*claims.Claim
	for _, cl := range c.byKind[k] {
		if c.matches(r, cl) {
			out = append(out, cl)
		}
	}
	return out
}

// bucket is claims that share one normalized value.
type bucket struct {
	key    string
	claims []*claims.Claim
	// articles is the number of distinct articles among claims.
	articles int
}

// bucketize groups claims by key, keeping first-seen order, and counts
// each bucket's articles.
func bucketize(cls []*claims.Claim, key func(*claims.Claim) string) []*bucket {
	idx := map[string]*bucket{}
	var out []*bucket
	for _, cl := range cls {
		k := key(cl)
		b := idx[k]
		if b == nil {
			b = &bucket{key: k}
			idx[k] = b
			out = append(out, b)
		}
		b.claims = append(b.claims, cl)
	}
	for _, b := range out {
		seen := map[string]bool{}
		for _, cl := range b.claims {
			seen[cl.Evidence.Article] = true
		}
		b.articles = len(seen)
	}
	// Best supported first; ties keep first-seen order.
	sort.SliceStable(out, func(i, j int) bool { return out[i].articles > out[j].articles })
	return out
}

// crossArticle reports whether two buckets hold claims of at least two
// different articles between them.
func crossArticle(a, b *bucket) bool {
	first := a.claims[0].Evidence.Article
	for _, bs := range [][]*claims.Claim{a.claims, b.claims} {
		for _, cl := range bs {
			if cl.Evidence.Article != first {
				return true
			}
		}
	}
	return false
}

// groupBy groups claims by key in first-seen order, dropping empty keys.
func groupBy(cls []*claims.Claim, key func(*claims.Claim) string) [][]*claims.Claim {
	idx := map[string]int{}
	var out [][]*claims.Claim
	for _, cl := range cls {
		k := key(cl)
		if k == "" {
			continue
		}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], cl)
	}
	return out
}

// order returns the less supported of two buckets first; on a tie, the
// first, whose article sorts first.
func order(a, b *bucket) (minority, majority *bucket) {
	if b.articles < a.articles {
		return b, a
	}
	return a, b
}

// eachConflict finds, for every bucket but the best supported, the first
// better supported bucket it conflicts with (across articles), and reports
// the pair, the less supported first (see order). One finding per
// dissenting value, never one per pair of values: k values cost at most
// k² comparisons and give at most k-1 findings.
//
// A value only counts as dissent when some article gives it without also
// giving the other: an article that reports 2,500 jobs at one plant and
// 4,000 in all is talking about two things, not disagreeing with itself.
func eachConflict(bs []*bucket, conflicts func(a, b *bucket) bool, report func(minority, majority *bucket)) {
	for j := 1; j < len(bs); j++ {
		for i := 0; i < j; i++ {
			mi, ma := order(bs[i], bs[j])
			if crossArticle(bs[i], bs[j]) && conflicts(bs[i], bs[j]) && dissents(mi, ma) {
				report(mi, ma)
				break
			}
		}
	}
}

// dissents reports whether some article of a is not among b's articles.
func dissents(a, b *bucket) bool {
	in := map[string]bool{}
	for _, cl := range b.claims {
		in[cl.Evidence.Article] = true
	}
	for _, cl := range a.claims {
		if !in[cl.Evidence.Article] {
			return true
		}
	}
	return false
}

// conflict builds the finding for a minority bucket against the bucket it
// conflicts with: the minority's claims first (the first is primary).
func (c *checker) conflict(r *Rule, minority, majority *bucket, value func(*claims.Claim) string, vars map[string]string) Finding {
	var cls []claims.Claim
	omitted := 0
	for _, b := range []*bucket{minority, majority} {
		for i, cl := range b.claims {
			if i == maxClaimsPerSide {
				omitted += len(b.claims) - i
				break
			}
			cc := *cl
			if value != nil {
				cc.Value = value(cl)
			}
			cls = append(cls, cc)
		}
	}
	other := cls[min(len(minority.claims), maxClaimsPerSide)]
	f := c.finding(r, cls, &other, vars)
	f.Omitted = omitted
	return f
}

// maxClaimsPerSide caps the claims a finding lists for each side of a
// disagreement; Finding.Omitted counts the rest. A story of thousands of
// articles that agree needs no list of thousands.
const maxClaimsPerSide = 50

// finding renders the rule's message for claims (the first is primary;
// other, if not nil, fills {other.*}).
func (c *checker) finding(r *Rule, cls []claims.Claim, other *claims.Claim, vars map[string]string) Finding {
	v := map[string]string{"rule": r.ID, "min-sources": strconv.Itoa(r.MinSources)}
	c.claimVars(v, "claim", &cls[0])
	if other != nil {
		c.claimVars(v, "other", other)
	}
	for k, s := range vars {
		v[k] = s
	}
	return Finding{Rule: r.ID, Severity: r.Severity, Kind: r.Kind, Message: render(r.Message, v), Claims: cls}
}

func (c *checker) claimVars(v map[string]string, prefix string, cl *claims.Claim) {
	e := cl.Evidence
	v[prefix+".value"] = cl.Value
	v[prefix+".article"] = e.Article
	v[prefix+".path"] = e.Path
	v[prefix+".line"] = strconv.Itoa(e.Line)
	v[prefix+".column"] = strconv.Itoa(e.Column)
	v[prefix+".text"] = e.Text
	v[prefix+".sentence"] = e.Sentence
	if a := c.articles[e.Article]; a != nil {
		v[prefix+".outlet"] = a.Outlet
	}
	if v[prefix+".outlet"] == "" {
		v[prefix+".outlet"] = e.Article
	}
}

// render fills a message's placeholders; unknown ones (prevented at load)
// are left as written.
func render(msg string, v map[string]string) string {
	return placeholderRE.ReplaceAllStringFunc(msg, func(m string) string {
		if s, ok := v[m[1:len(m)-1]]; ok {
			return s
		}
		return m
	})
}

// ---- dates-agree ----

// openMods are TIMEX3 mods whose interval is only one end of the truth.
var openMods = map[string]bool{"BEFORE": true, "AFTER": true, "ON_OR_BEFORE": true, "ON_OR_AFTER": true,
	"LESS_THAN": true, "MORE_THAN": true, "EQUAL_OR_LESS": true, "EQUAL_OR_MORE": true}

func modalityGroup(m claims.Modality) string {
	switch m {
	case claims.Happened, "":
		return "happened"
	case claims.Denied:
		return "denied"
	}
	return "future"
}

func (c *checker) datesAgree(r *Rule) []Finding {
	selected := map[*claims.Claim]bool{}
	for _, cl := range c.selected(r, claims.KindEvent) {
		selected[cl] = true
	}
	value := func(cl *claims.Claim) string { return cl.Event.Time.Value }
	var out []Finding
	// The events are grouped as the timeline merges them, so that check
	// and the timeline agree on what is one event.
	for _, group := range c.eventGroups() {
		var events []*claims.Claim
		for _, cl := range group {
			if !selected[cl] {
				continue
			}
			if cl.Event != nil && cl.Event.Time == nil {
				cl = c.borrowTime(cl)
			}
			ev := cl.Event
			if ev == nil || ev.Negated || ev.Time == nil || ev.Time.Interval == nil || openMods[ev.Time.Mod] {
				continue
			}
			if g := ev.Time.Interval.Grain; g == "" || g == "vague" {
				continue
			}
			events = append(events, cl)
		}
		// Times compare as calendar dates and clock times, whatever the
		// zones of the articles (timex.Interval.Civil), as in the timeline.
		bs := bucketize(events, func(cl *claims.Claim) string {
			iv := cl.Event.Time.Interval.Civil()
			return iv.Start.Format("2006-01-02T15:04") + "/" + iv.End.Format("2006-01-02T15:04")
		})
		eachConflict(bs, func(x, y *bucket) bool {
			return !x.claims[0].Event.Time.Interval.Civil().Overlaps(y.claims[0].Event.Time.Interval.Civil())
		}, func(mi, ma *bucket) {
			subject := mi.claims[0].Event.Class
			if subject == "" {
				subject = mi.claims[0].Event.Trigger
			}
			vars := map[string]string{"subject": "the " + subject,
				"claim.value": timeDisplay(mi.claims[0]), "other.value": timeDisplay(ma.claims[0])}
			out = append(out, c.conflict(r, mi, ma, value, vars))
		})
	}
	return out
}

// eventGroups are the set's event claims grouped into real-world events
// by timeline.Group, computed once per check.
func (c *checker) eventGroups() [][]*claims.Claim {
	if c.groups == nil {
		c.groups = timeline.Group(c.set)
		if c.groups == nil {
			c.groups = [][]*claims.Claim{}
		}
	}
	return c.groups
}

func timeDisplay(cl *claims.Claim) string {
	t := cl.Event.Time
	if t.Text == "" || t.Text == t.Value {
		return t.Value
	}
	return fmt.Sprintf("%s (%q)", t.Value, t.Text)
}

// ---- numbers-agree ----

var approxHedges = map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true,
	"nearly": true, "almost": true, "some": true, "close to": true, "an estimated": true, "estimated": true}

// bounds returns the interval a quantity states.
func bounds(q *claims.Quantity) (lo, hi float64) {
	lo, hi = q.Value, q.Value
	if q.Min != nil || q.Max != nil {
		lo, hi = math.Inf(-1), math.Inf(1)
		if q.Min != nil {
			lo = *q.Min
		}
		if q.Max != nil {
			hi = *q.Max
		}
	}
	return lo, hi
}

// numbersCompatible reports whether two quantities can both be true.
func numbersCompatible(r *Rule, a, b *claims.Quantity) bool {
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	gap := math.Max(alo, blo) - math.Min(ahi, bhi)
	if gap <= 0 {
		return true
	}
	mag := math.Max(math.Abs(a.Value), math.Abs(b.Value))
	tol := r.Tolerance.Amount
	if r.Tolerance.Percent {
		tol = r.Tolerance.Amount / 100 * mag
	}
	if (approxHedges[a.Hedge] && !a.Vague) || (approxHedges[b.Hedge] && !b.Vague) {
		tol += r.HedgeSlack / 100 * mag
	}
	return gap <= tol*(1+1e-9)
}

func quantityDisplay(cl *claims.Claim) string {
	q := cl.Quantity
	s := strconv.FormatFloat(q.Value, 'f', -1, 64)
	if q.Vague && cl.Evidence.Text != "" {
		s = cl.Evidence.Text
	} else {
		if q.Hedge != "" {
			s = q.Hedge + " " + s
		}
		if q.Unit == "percent" {
			s += "%"
		} else if q.Unit != "" && q.Unit != "count" {
			s += " " + q.Unit
		}
	}
	return s
}

func (c *checker) numbersAgree(r *Rule) []Finding {
	var qs []*claims.Claim
	for _, cl := range c.selected(r, claims.KindQuantity) {
		if cl.Quantity != nil && cl.Quantity.Measure != "" && !math.IsNaN(cl.Quantity.Value) && !isIncrement(cl) {
			qs = append(qs, cl)
		}
	}
	var out []Finding
	for _, group := range groupBy(qs, func(cl *claims.Claim) string {
		q := cl.Quantity
		k := q.Measure + "|" + q.Unit
		if r.BySubject {
			k += "|" + q.Subject
		}
		return k
	}) {
		bs := bucketize(group, func(cl *claims.Claim) string {
			q := cl.Quantity
			lo, hi := bounds(q)
			return fmt.Sprint(lo, hi, q.Hedge, q.Vague)
		})
		eachConflict(bs, func(x, y *bucket) bool {
			a, b := x.claims[0], y.claims[0]
			return !numbersCompatible(r, a.Quantity, b.Quantity) && c.sameOccasion(a, b, isUpdate(a) || isUpdate(b)) &&
				sharedContext(x, y) >= r.MinSharedWords
		}, func(mi, ma *bucket) {
			out = append(out, c.conflict(r, mi, ma, quantityDisplay,
				map[string]string{"subject": measureName(mi.claims[0].Quantity)}))
		})
	}
	return out
}

// occasion is the time a claim's sentence is about: the resolved interval
// of the temporal expression nearest the claim in its sentence, or nil.
// "cut 300 jobs in 2019" and "cutting 1,400 jobs on Tuesday" are numbers of
// two occasions, not a disagreement.
func (c *checker) occasion(cl *claims.Claim) *timex.Interval {
	if e := c.occasionExpr(cl); e != nil {
		return e.Interval
	}
	return nil
}

// occasionExpr is the resolved temporal expression nearest the claim in its
// sentence, or nil.
func (c *checker) occasionExpr(cl *claims.Claim) *timex.Expr {
	if e, ok := c.occasions[cl.ID]; ok {
		return e
	}
	if c.occasions == nil {
		c.occasions = map[string]*timex.Expr{}
	}
	var best *timex.Expr
	a := c.articles[cl.Evidence.Article]
	if a != nil {
		if si := a.SentenceAt(cl.Evidence.BodyStart); si >= 0 {
			sent := a.Sentences[si].Span
			dist := -1
			for i := range c.set.Timexes[a.ID] {
				e := &c.set.Timexes[a.ID][i]
				if e.Start < sent.Start || e.End > sent.End || e.Interval == nil || e.Interval.Grain == timex.GrainVague || openMods[e.Mod] {
					continue
				}
				d := e.Start - cl.Evidence.BodyStart
				if d < 0 {
					d = -d
				}
				if dist < 0 || d < dist {
					best, dist = e, d
				}
			}
		}
	}
	c.occasions[cl.ID] = best
	return best
}

// borrowTime gives an event without a time of its own the time that
// extraction tied to a reporting verb of the same sentence ("capsized off
// Lesbos on Tuesday, the coast guard said": "Tuesday" went to "said"). It
// returns a copy; the set is not changed.
func (c *checker) borrowTime(cl *claims.Claim) *claims.Claim {
	for _, o := range c.sentenceEvents(cl) {
		if o.Event.Class != reportingClass || o.Event.Time == nil || o == cl {
			continue
		}
		// Only a time between the event and the reporting verb: in "said
		// Saturday" the time is the saying's.
		if t := o.Event.Time.Start; !(cl.Evidence.BodyStart < t && t < o.Evidence.BodyStart) {
			continue
		}
		cc := *cl
		ev := *cl.Event
		ev.Time = o.Event.Time
		cc.Event = &ev
		return &cc
	}
	return cl
}

// reportingClass is the event class of "said", "told reporters".
const reportingClass = "statement"

// sentenceEvents returns the event claims of cl's sentence.
func (c *checker) sentenceEvents(cl *claims.Claim) []*claims.Claim {
	if c.bySentence == nil {
		c.bySentence = map[[2]string][]*claims.Claim{}
		for _, o := range c.byKind[claims.KindEvent] {
			if o.Event != nil {
				k := [2]string{o.Evidence.Article, o.Evidence.Sentence}
				c.bySentence[k] = append(c.bySentence[k], o)
			}
		}
	}
	return c.bySentence[[2]string{cl.Evidence.Article, cl.Evidence.Sentence}]
}

// occasionGap is how far apart two sentence times must be for their
// numbers to count as different occasions. Closer times are one occasion,
// perhaps misdated ("Tuesday" against "late Monday"), which dates-agree
// reports.
const occasionGap = 30 * 24 * time.Hour

// sameOccasion reports whether two claims may be about the same occasion:
// true unless both sentences give times more than occasionGap apart. For
// an update ("the toll rose to 14 on Monday") it takes times that overlap:
// tolls change from day to day, and an update without a time is not
// compared.
func (c *checker) sameOccasion(a, b *claims.Claim, update bool) bool {
	x, y := c.occasion(a), c.occasion(b)
	if update {
		return x != nil && y != nil && x.Overlaps(*y)
	}
	if x == nil || y == nil || x.Overlaps(*y) {
		return true
	}
	gap := y.Start.Sub(x.End)
	if x.Start.After(y.Start) {
		gap = x.Start.Sub(y.End)
	}
	return gap <= occasionGap
}

// updateRE finds words that present a number as the latest of a series.
var updateRE = regexp.MustCompile(`(?i)\b((rose|risen|climbed|jumped|increased|grown|grew|fell|fallen|dropped|declined) to|now stands|has reached|updated|revised|still|remains?|remained)\b`)

// isUpdate reports whether a quantity's sentence presents it as an update
// ("the toll has risen to at least 52"); "shares fell 8%" is a change,
// not an update.
func isUpdate(cl *claims.Claim) bool { return updateRE.MatchString(cl.Evidence.Sentence) }

// incrementRE matches what follows a number that counts an increment
// ("2,000 more", "500 additional").
var incrementRE = regexp.MustCompile(`(?i)^\s*(more|additional|extra|further|others|other)\b`)

// isIncrement reports whether a quantity counts something added to
// another number ("up to 2,000 more could be told to leave").
func isIncrement(cl *claims.Claim) bool {
	s, t := cl.Evidence.Sentence, cl.Evidence.Text
	i := strings.Index(s, t)
	if t == "" || i < 0 {
		return false
	}
	return incrementRE.MatchString(s[i+len(t):])
}

// contextWords are the content words of a quantity's sentence other than
// the number's own words and its measure: what the sentence says the
// number is about.
func contextWords(cl *claims.Claim) map[string]bool {
	ws := contentWords(quoteWords(cl.Evidence.Sentence, true))
	for _, w := range quoteWords(cl.Evidence.Text+" "+cl.Quantity.Measure+" "+cl.Quantity.Unit, true) {
		delete(ws, w)
		delete(ws, strings.TrimSuffix(w, "s"))
		delete(ws, w+"s")
	}
	for w := range ws {
		if w[0] >= '0' && w[0] <= '9' {
			delete(ws, w)
		}
	}
	return ws
}

// sharedContext is the most context words that a claim of a shares with
// a claim of b, looking at the first few claims of each: "45 collapsed
// buildings in Malatya" and "the quake damaged nearly 2,000 buildings"
// share none, and count different things.
func sharedContext(a, b *bucket) int {
	best := 0
	for _, x := range a.claims[:min(len(a.claims), 4)] {
		cx := contextWords(x)
		for _, y := range b.claims[:min(len(b.claims), 4)] {
			n := 0
			for w := range contextWords(y) {
				if cx[w] {
					n++
				}
			}
			best = max(best, n)
		}
	}
	return best
}

func measureName(q *claims.Quantity) string {
	s := q.Measure
	if q.Subject != "" {
		s += " of " + q.Subject
	}
	return "the " + s
}
