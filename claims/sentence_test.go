package claims

import (
	"testing"

	"github.com/factline/factline/claims/article"
)

// refTokenSentences is each token's sentence as buildSentences wrote it
// into the tokens before sentOf replaced that field.
func refTokenSentences(d *doc, ss []article.Sentence) []int {
	if len(ss) == 0 {
		ss = []article.Sentence{{Span: article.Span{Start: 0, End: len(d.a.Body)}}}
	}
	sent := make([]int, len(d.toks))
	ti := 0
	for si, s := range ss {
		for ti < len(d.toks) && int(d.toks[ti].start) < s.Start {
			sent[ti] = max(si-1, 0)
			ti++
		}
		for ti < len(d.toks) && int(d.toks[ti].start) < s.End {
			sent[ti] = si
			ti++
		}
	}
	for ; ti < len(d.toks); ti++ {
		sent[ti] = len(ss) - 1
	}
	return sent
}

// FuzzSentOf: sentOf gives every token the sentence buildSentences used
// to write into it, with Segment's sentences and with sentences cut
// anywhere (empty, overlapping or out of order ones included).
func FuzzSentOf(f *testing.F) {
	f.Add("One. Two three.\n\nFour? Five", 3, 9, 0)
	f.Add("  a  b  ", 0, 0, 5)
	f.Add("", 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, a, b, c int) {
		art := article.FromText("f", "f.txt", text, dct)
		for _, cut := range []bool{false, true} {
			if cut {
				n := len(text) + 1
				a, b, c = abs(a)%n, abs(b)%n, abs(c)%n
				art.Sentences = []article.Sentence{{Span: article.Span{Start: a, End: b}}, {Span: article.Span{Start: b, End: b}}, {Span: article.Span{Start: min(b, c), End: max(b, c)}}, {Span: article.Span{Start: c, End: n - 1}}}
			}
			d := newDoc(art, builtinGazetteer, nil, nil, nil)
			want := refTokenSentences(d, art.Sentences)
			for i := range d.toks {
				if got := d.sentOf(i); got != want[i] {
					t.Fatalf("%q, sentences %v: token %d in sentence %d, want %d", text, art.Sentences, i, got, want[i])
				}
			}
		}
	})
}
