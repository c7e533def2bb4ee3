package rules

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/vm"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/factline/factline/claims/article"
)

//go:embed pack/*.yaml
var defaultPack embed.FS

// DefaultPack returns the embedded default rule pack as file name → YAML
// source, for `factline rules init`.
func DefaultPack() (map[string][]byte, error) {
	out := map[string][]byte{}
	err := fs.WalkDir(defaultPack, "pack", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := defaultPack.ReadFile(p)
		out[filepath.Base(p)] = b
		return err
	})
	return out, err
}

// Default returns the rule pack embedded in the binary.
func Default() ([]*Rule, error) {
	pack, err := DefaultPack()
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(pack))
	for n := range pack {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []*Rule
	var diags []article.Diagnostic
	for _, n := range names {
		r, d := Parse("default/"+n, pack[n])
		diags = append(diags, d...)
		if r != nil {
			out = append(out, r)
		}
	}
	if err := diagsError(diags); err != nil {
		return nil, err
	}
	return out, nil
}

func diagsError(diags []article.Diagnostic) error {
	var errs []error
	for _, d := range diags {
		if d.Severity == article.SeverityError {
			errs = append(errs, d)
		}
	}
	return errors.Join(errs...)
}

// Load reads the rules at paths (files, or folders as rule packs). Every
// problem is an error diagnostic at the rule file's line and column; a rule
// with a problem is not returned.
func Load(paths []string) ([]*Rule, []article.Diagnostic) {
	var files []string
	var diags []article.Diagnostic
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			diags = append(diags, article.Diagnostic{Path: p, Severity: article.SeverityError, Message: "cannot read rules: " + unwrapPathError(err)})
			continue
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		_ = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				diags = append(diags, article.Diagnostic{Path: q, Severity: article.SeverityError, Message: "cannot read rules: " + unwrapPathError(err)})
				return nil
			}
			if !d.IsDir() && isRuleFile(q) {
				found = append(found, q)
			}
			return nil
		})
		sort.Strings(found)
		if len(found) == 0 {
			diags = append(diags, article.Diagnostic{Path: p, Severity: article.SeverityError, Message: "no rule files (*.yaml, *.yml) in this folder"})
		}
		files = append(files, found...)
	}
	var out []*Rule
	seen := map[string]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			diags = append(diags, article.Diagnostic{Path: f, Severity: article.SeverityError, Message: "cannot read rule: " + unwrapPathError(err)})
			continue
		}
		r, d := Parse(f, src)
		diags = append(diags, d...)
		if r == nil {
			continue
		}
		if prev, ok := seen[r.ID]; ok {
			pos := r.Pos["id"]
			diags = append(diags, article.Diagnostic{Path: f, Line: pos.Line, Column: pos.Column, Severity: article.SeverityError,
				Message: fmt.Sprintf("rule id %q is already used by %s", r.ID, prev)})
			continue
		}
		seen[r.ID] = f
		out = append(out, r)
	}
	return out, diags
}

func isRuleFile(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".yaml" || ext == ".yml"
}

func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// loader parses one rule file, collecting diagnostics.
type loader struct {
	path  string
	src   []byte
	lines []string
	diags []article.Diagnostic
}

func (l *loader) errorf(line, col int, format string, args ...any) {
	l.diags = append(l.diags, article.Diagnostic{Path: l.path, Line: line, Column: col,
		Severity: article.SeverityError, Message: fmt.Sprintf(format, args...), Excerpt: l.excerpt(line, col)})
}

func (l *loader) errorAt(n ast.Node, format string, args ...any) {
	line, col := nodePos(n)
	l.errorf(line, col, format, args...)
}

// excerpt shows the source line with a caret under the column.
func (l *loader) excerpt(line, col int) string {
	if line < 1 || line > len(l.lines) {
		return ""
	}
	text := strings.TrimRight(l.lines[line-1], "\r")
	num := strconv.Itoa(line)
	pad := strings.Repeat(" ", len(num))
	caret := ""
	if col > 0 {
		caret = strings.Repeat(" ", col-1) + "^"
	}
	return fmt.Sprintf(" %s | %s\n %s | %s", num, strings.ReplaceAll(text, "\t", " "), pad, caret)
}

func nodePos(n ast.Node) (int, int) {
	if n == nil {
		return 0, 0
	}
	if t := n.GetToken(); t != nil && t.Position != nil {
		return t.Position.Line, t.Position.Column
	}
	return 0, 0
}

