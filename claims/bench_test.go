package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factline/factline/claims/article"
)

// benchCorpus writes copies of the fixture stories into a temporary
// folder until it holds at least size bytes, and returns the folder and
// its byte count.
func benchCorpus(b *testing.B, size int) (string, int) {
	b.Helper()
	var srcs [][]byte
	for _, dir := range storyDirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if filepath.Ext(f) != ".txt" && filepath.Ext(f) != ".md" {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			srcs = append(srcs, data)
		}
	}
	if len(srcs) == 0 {
		b.Fatal("no fixtures")
	}
	dir := b.TempDir()
	total := 0
	for i := 0; total < size; i++ {
		data := srcs[i%len(srcs)]
		name := filepath.Join(dir, fmt.Sprintf("%05d.txt", i))
		if err := os.WriteFile(name, data, 0o644); err != nil {
			b.Fatal(err)
		}
		total += len(data)
	}
	return dir, total
}

// BenchmarkLoadResolveExtract measures the whole path a command takes:
// load (front matter, junk removal, segmentation), resolve (the timex
// tagger) and extract, over at least 5 MB of articles built from the
// fixtures. MB/s is per core (run with -cpu 1).
func BenchmarkLoadResolveExtract(b *testing.B) {
	dir, total := benchCorpus(b, 5<<20)
	opts := article.LoadOptions{Published: dct}
	b.SetBytes(int64(total))
	b.ResetTimer()
	claims := 0
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		arts, _ := article.Load([]string{dir}, opts)
		set := Extract(arts, nil)
		claims = len(set.Claims)
	}
	reportCPU(b, cpuTime()-cpu0, total)
	b.ReportMetric(float64(claims), "claims")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports throughput per CPU second ("cpu-MB/s"), which a
// shared, busy machine disturbs less than wall-clock MB/s.
func reportCPU(b *testing.B, cpu time.Duration, total int) {
	if cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// BenchmarkExtract measures extraction alone (including the timex tagger
// it runs) on articles already loaded.
func BenchmarkExtract(b *testing.B) {
	dir, total := benchCorpus(b, 5<<20)
	arts, _ := article.Load([]string{dir}, article.LoadOptions{Published: dct})
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		Extract(arts, nil)
	}
	reportCPU(b, cpuTime()-cpu0, total)
}

// BenchmarkExtractLargeArticle extracts one 2 MB article built from the
// edge-case stories: its MB/s should match many small articles', showing
// no step grows faster than the article.
func BenchmarkExtractLargeArticle(b *testing.B) {
	var sb strings.Builder
	files, _ := filepath.Glob("../testdata/stories/claims-*/*.txt")
	if len(files) == 0 {
		b.Fatal("no fixtures")
	}
	for sb.Len() < 2<<20 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			s := string(data)
			if i := strings.Index(s[3:], "\n---"); strings.HasPrefix(s, "---") && i >= 0 {
				s = s[i+7:] // drop the front matter
			}
			sb.WriteString(s)
			sb.WriteString("\n")
		}
	}
	a := article.FromText("big", "big.txt", sb.String(), dct)
	arts := []*article.Article{a}
	b.SetBytes(int64(sb.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(arts, nil)
	}
}
