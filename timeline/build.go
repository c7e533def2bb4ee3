package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/timeline/timex"
)

// maxGap is how far apart two precise times of the same kind of event, with
// the same people, may be and still be one event told differently. Beyond
// it they are two events (the 2021 Geneva meeting and the 2025 Riyadh
// meeting), not a disagreement.
const maxGap = 31 * 24 * time.Hour

// maxCompare bounds how many members of a cluster a new mention is
// compared with, so that merging stays near-linear in the mentions.
const maxCompare = 8

// mention is one event claim of one article.
type mention struct {
	claim    *claims.Claim
	event    *claims.Event
	modality claims.Modality
	keys     []string // participants and place
	// onlyGroups is true when the mention names participants but no
	// person among them: countries and organizations ("Russia said").
	onlyGroups bool
	interval   *timex.Interval
	art        *article.Article
}

// cluster is the mentions of one real-world event.
type cluster struct {
	members []*mention
	// maxStart and minEnd are the latest start and earliest end of the
	// members' precise intervals, enough to tell whether a new time is
	// too far from any of them (see tooFar).
	maxStart, minEnd time.Time
	timed            bool
	// articles holds the offsets of the members' triggers, by article;
	// keys are the members' participants and places.
	articles map[string][]int
	keys     map[string]bool
	// spans are the distinct precise intervals of the members.
	spans []timex.Interval
}

// Build merges the events of set into a timeline. Mentions are grouped by
// trigger class and modality and merged with claims.SameEvent, comparing a
// mention only with the clusters that share one of its participants or its
// place, so the cost stays near-linear in the number of mentions.
func Build(set *claims.Set) *Timeline {
	tl := &Timeline{Events: []Event{}, Undated: []Event{}}
	if set == nil {
		return tl
	}
	clusters := clusterSet(set)
	names := entityNames(set)
	within := placeContainment(set)
	for _, cl := range clusters {
		ev := cl.event(names, within)
		if ev.When != nil {
			tl.Events = append(tl.Events, ev)
		} else {
			tl.Undated = append(tl.Undated, ev)
		}
	}
	slices.SortStableFunc(tl.Events, compareDated)
	slices.SortStableFunc(tl.Undated, compareUndated)
	for i := range tl.Events {
		tl.Events[i].ID = fmt.Sprintf("e%d", i+1)
	}
	for i := range tl.Undated {
		tl.Undated[i].ID = fmt.Sprintf("u%d", i+1)
	}
	return tl
}

// Group splits the event claims of set into real-world events exactly as
// Build merges them into timeline entries: one group per entry, each
// group's claims in the set's order, groups ordered by their first claim.
// The rules that compare events across sources (dates-agree) use it, so
// that check and the timeline never disagree on what is one event.
// Claims whose time Build dated from another source ("the third
// anniversary") keep their own Event.Time: Group only groups.
func Group(set *claims.Set) [][]*claims.Claim {
	if set == nil {
		return nil
	}
	index := map[*claims.Claim]int{}
	for i := range set.Claims {
		index[&set.Claims[i]] = i
	}
	var groups [][]*claims.Claim
	for _, cl := range clusterSet(set) {
		g := make([]*claims.Claim, len(cl.members))
		for i, m := range cl.members {
			g[i] = m.claim
		}
		slices.SortFunc(g, func(a, b *claims.Claim) int { return cmp.Compare(index[a], index[b]) })
		groups = append(groups, g)
	}
	slices.SortStableFunc(groups, func(a, b []*claims.Claim) int { return cmp.Compare(index[a[0]], index[b[0]]) })
	return groups
}

