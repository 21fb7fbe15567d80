package claims_test

import (
	"strings"
	"testing"
)

// r6cKnownMisses are cases of the third privacy-notice batch still decided
// wrongly, with the reason: logged, not failed.
var r6cKnownMisses = map[string]string{}

// r6Third is a third batch of privacy-notice and in-app wordings, written
// after the second batch's fixes and before the rules ran on it: the
// honest estimate of this round.
var r6Third = []blindCase{
	{"隐私政策", "倘若您不允许本应用获取存储权限，本应用的全部功能均将不可用。", "B"},
	{"隐私政策", "您需一并同意《隐私政策》及《营销推广授权书》后方可完成账号注册。", "B"},
	{"用户隐私保护声明", "本声明推送给您后七日内，您未通过客服渠道表示反对的，本平台将认定您已接受本声明。", "C"},
	{"隐私政策", "您在本小程序中的任何操作，皆代表您同意我们依照本政策处理您的个人信息。", "C"},
	{"隐私政策", "我方可不定期对本政策作出调整，调整后的政策以官网最新公示版本为准，不另作个别通知。", "G"},
	{"隐私政策", "本政策修订版本上线后，您如仍继续使用我们的服务，即视作您接受修订版本。", "G"},
	{"隐私政策", "用户撤回同意须提前三十日向本公司提出，且撤回期间产生的费用由用户承担。", "W"},
	{"隐私政策", "您一经授权，在会员有效期内不得撤回该项同意。", "W"},
	{"门店会员隐私须知", "会员到店消费结账时，一律通过刷脸确认身份。", "F"},
	{"隐私政策", "为防范盗号，每次登录本应用都要求完成人脸核验，且不提供其他登录途径。", "F"},
	{"隐私政策", "我们会将优秀学员的姓名、照片及成绩制作成宣传海报在校区张贴。", "P"},
	{"隐私政策", "您在本平台发布的求助信息，将连同您的真实姓名及联系电话一并向全网公开。", "P"},
	// near misses
	{"隐私政策", "您不允许获取存储权限的，仅无法保存图片到相册，其余功能可正常使用。", ""},
	{"隐私政策", "营销推广授权为可选项，您不勾选也可以完成账号注册。", ""},
	{"隐私政策", "我们不会将您的沉默视为同意。", ""},
	{"隐私政策", "本政策修订时，我们将通过弹窗提示并征得您的同意后方才适用修订版本。", ""},
	{"隐私政策", "您可随时撤回同意，撤回不会产生任何费用。", ""},
	{"门店会员隐私须知", "会员结账时可自主选择刷脸、扫码或出示会员卡确认身份。", ""},
	{"隐私政策", "经您在报名时单独同意后，我们会在宣传海报中使用您的姓名及照片。", ""},
	{"隐私政策", "求助信息仅对您选择的救助机构可见。", ""},
}

// TestBlindRound6Third lints the third privacy-notice batch, each case
// after the neutral collection lead.
func TestBlindRound6Third(t *testing.T) {
	t.Parallel()
	cases := append([]blindCase{}, r6Third...)
	for i := range cases {
		cases[i].body = r6Lead + cases[i].body
	}
	checkBlind(t, "blind round 6 third batch", "r6c-", r5Rules, cases, knownBy(r6cKnownMisses, func(c blindCase) string { return strings.TrimPrefix(c.body, r6Lead) }))
}
