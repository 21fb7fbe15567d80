package report

import (
	"strings"
	"testing"
)

// Expected values are GitHub codeql-action's published test vectors for its
// line hash (src/fingerprints.test.ts).
func TestLineHashesMatchCodeScanning(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"", []string{"c129715d7a2bc9a3:1"}},
		{" a\nb\n  \t\tc\n d", []string{"271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"}},
		{" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End", []string{"8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1",
			"bff680108adb0fcc:1", "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1"}},
		{" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", []string{"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1",
			"ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"}},
		{" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r", []string{"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1",
			"ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"}},
		{strings.Repeat("Lorem ipsum dolor sit amet.\n", 10), []string{"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2",
			"a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1",
			"a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"}},
	}
	for _, c := range cases {
		got := LineHashes([]byte(c.in))
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("LineHashes(%q)\n got %v\nwant %v", c.in, got, c.want)
		}
	}
}

func TestLineHashStableWhenLinesAddedAbove(t *testing.T) {
	body := "本人不可撤销地授权贵公司永久保存本人的人脸信息。\n"
	a := LineHashes([]byte("# 授权书\n\n" + body))
	b := LineHashes([]byte("# 授权书\n\n新增的一段无关说明。\n\n" + body))
	if a[2] != b[4] {
		t.Fatalf("line hash changed when a line was added above: %s vs %s", a[2], b[4])
	}
}

func TestContentFingerprint(t *testing.T) {
	a := ContentFingerprint("grant-irrevocable", "a.md", "本人不可撤销地授权。", "不可撤销")
	if b := ContentFingerprint("grant-irrevocable", "a.md", "本人 不可撤销地\n授权。", "不可撤销"); a != b {
		t.Errorf("whitespace changed the fingerprint")
	}
	if b := ContentFingerprint("grant-unlimited-term", "a.md", "本人不可撤销地授权。", "不可撤销"); a == b {
		t.Errorf("rule id did not change the fingerprint")
	}
	if b := ContentFingerprint("grant-irrevocable", "b.md", "本人不可撤销地授权。", "不可撤销"); a == b {
		t.Errorf("path did not change the fingerprint")
	}
}