// clusterSet makes the mentions of set's event claims and clusters them
// into real-world events.
func clusterSet(set *claims.Set) []*cluster {
	arts := map[string]*article.Article{}
	for _, a := range set.Articles {
		if a != nil {
			arts[a.ID] = a
		}
	}
	types := map[string]string{}
	for _, e := range set.Entities {
		types[e.Key] = e.Type
	}
	var mentions []*mention
	for i := range set.Claims {
		c := &set.Claims[i]
		if c.Kind == claims.KindEvent && c.Event != nil {
			m := newMention(c, arts[c.Evidence.Article])
			m.onlyGroups = len(c.Event.Participants) > 0 && !slices.ContainsFunc(c.Event.Participants, func(k string) bool {
				t, known := types[k]
				return !known || t == "person"
			})
			mentions = append(mentions, m)
		}
	}
	clusters := clusterAll(mentions)
	// "The third anniversary of the invasion" has no date in an article
	// that does not date the invasion; another source may.
	if resolveAnniversaries(set, mentions, clusters) {
		clusters = clusterAll(mentions)
	}
	return clusters
}

// clusterAll groups mentions by class and modality bucket and clusters
// each group, groups in name order.
func clusterAll(mentions []*mention) []*cluster {
	groups := map[string][]*mention{}
	for _, m := range mentions {
		k := m.event.Class + "\x00" + modalityBucket(m.modality)
		groups[k] = append(groups[k], m)
	}
	var all []*cluster
	for _, k := range sortedKeys(groups) {
		all = append(all, clusterMentions(groups[k])...)
	}
	return all
}

func newMention(c *claims.Claim, art *article.Article) *mention {
	e := c.Event
	m := &mention{claim: c, event: e, modality: effectiveModality(e), art: art}
	m.keys = append(m.keys, e.Participants...)
	if e.Place != "" {
		// The places around it too, so that "in Saudi Arabia" finds the
		// event "in Riyadh" (SameEvent decides whether they are one).
		m.keys = append(m.keys, "@"+e.Place)
		for _, w := range e.PlaceWithin {
			m.keys = append(m.keys, "@"+w)
		}
	}
	if e.Time != nil && e.Time.Interval != nil && e.Time.Interval.End.After(e.Time.Interval.Start) {
		iv := e.Time.Interval.Civil()
		m.interval = &iv
	}
	return m
}

// effectiveModality is the event's modality, with a negated event that
// would otherwise have happened counted as denied, and an empty modality as
// happened.
func effectiveModality(e *claims.Event) claims.Modality {
	switch {
	case e.Negated && (e.Modality == claims.Happened || e.Modality == ""):
		return claims.Denied
	case e.Modality == "":
		return claims.Happened
	}
	return e.Modality
}

// modalityBucket separates what happened from what is expected, planned or
// possible, and both from what is denied: mentions in different buckets
// are never the same entry.
func modalityBucket(m claims.Modality) string {
	switch m {
	case claims.Happened, claims.Denied:
		return string(m)
	}
	return "irrealis"
}

// clusterMentions merges the mentions of one class and modality into
// clusters of the same real-world event. Mentions with a precise time come
// first, so that a mention without one joins the event it most likely
// means rather than founding a cluster that a dated mention then joins
// by accident. Within a rank, mentions keep their input order (articles by
// path, then position), so the result is deterministic.
func clusterMentions(ms []*mention) []*cluster {
	ordered := slices.Clone(ms)
	slices.SortStableFunc(ordered, func(a, b *mention) int { return cmp.Compare(timeRank(a), timeRank(b)) })
	ix := &clusterIndex{byKey: map[string][]int{}, byArticle: map[string][]int{}}
	for _, m := range ordered {
		joined := -1
		var best affinity
		for _, i := range ix.candidates(m) {
			if !ix.clusters[i].accepts(m) {
				continue
			}
			if a := ix.clusters[i].affinity(m); joined < 0 || a.better(best) {
				joined, best = i, a
			}
		}
		if joined < 0 && len(m.keys) == 0 {
			joined = ix.attachKeyless(m)
		}
		if joined < 0 && m.onlyGroups && m.event.Place == "" && timeRank(m) == 0 {
			// "Russia said on Saturday": a country or an organization
			// for the person who spoke; the one event of its kind that
			// day is the one it tells.
			joined = ix.attachKeyless(m)
		}
		ix.add(joined, m)
	}
	return mergeLoneKeyless(mergeTooFar(ix.clusters))
}

