package claims_test

import "testing"

// a4Fourth: a fourth blind batch — sharing worded as 授权/允许/开放/披露,
// recipients named in odd ways, specific identity and religion, and
// consent that is only generic (expectations written before the run).
var a4Fourth = []blindCase{
	{"优行隐私政策", "您理解并同意，我们有权允许我们的业务合作伙伴访问您的订单数据，以便其提供售后服务。", "H"},
	{"优行隐私政策", "我们可能向第三方广告平台开放您的设备标识符，以衡量广告投放效果。", "H"},
	{"优行隐私政策", "我们会把您的行程信息告知与您同行的乘车人。", ""},
	{"优行隐私政策", "为了履行反洗钱义务，我们会依照法律规定向中国人民银行报送大额交易信息。", ""},
	{"优行隐私政策", "我们的客服外包服务商会为我们处理您的投诉信息，我们与其签订了委托处理协议，要求其仅按照我们的指示处理。", ""},
	{"公益助残平台隐私政策", "为办理残疾人补贴，我们需要您上传残疾人证，并核对您的残疾等级。", "CN"},
	{"公益助残平台隐私政策", "志愿者报名时，您可以选填您的宗教信仰和民族，以便活动方安排饮食。", "CN"},
	{"公益助残平台隐私政策", "报名信息中的宗教信仰为选填项，我们会在您填写前弹出单独的同意窗口，告知该信息仅用于饮食安排，若泄露可能使您遭受歧视，不填写不影响报名。", ""},
	{"婚恋交友隐私政策", "您在完善资料时填写的性取向、婚姻状况将被用于为您匹配对象。", "CN"},
	{"婚恋交友隐私政策", "您使用本服务，即视为您同意我们按照本政策处理您的敏感个人信息，包括您的人脸照片和身份证信息。", "CN"},
}

// TestBlindA4Fourth lints the fourth a4 batch on its own.
func TestBlindA4Fourth(t *testing.T) {
	t.Parallel()
	checkBlind(t, "blind a4d", "a4d-", a4Rules, a4Fourth, knownBy(a4KnownMisses, byBody))
}
