package article

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// sentencesOf segments text and returns its sentences, headings marked
// with a leading "# ".
func sentencesOf(text string) []string {
	a := FromText("t", "t.txt", text, summitPublished)
	var out []string
	for _, s := range a.Sentences {
		t := a.Text(s.Span)
		if s.Heading {
			t = "# " + t
		}
		out = append(out, t)
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "The talks began. They ended!  Was it over? Yes.",
			[]string{"The talks began.", "They ended!", "Was it over?", "Yes."}},
		{"U.S. before a name", "U.S. President Donald Trump met Putin. The U.S. and Russia agreed.",
			[]string{"U.S. President Donald Trump met Putin.", "The U.S. and Russia agreed."}},
		{"U.S. ends a sentence", "The envoy flew to the U.S. He landed Sunday.",
			[]string{"The envoy flew to the U.S.", "He landed Sunday."}},
		{"titles", "Gen. Mark Milley, Mr. Smith, Dr. Jones and Sen. Cho met at St. Mary's. Rep. Ortiz did not.",
			[]string{"Gen. Mark Milley, Mr. Smith, Dr. Jones and Sen. Cho met at St. Mary's.", "Rep. Ortiz did not."}},
		{"months", "The war began on Feb. 24, 2022. Talks are set for Jan. 5. In Dec. The talks collapsed.",
			[]string{"The war began on Feb. 24, 2022.", "Talks are set for Jan. 5.", "In Dec.", "The talks collapsed."}},
		{"month before a name", "It was signed in Sept. Officials said so.",
			[]string{"It was signed in Sept.", "Officials said so."}},
		{"initials", "J.D. Vance spoke. Then J. Smith and E. B. White left. The end.",
			[]string{"J.D. Vance spoke.", "Then J. Smith and E. B. White left.", "The end."}},
		{"decimals and money", "Prices rose 3.5% to $1.25 billion. Output fell 0.2 points.",
			[]string{"Prices rose 3.5% to $1.25 billion.", "Output fell 0.2 points."}},
		{"ellipsis", "He paused... Then he spoke. She said “wait … no” and left.",
			[]string{"He paused...", "Then he spoke.", "She said “wait … no” and left."}},
		{"ellipsis before a name", "They discussed Ukraine... Putin was not there.",
			[]string{"They discussed Ukraine... Putin was not there."}},
		{"quote ends sentence", "Lavrov called it “very useful.” Rubio agreed.",
			[]string{"Lavrov called it “very useful.”", "Rubio agreed."}},
		{"quote then period", "Lavrov called it “very useful”. Rubio agreed.",
			[]string{"Lavrov called it “very useful”.", "Rubio agreed."}},
		{"straight quotes", `He said "no." She said "yes."`,
			[]string{`He said "no."`, `She said "yes."`}},
		{"question inside quote continues", "“Why now?” he asked. Nobody knew.",
			[]string{"“Why now?” he asked.", "Nobody knew."}},
		{"lower case after period", "Talks run approx. two hours, e.g. until noon.",
			[]string{"Talks run approx. two hours, e.g. until noon."}},
		{"a.m. and p.m.", "They met at 9 a.m. Saturday and left at 5 p.m. The next day was quiet.",
			[]string{"They met at 9 a.m. Saturday and left at 5 p.m.", "The next day was quiet."}},
		{"U.K. possessive", "He praised the U.K.’s ironclad support. Starmer agreed.",
			[]string{"He praised the U.K.’s ironclad support.", "Starmer agreed."}},
		{"company", "Shares of Acme Inc. rose. Acme Inc. Chief Executive Jane Doe said.",
			[]string{"Shares of Acme Inc. rose.", "Acme Inc. Chief Executive Jane Doe said."}},
		{"heading apart", "Trump Softens Criticism of Kyiv\nTrump on Friday appeared to walk back his comments.",
			[]string{"# Trump Softens Criticism of Kyiv", "Trump on Friday appeared to walk back his comments."}},
		{"heading with abbreviation", "U.S. and Russia Agree to Work Toward Ending Ukraine War\n\nRussian and U.S. representatives met.",
			[]string{"# U.S. and Russia Agree to Work Toward Ending Ukraine War", "Russian and U.S. representatives met."}},
		{"long line without period is text", strings.Repeat("word ", 25) + "end",
			[]string{strings.Repeat("word ", 25) + "end"}},
		{"clause line is not a heading", "He listed three goals:\nto restore staffing.",
			[]string{"He listed three goals:", "to restore staffing."}},
		{"paragraphs", "One.\n\n\nTwo.", []string{"One.", "Two."}},
		{"No. before a number", "He wore No. 5. He said no. Then he left.", []string{"He wore No. 5.", "He said no.", "Then he left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentencesOf(tt.text)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestMarkdown covers Markdown structure: ATX and setext headings, lists,
// code fences, emphasis and links.
func TestMarkdown(t *testing.T) {
	src := "---\npublished: 2025-02-22\n---\nTalks Resume\n============\n\nThe *envoys* met on **Monday** at the [U.N. offices](https://un.org).\n\n" +
		"```\ncode = 1\n```\n\n## Next steps\n\n1. Sign the deal\n2. Reopen embassies\n\nWhat Comes Next\n---\nMore talks.\n"
	a, diags := Parse("x.md", []byte(src), ParseOptions{})
	if a == nil {
		t.Fatal(diags)
	}
	want := []string{"# 4:1 Talks Resume", "7:1 The envoys met on Monday at the U.N. offices.", "# 13:4 Next steps", "15:4 Sign the deal",
		"16:4 Reopen embassies", "# 18:1 What Comes Next", "20:1 More talks."}
	var got []string
	for _, s := range a.Sentences {
		h := ""
		if s.Heading {
			h = "# "
		}
		got = append(got, h+a.Pos(s.Start).String()+" "+a.Text(s.Span))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSplitSentences(t *testing.T) {
	text := "  Mr. Ryabkov spoke. He left.  "
	got := SplitSentences(text)
	want := []Span{{2, 20}, {21, 29}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string // text/kind
	}{
		{"U.S. President Donald Trump-Putin’s talks",
			[]string{"U.S./word", "President/word", "Donald/word", "Trump-Putin’s/word", "talks/word"}},
		{"up to 1,500 workers, 3.5% on 2025-02-22 at 14:03.",
			[]string{"up/word", "to/word", "1,500/number", "workers/word", ",/punct", "3.5/number", "%/punct", "on/word",
				"2025-02-22/number", "at/word", "14:03/number", "./punct"}},
		{"Feb. 24, 2022 Gen. J.D. Vance said: “No...”",
			[]string{"Feb./word", "24/number", ",/punct", "2022/number", "Gen./word", "J.D./word", "Vance/word", "said/word",
				":/punct", "“/punct", "No/word", ".../punct", "”/punct"}},
		{"the war. He", []string{"the/word", "war/word", "./punct", "He/word"}},
		{"AT&T's 20-year-old", []string{"AT&T's/word", "20-year-old/number"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.text) {
			if tt.text[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has span %v", tt.text, tok.Text, tok.Span)
			}
			got = append(got, tok.Text+"/"+tok.Kind.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// checkSpans fails unless the sentences and paragraphs of a lie inside the
// body, in order, without overlap, on rune boundaries.
func checkSpans(t *testing.T, a *Article) {
	t.Helper()
	checkPieces(t, a)
	last := 0
	for _, s := range a.Sentences {
		if s.Start < last || s.End <= s.Start || s.End > len(a.Body) {
			t.Fatalf("bad sentence span %v after %d in %q", s.Span, last, a.Body)
		}
		if utf8.ValidString(a.Body) && !utf8.RuneStart(a.Body[s.Start]) || (s.End < len(a.Body) && !utf8.RuneStart(a.Body[s.End])) {
			t.Fatalf("sentence span %v splits a rune in %q", s.Span, a.Body)
		}
		if s.Paragraph < 0 || s.Paragraph >= len(a.Paragraphs) {
			t.Fatalf("sentence %v in paragraph %d of %d", s.Span, s.Paragraph, len(a.Paragraphs))
		}
		if p := a.Paragraphs[s.Paragraph]; s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %v outside its paragraph %v", s.Span, p)
		}
		last = s.End
		for _, tok := range a.Tokens(s.Span) {
			if tok.Start < s.Start || tok.End > s.End || a.Body[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %q %v outside sentence %v", tok.Text, tok.Span, s.Span)
			}
		}
		p := a.Pos(s.Start)
		if p.Line < 1 || p.Column < 1 || p.Offset < 0 || p.Offset > len(a.Source()) {
			t.Fatalf("bad position %+v", p)
		}
	}
}

// checkPieces fails unless the pieces cover the body in order, without
// gaps, inside the file, and exact pieces hold the file's bytes.
func checkPieces(t *testing.T, a *Article) {
	t.Helper()
	at := 0
	for _, p := range a.pieces {
		if p.Body != at || p.Len <= 0 || p.File < 0 || p.File > len(a.src) {
			t.Fatalf("piece %+v at body %d (body %d bytes, file %d bytes)", p, at, len(a.Body), len(a.src))
		}
		if p.Exact && (p.File+p.Len > len(a.src) || a.Body[p.Body:p.Body+p.Len] != string(a.src[p.File:p.File+p.Len])) {
			t.Fatalf("exact piece %+v does not match the file", p)
		}
		at += p.Len
	}
	if at != len(a.Body) {
		t.Fatalf("pieces cover %d of %d body bytes", at, len(a.Body))
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"U.S. President Donald Trump met Putin. The U.S. and Russia agreed.",
		"Trump Softens Criticism of Kyiv\nHe said “no…” and left... Then Feb. 24.", "a.b.c. d? “e!” (f.) \n\n\t g", "\xff\xfe. A.", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := FromText("f", "f.txt", s, summitPublished)
		checkSpans(t, a)
	})
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{"---\ntitle: x\npublished: 2025-02-22\n---\nText.", "---\npublished: [\n---\n", "---\n- a\n---\nb",
		"---\ntimezone: Europe/Kyiv\npublished: February 22, 2025\nid: a\nx: {y: 1}\n---\n# H\n\n- item\n[link](u) **b**", "---\n", "---\n---\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, diags := Parse("f.md", []byte(s), ParseOptions{Published: summitPublished})
		if a == nil {
			if len(diags) == 0 {
				t.Fatal("no article and no diagnostic")
			}
			return
		}
		checkSpans(t, a)
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><meta property="article:published_time" content="2025-02-22"></head><body><article><h1>T</h1><p>One, two &amp; three.</p><p>Four&nbsp;five.</p></article></body></html>`,
		`<p>a<p>b<li>c<div class="share">d</div><script>x</script><time datetime="x">y</time>`,
		`<script type="application/ld+json">{"datePublished":"2025-02-22","@graph":[{}]}</script><p>Text here.</p>`,
		"<p>&#x2019;&#8217;&bogus; &amp</p>", "<",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, diags := Parse("f.html", []byte(s), ParseOptions{Published: summitPublished})
		if a == nil {
			if len(diags) == 0 {
				t.Fatal("no article and no diagnostic")
			}
			return
		}
		checkSpans(t, a)
	})
}

// FuzzSplitSentences checks splitSentences against refSplitSentences, the
// splitter before it searched for terminators with a fast byte search,
// on any trimmed span of any text.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"U.S. President Donald Trump met Putin. The U.S. and Russia agreed!",
		"He said “no…” and left... Then Feb. 24. Really?! Yes.", "a.b.c. d? “e!” (f.) g", "\xe2\x80. \xe2. A…", ""} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, from, to int) {
		from, to = max(0, min(from, len(s))), max(0, min(to, len(s)))
		if from > to {
			from, to = to, from
		}
		// Callers split at line ends, rune boundaries, and trim.
		for from > 0 && from < len(s) && !utf8.RuneStart(s[from]) {
			from--
		}
		for to < len(s) && !utf8.RuneStart(s[to]) {
			to++
		}
		sp := TrimSpan(s, Span{from, to})
		want := refSplitSentences(nil, s, sp, 3)
		if diff := cmp.Diff(want, splitSentences(nil, s, sp, 3)); diff != "" {
			t.Fatalf("%q %v: (-want +got)\n%s", s, sp, diff)
		}
	})
}

// TestAbbreviation checks abbreviation against refAbbreviations.
func TestAbbreviation(t *testing.T) {
	for w, want := range refAbbreviations {
		if got := abbreviation(w); got != want {
			t.Errorf("abbreviation(%q) = %d, want %d", w, got, want)
		}
	}
	for _, w := range []string{"", "mister", "Mr", "us", "u.s", "jan.", "sept."} {
		if got := abbreviation(w); got != notAbbrev {
			t.Errorf("abbreviation(%q) = %d, want none", w, got)
		}
	}
}
