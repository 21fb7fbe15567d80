package analyzer

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/pplint/pplint/segment"
)

type inner struct {
	N    int            `json:"n"`
	Tags []string       `json:"tags,omitempty"`
	M    map[string]int `json:"m"`
}

type sample struct {
	Name     string         `json:"name"`
	Skip     string         `json:"-"`
	NoTag    bool           // named "NoTag"
	Empty    string         `json:"empty,omitempty"`
	Nil      []inner        `json:"nil"`
	NilOmit  []inner        `json:"nil_omit,omitempty"`
	Items    []inner        `json:"items"`
	Ptr      *inner         `json:"ptr"`
	NilPtr   *inner         `json:"nil_ptr"`
	Any      any            `json:"any"`
	Attrs    map[string]any `json:"attrs,omitempty"`
	Float    float64        `json:"float"`
	Bytes    []byte         `json:"bytes"`
	Time     time.Time      `json:"time"`
	Bad      string         `json:"bad"`
	Uint     uint8          `json:"uint"`
	hidden   int
	Embedded `json:"embedded"`
}

type Embedded struct{ X int }

func TestToValueMatchesInterfaceToValue(t *testing.T) {
	cases := []any{
		sample{Name: "名", Items: []inner{{N: -3, Tags: []string{"a"}, M: map[string]int{"k": 1}}, {}},
			Ptr: &inner{N: 7}, Any: map[string]any{"x": []any{1, "y", nil, true}}, Attrs: map[string]any{},
			Float: 0.1, Bytes: []byte("hi"), Time: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Bad: "a\xffb", Uint: 9},
		&sample{}, []sample{{}}, map[string]any{"a": 1}, nil,
	}
	ctx := context.Background()
	a, err := New(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir("../fixtures", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) == ".want" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		doc, err := segment.Load(p, b, segment.LoadOptions{})
		if err != nil {
			return err
		}
		in, err := a.Input(doc)
		cases = append(cases, in)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		want, err := ast.InterfaceToValue(c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := toValue(c)
		if err != nil {
			t.Fatal(err)
		}
		if got.Compare(want) != 0 {
			t.Errorf("case %d:\n got %v\nwant %v", i, got, want)
		}
	}
}
