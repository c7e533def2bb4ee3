package article

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchCorpus generates n articles from the fixtures: each fixture in
// turn, with its own id and its paragraphs rotated so no two are alike.
func benchCorpus(b *testing.B, n int) (paths []string, srcs [][]byte, total int64) {
	var fixtures []string
	for _, dir := range []string{summitDir, edgeDir, pagesDir} {
		ents, err := os.ReadDir(dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range ents {
			if isArticleFile(e.Name()) && !strings.HasPrefix(e.Name(), "README") {
				fixtures = append(fixtures, filepath.Join(dir, e.Name()))
			}
		}
	}
	for i := 0; i < n; i++ {
		p := fixtures[i%len(fixtures)]
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if ext := filepath.Ext(p); ext != ".html" {
			// Rotate the body's paragraphs and give the copy its own id.
			ymlStart, ymlEnd, _, start, ok, _ := splitFrontMatter(src)
			yml := src[ymlStart:ymlEnd]
			body := string(src[start:])
			paras := strings.Split(body, "\n")
			k := (i / len(fixtures)) % len(paras)
			body = strings.Join(append(paras[k:], paras[:k]...), "\n")
			fm := ""
			if ok {
				for _, line := range strings.SplitAfter(string(yml), "\n") {
					if !strings.HasPrefix(line, "id:") {
						fm += line
					}
				}
			}
			src = []byte(fmt.Sprintf("---\nid: gen-%d\n%s---\n%s", i, fm, body))
		}
		paths = append(paths, fmt.Sprintf("gen/%05d%s", i, filepath.Ext(p)))
		srcs = append(srcs, src)
		total += int64(len(src))
	}
	return paths, srcs, total
}

// BenchmarkLoadSegment parses (front matter or HTML, junk removal, body
// assembly, dates) and segments 10,000 articles generated from the
// fixtures, in memory. One op is the whole corpus.
func BenchmarkLoadSegment(b *testing.B) {
	const n = 10000
	paths, srcs, total := benchCorpus(b, n)
	opts := ParseOptions{Published: summitPublished, junk: newJunkList(nil)}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for i, src := range srcs {
			if a, diags := Parse(paths[i], src, opts); a == nil {
				b.Fatalf("%s: %v", paths[i], diags)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	reportCPU(b, cpuTime()-cpu0, int(total))
}

// fixtureArticles loads the fixtures and sets the benchmark's bytes to
// the size of their bodies.
func fixtureArticles(b *testing.B) []*Article {
	arts, _ := Load([]string{summitDir, edgeDir, pagesDir}, LoadOptions{Published: summitPublished})
	var total int64
	for _, a := range arts {
		total += int64(len(a.Body))
	}
	b.SetBytes(total)
	return arts
}

// BenchmarkSegment measures Segment alone over the fixtures' bodies.
func BenchmarkSegment(b *testing.B) {
	arts := fixtureArticles(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Segment(a)
		}
	}
}

// BenchmarkTokenize measures Tokenize over the fixtures' bodies.
func BenchmarkTokenize(b *testing.B) {
	arts := fixtureArticles(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Tokenize(a.Body)
		}
	}
}

// BenchmarkLoadDir measures Load over a folder of at least 5 MB of small
// text articles, copies of the story fixtures claims' pipeline benchmark
// reads: directory walk, file reads, parsing, junk removal and
// segmentation. One op is the whole folder.
func BenchmarkLoadDir(b *testing.B) {
	var srcs [][]byte
	for _, story := range []string{"summit-2025", "claims-ferry", "claims-layoffs", "claims-council", "claims-wildfire"} {
		files, _ := filepath.Glob(filepath.Join("../../testdata/stories", story, "*"))
		for _, f := range files {
			if ext := filepath.Ext(f); ext != ".txt" && ext != ".md" {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			srcs = append(srcs, src)
		}
	}
	if len(srcs) == 0 {
		b.Fatal("no story fixtures under ../../testdata/stories: run the benchmark from claims/article")
	}
	dir := b.TempDir()
	total := 0
	for i := 0; total < 5<<20; i++ {
		src := srcs[i%len(srcs)]
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), src, 0o644); err != nil {
			b.Fatal(err)
		}
		total += len(src)
	}
	opts := LoadOptions{Published: summitPublished}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		if arts, _ := Load([]string{dir}, opts); len(arts) == 0 {
			b.Fatal("no articles")
		}
	}
	reportCPU(b, cpuTime()-cpu0, total)
}

// reportCPU reports throughput per CPU second ("cpu-MB/s"), which a
// shared, busy machine disturbs less than wall-clock MB/s.
func reportCPU(b *testing.B, cpu time.Duration, total int) {
	if cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}
