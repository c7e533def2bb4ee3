// Package reports renders factline's results: articles, temporal
// expressions, claims, findings and timelines, as text, JSON, SARIF, GitHub
// annotations, Markdown and a self-contained HTML page. Every output is
// deterministic: the same input gives the same bytes.
package reports
