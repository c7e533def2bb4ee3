package article

import "time"

// Summary is the JSON form of an article that "factline articles --format
// json" prints: metadata, counts, the cleaned body and its sentences with
// their positions in the original file.
type Summary struct {
	ID                string         `json:"id"`
	Path              string         `json:"path"`
	Title             string         `json:"title,omitempty"`
	Outlet            string         `json:"outlet,omitempty"`
	URL               string         `json:"url,omitempty"`
	Published         string         `json:"published"` // RFC 3339, in the article's zone
	PublishedSource   string         `json:"published_source"`
	PublishedEvidence string         `json:"published_evidence,omitempty"`
	Timezone          string         `json:"timezone,omitempty"`
	Meta              map[string]any `json:"meta,omitempty"`
	Words             int            `json:"words"`
	Paragraphs        int            `json:"paragraphs"`
	Warnings          []Diagnostic   `json:"warnings,omitempty"`
	Text              string         `json:"text"`
	Sentences         []SentenceInfo `json:"sentences"`
}

// SentenceInfo is one sentence of a Summary: its byte span in the body,
// where it starts in the file, and its text.
type SentenceInfo struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	Paragraph int    `json:"paragraph"`
	Heading   bool   `json:"heading,omitempty"`
	Text      string `json:"text"`
}

// Summarize returns the article's Summary.
func (a *Article) Summarize() Summary {
	s := Summary{
		ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
		Published: a.Published.Format(time.RFC3339), PublishedSource: a.PublishedSource,
		PublishedEvidence: a.PublishedEvidence, Timezone: a.Timezone, Meta: a.Meta,
		Words: a.Words(), Paragraphs: len(a.Paragraphs), Warnings: a.Warnings, Text: a.Body,
		Sentences: make([]SentenceInfo, 0, len(a.Sentences)),
	}
	for _, sn := range a.Sentences {
		p := a.Pos(sn.Start)
		s.Sentences = append(s.Sentences, SentenceInfo{Start: sn.Start, End: sn.End, Line: p.Line, Column: p.Column,
			Paragraph: sn.Paragraph, Heading: sn.Heading, Text: a.Text(sn.Span)})
	}
	return s
}
