package rules

import "sort"

// KindInfo describes one rule kind: what it compares and its parameters.
type KindInfo struct {
	Name string `json:"name"`
	// Doc is one paragraph for editors.
	Doc string `json:"doc"`
	// ClaimKind is the claim type the kind compares ("event", "quantity",
	// "quote", "person", "time"), or "" for any.
	ClaimKind string `json:"claim_kind"`
	// Params are the kind's own keys in a rule file.
	Params []string `json:"params"`
	// Message is the message used when a rule gives none.
	Message string `json:"message"`
}

var kindInfos = []KindInfo{
	{Name: "dates-agree", ClaimKind: "event",
		Doc:     "The same event must have compatible times across sources: times whose intervals do not overlap conflict, at any grain (\"next month\" and \"July 1\" agree; Tuesday and Monday do not).",
		Message: "{claim.article} dates {subject} {claim.value} but {other.article} dates it {other.value}"},
	{Name: "numbers-agree", ClaimKind: "quantity", Params: []string{"tolerance", "hedge-slack", "by-subject", "min-shared-words"},
		Doc:     "The same measure must have agreeing numbers across sources, exactly or within tolerance (\"5\" absolute or \"10%\"), respecting bounds (\"at least 12\" agrees with 14) and vague amounts (\"thousands\" against \"hundreds\" conflicts).",
		Message: "{claim.article} gives {subject} as {claim.value} but {other.article} gives {other.value}"},
	{Name: "quotes-verbatim", ClaimKind: "quote", Params: []string{"min-overlap", "min-overlap-ratio"},
		Doc:     "Quotes of the same speaker that share enough words must be word for word the same after folding quote marks, white space and case; a fragment of another source's quote is fine.",
		Message: "{claim.article} and {other.article} quote {subject} differently: {diff}"},
	{Name: "quotes-attributed", ClaimKind: "quote", Params: []string{"min-overlap"},
		Doc:     "The same words in quotation marks must be given to the same speaker in every source: one source's quote inside another's, or the same quote, put in another person's mouth, conflicts.",
		Message: "{claim.article} gives \"{subject}\" to {claim.value} but {other.article} to {other.value}"},
	{Name: "titles-agree", ClaimKind: "person", Params: []string{"synonyms"},
		Doc:     "One person must have the same role in every source (\"spokesman\" against \"chief\" conflicts; synonyms such as CEO = chief executive agree).",
		Message: "{claim.article} calls {subject} \"{claim.value}\" but {other.article} calls them \"{other.value}\""},
	{Name: "weekday-matches-date", ClaimKind: "time",
		Doc:     "A weekday written next to a date must be that date's weekday (\"Tuesday, June 5\" when June 5 is a Monday).",
		Message: "{claim.article} says \"{claim.text}\" but {claim.value}"},
	{Name: "spelling-consistent", ClaimKind: "person", Params: []string{"prefer", "max-distance"},
		Doc:     "One person's name must be spelled one way across and within articles; prefer lists the house spellings.",
		Message: "{claim.article} spells \"{claim.text}\" but {other.article} spells \"{other.text}\""},
	{Name: "corroborated", Params: []string{"min-sources"},
		Doc:     "Claims matching `when` must be reported by at least min-sources articles.",
		Message: "only {sources} of the required {min-sources} sources report {claim.value} ({claim.article})"},
}

// Kinds describes every rule kind, sorted by name.
func Kinds() []KindInfo {
	out := append([]KindInfo(nil), kindInfos...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func kindInfo(name string) (KindInfo, bool) {
	for _, k := range kindInfos {
		if k.Name == name {
			return k, true
		}
	}
	return KindInfo{}, false
}

func kindNames() []string {
	var out []string
	for _, k := range Kinds() {
		out = append(out, k.Name)
	}
	return out
}

// commonKeys are the keys every rule file may have.
var commonKeys = []string{"id", "description", "severity", "message", "kind", "when", "tests"}

// allParams is every kind parameter.
func allParams() []string {
	var out []string
	for _, k := range kindInfos {
		out = append(out, k.Params...)
	}
	sort.Strings(out)
	return out
}

// Placeholders lists the named placeholders a message may use.
func Placeholders() []string {
	var out []string
	for _, p := range []string{"claim", "other"} {
		for _, f := range []string{"value", "article", "path", "line", "column", "text", "sentence", "outlet"} {
			out = append(out, p+"."+f)
		}
	}
	out = append(out, "subject", "diff", "sources", "min-sources", "rule")
	sort.Strings(out)
	return out
}
