package lexicon

import (
	"fmt"
	"strings"
	"testing"
)

const general = `# general words
个人 500 n
信息 400 n
个人信息 300 n
授权 200 v
撤销 90 v
不可 80 d
我们 600 r
WiFi 50 n
`

const legal = `不可撤销 100000 v
授权 5 v
转授权 100000 v
`

func tokens(lx *Lexicon, text string) string {
	p := lx.Segment(text)
	defer p.Release()
	var parts []string
	for i := range p.Len() {
		s, e, pos := p.Token(i)
		parts = append(parts, fmt.Sprintf("%s/%s", text[s:e], pos))
	}
	return strings.Join(parts, " ")
}

func TestSegment(t *testing.T) {
	lx, err := Compile(general, legal)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"我们不可撤销地授权":    "我们/r 不可撤销/v 地/x 授权/v",
		"个人信息可转授权":     "个人信息/n 可/x 转授权/v",
		"连接WIFI和wifi2": "连/x 接/x WIFI/n 和/x wifi2/x",
		"":             "",
	}
	for text, want := range cases {
		if got := tokens(lx, text); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// A lexicon encoded and loaded with the later dictionaries added at run
// time segments as the lexicon compiled from all of them at once.
func TestLoadMatchesCompile(t *testing.T) {
	all, err := Compile(general, legal)
	if err != nil {
		t.Fatal(err)
	}
	base, err := Compile(general)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := base.Encode()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(string(enc), legal)
	if err != nil {
		t.Fatal(err)
	}
	if all.Words() != loaded.Words() {
		t.Errorf("words: compiled %d, loaded %d", all.Words(), loaded.Words())
	}
	for _, text := range []string{"我们不可撤销地授权个人信息", "不可转授权WiFi信息", "撤销授权撤销"} {
		if a, b := tokens(all, text), tokens(loaded, text); a != b {
			t.Errorf("%q: compiled %q, loaded %q", text, a, b)
		}
	}
	if _, err := loaded.Encode(); err == nil {
		t.Error("a lexicon with run-time dictionaries was encoded")
	}
}

func TestLoadRejectsCorruptInput(t *testing.T) {
	base, err := Compile(general)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := base.Encode()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "not a lexicon", string(enc[:len(enc)/2]), string(enc) + "x"} {
		if _, err := Load(bad); err == nil {
			t.Errorf("Load accepted %d corrupt bytes", len(bad))
		}
	}
	flipped := []byte(enc)
	for i := len(magic) + 12; i < len(flipped); i += 7 {
		flipped[i] ^= 0xff
		if lx, err := Load(string(flipped)); err == nil {
			tokens(lx, "我们不可撤销地授权个人信息") // must not panic
		}
		flipped[i] ^= 0xff
	}
}

func TestLoadRejectsHugeCounts(t *testing.T) {
	base, err := Compile(general)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := base.Encode()
	if err != nil {
		t.Fatal(err)
	}
	// Every 4-byte window set to 0xffffffff: no count may allocate past the input.
	for i := len(magic); i+4 <= len(enc); i++ {
		bad := []byte(string(enc))
		copy(bad[i:], "\xff\xff\xff\x7f")
		if lx, err := Load(string(bad)); err == nil {
			tokens(lx, "我们不可撤销地授权个人信息")
		}
	}
}
