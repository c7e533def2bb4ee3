package claims

import (
	"testing"

	"github.com/factline/factline/claims/article"
	"github.com/google/go-cmp/cmp"
)

// quotesAndMarks runs find on a fresh document of a and returns the
// quotations found and which tokens it marked as quoted.
func quotesAndMarks(a *article.Article, find func(*doc)) ([]quoteSpan, []bool) {
	d := newDoc(a, builtinGazetteer, nil, nil, nil)
	d.quotes = nil
	for i := range d.toks {
		d.toks[i].bits &^= tokInQuote
	}
	find(d)
	marks := make([]bool, len(d.toks))
	for i := range d.toks {
		marks[i] = d.toks[i].inQuote()
	}
	return d.quotes, marks
}

// FuzzFindQuotes: findQuotes, which reads only the marks that start a
// token, finds what refFindQuotes, which reads every byte, finds, with
// the paragraphs Segment makes and with two more cut anywhere (a and b,
// taken modulo the body's length).
func FuzzFindQuotes(f *testing.F) {
	for _, s := range []string{
		"“It doesn’t affect us,” he said. 'Single' ‘curly’ and \"straight\" marks.",
		"\"unclosed quote\n“curly” ‘single’ the workers’ union 'n' rock’n’roll",
		"'twas \"a\"b\" ‘x’y’ “”", "don't'", "’s", "\xe2\x80\"\xe2", "“a\n\n”b”",
	} {
		f.Add(s, 3, 17)
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		art := article.FromText("f", "f.txt", text, dct)
		for _, cut := range []bool{false, true} {
			if cut {
				if len(text) == 0 {
					return
				}
				a, b = abs(a)%len(text), abs(b)%(len(text)+1)
				art.Paragraphs = append(art.Paragraphs, article.Span{Start: min(a, b), End: max(a, b)}, article.Span{Start: a, End: len(text)})
			}
			gotQ, gotM := quotesAndMarks(art, (*doc).findQuotes)
			wantQ, wantM := quotesAndMarks(art, (*doc).refFindQuotes)
			if diff := cmp.Diff(wantQ, gotQ, cmp.AllowUnexported(quoteSpan{})); diff != "" {
				t.Fatalf("quotes of %q (paragraphs %v) (-want +got):\n%s", text, art.Paragraphs, diff)
			}
			if diff := cmp.Diff(wantM, gotM); diff != "" {
				t.Fatalf("quoted tokens of %q (-want +got):\n%s", text, diff)
			}
		}
	})
}

// abs is |n|, with the smallest int made 0.
func abs(n int) int {
	if n < 0 {
		n = -n
	}
	return max(n, 0)
}

// FuzzNormalizeQuoteRuns: NormalizeQuote, which writes runs of kept ASCII
// bytes at once, gives what refNormalizeQuote, which writes each byte,
// gives.
func FuzzNormalizeQuoteRuns(f *testing.F) {
	for _, s := range []string{"“It doesn’t — affect US,” he said.", "  a\tb\n\nC`d ", "", "ÉTÉ  été", "\xff a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormalizeQuote(s), refNormalizeQuote(s); got != want {
			t.Fatalf("NormalizeQuote(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzNormalizedQuotes: the quotations of a document normalized together
// (normalizedQuotes, one builder) are each NormalizeQuote of its text.
func FuzzNormalizedQuotes(f *testing.F) {
	for _, s := range []string{"“It doesn’t — affect US,” he said. \"  Two\tquotes \" and ‘one’.", "“”\n\"a\" \"\" “ B ”", "“unclosed\n\n“x”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := newDoc(article.FromText("f", "f.txt", text, dct), builtinGazetteer, nil, nil, nil)
		norms := d.normalizedQuotes()
		for qi, q := range d.quotes {
			want := ""
			if q.t0 < q.t1 {
				want = NormalizeQuote(d.a.Body[q.inner.Start:q.inner.End])
			}
			if norms[qi] != want {
				t.Fatalf("%q: quotation %d is %q, want %q", text, qi, norms[qi], want)
			}
		}
	})
}
