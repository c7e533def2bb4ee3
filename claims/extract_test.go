package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func ptr(v float64) *float64 { return &v }

func TestQuantities(t *testing.T) {
	tests := []struct {
		text string
		want []Quantity // Value, Min, Max, Hedge, Unit, Measure, Vague
	}{
		{"Twelve people died in the crash.", []Quantity{{Value: 12, Min: ptr(12), Max: ptr(12), Unit: "count", Measure: "deaths"}}},
		{"The blast destroyed a bus, killing 12 people.", []Quantity{{Value: 12, Min: ptr(12), Max: ptr(12), Unit: "count", Measure: "deaths"}}},
		{"At least 12 people were killed.", []Quantity{{Value: 12, Min: ptr(12), Hedge: "at least", Unit: "count", Measure: "deaths"}}},
		{"Up to 1,500 passengers were rescued.", []Quantity{{Value: 1500, Max: ptr(1500), Hedge: "up to", Unit: "count", Measure: "rescued"}}},
		{"More than 30 people drowned.", []Quantity{{Value: 30, Min: ptr(30), Hedge: "more than", Unit: "count", Measure: "deaths"}}},
		{"Nearly 40 were missing.", []Quantity{{Value: 40, Min: ptr(36), Max: ptr(40), Hedge: "nearly", Unit: "count", Measure: "missing"}}},
		{"Russia holds 20% of its territory.", []Quantity{{Value: 20, Min: ptr(20), Max: ptr(20), Unit: "percent", Measure: "territory share"}}},
		{"Russia holds 20 percent of its territory.", []Quantity{{Value: 20, Min: ptr(20), Max: ptr(20), Unit: "percent", Measure: "territory share"}}},
		{"The company's shares fell 8 per cent.", []Quantity{{Value: -8, Min: ptr(-8), Max: ptr(-8), Unit: "percent", Measure: "share price"}}},
		{"It will cut 1.5 million jobs.", []Quantity{{Value: 1.5e6, Min: ptr(1.5e6), Max: ptr(1.5e6), Unit: "count", Measure: "jobs"}}},
		{"Thousands of people marched.", []Quantity{{Value: 1000, Min: ptr(1000), Max: ptr(999999), Unit: "count", Measure: "people", Vague: true}}},
		{"A dozen homes burned.", []Quantity{{Value: 12, Min: ptr(12), Max: ptr(12), Unit: "count", Measure: "homes"}}},
		{"The city approved a $48 million budget.", []Quantity{{Value: 48e6, Min: ptr(48e6), Max: ptr(48e6), Unit: "USD", Measure: "budget"}}},
		{"It employs one hundred and twenty workers.", []Quantity{{Value: 120, Min: ptr(120), Max: ptr(120), Unit: "count", Measure: "workers"}}},
		// Shares as ratios and fractions are percentages, of what follows.
		{"Four in five services were cancelled.", []Quantity{{Value: 80, Min: ptr(80), Max: ptr(80), Unit: "percent", Measure: "services share"}}},
		{"One in three voters backed him.", []Quantity{{Value: 33.3, Min: ptr(33.3), Max: ptr(33.3), Unit: "percent", Measure: "voters share"}}},
		{"More than 3 out of 4 workers agreed.", []Quantity{{Value: 75, Min: ptr(75), Unit: "percent", Hedge: "more than", Measure: "workers share"}}},
		{"A third of the staff left.", []Quantity{{Value: 33.3, Min: ptr(33.3), Max: ptr(33.3), Unit: "percent", Measure: "staff share"}}},
		{"Nearly half of the flights were cancelled.", []Quantity{{Value: 50, Min: ptr(45), Max: ptr(50), Unit: "percent", Hedge: "nearly", Measure: "flights share"}}},
		{"Two-thirds of residents fled.", []Quantity{{Value: 66.7, Min: ptr(66.7), Max: ptr(66.7), Unit: "percent", Measure: "residents share"}}},
		{"The flood ruined a quarter of the region's maize.", []Quantity{{Value: 25, Min: ptr(25), Max: ptr(25), Unit: "percent", Measure: "maize share"}}},
		// Not shares: durations, ordinals, parts of a time, idioms.
		{"It took half an hour, and he won a third time in the second half.", nil},
		{"The odds are one in a million; half of the time it rains.", nil},
		{"Half of them joined the Nine in Ten campaign two-thirds of the way through.", nil},
		{"A quarter of an hour passed in the first half of the season.", nil},
		// Not quantities: dates, times, ordinals, names, "one of", list
		// markers, references, durations.
		{"One of the boats sank on May 9, 2024, at 6 p.m.", nil},
		{"The first ferry left Route 66 in the 1990s.", nil},
		{"1. The two countries met for three years.", nil},
	}
	for _, tt := range tests {
		var got []Quantity
		for _, c := range claimsOf(extractText(tt.text), KindQuantity) {
			q := *c.Quantity
			q.Subject = ""
			got = append(got, q)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestQuotes(t *testing.T) {
	type q struct {
		Text, Speaker, SpeakerText string
		Fragment                   bool
	}
	tests := []struct {
		text string
		want []q
	}{
		{"Coast guard spokesman Nikos Varelas said the search went on. “We are doing everything we can,” he said.",
			[]q{{"We are doing everything we can,", "nikos-varelas", "he", false}}},
		{"\"We will not stop,\" said Nikos Varelas, a coast guard spokesman.",
			[]q{{"We will not stop,", "nikos-varelas", "Nikos Varelas", false}}},
		{"CEO Dana Whitfield called it “a hard choice.”",
			[]q{{"a hard choice.", "dana-whitfield", "CEO Dana Whitfield", true}}},
		{"British Prime Minister Keir Starmer spoke. He backed a “just peace,” the prime minister’s office said.",
			[]q{{"just peace,", "keir-starmer", "the prime minister’s office", true}}},
		{"Mayor Eleni Markou told reporters: ‘Every minute counts.’",
			[]q{{"Every minute counts.", "eleni-markou", "Mayor Eleni Markou", false}}},
		{"“It is over. We lost,” Maria Lindqvist said. “Now we rebuild.”",
			[]q{{"It is over. We lost,", "maria-lindqvist", "Maria Lindqvist", false}, {"Now we rebuild.", "maria-lindqvist", "Maria Lindqvist", false}}},
		{"It doesn’t matter, and the workers’ union agreed.", nil},
		{"“It sank fast,” said a witness, Ama Owusu.",
			[]q{{"It sank fast,", "ama-owusu", "witness, Ama Owusu", false}}},
		{"“It sank fast,” said a witness.", []q{{"It sank fast,", "", "witness", false}}},
	}
	for _, tt := range tests {
		var got []q
		for _, c := range claimsOf(extractText(tt.text), KindQuote) {
			got = append(got, q{c.Quote.Text, c.Quote.Speaker, c.Quote.SpeakerText, c.Quote.Fragment})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestNormalizeQuote(t *testing.T) {
	for in, want := range map[string]string{
		"“Very useful.”":          "very useful",
		"It doesn’t  affect\nus,": "it doesn't affect us",
		"— the most intensive":    "the most intensive",
		"":                        "",
	} {
		if got := NormalizeQuote(in); got != want {
			t.Errorf("NormalizeQuote(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPeople(t *testing.T) {
	type p struct{ Key, Name, Role, RoleNormalized string }
	tests := []struct {
		text string
		want []p
	}{
		{"Deputy Foreign Minister Sergei Ryabkov spoke. Ryabkov left.",
			[]p{{"sergei-ryabkov", "Sergei Ryabkov", "Deputy Foreign Minister", "deputy foreign minister"}, {"sergei-ryabkov", "Ryabkov", "", ""}}},
		{"Coast guard spokesman Nikos Varelas spoke.",
			[]p{{"nikos-varelas", "Nikos Varelas", "Coast guard spokesman", "coast guard spokesperson"}}},
		{"CEO Dana Whitfield and the chief executive officer agreed. Dana Whitfield, the company's chief executive, spoke.",
			[]p{{"dana-whitfield", "Dana Whitfield", "CEO", "chief executive"}, {"dana-whitfield", "Dana Whitfield", "chief executive", "chief executive"}}},
		{"U.S. Secretary of State Marco Rubio met Rubio's aides.",
			[]p{{"marco-rubio", "Marco Rubio", "U.S. Secretary of State", "secretary of state"}, {"marco-rubio", "Rubio", "", ""}}},
		{"Officials said Sunday that Russia’s deputy foreign minister spoke, and Sergei Ryabkov, Russia’s deputy foreign minister, agreed.",
			[]p{{"sergei-ryabkov", "", "deputy foreign minister", "deputy foreign minister"}, {"sergei-ryabkov", "Sergei Ryabkov", "deputy foreign minister", "deputy foreign minister"}}},
		// Hyphens: a double surname after a given name and a double first
		// name are one person; "Trump-Putin" names two.
		{"Kwame Mensah-Bonsu, a spokesman for the port, spoke. Jean-Pierre Raffarin said so.",
			[]p{{"kwame-mensah-bonsu", "Kwame Mensah-Bonsu", "spokesman", "spokesperson"}, {"jean-pierre-raffarin", "Jean-Pierre Raffarin", "", ""}}},
		// Trades are roles too, after the name or right before it; a trade
		// that is also a family name stays in a capitalized name, and a
		// trade does not make a person of a place or an organization.
		{"Kwame Mensah, a fisherman, said the boat sank. Ama Owusu, a local nurse, agreed.",
			[]p{{"kwame-mensah", "Kwame Mensah", "fisherman", "fisherman"}, {"ama-owusu", "Ama Owusu", "local nurse", "local nurse"}}},
		{"Bus driver Kofi Boateng and Survivor Efua Asante spoke. Paul Farmer, a resident of Tema, wept.",
			[]p{{"kofi-boateng", "Kofi Boateng", "driver", "driver"}, {"efua-asante", "Efua Asante", "Survivor", "survivor"}, {"paul-farmer", "Paul Farmer", "resident", "resident"}}},
		{"Volunteer Fire Department crews came. Farmers Union members marched.", nil},
		// A role set off by a comma before the name.
		{"It sank, said a witness, Ama Owusu. A local fisherman, Kofi Boateng, agreed.",
			[]p{{"ama-owusu", "Ama Owusu", "witness", "witness"}, {"kofi-boateng", "Kofi Boateng", "local fisherman", "local fisherman"}}},
		{"Two were arrested, a police spokeswoman, Sgt. Maria Alvarez, said.",
			[]p{{"maria-alvarez", "Maria Alvarez", "", ""}}},
		{"President Donald Trump and President Vladimir Putin spoke. The Trump-Putin summit is off.",
			[]p{{"donald-trump", "Donald Trump", "President", "president"}, {"vladimir-putin", "Vladimir Putin", "President", "president"}, {"donald-trump", "Trump", "", ""}, {"vladimir-putin", "Putin", "", ""}}},
	}
	for _, tt := range tests {
		var got []p
		for _, c := range claimsOf(extractText(tt.text), KindPerson) {
			got = append(got, p{c.Person.Key, c.Person.Name, c.Person.Role, c.Person.RoleNormalized})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestSpellingVariants(t *testing.T) {
	a := extractText("Sergei Ryabkov said so. Sergey Ryabkov agreed. Ryabkov left.")
	var keys []string
	var variants [][]string
	for _, c := range claimsOf(a, KindPerson) {
		keys = append(keys, c.Person.Key)
		variants = append(variants, c.Person.Variants)
	}
	if diff := cmp.Diff([]string{"sergei-ryabkov", "sergei-ryabkov", "sergei-ryabkov"}, keys); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"Sergey Ryabkov"}, {"Sergei Ryabkov"}, {"Sergei Ryabkov", "Sergey Ryabkov"}}, variants); diff != "" {
		t.Errorf("variants (-want +got):\n%s", diff)
	}
}

func TestPlaces(t *testing.T) {
	var got [][]string
	for _, c := range claimsOf(extractText("They met in Riyadh, then flew to Geneva and London."), KindPlace) {
		got = append(got, append([]string{c.Place.Key}, c.Place.Within...))
	}
	want := [][]string{{"riyadh", "saudi-arabia"}, {"geneva", "switzerland"}, {"london", "england", "united-kingdom"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
}

func TestEvents(t *testing.T) {
	type e struct {
		Class        string
		Participants []string
		Place        string
		Modality     Modality
		Negated      bool
	}
	tests := []struct {
		text string
		want []e
	}{
		{"Putin met with then-President Joe Biden in Geneva, Switzerland.",
			[]e{{"meeting", []string{"joe-biden", "vladimir-putin"}, "geneva", Happened, false}}},
		{"Keir Starmer is due to visit Washington next week.",
			[]e{{"visit", []string{"keir-starmer"}, "washington", Expected, false}}},
		{"Donald Trump denied reports that he plans to visit Moscow.",
			[]e{{"visit", []string{"donald-trump"}, "moscow", Denied, false}}},
		{"U.S. and Russian envoys could meet soon.",
			[]e{{"meeting", []string{"russia", "united-states"}, "", Possible, false}}},
		{"Keir Starmer spoke to Volodymyr Zelenskyy.",
			[]e{{"call", []string{"keir-starmer", "volodymyr-zelenskyy"}, "", Happened, false}}},
		{"Donald Trump did not meet Vladimir Putin.",
			[]e{{"meeting", []string{"donald-trump", "vladimir-putin"}, "", Happened, true}}},
		{"The ferry capsized off Crete.", []e{{"capsize", nil, "crete", Happened, false}}},
		// The speaker reports the event; he does not take part in it.
		{"Coast guard spokesman Nikos Varelas said the ferry capsized off Crete.",
			[]e{{"capsize", nil, "crete", Happened, false}}},
		{"The talks were useful.", nil},
	}
	for _, tt := range tests {
		var got []e
		for _, c := range claimsOf(extractText(tt.text), KindEvent) {
			ev := c.Event
			got = append(got, e{ev.Class, ev.Participants, ev.Place, ev.Modality, ev.Negated})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestSameEvent(t *testing.T) {
	riyadh := &Event{Class: "meeting", Participants: []string{"russia", "united-states"}, Place: "riyadh", PlaceWithin: []string{"saudi-arabia"}, Modality: Happened}
	saudi := &Event{Class: "meeting", Place: "saudi-arabia", Modality: Happened}
	envoys := &Event{Class: "meeting", Participants: []string{"russia", "united-states"}, Modality: Expected}
	summit := &Event{Class: "meeting", Participants: []string{"donald-trump", "vladimir-putin"}, Modality: Planned}
	summit2 := &Event{Class: "meeting", Participants: []string{"donald-trump", "vladimir-putin"}, Modality: Possible}
	geneva := &Event{Class: "meeting", Participants: []string{"joe-biden", "vladimir-putin"}, Place: "geneva", PlaceWithin: []string{"switzerland"}, Modality: Happened}
	visit := &Event{Class: "visit", Participants: []string{"donald-trump"}, Place: "moscow", Modality: Denied}
	sharesB := &Event{Class: "fall", Theme: "share", Modality: Happened}
	sharesC := &Event{Class: "fall", Theme: "share", Modality: Happened}
	indexFall := &Event{Class: "meeting", Theme: "index", Modality: Happened}
	capsized := &Event{Class: "capsize", Modality: Happened}
	capsizedAndros := &Event{Class: "capsize", Place: "andros", Modality: Happened}
	tests := []struct {
		a, b *Event
		want bool
	}{
		{riyadh, saudi, true},
		{riyadh, envoys, false},
		{envoys, summit, false},
		{summit, summit2, true},
		{riyadh, geneva, false},
		{geneva, summit, false},
		{summit, visit, false},
		{riyadh, nil, false},
		{sharesB, sharesC, true},
		{sharesB, indexFall, false},
		{capsized, capsizedAndros, true},
		{saudi, &Event{Class: "meeting", Modality: Happened, Theme: "x"}, false},
	}
	for i, tt := range tests {
		if got := SameEvent(tt.a, tt.b); got != tt.want {
			t.Errorf("case %d: SameEvent = %v, want %v", i, got, tt.want)
		}
		if tt.b != nil && SameEvent(tt.b, tt.a) != tt.want {
			t.Errorf("case %d: SameEvent is not symmetric", i)
		}
	}
}
