// Package analyzer is pplint's engine: it loads documents, extracts claims,
// evaluates the Rego policies once prepared per run, and returns a report.
package analyzer

import (
	"context"
	"fmt"
	"io/fs"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/pplint/pplint/analyzer/builtins"
	"github.com/pplint/pplint/analyzer/claims"
	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/analyzer/suppress"
	"github.com/pplint/pplint/policies"
	"github.com/pplint/pplint/segment"
)

// Options configure an Analyzer.
type Options struct {
	Segmenter segment.Segmenter   // nil: segment.Default()
	Load      segment.LoadOptions // format and encoding overrides
	Workers   int                 // files linted in parallel; 0: GOMAXPROCS
	// PolicyDirs are directories (or .rego files) of custom policies,
	// evaluated with the built-in rules (see LoadPolicyDirs).
	PolicyDirs []string
	// PolicyTimeout bounds the evaluation of the policies on one
	// document; 0: DefaultPolicyTimeout.
	PolicyTimeout time.Duration
	// WorkDir names documents: an absolute path inside it is reported,
	// and fingerprinted, relative to it (report.RelPath), so that
	// baselines match however the files were named on the command line.
	WorkDir string
	// KeepDocuments puts the text and blocks of each linted file in the
	// report (report.Report.Documents), for formats that show documents.
	KeepDocuments bool
}

// File is one input to lint.
type File struct {
	Path string
	Read func() ([]byte, error)
}

// Analyzer lints documents against a prepared policy set. It is safe for
// concurrent use.
type Analyzer struct {
	opts Options
	seg  segment.Segmenter
	// query is the prepared entrypoint, valid once ready is closed and
	// prepErr is nil.
	query   rego.PreparedEvalQuery
	ready   chan struct{}
	prepErr error
	rules   []report.Rule
	index   map[string]report.Rule
	// levels overrides rule severities; LevelNone disables (SetOverrides).
	levels map[string]report.Level
	docs   map[string]RuleDoc
}

// New parses the built-in and custom policies, reads the rule catalog and
// compiles the policies and prepares the entrypoint query. With custom
// policies it returns once they are compiled, so that their errors are
// New's; the built-in policies are compiled in the background while the
// first documents are read and their claims extracted, and evaluation
// waits for them (an error then fails every document).
func New(ctx context.Context, opts Options) (*Analyzer, error) {
	if opts.Segmenter == nil {
		// Compilation is mostly single-threaded: load the dictionary on
		// another core meanwhile (an error is reported on first use).
		go func() { _, _ = segment.Default() }()
	}
	ps, source, err := LoadAll(opts.PolicyDirs)
	if err != nil {
		return nil, err
	}
	a := &Analyzer{opts: opts, seg: opts.Segmenter, rules: ps.Rules, index: map[string]report.Rule{}, docs: ps.Docs,
		ready: make(chan struct{})}
	for _, r := range ps.Rules {
		a.index[r.ID] = r
	}
	a.register(suppress.Rule)
	if len(opts.PolicyDirs) > 0 {
		if err := a.prepare(ctx, ps, source); err != nil {
			return nil, err
		}
		return a, nil
	}
	go func() { _ = a.prepare(ctx, ps, source) }()
	return a, nil
}

// prepare compiles ps, prepares the entrypoint query and closes a.ready.
func (a *Analyzer) prepare(ctx context.Context, ps *PolicySet, source func(string) string) error {
	defer close(a.ready)
	if err := ps.compile(source); err != nil {
		a.prepErr = fmt.Errorf("compile policies: %w", err)
		return a.prepErr
	}
	ropts := append([]func(*rego.Rego){rego.Query(policies.EntryPoint), rego.Compiler(ps.Compiler)},
		builtins.Functions(a.segmenter)...)
	q, err := rego.New(ropts...).PrepareForEval(ctx)
	if err != nil {
		a.prepErr = fmt.Errorf("prepare policies: %w", err)
		return a.prepErr
	}
	a.query = q
	return nil
}

// prepared waits until the policies are compiled.
func (a *Analyzer) prepared() error {
	<-a.ready
	return a.prepErr
}

// Rules returns the rule catalog, sorted by id.
func (a *Analyzer) Rules() []report.Rule { return a.rules }

func (a *Analyzer) segmenter() (segment.Segmenter, error) {
	if a.seg != nil {
		return a.seg, nil
	}
	g, err := segment.Default()
	if err != nil {
		return nil, fmt.Errorf("load segmenter: %w", err)
	}
	return g, nil
}

// Run lints files in parallel and returns a sorted report. A file that
// cannot be read, decoded or analysed becomes a FileError; the others are
// still linted.
func (a *Analyzer) Run(ctx context.Context, files []File) *report.Report {
	rep := &report.Report{Tool: "pplint", Rules: a.rules, Findings: []report.Finding{}, Errors: []report.FileError{}}
	workers := a.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var mu sync.Mutex
	jobs := make(chan File)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				fs, doc, err := a.lintFile(ctx, f)
				mu.Lock()
				if err != nil {
					rep.Errors = append(rep.Errors, report.FileError{Path: f.Path, Message: oneLine(err.Error())})
				} else {
					rep.Files++
					rep.Findings = append(rep.Findings, fs...)
					if doc != nil {
						rep.Documents = append(rep.Documents, *doc)
					}
				}
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	rep.Sort()
	return rep
}

// oneLine keeps an error message on one line of stderr.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// lintFile reads, parses and lints one file, turning a panic into an error.
// With KeepDocuments it also returns the document's text and blocks.
func (a *Analyzer) lintFile(ctx context.Context, f File) (out []report.Finding, rd *report.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, rd, err = nil, nil, fmt.Errorf("internal error while analysing this file (please report it): %v", r)
		}
	}()
	doc, err := ReadDocument(f, a.opts)
	if err != nil {
		return nil, nil, err
	}
	out, err = a.LintDocument(ctx, doc)
	if err != nil || !a.opts.KeepDocuments {
		return out, nil, err
	}
	return out, reportDocument(suppress.Strip(doc)), nil
}

// Lint reads, parses and lints one file the way Run does and returns its
// findings, for callers that lint one document at a time (the language
// server).
func (a *Analyzer) Lint(ctx context.Context, f File) ([]report.Finding, error) {
	fs, _, err := a.lintFile(ctx, f)
	return fs, err
}

// Input builds the policy input for a parsed document.
func (a *Analyzer) Input(doc *segment.Document) (*claims.Input, error) {
	seg, err := a.segmenter()
	if err != nil {
		return nil, err
	}
	return claims.Extract(doc, seg), nil
}

// LintDocument evaluates the policies on one parsed document.
func (a *Analyzer) LintDocument(ctx context.Context, doc *segment.Document) ([]report.Finding, error) {
	doc = suppress.Strip(doc)
	in, err := a.Input(doc)
	if err != nil {
		return nil, err
	}
	val, err := toValue(in)
	if err != nil {
		return nil, fmt.Errorf("build policy input: %w", err)
	}
	rs, err := a.eval(ctx, val)
	if err != nil {
		return nil, fmt.Errorf("evaluate policies: %w", err)
	}
	fs, err := a.findings(doc, in, rs)
	if err != nil {
		return nil, err
	}
	return a.postprocess(doc, fs), nil
}

// Evaluate is LintDocument for an input built elsewhere (tests, custom tools).
func (a *Analyzer) Evaluate(ctx context.Context, in any) (rego.ResultSet, error) {
	val, err := toValue(in)
	if err != nil {
		return nil, fmt.Errorf("build policy input: %w", err)
	}
	return a.eval(ctx, val)
}

var _ fs.FS = policies.FS()
