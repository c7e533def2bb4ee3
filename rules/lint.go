package rules

import (
	"fmt"
	"strings"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/parser"

	"github.com/factline/factline/claims/article"
)

// Lint looks for rules that load but cannot do their job: a `when` that
// tests fields of another claim type than the kind compares (so the rule
// can never fire), a corroborated rule without `when`, a message without
// placeholders, a rule without description or tests. It returns warnings;
// RunTests finds rules that never fire on their own tests.
func Lint(rs []*Rule) []article.Diagnostic {
	var out []article.Diagnostic
	warn := func(r *Rule, key, format string, args ...any) {
		p := r.Pos[key]
		out = append(out, article.Diagnostic{Path: r.Path, Line: p.Line, Column: p.Column,
			Severity: article.SeverityWarning, Message: fmt.Sprintf(format, args...)})
	}
	for _, r := range rs {
		info, _ := kindInfo(r.Kind)
		if r.When != "" {
			for _, typ := range claimTypesUsed(r.When) {
				if info.ClaimKind != "" && typ != info.ClaimKind {
					warn(r, "when", "when tests claim.%s, but %s compares %s claims, so the rule can never fire", typ, r.Kind, info.ClaimKind)
				}
			}
			if used := claimKindsCompared(r.When); len(used) > 0 && info.ClaimKind != "" {
				for _, k := range used {
					if k != info.ClaimKind {
						warn(r, "when", "when requires claim.kind == %q, but %s compares %s claims, so the rule can never fire", k, r.Kind, info.ClaimKind)
					}
				}
			}
		}
		if r.Kind == "corroborated" && r.When == "" {
			warn(r, "kind", "corroborated without when asks every claim of every kind for %d sources; add a when", r.MinSources)
		}
		for _, m := range placeholderRE.FindAllStringSubmatch(r.Message, -1) {
			if why := unavailable(r.Kind, m[1]); why != "" {
				warn(r, "message", "{%s} is never filled in a %s finding: %s", m[1], r.Kind, why)
			}
		}
		if !strings.Contains(r.Message, "{") {
			warn(r, "message", "the message has no placeholders, so findings will not say which claims disagree")
		}
		if _, ok := r.Pos["severity"]; !ok {
			warn(r, "kind", "no severity: the rule reports warnings")
		}
		if r.Description == "" {
			warn(r, "kind", "no description: say in a sentence what the rule protects")
		}
		if len(r.Tests) == 0 {
			warn(r, "kind", "no tests: add tests with articles the rule must flag and must not")
		}
	}
	return out
}

var claimTypes = []string{"event", "quantity", "quote", "person", "place"}

// claimTypesUsed lists the claim types whose fields an expression reads
// (claim.quantity.measure → quantity).
func claimTypesUsed(src string) []string {
	tree, err := parser.Parse(src)
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	ast.Find(tree.Node, func(n ast.Node) bool {
		m, ok := n.(*ast.MemberNode)
		if !ok {
			return false
		}
		id, ok := m.Node.(*ast.IdentifierNode)
		s, ok2 := m.Property.(*ast.StringNode)
		if ok && ok2 && id.Value == "claim" {
			for _, t := range claimTypes {
				if s.Value == t && !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
		return false
	})
	return out
}

// claimKindsCompared finds `claim.kind == "x"` at the top of a chain of
// ands, which a rule must satisfy.
func claimKindsCompared(src string) []string {
	tree, err := parser.Parse(src)
	if err != nil {
		return nil
	}
	var out []string
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		b, ok := n.(*ast.BinaryNode)
		if !ok {
			return
		}
		switch b.Operator {
		case "&&", "and":
			walk(b.Left)
			walk(b.Right)
		case "==":
			m, ok := b.Left.(*ast.MemberNode)
			s, ok2 := b.Right.(*ast.StringNode)
			if ok && ok2 {
				if p, ok := m.Property.(*ast.StringNode); ok && p.Value == "kind" {
					if id, ok := m.Node.(*ast.IdentifierNode); ok && id.Value == "claim" {
						out = append(out, s.Value)
					}
				}
			}
		}
	}
	walk(tree.Node)
	return out
}

// unavailable says why a placeholder stays empty for a kind, or "".
func unavailable(kind, name string) string {
	switch {
	case strings.HasPrefix(name, "other.") && (kind == "weekday-matches-date" || kind == "corroborated"):
		return "its findings involve no other claim to compare with"
	case name == "diff" && kind != "quotes-verbatim":
		return "only quotes-verbatim marks differing words"
	case name == "sources" && kind != "corroborated":
		return "only corroborated counts sources"
	}
	return ""
}
