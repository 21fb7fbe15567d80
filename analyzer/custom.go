package analyzer

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/pplint/pplint/analyzer/builtins"
	"github.com/pplint/pplint/policies"
)

// CustomNamespace is the package every user policy file declares or lives
// under: a rule is package pplint.custom.<category>["<id>"] with a report
// set, and data.pplint.main.report collects it like a built-in rule.
const CustomNamespace = "pplint.custom"

// reservedPrefix starts the ids of pplint's own non-Rego reports
// (pplint-suppression); custom rules may not use it.
const reservedPrefix = "pplint-"

var customRoot = ast.MustParseRef("data." + CustomNamespace)

// LoadPolicyDirs parses the .rego files of each directory (or single file)
// in dirs, test files too when tests is set. Module names are the file
// paths, so errors and Rule.Source point at the user's file. Every module
// must declare a package under pplint.custom and may not call a forbidden
// built-in; all such problems are returned together, each with file:line.
func LoadPolicyDirs(dirs []string, tests bool) (map[string]*ast.Module, error) {
	mods := map[string]*ast.Module{}
	for _, dir := range dirs {
		part, err := loadPolicyPath(dir, tests)
		if err != nil {
			return nil, err
		}
		for name, m := range part {
			mods[name] = m
		}
	}
	var errs ast.Errors
	for _, m := range mods {
		errs = append(errs, checkCustomModule(m)...)
	}
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, errs
	}
	return mods, nil
}

// loadPolicyPath loads one --policy argument: a directory or a .rego file.
func loadPolicyPath(p string, tests bool) (map[string]*ast.Module, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("policy path: %w", err)
	}
	if st.IsDir() {
		prefix := filepath.ToSlash(filepath.Clean(p))
		mods, err := LoadModules(os.DirFS(p), prefix, tests)
		if err == nil && len(mods) == 0 {
			all, aerr := LoadModules(os.DirFS(p), prefix, true)
			if aerr != nil {
				err = aerr
			} else if len(all) == 0 {
				err = fmt.Errorf("policy directory %s holds no .rego files", p)
			}
		}
		return mods, err
	}
	if !strings.HasSuffix(p, ".rego") {
		return nil, fmt.Errorf("policy path %s: want a directory or a .rego file", p)
	}
	dir, file := filepath.Split(p)
	if dir == "" {
		dir = "."
	}
	mods, err := LoadModules(singleFile{os.DirFS(dir), file}, filepath.ToSlash(filepath.Clean(dir)), true)
	return mods, err
}

// singleFile is an fs.FS that shows only one file of a directory.
type singleFile struct {
	fs.FS
	name string
}

func (s singleFile) Open(name string) (fs.File, error) {
	if name != "." && name != s.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return s.FS.Open(name)
}

func (s singleFile) ReadDir(name string) ([]fs.DirEntry, error) {
	all, err := fs.ReadDir(s.FS, name)
	if err != nil {
		return nil, err
	}
	for _, e := range all {
		if e.Name() == s.name {
			return []fs.DirEntry{e}, nil
		}
	}
	return nil, nil
}

// checkCustomModule enforces the namespace and the sandbox on one user module.
func checkCustomModule(m *ast.Module) ast.Errors {
	errs := builtins.Check(m)
	if !m.Package.Path.HasPrefix(customRoot) || len(m.Package.Path) <= len(customRoot) {
		errs = append(errs, ast.NewError(ast.CompileErr, m.Package.Location,
			"package %s: custom policies must declare a package under %s, e.g. package %s.house[\"no-sublicence\"]",
			strings.TrimPrefix(m.Package.Path.String(), "data."), CustomNamespace, CustomNamespace))
	}
	return errs
}

