package timex

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// corpus builds at least 5 MB of news text as documents: the seed bodies
// and, with table, the news table's sentences (grouped ten to a
// document), repeated.
func corpus(b testing.TB, table bool) []string {
	b.Helper()
	var docs []string
	paths, _ := filepath.Glob("../../testdata/stories/summit-2025/0*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		s := string(data)
		if i := strings.Index(s, "\n---\n"); strings.HasPrefix(s, "---\n") && i >= 0 {
			s = s[i+5:]
		}
		docs = append(docs, s)
	}
	if f, err := os.Open(newsTable); err == nil && table {
		sc := bufio.NewScanner(f)
		var doc []string
		for sc.Scan() {
			fields := strings.Split(sc.Text(), "\t")
			if len(fields) != 5 || strings.HasPrefix(fields[0], "#") || fields[0] == "id" {
				continue
			}
			doc = append(doc, fields[2])
			if len(doc) == 10 {
				docs = append(docs, strings.Join(doc, " "))
				doc = doc[:0]
			}
		}
		f.Close()
	}
	if len(docs) == 0 {
		b.Fatal("no benchmark text")
	}
	var out []string
	size := 0
	for size < 5<<20 {
		for _, d := range docs {
			out = append(out, d)
			size += len(d)
		}
	}
	return out
}

// uniqueCorpus is corpus with the news table's sentences, each document
// once (for tests: corpus repeats them).
func uniqueCorpus(t testing.TB) []string {
	seen := map[string]bool{}
	var docs []string
	for _, d := range corpus(t, true) {
		if !seen[d] {
			seen[d] = true
			docs = append(docs, d)
		}
	}
	return docs
}

// BenchmarkTag tags over 5 MB of news text per iteration on one core and
// reports MB/s, expressions per iteration and allocations per expression.
func BenchmarkTag(b *testing.B) {
	benchTag(b, corpus(b, true))
}

// BenchmarkTagSeeds is BenchmarkTag on the seed bodies alone: news text at
// its usual density of expressions (one per 400 bytes or so, against one
// per 110 bytes with the table's sentences).
func BenchmarkTagSeeds(b *testing.B) {
	benchTag(b, corpus(b, false))
}

func benchTag(b *testing.B, docs []string) {
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	exprs := 0
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			exprs += len(Tag(d, seedDCT, nil))
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	if exprs > 0 {
		b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(exprs), "allocs/expr")
		b.ReportMetric(float64(exprs)/float64(b.N), "exprs/op")
	}
}

// BenchmarkScan scans and segments the seed bodies, finding sentences by
// punctuation (as Tag without sentence starts) and, in ScanStarts, from
// the sentence starts the punctuation gives (as claims passes them).
func BenchmarkScan(b *testing.B) {
	benchScan(b, false)
}

// BenchmarkScanStarts is BenchmarkScan with sentence starts given.
func BenchmarkScanStarts(b *testing.B) {
	benchScan(b, true)
}

func benchScan(b *testing.B, given bool) {
	docs := corpus(b, false)
	starts := make([][]int, len(docs))
	size := 0
	for k, d := range docs {
		size += len(d)
		if given {
			var s scanner
			s.scan(d, nil)
			st := []int{}
			for i := range s.toks {
				if i == 0 || s.toks[i].sent != s.toks[i-1].sent {
					st = append(st, int(s.toks[i].start))
				}
			}
			starts[k] = st
		}
	}
	b.SetBytes(int64(size))
	var s scanner
	b.ResetTimer()
	for range b.N {
		for k, d := range docs {
			s.scan(d, starts[k])
		}
	}
}
