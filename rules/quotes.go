package rules

import (
	"sort"
	"strings"
	"unicode"

	"github.com/factline/factline/claims"
)

// quoteWords splits a quote into words for comparison: quote marks and
// apostrophes folded, punctuation dropped. fold lower-cases them.
func quoteWords(s string, fold bool) []string {
	var out []string
	var w strings.Builder
	flush := func() {
		t := strings.Trim(w.String(), ".-'")
		if t != "" {
			out = append(out, t)
		}
		w.Reset()
	}
	for _, r := range s {
		switch {
		case r == '’' || r == '‘' || r == '\'' || r == 'ʼ':
			w.WriteRune('\'')
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-':
			if fold {
				r = unicode.ToLower(r)
			}
			w.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of to in on at for with by from as is are was were be been
		being it its it's this that these those there their they them he she his her we our us you your i me my
		not no so if than then too very can could will would should shall may might must do does did have has had
		about into over under up down out more most some any all each which who whom what when where why how
		also just only many much such own same other between among toward towards`) {
		stopWords[w] = true
	}
}

// contentWords is the set of words of ws that are not stop words.
func contentWords(ws []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		if !stopWords[w] && len(w) > 1 {
			out[w] = true
		}
	}
	return out
}

// index returns the first position of needle as a contiguous run in hay,
// or -1.
func index(hay, needle []string) int {
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j := range needle {
			if hay[i+j] != needle[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// overlapsAtEnds reports whether a suffix of a is a prefix of b, at least
// min words long: two sources quoting overlapping parts of one statement.
func overlapsAtEnds(a, b []string, least int) bool {
	for n := min(len(a), len(b)); n >= least && n > 0; n-- {
		if index(a[len(a)-n:], b[:n]) == 0 {
			return true
		}
	}
	return false
}

// consistentQuotes reports whether two quotes of one speaker can both be
// verbatim: identical, one inside the other, or overlapping parts.
func consistentQuotes(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if index(a, b) >= 0 || index(b, a) >= 0 {
		return true
	}
	const minRun = 4
	return overlapsAtEnds(a, b, minRun) || overlapsAtEnds(b, a, minRun)
}

// quoteShares reports whether two quotes, given as their content words,
// share enough of them to be versions of the same statement.
func quoteShares(r *Rule, ca, cb map[string]bool) bool {
	n := 0
	for w := range ca {
		if cb[w] {
			n++
		}
	}
	smaller := min(len(ca), len(cb))
	if smaller == 0 || n < r.MinOverlap {
		return false
	}
	return float64(n)*100/float64(smaller) >= r.MinOverlapRatio
}

type quoteVersion struct {
	*bucket
	words   []string // folded
	display []string // as written
	content map[string]bool
}

// quoteVersions makes the words of each bucket's quote, for comparing.
func quoteVersions(bs []*bucket) []quoteVersion {
	vs := make([]quoteVersion, len(bs))
	for i, b := range bs {
		vs[i] = quoteVersion{bucket: b, words: quoteWords(b.claims[0].Quote.Text, true), display: quoteWords(b.claims[0].Quote.Text, false)}
		vs[i].content = contentWords(vs[i].words)
	}
	return vs
}

func (c *checker) quotesVerbatim(r *Rule) []Finding {
	var qs []*claims.Claim
	for _, cl := range c.selected(r, claims.KindQuote) {
		if cl.Quote != nil && cl.Quote.Speaker != "" {
			qs = append(qs, cl)
		}
	}
	var out []Finding
	for _, group := range groupBy(qs, func(cl *claims.Claim) string { return cl.Quote.Speaker }) {
		vs := quoteVersions(bucketize(group, func(cl *claims.Claim) string { return strings.Join(quoteWords(cl.Quote.Text, true), " ") }))
		type pair struct{ i, j int }
		var flagged []pair
		for _, p := range sharingPairs(vs) {
			i, j := p[0], p[1]
			if !crossArticle(vs[i].bucket, vs[j].bucket) || !quoteShares(r, vs[i].content, vs[j].content) ||
				consistentQuotes(vs[i].words, vs[j].words) {
				continue
			}
			flagged = append(flagged, pair{i, j})
		}
		// A pair against a fragment of a quote already flagged with the
		// same version says nothing new.
		redundant := func(p pair) bool {
			for _, q := range flagged {
				if q == p {
					continue
				}
				for _, x := range [][2]int{{p.i, p.j}, {p.j, p.i}} {
					keep, frag := x[0], x[1]
					for _, y := range [][2]int{{q.i, q.j}, {q.j, q.i}} {
						if y[0] == keep && y[1] != frag && len(vs[y[1]].words) > len(vs[frag].words) && index(vs[y[1]].words, vs[frag].words) >= 0 {
							return true
						}
					}
				}
			}
			return false
		}
		for _, p := range flagged {
			if redundant(p) {
				continue
			}
			// The less supported version is primary.
			mino, maj := vs[p.i], vs[p.j]
			if maj.articles < mino.articles {
				mino, maj = maj, mino
			}
			diff := wordDiff(mino.display, maj.display)
			f := c.conflict(r, mino.bucket, maj.bucket, func(cl *claims.Claim) string { return cl.Quote.Text },
				map[string]string{"subject": c.speakerName(mino.claims[0]), "diff": DiffString(diff)})
			f.Diff = diff
			out = append(out, f)
		}
	}
	return out
}

// quotesAttributed flags the same words in quotation marks given to
// different speakers by different sources: a quote that is, word for word
// after folding, the other's quote or a part of it, with at least
// r.MinOverlap content words. An article that gives the words to both
// speakers ("Lavrov repeated Putin's words") is not a dissent.
func (c *checker) quotesAttributed(r *Rule) []Finding {
	var qs []*claims.Claim
	for _, cl := range c.selected(r, claims.KindQuote) {
		if cl.Quote != nil && cl.Quote.Speaker != "" {
			qs = append(qs, cl)
		}
	}
	vs := quoteVersions(bucketize(qs, func(cl *claims.Claim) string {
		return cl.Quote.Speaker + "\x00" + strings.Join(quoteWords(cl.Quote.Text, true), " ")
	}))
	speaker := func(cl *claims.Claim) string { return c.speakerName(cl) }
	var out []Finding
	for _, p := range sharingPairs(vs) {
		a, b := vs[p[0]], vs[p[1]]
		if a.claims[0].Quote.Speaker == b.claims[0].Quote.Speaker || !crossArticle(a.bucket, b.bucket) {
			continue
		}
		short, long := a, b
		if len(short.words) > len(long.words) {
			short, long = long, short
		}
		if len(short.content) < r.MinOverlap || index(long.words, short.words) < 0 {
			continue
		}
		mino, maj := order(a.bucket, b.bucket)
		if !dissents(mino, maj) {
			continue
		}
		out = append(out, c.conflict(r, mino, maj, speaker, map[string]string{"subject": excerpt(short.display, maxExcerptWords)}))
	}
	return out
}

// maxExcerptWords is how much of a quote a message shows.
const maxExcerptWords = 12

// excerpt joins the first n words of ws, with an ellipsis when it cut.
func excerpt(ws []string, n int) string {
	if len(ws) <= n {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[:n], " ") + " …"
}

// speakerName names a quote's speaker for a message: the entity's name,
// else the words the text uses, else the key.
// commonWord is how many versions a content word may be in and still
// propose pairs: a word every version has tells none apart.
const commonWord = 64

// sharingPairs lists the pairs (i < j) of quote versions that share a
// content word that is not common to most of them, through an inverted
// index: versions of one statement share rare words, and the cost stays
// near-linear in versions instead of all pairs.
func sharingPairs(vs []quoteVersion) [][2]int {
	if len(vs) <= commonWord {
		var out [][2]int
		for i := range vs {
			for j := i + 1; j < len(vs); j++ {
				out = append(out, [2]int{i, j})
			}
		}
		return out
	}
	postings := map[string][]int{}
	for i, v := range vs {
		for w := range v.content {
			postings[w] = append(postings[w], i)
		}
	}
	seen := map[[2]int]bool{}
	var out [][2]int
	for _, w := range sortedKeys(postings) {
		ps := postings[w]
		if len(ps) > commonWord {
			continue
		}
		for a := range ps {
			for b := a + 1; b < len(ps); b++ {
				p := [2]int{ps[a], ps[b]}
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a][0] != out[b][0] {
			return out[a][0] < out[b][0]
		}
		return out[a][1] < out[b][1]
	})
	return out
}

func (c *checker) speakerName(cl *claims.Claim) string {
	q := cl.Quote
	if name := c.entityName(q.Speaker); name != "" {
		return name
	}
	if q.SpeakerText != "" && !isPronoun(q.SpeakerText) {
		return q.SpeakerText
	}
	return q.Speaker
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "we", "i":
		return true
	}
	return false
}

// wordDiff is the word-level diff of a against b, by longest common
// subsequence, comparing words case-insensitively.
func wordDiff(a, b []string) []DiffPart {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if strings.EqualFold(a[i], b[j]) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []DiffPart
	add := func(op DiffOp, w string) {
		if k := len(out) - 1; k >= 0 && out[k].Op == op {
			out[k].Text += " " + w
			return
		}
		out = append(out, DiffPart{Op: op, Text: w})
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && strings.EqualFold(a[i], b[j]):
			add(DiffSame, b[j])
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			// Removed words come first in a change, so emit them first.
			if i < n && lcs[i+1][j] == lcs[i][j] {
				add(DiffRemoved, a[i])
				i++
			} else {
				add(DiffAdded, b[j])
				j++
			}
		default:
			add(DiffRemoved, a[i])
			i++
		}
	}
	return out
}

// DiffString renders a word diff as text: removed words [-like this-],
// added words {+like this+}.
func DiffString(d []DiffPart) string {
	var b strings.Builder
	for i, p := range d {
		if i > 0 && !(p.Op == DiffAdded && d[i-1].Op == DiffRemoved) {
			b.WriteByte(' ')
		}
		switch p.Op {
		case DiffRemoved:
			b.WriteString("[-" + p.Text + "-]")
		case DiffAdded:
			b.WriteString("{+" + p.Text + "+}")
		default:
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// sortedKeys returns m's keys sorted.
func sortedKeys[K ~string, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
