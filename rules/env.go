package rules

import (
	"reflect"
	"sort"
	"strings"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
)

// whenEnv is what a rule's `when` expression sees: the claim being tested.
// Field names are the expr tags, lower case with underscores, so editors
// write claim.quantity.measure.
type whenEnv struct {
	Claim claimEnv `expr:"claim"`
}

type claimEnv struct {
	ID        string      `expr:"id" doc:"stable claim ID, \"<article>/<kind>/<n>\""`
	Kind      string      `expr:"kind" doc:"event, quantity, quote, person, place or time"`
	Value     string      `expr:"value" doc:"the normalized value as one string"`
	Article   string      `expr:"article" doc:"the article ID"`
	Path      string      `expr:"path" doc:"the article's file path"`
	Line      int         `expr:"line" doc:"line of the claim in the file"`
	Column    int         `expr:"column" doc:"column of the claim (runes)"`
	Text      string      `expr:"text" doc:"the source's own words"`
	Sentence  string      `expr:"sentence" doc:"the sentence holding the claim"`
	Outlet    string      `expr:"outlet" doc:"the article's outlet (front matter)"`
	Title     string      `expr:"title" doc:"the article's title"`
	Published string      `expr:"published" doc:"the article's publication date, YYYY-MM-DD"`
	Event     eventEnv    `expr:"event" doc:"set for event claims"`
	Quantity  quantityEnv `expr:"quantity" doc:"set for quantity claims"`
	Quote     quoteEnv    `expr:"quote" doc:"set for quote claims"`
	Person    personEnv   `expr:"person" doc:"set for person claims"`
	Place     placeEnv    `expr:"place" doc:"set for place claims"`
}

type eventEnv struct {
	Trigger      string   `expr:"trigger" doc:"the word naming the event (\"met\")"`
	Class        string   `expr:"class" doc:"the trigger's class (\"meeting\")"`
	Participants []string `expr:"participants" doc:"canonical keys of participants"`
	Place        string   `expr:"place" doc:"canonical key of the place"`
	Time         string   `expr:"time" doc:"TIMEX3 value of the event's time, \"\" if none"`
	TimeText     string   `expr:"time_text" doc:"the words of the event's time"`
	Grain        string   `expr:"grain" doc:"grain of the time: day, week, month, ..."`
	Modality     string   `expr:"modality" doc:"happened, expected, planned, possible or denied"`
	Negated      bool     `expr:"negated" doc:"true for \"did not meet\""`
}

type quantityEnv struct {
	Value   float64 `expr:"value" doc:"the number"`
	Min     float64 `expr:"min" doc:"lower bound (see has_min)"`
	Max     float64 `expr:"max" doc:"upper bound (see has_max)"`
	HasMin  bool    `expr:"has_min" doc:"the text gives a lower bound"`
	HasMax  bool    `expr:"has_max" doc:"the text gives an upper bound"`
	Hedge   string  `expr:"hedge" doc:"\"at least\", \"about\", \"up to\", ..."`
	Unit    string  `expr:"unit" doc:"normalized unit: percent, people, USD, ..."`
	Measure string  `expr:"measure" doc:"what is counted: deaths, rescued, territory share, ..."`
	Subject string  `expr:"subject" doc:"canonical key of what the number is about"`
	Vague   bool    `expr:"vague" doc:"\"thousands\", \"dozens\", ..."`
}

type quoteEnv struct {
	Text        string `expr:"text" doc:"the quoted words"`
	Normalized  string `expr:"normalized" doc:"the quoted words, marks, space and case folded"`
	Speaker     string `expr:"speaker" doc:"canonical key of the speaker"`
	SpeakerText string `expr:"speaker_text" doc:"how the text names the speaker"`
	Fragment    bool   `expr:"fragment" doc:"a partial quote inside paraphrase"`
	Words       int    `expr:"words" doc:"number of words quoted"`
}

