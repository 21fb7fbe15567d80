package claims

import "testing"

// saleReported mirrors policies/rules/sharing/sale-personal-info closely
// enough for wording tests: an affirmed sale that is no merger transfer.
func saleReported(c Claim) bool {
	_, anon := c.Attributes["anonymised"]
	return !c.Negated && c.Kind == "sale" && !anon
}

func TestSaleParaphrases(t *testing.T) {
	t.Parallel()
	checkFlags(t, "用户服务协议", "sell", saleReported, `
		+我们可能将您的个人信息出售给合作的营销机构。
		+本公司有权将用户的个人资料有偿提供给第三方。
		+您同意我们将您的消费数据出租给广告合作伙伴。
		+我们会与数据合作方交换您的联系方式以获取报酬。
		+用户信息可作为公司资产对外转让并收取费用。
		我们不会出售、出租您的个人信息。
		如发生合并、收购，您的个人信息可能作为交易的一部分转移。
		若您选择在平台出售闲置物品，我们需要收集您的姓名和联系电话。
		我们会向您收取会员服务费用。
	`)
}

// faceReported is the claim side of face-sole-verification: an affirmed
// exclusive use; the rule also needs no alternative anywhere in the text.
func faceReported(c Claim) bool {
	a, ok := c.Attributes["exclusive"]
	return !c.Negated && ok && !a.Negated
}

func TestFaceSoleParaphrases(t *testing.T) {
	t.Parallel()
	checkFlags(t, "小区门禁管理规定", "face_verification", faceReported, `
		+小区门禁仅支持刷脸通行。
		+员工考勤必须通过刷脸完成。
		+登录本应用需进行人脸识别验证，未通过人脸识别的无法登录。
		+自即日起，本小区取消门禁卡，业主统一通过人脸识别进出。
		+进入考场的考生必须经人脸比对通过，方能入场。
		人脸识别并非唯一的验证方式。
	`)
	in := extractText(t, "# 规定\n\n自即日起，本小区取消门禁卡，业主统一通过人脸识别进出。\n")
	for _, c := range in.Claims {
		if a, ok := c.Attributes["alternative"]; c.Type == "face_verification" && ok && !a.Negated {
			t.Errorf("a withdrawn key card is no alternative: %+v", a)
		}
	}
	in = extractText(t, "# 规定\n\n您可以选择刷脸或刷卡进入小区。\n")
	for _, c := range in.Claims {
		if a, ok := c.Attributes["alternative"]; c.Type == "face_verification" && (!ok || a.Negated) {
			t.Errorf("刷卡 is an alternative: %+v", c.Attributes)
		}
	}
}
