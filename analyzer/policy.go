package analyzer

import (
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/pplint/pplint/analyzer/builtins"
	"github.com/pplint/pplint/analyzer/report"
)

// PolicySet is a compiled set of Rego modules and the rules they declare.
type PolicySet struct {
	Compiler *ast.Compiler
	Modules  map[string]*ast.Module
	Rules    []report.Rule
	// Docs holds, per rule id, the policy file and the examples its
	// METADATA declares (see Analyzer.Explain).
	Docs map[string]RuleDoc
}

// LoadModules parses the .rego files of fsys (test files only when tests
// is set). Names are prefixed
// with prefix so errors point at a recognisable path.
func LoadModules(fsys fs.FS, prefix string, tests bool) (map[string]*ast.Module, error) {
	return loadModules(fsys, prefix, func(p string) bool { return tests || !strings.HasSuffix(p, "_test.rego") })
}

// loadModules parses the .rego files of fsys that keep accepts.
func loadModules(fsys fs.FS, prefix string, keep func(path string) bool) (map[string]*ast.Module, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		if keep(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Parsing (METADATA YAML included) is half of start-up's policy work:
	// spread it over the CPUs; the first error in file order is reported.
	parsed := make([]*ast.Module, len(files))
	errs := make([]error, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				parsed[i], errs[i] = parseModule(fsys, files[i], path.Join(prefix, files[i]))
			}
		})
	}
	wg.Wait()
	mods := make(map[string]*ast.Module, len(files))
	for i, p := range files {
		if errs[i] != nil {
			return nil, errs[i]
		}
		mods[path.Join(prefix, p)] = parsed[i]
	}
	return mods, nil
}

// parseModule reads and parses the Rego file p of fsys as the module name.
func parseModule(fsys fs.FS, p, name string) (*ast.Module, error) {
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	return ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
}

// Compile compiles modules and reads the rule catalog from their METADATA.
// Rule packages must declare custom.id; ids must be unique.
func Compile(mods map[string]*ast.Module, source func(file string) string) (*PolicySet, error) {
	ps, err := Catalog(mods, source)
	if err != nil {
		return nil, err
	}
	if err := ps.compile(source); err != nil {
		return nil, err
	}
	return ps, nil
}

// Catalog reads the rule catalog from the METADATA of parsed modules,
// without compiling them (PolicySet.Compiler stays nil). Rule packages
// must declare custom.id; ids must be unique.
func Catalog(mods map[string]*ast.Module, source func(file string) string) (*PolicySet, error) {
	names := make([]string, 0, len(mods))
	for name := range mods {
		names = append(names, name)
	}
	sort.Strings(names) // as the compiler orders them: errors name the same files every run
	list := make([]*ast.Module, len(names))
	for i, name := range names {
		list[i] = mods[name]
	}
	set, errs := ast.BuildAnnotationSet(list)
	if len(errs) > 0 {
		return nil, errs
	}
	ps := &PolicySet{Modules: mods, Docs: map[string]RuleDoc{}}
	seen := map[string]string{}
	for _, ref := range set.Flatten() {
		a := ref.Annotations
		if a == nil || a.Scope != "package" || a.Custom == nil {
			continue
		}
		id, _ := a.Custom["id"].(string)
		if id == "" {
			continue
		}
		file := a.Location.File
		if prev, ok := seen[id]; ok {
			return nil, clash(id, prev, file, source)
		}
		seen[id] = file
		ps.Rules = append(ps.Rules, ruleFromAnnotations(id, ref, source(file)))
		ps.Docs[id] = docFromAnnotations(file, a)
	}
	sort.Slice(ps.Rules, func(i, j int) bool { return ps.Rules[i].ID < ps.Rules[j].ID })
	return ps, nil
}

// compile compiles the modules of ps and checks the custom rules among
// them (source tells custom files from built-in ones).
func (ps *PolicySet) compile(source func(file string) string) error {
	c := ast.NewCompiler().WithCapabilities(builtins.Capabilities()).WithEnablePrintStatements(false)
	c.Compile(ps.Modules)
	if c.Failed() {
		return c.Errors
	}
	custom := map[string]bool{}
	for name := range ps.Modules {
		custom[name] = source(name) != builtinSource
	}
	if errs := checkCustomRules(c, custom); len(errs) > 0 {
		return errs
	}
	ps.Compiler = c
	return nil
}

// clash describes two packages declaring one rule id, naming the custom
// file when one of them is a built-in rule.
func clash(id, a, b string, source func(string) string) error {
	if source(a) == builtinSource {
		a, b = b, a
	}
	if source(b) == builtinSource {
		return fmt.Errorf("%s: rule id %q clashes with the built-in rule %q (%s); choose another id", a, id, id, b)
	}
	return fmt.Errorf("%s: rule id %q is already declared in %s", b, id, a)
}

func ruleFromAnnotations(id string, ref *ast.AnnotationsRef, source string) report.Rule {
	a := ref.Annotations
	str := func(k string) string { s, _ := a.Custom[k].(string); return s }
	r := report.Rule{
		ID:          id,
		Title:       report.Text{Zh: a.Title, En: str("title_en")},
		Description: report.Text{Zh: a.Description, En: str("description_en")},
		Scope:       str("scope"),
		Fix:         report.Text{Zh: str("fix"), En: str("fix_en")},
		Source:      source,
	}
	r.Severity, _ = report.ParseLevel(str("severity"))
	if r.Severity == "" {
		r.Severity = report.LevelWarning
	}
	// data.pplint.rules.<category>["<id>"]
	if p := ref.Path; len(p) >= 4 {
		if s, ok := p[3].Value.(ast.String); ok {
			r.Category = string(s)
		}
	}
	for _, rr := range a.RelatedResources {
		if rr != nil {
			r.HelpURI = rr.Ref.String()
			break
		}
	}
	if tags, ok := a.Custom["tags"].([]any); ok {
		for _, t := range tags {
			if s, ok := t.(string); ok {
				r.Tags = append(r.Tags, s)
			}
		}
	}
	if bases, ok := a.Custom["legal_basis"].([]any); ok {
		for _, b := range bases {
			m, _ := b.(map[string]any)
			get := func(k string) string { s, _ := m[k].(string); return s }
			r.LegalBasis = append(r.LegalBasis, report.LegalBasis{Law: get("law"), Article: get("article"), Text: get("text"), LawFull: get("law_full")})
		}
	}
	return r
}
