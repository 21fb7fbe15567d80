package regotest_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer/regotest"
)

// TestCustomPolicyExamples runs the tests of the documented custom policy
// examples, as `pplint test fixtures/custom-policies` does.
func TestCustomPolicyExamples(t *testing.T) {
	mods, err := regotest.CustomModules([]string{"../../fixtures/custom-policies"})
	if err != nil {
		t.Fatal(err)
	}
	results, err := regotest.Run(context.Background(), mods, regotest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sum, err := regotest.Report(&out, results, true)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Code() != 0 || sum.Pass < 10 {
		t.Errorf("summary %+v:\n%s", sum, out.String())
	}
	for _, w := range []string{"test_fail_software_licence: PASS", "test_success_dpo_with_email: PASS"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("verbose report lacks %q", w)
		}
	}
}

func TestSummaryCode(t *testing.T) {
	cases := map[regotest.Summary]int{
		{Pass: 3}:                    0,
		{Pass: 3, Skip: 1}:           0,
		{Pass: 2, Fail: 1}:           1,
		{Pass: 2, Fail: 1, Error: 1}: 2,
		{}:                           2,
	}
	for s, want := range cases {
		if got := s.Code(); got != want {
			t.Errorf("%+v: code %d, want %d", s, got, want)
		}
	}
}

// TestAuthoringGuideShowsTheExamples keeps policies/AUTHORING.md in step
// with the example policies it reproduces.
func TestAuthoringGuideShowsTheExamples(t *testing.T) {
	guide, err := os.ReadFile("../../policies/AUTHORING.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"no-sublicence/no_sublicence.rego", "no-sublicence/no_sublicence_test.rego",
		"dpo-named/dpo_named.rego", "dpo-named/dpo_named_test.rego"} {
		src, err := os.ReadFile("../../fixtures/custom-policies/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(guide), "```rego\n"+string(src)+"```") {
			t.Errorf("AUTHORING.md does not reproduce %s verbatim", f)
		}
	}
}
