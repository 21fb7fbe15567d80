package analyzer_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/pplint/pplint/policies"
	"github.com/pplint/pplint/segment"
)

// TestInputMatchesSchema checks the analyzer's policy input for every
// fixture against policies/schema/input.schema.json with OPA's
// json.match_schema, so custom policies can rely on the published schema.
func TestInputMatchesSchema(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t)
	var schema any
	if err := json.Unmarshal(policies.InputSchema(), &schema); err != nil {
		t.Fatal(err)
	}
	q, err := rego.New(rego.Query("[ok, errs] := json.match_schema(input.doc, input.schema)")).PrepareForEval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := filepath.Glob("../fixtures/docs/*.*")
	more, _ := filepath.Glob("../fixtures/rules/*/*/*.*")
	docs = append(docs, more...)
	n := 0
	for _, p := range docs {
		if filepath.Ext(p) == ".want" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := segment.Load(p, data, segment.LoadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		in, err := a.Input(doc)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(in)
		var generic any
		_ = json.Unmarshal(b, &generic)
		rs, err := q.Eval(context.Background(), rego.EvalInput(map[string]any{"doc": generic, "schema": schema}))
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != 1 || rs[0].Bindings["ok"] != true {
			t.Errorf("%s: input does not match the schema: %v", p, rs[0].Bindings["errs"])
		}
		n++
	}
	if n == 0 {
		t.Fatal("no fixture checked")
	}
}
