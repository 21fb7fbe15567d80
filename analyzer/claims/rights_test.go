package claims

import "testing"

func TestDeletion(t *testing.T) {
	t.Parallel()
	checkKinds(t, "deletion", []kindCase{
		{"账户注销后，我们仍将保留您的全部个人信息且不予删除。", "restricted", "restricted", "注销后，我们仍将保留"},
		{"您上传的人脸照片一经录入系统，不支持删除。", "restricted", "restricted", "不支持删除"},
		{"账号注销后，我们仍将保留并可继续使用您的全部个人信息。", "restricted", "restricted", "注销后，我们仍将保留"},
		{"用户申请删除个人信息的，须提供经公证的书面申请并支付人工处理费用。", "restricted", "condition", "公证"},
		{"如需删除个人资料，须由本人亲自到营业网点办理。", "restricted", "condition", "亲自到"},
		{"会员录入的掌纹信息一经保存，本馆不予删除。", "restricted", "restricted", "不予删除"},
		{"删除个人信息须支付每次五十元的人工处理费。", "restricted", "condition", "支付每次五十元的人工处理费"},
		{"您提交的实名认证资料无法删除。", "restricted", "restricted", "无法删除"},
		{"学员档案一经提交，不可修改或删除。", "restricted", "restricted", "不可修改或删除"},
		// the statutory exception and other near misses
		{"法律法规规定不能删除个人信息的，我们将停止除存储和采取必要的安全保护措施之外的处理。", "exception", "exception", "不能删除"},
		{"如技术上无法删除您的个人信息，我们将停止除存储和必要安全措施之外的处理。", "exception", "exception", "无法删除"},
		{"您删除的聊天记录将无法恢复，请谨慎操作。", "", "", ""},
		{"如果您的钱包余额为正，我们将无法删除您的帐号。", "", "", ""},
		{"只要您不删除您所公开的信息，有关信息可能一直留存在公众领域。", "", "", ""},
		{"您可以通过客服电话申请删除您的个人信息，我们不收取任何费用。", "offered", "offered", "可以通过客服电话申请删除"},
		{"您可以在“我的—设置”中删除个人信息，我们将在15个工作日内完成处理。", "offered", "", ""},
	})
}

func TestWithdrawal(t *testing.T) {
	t.Parallel()
	checkKinds(t, "withdrawal", []kindCase{
		{"您对本政策的同意一经作出即不得撤回。", "restricted", "restricted", "不得撤回"},
		{"同意后不得撤回。", "restricted", "restricted", "不得撤回"},
		{"如需撤回授权，须以书面形式邮寄至本公司总部，并经本公司审核同意后方可生效。", "restricted", "condition", "邮寄"},
		{"用户撤回同意的，视为用户违约，本公司有权终止全部服务并收取违约金。", "restricted", "penalty", "违约"},
		// ways offered
		{"您可以随时在“设置—隐私—授权管理”中撤回同意，撤回后我们将不再处理相应的个人信息。", "offered", "withdraw", "撤回"},
		{"您可以在手机系统设置中关闭位置、相机、麦克风等权限。", "offered", "switch", "关闭位置、相机、麦克风等权限"},
		{"如需撤回同意，请发送邮件至privacy@example.com，我们将在15个工作日内处理。", "offered", "withdraw", "撤回"},
		{"撤回同意无需经我们审核，也不收取任何费用。", "announced", "", ""}, // no burden, but no way either
		{"您可通过「设置」-「隐私」自行决定是否撤回您的授权。", "offered", "", ""},
		// only the PIPL Art. 15(2) effect
		{"撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力。", "effect", "", ""},
		// grants, payment instructions, licences, waivers and orders are not consent
		{"本人不可撤销地授权贵公司向合作金融机构查询、使用和保存本人的个人信用信息。", "", "", ""},
		{"您对本平台作出的上述个人信息使用授权一经确认即不可撤回。", "", "", ""},
		{"本授权书一经签署即不可撤销。", "", "", ""}, // a grant: grant-irrevocable
		{"本人不可撤销地授权贵行从本人指定账户中扣收到期应还款项。", "", "", ""},
		{"贡献者授予项目永久、不可撤销的版权许可。", "", "", ""},
		{"您不可撤销地放弃对我们进行任何主张。", "", "", ""},
		{"您可以撤销订单。", "", "", ""},
		{"您可以回复TD退订营销短信。", "offered", "switch", "退订"},
		{"您可以在注册时选择是否接收营销短信。", "", "", ""},
	})
}

func TestRights(t *testing.T) {
	t.Parallel()
	checkKinds(t, "rights", []kindCase{
		{"您可以在“我的—个人资料”中查阅、更正您的个人信息，或通过“设置—账号与安全—注销账号”申请注销。", "procedure", "channel", "“我的—个人资料”"},
		{"如需获取个人信息副本，请发送邮件至privacy@example.com，我们将在15个工作日内答复。", "procedure", "copy", "副本"},
		{"您可以通过客服电话400-000-0000申请删除您的个人信息。", "procedure", "delete", "删除"},
		{"您可以在使用服务的过程中访问、修改和删除您提供的个人信息，也可按照通知指引与我们联系。", "procedure", "access", "访问"},
		{"您对您的个人信息依法享有查阅、复制、更正、补充、删除等权利。", "declared", "copy", "复制"},
		{"您可以查阅您的资料，但资料一经保存，您不得修改。", "declared", "correct", "!修改"},
		{"您有权依法管理您的个人信息。", "", "", ""},
		{"您可以访问我们的网站了解更多信息。", "", "", ""},
		{"我们会查询您的征信报告。", "", "", ""},
		// the notice itself is no object of a right; a denied channel is no way
		{"您可以随时在本页面查阅最新版本的隐私政策。", "", "", ""},
		{"对于涉及您重大权益的条款，我们已加粗提示，请您留意查阅。", "", "", ""},
		{"您可以在注册后补充您的昵称等个人信息，未补充不会影响注册功能的使用。", "declared", "correct", "补充"},
	})
}
