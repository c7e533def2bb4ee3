// Command compare scores factline's timex tagger against the date libraries
// a user could pick instead (olebedev/when, markusmobius/go-dateparser,
// chrono-node) on factline's news test tables, and prints a Markdown report.
// The scoring rules are in README.md; chrono-node's results are read from
// chrono.tsv, written by chrono.mjs.
//
// Usage (in this folder):
//
//	npm ci && node chrono.mjs > chrono.tsv && go run . > RESULTS.md
package main

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

var (
	tablesFlag = flag.String("tables", "../news.tsv,../news-fixes.tsv,../news-heldout.tsv", "comma-separated test tables")
	chronoFlag = flag.String("chrono", "chrono.tsv", "chrono-node results written by chrono.mjs")
	detailFlag = flag.String("details", "details.tsv", "file for the per-expression outcomes of every library (empty: none)")
	speedMB    = flag.Float64("speed-mb", 5, "MB of sentences each Go library parses for the speed figure")
	speedMax   = flag.Duration("speed-max", 60*time.Second, "stop a speed run after this long even if speed-mb is not reached")
	noSpeed    = flag.Bool("nospeed", false, "skip the speed runs")
)

// speed is one speed run: bytes parsed in dur.
type speed struct {
	bytes int64
	dur   time.Duration
}

// mbps is the speed in MB/s (10^6 bytes), or 0 without a run.
func (s speed) mbps() float64 {
	if s.dur <= 0 {
		return 0
	}
	return float64(s.bytes) / 1e6 / s.dur.Seconds()
}

// result is one library's scores per table name ("all" for all rows).
type result struct {
	lib    Library
	scores map[string]*Score
	speed  speed
}

func main() {
	flag.Parse()
	runtime.GOMAXPROCS(1)
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(2)
	}
}

func run(w io.Writer) error {
	var rows []Row
	var tables, sums []string
	for _, f := range strings.Split(*tablesFlag, ",") {
		rs, err := readTable(f)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		rows = append(rows, rs...)
		tables = append(tables, filepath.Base(f))
		sums = append(sums, fmt.Sprintf("%s (%d rows, sha256 %.12x)", filepath.Base(f), len(rs), sha256.Sum256(b)))
	}
	chrono, chronoErr := readChrono(*chronoFlag)

	libs := []Library{
		factline(),
		factlineGrain(),
		dateparserLib("go-dateparser", "", dps.CurrentPeriod),
		dateparserLib("go-dateparser (ngram, prefer past)", "ngram", dps.Past),
		whenLib(),
	}
	var results []*result
	for _, lib := range libs {
		res := &result{lib: lib, scores: map[string]*Score{}}
		for _, r := range rows {
			res.add(r, lib.Find(r))
		}
		if !*noSpeed && lib.Same == "" {
			res.speed = timeIt(lib, rows)
		}
		results = append(results, res)
	}
	if chronoErr == nil {
		res := &result{lib: Library{Name: "chrono-node"}, scores: map[string]*Score{}, speed: chrono.speed}
		for _, r := range rows {
			res.add(r, chrono.matches[r.Key()])
		}
		results = append(results, res)
	}
	report(w, results, tables, sums, chrono.node, chronoErr)
	if *detailFlag != "" {
		return writeDetails(*detailFlag, results)
	}
	return nil
}

// factlineGrain is factline scored like the other libraries: the start of
// its resolved interval checked at the expected value's grain.
func factlineGrain() Library {
	l := factline()
	l.Name, l.Exact, l.Same = "factline (scored like the libraries)", false, l.Name
	return l
}

// add scores one row into the row's table and into "all".
func (res *result) add(r Row, ms []Match) {
	for _, name := range []string{r.Table, "all"} {
		s := res.scores[name]
		if s == nil {
			s = &Score{}
			res.scores[name] = s
		}
		s.scoreRow(r, ms, res.lib.Exact)
	}
}

// timeIt runs the library over the rows, again and again, until speedMB
// MB of sentences were parsed or speedMax passed.
func timeIt(lib Library, rows []Row) speed {
	var sp speed
	start := time.Now()
	for float64(sp.bytes) < *speedMB*1e6 && time.Since(start) < *speedMax {
		for _, r := range rows {
			lib.Find(r)
			sp.bytes += int64(len(r.Sentence))
		}
	}
	sp.dur = time.Since(start)
	return sp
}

