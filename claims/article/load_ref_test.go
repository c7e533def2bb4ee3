package article

// Loader steps as they were before they were tuned for speed, kept word
// for word as the references the differential fuzz targets compare the
// tuned code with.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// refBinaryAt is binaryAt's reference.
func refBinaryAt(src []byte) int {
	n := min(len(src), 8<<10)
	for i := 0; i < n; i++ {
		c := src[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return i
		}
	}
	return -1
}

// refLineStarts is lineStarts' reference.
func refLineStarts(src []byte) []int {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// refSplitSentences is splitSentences' reference.
func refSplitSentences(out []Sentence, body string, s Span, p int) []Sentence {
	from := s.Start
	for i := s.Start; i < s.End; {
		c := body[i]
		if !refTerminatorByte[c] {
			i++
			continue
		}
		n := 1 // length of the terminator at i
		if c == 0xE2 {
			if !strings.HasPrefix(body[i:s.End], "…") {
				i++
				continue
			}
			n = len("…")
		}
		term := i
		j := i + n
		for j < s.End {
			if body[j] == '.' || body[j] == '!' || body[j] == '?' {
				j++
			} else if strings.HasPrefix(body[j:s.End], "…") {
				j += len("…")
			} else {
				break
			}
		}
		// Closing quotes and brackets belong to the sentence.
		for j < s.End {
			r, size := utf8.DecodeRuneInString(body[j:])
			if r != '"' && r != '\'' && r != '”' && r != '’' && r != ')' && r != ']' && r != '»' {
				break
			}
			j += size
		}
		if r, _ := utf8.DecodeRuneInString(body[j:s.End]); j < s.End && !unicode.IsSpace(r) {
			i = j
			continue
		}
		if endsHere(body, term, j, s.End) {
			if t := TrimSpan(body, Span{from, j}); t.Len() > 0 {
				out = append(out, Sentence{Span: t, Paragraph: p})
			}
			from = j
		}
		i = j
	}
	if t := TrimSpan(body, Span{from, s.End}); t.Len() > 0 {
		out = append(out, Sentence{Span: t, Paragraph: p})
	}
	return out
}

// refTerminatorByte marks the bytes that may start a sentence terminator.
var refTerminatorByte = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// refAbbreviations maps lower-case abbreviations, without their final
// period, to their class (the map abbreviation's switch replaced).
var refAbbreviations = map[string]int{
	"mr": abbrevTitle, "mrs": abbrevTitle, "ms": abbrevTitle, "dr": abbrevTitle, "gen": abbrevTitle,
	"sen": abbrevTitle, "rep": abbrevTitle, "gov": abbrevTitle, "lt": abbrevTitle, "col": abbrevTitle,
	"sgt": abbrevTitle, "capt": abbrevTitle, "maj": abbrevTitle, "adm": abbrevTitle, "prof": abbrevTitle,
	"rev": abbrevTitle, "st": abbrevTitle, "pres": abbrevTitle, "sec": abbrevTitle, "amb": abbrevTitle,
	"cpl": abbrevTitle, "pvt": abbrevTitle, "hon": abbrevTitle, "fr": abbrevTitle, "mt": abbrevTitle,
	"ft": abbrevTitle, "gens": abbrevTitle, "reps": abbrevTitle, "sens": abbrevTitle, "messrs": abbrevTitle,
	"vs": abbrevTitle, "v": abbrevTitle, "e.g": abbrevTitle,
	"i.e": abbrevTitle, "approx": abbrevTitle, "dept": abbrevTitle, "supt": abbrevTitle, "cmdr": abbrevTitle,
	"brig": abbrevTitle, "atty": abbrevTitle, "insp": abbrevTitle, "det": abbrevTitle, "ave": abbrevTitle,
	"blvd": abbrevTitle, "rd": abbrevTitle, "fig": abbrevTitle, "op": abbrevTitle, "cf": abbrevTitle,
	"jan": abbrevMonth, "feb": abbrevMonth, "mar": abbrevMonth, "apr": abbrevMonth, "jun": abbrevMonth,
	"jul": abbrevMonth, "aug": abbrevMonth, "sep": abbrevMonth, "sept": abbrevMonth, "oct": abbrevMonth,
	"nov": abbrevMonth, "dec": abbrevMonth,
	"inc": abbrevMayEnd, "co": abbrevMayEnd, "corp": abbrevMayEnd, "ltd": abbrevMayEnd, "jr": abbrevMayEnd,
	"sr": abbrevMayEnd, "etc": abbrevMayEnd, "bros": abbrevMayEnd, "llc": abbrevMayEnd, "plc": abbrevMayEnd,
	"est": abbrevMayEnd, "min": abbrevMayEnd, "max": abbrevMayEnd, "mins": abbrevMayEnd, "hrs": abbrevMayEnd,
}