type personEnv struct {
	Key            string   `expr:"key" doc:"canonical person key"`
	Name           string   `expr:"name" doc:"the name as written"`
	Role           string   `expr:"role" doc:"the role as written"`
	RoleNormalized string   `expr:"role_normalized" doc:"the role with synonyms folded"`
	Variants       []string `expr:"variants" doc:"other spellings seen for the person"`
}

type placeEnv struct {
	Key    string   `expr:"key" doc:"canonical place key"`
	Name   string   `expr:"name" doc:"the name as written"`
	Within []string `expr:"within" doc:"keys of the places that contain it"`
}

// newEnv builds the `when` environment of one claim.
func newEnv(c *claims.Claim, a *article.Article) whenEnv {
	e := claimEnv{
		ID: c.ID, Kind: string(c.Kind), Value: c.Value,
		Article: c.Evidence.Article, Path: c.Evidence.Path,
		Line: c.Evidence.Line, Column: c.Evidence.Column,
		Text: c.Evidence.Text, Sentence: c.Evidence.Sentence,
	}
	if a != nil {
		e.Outlet, e.Title = a.Outlet, a.Title
		if !a.Published.IsZero() {
			e.Published = a.Published.Format("2006-01-02")
		}
	}
	if ev := c.Event; ev != nil {
		e.Event = eventEnv{Trigger: ev.Trigger, Class: ev.Class, Participants: ev.Participants,
			Place: ev.Place, Modality: string(ev.Modality), Negated: ev.Negated}
		if ev.Time != nil {
			e.Event.Time, e.Event.TimeText = ev.Time.Value, ev.Time.Text
			if ev.Time.Interval != nil {
				e.Event.Grain = string(ev.Time.Interval.Grain)
			}
		}
	}
	if q := c.Quantity; q != nil {
		e.Quantity = quantityEnv{Value: q.Value, Hedge: q.Hedge, Unit: q.Unit, Measure: q.Measure,
			Subject: q.Subject, Vague: q.Vague}
		if q.Min != nil {
			e.Quantity.Min, e.Quantity.HasMin = *q.Min, true
		}
		if q.Max != nil {
			e.Quantity.Max, e.Quantity.HasMax = *q.Max, true
		}
	}
	if q := c.Quote; q != nil {
		e.Quote = quoteEnv{Text: q.Text, Normalized: q.Normalized, Speaker: q.Speaker,
			SpeakerText: q.SpeakerText, Fragment: q.Fragment, Words: len(strings.Fields(q.Normalized))}
	}
	if p := c.Person; p != nil {
		e.Person = personEnv{Key: p.Key, Name: p.Name, Role: p.Role, RoleNormalized: p.RoleNormalized, Variants: p.Variants}
	}
	if p := c.Place; p != nil {
		e.Place = placeEnv{Key: p.Key, Name: p.Name, Within: p.Within}
	}
	return whenEnv{Claim: e}
}

// Field is one field a `when` expression may use.
type Field struct {
	Name string `json:"name"` // e.g. "claim.quantity.measure"
	Type string `json:"type"` // string, number, bool, list of strings
	Doc  string `json:"doc"`
}

// WhenFields lists every field a `when` expression may use, sorted by
// name, for documentation and "did you mean" suggestions.
func WhenFields() []Field {
	var out []Field
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := prefix + f.Tag.Get("expr")
			if f.Type.Kind() == reflect.Struct {
				walk(name+".", f.Type)
				continue
			}
			typ := "string"
			switch f.Type.Kind() {
			case reflect.Int, reflect.Float64:
				typ = "number"
			case reflect.Bool:
				typ = "bool"
			case reflect.Slice:
				typ = "list of strings"
			}
			out = append(out, Field{Name: name, Type: typ, Doc: f.Tag.Get("doc")})
		}
	}
	walk("claim.", reflect.TypeOf(claimEnv{}))
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
