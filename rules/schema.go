package rules

import (
	"encoding/json"
	"strings"
)

// paramDocs describe each kind parameter for the schema and the docs.
var paramDocs = map[string]map[string]any{
	"tolerance": {"description": "numbers-agree: how far numbers may differ and still agree: an amount (2) or a percentage of the larger (\"10%\"). Default 0.",
		"oneOf": []any{map[string]any{"type": "number", "minimum": 0}, map[string]any{"type": "string", "pattern": `^\s*[0-9.]+\s*%?\s*$`}}},
	"hedge-slack": {"description": "numbers-agree: how much a hedged number (\"about 100\", \"nearly 100\") may be off, in percent. Default 10%.",
		"oneOf": []any{map[string]any{"type": "number", "minimum": 0}, map[string]any{"type": "string", "pattern": `^\s*[0-9.]+\s*%?\s*$`}}},
	"by-subject":        {"description": "numbers-agree: compare only numbers about the same subject. Default true.", "type": "boolean"},
	"min-shared-words":  {"description": "numbers-agree: how many words, besides the number and what it counts, two sentences must share for their numbers to be compared. Default 2; 0 compares every pair.", "type": "integer", "minimum": 0},
	"min-overlap":       {"description": "quotes-verbatim: how many content words two quotes must share to be compared; quotes-attributed: how many content words the shorter of two quotes needs to be compared. Default 4.", "type": "integer", "minimum": 1},
	"min-overlap-ratio": {"description": "quotes-verbatim: the share of the shorter quote's content words that must be shared, in percent. Default 25%.", "oneOf": []any{map[string]any{"type": "number", "minimum": 0}, map[string]any{"type": "string"}}},
	"synonyms":          {"description": "titles-agree: groups of roles that mean the same, e.g. [[chief executive, CEO]].", "type": "array", "items": map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "minItems": 2}},
	"prefer":            {"description": "spelling-consistent: the house spellings of names; every variant of one is flagged.", "type": "array", "items": map[string]any{"type": "string"}},
	"max-distance":      {"description": "spelling-consistent: the most letters two spellings of one name part may differ by. Default 2.", "type": "integer", "minimum": 1},
	"min-sources":       {"description": "corroborated: how many articles must report a claim. Default 2.", "type": "integer", "minimum": 2},
}

// Schema returns a JSON Schema (draft 2020-12) for rule files, with a
// description on every key for an editor's hover help.
func Schema() []byte {
	var kindDoc []string
	var kinds []any
	for _, k := range Kinds() {
		kinds = append(kinds, k.Name)
		kindDoc = append(kindDoc, k.Name+": "+k.Doc)
	}
	var fields []string
	for _, f := range WhenFields() {
		fields = append(fields, f.Name)
	}
	match := map[string]any{
		"type": "object", "additionalProperties": false,
		"properties": map[string]any{
			"message": map[string]any{"type": "string", "description": "text the finding's message must contain (any case)"},
			"article": map[string]any{"type": "string", "description": "id of an article one of the finding's claims comes from"},
			"text":    map[string]any{"type": "string", "description": "words one of the finding's claims must contain"},
		},
	}
	props := map[string]any{
		"id":          map[string]any{"type": "string", "description": "The rule's name in findings. Default: the file name without .yaml."},
		"description": map[string]any{"type": "string", "description": "What the rule protects, in a sentence or two, for the next editor."},
		"severity":    map[string]any{"enum": []any{"error", "warning", "info"}, "description": "How bad a finding is. `factline check` fails on errors by default (--fail-level)."},
		"message":     map[string]any{"type": "string", "description": "The finding's message. Placeholders: {" + strings.Join(Placeholders(), "}, {") + "}."},
		"kind":        map[string]any{"enum": kinds, "description": "What the rule compares. " + strings.Join(kindDoc, " ")},
		"when":        map[string]any{"type": "string", "description": "Optional condition on each claim (expr-lang), e.g. claim.quantity.measure == \"deaths\". Fields: " + strings.Join(fields, ", ") + "."},
		"tests": map[string]any{"type": "array", "description": "Examples the rule must get right; run them with `factline rules test`.",
			"items": map[string]any{"type": "object", "additionalProperties": false, "required": []any{"articles"},
				"properties": map[string]any{
					"name": map[string]any{"type": "string", "description": "What the test shows."},
					"articles": map[string]any{"type": "array", "minItems": 1, "description": "Short articles: front matter fields and text.",
						"items": map[string]any{"type": "object", "additionalProperties": false, "required": []any{"text"},
							"properties": map[string]any{
								"id":        map[string]any{"type": "string", "description": "The article's id, used in expect/absent."},
								"title":     map[string]any{"type": "string"},
								"outlet":    map[string]any{"type": "string"},
								"published": map[string]any{"type": "string", "description": "Publication date, e.g. 2025-02-22: relative dates resolve against it."},
								"text":      map[string]any{"type": "string", "description": "The article's text."},
							}}},
					"expect": map[string]any{"type": "array", "items": match, "description": "Findings that must be present."},
					"absent": map[string]any{"type": "array", "items": match, "description": "Findings that must not be present."},
					"count":  map[string]any{"type": "integer", "minimum": 0, "description": "The exact number of findings."},
				}}},
	}
	var allOf []any
	for _, k := range Kinds() {
		var forbidden []any
		for _, p := range allParams() {
			if !contains(k.Params, p) {
				forbidden = append(forbidden, p)
			}
		}
		not := map[string]any{}
		if len(forbidden) > 0 {
			not = map[string]any{"not": map[string]any{"anyOf": requiredEach(forbidden)}}
		}
		allOf = append(allOf, map[string]any{"if": map[string]any{"properties": map[string]any{"kind": map[string]any{"const": k.Name}}, "required": []any{"kind"}}, "then": not})
	}
	for p, d := range paramDocs {
		props[p] = d
	}
	s := map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "https://factline.dev/schema/rule.json",
		"title":                "factline rule",
		"description":          "One factline rule: what to compare across news articles and how to report a disagreement.",
		"type":                 "object",
		"required":             []any{"kind"},
		"additionalProperties": false,
		"properties":           props,
		"allOf":                allOf,
	}
	b, _ := json.MarshalIndent(s, "", "  ")
	return append(b, '\n')
}

func requiredEach(keys []any) []any {
	var out []any
	for _, k := range keys {
		out = append(out, map[string]any{"required": []any{k}})
	}
	return out
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
