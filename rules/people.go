package rules

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/timeline/timex"
)

// ---- titles-agree ----

// rankWords change what a role is: "deputy minister" is not "minister".
var rankWords = map[string]bool{"deputy": true, "vice": true, "assistant": true, "acting": true, "former": true,
	"ex": true, "interim": true, "associate": true, "junior": true, "under": true, "co": true, "chief": true,
	"senior": true, "executive": true, "financial": true, "operating": true, "press": true}

// genericRoles say nothing a source could get wrong.
var genericRoles = map[string]bool{"counterpart": true, "official": true, "officials": true, "leader": true,
	"colleague": true, "member": true, "representative": true, "spokesperson for": true}

// genericRole reports whether a normalized role only describes ("union
// leader", "the firm's boss") rather than names a position.
func genericRole(k string) bool {
	if genericRoles[k] {
		return true
	}
	f := strings.Fields(k)
	return len(f) > 0 && genericHeads[f[len(f)-1]]
}

// genericHeads end descriptive roles.
var genericHeads = map[string]bool{"leader": true, "leaders": true, "boss": true, "official": true, "officials": true,
	"counterpart": true, "colleague": true, "member": true, "representative": true, "figure": true, "veteran": true}

var defaultSynonyms = [][]string{
	{"chief executive", "ceo", "chief executive officer"},
	{"chief financial officer", "cfo"},
	{"chief operating officer", "coo"},
	{"spokesperson", "spokesman", "spokeswoman"},
	{"president", "head of state"},
	{"foreign minister", "minister of foreign affairs"},
	{"secretary of state", "top diplomat"},
}

var roleSpace = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// roleKey normalizes a role for comparison: lower case, punctuation to
// spaces, synonyms folded to their group's first name.
func roleKey(role string, syn [][]string) string {
	s := " " + strings.TrimSpace(roleSpace.ReplaceAllString(strings.ToLower(role), " ")) + " "
	for _, g := range syn {
		for _, alt := range g[1:] {
			a := " " + strings.TrimSpace(roleSpace.ReplaceAllString(strings.ToLower(alt), " ")) + " "
			s = strings.ReplaceAll(s, a, " "+strings.ToLower(g[0])+" ")
		}
	}
	return strings.Join(strings.Fields(s), " ")
}

