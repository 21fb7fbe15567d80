package claims

import (
	"math/rand"
	"strings"
	"testing"
)

// TestGramsNeverMiss checks that the character-pair set never rules out a
// cue that occurs, on texts and cues mixing CJK, Latin and invalid UTF-8.
func TestGramsNeverMiss(t *testing.T) {
	parts := []string{"我", "们", "不", "会", "永久", "保存", "a", "Z", "1", "，", "😀", "\xe4", "\xb8", "\xff", " ", "个人信息"}
	r := rand.New(rand.NewSource(1))
	gen := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		return b.String()
	}
	g := &grams{}
	for range 3000 {
		text := gen(r.Intn(40))
		g.reset(text)
		for range 20 {
			cue := gen(1 + r.Intn(3))
			if r.Intn(3) == 0 && len(text) > 0 { // a piece of the text itself
				i := r.Intn(len(text))
				cue = text[i:min(len(text), i+1+r.Intn(8))]
			}
			if got, want := g.contains(cue), strings.Contains(text, cue); got != want {
				t.Fatalf("contains(%q, %q) = %v, want %v", text, cue, got, want)
			}
		}
	}
}

// TestGramsRuleOut checks that absent cues are mostly decided by the set.
func TestGramsRuleOut(t *testing.T) {
	g := &grams{}
	g.reset("我们会在您注销账户后删除您的个人信息。")
	for _, cue := range []string{"永久", "第三方", "境外", "x"} {
		if g.mayContain(cue) {
			t.Errorf("mayContain(%q) = true", cue)
		}
	}
	for _, cue := range []string{"注销", "个人信息", "。", "删除您的"} {
		if !g.mayContain(cue) {
			t.Errorf("mayContain(%q) = false", cue)
		}
	}
}
