package claims_test

import "testing"

// a4Third: a third blind batch — separate consent and necessity worded in
// many ways, whole short notices in letter style (expectations written
// before the run).
var a4Third = []blindCase{
	{"轻颜相机隐私政策", "使用“AI换脸”功能时，我们会处理您上传照片中的面部特征。在处理前，我们会弹出专门的授权窗口，由您逐项勾选同意；面部特征是实现换脸效果不可或缺的，一旦泄露可能被用于冒用您的身份。", ""},
	{"轻颜相机隐私政策", "使用“AI换脸”功能时，我们会处理您上传照片中的面部特征。继续使用该功能即表示您同意上述处理。", "CN"},
	{"安心体检隐私政策", "您的体检结果将在取得您另行签署的书面同意后方可用于健康管理服务；没有这些信息，健康管理服务将无法进行，且该类信息的不当使用可能导致您在就业、保险等方面受到歧视。", ""},
	{"安心体检隐私政策", "体检结束后，体检中心会将您的体检报告上传至本平台，您可在“我的报告”中查看。", "CN"},
	{"惠农贷隐私政策", "申请贷款须提供以下材料：\n1. 身份证正反面；\n2. 本人名下银行卡；\n3. 近六个月的银行流水。", "CN"},
	{"惠农贷隐私政策", "上述银行流水属于敏感个人信息，仅用于评估您的还款能力，是审批贷款必不可少的材料；若被泄露可能导致您遭受财产损失。我们会在上传页面单独请求您的授权同意。", "C"},
	{"宠友社区隐私政策", "我们会根据您手机的GPS信号确定您的实时位置，向您展示附近的宠物医院。", "CN"},
	{"宠友社区隐私政策", "我们仅根据您的IP地址判断您所在的省份，用于展示本地活动。", ""},
	{"个人信息处理授权书", "本人同意贵司收集本人的指纹及掌静脉信息，并将其提供给贵司委托的设备供应商进行比对。", "CH"},
	{"个人信息处理授权书", "本人已知悉贵司收集本人人脸信息的必要性及对本人权益的影响，并单独同意贵司为身份核验目的处理本人的人脸信息。", ""},
	{"会员服务协议", "会员的消费记录、积分信息可能与本集团旗下其他品牌共享，以便会员享受跨品牌权益。", "H"},
	{"会员服务协议", "本公司不会将会员信息出售或提供给任何无关第三方。", ""},
}

func init() {
	for body, reason := range map[string]string{
		"上述银行流水属于敏感个人信息，仅用于评估您的还款能力，是审批贷款必不可少的材料；若被泄露可能导致您遭受财产损失。我们会在上传页面单独请求您的授权同意。": "no collecting verb (上传 names the page); and a request made on the upload page itself may well be separate consent: the expectation is doubtful",
		"本人同意贵司收集本人的指纹及掌静脉信息，并将其提供给贵司委托的设备供应商进行比对。":                                   "an authorisation letter is itself the consent (sensitive-consent-missing skips letters by design), and 委托 makes the supplier an entrusted processor: the expectation is doubtful",
	} {
		a4KnownMisses[body] = reason
	}
}

// TestBlindA4Third lints the third a4 batch on its own.
func TestBlindA4Third(t *testing.T) {
	t.Parallel()
	checkBlind(t, "blind a4c", "a4c-", a4Rules, a4Third, knownBy(a4KnownMisses, byBody))
}
