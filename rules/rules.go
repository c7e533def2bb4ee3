// Package rules loads the YAML rules that editors write and checks a set of
// claims against them, reporting disagreements across sources as findings.
package rules

import "github.com/factline/factline/claims"

// Severity grades a rule and its findings.
type Severity string

// The severities, most severe first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Finding is one disagreement (or other problem) that a rule found.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Kind     string   `json:"kind"`
	Message  string   `json:"message"`
	// Claims are every claim involved; the first is the primary location.
	Claims []claims.Claim `json:"claims"`
}
