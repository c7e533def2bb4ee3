package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// match is matchNormal for a string, as the tests hold the text.
func (j *junkList) match(n string, words int) bool {
	return matchNormal(j, n, words)
}

// TestRemoveJunk runs the junk rules on small pages built for one signal
// each; "+" marks the lines that must stay.
func TestRemoveJunk(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
	}{
		{"boilerplate and labels", []string{"Please enable JavaScript to view this site", "SKIP TO CONTENT", "Share this article",
			"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers.", "ADVERTISEMENT",
			"+The mayor said she would sign it on Friday, ending a two-month dispute over police funding."}},
		{"relative times and bylines", []string{"By JOHN DOE and JANE ROE, Associated Press", "Updated 2 hours ago", "an hour ago",
			"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers to the force."}},
		{"link list of headlines", []string{"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers.",
			"Mayor Signs Budget With 30 New Officers", "Storm Knocks Out Power to 5,000 Homes", "Team Wins Third Straight Title"}},
		{"two headlines with a stamp between", []string{"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers.",
			"Storm Knocks Out Power to 5,000 Homes", "3 days ago", "Team Wins Third Straight Title"}},
		{"subheads stay", []string{"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers.",
			"+Police Funding Dispute Ends", "+The mayor said she would sign it on Friday, ending a two-month dispute over police funding."}},
		{"teaser after junk", []string{"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers to the force.",
			"MORE NEWS", "SPRINGFIELD — Officials said up to 400 jobs could move to the new plant, which is expected to ..."}},
		{"caption", []string{"The council chamber on Tuesday. (AP Photo/Jane Doe)",
			"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers to the force."}},
		{"repeated line", []string{"Watch: Budget Vote Highlights", "+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers.",
			"Watch: Budget Vote Highlights"}},
		{"text ending in an agency or a colon stays", []string{"+The figures were first reported by the Associated Press (AP).",
			"+He listed three goals:", "+Restore the embassies, appoint negotiators and reopen trade, the minister said."}},
		{"promo sentence cut off the last paragraph", []string{"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers to the force. " +
			"The mayor said she would sign it on Friday, ending a two-month dispute over police funding that had split the council. Click here to read more on our site."}},
		{"menu of short lines", []string{"News", "Sport", "Weather", "Jane Roe",
			"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers to the force."}},
		{"a lone short line stays", []string{"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers.",
			"+Background", "+The mayor said she would sign it on Friday, ending a two-month dispute over police funding."}},
		{"reader comments end the article", []string{"+The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers to the force.",
			"12 Comments", "riverwatcher · 2 hours ago", "This is the third vote this year and nothing changes, which says a lot about the council and its priorities.",
			"Leave a comment"}},
		{"written list stays", []string{"+The council approved three things on Tuesday, after a debate that lasted late into the night:",
			"-Police Budget Increase", "-New Park Funding", "-Library Hours Extension"}},
	}
	jl := newJunkList(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []block
			var want []string
			for _, l := range tt.lines {
				b := block{text: l}
				switch l[0] {
				case '+':
					b.text = l[1:]
					want = append(want, strings.TrimSuffix(b.text, " Click here to read more on our site."))
				case '-':
					b.text, b.listItem = l[1:], true
					want = append(want, b.text)
				}
				blocks = append(blocks, b)
			}
			kept, _ := removeJunk(blocks, "", jl, nil)
			var got []string
			for _, b := range kept {
				got = append(got, b.text)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  DON’T   MISS: ", "don't miss"},
		{"“Trump–Putin” Summit…", "trump-putin\" summit"},
		{"Ärger\u00a0ÜBER\tNews!!", "ärger über news"},
		{"___", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestIsSmallWord checks isSmallWord against the small words of the
// reference (refSmallWords), and that longer or capitalised words are not
// small.
func TestIsSmallWord(t *testing.T) {
	for w := range refSmallWords {
		if !isSmallWord(w) {
			t.Errorf("isSmallWord(%q) = false, want true", w)
		}
		if len(w) > maxSmallWord {
			t.Errorf("small word %q is longer than maxSmallWord (%d)", w, maxSmallWord)
		}
	}
	for _, w := range []string{"", "The", "thee", "fro", "onto", "b", "and "} {
		if isSmallWord(w) {
			t.Errorf("isSmallWord(%q) = true, want false", w)
		}
	}
}

// TestMaxCreditPrefix checks the length bound isCredit lowers.
func TestMaxCreditPrefix(t *testing.T) {
	for _, p := range creditPrefixes {
		if len(p) > maxCreditPrefix {
			t.Errorf("credit prefix %q is longer than maxCreditPrefix (%d)", p, maxCreditPrefix)
		}
	}
}

// TestJunkListMatch: phrases are found at any word of a paragraph, whole
// paragraphs exactly, and a phrase that folds to start with a space is
// kept without a panic.
func TestJunkListMatch(t *testing.T) {
	j := newJunkList([]string{"! 0 00", "Read our daily brief"})
	for _, c := range []struct {
		n    string
		want bool
	}{
		{"please read our daily brief now", true},
		{"read our daily", false},
		{"read our daily brief", true},
		{" 0 00", true},
		{"a 0 00", false},
	} {
		if got := j.match(c.n, countWords(c.n)); got != c.want {
			t.Errorf("match(%q) = %v, want %v", c.n, got, c.want)
		}
	}
}

// junkFuzzBlocks turns fuzz input into blocks: one a line, a leading
// "\x01" marks a link-dense block, "\x02" a list item, "\x03" a heading;
// each block maps to the file as one piece.
func junkFuzzBlocks(page string) []block {
	var blocks []block
	off := 0
	for l := range strings.SplitSeq(page, "\n") {
		b := block{text: l, line: len(blocks) + 1, col: 1}
		for len(b.text) > 0 && b.text[0] >= 1 && b.text[0] <= 3 {
			switch b.text[0] {
			case 1:
				b.linkDense = true
			case 2:
				b.listItem = true
			case 3:
				b.heading = true
			}
			b.text = b.text[1:]
		}
		if b.text != "" {
			b.pieces = []Piece{{Body: 0, File: off, Len: len(b.text), Exact: true}}
		}
		off += len(l) + 1
		blocks = append(blocks, b)
	}
	return blocks
}

// junkFuzzSeeds are pages for the junk fuzz targets: the rule tests'
// lines and paragraphs of a seed article.
func junkFuzzSeeds(f *testing.F) []string {
	seeds := []string{
		"Please enable JavaScript to view this site\nSKIP TO CONTENT\nShare this article\nThe council voted 7-2 on Tuesday to approve the budget, which adds 30 officers.\nADVERTISEMENT",
		"By JOHN DOE and JANE ROE, Associated Press\nUpdated 2 hours ago\nan hour ago\nThe council voted 7-2 on Tuesday.",
		"The council voted 7-2 on Tuesday to approve the budget, which adds 30 officers.\nMayor Signs Budget With 30 New Officers\nStorm Knocks Out Power to 5,000 Homes\n3 days ago\nTeam Wins Third Straight Title",
		"MORE NEWS\nSPRINGFIELD — Officials said up to 400 jobs could move to the new plant, which is expected to ...\nThe council chamber on Tuesday. (AP Photo/Jane Doe)",
		"Watch: Budget Vote Highlights\n\x01Home | News | Local\nWatch: Budget Vote Highlights\n12 Comments\nriverwatcher · 2 hours ago\nLeave a comment",
		"\x02Police Budget Increase\n\x03New Park Funding\n“Reporting by Olena Kravets; editing by Tom Reed.”\nREPORTING BY X\nhttps://example.com/a\ngvw_ap_news",
		"He said it was fine. The mayor agreed. Click here to read more on our site.\nFor continued updates on this story, click here to read more on VOA News.",
	}
	src, err := os.ReadFile(filepath.Join(summitDir, "001_4ad8430b91497876.txt"))
	if err != nil {
		f.Fatal(err)
	}
	return append(seeds, string(src))
}

// junkFuzzLines returns the lines of junkFuzzSeeds' pages, the seeds of
// the fuzz targets of the rules that look at one line.
func junkFuzzLines(f *testing.F) []string {
	var lines []string
	for _, s := range junkFuzzSeeds(f) {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	return lines
}

// fuzzScratch is shared by the fuzz inputs, as a Load's files share one.
var fuzzScratch = &scratch{}

// FuzzRemoveJunk checks removeJunk against refRemoveJunk, the rules as
// they were before they were tuned for speed: same blocks kept, same page
// title.
func FuzzRemoveJunk(f *testing.F) {
	for _, s := range junkFuzzSeeds(f) {
		f.Add(s, "Mayor Signs Budget", "")
		f.Add(s, "", "read our daily brief|! 0 00")
	}
	f.Fuzz(func(t *testing.T, page, title, extra string) {
		jl := newJunkList(strings.Split(extra, "|"))
		want, wantTitle := refRemoveJunk(junkFuzzBlocks(page), title, jl)
		got, gotTitle := removeJunk(junkFuzzBlocks(page), title, jl, fuzzScratch)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(block{})); diff != "" {
			t.Fatalf("kept blocks differ (-want +got):\n%s", diff)
		}
		if gotTitle != wantTitle {
			t.Fatalf("page title %q, want %q", gotTitle, wantTitle)
		}
	})
}

// FuzzIsCredit checks isCredit against its reference on any line.
func FuzzIsCredit(f *testing.F) {
	for _, l := range junkFuzzLines(f) {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCredit(s), refIsCredit(s); got != want {
			t.Fatalf("isCredit(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzJunkListMatch checks junkList.match against refMatch on folded
// text, with extra phrases.
func FuzzJunkListMatch(f *testing.F) {
	for _, l := range junkFuzzLines(f) {
		f.Add(l, "read our daily brief|! 0 00")
	}
	f.Fuzz(func(t *testing.T, s, extra string) {
		jl := newJunkList(strings.Split(extra, "|"))
		for _, n := range []string{s, Normalize(s)} {
			w := countWords(n)
			if got, want := jl.match(n, w), refMatch(jl, n, w); got != want {
				t.Fatalf("match(%q, %d) = %v, want %v", n, w, got, want)
			}
		}
	})
}

// FuzzAppendNormal checks appendNormal against refAppendNormal, after
// text already in the buffer and with room or none.
func FuzzAppendNormal(f *testing.F) {
	for _, l := range junkFuzzLines(f) {
		f.Add("x ", l)
	}
	f.Add("", " \u00a0 A\u2003b\tC  ")
	f.Add("", "Ⱥ\xffÄ")
	// Eight-byte words: plain, with two spaces, a backquote, a control
	// byte, a space across words, upper case at the edges.
	for _, s := range []string{"ABCDEFGH  IJKLMNOP", "abcdefg `hijklmnop", "        leading spaces here",
		"x\tyyyyyyyy\nzzzzzzzz", "HELLO WORLD FOO BAR BAZ ", "1234567 Z@[`{ AZaz", "ÄBCDEFGHIJKLMNOPQ\x7f"} {
		f.Add("", s)
	}
	f.Fuzz(func(t *testing.T, pre, s string) {
		want := string(refAppendNormal([]byte(pre), s))
		if got := string(appendNormal([]byte(pre), s)); got != want {
			t.Fatalf("appendNormal(%q, %q) = %q, want %q", pre, s, got, want)
		}
		if got := string(appendNormal(make([]byte, len(pre), len(pre)+len(s)+8)[:0], pre+s)); got != string(refAppendNormal(nil, pre+s)) {
			t.Fatalf("appendNormal(%q) differs", pre+s)
		}
	})
}

// FuzzIsTitleCase checks isTitleCase against refIsTitleCase on any line.
func FuzzIsTitleCase(f *testing.F) {
	for _, l := range junkFuzzLines(f) {
		f.Add(l)
	}
	f.Add("“Trump Softens\u00a0Criticism of Kyiv” \xff Ärger Über\u2003news")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isTitleCase(s), refIsTitleCase(s); got != want {
			t.Fatalf("isTitleCase(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzIsPublishedLabel checks the first-byte filter of isPublishedLabel
// against the expression alone.
func FuzzIsPublishedLabel(f *testing.F) {
	for _, s := range []string{"Published 6 hours ago on", "last UPDATED: today", "Date", "ſome", "poſted", "Dated", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isPublishedLabel(s), publishedLabel.MatchString(s); got != want {
			t.Fatalf("isPublishedLabel(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzIsDateOnly checks isDateOnly against isDateOnlyFull: the pre-test
// never rejects a date stamp.
func FuzzIsDateOnly(f *testing.F) {
	for _, s := range []string{"Feb. 22, 2025", "22 February 2025 10:03", "2025-02-22T10:00:00Z", "Updated 12:03 on 1 2 3 4 5", "Sat 22 Feb 2025 | 14:03 UTC", "call 555-1234 now"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isDateOnly(s), isDateOnlyFull(s); got != want {
			t.Fatalf("isDateOnly(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzTrimNormal checks trimNormal and trimNormalBytes against
// strings.TrimFunc with isNormalTrim.
func FuzzTrimNormal(f *testing.F) {
	for _, s := range []string{"\"Hello.\"", "(a)", "“quoted”", "...", "— x —", "a\x7f", " .a. ", "$5", "\xff."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.TrimFunc(s, isNormalTrim)
		if got := trimNormal(s); got != want {
			t.Fatalf("trimNormal(%q) = %q, want %q", s, got, want)
		}
		if got := trimNormalBytes([]byte(s)); string(got) != want {
			t.Fatalf("trimNormalBytes(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestASCIIPunctOrSymbol checks isASCIIPunctOrSymbol against isNormalTrim
// on every ASCII byte.
func TestASCIIPunctOrSymbol(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if got, want := isASCIIPunctOrSymbol(byte(c)), isNormalTrim(rune(c)); got != want {
			t.Errorf("isASCIIPunctOrSymbol(%#x) = %v, want %v", c, got, want)
		}
	}
}

// FuzzEndsSentence checks endsSentence against refEndsSentence.
func FuzzEndsSentence(f *testing.F) {
	for _, s := range []string{"He left.", "“Go!”", "(see above.) ", "Wait…", "no end", "x.\u00a0", "why?'", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsSentence(s), refEndsSentence(s); got != want {
			t.Fatalf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzCountWords checks countWords against refCountWords.
func FuzzCountWords(f *testing.F) {
	for _, l := range junkFuzzLines(f) {
		f.Add(l)
	}
	for _, s := range []string{"", " ", "a", "abcdefgh ijklmnop", "       x", "x       ", "a\tb\nc\rd  e\x00f\x1fg\x7fh", "\u00a0\u00a0 words \u2003 here"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countWords(s), refCountWords(s); got != want {
			t.Fatalf("countWords(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestLowersToASCII checks what mayBeJunkText relies on: U+0130 and
// U+212A are the only runes beyond ASCII that lower to ASCII.
func TestLowersToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != '\u0130' && r != '\u212a' {
			t.Errorf("%U lowers to %q", r, l)
		}
	}
}

// FuzzMayBeJunkText checks that mayBeJunkText says false only of text
// that isJunkText, after folding it, finds no junk in.
func FuzzMayBeJunkText(f *testing.F) {
	for _, l := range junkFuzzLines(f) {
		f.Add(l, "Mayor Signs Budget", "read our daily brief|! 0 00")
	}
	f.Add("Please ensure JavaScript is enabled for purposes of website accessibility", "", "")
	f.Add("(We use cookies) to make it better", "", "")
	f.Add("Sign up for our newsletter: \u0130t is free", "", "")
	f.Fuzz(func(t *testing.T, s, title, extra string) {
		jl := newJunkList(strings.Split(extra, "|"))
		nt := []byte(Normalize(title))
		if !jl.mayBeJunkText(s, foldedLetters(nt)) && isJunkText(jl, []byte(Normalize(s)), nt, maxCompareWords) {
			t.Fatalf("mayBeJunkText(%q) = false, but it is junk (title %q, extra %q)", s, title, extra)
		}
	})
}
