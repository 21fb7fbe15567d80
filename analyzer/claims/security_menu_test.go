package claims

import "testing"

// TestSecurityMenuName: a security word inside a quoted menu path names a
// page; a quoted measure or certificate is still a measure.
func TestSecurityMenuName(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"您可以在“设置—隐私—权限管理”中关闭相应授权。":   false,
		"我们已通过“网络安全等级保护三级”测评。":       true,
		"我们对您的数据进行加密存储，可在“我的-设置”查看。": true,
	} {
		got := false
		for _, c := range claimsOf(t, text, "security") {
			if !c.Negated && c.Kind == "measure" {
				got = true
			}
		}
		if got != want {
			t.Errorf("%s: measure %v, want %v", text, got, want)
		}
	}
}
