// Command factline reads news articles about one event, resolves their
// dates, extracts their claims, merges them into one timeline and checks
// them against editors' YAML rules.
//
// Exit codes:
//
//	0  success, and no finding at or above the fail level
//	1  findings at or above the fail level (check)
//	2  usage error, or an input that could not be read or used
//
// Run "factline help" for the commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/rules"
)

// Exit codes, documented in the package comment, the README and "factline
// help".
const (
	exitOK       = 0
	exitFindings = 1
	exitTrouble  = 2
)

// env is what a command may use of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// diagnostics are the input diagnostics printed so far, for outputs
	// that show them too (the report page).
	diagnostics []article.Diagnostic
}

// command is one subcommand of factline.
type command struct {
	name    string
	usage   string // e.g. "factline articles [flags] PATHS"
	summary string // one line, for the command list
	help    string // paragraphs after the usage line
	// flags declares the command's flags on fs; run is called with the
	// positional arguments.
	flags func(fs *flag.FlagSet)
	run   func(e *env, args []string) int
}

var commands = map[string]*command{}

// register adds a command; each command's file calls it from init.
func register(c *command) { commands[c.name] = c }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the exit, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitTrouble
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "factline: unknown command %q\n", name)
		if s := rules.Suggest(name, commandNames()); s != "" {
			fmt.Fprintf(stderr, "Did you mean %q?\n", s)
		}
		fmt.Fprintf(stderr, "Run 'factline help' for the commands.\n")
		return exitTrouble
	}
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if c.flags != nil {
		c.flags(fs)
	}
	pos, err := parseInterspersed(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		commandHelp(stdout, c)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "factline %s: %v\n", c.name, err)
		fmt.Fprintf(stderr, "usage: %s\nRun 'factline help %s' for details.\n", c.usage, c.name)
		return exitTrouble
	}
	return c.run(e, pos)
}

// parseInterspersed parses flags that may stand before, between or after
// positional arguments ("factline articles DIR --published 2025-02-22").
// "--" ends the flags; "-" is a positional argument (standard input).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "factline reads news articles about one event, anchors their dates, extracts\n")
	fmt.Fprintf(w, "their claims, merges them into one timeline and checks them against rules.\n\n")
	fmt.Fprintf(w, "Usage:\n\n\tfactline <command> [flags] [arguments]\n\nCommands:\n\n")
	for _, n := range commandNames() {
		fmt.Fprintf(w, "\t%-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "\nExit codes:\n\n")
	fmt.Fprintf(w, "\t0  success, and no finding at or above the fail level\n")
	fmt.Fprintf(w, "\t1  findings at or above the fail level (check)\n")
	fmt.Fprintf(w, "\t2  usage error, or an input that could not be read or used\n")
	fmt.Fprintf(w, "\nRun 'factline help <command>' for a command's flags.\n")
}

func commandHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "usage: %s\n\n%s\n", c.usage, strings.TrimSpace(c.help))
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	if c.flags != nil {
		c.flags(fs)
	}
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintf(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

func init() {
	register(&command{
		name:    "help",
		usage:   "factline help [command]",
		summary: "show the commands, or one command's flags",
		help:    "Without an argument, lists the commands and the exit codes.",
		run: func(e *env, args []string) int {
			if len(args) == 0 {
				usage(e.stdout)
				return exitOK
			}
			c, ok := commands[args[0]]
			if !ok {
				fmt.Fprintf(e.stderr, "factline help: unknown command %q\n", args[0])
				return exitTrouble
			}
			commandHelp(e.stdout, c)
			return exitOK
		},
	})
	register(&command{
		name:    "version",
		usage:   "factline version",
		summary: "print factline's version",
		help:    "Prints the module version (or \"devel\") and the Go version it was built with.",
		run: func(e *env, args []string) int {
			v := "devel"
			goVersion := "unknown"
			if bi, ok := debug.ReadBuildInfo(); ok {
				goVersion = bi.GoVersion
				if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
					v = bi.Main.Version
				}
			}
			fmt.Fprintf(e.stdout, "factline %s (%s)\n", v, goVersion)
			return exitOK
		},
	})
}
