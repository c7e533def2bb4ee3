package main

import (
	"os"
	"testing"

	"github.com/factline/factline/reports/golden"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"factline": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI transcripts in testdata/script. Run with
// -update to rewrite their expected output in place.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *golden.Update,
		Setup: func(env *testscript.Env) error {
			// Scripts reach the repository's fixtures through $ROOT.
			wd, err := os.Getwd()
			if err != nil {
				return err
			}
			env.Setenv("ROOT", wd+"/../..")
			return nil
		},
	})
}
