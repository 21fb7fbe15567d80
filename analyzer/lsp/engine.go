package lsp

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/config"
	"github.com/pplint/pplint/analyzer/inputs"
	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
)

// engine lints documents under one configuration: its analyzer holds the
// compiled policies, loaded once and reused for every edit.
type engine struct {
	an    *analyzer.Analyzer
	lang  string
	rules map[string]report.Rule
	// dir is the configuration's directory, which filter's globs are
	// relative to; filter is nil without include or exclude globs.
	dir    string
	filter *inputs.Filter
}

// skips reports whether the configuration's include and exclude globs
// leave the document at path out, as `pplint check` would.
func (e *engine) skips(path string) bool {
	if e.filter == nil || path == "" {
		return false
	}
	rel, err := filepath.Rel(e.dir, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = path
	}
	return !e.filter.Wanted(rel)
}

// lint lints text as the file name. An empty document has no findings.
func (e *engine) lint(ctx context.Context, name, text string) ([]report.Finding, error) {
	fs, err := e.an.Lint(ctx, analyzer.File{Path: name, Read: func() ([]byte, error) { return []byte(text), nil }})
	if errors.Is(err, segment.ErrEmpty) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(text, "\uFEFF") { // offsets count from after the byte-order mark
		for i := range fs {
			fs[i].Location.Offset += 3
			fs[i].Location.EndOffset += 3
		}
	}
	return fs, nil
}

// engines builds one engine per configuration file and reports the
// problems of a configuration once, as diagnostics on that file.
type engines struct {
	root    string
	lang    string // message language when the configuration sets none; "": zh
	publish func(uri string, diags []protocol.Diagnostic)
	logf    func(format string, args ...any)

	mu       sync.Mutex
	byConfig map[string]*engine // by configuration path; "" for none
	problems map[string]bool    // configuration paths with published problems
}

// forDocument returns the engine for a document at path ("" for an unsaved
// buffer): the one of the nearest .pplint.yaml above it.
func (es *engines) forDocument(ctx context.Context, path string) (*engine, error) {
	dir := es.root
	if path != "" {
		dir = filepath.Dir(path)
	}
	cfgPath, _ := config.Find(dir)
	es.mu.Lock()
	defer es.mu.Unlock()
	if es.byConfig == nil {
		es.byConfig, es.problems = map[string]*engine{}, map[string]bool{}
	}
	if e, ok := es.byConfig[cfgPath]; ok {
		return e, nil
	}
	e, problems, err := build(ctx, cfgPath, es.root, es.lang)
	if err != nil {
		return nil, err
	}
	es.byConfig[cfgPath] = e
	if cfgPath != "" && (len(problems) > 0 || es.problems[cfgPath]) {
		es.problems[cfgPath] = len(problems) > 0
		es.publish(pathURI(cfgPath), configDiagnostics(cfgPath, problems))
		for _, p := range problems {
			es.logf("%v", p)
		}
	}
	return e, nil
}

// reset forgets every engine, so that the next lint reads the
// configuration again.
func (es *engines) reset() {
	es.mu.Lock()
	defer es.mu.Unlock()
	es.byConfig = map[string]*engine{}
}

// build makes the engine of the configuration at cfgPath ("" for none).
// A configuration that cannot be read, policies that do not compile and
// unknown rule ids are problems: the engine then lints with what is valid
// (the built-in rules at least).
func build(ctx context.Context, cfgPath, root, lang string) (*engine, []error, error) {
	var problems []error
	var cfg *config.Config
	workDir := root
	if cfgPath != "" {
		workDir = filepath.Dir(cfgPath)
		c, err := config.Load(cfgPath)
		if err != nil {
			problems = append(problems, err)
		}
		cfg = c
	}
	opts := analyzer.Options{WorkDir: workDir, Workers: 1}
	if cfg != nil {
		opts.PolicyDirs = cfg.Policies
	}
	an, err := analyzer.New(ctx, opts)
	if err != nil && len(opts.PolicyDirs) > 0 {
		problems = append(problems, err)
		opts.PolicyDirs = nil
		an, err = analyzer.New(ctx, opts)
	}
	if err != nil {
		return nil, problems, err
	}
	if lang == "" {
		lang = "zh"
	}
	e := &engine{an: an, lang: lang, rules: map[string]report.Rule{}, dir: workDir}
	if cfg != nil && len(cfg.Include)+len(cfg.Exclude) > 0 {
		f, err := inputs.NewFilter(cfg.Include, cfg.Exclude)
		if err != nil {
			problems = append(problems, err)
		}
		e.filter = f
	}
	if cfg != nil {
		if cfg.Lang != "" {
			e.lang = cfg.Lang
		}
		if err := cfg.CheckRules(an.Known); err != nil {
			problems = append(problems, err)
		}
		levels := map[string]report.Level{}
		for id, l := range cfg.Overrides() {
			if an.Known(id) {
				levels[id] = l
			}
		}
		if err := an.SetOverrides(levels); err != nil {
			problems = append(problems, err)
		}
	}
	for _, r := range an.Rules() {
		e.rules[r.ID] = r
	}
	return e, problems, nil
}

// configDiagnostics turns configuration problems into diagnostics on the
// configuration file: on the line an error names, else on the policies key
// (policy errors), else on the first line.
func configDiagnostics(cfgPath string, problems []error) []protocol.Diagnostic {
	data, _ := os.ReadFile(cfgPath)
	ix := newLineIndex(string(data), encUTF16)
	policiesLine := keyLine(string(data), "policies")
	out := []protocol.Diagnostic{}
	for _, msg := range leaves(problems) {
		line := 0
		if m := lineRef.FindStringSubmatch(msg); m != nil && strings.HasPrefix(msg, cfgPath+":") {
			line, _ = strconv.Atoi(m[1])
			line--
			msg = strings.TrimSpace(strings.TrimPrefix(msg, cfgPath+":"+m[1]+":"))
		} else if strings.Contains(msg, "polic") && policiesLine >= 0 {
			line = policiesLine
		}
		line = max(0, min(line, len(ix.starts)-1))
		sev := protocol.DiagnosticSeverityError
		out = append(out, protocol.Diagnostic{
			Range:    protocol.Range{Start: protocol.Position{Line: protocol.UInteger(line)}, End: ix.position(ix.lineEnd(line))},
			Severity: &sev, Code: &protocol.IntegerOrString{Value: "pplint-config"}, Source: ptr("pplint"),
			Message: msg,
		})
	}
	return out
}

// leaves returns the messages of errors, a joined error giving one message
// per error it joins.
func leaves(errs []error) []string {
	var out []string
	for _, err := range errs {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			out = append(out, leaves(j.Unwrap())...)
		} else if err != nil {
			out = append(out, err.Error())
		}
	}
	return out
}

// lineRef reads the line number of "path:12: message".
var lineRef = regexp.MustCompile(`^.*?:(\d+):`)

// keyLine returns the 0-based line of a top-level YAML key, or -1.
func keyLine(yaml, key string) int {
	for i, l := range strings.Split(yaml, "\n") {
		if strings.HasPrefix(l, key+":") {
			return i
		}
	}
	return -1
}

func ptr[T any](v T) *T { return &v }