// rolesCompatible reports whether two normalized roles can name the same
// position: equal, or one adds only words that do not change the rank
// ("u.s. president" and "president").
func rolesCompatible(a, b string) bool {
	if a == b {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	rest := slices.Clone(wb)
	for _, w := range wa {
		i := slices.Index(rest, w)
		if i < 0 {
			return false
		}
		rest = slices.Delete(rest, i, i+1)
	}
	for _, w := range rest {
		if rankWords[w] {
			return false
		}
	}
	return true
}

func (c *checker) titlesAgree(r *Rule) []Finding {
	syn := append(slices.Clone(r.Synonyms), defaultSynonyms...)
	memo := map[string]string{}
	role := func(cl *claims.Claim) string {
		p := cl.Person
		s := p.RoleNormalized
		if s == "" {
			s = p.Role
		}
		k, ok := memo[s]
		if !ok {
			k = roleKey(s, syn)
			memo[s] = k
		}
		return k
	}
	var ps []*claims.Claim
	for _, cl := range c.selected(r, claims.KindPerson) {
		if cl.Person != nil && cl.Person.Key != "" {
			if k := role(cl); k != "" && !genericRole(k) {
				ps = append(ps, cl)
			}
		}
	}
	var out []Finding
	for _, group := range groupBy(ps, func(cl *claims.Claim) string { return cl.Person.Key }) {
		bs := bucketize(group, role)
		eachConflict(bs, func(x, y *bucket) bool { return !rolesCompatible(x.key, y.key) }, func(mi, ma *bucket) {
			p := mi.claims[0].Person
			out = append(out, c.conflict(r, mi, ma, func(cl *claims.Claim) string {
				if cl.Person.Role != "" {
					return cl.Person.Role
				}
				return cl.Person.RoleNormalized
			}, map[string]string{"subject": p.Name}))
		})
	}
	return out
}

// ---- spelling-consistent ----

// nameVariant reports whether a and b spell one name differently: aligned
// from the surname, every part equal or within maxDist edits, at least one
// different. "Rubio" and "Marco Rubio" are one spelling, shortened.
func nameVariant(a, b string, maxDist int) bool {
	pa, pb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	n := min(len(pa), len(pb))
	if n == 0 {
		return false
	}
	differs := false
	for k := 1; k <= n; k++ {
		x, y := pa[len(pa)-k], pb[len(pb)-k]
		if x == y {
			continue
		}
		d := claims.EditDistance(x, y)
		if d > maxDist || d*2 > max(len([]rune(x)), len([]rune(y))) {
			return false
		}
		differs = true
	}
	return differs
}

func personName(cl *claims.Claim) string {
	if cl.Person.Name != "" {
		return cl.Person.Name
	}
	return cl.Evidence.Text
}

func (c *checker) spelling(r *Rule) []Finding {
	var ps []*claims.Claim
	for _, cl := range c.selected(r, claims.KindPerson) {
		if cl.Person != nil && strings.TrimSpace(personName(cl)) != "" {
			ps = append(ps, cl)
		}
	}
	surname := func(cl *claims.Claim) string {
		f := strings.Fields(strings.ToLower(personName(cl)))
		return f[len(f)-1]
	}
	seen := map[string]bool{}
	var out []Finding
	emit := func(minority, majority *bucket, preferred string) {
		// One finding per variant spelling, against the best supported
		// spelling it was found to vary from.
		if seen[minority.key] {
			return
		}
		seen[minority.key] = true
		vars := map[string]string{"subject": minority.key}
		if majority == nil {
			var cls []claims.Claim
			for _, cl := range minority.claims {
				cls = append(cls, *cl)
			}
			vars["other.text"], vars["other.value"], vars["other.article"] = preferred, preferred, "the house style"
			out = append(out, c.finding(r, cls, nil, vars))
			return
		}
		out = append(out, c.conflict(r, minority, majority, personName, vars))
	}
	check := func(group []*claims.Claim) {
		bs := bucketize(group, personName)
		for _, b := range bs {
			if slices.Contains(r.Prefer, b.key) {
				continue
			}
			for _, p := range r.Prefer {
				if nameVariant(b.key, p, r.MaxDistance) {
					emit(b, nil, p)
				}
			}
		}
		for i := 0; i < len(bs); i++ {
			for j := i + 1; j < len(bs); j++ {
				if !nameVariant(bs[i].key, bs[j].key, r.MaxDistance) {
					continue
				}
				mi, ma := order(bs[i], bs[j])
				if slices.Contains(r.Prefer, mi.key) {
					mi, ma = ma, mi
				}
				if len(r.Prefer) > 0 && !slices.Contains(r.Prefer, ma.key) {
					// Neither is the house spelling: a preferred variant,
					// if any, was reported above.
					if slices.ContainsFunc(r.Prefer, func(p string) bool { return nameVariant(mi.key, p, r.MaxDistance) }) {
						continue
					}
				}
				emit(mi, ma, "")
			}
		}
	}
	for _, g := range groupBy(ps, func(cl *claims.Claim) string { return cl.Person.Key }) {
		check(g)
	}
	givenName := func(cl *claims.Claim) string {
		f := strings.Fields(strings.ToLower(personName(cl)))
		if len(f) < 2 {
			return ""
		}
		return f[0]
	}
	for _, g := range groupBy(ps, surname) {
		check(g)
	}
	for _, g := range groupBy(ps, givenName) {
		check(g)
	}
	return out
}

// ---- weekday-matches-date ----

var weekdayNames = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// namedWeekday returns the weekday a phrase names, if it names one.
func namedWeekday(s string) (time.Weekday, bool) {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if d, ok := weekdayNames[w]; ok {
			return d, true
		}
	}
	return 0, false
}

func dayOf(e *timex.Expr) (time.Time, bool) {
	if e.Interval == nil || e.Interval.Grain != timex.GrainDay && e.Interval.Grain != timex.GrainPart &&
		e.Interval.Grain != timex.GrainHour && e.Interval.Grain != timex.GrainMinute {
		return time.Time{}, false
	}
	return e.Interval.Start, true
}

func (c *checker) timeClaim(a *article.Article, e *timex.Expr, start, end int, value string) claims.Claim {
	ev := claims.Evidence{Article: a.ID, Path: a.Path, Start: a.FileOffset(start), End: a.FileOffset(end),
		BodyStart: start, BodyEnd: end}
	if start >= 0 && end <= len(a.Body) && start <= end {
		ev.Text = a.Body[start:end]
		p := a.Pos(start)
		ev.Line, ev.Column = p.Line, p.Column
		if i := a.SentenceAt(start); i >= 0 {
			ev.Sentence = a.Text(a.Sentences[i].Span)
		}
	}
	return claims.Claim{ID: a.ID + "/time/" + e.ID, Kind: "time", Evidence: ev, Value: value}
}

