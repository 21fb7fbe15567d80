package output

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestDocxComments(t *testing.T) {
	zh := DocxComments(sample(), "zh")
	want := []string{"【错误】不可撤销的授权", "授权被表述为不可撤销。", "依据：人脸规定 第十一条", "建议：删除不可撤销的表述。", "规则：grant-irrevocable（pplint）"}
	if len(zh) != 1 || !reflect.DeepEqual(zh[0].Text, want) || zh[0].Start != 12 || zh[0].End != 24 ||
		!strings.Contains(zh[0].Note, "“不可撤销”") {
		t.Errorf("zh: %+v", zh)
	}
	en := DocxComments(sample(), "en")
	want = []string{"[error] Irrevocable grant", "The grant is irrevocable.", "Basis: 人脸规定 第十一条", "Fix: Drop the irrevocability.", "Rule: grant-irrevocable (pplint)"}
	if !reflect.DeepEqual(en[0].Text, want) || !strings.Contains(en[0].Note, "whole paragraph") {
		t.Errorf("en: %+v", en)
	}
}

func TestDocxWriterNeedsTheDocument(t *testing.T) {
	w, err := New("docx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w.Write(&b, sample()); err == nil {
		t.Error("no error without the input document")
	}
	var got []DocxComment
	w.(*DocxWriter).Render = func(cs []DocxComment) ([]byte, error) { got = cs; return []byte("PK"), nil }
	if err := w.Write(&b, sample()); err != nil || b.String() != "PK" || len(got) != 1 || got[0].Text[0] != "【错误】不可撤销的授权" {
		t.Errorf("%v %q %+v", err, b.String(), got)
	}
}
