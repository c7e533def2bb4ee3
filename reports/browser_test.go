package reports

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

// TestReportInBrowser loads the report page in headless chromium, checks
// that its events and disagreements are rendered, clicks a disagreement
// and checks that the evidence sentence it links to is shown and focused,
// and saves screenshots at laptop and phone widths (set
// FACTLINE_SCREENSHOTS=DIR to keep them).
func TestReportInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if _, err := exec.LookPath(chromiumPath); err != nil {
		t.Skipf("chromium not found at %s (apt-get install chromium): browser test skipped", chromiumPath)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	err := WriteFileAtomic(page, func(w io.Writer) error { return WriteHTML(w, sampleReport(t)) })
	if err != nil {
		t.Fatal(err)
	}
	shots := os.Getenv("FACTLINE_SCREENSHOTS")
	if shots == "" {
		shots = dir
	}

	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1366, 900),
	)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 30*time.Second)
	defer cancel()

	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1366, 900),
		chromedp.Navigate("file://"+page),
		chromedp.WaitVisible(chromedp.CSS("#e1")),
	); err != nil {
		t.Fatalf("loading %s: %v", page, err)
	}
	count := func(js string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return n
	}
	if n := count(`document.querySelectorAll("#timeline ol.tl > li.ev").length`); n != 4 {
		t.Errorf("%d dated events rendered, want 4", n)
	}
	if n := count(`document.querySelectorAll("svg.overview circle.dot").length`); n != 4 {
		t.Errorf("%d dots in the overview, want 4", n)
	}
	if n := count(`document.querySelectorAll("li.ev.disputed").length`); n != 1 {
		t.Errorf("%d events marked as disputed, want 1", n)
	}
	if n := count(`document.querySelectorAll("li.ev.m-denied .badge.m-denied").length`); n != 1 {
		t.Errorf("%d denied badges, want 1", n)
	}
	shoot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		path := filepath.Join(shots, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}
	shoot("report-laptop.png")

	// A disagreement is a link to the sentence of the source that
	// disagrees: clicking it must show and focus that sentence.
	target, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`document.querySelector("#e2 a.conflict-link").getAttribute("href").slice(1)`))
	if err != nil {
		t.Fatal(err)
	}
	if target != "e2-s5" {
		t.Errorf("the conflict links to #%s, want #e2-s5 (cbs's sentence)", target)
	}
	if n := count(`document.getElementById("e2-s5").closest("details") === null && document.querySelectorAll("#e2 details.more blockquote").length === 2 ? 1 : 0`); n != 1 {
		t.Errorf("the disagreeing source is not shown at once, or not two sources behind \"more sources\"")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#e2 a.conflict-link"), chromedp.NodeVisible)); err != nil {
		t.Fatalf("clicking the conflict: %v", err)
	}
	focused, err := chromedp.Run(ctx, chromedp.Poll[string](
		`document.activeElement && document.activeElement.id === "`+target+`" && location.hash === "#`+target+`" ? document.activeElement.textContent : ""`,
		chromedp.WithPollingTimeout(5*time.Second)))
	if err != nil {
		t.Fatalf("after the click, #%s is not focused: %v", target, err)
	}
	if want := "The officials met in Riyadh on Monday, the ministry said."; focused != want {
		t.Errorf("focused evidence = %q, want %q", focused, want)
	}
	visible := count(`(function(){var r=document.getElementById("` + target + `").getBoundingClientRect();` +
		`return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight ? 1 : 0})()`)
	if visible != 1 {
		t.Errorf("the evidence #%s is not in view after the click", target)
	}

	// The list of disagreements at the top gives the date disagreement
	// once: as the dates-agree finding, linked to its first claim, not
	// again as the timeline's conflict.
	if n := count(`document.querySelectorAll("#disputes a[href='#f1-c1']").length`); n != 1 {
		t.Errorf("%d links from the disagreements list to the finding, want 1", n)
	}
	if n := count(`document.querySelectorAll("#disputes a[href='#e2-s5']").length`); n != 0 {
		t.Errorf("the date disagreement is listed twice at the top (%d links to the timeline's conflict)", n)
	}

	// The filter hides the events whose sources agree.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#only-disputed"), chromedp.NodeVisible)); err != nil {
		t.Fatal(err)
	}
	if n := count(`Array.from(document.querySelectorAll("#timeline li.ev")).filter(function(e){return e.offsetParent !== null}).length`); n != 1 {
		t.Errorf("with the filter on, %d events shown, want 1", n)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#only-disputed"), chromedp.NodeVisible)); err != nil {
		t.Fatal(err)
	}

	// On a phone the page has no horizontal scroll outside the overview.
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)),
		chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`),
	); err != nil {
		t.Fatal(err)
	}
	if n := count(`document.documentElement.scrollWidth - document.documentElement.clientWidth`); n > 0 {
		t.Errorf("at phone width the page scrolls sideways by %dpx", n)
	}
	shoot("report-phone.png")

	// Printed, the page drops its controls and keeps every event, the
	// filter notwithstanding.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#only-disputed"), chromedp.NodeVisible),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			return err
		}),
	); err != nil {
		t.Fatal(err)
	}
	if n := count(`[".filter", ".overview-box", "nav.toc"].filter(function(s){return getComputedStyle(document.querySelector(s)).display !== "none"}).length`); n != 0 {
		t.Errorf("printed, %d controls still show", n)
	}
	if n := count(`Array.from(document.querySelectorAll("#timeline li.ev")).filter(function(e){return getComputedStyle(e).display !== "none"}).length`); n != 4 {
		t.Errorf("printed with the filter on, %d events show, want 4", n)
	}
}
