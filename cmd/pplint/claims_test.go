package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/pplint/pplint/analyzer"
	"github.com/pplint/pplint/analyzer/claims"
)

// claimsLetter is a short authorisation letter: a lead-in with two items,
// a negated conditional sentence and a closing line without claims.
const claimsLetter = "# 授权书\n\n" +
	"本人不可撤销地授权乙公司：\n\n" +
	"1. 收集并使用本人的人脸信息；\n" +
	"2. 将上述信息提供给其关联公司。\n\n" +
	"如您不同意，我们不会收集您的位置信息。\n\n" +
	"本文件一式两份。\n"

func TestClaimsText(t *testing.T) {
	p := writeFile(t, t.TempDir(), "letter.md", claimsLetter)
	code, out, errs := pplint(t, "", "claims", "--no-config", p)
	if code != exitClean || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"== " + p + "\n",
		"type          authorization\n",
		"evidence      title 「授权书」 at #0 1:3\n",
		"title         授权书\n",
		"\n#1  3:1-3:14  paragraph, block 1\n    本人不可撤销地授权乙公司：\n",
		"  ▸ claims[0] grant\n      negated       no\n",
		"direction     user_to_processor",
		"irrevocable      「不可撤销」 3:3-3:7\n",
		"    lead-in: #1 本人不可撤销地授权乙公司：\n",
		"categories    face",
		"      negated       yes\n      conditional   yes\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text view lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "一式两份") {
		t.Errorf("a sentence without claims is shown without --sentences:\n%s", out)
	}
	if _, again, _ := pplint(t, "", "claims", "--no-config", p); again != out {
		t.Error("text view differs between runs")
	}
	_, all, _ := pplint(t, "", "claims", "--no-config", "--sentences", p)
	if !strings.Contains(all, "    本文件一式两份。\n") {
		t.Errorf("--sentences does not list the sentence without claims:\n%s", all)
	}
}

func TestClaimsJSONIsThePolicyInput(t *testing.T) {
	p := writeFile(t, t.TempDir(), "letter.md", claimsLetter)
	code, out, errs := pplint(t, "", "claims", "--no-config", "--format", "json", p)
	if code != exitClean || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want, err := analyzer.FileInput(analyzer.File{Path: p, Read: func() ([]byte, error) { return []byte(claimsLetter), nil }}, analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got claims.Input
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout is not the input JSON: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("JSON differs from the policy input:\ngot  %+v\nwant %+v", got, *want)
	}
	if !strings.HasPrefix(out, "{\n  \"document\": {\n") || !strings.Contains(out, `"lead": 1`) {
		t.Errorf("JSON is not indented or lacks the lead-in:\n%.400s", out)
	}
}

func TestClaimsTypeFilter(t *testing.T) {
	p := writeFile(t, t.TempDir(), "letter.md", claimsLetter)
	_, out, _ := pplint(t, "", "claims", "--no-config", "--type", "share", p)
	if !strings.Contains(out, "] share\n") || strings.Contains(out, "] grant\n") || strings.Contains(out, "] collect\n") {
		t.Errorf("--type share shows other claims:\n%s", out)
	}
	_, out, _ = pplint(t, "", "claims", "--no-config", "--type", "minor", p)
	if !strings.Contains(out, "(no claims of type minor)") {
		t.Errorf("an empty filter is not said:\n%s", out)
	}
	_, js, _ := pplint(t, "", "claims", "--no-config", "--format", "json", "-t", "grant,share", p)
	var in claims.Input
	if err := json.Unmarshal([]byte(js), &in); err != nil {
		t.Fatal(err)
	}
	if len(in.Claims) != 2 || in.Claims[0].Type != "grant" || in.Claims[1].Type != "share" ||
		!reflect.DeepEqual(in.ClaimsByType, map[string][]int{"grant": {0}, "share": {1}}) || len(in.Sentences) != 6 {
		t.Errorf("filtered JSON: %d claims, by type %v, %d sentences", len(in.Claims), in.ClaimsByType, len(in.Sentences))
	}
	if code, _, errs := pplint(t, "", "claims", "--no-config", "--type", "grants", p); code != exitError || !strings.Contains(errs, "grant") {
		t.Errorf("unknown type: exit %d, stderr %q", code, errs)
	}
}

func TestClaimsBadFileDoesNotStopOthers(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "broken.txt", "caf\xe9 \xff\xfd not text")
	ok := writeFile(t, dir, "letter.md", claimsLetter)
	code, out, errs := pplint(t, "", "claims", "--no-config", bad, ok, dir+"/missing.md")
	if code != exitError {
		t.Fatalf("exit %d, want %d", code, exitError)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 2 || !strings.Contains(errs, "broken.txt: ") || !strings.Contains(errs, "missing.md: ") {
		t.Errorf("want one stderr line per bad file, got:\n%s", errs)
	}
	if !strings.HasPrefix(out, "== "+ok+"\n") || strings.Contains(out, "broken") {
		t.Errorf("stdout is not the good file's view alone:\n%s", out)
	}
	if code, _, _ := pplint(t, "", "claims", "--no-config", "--format", "yaml", ok); code != exitError {
		t.Errorf("bad format: exit %d", code)
	}
}

func TestClaimsStdinAndSeveralFiles(t *testing.T) {
	_, out, _ := pplint(t, claimsLetter, "claims", "--no-config", "--stdin-filename", "letter.md", "-")
	if !strings.HasPrefix(out, "== letter.md\n") || !strings.Contains(out, "format        markdown\n") {
		t.Errorf("stdin view:\n%s", out)
	}
	_, out, _ = pplint(t, "我们会收集您的手机号码。\n", "claims", "--no-config", "-")
	if !strings.HasPrefix(out, "== <stdin>\n") || !strings.Contains(out, "] collect\n") {
		t.Errorf("plain stdin view:\n%s", out)
	}
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", claimsLetter)
	b := writeFile(t, dir, "b.txt", "我们会收集您的手机号码。\n")
	_, out, _ = pplint(t, "", "claims", "--no-config", b, a)
	if i, j := strings.Index(out, "== "+a+"\n"), strings.Index(out, "\n\n== "+b+"\n"); i != 0 || j < 0 {
		t.Errorf("want a header per file, in path order:\n%s", out)
	}
	_, js, _ := pplint(t, "", "claims", "--no-config", "--format", "json", dir)
	dec := json.NewDecoder(strings.NewReader(js))
	var paths []string
	for dec.More() {
		var in claims.Input
		if err := dec.Decode(&in); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, in.Document.Path)
	}
	if !reflect.DeepEqual(paths, []string{a, b}) {
		t.Errorf("JSON stream holds %v", paths)
	}
}
