package reports

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/rules"
)

// FindingFormats are the formats WriteFindings knows, the first the
// default.
var FindingFormats = []string{"text", "line", "json", "sarif", "github"}

// FindingsOptions tune WriteFindings.
type FindingsOptions struct {
	// Color adds ANSI colours to the text format (for a terminal).
	Color bool
	// Rules are the rules that ran, described in SARIF's tool section.
	Rules []*rules.Rule
	// Version is factline's version for SARIF.
	Version string
}

// WriteFindings writes findings in format (one of FindingFormats).
func WriteFindings(w io.Writer, format string, fs []rules.Finding, opts FindingsOptions) error {
	b := bufio.NewWriter(w)
	var err error
	switch format {
	case "", "text":
		findingsText(b, fs, opts.Color)
	case "line":
		for _, f := range fs {
			e := findingPrimary(f)
			fmt.Fprintf(b, "%s:%d:%d: %s %s: %s\n", e.Path, e.Line, e.Column, f.Severity, f.Rule, findingOneLine(f.Message))
		}
	case "github":
		findingsGitHub(b, fs)
	case "json":
		err = FindingsJSON(b, fs)
	case "sarif":
		err = FindingsSARIF(b, fs, opts)
	default:
		return fmt.Errorf("unknown format %q (formats: %s)", format, strings.Join(FindingFormats, ", "))
	}
	if err != nil {
		return err
	}
	return b.Flush()
}

func findingPrimary(f rules.Finding) claims.Evidence {
	if len(f.Claims) == 0 {
		return claims.Evidence{}
	}
	return f.Claims[0].Evidence
}

func findingOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// findingShort cuts s to n runes, with an ellipsis.
func findingShort(s string, n int) string {
	s = findingOneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiRed   = "\x1b[31m"
	ansiYel   = "\x1b[33m"
	ansiCyan  = "\x1b[36m"
)

// FindingCounts counts findings by severity.
func FindingCounts(fs []rules.Finding) map[rules.Severity]int {
	n := map[rules.Severity]int{}
	for _, f := range fs {
		n[f.Severity]++
	}
	return n
}

// findingsText writes findings for a person: grouped by rule, errors
// first, each finding's message, then its claims aligned in columns with
// their sentences.
func findingsText(b *bufio.Writer, fs []rules.Finding, color bool) {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + ansiReset
	}
	sevColor := map[rules.Severity]string{rules.Error: ansiRed + ansiBold, rules.Warning: ansiYel + ansiBold, rules.Info: ansiCyan}
	if len(fs) == 0 {
		fmt.Fprintln(b, "No findings.")
		return
	}
	// Group by rule, keeping the order of each rule's first finding.
	var order []string
	byRule := map[string][]rules.Finding{}
	for _, f := range fs {
		if _, ok := byRule[f.Rule]; !ok {
			order = append(order, f.Rule)
		}
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	// Errors first, then warnings, then info.
	sort.SliceStable(order, func(i, j int) bool {
		return byRule[order[i]][0].Severity.Rank() > byRule[order[j]][0].Severity.Rank()
	})
	for gi, id := range order {
		group := byRule[id]
		if gi > 0 {
			fmt.Fprintln(b)
		}
		fmt.Fprintf(b, "%s %s (%s, %s)\n", paint(sevColor[group[0].Severity], strings.ToUpper(string(group[0].Severity))),
			paint(ansiBold, id), group[0].Kind, findingPlural(len(group), "finding"))
		for _, f := range group {
			fmt.Fprintf(b, "\n  %s\n", f.Message)
			wArt, wLoc := 0, 0
			for _, c := range f.Claims {
				wArt = max(wArt, utf8.RuneCountInString(c.Evidence.Article))
				wLoc = max(wLoc, utf8.RuneCountInString(findingLoc(c.Evidence)))
			}
			for _, c := range f.Claims {
				loc := findingLoc(c.Evidence)
				text := findingShort(c.Evidence.Text, 70)
				fmt.Fprintf(b, "    %s  %s  %s", padRight(c.Evidence.Article, wArt), paint(ansiDim, padRight(loc, wLoc)), text)
				if v := findingOneLine(c.Value); v != "" && !strings.Contains(findingOneLine(c.Evidence.Text), v) {
					fmt.Fprintf(b, "  %s", paint(ansiDim, "= "+findingShort(v, 40)))
				}
				fmt.Fprintln(b)
				if sent := findingOneLine(c.Evidence.Sentence); sent != "" && sent != findingOneLine(c.Evidence.Text) {
					fmt.Fprintf(b, "    %s  %s  %s\n", padRight("", wArt), padRight("", wLoc), paint(ansiDim, "in: "+findingShort(sent, 100)))
				}
			}
			if f.Omitted > 0 {
				fmt.Fprintf(b, "    %s\n", paint(ansiDim, fmt.Sprintf("… and %d more", f.Omitted)))
			}
		}
	}
	n := FindingCounts(fs)
	fmt.Fprintf(b, "\n%s: %d error, %d warning, %d info\n", findingPlural(len(fs), "finding"), n[rules.Error], n[rules.Warning], n[rules.Info])
}

func findingLoc(e claims.Evidence) string { return fmt.Sprintf("%s:%d:%d", e.Path, e.Line, e.Column) }

