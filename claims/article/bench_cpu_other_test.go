//go:build !unix

package article

import "time"

// cpuTime is not measured here: benchmarks report no cpu-MB/s.
func cpuTime() time.Duration { return 0 }
