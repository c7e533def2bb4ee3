package reports_test

import (
	"fmt"
	"os"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/claims/article"
	"github.com/factline/factline/reports"
	"github.com/factline/factline/rules"
	"github.com/factline/factline/timeline"
)

// The whole pipeline from Go: load articles, extract their claims, check
// them against the default rule pack and merge their events into a
// timeline.
func Example() {
	arts, diags := article.Load([]string{"../testdata/stories/summit-2025"}, article.LoadOptions{
		Published: time.Date(2025, 2, 22, 0, 0, 0, 0, time.UTC), // for 000 and 003, which state none
	})
	for _, d := range diags {
		fmt.Println(d.Error())
	}
	set := claims.Extract(arts, nil)

	pack, err := rules.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	findings := rules.Check(pack, set)
	if err := reports.WriteFindings(os.Stdout, "line", findings, reports.FindingsOptions{}); err != nil {
		fmt.Println(err)
	}

	tl := timeline.Build(set)
	for _, e := range tl.Events {
		if e.When.Value == "2025-02-18" {
			fmt.Printf("%s %s: %d sources\n", e.When.Value, e.Summary, len(e.Sources))
		}
	}
	// Output:
	// ../testdata/stories/summit-2025/001_4ad8430b91497876.txt:8:2: error quotes-verbatim: 001_4ad8430b91497876 and 002_42b5b5de59efdd18 quote Sergei Ryabkov differently: The [-focus-]{+question+} is [-on initiating steps towards-]{+about starting to move toward+} normalizing relations between our [-nations and identifying solutions-]{+countries finding ways+} to {+resolve+} the most [-pressing-]{+acute+} and potentially [-perilous-]{+very very dangerous+} situations [-including the situation in-]{+of which there are many+} Ukraine {+among them+}
	// 2025-02-18 Meeting in Riyadh: Marco Rubio, Mike Waltz, Russia, Steve Witkoff, United States: 5 sources
}