// maxFarCandidates bounds the clusters mergeTooFar compares one cluster
// with, so that the pass stays near-linear.
const maxFarCandidates = 64

// mergeTooFar joins two clusters that are one event told with times too
// far apart to meet on the way (maxGap): "Feb. 24, 2022" in one source and
// "Feb. 24, 2021" in another is a disagreement to show, not two
// invasions. They are joined when their first mentions are the same event
// by claims.SameEvent, no article tells both (an article that does is
// telling two events), and two of their times differ the way a slip does,
// in the year or the month alone (see slip): "June 2021" and "Feb. 18,
// 2025" are two meetings of the same people.
func mergeTooFar(clusters []*cluster) []*cluster {
	if len(clusters) < 2 {
		return clusters
	}
	byKey := map[string][]int{}
	for i, cl := range clusters {
		for k := range cl.keys {
			byKey[k] = append(byKey[k], i)
		}
	}
	merged := make([]bool, len(clusters))
	for i, a := range clusters {
		if merged[i] || !a.timed {
			continue
		}
		var cands []int
		for k := range a.keys {
			for _, j := range byKey[k] {
				if j > i && !merged[j] {
					cands = append(cands, j)
				}
			}
		}
		slices.Sort(cands)
		cands = slices.Compact(cands)
		if len(cands) > maxFarCandidates {
			cands = cands[:maxFarCandidates]
		}
		for _, j := range cands {
			b := clusters[j]
			if !b.timed || !disjointArticles(a, b) || !slips(a, b) || !claims.SameEvent(a.members[0].event, b.members[0].event) {
				continue
			}
			for _, m := range b.members {
				a.add(m)
			}
			merged[j] = true
		}
	}
	out := clusters[:0:0]
	for i, cl := range clusters {
		if !merged[i] {
			out = append(out, cl)
		}
	}
	return out
}

// slips reports whether a time of a and a time of b differ by a slip.
func slips(a, b *cluster) bool {
	for _, x := range a.spans {
		for _, y := range b.spans {
			if slip(x, y) {
				return true
			}
		}
	}
	return false
}

// slip reports whether two day or month times differ in exactly one of
// year, month and (when both are days) day of the month, the way a wrong
// digit or a wrong month name makes them differ: 2022-02-24 and
// 2021-02-24, 2022-02-24 and 2022-03-24, 2021-06 and 2022-06. Years alone
// are left apart ("the 2014 invasion", "the 2022 invasion").
func slip(x, y timex.Interval) bool {
	dayOrMonth := func(g timex.Grain) bool { return g == timex.GrainDay || g == timex.GrainMonth }
	if !dayOrMonth(x.Grain) || !dayOrMonth(y.Grain) {
		return false
	}
	differ := 0
	if x.Start.Year() != y.Start.Year() {
		differ++
	}
	if x.Start.Month() != y.Start.Month() {
		differ++
	}
	if x.Grain == timex.GrainDay && y.Grain == timex.GrainDay && x.Start.Day() != y.Start.Day() {
		differ++
	}
	return differ == 1
}

// disjointArticles reports whether no article has mentions in both
// clusters.
func disjointArticles(a, b *cluster) bool {
	for id := range b.articles {
		if len(a.articles[id]) > 0 {
			return false
		}
	}
	return true
}

// clusterIndex finds the clusters a mention may join without looking at
// every cluster.
type clusterIndex struct {
	clusters []*cluster
	// byKey lists the clusters by participant and place key; byArticle
	// the clusters holding a mention of an article; timed the clusters
	// with a precise time.
	byKey     map[string][]int
	byArticle map[string][]int
	timed     []int
}

