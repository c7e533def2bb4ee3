package timeline

import (
	"fmt"
	"testing"
	"time"

	"github.com/factline/factline/claims"
	"github.com/factline/factline/timeline/timex"
)

// benchSet is n articles of one story, each telling the same eight
// events, some with a time, some with another day, some naming no one.
func benchSet(n int) (*claims.Set, int) {
	set := &claims.Set{}
	bytes := 0
	kinds := []struct {
		class string
		who   []string
		mod   claims.Modality
		day   int
	}{
		{"meeting", []string{"marco-rubio", "sergey-lavrov"}, claims.Happened, 18},
		{"visit", []string{"keir-starmer"}, claims.Expected, 24},
		{"visit", []string{"donald-trump"}, claims.Denied, 9},
		{"call", []string{"keir-starmer", "volodymyr-zelenskyy"}, claims.Happened, 22},
		{"protest", nil, claims.Happened, 22},
		{"interview", []string{"donald-trump"}, claims.Happened, 21},
		{"statement", []string{"sergei-ryabkov"}, claims.Happened, 22},
		{"invasion", []string{"russia", "ukraine"}, claims.Happened, 24},
	}
	for a := range n {
		id := fmt.Sprintf("a%05d", a)
		for i, k := range kinds {
			sentence := fmt.Sprintf("Sentence %d of %s about the %s, with some words around it.", i, id, k.class)
			bytes += len(sentence)
			e := &claims.Event{Trigger: k.class, Class: k.class, Participants: k.who, Modality: k.mod}
			if (a+i)%3 != 0 {
				d := time.Date(2025, 2, k.day+(a+i)%7/6, 0, 0, 0, 0, time.UTC)
				e.Time = &timex.Expr{Text: "on the day", Value: d.Format(time.DateOnly),
					Interval: &timex.Interval{Start: d, End: d.AddDate(0, 0, 1), Grain: timex.GrainDay}}
			}
			set.Claims = append(set.Claims, claims.Claim{ID: fmt.Sprintf("%s/event/%d", id, i+1), Kind: claims.KindEvent,
				Evidence: claims.Evidence{Article: id, Path: id + ".txt", Start: i * 80, Line: i + 1, Column: 1, Sentence: sentence, Text: k.class},
				Event:    e})
		}
	}
	return set, bytes
}

// BenchmarkBuild merges the events of 1,000 and 10,000 articles; the
// time per mention should stay about the same (near-linear growth).
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		set, bytes := benchSet(n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			for b.Loop() {
				Build(set)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(set.Claims)), "ns/mention")
		})
	}
}
