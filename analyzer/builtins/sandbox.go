package builtins

import (
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// forbidden maps each OPA built-in (or name prefix ending in ".") that
// policies may not call to the reason shown to the author.
var forbidden = map[string]string{
	"http.send":   "network access is disabled",
	"net.":        "network access is disabled",
	"opa.runtime": "runtime and environment introspection is disabled",
}

// Forbidden reports whether policies may not call the built-in name, and why.
func Forbidden(name string) (string, bool) {
	if why, ok := forbidden[name]; ok {
		return why, true
	}
	for p, why := range forbidden {
		if strings.HasSuffix(p, ".") && strings.HasPrefix(name, p) {
			return why, true
		}
	}
	return "", false
}

// Capabilities returns the built-ins a pplint policy may use: OPA's
// capabilities for this version without the forbidden built-ins, plus the
// pplint.* built-ins. No OPA built-in reads files, so removing network and
// runtime access leaves policies pure functions of their input.
func Capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if _, bad := Forbidden(b.Name); !bad {
			kept = append(kept, b)
		}
	}
	caps.Builtins = append(kept, Declarations()...)
	caps.AllowNet = []string{}
	return caps
}

// Unsafe returns the forbidden built-ins of this OPA version by name, for
// rego.UnsafeBuiltins and ast.Compiler.WithUnsafeBuiltins.
func Unsafe() map[string]struct{} {
	out := map[string]struct{}{}
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		if _, bad := Forbidden(b.Name); bad {
			out[b.Name] = struct{}{}
		}
	}
	return out
}

// Check returns one error per call of a forbidden built-in in mod, each
// naming file:line, so that a hostile or careless policy fails with a clear
// message rather than OPA's "undefined function".
func Check(mod *ast.Module) ast.Errors {
	var errs ast.Errors
	report := func(name string, loc *ast.Location) {
		if why, bad := Forbidden(name); bad {
			errs = append(errs, ast.NewError(ast.CompileErr, loc,
				"%s is not allowed in pplint policies: %s", name, why))
		}
	}
	ast.WalkExprs(mod, func(e *ast.Expr) bool {
		if e.IsCall() {
			report(e.Operator().String(), e.Location)
		}
		for _, w := range e.With {
			if ref, ok := w.Target.Value.(ast.Ref); ok {
				report(ref.String(), w.Location)
			}
		}
		return false
	})
	ast.WalkTerms(mod, func(t *ast.Term) bool {
		if call, ok := t.Value.(ast.Call); ok && len(call) > 0 {
			report(call[0].String(), t.Location)
		}
		return false
	})
	sort.SliceStable(errs, func(i, j int) bool { return row(errs[i]) < row(errs[j]) })
	return errs
}

func row(e *ast.Error) int {
	if e.Location == nil {
		return 0
	}
	return e.Location.Row
}
