package reports

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// Progress draws a progress bar on a terminal while a run works through
// many files. It draws nothing when its writer is not a terminal (a pipe,
// a file, CI logs), so that logs stay clean. The zero value and a nil
// *Progress draw nothing.
type Progress struct {
	w     io.Writer
	label string
	total int
	done  int
	width int
	drawn string
}

// MinProgressFiles is the number of files from which a run shows progress.
const MinProgressFiles = 20

// NewProgress returns a progress bar for total steps on w, or nil when w is
// not a terminal or total is below MinProgressFiles.
func NewProgress(w io.Writer, label string, total int) *Progress {
	f, ok := w.(*os.File)
	if !ok || total < MinProgressFiles || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	width := 80
	if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 20 {
		width = cols
	}
	return newProgressTo(w, label, total, width)
}

// newProgressTo draws on any writer, for tests.
func newProgressTo(w io.Writer, label string, total, width int) *Progress {
	p := &Progress{w: w, label: label, total: total, width: width}
	p.draw()
	return p
}

// Add advances the bar by n steps.
func (p *Progress) Add(n int) {
	if p == nil {
		return
	}
	p.done = min(p.done+n, p.total)
	p.draw()
}

// Done clears the bar.
func (p *Progress) Done() {
	if p == nil || p.drawn == "" {
		return
	}
	fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", len([]rune(p.drawn))))
	p.drawn = ""
}

func (p *Progress) draw() {
	count := fmt.Sprintf(" %d/%d", p.done, p.total)
	bar := p.width - len([]rune(p.label)) - len(count) - 4
	if bar < 10 {
		bar = 10
	}
	full := 0
	if p.total > 0 {
		full = bar * p.done / p.total
	}
	line := fmt.Sprintf("%s [%s%s]%s", p.label, strings.Repeat("=", full), strings.Repeat(" ", bar-full), count)
	if line == p.drawn {
		return
	}
	fmt.Fprintf(p.w, "\r%s", line)
	p.drawn = line
}
