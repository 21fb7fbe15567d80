package output

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestCompactTo checks the streaming rewrite against decoding the whole
// log: the same values without the unset -1 properties, laid out as
// json.Indent lays it out, with HTML characters unescaped.
func TestCompactTo(t *testing.T) {
	in := `{"version":"2.1.0","runs":[{"artifacts":[{"location":{"uri":"a<b>.md","index":-1},"length":-1,"parentIndex":-1}],` +
		`"results":[{"ruleId":"x","ruleIndex":0,"level":"error","message":{"text":"a & b"},"locations":[{"id":-1,"physicalLocation":` +
		`{"artifactLocation":{"uri":"a.md","index":0},"region":{"startLine":3,"startColumn":1}}}],"partialFingerprints":{}}],` +
		`"tool":{"driver":{"name":"pplint","rules":[{"id":"r","defaultConfiguration":{"rank":-1,"level":"warning"},"properties":{"tags":[]}}]}}}]}`
	var out bytes.Buffer
	if err := compactTo(&out, []byte(in)); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, gone := range []string{`"parentIndex"`, `"length"`, `"rank"`, `"index": -1`, `"id": -1`} {
		if strings.Contains(got, gone) {
			t.Errorf("output still holds %s:\n%s", gone, got)
		}
	}
	for _, kept := range []string{`"index": 0`, `"id": "r"`, `"uri": "a<b>.md"`, `"text": "a & b"`, `"partialFingerprints": {}`, `"tags": []`} {
		if !strings.Contains(got, kept) {
			t.Errorf("output lacks %s:\n%s", kept, got)
		}
	}
	var want any
	if err := json.Unmarshal([]byte(in), &want); err != nil {
		t.Fatal(err)
	}
	dropUnsetForTest(want)
	var gotV any
	if err := json.Unmarshal(out.Bytes(), &gotV); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, got)
	}
	if !reflect.DeepEqual(gotV, want) {
		t.Errorf("values differ:\n got %v\nwant %v", gotV, want)
	}
	var indented bytes.Buffer
	if err := json.Indent(&indented, out.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	if indented.String() != got {
		t.Errorf("layout differs from json.Indent:\n got %s\nwant %s", got, indented.String())
	}
}

func dropUnsetForTest(v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if n, ok := val.(float64); ok && n == -1 && unsetKeys[k] {
				delete(x, k)
				continue
			}
			dropUnsetForTest(val)
		}
	case []any:
		for _, e := range x {
			dropUnsetForTest(e)
		}
	}
}

// FuzzCompactTo checks, for any JSON document, that the streaming rewrite
// yields JSON with the same values as dropping the unset properties from
// the decoded tree, laid out as json.Indent lays it out.
func FuzzCompactTo(f *testing.F) {
	f.Add(`{"a":[1,{"index":-1,"b":"x<y"}],"length":-1,"rank":2}`)
	f.Add(`[[],{},{"id":-1},{"id":"-1"},null,true,"\u00e9"]`)
	f.Add(`{"runs":[{"results":[{"locations":[{"id":-1,"physicalLocation":{"region":{"startLine":1}}}]}]}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		var want any
		if json.Unmarshal([]byte(in), &want) != nil {
			return
		}
		var out bytes.Buffer
		if err := compactTo(&out, []byte(in)); err != nil {
			t.Fatalf("compactTo(%q): %v", in, err)
		}
		dropUnsetForTest(want)
		var got any
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatalf("compactTo(%q) is not JSON: %v\n%s", in, err, out.String())
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("compactTo(%q):\n got %v\nwant %v", in, got, want)
		}
		var indented bytes.Buffer
		if err := json.Indent(&indented, out.Bytes(), "", "  "); err != nil || indented.String() != out.String() {
			t.Fatalf("compactTo(%q) layout differs from json.Indent:\n%s", in, out.String())
		}
	})
}
