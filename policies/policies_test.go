package policies_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"

	"github.com/pplint/pplint/analyzer/regotest"
	"github.com/pplint/pplint/policies"
)

// TestRego runs every *_test.rego of the embedded policy tree the way
// `pplint test` does (OPA's tester, the policy sandbox, the pplint.*
// built-ins), so `go test ./...` covers the policies' unit tests.
func TestRego(t *testing.T) {
	mods, err := regotest.BuiltinModules()
	if err != nil {
		t.Fatal(err)
	}
	results, err := regotest.Run(context.Background(), mods, regotest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		name := r.Package + "." + r.Name
		switch {
		case r.Error != nil:
			t.Errorf("%s: error: %v", name, r.Error)
		case r.Fail:
			t.Errorf("%s: FAIL at %v", name, r.Location)
		}
	}
	if len(results) == 0 {
		t.Fatal("no Rego tests ran")
	}
	t.Logf("%d Rego tests", len(results))
}

// TestEveryRuleHasTests checks that each rule directory holds a policy with
// METADATA, a test file with test_fail_ and test_success_ cases, and a README.
func TestEveryRuleHasTests(t *testing.T) {
	dirs, err := fs.Glob(policies.FS(), "rules/*/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no rule directories: %v", err)
	}
	for _, dir := range dirs {
		id := dir[strings.LastIndex(dir, "/")+1:]
		base := dir + "/" + strings.ReplaceAll(id, "-", "_")
		pol, err := fs.ReadFile(policies.FS(), base+".rego")
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		if !strings.HasPrefix(string(pol), "# METADATA") || !strings.Contains(string(pol), "id: "+id+"\n") {
			t.Errorf("%s: policy must open with # METADATA declaring custom id %s", dir, id)
		}
		test, err := fs.ReadFile(policies.FS(), base+"_test.rego")
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		if !strings.Contains(string(test), "test_fail_") || !strings.Contains(string(test), "test_success_") {
			t.Errorf("%s: tests need test_fail_* and test_success_* cases", dir)
		}
		if _, err := fs.Stat(policies.FS(), dir+"/README.md"); err != nil {
			t.Errorf("%s: missing README.md", dir)
		}
	}
}

// TestRegoIsFormatted fails when a policy file differs from `opa fmt` output.
func TestRegoIsFormatted(t *testing.T) {
	err := fs.WalkDir(policies.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		src, err := fs.ReadFile(policies.FS(), p)
		if err != nil {
			return err
		}
		got, err := format.SourceWithOpts(p, src, format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		if string(got) != string(src) {
			t.Errorf("%s is not opa fmt-clean; run: opa fmt -w %s", p, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestEveryRuleHasMetadata checks that every rule and function of the
// built-in policies (tests aside) opens with a # METADATA block, as Regal's
// missing-metadata rule would: the first definition of each name carries it.
func TestEveryRuleHasMetadata(t *testing.T) {
	rules := 0
	err := fs.WalkDir(policies.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") || strings.HasSuffix(p, "_test.rego") {
			return err
		}
		src, err := fs.ReadFile(policies.FS(), p)
		if err != nil {
			return err
		}
		m, err := ast.ParseModuleWithOpts(p, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, r := range m.Rules {
			name := r.Head.Ref().String()
			if seen[name] {
				continue
			}
			seen[name] = true
			rules++
			if len(r.Annotations) == 0 {
				t.Errorf("%s:%d: %s has no # METADATA block", p, r.Location.Row, name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if rules < 100 {
		t.Fatalf("only %d rules checked", rules)
	}
}