func padRight(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func findingPlural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// GitHub workflow commands escape %, CR and LF in data, and also : and ,
// in properties.
var (
	ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProp = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func findingsGitHub(b *bufio.Writer, fs []rules.Finding) {
	for _, f := range fs {
		e := findingPrimary(f)
		level := map[rules.Severity]string{rules.Error: "error", rules.Warning: "warning"}[f.Severity]
		if level == "" {
			level = "notice"
		}
		msg := f.Message
		for _, c := range f.Claims[min(1, len(f.Claims)):] {
			msg += fmt.Sprintf("\n%s (%s): %s", c.Evidence.Article, findingLoc(c.Evidence), findingShort(c.Evidence.Text, 120))
		}
		fmt.Fprintf(b, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level, ghProp.Replace(e.Path), e.Line, e.Column,
			ghProp.Replace(f.Rule), ghData.Replace(msg))
	}
}

// jsonFindings is the JSON document of `factline check --format json`.
type jsonFindings struct {
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonSummary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Info     int `json:"info"`
}

type jsonFinding struct {
	Rule     string           `json:"rule"`
	Severity rules.Severity   `json:"severity"`
	Kind     string           `json:"kind"`
	Message  string           `json:"message"`
	Claims   []jsonClaim      `json:"claims"`
	Diff     []rules.DiffPart `json:"diff,omitempty"`
	Omitted  int              `json:"omitted,omitempty"`
}

type jsonClaim struct {
	Article  string `json:"article"`
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Text     string `json:"text"`
	Value    string `json:"value"`
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// FindingsJSON writes findings as the documented JSON document.
func FindingsJSON(w io.Writer, fs []rules.Finding) error {
	doc := jsonFindings{Findings: []jsonFinding{}}
	for _, f := range fs {
		jf := jsonFinding{Rule: f.Rule, Severity: f.Severity, Kind: f.Kind, Message: f.Message, Claims: []jsonClaim{}, Diff: f.Diff, Omitted: f.Omitted}
		for _, c := range f.Claims {
			e := c.Evidence
			jf.Claims = append(jf.Claims, jsonClaim{Article: e.Article, Path: e.Path, Line: e.Line, Column: e.Column,
				Text: e.Text, Value: c.Value, ID: c.ID, Kind: string(c.Kind), Sentence: e.Sentence, Start: e.Start, End: e.End})
		}
		doc.Findings = append(doc.Findings, jf)
	}
	n := FindingCounts(fs)
	doc.Summary = jsonSummary{Errors: n[rules.Error], Warnings: n[rules.Warning], Info: n[rules.Info]}
	return WriteJSON(w, doc)
}

// FindingsSARIF writes findings as a SARIF 2.1.0 log: the primary claim is
// the result's location, the other claims its related locations. Columns
// count Unicode code points, as factline's do.
func FindingsSARIF(w io.Writer, fs []rules.Finding, opts FindingsOptions) error {
	type obj = map[string]any
	level := func(s rules.Severity) string {
		switch s {
		case rules.Error:
			return "error"
		case rules.Warning:
			return "warning"
		}
		return "note"
	}
	loc := func(c claims.Claim) obj {
		e := c.Evidence
		region := obj{"startLine": max(e.Line, 1), "startColumn": max(e.Column, 1)}
		if e.Text != "" {
			region["snippet"] = obj{"text": e.Text}
		}
		return obj{"physicalLocation": obj{"artifactLocation": obj{"uri": sarifURI(e.Path)}, "region": region}}
	}
	var ruleDescs []any
	index := map[string]int{}
	rs := append([]*rules.Rule(nil), opts.Rules...)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	for _, r := range rs {
		if _, dup := index[r.ID]; dup {
			continue
		}
		index[r.ID] = len(ruleDescs)
		d := obj{"id": r.ID, "name": r.Kind, "defaultConfiguration": obj{"level": level(r.Severity)},
			"shortDescription": obj{"text": firstSentence(r.Description, r.ID)}}
		if r.Description != "" {
			d["fullDescription"] = obj{"text": findingOneLine(r.Description)}
		}
		ruleDescs = append(ruleDescs, d)
	}
	results := []any{}
	for _, f := range fs {
		res := obj{"ruleId": f.Rule, "level": level(f.Severity), "message": obj{"text": f.Message},
			"properties": obj{"kind": f.Kind}}
		if i, ok := index[f.Rule]; ok {
			res["ruleIndex"] = i
		}
		if len(f.Claims) > 0 {
			res["locations"] = []any{loc(f.Claims[0])}
			var related []any
			for i, c := range f.Claims[1:] {
				l := loc(c)
				l["id"] = i + 1
				l["message"] = obj{"text": c.Evidence.Article + ": " + findingShort(c.Evidence.Text, 200)}
				related = append(related, l)
			}
			if len(related) > 0 {
				res["relatedLocations"] = related
			}
		}
		results = append(results, res)
	}
	version := opts.Version
	if version == "" {
		version = "devel"
	}
	driver := obj{"name": "factline", "informationUri": "https://github.com/factline/factline", "version": version}
	if len(ruleDescs) > 0 {
		driver["rules"] = ruleDescs
	}
	doc := obj{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{obj{
			"tool":       obj{"driver": driver},
			"columnKind": "unicodeCodePoints",
			"results":    results,
		}},
	}
	return WriteJSON(w, doc)
}

// sarifURI turns a path as given into a relative URI reference.
func sarifURI(p string) string {
	p = strings.ReplaceAll(p, "\\", "/")
	var b strings.Builder
	for _, r := range p {
		switch {
		case r == ' ':
			b.WriteString("%20")
		case r == '%':
			b.WriteString("%25")
		case r == '#' || r == '?':
			fmt.Fprintf(&b, "%%%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func firstSentence(s, fallback string) string {
	s = findingOneLine(s)
	if s == "" {
		return fallback
	}
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}
