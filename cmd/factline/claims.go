package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/reports"
)

func init() {
	var format, published, aliases *string
	register(&command{
		name:    "claims",
		usage:   "factline claims [--format text|json] [--published DATE] [--aliases FILE] PATHS",
		summary: "list the normalized claims of the articles: events, quantities, quotes, people, places",
		help: `Reads the articles at PATHS and lists the claims each makes, normalized so
that sources compare: events (class, participants, place, time, modality),
quantities (value, bounds, measure), direct quotes (speaker, whole or
fragment), people with their roles, and places. Every claim names its
evidence as path:line:col.

--aliases FILE adds an editor's other names for people, organizations and
places, and place containment, to the built-in lexicon (YAML: people,
organizations, places; each entry name, aliases, and for places within).

With --format json the output is one object: "claims" (sorted by article
path, then position, then kind) and "entities" (every person,
organization, country and place, by key). See the README for every field.`,
		flags: func(fs *flag.FlagSet) {
			format = addFormatFlag(fs, "text", "json")
			published = addPublishedFlag(fs)
			aliases = addAliasesFlag(fs)
		},
		run: func(e *env, args []string) int {
			if !checkFormat(e, "claims", *format, "text", "json") {
				return exitTrouble
			}
			arts, failed := loadArticles(e, args, *published)
			set, aliasesOK := extractClaims(e, arts, *aliases)
			var err error
			if *format == "json" {
				err = writeClaimsJSON(e.stdout, set)
			} else {
				err = writeClaimsText(e.stdout, set)
			}
			if err != nil {
				fmt.Fprintf(e.stderr, "factline claims: %v\n", err)
				return exitTrouble
			}
			if failed || !aliasesOK {
				return exitTrouble
			}
			return exitOK
		},
	})
}

// claimsOutput is the JSON document of "factline claims --format json".
type claimsOutput struct {
	Claims   []claims.Claim  `json:"claims"`
	Entities []claims.Entity `json:"entities"`
}

func writeClaimsJSON(w io.Writer, set *claims.Set) error {
	return reports.WriteJSON(w, claimsOutput{Claims: set.Claims, Entities: set.Entities})
}

func writeClaimsText(w io.Writer, set *claims.Set) error {
	for _, c := range set.Claims {
		ev := c.Evidence
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %-8s %s\n", ev.Path, ev.Line, ev.Column, c.Kind, describeClaim(&c)); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "%d claim(s), %d entit(y/ies)\n", len(set.Claims), len(set.Entities))
	return err
}

// describeClaim is one line for a person to read.
func describeClaim(c *claims.Claim) string {
	var b strings.Builder
	switch {
	case c.Event != nil:
		e := c.Event
		fmt.Fprintf(&b, "%s [%s]", e.Summary, e.Modality)
		if e.Time != nil {
			fmt.Fprintf(&b, " at %s (%q", e.Time.Value, e.Time.Text)
			if e.TimeInferred {
				b.WriteString(", from the sentence before")
			}
			b.WriteString(")")
		}
		fmt.Fprintf(&b, " trigger %q", e.Trigger)
	case c.Quantity != nil:
		q := c.Quantity
		if q.Hedge != "" {
			b.WriteString(q.Hedge + " ")
		}
		b.WriteString(strconv.FormatFloat(q.Value, 'f', -1, 64))
		if q.Unit != "" && q.Unit != "count" {
			b.WriteString(" " + q.Unit)
		}
		b.WriteString(" " + q.Measure)
		if q.Vague {
			b.WriteString(" (vague)")
		}
		if q.Subject != "" {
			b.WriteString(" of " + q.Subject)
		}
		fmt.Fprintf(&b, " %q", c.Evidence.Text)
	case c.Quote != nil:
		q := c.Quote
		who := q.Speaker
		if who == "" {
			who = "?"
		}
		kind := "quote"
		if q.Fragment {
			kind = "fragment"
		}
		fmt.Fprintf(&b, "%s by %s (%q): %q", kind, who, q.SpeakerText, q.Text)
	case c.Person != nil:
		p := c.Person
		name := p.Name
		if name == "" {
			name = "(by role)"
		}
		fmt.Fprintf(&b, "%s %s", p.Key, name)
		if p.Role != "" {
			fmt.Fprintf(&b, ", %s (%s)", p.Role, p.RoleNormalized)
		}
		if len(p.Variants) > 0 {
			fmt.Fprintf(&b, " also spelt %s", strings.Join(p.Variants, ", "))
		}
	case c.Place != nil:
		p := c.Place
		fmt.Fprintf(&b, "%s %q", p.Key, p.Name)
		if len(p.Within) > 0 {
			fmt.Fprintf(&b, " in %s", strings.Join(p.Within, " < "))
		}
	}
	return b.String()
}
