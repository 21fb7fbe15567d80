package analyzer

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/util"

	"github.com/pplint/pplint/analyzer/claimsview"
)

func textFile(path, text string) File {
	return File{Path: path, Read: func() ([]byte, error) { return []byte(text), nil }}
}

// TestFileInputJSONIsWhatPoliciesSee checks that the JSON `pplint claims`
// prints decodes to the very value the policies are evaluated on, and that
// plain-text suppression directives are left out as check leaves them out.
func TestFileInputJSONIsWhatPoliciesSee(t *testing.T) {
	text := "本人不可撤销地授权丁公司：\n1. 长期保存本人的指纹信息；\npplint-disable-next-line grant-irrevocable 理由：已获法务确认\n2. 将上述信息提供给其合作伙伴。\n"
	in, err := FileInput(textFile("letter.txt", text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range in.Sentences {
		if strings.Contains(s.Text, "pplint-") {
			t.Errorf("directive read as sentence %d: %q", s.Index, s.Text)
		}
	}
	want, err := toValue(in)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := claimsview.WriteJSON(&b, in); err != nil {
		t.Fatal(err)
	}
	var decoded any
	if err := util.UnmarshalJSON(b.Bytes(), &decoded); err != nil {
		t.Fatal(err)
	}
	got, err := ast.InterfaceToValue(decoded)
	if err != nil {
		t.Fatal(err)
	}
	if got.Compare(want) != 0 {
		t.Errorf("printed JSON differs from the evaluated input:\n%v\n%v", got, want)
	}
}

func TestFileInputErrors(t *testing.T) {
	boom := errors.New("boom")
	if _, err := FileInput(File{Path: "x.md", Read: func() ([]byte, error) { return nil, boom }}, Options{}); !errors.Is(err, boom) {
		t.Errorf("read error: %v", err)
	}
	if _, err := FileInput(textFile("x.txt", "caf\xe9 \xff\xfd"), Options{}); err == nil {
		t.Error("undecodable text gave no error")
	}
}
