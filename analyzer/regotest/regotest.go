// Package regotest runs the Rego unit tests (*_test.rego) of pplint
// policies with OPA's tester, in the sandbox pplint check uses and with the
// pplint.* built-ins, so a test can build its input from Chinese text:
//
//	test_fail_x if count(rule.report) > 0 with input as pplint.claims("…")
//
// `pplint test` and the Go tests of the built-in policies share this path.
package regotest

import (
	"context"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/builtins"
	"github.com/pplint/pplint/policies"
)

// DefaultTimeout bounds each test when Options.Timeout is zero.
const DefaultTimeout = 10 * time.Second

// Options configure a test run.
type Options struct {
	Timeout   time.Duration          // per test; 0: DefaultTimeout
	Filter    string                 // regular expression over test names; empty: all
	Segmenter builtins.SegmenterFunc // nil: builtins.DefaultSegmenter
}

// Summary counts the outcomes of a run.
type Summary struct {
	Pass, Fail, Error, Skip int
}

// Code is the exit code for the summary: 0 all passed, 1 a test failed,
// 2 a test could not be evaluated (or none ran).
func (s Summary) Code() int {
	switch {
	case s.Error > 0 || s.Pass+s.Fail == 0:
		return 2
	case s.Fail > 0:
		return 1
	}
	return 0
}

// BuiltinModules returns the embedded policies with their tests.
func BuiltinModules() (map[string]*ast.Module, error) {
	mods, err := analyzer.LoadModules(policies.FS(), "policies", true)
	if err != nil {
		return nil, fmt.Errorf("load policies: %w", err)
	}
	return mods, nil
}

// CustomModules returns the custom policies of dirs with their tests,
// together with the embedded library and rules they may import.
func CustomModules(dirs []string) (map[string]*ast.Module, error) {
	mods, err := analyzer.LoadModules(policies.FS(), "policies", false)
	if err != nil {
		return nil, fmt.Errorf("load policies: %w", err)
	}
	user, err := analyzer.LoadPolicyDirs(dirs, true)
	if err != nil {
		return nil, fmt.Errorf("load custom policies: %w", err)
	}
	for name, m := range user {
		if _, dup := mods[name]; dup {
			return nil, fmt.Errorf("policy file %s: name clashes with a built-in policy file", name)
		}
		mods[name] = m
	}
	return mods, nil
}

// Run compiles mods in the sandbox and runs every test rule. Results are
// sorted by file, line and name. The error is a compile error (with
// file:line for each problem).
func Run(ctx context.Context, mods map[string]*ast.Module, opts Options) ([]*tester.Result, error) {
	seg := opts.Segmenter
	if seg == nil {
		seg = builtins.DefaultSegmenter
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	// Load the segmenter now, so that its one-off cost does not count
	// against the time limit of the first test that calls pplint.claims.
	if _, err := seg(); err != nil {
		return nil, fmt.Errorf("load segmenter: %w", err)
	}
	c := ast.NewCompiler().WithCapabilities(builtins.Capabilities()).WithEnablePrintStatements(true)
	r := tester.NewRunner().SetCompiler(c).AddCustomBuiltins(builtins.TesterBuiltins(seg)).
		SetModules(mods).SetTimeout(timeout).CapturePrintOutput(true).RaiseBuiltinErrors(true)
	if opts.Filter != "" {
		r = r.Filter(opts.Filter)
	}
	ch, err := r.Run(ctx, mods)
	if err != nil {
		return nil, err
	}
	var out []*tester.Result
	for res := range ch {
		out = append(out, res)
	}
	sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out, nil
}

func less(a, b *tester.Result) bool {
	if a.Location != nil && b.Location != nil {
		if a.Location.File != b.Location.File {
			return a.Location.File < b.Location.File
		}
		if a.Location.Row != b.Location.Row {
			return a.Location.Row < b.Location.Row
		}
	}
	return a.Package+"."+a.Name < b.Package+"."+b.Name
}

// Report writes the results in OPA's format (verbose: every test, else
// failures only) and returns the counts.
func Report(w io.Writer, results []*tester.Result, verbose bool) (Summary, error) {
	var s Summary
	ch := make(chan *tester.Result, len(results))
	for _, r := range results {
		switch {
		case r.Skip:
			s.Skip++
		case r.Error != nil:
			s.Error++
		case r.Fail:
			s.Fail++
		default:
			s.Pass++
		}
		ch <- r
	}
	close(ch)
	err := tester.PrettyReporter{Output: w, Verbose: verbose, FailureLine: true}.Report(ch)
	return s, err
}
