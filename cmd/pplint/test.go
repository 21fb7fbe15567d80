package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/spf13/cobra"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/regotest"
)

// testOptions are the flags of `pplint test`.
type testOptions struct {
	timeout time.Duration
	run     string
	quiet   bool
}

func (a *app) testCommand() *cobra.Command {
	o := &testOptions{}
	cmd := &cobra.Command{
		Use:   "test [policy-dir|file.rego]...",
		Short: "Run the Rego unit tests (*_test.rego) of custom policies, or of the built-in rules",
		Long: "test runs every test_* rule of the *_test.rego files with OPA's test runner, in the same\n" +
			"sandbox as check, with the pplint.claims(text) and pplint.input(path, text) built-ins that turn\n" +
			"Chinese text into the claim input. Without arguments it tests the built-in rules.\n" +
			"Exit codes: 0 all tests pass, 1 a test fails, 2 a policy does not compile or a test errors.",
		Example: "  pplint test ./house-rules/\n  pplint test --run dpo ./house-rules/",
		RunE:    func(cmd *cobra.Command, args []string) error { return a.test(cmd, o, args) },
	}
	f := cmd.Flags()
	f.DurationVar(&o.timeout, "timeout", regotest.DefaultTimeout, "time limit for each test")
	f.StringVar(&o.run, "run", "", "only run tests whose name matches this regular expression")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print failing tests only")
	return cmd
}

func (a *app) test(cmd *cobra.Command, o *testOptions, dirs []string) error {
	var mods map[string]*ast.Module
	var err error
	if len(dirs) == 0 {
		mods, err = regotest.BuiltinModules()
	} else {
		// Compile the policies as check would first: namespace, sandbox,
		// METADATA and id clashes are reported before any test runs.
		if _, err := analyzer.CompileAll(dirs); err != nil {
			return err
		}
		mods, err = regotest.CustomModules(dirs)
	}
	if err != nil {
		return err
	}
	results, err := regotest.Run(cmd.Context(), mods, regotest.Options{Timeout: o.timeout, Filter: o.run})
	if err != nil {
		return fmt.Errorf("compile tests: %w", err)
	}
	if len(results) == 0 {
		return fmt.Errorf("no tests found in %s", strings.Join(dirs, ", "))
	}
	sum, err := regotest.Report(a.stdout, results, !o.quiet)
	if err != nil {
		return fmt.Errorf("write test report: %w", err)
	}
	a.code = sum.Code()
	return nil
}
