package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/factline/factline/timeline/timex"
	dps "github.com/markusmobius/go-dateparser"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

// Match is one expression a library found in a sentence.
type Match struct {
	// Start and End are the byte span in the sentence; Start is -1 when
	// the library's text could not be located in the sentence.
	Start, End int
	Text       string
	// At is the resolved instant, read on the wall clock.
	At time.Time
	// Value is the TIMEX3 value; only factline gives one.
	Value string
}

// Library finds and resolves the expressions of one sentence.
type Library struct {
	// Name is the name shown in the report.
	Name string
	// Find returns the matches of the sentence of row r. It is nil for a
	// library whose results are read from a file (chrono-node).
	Find func(r Row) []Match
	// Exact means matches are scored by exact TIMEX3 value (factline),
	// not by the grain check.
	Exact bool
	// Same names the library whose speed this one shares (it differs only
	// in scoring); it is not timed again.
	Same string
}

// base is the reference instant given to the libraries: noon UTC of the
// DCT, neutral for day-grain expressions.
func base(r Row) time.Time { return r.DCT.Add(12 * time.Hour) }

// factline returns factline's timex tagger as a Library.
func factline() Library {
	return Library{Name: "factline", Exact: true, Find: func(r Row) []Match {
		var out []Match
		for _, e := range timex.Tag(r.Sentence, r.DCT, nil) {
			m := Match{Start: e.Start, End: e.End, Text: e.Text, Value: e.Value}
			if e.Interval != nil {
				m.At = e.Interval.Start
			}
			out = append(out, m)
		}
		return out
	}}
}

// whenLib returns github.com/olebedev/when with its English and common
// rules. when's Parse returns the first cluster of matches only, so the
// text after each result is parsed again, as a user searching a text would.
func whenLib() Library {
	p := when.New(nil)
	p.Add(en.All...)
	p.Add(common.All...)
	return Library{Name: "olebedev/when", Find: func(r Row) (out []Match) {
		defer func() {
			if recover() != nil {
				out = append(out, Match{Start: -1, Text: "(panic)"})
			}
		}()
		off := 0
		for off < len(r.Sentence) {
			res, err := p.Parse(r.Sentence[off:], base(r))
			if err != nil || res == nil || res.Index < 0 {
				break
			}
			start := off + res.Index
			out = append(out, Match{Start: start, End: start + len(res.Text), Text: res.Text, At: res.Time})
			off = start + max(len(res.Text), 1)
		}
		return out
	}}
}

// dateparserLib returns github.com/markusmobius/go-dateparser's Search,
// English only, with the DCT as the current time and otherwise the
// library's defaults (or the given search strategy and date preference).
func dateparserLib(name, strategy string, pref dps.PreferredDateSource) Library {
	p := &dps.Parser{}
	return Library{Name: name, Find: func(r Row) (out []Match) {
		defer func() {
			if recover() != nil {
				out = append(out, Match{Start: -1, Text: "(panic)"})
			}
		}()
		cfg := &dps.Configuration{
			Languages:           []string{"en"},
			CurrentTime:         base(r),
			DefaultTimezone:     time.UTC,
			SearchStrategy:      strategy,
			PreferredDateSource: pref,
		}
		_, res, err := p.Search(cfg, r.Sentence)
		if err != nil {
			return nil
		}
		from := 0
		for _, s := range res {
			m := Match{Start: -1, Text: s.Text, At: s.Date.Time}
			// Search reports the text, not its offset: find it after the
			// previous result, ignoring case and surrounding space.
			t := strings.TrimSpace(s.Text)
			low := strings.ToLower(r.Sentence)
			if i := strings.Index(low[from:], strings.ToLower(t)); i >= 0 && t != "" {
				m.Start, m.End = from+i, from+i+len(t)
				from = m.End
			} else if i := strings.Index(low, strings.ToLower(t)); i >= 0 && t != "" {
				m.Start, m.End = i, i+len(t)
			}
			out = append(out, m)
		}
		return out
	}}
}

// chronoRun is what chrono.mjs wrote: the matches per row key, the speed
// run and the Node.js version.
type chronoRun struct {
	matches map[string][]Match
	speed   speed
	node    string
}

// readChrono reads the output of chrono.mjs.
func readChrono(file string) (chronoRun, error) {
	run := chronoRun{matches: map[string][]Match{}}
	f, err := os.Open(file)
	if err != nil {
		return run, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fs := strings.Split(sc.Text(), "\t")
		if fs[0] == "#speed" && len(fs) >= 3 {
			run.speed.bytes, _ = strconv.ParseInt(fs[1], 10, 64)
			secs, _ := strconv.ParseFloat(fs[2], 64)
			run.speed.dur = time.Duration(secs * float64(time.Second))
			continue
		}
		if fs[0] == "#node" && len(fs) >= 2 {
			run.node = fs[1]
			continue
		}
		if len(fs) < 6 {
			return run, fmt.Errorf("%s:%d:1: %d fields, want at least 6", file, n, len(fs))
		}
		start, err1 := strconv.Atoi(fs[2])
		end, err2 := strconv.Atoi(fs[3])
		at, err3 := time.Parse("2006-01-02T15:04", fs[5])
		if err1 != nil || err2 != nil || err3 != nil {
			return run, fmt.Errorf("%s:%d:1: bad offsets or start %q", file, n, fs[5])
		}
		key := fs[0] + "\t" + fs[1]
		run.matches[key] = append(run.matches[key], Match{Start: start, End: end, Text: fs[4], At: at})
	}
	return run, sc.Err()
}