// Parse parses one rule file's source. path names it in diagnostics; the
// rule's ID defaults to the file name without extension.
func Parse(path string, src []byte) (*Rule, []article.Diagnostic) {
	l := &loader{path: path, src: src, lines: strings.Split(string(src), "\n")}
	r := l.parse()
	sort.SliceStable(l.diags, func(i, j int) bool {
		a, b := l.diags[i], l.diags[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	if len(l.diags) > 0 {
		return nil, l.diags
	}
	return r, nil
}

func (l *loader) parse() *Rule {
	if !utf8.Valid(l.src) {
		l.errorf(0, 0, "rule file is not UTF-8 text")
		return nil
	}
	f, err := parseYAML(l.src)
	if err != nil {
		var te interface {
			GetToken() *token.Token
			GetMessage() string
		}
		if errors.As(err, &te) && te.GetToken() != nil && te.GetToken().Position != nil {
			p := te.GetToken().Position
			l.errorf(p.Line, p.Column, "YAML syntax: %s", te.GetMessage())
		} else {
			l.errorf(0, 0, "YAML syntax: %v", err)
		}
		return nil
	}
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		l.errorf(0, 0, "empty rule file: a rule needs at least a kind")
		return nil
	}
	if len(docs) > 1 {
		l.errorAt(docs[1].Body, "one rule per file: this file has %d YAML documents", len(docs))
		return nil
	}
	m, ok := unwrap(docs[0].Body).(*ast.MappingNode)
	if !ok {
		l.errorAt(docs[0].Body, "a rule file must be a mapping of keys (id, kind, severity, message, ...)")
		return nil
	}
	base := filepath.Base(l.path)
	r := &Rule{Path: l.path, ID: strings.TrimSuffix(base, filepath.Ext(base)), Pos: map[string]Position{},
		HedgeSlack: 10, BySubject: true, MinSharedWords: 2, MinOverlap: 4, MinOverlapRatio: 25, MaxDistance: 2, MinSources: 2}
	values := map[string]ast.Node{}
	var order []string
	for _, mv := range m.Values {
		k := mv.Key.GetToken()
		name := ""
		if k != nil {
			name = k.Value
		}
		line, col := nodePos(mv.Key)
		if _, dup := values[name]; dup {
			l.errorf(line, col, "key %q appears twice", name)
			continue
		}
		values[name] = mv.Value
		order = append(order, name)
		r.Pos[name] = Position{Line: line, Column: col}
	}
	// Kind first: it decides which parameters are allowed.
	var info KindInfo
	kindOK := false
	if n, ok := values["kind"]; !ok {
		l.errorf(1, 1, "missing key \"kind\": one of %s", strings.Join(kindNames(), ", "))
	} else if s, ok := l.str(n, "kind"); ok {
		r.Kind = s
		if info, kindOK = kindInfo(s); !kindOK {
			l.errorAt(n, "unknown kind %q%s (kinds: %s)", s, didYouMean(s, kindNames()), strings.Join(kindNames(), ", "))
		}
	}
	allowed := append([]string(nil), commonKeys...)
	allowed = append(allowed, info.Params...)
	for _, name := range order {
		n := values[name]
		p := r.Pos[name]
		if !slices.Contains(allowed, name) {
			switch {
			case slices.Contains(allParams(), name) && kindOK:
				owners := []string{}
				for _, k := range kindInfos {
					if slices.Contains(k.Params, name) {
						owners = append(owners, k.Name)
					}
				}
				l.errorf(p.Line, p.Column, "%q is not a parameter of kind %s (it belongs to %s)", name, r.Kind, strings.Join(owners, ", "))
			case slices.Contains(allParams(), name):
				// Unknown kind already reported.
			default:
				l.errorf(p.Line, p.Column, "unknown key %q%s", name, didYouMean(name, append(append([]string(nil), commonKeys...), allParams()...)))
			}
			continue
		}
		switch name {
		case "id":
			if s, ok := l.str(n, name); ok {
				if s == "" {
					l.errorAt(n, "id must not be empty")
				}
				r.ID = s
			}
		case "description":
			r.Description, _ = l.str(n, name)
		case "severity":
			if s, ok := l.str(n, name); ok {
				r.Severity = Severity(s)
				if r.Severity.Rank() == 0 {
					l.errorAt(n, "unknown severity %q%s (severities: error, warning, info)", s, didYouMean(s, []string{"error", "warning", "info"}))
				}
			}
		case "message":
			if s, ok := l.str(n, name); ok {
				r.Message = s
				l.checkPlaceholders(n, s)
			}
		case "when":
			if s, ok := l.str(n, name); ok {
				r.When = strings.TrimSpace(s)
				l.compileWhen(r, n)
			}
		case "tests":
			r.Tests = l.tests(n)
		case "tolerance":
			r.Tolerance = l.tolerance(n)
		case "hedge-slack":
			r.HedgeSlack = l.percent(n, name)
		case "min-overlap-ratio":
			r.MinOverlapRatio = l.percent(n, name)
		case "by-subject":
			r.BySubject = l.boolean(n, name)
		case "min-overlap":
			r.MinOverlap = l.integer(n, name, 1)
		case "min-shared-words":
			r.MinSharedWords = l.integer(n, name, 0)
		case "max-distance":
			r.MaxDistance = l.integer(n, name, 1)
		case "min-sources":
			r.MinSources = l.integer(n, name, 2)
		case "prefer":
			r.Prefer = l.strings(n, name)
		case "synonyms":
			r.Synonyms = l.synonyms(n)
		}
	}
	if r.Severity == "" {
		r.Severity = Warning
	}
	if r.Message == "" {
		r.Message = info.Message
	}
	return r
}

func parseYAML(src []byte) (f *ast.File, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("cannot parse: %v", p)
		}
	}()
	return parser.ParseBytes(src, 0)
}