// add puts m in cluster i, or in a new cluster when i is -1.
func (ix *clusterIndex) add(i int, m *mention) {
	if i < 0 {
		ix.clusters = append(ix.clusters, &cluster{articles: map[string][]int{}, keys: map[string]bool{}})
		i = len(ix.clusters) - 1
	}
	cl := ix.clusters[i]
	wasTimed := cl.timed
	cl.add(m)
	if cl.timed && !wasTimed {
		ix.timed = append(ix.timed, i)
	}
	for _, k := range m.keys {
		if l := ix.byKey[k]; len(l) == 0 || l[len(l)-1] != i {
			ix.byKey[k] = append(ix.byKey[k], i)
		}
	}
	id := m.claim.Evidence.Article
	if !slices.Contains(ix.byArticle[id], i) {
		ix.byArticle[id] = append(ix.byArticle[id], i)
	}
}

// candidates are the clusters that share a participant or the place with
// m. A mention that names no one and no place has none: by the contract of
// claims.SameEvent (overlapping participants or place) it matches no
// mention, and attachKeyless decides.
func (ix *clusterIndex) candidates(m *mention) []int {
	var cands []int
	seen := map[int]bool{}
	for _, k := range m.keys {
		for _, i := range ix.byKey[k] {
			if !seen[i] {
				seen[i] = true
				cands = append(cands, i)
			}
		}
	}
	slices.Sort(cands)
	return cands
}

// mergeLoneKeyless handles a story with two clusters of one kind of event,
// the smaller one only mentions naming no one and no place ("the ferry
// capsized late on Saturday") from articles the larger cluster has none
// of: it is the other event told with another time, a disagreement to
// show, unless the times are too far apart. An article that tells both is
// telling two events; with more clusters the mentions stay apart, since
// which event they mean would be a guess.
func mergeLoneKeyless(clusters []*cluster) []*cluster {
	if len(clusters) != 2 {
		return clusters
	}
	small, big := clusters[0], clusters[1]
	if len(small.articles) > len(big.articles) {
		small, big = big, small
	}
	if len(small.keys) > 0 || len(small.articles) == len(big.articles) {
		return clusters
	}
	if !disjointArticles(small, big) {
		return clusters
	}
	for _, m := range small.members {
		if big.tooFar(m) {
			return clusters
		}
	}
	for _, m := range small.members {
		big.add(m)
	}
	return []*cluster{big}
}

// timeRank orders mentions for clustering: precise times, vague times,
// then none.
func timeRank(m *mention) int {
	switch {
	case m.interval == nil:
		return 2
	case m.interval.Grain == timex.GrainVague:
		return 1
	}
	return 0
}

// affinity is how well a mention fits a cluster it may join: the keys
// they share, and whether the cluster already holds a mention of the same
// article.
type affinity struct {
	shared      int
	sameArticle bool
}

func (a affinity) better(b affinity) bool {
	if a.shared != b.shared {
		return a.shared > b.shared
	}
	return a.sameArticle && !b.sameArticle
}

func (cl *cluster) affinity(m *mention) affinity {
	a := affinity{sameArticle: len(cl.articles[m.claim.Evidence.Article]) > 0}
	for _, k := range m.keys {
		if cl.keys[k] {
			a.shared++
		}
	}
	return a
}

// attachKeyless finds the cluster for a mention that names no one and no
// place ("the talks", "the meeting"), or -1. With a precise time, it is the
// one cluster whose precise times overlap it; without, the cluster of the
// nearest earlier mention of the same article (the one it refers back
// to), else of the nearest later one.
func (ix *clusterIndex) attachKeyless(m *mention) int {
	if iv := m.interval; iv != nil && iv.Grain != timex.GrainVague {
		found := -1
		for _, i := range ix.timed {
			for _, o := range ix.clusters[i].spans {
				if o.Overlaps(*iv) {
					if found >= 0 && found != i {
						return -1 // ambiguous
					}
					found = i
					break
				}
			}
		}
		return found
	}
	if m.interval != nil {
		return -1
	}
	id, at := m.claim.Evidence.Article, m.claim.Evidence.Start
	before, after := -1, -1
	beforeAt, afterAt := -1, -1
	for _, i := range ix.byArticle[id] {
		for _, off := range ix.clusters[i].articles[id] {
			if off <= at && off > beforeAt {
				before, beforeAt = i, off
			}
			if off > at && (afterAt < 0 || off < afterAt) {
				after, afterAt = i, off
			}
		}
	}
	if before >= 0 {
		return before
	}
	return after
}

