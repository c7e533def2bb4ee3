package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/factline/factline/timeline/timeml"
)

// TestRunTimeML runs the --timeml writer directly on the TempEval-3 style
// input document of the timeml package and checks that the output parses
// and keeps the input's plain text.
func TestRunTimeML(t *testing.T) {
	const in = "../../timeline/timeml/testdata/input.tml"
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	if code := runTimeML(e, in); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	want, err := timeml.ParseFile(in)
	if err != nil {
		t.Fatal(err)
	}
	got, err := timeml.Parse("out.tml", out.Bytes())
	if err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, out.String())
	}
	if got.Text != want.Text || got.DCT.TID != "t0" || got.DCT.Value != want.DCT.Value {
		t.Errorf("output text/DCT differ:\n%s", out.String())
	}

	// Standard input works too; a broken document is exit code 2 with the
	// position.
	src, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	out.Reset()
	e.stdin = bytes.NewReader(src)
	if code := runTimeML(e, "-"); code != exitOK {
		t.Errorf("stdin: exit %d, stderr %q", code, errb.String())
	}
	e.stdin = strings.NewReader("<TimeML><TEXT>x</TEXT>")
	if code := runTimeML(e, "-"); code != exitTrouble || !strings.Contains(errb.String(), "-:1:1: <TimeML> is never closed") {
		t.Errorf("broken input: exit %d, stderr %q", code, errb.String())
	}
	errb.Reset()
	if code := runTimeML(e, "testdata/no-such.tml"); code != exitTrouble || !strings.Contains(errb.String(), "no-such.tml") {
		t.Errorf("missing file: exit %d, stderr %q", code, errb.String())
	}
}
