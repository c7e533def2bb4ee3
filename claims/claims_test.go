package claims

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/factline/factline/claims/article"
)

// dct is the publication date of the example story.
var dct = time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC)

// loadStory reads a story folder the way the CLI does.
func loadStory(t testing.TB, dir string) []*article.Article {
	t.Helper()
	arts, diags := article.Load([]string{dir}, article.LoadOptions{Published: dct})
	for _, d := range diags {
		if d.Severity == article.SeverityError {
			t.Fatalf("%s", d.Error())
		}
	}
	if len(arts) == 0 {
		t.Fatalf("%s: no articles", dir)
	}
	return arts
}

// storyDirs are the stories whose claims the tests check.
var storyDirs = []string{
	"../testdata/stories/summit-2025",
	"../testdata/stories/claims-ferry",
	"../testdata/stories/claims-layoffs",
	"../testdata/stories/claims-council",
	"../testdata/stories/claims-wildfire",
}

// TestEvidenceSpans checks that every claim's evidence points at its text:
// the file bytes [Start, End) equal Text (or, for text decoded from markup,
// contain it), and line:column is where Start is.
func TestEvidenceSpans(t *testing.T) {
	// The scraped pages include HTML, whose entities the body decodes.
	for _, dir := range append(append([]string{}, storyDirs...), "../testdata/pages", "../testdata/stories/claims-heldout-strike", "../testdata/stories/claims-heldout2-merger") {
		arts := loadStoryIfExists(t, dir)
		if arts == nil {
			continue
		}
		set := Extract(arts, nil)
		if len(set.Claims) == 0 {
			t.Errorf("%s: no claims", dir)
		}
		byID := map[string]*article.Article{}
		for _, a := range arts {
			byID[a.ID] = a
		}
		for _, c := range set.Claims {
			checkEvidence(t, byID[c.Evidence.Article], c)
		}
	}
}

func checkEvidence(t *testing.T, a *article.Article, c Claim) {
	t.Helper()
	ev := c.Evidence
	src := a.Source()
	if ev.Start < 0 || ev.End > len(src) || ev.Start > ev.End {
		t.Errorf("%s: span [%d,%d) outside the file (%d bytes)", c.ID, ev.Start, ev.End, len(src))
		return
	}
	got := string(src[ev.Start:ev.End])
	if got != ev.Text && !strings.Contains(got, ev.Text) {
		t.Errorf("%s: file bytes %q do not hold the claim's text %q", c.ID, got, ev.Text)
	}
	if ev.Text == "" {
		t.Errorf("%s: empty evidence text", c.ID)
	}
	if a.Body[ev.BodyStart:ev.BodyEnd] != ev.Text {
		t.Errorf("%s: body span does not hold the text", c.ID)
	}
	p := a.FilePos(ev.Start)
	if p.Line != ev.Line || p.Column != ev.Column {
		t.Errorf("%s: line:col %d:%d, want %d:%d", c.ID, ev.Line, ev.Column, p.Line, p.Column)
	}
	if !strings.Contains(ev.Sentence, ev.Text) && !strings.Contains(ev.Text, ev.Sentence) {
		t.Errorf("%s: sentence %q does not hold %q", c.ID, ev.Sentence, ev.Text)
	}
	if !strings.HasPrefix(c.ID, ev.Article+"/"+string(c.Kind)+"/") {
		t.Errorf("%s: id does not name article and kind", c.ID)
	}
}

func loadStoryIfExists(t testing.TB, dir string) []*article.Article {
	arts, diags := article.Load([]string{dir}, article.LoadOptions{Published: dct})
	if len(arts) == 0 && len(diags) > 0 {
		t.Logf("skipping %s: %s", dir, diags[0].Error())
		return nil
	}
	return arts
}

// TestDeterministic checks that the same input gives the same claims.
func TestDeterministic(t *testing.T) {
	arts := loadStory(t, storyDirs[0])
	a := Extract(arts, nil)
	b := Extract(loadStory(t, storyDirs[0]), nil)
	if diff := cmp.Diff(a.Claims, b.Claims); diff != "" {
		t.Errorf("two runs differ (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(a.Entities, b.Entities); diff != "" {
		t.Errorf("two runs differ in entities (-first +second):\n%s", diff)
	}
}

// extractText extracts the claims of one text published on dct.
func extractText(text string) *Set {
	a := article.FromText("t", "t.txt", text, dct)
	return Extract([]*article.Article{a}, nil)
}

func claimsOf(set *Set, k Kind) []Claim {
	var out []Claim
	for _, c := range set.Claims {
		if c.Kind == k {
			out = append(out, c)
		}
	}
	return out
}

// FuzzExtract feeds arbitrary text to every extractor: it must never
// panic, and every evidence span must lie in the text and hold the claim's
// words.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“It doesn’t affect us,” he said. Twelve people died.",
		"At least 1,500 jobs, about 20% of its territory, thousands of people.",
		"Deputy Foreign Minister Sergei Ryabkov said \"x\" on Feb. 22; Trump met Putin in Geneva.",
		"\"unclosed quote\n“curly” ‘single’ 3.5bn $2 million U.S. U.K.’s",
		"", "“", "\"", "’s", "1,", "a dozen", "half a million", "Mr. X", "-", "then-President",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := article.FromText("f", "f.txt", text, dct)
		set := Extract([]*article.Article{a}, nil)
		for _, c := range set.Claims {
			ev := c.Evidence
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End {
				t.Fatalf("%s: span [%d,%d) outside %d bytes", c.ID, ev.Start, ev.End, len(text))
			}
			if !bytes.Contains([]byte(text[ev.Start:ev.End]), []byte(ev.Text)) {
				t.Fatalf("%s: %q does not hold %q", c.ID, text[ev.Start:ev.End], ev.Text)
			}
		}
	})
}