// accepts reports whether m is the same event as the cluster's: the same
// event as one of its first members by claims.SameEvent, and no precise
// time of the cluster more than maxGap away from m's precise time.
func (cl *cluster) accepts(m *mention) bool {
	if cl.tooFar(m) {
		return false
	}
	for i, o := range cl.members {
		if i == maxCompare {
			break
		}
		if claims.SameEvent(o.event, m.event) {
			return true
		}
	}
	return false
}

// tooFar reports whether m's precise time is more than maxGap away from
// a precise time of the cluster.
func (cl *cluster) tooFar(m *mention) bool {
	iv := m.interval
	return cl.timed && iv != nil && iv.Grain != timex.GrainVague &&
		(cl.maxStart.Sub(iv.End) > maxGap || iv.Start.Sub(cl.minEnd) > maxGap)
}

// add puts m in the cluster.
func (cl *cluster) add(m *mention) {
	cl.members = append(cl.members, m)
	id := m.claim.Evidence.Article
	cl.articles[id] = append(cl.articles[id], m.claim.Evidence.Start)
	for _, k := range m.keys {
		cl.keys[k] = true
	}
	iv := m.interval
	if iv == nil || iv.Grain == timex.GrainVague {
		return
	}
	if !slices.ContainsFunc(cl.spans, func(o timex.Interval) bool { return o.Start.Equal(iv.Start) && o.End.Equal(iv.End) }) {
		cl.spans = append(cl.spans, *iv)
	}
	if !cl.timed || iv.Start.After(cl.maxStart) {
		cl.maxStart = iv.Start
	}
	if !cl.timed || iv.End.Before(cl.minEnd) {
		cl.minEnd = iv.End
	}
	cl.timed = true
}

// event turns a cluster into a timeline entry.
func (cl *cluster) event(names map[string]string, within map[string][]string) Event {
	first := cl.members[0]
	ev := Event{
		Class:     first.event.Class,
		Modality:  first.modality,
		Sources:   []Source{},
		Conflicts: []Conflict{},
	}
	// One source per article: its mention with the most precise time,
	// the earliest on ties.
	best := map[string]*mention{}
	count := map[string]int{}
	triggers := map[string]bool{}
	parts := map[string]bool{}
	places := map[string]int{}
	for _, m := range cl.members {
		id := m.claim.Evidence.Article
		count[id]++
		if b, ok := best[id]; !ok || preciser(m, b) {
			best[id] = m
		}
		if t := strings.ToLower(m.event.Trigger); t != "" {
			triggers[t] = true
		}
		for _, p := range m.event.Participants {
			parts[p] = true
		}
		if m.event.Place != "" {
			places[m.event.Place]++
		}
	}
	ev.Triggers = sortedKeys(triggers)
	ev.Participants = sortedKeys(parts)
	ev.Place = bestPlace(places, within)
	var srcs []*mention
	for _, m := range best {
		srcs = append(srcs, m)
	}
	slices.SortFunc(srcs, func(a, b *mention) int {
		return cmp.Or(cmp.Compare(a.claim.Evidence.Path, b.claim.Evidence.Path),
			cmp.Compare(a.claim.Evidence.Start, b.claim.Evidence.Start),
			cmp.Compare(a.claim.Evidence.Article, b.claim.Evidence.Article))
	})
	for _, m := range srcs {
		ev.Sources = append(ev.Sources, m.source(count[m.claim.Evidence.Article]))
	}
	ev.Modality = majorityModality(srcs)
	if w := bestTime(srcs); w != nil {
		ev.When = w.when()
		var dissent []*mention
		for _, m := range srcs {
			// A vague time ("recently", "in the future") is too loose
			// to contradict a date.
			if m.interval != nil && m.interval.Grain != timex.GrainVague && !m.interval.Overlaps(*w.interval) {
				dissent = append(dissent, m)
			}
		}
		ev.When.Contested = contested(w, dissent, srcs)
		for _, m := range dissent {
			ev.Conflicts = append(ev.Conflicts, m.conflict(ev.When))
		}
	}
	ev.Summary = summary(ev, names)
	return ev
}

