package claims

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/factline/factline/claims/gazetteer"
)

// Aliases is an editor's aliases file: other names for people,
// organizations and places, and place containment. Its YAML form:
//
//	people:
//	  - name: Sergei Ryabkov
//	    aliases: [Sergey Ryabkov]
//	    gender: m
//	organizations:
//	  - name: Hellenic Coast Guard
//	    aliases: [Greek coast guard]
//	places:
//	  - name: Lesbos
//	    aliases: [Lesvos]
//	    within: Greece
type Aliases struct {
	// Path is the file the aliases were read from.
	Path          string  `yaml:"-" json:"path"`
	People        []Alias `yaml:"people" json:"people,omitempty"`
	Organizations []Alias `yaml:"organizations" json:"organizations,omitempty"`
	Places        []Alias `yaml:"places" json:"places,omitempty"`
}

// Alias is one person, organization or place and its other names.
type Alias struct {
	// Name is the preferred name; the key is made from it unless Key is
	// given.
	Name    string   `yaml:"name" json:"name"`
	Key     string   `yaml:"key" json:"key,omitempty"`
	Aliases []string `yaml:"aliases" json:"aliases,omitempty"`
	// Within names (or keys) the place containing this one (places only).
	Within string `yaml:"within" json:"within,omitempty"`
	// Country marks a place entry as a country.
	Country bool `yaml:"country" json:"country,omitempty"`
	// Gender is "m" or "f" (people only), for resolving pronouns.
	Gender string `yaml:"gender" json:"gender,omitempty"`
}

// LoadAliases reads an aliases file. Errors name the file, line and
// column: unknown keys, wrong types, entries without a name, a "within"
// that names no known place.
func LoadAliases(path string) (*Aliases, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseAliases(path, data)
}

// ParseAliases parses the YAML of an aliases file read from path.
func ParseAliases(path string, data []byte) (*Aliases, error) {
	var al Aliases
	if err := yaml.UnmarshalWithOptions(data, &al, yaml.DisallowUnknownField()); err != nil {
		var ye yaml.Error
		if errors.As(err, &ye) && ye.GetToken() != nil {
			p := ye.GetToken().Position
			return nil, fmt.Errorf("%s:%d:%d: %s", path, p.Line, p.Column, strings.TrimSpace(ye.GetMessage()))
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	al.Path = path
	g := gazetteer.New()
	al.apply(g)
	for section, list := range map[string][]Alias{"people": al.People, "organizations": al.Organizations, "places": al.Places} {
		for i, a := range list {
			if strings.TrimSpace(a.Name) == "" {
				return nil, fmt.Errorf("%s:%s: entry %d of %s has no name", path, position(data, section, i, ""), i+1, section)
			}
			if a.Within != "" {
				if _, ok := placeKey(g, a.Within); !ok {
					return nil, fmt.Errorf("%s:%s: %q: within %q names no known place", path, position(data, section, i, "within"), a.Name, a.Within)
				}
			}
		}
	}
	return &al, nil
}

// position guesses the line:col of entry i of a top-level section (of its
// key when given), for messages about values that parsed but make no
// sense.
func position(data []byte, section string, i int, key string) string {
	lines := strings.Split(string(data), "\n")
	in := false
	n := -1
	for li, l := range lines {
		if strings.HasPrefix(l, section+":") {
			in = true
			continue
		}
		if in && len(l) > 0 && l[0] != ' ' && l[0] != '-' && l[0] != '#' {
			break
		}
		if in {
			t := strings.TrimLeft(l, " ")
			if strings.HasPrefix(t, "- ") || t == "-" {
				n++
				if n == i && key == "" {
					return fmt.Sprintf("%d:%d", li+1, len(l)-len(t)+1)
				}
			}
			if n == i && key != "" {
				k := strings.TrimPrefix(t, "- ")
				if strings.HasPrefix(k, key+":") {
					return fmt.Sprintf("%d:%d", li+1, len(l)-len(k)+1)
				}
			}
		}
	}
	return "1:1"
}

// placeKey finds a place by name or key.
func placeKey(g *gazetteer.Gazetteer, s string) (string, bool) {
	if e, ok := g.Lookup(s); ok {
		return e.Key, true
	}
	if e, ok := g.Get(s); ok {
		return e.Key, true
	}
	return "", false
}

// apply adds the aliases to a gazetteer.
func (al *Aliases) apply(g *gazetteer.Gazetteer) {
	if al == nil {
		return
	}
	for _, a := range al.People {
		g.Add(gazetteer.Entry{Key: a.Key, Type: gazetteer.Person, Name: a.Name, Gender: a.Gender}, a.Aliases...)
		if f := strings.Fields(a.Name); len(f) > 1 {
			g.AddFirstName(f[0], a.Gender)
		}
	}
	for _, a := range al.Organizations {
		g.Add(gazetteer.Entry{Key: a.Key, Type: gazetteer.Organization, Name: a.Name}, a.Aliases...)
	}
	// Places may name places defined later in the file: add them all, then
	// link containment.
	for _, a := range al.Places {
		t := gazetteer.Place
		if a.Country {
			t = gazetteer.Country
		}
		g.Add(gazetteer.Entry{Key: a.Key, Type: t, Name: a.Name}, a.Aliases...)
	}
	for _, a := range al.Places {
		if a.Within == "" {
			continue
		}
		if k, ok := placeKey(g, a.Within); ok {
			key := a.Key
			if key == "" {
				key = gazetteer.Key(a.Name)
			}
			g.Add(gazetteer.Entry{Key: key, Parent: k})
		}
	}
}
