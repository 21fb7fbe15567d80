package claims

import "testing"

// restrictionReported mirrors policies/rules/rights/deletion-restricted and
// withdrawal-restricted: a restricted claim with an affirmed cue.
func restrictionReported(c Claim) bool {
	if c.Kind != "restricted" {
		return false
	}
	for _, name := range []string{"restricted", "condition", "penalty", "refused"} {
		if a, ok := c.Attributes[name]; ok && !a.Negated {
			return true
		}
	}
	return false
}

func TestDeletionRestrictedParaphrases(t *testing.T) {
	t.Parallel()
	checkFlags(t, "用户服务协议", "deletion", restrictionReported, `
		+一旦内容已在本平台发布，我们不保证向您提供对已发布内容进行编辑、删除的机会。
		+我们不保证能够删除您在社区发布的个人资料。
		+您上传的照片一经提交，将无法删除。
		+您提交的信息一经提交不可撤回或删除。
		+账号注销后，我们仍将保留您的身份信息和交易记录。
		+即使您注销账号，我们也会继续保存您的聊天记录。
		+我们会长期保存您的个人资料，且不会因您注销账号而删除。
		+用户申请删除个人信息的，须向本公司支付相应的手续费。
		+本平台不提供删除个人信息的服务。
		+账号注销后，我们将保留您的交易记录和身份信息。
		+服务终止后，本公司会保存您的全部资料。
		账号注销后，我们将在法律规定的期限内保留您的交易记录。
		账号注销后，我们将保留您的交易记录三年，期满后删除。
		服务终止后，我们将不再使用并删除您的信息。
		您可以在设置中永久删除您的账号及全部数据。
		您有权要求我们删除您的个人信息。
		账号注销后，我们将删除您的个人信息或进行匿名化处理。
		如法律法规规定的保存期限未届满，或删除个人信息从技术上难以实现，我们将停止除存储和采取必要安全保护措施之外的处理。
		余额不为零时，您无法删除您的账户。
		您删除的内容将无法恢复。
	`)
}

func TestWithdrawalRestrictedParaphrases(t *testing.T) {
	t.Parallel()
	checkFlags(t, "用户服务协议", "withdrawal", restrictionReported, `
		+您撤回同意须以书面形式向我们提出申请，并经我们审核通过后生效。
		+您撤回同意的，应提前三十日以书面形式通知我们。
		+撤回同意需经我们批准。
		+您同意后不得撤回。
		+您一经同意本政策，即不可撤回该同意。
		+您对本条的同意不可撤销。
		+您授权后，在本协议有效期内不得撤回同意。
		+如需撤回对个人信息处理的同意，您须携带身份证原件到我司营业厅现场办理。
		+撤回同意视为您违约，您应向我们支付违约金。
		本授权不可撤销。
		本人同意并不可撤销地授权贵公司收集本人的上述信息。
		本人不可撤销地授权贵公司查询本人的征信信息。
		授权事项为不可撤销之授权。
		您可以随时撤回您的同意。
		您可以通过设置页面关闭相应权限来撤回授权。
		您可以通过邮件联系我们撤回同意，我们将在十五个工作日内处理。
		撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动。
		本人不可撤销地授权贵司从本人账户中扣划应还款项。
	`)
}

// retentionReported mirrors policies/rules/rights/retention-unlimited: an
// unlimited or long retention.
func retentionReported(c Claim) bool {
	return c.Kind == "unlimited" && !c.Negated || c.Kind == "long"
}

func TestRetentionUnlimitedParaphrases(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "retention", retentionReported, `
		+您的个人信息将由我们永久留存。
		+我们对您的生物识别信息的存储不设期限。
		+您的交易记录将被长期保存，直至本公司另行决定删除。
		+您注销账号后，您的历史数据仍将保留在我们的服务器上，不予删除。
		+本公司有权在服务终止后继续保存您的全部个人资料。
		+即使本协议终止，我们仍有权保留和使用您的个人信息。
		+您的身份证照片将一直保存在我们的系统中，不会删除。
		我们将在您注销账号后十五日内删除您的信息。
		您的信息将保存至您注销账号时止。
		根据《电子商务法》，交易信息保存时间自交易完成之日起不少于三年。
		您可以永久删除您的聊天记录。
		经匿名化处理的数据将被永久保存。
	`)
}
