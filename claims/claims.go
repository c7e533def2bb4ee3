// Package claims turns articles into normalized claims: events, quantities,
// direct quotes, people with their roles, and places. Every claim carries
// its evidence (article, file, byte span, line:column, sentence) and the
// source's own words, and is normalized so that a rule can compare it with
// the same claim from another article.
package claims

import (
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/timeline/timex"
)

// Kind is the kind of a claim.
type Kind string

// The claim kinds.
const (
	KindEvent    Kind = "event"
	KindQuantity Kind = "quantity"
	KindQuote    Kind = "quote"
	KindPerson   Kind = "person"
	KindPlace    Kind = "place"
)

// Evidence locates a claim in its source.
type Evidence struct {
	Article string `json:"article"` // article ID
	Path    string `json:"path"`    // file path as given
	// Start and End are byte offsets [Start, End) in the original file.
	Start  int `json:"start"`
	End    int `json:"end"`
	Line   int `json:"line"`
	Column int `json:"column"`
	// Sentence is the whole sentence holding the claim.
	Sentence string `json:"sentence"`
	// Text is the source's own words for the claim, exactly as in the body.
	Text string `json:"text"`
	// BodyStart and BodyEnd are the same span as byte offsets of the
	// article's cleaned Body.
	BodyStart int `json:"-"`
	BodyEnd   int `json:"-"`
}

// Claim is one normalized fact stated by one article. Exactly one of the
// kind-specific fields is set, matching Kind.
type Claim struct {
	// ID is stable for the same input: "<article>/<kind>/<n>".
	ID       string   `json:"id"`
	Kind     Kind     `json:"kind"`
	Evidence Evidence `json:"evidence"`
	// Value is the claim's normalized value in one string, for display and
	// plain comparisons: "12", "2025-02-18", a quote's normalized words, a
	// person's role.
	Value string `json:"value"`

	Event    *Event    `json:"event,omitempty"`
	Quantity *Quantity `json:"quantity,omitempty"`
	Quote    *Quote    `json:"quote,omitempty"`
	Person   *Person   `json:"person,omitempty"`
	Place    *Place    `json:"place,omitempty"`
}

// Modality says whether an event happened or is only expected, planned,
// possible or denied.
type Modality string

// The modalities of events.
const (
	Happened Modality = "happened"
	Expected Modality = "expected"
	Planned  Modality = "planned"
	Possible Modality = "possible"
	Denied   Modality = "denied"
)

// Event is something that happened or is said to be going to happen.
type Event struct {
	// Trigger is the word that names the event ("met", "talks", "visit").
	Trigger string `json:"trigger"`
	// Class groups triggers that name the same kind of event ("meeting").
	Class string `json:"class"`
	// Participants are canonical keys of people, organizations and
	// countries (see Entity).
	Participants []string `json:"participants,omitempty"`
	// Place is the canonical key of the event's place, if given.
	Place string `json:"place,omitempty"`
	// Time is the resolved temporal expression of the event's clause, if
	// any. It is not part of the event's identity (see SameEvent). It
	// points at the expression in Set.Timexes, not at a copy: treat both
	// as read-only.
	Time     *timex.Expr `json:"time,omitempty"`
	Modality Modality    `json:"modality"`
	Negated  bool        `json:"negated,omitempty"`
	// PlaceWithin lists the keys of the places containing Place, nearest
	// first ("saudi-arabia" for "riyadh"), so that events compare across
	// sources that name the city and the country.
	PlaceWithin []string `json:"place_within,omitempty"`
	// TimeInferred is true when Time was not stated in the event's own
	// sentence but taken from the sentence before it ("On Friday, Trump
	// …. During a radio interview, …").
	TimeInferred bool `json:"time_inferred,omitempty"`
	// Theme is the thing the event happens to when no person, organization
	// or country takes part ("shares" for "Shares fell on Wednesday"), so
	// that such events still compare.
	Theme string `json:"theme,omitempty"`
	// Summary describes the event in a few words, with the preferred names
	// of its participants and place ("Putin–Biden meeting in Geneva").
	Summary string `json:"summary"`
}

// Quantity is a counted or measured amount.
type Quantity struct {
	// Value is the normalized number (20 for "20%" and "20 percent").
	Value float64 `json:"value"`
	// Min and Max bound the true value as the text states it: "at least
	// 12" has Min 12 and no Max; "up to 1,500" has Max 1500; an exact
	// "12" has both 12. Nil means unbounded.
	Min *float64 `json:"min,omitempty"`
	Max *float64 `json:"max,omitempty"`
	// Hedge is the hedge word as normalized: "at least", "about",
	// "nearly", "up to", "more than", ...
	Hedge string `json:"hedge,omitempty"`
	// Unit is the normalized unit: "percent", "people", "USD", ...
	Unit string `json:"unit,omitempty"`
	// Measure is what is counted, normalized so that sources compare:
	// "deaths", "rescued", "jobs", "territory share", ...
	Measure string `json:"measure"`
	// Subject is the canonical key of what the quantity is about, if known.
	Subject string `json:"subject,omitempty"`
	// Vague is true for "thousands", "hundreds", "dozens": Min and Max then
	// give the order of magnitude.
	Vague bool `json:"vague,omitempty"`
}

// Quote is a direct quotation.
type Quote struct {
	// Text is the quoted words without the quotation marks.
	Text string `json:"text"`
	// Normalized is Text with quote marks, white space and case folded.
	Normalized string `json:"normalized"`
	// Speaker is the canonical key of the speaker (see Entity), empty when
	// unknown.
	Speaker string `json:"speaker,omitempty"`
	// SpeakerText is how the text names the speaker ("he", "Varelas",
	// "the prime minister's office").
	SpeakerText string `json:"speaker_text,omitempty"`
	// Fragment is true for a partial quote inside paraphrase.
	Fragment bool `json:"fragment,omitempty"`
}

// Person is a person as named in one place, with the role the text gives.
type Person struct {
	// Key is the canonical person across articles ("marco-rubio").
	Key  string `json:"key"`
	Name string `json:"name"`
	// Role is the role as given ("Deputy Foreign Minister").
	Role string `json:"role,omitempty"`
	// RoleNormalized folds synonyms ("CEO" = "chief executive").
	RoleNormalized string `json:"role_normalized,omitempty"`
	// Variants lists other spellings of the name seen for the same Key
	// ("Sergey Ryabkov" for "Sergei Ryabkov").
	Variants []string `json:"variants,omitempty"`
}

// Place is a named place.
type Place struct {
	Key  string `json:"key"`
	Name string `json:"name"`
	// Within lists the keys of places that contain it, nearest first
	// ("saudi-arabia" for Riyadh).
	Within []string `json:"within,omitempty"`
}

// Entity is one canonical person, organization, country or place across
// all the articles of a run.
type Entity struct {
	Key  string `json:"key"`
	Type string `json:"type"` // person, organization, country, place
	Name string `json:"name"` // the preferred (longest) name
	// Names are all names seen for the entity, sorted.
	Names []string `json:"names"`
}

// Set is the claims of a run of articles.
type Set struct {
	Articles []*article.Article `json:"-"`
	// Timexes are each article's temporal expressions, by article ID.
	Timexes map[string][]timex.Expr `json:"-"`
	// Claims are sorted by article path, then position, then kind.
	Claims   []Claim  `json:"claims"`
	Entities []Entity `json:"entities"`
}

// Options tune extraction.
type Options struct {
	// Aliases add people, organizations and places, and their other names,
	// to the built-in gazetteer (see LoadAliases).
	Aliases *Aliases
}
