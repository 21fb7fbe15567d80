package builtins_test

import (
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/pplint/pplint/analyzer/builtins"
)

func TestCapabilitiesDropUnsafeBuiltins(t *testing.T) {
	t.Parallel()
	have := map[string]bool{}
	for _, b := range builtins.Capabilities().Builtins {
		have[b.Name] = true
	}
	for _, name := range []string{"http.send", "net.lookup_ip_addr", "net.cidr_contains", "opa.runtime"} {
		if have[name] {
			t.Errorf("capabilities keep %s", name)
		}
	}
	for _, name := range []string{"count", "regex.match", "sprintf", builtins.ClaimsName, builtins.InputName} {
		if !have[name] {
			t.Errorf("capabilities lack %s", name)
		}
	}
	if _, ok := builtins.Unsafe()["http.send"]; !ok {
		t.Error("Unsafe() lacks http.send")
	}
}

// TestCapabilitiesAloneRejectUnsafeCalls compiles a module that calls
// http.send without the friendly pre-check: the capabilities must still
// refuse it.
func TestCapabilitiesAloneRejectUnsafeCalls(t *testing.T) {
	t.Parallel()
	m := ast.MustParseModule("package p\n\nx := http.send({\"method\": \"GET\", \"url\": \"http://127.0.0.1:1\"})\n")
	c := ast.NewCompiler().WithCapabilities(builtins.Capabilities())
	c.Compile(map[string]*ast.Module{"p.rego": m})
	if !c.Failed() || !strings.Contains(c.Errors.Error(), "http.send") {
		t.Errorf("compiled, or error does not name http.send: %v", c.Errors)
	}
}

func TestCheckNamesEachForbiddenCall(t *testing.T) {
	t.Parallel()
	m := ast.MustParseModule(`package p

a := opa.runtime()

b if {
	net.lookup_ip_addr("example.com")
}

c := count([1, 2])
`)
	errs := builtins.Check(m)
	var got []string
	for _, e := range errs {
		got = append(got, e.Message)
	}
	want := "opa.runtime is not allowed in pplint policies: runtime and environment introspection is disabled\n" +
		"net.lookup_ip_addr is not allowed in pplint policies: network access is disabled"
	if strings.Join(got, "\n") != want {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
