package timeml

import (
	"strconv"

	"github.com/factline/factline/timeline/timex"
)

// FromExprs converts the tagger's expressions into TIMEX3 annotations with
// the same spans. An expression resolved from the DCT gets anchorTimeID
// "t0"; one resolved from another expression keeps that expression's ID,
// which Write renumbers together with the tids.
func FromExprs(exprs []timex.Expr) []Timex {
	out := make([]Timex, 0, len(exprs))
	for i, e := range exprs {
		tid := e.ID
		if tid == "" || tid == DCTID {
			tid = "x" + strconv.Itoa(i+1)
		}
		anchor := e.Anchor
		if anchor == "DCT" {
			anchor = DCTID
		}
		out = append(out, Timex{
			TID: tid, Type: string(e.Type), Value: e.Value, Mod: e.Mod,
			AnchorTimeID: anchor, Start: e.Start, End: e.End, Text: e.Text,
		})
	}
	return out
}