// checkCustomRules requires every user package that defines report to sit
// at pplint.custom.<category>.<name> (where main.rego looks) and to declare
// custom.id in its package METADATA.
func checkCustomRules(c *ast.Compiler, custom map[string]bool) ast.Errors {
	var errs ast.Errors
	for name, m := range c.Modules {
		if !custom[name] || !definesReport(m) {
			continue
		}
		if len(m.Package.Path) != len(customRoot)+2 {
			errs = append(errs, ast.NewError(ast.CompileErr, m.Package.Location,
				"package %s defines report but main collects data.%s.<category>.<name>.report only",
				strings.TrimPrefix(m.Package.Path.String(), "data."), CustomNamespace))
			continue
		}
		switch id := packageID(m); {
		case id == "":
			errs = append(errs, ast.NewError(ast.CompileErr, m.Package.Location,
				"package %s defines report but its package METADATA declares no custom.id",
				strings.TrimPrefix(m.Package.Path.String(), "data.")))
		case strings.HasPrefix(id, reservedPrefix):
			errs = append(errs, ast.NewError(ast.CompileErr, m.Package.Location,
				"rule id %q: ids starting with %q are reserved for pplint's own reports", id, reservedPrefix))
		}
	}
	sortErrors(errs)
	return errs
}

func definesReport(m *ast.Module) bool {
	for _, r := range m.Rules {
		if r.Head.Name.String() == "report" || (len(r.Head.Reference) > 0 && r.Head.Reference[0].String() == "report") {
			return true
		}
	}
	return false
}

func packageID(m *ast.Module) string {
	for _, a := range m.Annotations {
		if a.Scope == "package" || a.Scope == "subpackages" {
			if id, _ := a.Custom["id"].(string); id != "" {
				return id
			}
		}
	}
	return ""
}

func sortErrors(errs ast.Errors) {
	key := func(e *ast.Error) string {
		if e.Location == nil {
			return ""
		}
		return fmt.Sprintf("%s:%09d", e.Location.File, e.Location.Row)
	}
	sort.SliceStable(errs, func(i, j int) bool { return key(errs[i]) < key(errs[j]) })
}

// CompileAll parses and compiles the built-in policies with the custom
// policies of dirs.
func CompileAll(dirs []string) (*PolicySet, error) {
	ps, source, err := LoadAll(dirs)
	if err != nil {
		return nil, err
	}
	if err := ps.compile(source); err != nil {
		return nil, fmt.Errorf("compile policies: %w", err)
	}
	return ps, nil
}

// LoadAll parses the built-in policies with the custom policies of dirs and
// reads the rule catalog, without compiling; source names the file a
// module came from (builtinSource for the built-in ones).
func LoadAll(dirs []string) (*PolicySet, func(string) string, error) {
	// Without custom policies, nothing can import the test library: skip
	// parsing and compiling it.
	mods, err := loadModules(policies.FS(), "policies", func(p string) bool {
		return !strings.HasSuffix(p, "_test.rego") && (len(dirs) > 0 || p != policies.TestLibrary)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("load policies: %w", err)
	}
	user, err := LoadPolicyDirs(dirs, false)
	if err != nil {
		return nil, nil, fmt.Errorf("load custom policies: %w", err)
	}
	custom, err := mergeModules(mods, user)
	if err != nil {
		return nil, nil, fmt.Errorf("load custom policies: %w", err)
	}
	source := func(file string) string {
		if custom[file] {
			return file
		}
		return builtinSource
	}
	ps, err := Catalog(mods, source)
	if err != nil {
		return nil, nil, fmt.Errorf("compile policies: %w", err)
	}
	return ps, source, nil
}

// mergeModules adds the user modules to the built-in ones; a user file whose
// name equals a built-in module's is an error.
func mergeModules(base, user map[string]*ast.Module) (map[string]bool, error) {
	custom := map[string]bool{}
	for name, m := range user {
		if _, dup := base[name]; dup {
			return nil, fmt.Errorf("policy file %s: name clashes with a built-in policy file; move it to another directory", name)
		}
		base[name] = m
		custom[name] = true
	}
	return custom, nil
}