// majorityModality is the modality most sources give the event; ties go
// to the firmer one (planned before expected before possible).
func majorityModality(srcs []*mention) claims.Modality {
	n := map[claims.Modality]int{}
	best := srcs[0].modality
	for _, m := range srcs {
		n[m.modality]++
	}
	for m, c := range n {
		if c > n[best] || c == n[best] && modalityOrder[m] < modalityOrder[best] {
			best = m
		}
	}
	return best
}

// preciser reports whether a's time is more precise than b's: a time
// beats none, a precise time beats a vague one, a shorter interval beats a
// longer one, and the earlier mention wins ties.
func preciser(a, b *mention) bool {
	if c := compareIntervals(a.interval, b.interval); c != 0 {
		return c < 0
	}
	return a.claim.Evidence.Start < b.claim.Evidence.Start
}

// compareIntervals orders intervals by precision, most precise first.
func compareIntervals(a, b *timex.Interval) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	av, bv := a.Grain == timex.GrainVague, b.Grain == timex.GrainVague
	if av != bv {
		if av {
			return 1
		}
		return -1
	}
	return cmp.Compare(a.End.Sub(a.Start), b.End.Sub(b.Start))
}

// bestTime picks the most specific time that the most sources support: the
// source interval overlapped by the most sources' intervals, the precise
// and shorter one on ties ("on Tuesday" and "Feb. 18" over "recently").
// Support is counted once per distinct interval, so the cost grows with
// sources times distinct times, not sources squared.
func bestTime(srcs []*mention) *mention {
	type span struct {
		start, end time.Time
		grain      timex.Grain
	}
	var distinct []*mention
	seen := map[span]bool{}
	for _, c := range srcs {
		if c.interval == nil {
			continue
		}
		k := span{c.interval.Start, c.interval.End, c.interval.Grain}
		if !seen[k] {
			seen[k] = true
			distinct = append(distinct, c)
		}
	}
	var best *mention
	bestSupport, bestHides := 0, false
	for _, c := range distinct {
		support := support(c.interval, srcs, false)
		hides := len(distinct) <= maxDistinctTimes && hidesDisagreement(c, distinct)
		if best == nil || bestHides && !hides ||
			hides == bestHides && (support > bestSupport || support == bestSupport && betterTime(c, best)) {
			best, bestSupport, bestHides = c, support, hides
		}
	}
	return best
}

// maxDistinctTimes bounds the distinct times of one event for which
// bestTime looks for hidden disagreements (a cubic search).
const maxDistinctTimes = 32

// hidesDisagreement reports whether c's interval overlaps two distinct
// times that do not overlap each other: "this week" against "Tuesday" and
// "late Monday". Such a time is chosen only when every candidate hides
// one, so that a coarse phrase never papers over a disagreement that
// finer phrases show.
func hidesDisagreement(c *mention, distinct []*mention) bool {
	var inside []*mention
	for _, o := range distinct {
		if o != c && o.interval.Overlaps(*c.interval) {
			inside = append(inside, o)
		}
	}
	for i, a := range inside {
		for _, b := range inside[i+1:] {
			if !a.interval.Overlaps(*b.interval) {
				return true
			}
		}
	}
	return false
}

