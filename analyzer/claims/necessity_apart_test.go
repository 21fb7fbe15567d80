package claims

import "testing"

// TestNecessityApart: necessity and impact worded with their parts apart;
// a refusal consequence or an effect on an account is neither.
func TestNecessityApart(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "没有您的既往病史，医生将难以给出用药建议。", typ: "necessity", kind: "necessity"},
		{text: "如无银行卡信息，我们不能为您完成提现。", typ: "necessity", kind: "necessity"},
		{text: "如病历被泄露，可能会侵害您的隐私。", typ: "necessity", kind: "impact"},
		{text: "人脸信息一经滥用，将给您带来财产损失的风险。", typ: "necessity", kind: "impact"},
		// near misses
		{text: "如您不提供手机号码，将无法注册本服务。", typ: "!necessity"},
		{text: "封禁账号会对您的账号权益产生影响。", typ: "!necessity"},
	})
}