// unwrap skips tags and anchors to the value node.
func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.TagNode:
			n = v.Value
		case *ast.AnchorNode:
			n = v.Value
		default:
			return n
		}
	}
}

func typeName(n ast.Node) string {
	switch unwrap(n).(type) {
	case *ast.MappingNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	case *ast.NullNode, nil:
		return "nothing"
	case *ast.IntegerNode, *ast.FloatNode:
		return "a number"
	case *ast.BoolNode:
		return "true/false"
	}
	return "text"
}

// str reads a scalar as text. Numbers and booleans are accepted as their
// written form, since editors do not think of "2025" as a number in text.
func (l *loader) str(n ast.Node, key string) (string, bool) {
	switch v := unwrap(n).(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		return v.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode:
		return v.GetToken().Value, true
	}
	l.errorAt(n, "%s must be text, not %s", key, typeName(n))
	return "", false
}

func (l *loader) number(n ast.Node, key string) (float64, bool) {
	switch v := unwrap(n).(type) {
	case *ast.IntegerNode:
		f, err := strconv.ParseFloat(v.GetToken().Value, 64)
		return f, err == nil
	case *ast.FloatNode:
		return v.Value, true
	}
	l.errorAt(n, "%s must be a number, not %s", key, typeName(n))
	return 0, false
}

func (l *loader) integer(n ast.Node, key string, least int) int {
	v, ok := unwrap(n).(*ast.IntegerNode)
	if !ok {
		l.errorAt(n, "%s must be a whole number, not %s", key, typeName(n))
		return least
	}
	i, err := strconv.Atoi(v.GetToken().Value)
	if err != nil || i < least {
		l.errorAt(n, "%s must be a whole number of at least %d", key, least)
		return least
	}
	return i
}

func (l *loader) boolean(n ast.Node, key string) bool {
	v, ok := unwrap(n).(*ast.BoolNode)
	if !ok {
		l.errorAt(n, "%s must be true or false, not %s", key, typeName(n))
		return false
	}
	return v.Value
}

// percent reads "25", "25%" or 25 as 25.
func (l *loader) percent(n ast.Node, key string) float64 {
	if s, ok := unwrap(n).(*ast.StringNode); ok {
		f, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s.Value), "%")), 64)
		if err != nil || f < 0 || math.IsNaN(f) {
			l.errorAt(n, "%s must be a percentage such as 10%%, not %q", key, s.Value)
		}
		return f
	}
	f, ok := l.number(n, key)
	if ok && f < 0 {
		l.errorAt(n, "%s must not be negative", key)
	}
	return f
}

func (l *loader) tolerance(n ast.Node) Tolerance {
	if s, ok := unwrap(n).(*ast.StringNode); ok {
		v := strings.TrimSpace(s.Value)
		pct := strings.HasSuffix(v, "%")
		f, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(v, "%")), 64)
		if err != nil || f < 0 || math.IsNaN(f) || math.IsInf(f, 0) {
			l.errorAt(n, "tolerance must be an amount (2) or a percentage (10%%), not %q", s.Value)
		}
		return Tolerance{Amount: f, Percent: pct}
	}
	f, ok := l.number(n, "tolerance")
	if ok && f < 0 {
		l.errorAt(n, "tolerance must not be negative")
	}
	return Tolerance{Amount: f}
}