// betterTime breaks a tie in support: more precise, then earlier, then by
// value, so that the choice does not depend on the order of sources.
func betterTime(a, b *mention) bool {
	if c := compareIntervals(a.interval, b.interval); c != 0 {
		return c < 0
	}
	if !a.interval.Start.Equal(b.interval.Start) {
		return a.interval.Start.Before(b.interval.Start)
	}
	return a.event.Time.Value < b.event.Time.Value
}

func (m *mention) when() *When {
	iv := *m.interval
	return &When{
		Value:    m.event.Time.Value,
		Start:    formatTime(iv.Start),
		End:      formatTime(iv.End),
		Grain:    iv.Grain,
		Mod:      m.event.Time.Mod,
		interval: iv,
	}
}

// formatTime gives a date for midnight and an RFC 3339 timestamp otherwise.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

func (m *mention) source(mentions int) Source {
	ev := m.claim.Evidence
	s := Source{
		Article:  ev.Article,
		Path:     ev.Path,
		Line:     ev.Line,
		Column:   ev.Column,
		Text:     ev.Sentence,
		Trigger:  ev.Text,
		Claim:    m.claim.ID,
		Modality: m.modality,
		Mentions: mentions,
		interval: m.interval,
		offset:   ev.Start,
	}
	if s.Trigger == "" {
		s.Trigger = m.event.Trigger
	}
	if t := m.event.Time; t != nil {
		s.Phrase = t.Text
		s.Value = t.Value
	}
	return s
}

func (m *mention) conflict(best *When) Conflict {
	ev := m.claim.Evidence
	c := Conflict{
		Article: ev.Article,
		Path:    ev.Path,
		Line:    ev.Line,
		Column:  ev.Column,
		Phrase:  m.event.Time.Text,
		Value:   m.event.Time.Value,
		Against: best.Value,
		Text:    ev.Sentence,
	}
	if a, x := m.art, m.event.Time; a != nil && x.Start >= 0 && x.Start <= x.End && x.End <= len(a.Body) &&
		a.Body[x.Start:x.End] == x.Text {
		p := a.Pos(m.event.Time.Start)
		c.Line, c.Column = p.Line, p.Column
	}
	c.Message = fmt.Sprintf("%s says %q (%s), other sources %s", ev.Article, c.Phrase, c.Value, best.Value)
	if best.Contested {
		c.Message = fmt.Sprintf("%s says %q (%s), as many sources say %s: no majority", ev.Article, c.Phrase, c.Value, best.Value)
	}
	return c
}

// contested reports whether a dissenting time has as much support as the
// chosen one w: the sources whose times overlap it.
func contested(w *mention, dissent, srcs []*mention) bool {
	if len(dissent) == 0 {
		return false
	}
	best := support(w.interval, srcs, true)
	for _, m := range dissent {
		if support(m.interval, srcs, true) >= best {
			return true
		}
	}
	return false
}

// support counts the sources whose time overlaps iv; precise leaves out
// vague times ("recently"), which contradict nothing and so settle no tie.
func support(iv *timex.Interval, srcs []*mention, precise bool) int {
	n := 0
	for _, o := range srcs {
		if o.interval != nil && (!precise || o.interval.Grain != timex.GrainVague) && o.interval.Overlaps(*iv) {
			n++
		}
	}
	return n
}

// bestPlace picks the place most mentions give, preferring a place inside
// another candidate (Riyadh over Saudi Arabia), then the name order.
func bestPlace(places map[string]int, within map[string][]string) string {
	best := ""
	for _, p := range sortedKeys(places) {
		if best == "" {
			best = p
			continue
		}
		switch {
		case slices.Contains(within[p], best):
			best = p
		case slices.Contains(within[best], p):
		case places[p] > places[best]:
			best = p
		}
	}
	return best
}

