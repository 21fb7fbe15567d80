package claims

import (
	"strings"
	"testing"
)

// stated returns the kind and attribute cues of the first claim of type typ,
// or "" when there is none; a denied claim reports its kind prefixed by "!".
func stated(t *testing.T, text, typ string) (string, map[string]string) {
	t.Helper()
	for _, c := range extractText(t, text).Claims {
		if c.Type != typ {
			continue
		}
		cues := map[string]string{}
		for k, v := range c.Attributes {
			if v.Negated {
				cues[k] = "!" + v.Cue
			} else {
				cues[k] = v.Cue
			}
		}
		if c.Negated {
			return "!" + c.Kind, cues
		}
		return c.Kind, cues
	}
	return "", nil
}

type kindCase struct {
	text, kind, attr, cue string
}

func checkKinds(t *testing.T, typ string, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		kind, cues := stated(t, c.text, typ)
		if kind != c.kind {
			t.Errorf("%s\n %s kind %q, want %q (%v)", c.text, typ, kind, c.kind, cues)
			continue
		}
		if c.attr != "" && cues[c.attr] != c.cue {
			t.Errorf("%s\n %s.%s = %q, want %q (%v)", c.text, typ, c.attr, cues[c.attr], c.cue, cues)
		}
	}
}

func TestRetention(t *testing.T) {
	t.Parallel()
	checkKinds(t, "retention", []kindCase{
		{"账户注销后，我们仍将保留您的全部个人信息且不予删除。", "unlimited", "survives", "注销后，我们仍将保留"},
		{"我们将永久保存您的身份证影像及人脸照片，以备日后核验。", "unlimited", "unlimited", "永久"},
		{"您的个人信息将长期保存在我们的服务器上，且不因您注销账号而删除。", "unlimited", "survives", "不因您注销账号而删除"},
		{"会员的指纹及人脸数据在会员卡到期后继续保留在系统中，不作删除。", "unlimited", "survives", "到期后继续保留"},
		{"学员的声纹样本将被无限期存储。", "unlimited", "unlimited", "无限期"},
		{"您的浏览记录将长期保存在我们的服务器上。", "long", "long", "长期"},
		{"注销账号后，我们有权保留您的全部个人信息。", "unlimited", "survives", "注销账号后，我们有权保留"},
		{"注销账号后，我们有权在法律规定的期限内保留您的交易信息。", "bounded", "", ""},
		// bounded periods
		{"订单信息在交易完成后保存三年，期满后删除或匿名化处理。", "bounded", "period", "三年"},
		{"人脸特征值在您注销账号后30日内删除。", "bounded", "period", "30日"},
		{"您的聊天记录在服务器上保存不超过7天。", "bounded", "period", "7天"},
		{"除法律法规另有规定外，我们仅在实现目的所必需的最短期限内保存您的信息，超期后删除或匿名化处理。", "bounded", "period", "最短期限"},
		{"当您注销账号后，我们将删除相应的信息。", "bounded", "period", "注销"},
		{"在您保有账户期间，我们也会一直保存您的个人信息。", "bounded", "period", "账户期间"},
		{"我们不会永久保存您的人脸信息，比对完成后立即删除原始图像。", "bounded", "unlimited", ""},
		{"除法律另有规定外，您的个人信息保存至账号注销之日。", "bounded", "period", "保存至账号注销之日"},
		{"您的投稿记录将保留到活动结束时。", "bounded", "period", "保留到活动结束时"},
		{"设备日志存储至服务终止后。", "bounded", "period", "存储至服务终止后"},
		{"您的记账数据仅存储在您的设备本地，不会上传到我们的服务器。", "local", "local", "您的设备"},
		// denied or not about retention
		{"我们不会将聊天数据永久保留在我们的服务器上。", "!unlimited", "unlimited", "!永久"},
		{"您可以在“设置”中永久删除账号及全部数据。", "", "", ""},
		{"经匿名化处理后的统计数据，我们可能会永久保存。", "", "", ""},
		{"只要您不删除您所公开的信息，有关信息可能一直留存在公众领域。", "", "", ""},
		{"我们会妥善保存您提供的个人信息。", "", "", ""},
		{"我们会将您的个人信息存储于中华人民共和国境内的服务器。", "", "", ""},
		{"百度将按中国法律要求存储相关数据。", "", "", ""},
		{"本人在此授权贵司保存并使用上述信息，且本授权长期有效。", "", "", ""},
		{"我们将在十五个工作日内答复您的请求。", "", "", ""},
	})
}

func TestRetentionHeading(t *testing.T) {
	t.Parallel()
	in := extractText(t, "# 隐私政策\n\n## 二、我们如何存储您的个人信息\n\n我们会妥善保管。\n")
	for _, c := range in.Claims {
		if c.Type == "retention" && c.Kind == "heading" && strings.Contains(c.Text, "存储") {
			return
		}
	}
	t.Errorf("no retention heading claim: %+v", in.Claims)
}