func (c *checker) weekdays(r *Rule) []Finding {
	var out []Finding
	for _, a := range c.set.Articles {
		if a == nil {
			continue
		}
		xs := c.set.Timexes[a.ID]
		for i := range xs {
			e := &xs[i]
			start, end := e.Start, e.End
			day, ok := dayOf(e)
			wd, named := namedWeekday(e.Text)
			if !named && i > 0 {
				// "Tuesday, June 5" tagged as two expressions.
				p := &xs[i-1]
				if gap := e.Start - p.End; gap >= 0 && gap <= 3 && p.End >= 0 && e.Start <= len(a.Body) && strings.Trim(a.Body[p.End:e.Start], ", ") == "" {
					if _, pDay := dayOf(p); !pDay || p.Value != e.Value {
						wd, named = namedWeekday(p.Text)
						start = p.Start
					}
				}
			}
			warned := ""
			for _, w := range e.Warnings {
				if lw := strings.ToLower(w); strings.Contains(lw, "weekday") || strings.Contains(lw, "does not match") {
					warned = w
				}
			}
			if warned == "" && (!ok || !named || day.Weekday() == wd) {
				continue
			}
			value := e.Value
			if ok {
				value = fmt.Sprintf("%s is a %s", day.Format("2006-01-02"), day.Weekday())
			}
			if warned != "" && !ok {
				value = warned
			}
			if start < 0 || end > len(a.Body) || start > end {
				continue
			}
			cl := c.timeClaim(a, e, start, end, value)
			if !c.matches(r, &cl) {
				continue
			}
			out = append(out, c.finding(r, []claims.Claim{cl}, nil, map[string]string{"subject": cl.Evidence.Text}))
		}
	}
	return out
}

// ---- corroborated ----

func corroborationKey(cl *claims.Claim) string {
	switch {
	case cl.Quantity != nil:
		q := cl.Quantity
		if r := q.Subject; r != "" {
			return "quantity|" + q.Measure + "|" + q.Unit + "|" + r
		}
		return "quantity|" + q.Measure + "|" + q.Unit
	case cl.Quote != nil:
		return "quote|" + cl.Quote.Speaker + "|" + strings.Join(quoteWords(cl.Quote.Text, true), " ")
	case cl.Event != nil:
		ps := slices.Clone(cl.Event.Participants)
		sort.Strings(ps)
		return "event|" + cl.Event.Class + "|" + modalityGroup(cl.Event.Modality) + "|" + strings.Join(ps, ",")
	case cl.Person != nil:
		return "person|" + cl.Person.Key + "|" + cl.Person.RoleNormalized
	case cl.Place != nil:
		return "place|" + cl.Place.Key
	}
	return string(cl.Kind) + "|" + cl.Value
}

func (c *checker) corroborated(r *Rule) []Finding {
	var all []*claims.Claim
	for _, k := range sortedKeys(c.byKind) {
		all = append(all, c.selected(r, k)...)
	}
	var out []Finding
	report := func(b *bucket, sources int) {
		if sources >= r.MinSources {
			return
		}
		var cls []claims.Claim
		for _, cl := range b.claims {
			cc := *cl
			if cc.Quantity != nil {
				cc.Value = quantityDisplay(cl)
			}
			cls = append(cls, cc)
		}
		out = append(out, c.finding(r, cls, nil, map[string]string{"sources": fmt.Sprint(sources),
			"subject": subjectOf(&cls[0])}))
	}
	for _, g := range groupBy(all, corroborationKey) {
		if g[0].Quantity == nil {
			b := bucketize(g, func(*claims.Claim) string { return "" })[0]
			report(b, b.articles)
			continue
		}
		// Numbers that agree corroborate each other: "at least 10" and
		// "12" deaths are two sources for the toll.
		bs := bucketize(g, func(cl *claims.Claim) string {
			lo, hi := bounds(cl.Quantity)
			return fmt.Sprint(lo, hi, cl.Quantity.Hedge, cl.Quantity.Vague)
		})
		for _, b := range bs {
			arts := map[string]bool{}
			for _, o := range bs {
				if o == b || numbersCompatible(r, b.claims[0].Quantity, o.claims[0].Quantity) {
					for _, cl := range o.claims {
						arts[cl.Evidence.Article] = true
					}
				}
			}
			report(b, len(arts))
		}
	}
	return out
}

func subjectOf(cl *claims.Claim) string {
	if cl.Quantity != nil {
		return cl.Quantity.Measure
	}
	return string(cl.Kind)
}