func (l *loader) strings(n ast.Node, key string) []string {
	seq, ok := unwrap(n).(*ast.SequenceNode)
	if !ok {
		if s, ok := unwrap(n).(*ast.StringNode); ok {
			return []string{s.Value}
		}
		l.errorAt(n, "%s must be a list of text, not %s", key, typeName(n))
		return nil
	}
	var out []string
	for _, v := range seq.Values {
		if s, ok := l.str(v, key+" entry"); ok {
			out = append(out, s)
		}
	}
	return out
}

func (l *loader) synonyms(n ast.Node) [][]string {
	seq, ok := unwrap(n).(*ast.SequenceNode)
	if !ok {
		l.errorAt(n, "synonyms must be a list of lists, e.g. [[CEO, chief executive]], not %s", typeName(n))
		return nil
	}
	var out [][]string
	for _, v := range seq.Values {
		g := l.strings(v, "synonyms group")
		if len(g) < 2 && g != nil {
			l.errorAt(v, "a synonyms group needs at least two roles")
		}
		out = append(out, g)
	}
	return out
}

var placeholderRE = regexp.MustCompile(`\{([^{}\s]*)\}`)

func (l *loader) checkPlaceholders(n ast.Node, msg string) {
	line, col := nodePos(n)
	for _, m := range placeholderRE.FindAllStringSubmatchIndex(msg, -1) {
		name := msg[m[2]:m[3]]
		if slices.Contains(Placeholders(), name) {
			continue
		}
		c := col
		if !strings.Contains(msg[:m[0]], "\n") {
			c = col + utf8.RuneCountInString(msg[:m[0]]) + quoteShift(n)
		}
		l.errorf(line, c, "unknown placeholder {%s}%s (placeholders: %s)", name, didYouMean(name, Placeholders()), strings.Join(Placeholders(), ", "))
	}
}

// quoteShift is 1 for a quoted scalar, whose value starts after the mark.
func quoteShift(n ast.Node) int {
	if t := n.GetToken(); t != nil && (t.Type == token.DoubleQuoteType || t.Type == token.SingleQuoteType) {
		return 1
	}
	return 0
}

// envTypeNames turns expr's Go type names into the names editors write.
var envTypeNames = strings.NewReplacer("type rules.claimEnv", "claim", "type rules.eventEnv", "claim.event",
	"type rules.quantityEnv", "claim.quantity", "type rules.quoteEnv", "claim.quote", "type rules.personEnv", "claim.person",
	"type rules.placeEnv", "claim.place", "rules.whenEnv", "the condition")

var unknownNameRE = regexp.MustCompile(`(?:unknown name|has no field) ([A-Za-z_][A-Za-z0-9_]*)`)

// compileWhen compiles r.When against the claim fields, reporting errors
// at their position in the rule file.
func (l *loader) compileWhen(r *Rule, n ast.Node) {
	if r.When == "" {
		l.errorAt(n, "when is empty: leave it out to match every claim")
		return
	}
	prog, err := compileExpr(r.When)
	if err == nil {
		r.program = prog
		return
	}
	line, col := nodePos(n)
	msg := err.Error()
	var fe *file.Error
	if errors.As(err, &fe) {
		msg = fe.Message
		if lit, ok := unwrap(n).(*ast.LiteralNode); ok {
			// Block scalar: the expression starts on the next line.
			raw := lit.Value.Value
			lead := len(raw) - len(strings.TrimLeft(raw, " \t\r\n"))
			skipped := strings.Count(raw[:lead], "\n")
			_, lcol := nodePos(lit)
			first := line + 1 + skipped
			line = line + fe.Line + skipped
			indent := lcol - 1
			if first-1 < len(l.lines) {
				s := l.lines[first-1]
				indent = len(s) - len(strings.TrimLeft(s, " "))
			}
			col = indent + fe.Column + 1
		} else if fe.Line <= 1 {
			col = col + fe.Column + quoteShift(n)
		}
	}
	msg = envTypeNames.Replace(msg)
	if m := unknownNameRE.FindStringSubmatch(msg); m != nil {
		var names []string
		for _, f := range WhenFields() {
			parts := strings.Split(f.Name, ".")
			names = append(names, parts...)
		}
		names = append(names, "claim")
		msg += didYouMean(m[1], names)
	}
	l.errorf(line, col, "when: %s (fields: claim.kind, claim.value, claim.quantity.measure, ...; see `factline rules schema`)", msg)
}

