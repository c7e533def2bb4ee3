package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment splits a.Body into paragraphs and sentences, replacing any it had.
//
// Placeholder: blank lines and line breaks end paragraphs, ". ", "! " and
// "? " end sentences. The foundation issue replaces it with news-aware
// segmentation (abbreviations, initials, decimals, quotes, headings).
func Segment(a *Article) {
	a.Paragraphs = a.Paragraphs[:0]
	a.Sentences = a.Sentences[:0]
	body := a.Body
	start := 0
	for start < len(body) {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		if s := trimSpan(body, Span{start, end}); s.Len() > 0 {
			a.Paragraphs = append(a.Paragraphs, s)
			p := len(a.Paragraphs) - 1
			from := s.Start
			for i := s.Start; i < s.End; i++ {
				c := body[i]
				if (c == '.' || c == '!' || c == '?') && i+1 < s.End && body[i+1] == ' ' {
					if t := trimSpan(body, Span{from, i + 1}); t.Len() > 0 {
						a.Sentences = append(a.Sentences, Sentence{Span: t, Paragraph: p})
					}
					from = i + 1
				}
			}
			if t := trimSpan(body, Span{from, s.End}); t.Len() > 0 {
				a.Sentences = append(a.Sentences, Sentence{Span: t, Paragraph: p})
			}
		}
		start = end + 1
	}
}

// trimSpan narrows s to exclude leading and trailing white space of body.
func trimSpan(body string, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(body[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(body[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}