// summary names the event: its class, its place, and who took part.
func summary(ev Event, names map[string]string) string {
	var b strings.Builder
	class := ev.Class
	if class == "" && len(ev.Triggers) > 0 {
		class = ev.Triggers[0]
	}
	if class == "" {
		class = "event"
	}
	r, size := utf8.DecodeRuneInString(class)
	b.WriteString(string(unicode.ToUpper(r)) + class[size:])
	if ev.Place != "" {
		b.WriteString(" in " + displayName(ev.Place, names))
	}
	if n := len(ev.Participants); n > 0 {
		var who []string
		for i, p := range ev.Participants {
			if i == 4 && n > 5 {
				who = append(who, fmt.Sprintf("%d others", n-4))
				break
			}
			who = append(who, displayName(p, names))
		}
		b.WriteString(": " + strings.Join(who, ", "))
	}
	return b.String()
}

// displayName is an entity's preferred name, or its key made readable.
func displayName(key string, names map[string]string) string {
	if n := names[key]; n != "" {
		return n
	}
	words := strings.FieldsFunc(key, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		if len(w) <= 3 && (w == "us" || w == "uk" || w == "un" || w == "eu") {
			words[i] = strings.ToUpper(w)
		} else if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

func entityNames(set *claims.Set) map[string]string {
	names := map[string]string{}
	for _, e := range set.Entities {
		names[e.Key] = e.Name
	}
	for _, c := range set.Claims {
		if c.Place != nil && names[c.Place.Key] == "" {
			names[c.Place.Key] = c.Place.Name
		}
		if c.Person != nil && names[c.Person.Key] == "" {
			names[c.Person.Key] = c.Person.Name
		}
	}
	return names
}

func placeContainment(set *claims.Set) map[string][]string {
	within := map[string][]string{}
	for _, c := range set.Claims {
		switch {
		case c.Place != nil && len(c.Place.Within) > 0:
			within[c.Place.Key] = c.Place.Within
		case c.Event != nil && c.Event.Place != "" && len(c.Event.PlaceWithin) > 0 && within[c.Event.Place] == nil:
			within[c.Event.Place] = c.Event.PlaceWithin
		}
	}
	return within
}

var modalityOrder = map[claims.Modality]int{
	claims.Happened: 0, claims.Planned: 1, claims.Expected: 2, claims.Possible: 3, claims.Denied: 4,
}

// sortKey is where an interval sits on the timeline: its start, or its end
// when it has no start (PRESENT_REF and PAST_REF run from the beginning).
func sortKey(iv timex.Interval) time.Time {
	if iv.Start.IsZero() || iv.Start.Year() < 1 {
		return iv.End
	}
	return iv.Start
}

// compareDated orders dated events by start, finer before coarser on the
// same start (Feb. 24 before the week of Feb. 24 before February), vague
// after precise, then modality, summary and first source.
func compareDated(a, b Event) int {
	ai, bi := a.When.interval, b.When.interval
	if c := sortKey(ai).Compare(sortKey(bi)); c != 0 {
		return c
	}
	if c := compareIntervals(&ai, &bi); c != 0 {
		return c
	}
	return compareUndated(a, b)
}

// compareUndated orders events by modality, summary and first source.
func compareUndated(a, b Event) int {
	return cmp.Or(cmp.Compare(modalityOrder[a.Modality], modalityOrder[b.Modality]),
		cmp.Compare(a.Summary, b.Summary),
		compareFirstSource(a, b))
}

func compareFirstSource(a, b Event) int {
	if len(a.Sources) == 0 || len(b.Sources) == 0 {
		return cmp.Compare(len(a.Sources), len(b.Sources))
	}
	sa, sb := a.Sources[0], b.Sources[0]
	return cmp.Or(cmp.Compare(sa.Path, sb.Path), cmp.Compare(sa.offset, sb.offset), cmp.Compare(sa.Line, sb.Line))
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