func compileExpr(src string) (p *vm.Program, err error) {
	defer func() {
		if x := recover(); x != nil {
			p, err = nil, fmt.Errorf("cannot compile: %v", x)
		}
	}()
	return expr.Compile(src, expr.Env(whenEnv{}), expr.AsBool())
}

func (l *loader) tests(n ast.Node) []Test {
	seq, ok := unwrap(n).(*ast.SequenceNode)
	if !ok {
		l.errorAt(n, "tests must be a list of tests (- name: ..., articles: ..., expect: ...)")
		return nil
	}
	var out []Test
	for i, v := range seq.Values {
		line, col := nodePos(v)
		t := Test{Name: fmt.Sprintf("test %d", i+1), Pos: Position{line, col}}
		l.mapping(v, "test", []string{"name", "articles", "expect", "absent", "count"}, func(key string, val ast.Node) {
			switch key {
			case "name":
				t.Name, _ = l.str(val, key)
			case "articles":
				t.Articles = l.testArticles(val)
			case "expect":
				t.Expect = l.matches(val, key)
			case "absent":
				t.Absent = l.matches(val, key)
			case "count":
				c := l.integer(val, key, 0)
				t.Count = &c
			}
		})
		if len(t.Articles) == 0 {
			l.errorAt(v, "%s has no articles", t.Name)
		}
		if len(t.Expect) == 0 && len(t.Absent) == 0 && t.Count == nil {
			l.errorAt(v, "%s expects nothing: add expect, absent or count", t.Name)
		}
		out = append(out, t)
	}
	return out
}

// mapping walks a mapping node, reporting unknown keys.
func (l *loader) mapping(n ast.Node, what string, keys []string, f func(key string, val ast.Node)) {
	m, ok := unwrap(n).(*ast.MappingNode)
	if !ok {
		l.errorAt(n, "a %s must be a mapping of %s, not %s", what, strings.Join(keys, ", "), typeName(n))
		return
	}
	for _, mv := range m.Values {
		k := mv.Key.GetToken().Value
		if !slices.Contains(keys, k) {
			l.errorAt(mv.Key, "unknown %s key %q%s (keys: %s)", what, k, didYouMean(k, keys), strings.Join(keys, ", "))
			continue
		}
		f(k, mv.Value)
	}
}

func (l *loader) testArticles(n ast.Node) []TestArticle {
	seq, ok := unwrap(n).(*ast.SequenceNode)
	if !ok {
		l.errorAt(n, "articles must be a list of articles (- id: a, published: 2025-02-22, text: ...)")
		return nil
	}
	var out []TestArticle
	for i, v := range seq.Values {
		a := TestArticle{ID: fmt.Sprintf("a%d", i+1)}
		l.mapping(v, "test article", []string{"id", "title", "outlet", "published", "text"}, func(key string, val ast.Node) {
			s, _ := l.str(val, key)
			switch key {
			case "id":
				a.ID = s
			case "title":
				a.Title = s
			case "outlet":
				a.Outlet = s
			case "published":
				a.Published = s
				if _, err := parseDate(s); err != nil {
					l.errorAt(val, "published must be a date such as 2025-02-22, not %q", s)
				}
			case "text":
				a.Text = s
			}
		})
		if strings.TrimSpace(a.Text) == "" {
			l.errorAt(v, "test article %s has no text", a.ID)
		}
		out = append(out, a)
	}
	return out
}

// parseDate reads a test article's publication date.
func parseDate(s string) (time.Time, error) { return article.ParseDate(s, time.UTC) }

func (l *loader) matches(n ast.Node, what string) []Match {
	seq, ok := unwrap(n).(*ast.SequenceNode)
	if !ok {
		l.errorAt(n, "%s must be a list of findings (- message: ..., article: ..., text: ...)", what)
		return nil
	}
	var out []Match
	for _, v := range seq.Values {
		var m Match
		l.mapping(v, what+" finding", []string{"message", "article", "text"}, func(key string, val ast.Node) {
			s, _ := l.str(val, key)
			switch key {
			case "message":
				m.Message = s
			case "article":
				m.Article = s
			case "text":
				m.Text = s
			}
		})
		if m == (Match{}) {
			l.errorAt(v, "an %s finding needs message, article or text", what)
		}
		out = append(out, m)
	}
	return out
}
