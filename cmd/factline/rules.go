package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/factline/factline/reports"
	"github.com/factline/factline/rules"
)

func init() {
	var force *bool
	var format *string
	register(&command{
		name:    "rules",
		usage:   "factline rules init DIR | test [PATHS] | lint [PATHS] | list [PATHS] | schema",
		summary: "write, test, lint and describe the YAML rules check uses",
		help: `Subcommands:

  init DIR      write the default rule pack into DIR, one YAML file per rule,
                to edit and pass to "factline check --rules DIR", and
                rule.schema.json for editor completion
  test [PATHS]  run each rule's own tests (the default pack without PATHS);
                prints PASS or FAIL per rule; a rule without tests, or one that
                never fires on its tests, fails
  lint [PATHS]  load the rules and warn about rules that cannot do their job
                (a when that can never match, no tests, no description)
  list [PATHS]  list the rules: id, severity, kind, file
  schema        print the JSON Schema of rule files, for editor completion:
                # yaml-language-server: $schema=path/to/schema.json

Exit status: 0 when all is well, 1 when a test fails or lint warns, 2 when a
rule file cannot be loaded.`,
		flags: func(fs *flag.FlagSet) {
			force = fs.Bool("force", false, "init: overwrite existing rule files")
			format = addFormatFlag(fs, "text", "json")
		},
		run: func(e *env, args []string) int {
			if !checkFormat(e, "rules", *format, "text", "json") {
				return exitTrouble
			}
			if len(args) == 0 {
				fmt.Fprintf(e.stderr, "factline rules: missing subcommand: init, test, lint, list or schema\n")
				return exitTrouble
			}
			sub, rest := args[0], args[1:]
			switch sub {
			case "init":
				return rulesInit(e, rest, *force)
			case "test":
				return rulesTest(e, rest, *format)
			case "lint":
				return rulesLint(e, rest)
			case "list":
				return rulesList(e, rest)
			case "schema":
				e.stdout.Write(rules.Schema())
				return exitOK
			}
			fmt.Fprintf(e.stderr, "factline rules: unknown subcommand %q", sub)
			if s := rules.Suggest(sub, []string{"init", "test", "lint", "list", "schema"}); s != "" {
				fmt.Fprintf(e.stderr, "; did you mean %q?", s)
			}
			fmt.Fprintln(e.stderr)
			return exitTrouble
		},
	})
}

func rulesInit(e *env, args []string, force bool) int {
	if len(args) != 1 {
		fmt.Fprintf(e.stderr, "factline rules init: give one folder to write the rules to\n")
		return exitTrouble
	}
	dir := args[0]
	pack, err := rules.DefaultPack()
	if err != nil {
		fmt.Fprintf(e.stderr, "factline rules init: %v\n", err)
		return exitTrouble
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(e.stderr, "factline rules init: %v\n", err)
		return exitTrouble
	}
	names := make([]string, 0, len(pack))
	for n := range pack {
		names = append(names, n)
	}
	sort.Strings(names)
	// The schema goes along, for the yaml-language-server line each rule
	// starts with.
	pack["rule.schema.json"] = rules.Schema()
	names = append(names, "rule.schema.json")
	status := exitOK
	for _, n := range names {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err == nil && !force {
			fmt.Fprintf(e.stderr, "%s: exists; not overwritten (use --force)\n", p)
			status = exitTrouble
			continue
		}
		if err := os.WriteFile(p, pack[n], 0o644); err != nil {
			fmt.Fprintf(e.stderr, "factline rules init: %v\n", err)
			status = exitTrouble
			continue
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", p)
	}
	return status
}

func rulesTest(e *env, args []string, format string) int {
	rs, ok := loadRules(e, "rules test", args)
	var results []rules.RuleResult
	status := exitOK
	for _, r := range rs {
		res := rules.RunTests(r, nil)
		results = append(results, res)
		if !res.Pass {
			status = exitFindings
		}
	}
	if format == "json" {
		for i := range results {
			for j := range results[i].Tests {
				results[i].Tests[j].Findings = nil
			}
		}
		if results == nil {
			results = []rules.RuleResult{}
		}
		if err := reports.WriteJSON(e.stdout, map[string]any{"rules": results}); err != nil {
			fmt.Fprintf(e.stderr, "factline rules test: %v\n", err)
			return exitTrouble
		}
	} else {
		passed := 0
		for _, res := range results {
			verdict := "PASS"
			if !res.Pass {
				verdict = "FAIL"
			} else {
				passed++
			}
			tests := fmt.Sprintf("%d tests", len(res.Tests))
			if len(res.Tests) == 1 {
				tests = "1 test"
			}
			fmt.Fprintf(e.stdout, "%s  %s (%s): %s\n", verdict, res.Rule, res.Path, tests)
			for _, p := range res.Problems {
				fmt.Fprintf(e.stdout, "      %s\n", p)
			}
			for _, t := range res.Tests {
				if t.Pass {
					continue
				}
				fmt.Fprintf(e.stdout, "      test %q (%s:%d):\n", t.Test, res.Path, t.Line)
				for _, p := range t.Problems {
					fmt.Fprintf(e.stdout, "        %s\n", p)
				}
			}
		}
		fmt.Fprintf(e.stdout, "%d of %d rules pass\n", passed, len(results))
	}
	if !ok {
		return exitTrouble
	}
	return status
}

func rulesLint(e *env, args []string) int {
	rs, ok := loadRules(e, "rules lint", args)
	diags := rules.Lint(rs)
	for _, d := range diags {
		printDiagnostic(e, d)
	}
	switch {
	case !ok:
		return exitTrouble
	case len(diags) > 0:
		return exitFindings
	}
	fmt.Fprintf(e.stdout, "%d rules, no problems\n", len(rs))
	return exitOK
}

func rulesList(e *env, args []string) int {
	rs, ok := loadRules(e, "rules list", args)
	w := 0
	for _, r := range rs {
		w = max(w, len(r.ID))
	}
	for _, r := range rs {
		fmt.Fprintf(e.stdout, "%-*s  %-7s  %-20s  %s\n", w, r.ID, r.Severity, r.Kind, r.Path)
	}
	if !ok {
		return exitTrouble
	}
	return exitOK
}