// report prints the Markdown report.
func report(w io.Writer, results []*result, tables, sums []string, node string, chronoErr error) {
	fmt.Fprintf(w, "# factline's date resolver against the libraries a user could pick\n\n")
	fmt.Fprintf(w, "Run %s on %s/%s, %d CPUs (Go libraries timed with GOMAXPROCS=1), %s.\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
	fmt.Fprintf(w, "Versions: %s.\n\n", versions(node))
	fmt.Fprintf(w, "Tables: %s.\n\n", strings.Join(sums, ", "))
	fmt.Fprintf(w, "Reproduce (in timeline/timex/testdata/compare):\n\n    npm ci && node chrono.mjs > chrono.tsv && go run . > RESULTS.md\n\n")
	fmt.Fprintf(w, "Scoring rules: README.md. \"resolved\": expected expressions resolved (factline: exact TIMEX3 value; the others and \"factline (scored like the libraries)\": a match overlapping the expected text whose date lies in the expected value's grain). \"dates & times\": the same over the expected values a date library can express (no durations, sets, PAST_REF/PRESENT_REF/FUTURE_REF). \"rows right\": every expected expression resolved and no false positive. \"FP on `-` rows\": matches on sentences that must yield nothing (rows hit / such rows). \"other FP\": matches overlapping no expected expression on the other rows. MB/s: the same sentences, one core, one call per sentence.\n\n")
	if chronoErr != nil {
		fmt.Fprintf(w, "chrono-node: not scored (%v).\n\n", chronoErr)
	}
	for _, t := range append(append([]string(nil), tables...), "all") {
		fmt.Fprintf(w, "## %s\n\n", t)
		fmt.Fprintf(w, "| library | resolved | dates & times | rows right | FP on `-` rows | other FP | MB/s |\n|---|---|---|---|---|---|---|\n")
		for _, res := range results {
			s := res.scores[t]
			if s == nil {
				continue
			}
			ok, n, dok, dn := s.resolved()
			fe, fo := s.fpCounts()
			mb := "-"
			if res.speed.dur > 0 {
				mb = fmt.Sprintf("%.2f", res.speed.mbps())
			}
			if res.lib.Same != "" {
				mb = "(as " + res.lib.Same + ")"
			}
			fmt.Fprintf(w, "| %s | %d/%d (%.1f%%) | %d/%d (%.1f%%) | %d/%d | %d (%d/%d rows) | %d | %s |\n",
				res.lib.Name, ok, n, pct(ok, n), dok, dn, pct(dok, dn), s.RowsOK, s.Rows, fe, s.EmptyRowsHit, s.EmptyRows, fo, mb)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "## Speed runs\n\n| library | MB parsed | seconds | MB/s |\n|---|---|---|---|\n")
	for _, res := range results {
		if res.speed.dur > 0 {
			fmt.Fprintf(w, "| %s | %.2f | %.2f | %.3f |\n", res.lib.Name, float64(res.speed.bytes)/1e6, res.speed.dur.Seconds(), res.speed.mbps())
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "## The 10 most common failure kinds (all tables)\n\n")
	for _, res := range results {
		s := res.scores["all"]
		fmt.Fprintf(w, "### %s\n\n", res.lib.Name)
		ks := s.kinds(res.lib.Exact)
		if len(ks) == 0 {
			fmt.Fprintf(w, "No failures.\n\n")
		}
		for i, k := range ks {
			if i == 10 {
				break
			}
			fmt.Fprintf(w, "%d. **%s** (%d)\n", i+1, k.Name, k.Count)
			for _, ex := range k.Examples {
				fmt.Fprintf(w, "   - %s\n", ex)
			}
		}
		fmt.Fprintln(w)
	}
	beats(w, results)
}

// beats lists the expected expressions another library resolves and
// factline (scored like the libraries) does not.
func beats(w io.Writer, results []*result) {
	var fl *Score
	for _, res := range results {
		if res.lib.Name == factlineGrain().Name {
			fl = res.scores["all"]
		}
	}
	if fl == nil {
		return
	}
	fmt.Fprintf(w, "## Where a library beats factline\n\nExpected expressions a library resolves and factline does not (factline scored by the same grain rule):\n\n")
	any := false
	for _, res := range results {
		if res.lib.Exact || res.lib.Name == factlineGrain().Name {
			continue
		}
		for i, o := range res.scores["all"].Outcomes {
			if o.OK && !fl.Outcomes[i].OK {
				any = true
				fmt.Fprintf(w, "- %s: %s %s: %q want %s; it got %s; factline got %s\n", res.lib.Name,
					strings.TrimSuffix(o.Row.Table, ".tsv"), o.Row.ID, o.Want.Text, o.Want.Value, o.Got, fl.Outcomes[i].Got)
			}
		}
	}
	if !any {
		fmt.Fprintf(w, "None.\n")
	}
	fmt.Fprintln(w)
}

// pct is 100*a/b, 0 when b is 0.
func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// versions lists the compared libraries' versions: Go modules from the
// build info, chrono-node from its installed package.json, and the
// Node.js version chrono.mjs reported.
func versions(node string) string {
	var vs []string
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/olebedev/when" || d.Path == "github.com/markusmobius/go-dateparser" {
				vs = append(vs, d.Path+" "+d.Version)
			}
		}
	}
	var pkg struct{ Version string }
	if b, err := os.ReadFile("node_modules/chrono-node/package.json"); err == nil && json.Unmarshal(b, &pkg) == nil {
		vs = append(vs, "chrono-node "+pkg.Version+" (node "+node+")")
	}
	sort.Strings(vs)
	vs = append([]string{"factline " + treeVersion()}, vs...)
	return strings.Join(vs, ", ")
}

// treeVersion is the commit of the factline tree and whether the timex
// package has uncommitted changes.
func treeVersion() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "(this tree)"
	}
	v := "at " + strings.TrimSpace(string(out))
	if st, err := exec.Command("git", "status", "--porcelain", "--", "../..", ":(exclude).").Output(); err == nil && len(st) > 0 {
		v += " + uncommitted timex changes"
	}
	return v
}

// writeDetails writes every outcome and false positive of every library.
func writeDetails(file string, results []*result) error {
	var b strings.Builder
	b.WriteString("library\ttable\tid\texpected\tvalue\tresolved\tkind\tgot\n")
	for _, res := range results {
		s := res.scores["all"]
		for _, o := range s.Outcomes {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%v\t%s\t%s\n", res.lib.Name, o.Row.Table, o.Row.ID, o.Want.Text, o.Want.Value, o.OK, o.Kind, o.Got)
		}
		for _, f := range s.FPs {
			fmt.Fprintf(&b, "%s\t%s\t%s\t-\t-\tfalse\tfalse positive\t%s\n", res.lib.Name, f.Row.Table, f.Row.ID, f.Match.describe(res.lib.Exact))
		}
	}
	return os.WriteFile(file, []byte(b.String()), 0o644)
}
