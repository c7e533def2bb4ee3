package claims

import (
	"strings"
	"testing"

	"github.com/factline/factline/claims/article"
	"github.com/google/go-cmp/cmp"
)

func TestLoadAliases(t *testing.T) {
	al, err := LoadAliases("testdata/aliases/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := "Nicos Varelas said the ferry left Kissamos. CL Ferries said it sailed to Hania."
	a := article.FromText("t", "t.txt", text, dct)
	set := Extract([]*article.Article{a}, &Options{Aliases: al})
	var got []string
	for _, c := range set.Claims {
		switch {
		case c.Person != nil:
			got = append(got, "person "+c.Person.Key)
		case c.Place != nil:
			got = append(got, "place "+c.Place.Key+" in "+strings.Join(c.Place.Within, ","))
		}
	}
	want := []string{"person nikos-varelas", "place kissamos in crete,greece", "place chania in crete,greece"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims with aliases (-want +got):\n%s", diff)
	}
	// The built-in lexicon is not changed by an aliases file.
	if _, ok := builtinGazetteer.Lookup("Kissamos"); ok {
		t.Errorf("aliases leaked into the built-in gazetteer")
	}
}

func TestLoadAliasesErrors(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"testdata/aliases/unknown-key.yaml", `testdata/aliases/unknown-key.yaml:3:5: unknown field "alias"`},
		{"testdata/aliases/bad-within.yaml", `testdata/aliases/bad-within.yaml:3:5: "Chania": within "Atlantis" names no known place`},
		{"testdata/aliases/wrong-type.yaml", `testdata/aliases/wrong-type.yaml:3:14: `},
		{"testdata/aliases/missing.yaml", `no such file`},
	} {
		_, err := LoadAliases(tt.file)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadAliases(%s) = %v, want an error containing %q", tt.file, err, tt.want)
		}
	}
}

// FuzzParseAliases: any YAML gives aliases or an error, never a panic.
func FuzzParseAliases(f *testing.F) {
	f.Add("people:\n  - name: A B\n")
	f.Add("places:\n  - name: X\n    within: Crete\n")
	f.Add("people: [")
	f.Fuzz(func(t *testing.T, s string) {
		al, err := ParseAliases("f.yaml", []byte(s))
		if err == nil && al == nil {
			t.Fatal("nil aliases without an error")
		}
	})
}
