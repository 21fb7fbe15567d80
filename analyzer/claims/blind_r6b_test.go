package claims_test

import (
	"strings"
	"testing"
)

// r6bKnownMisses are cases of the second privacy-notice batch still
// decided wrongly, with the reason: logged, not failed.
var r6bKnownMisses = map[string]string{}

// r6Second is a second batch of privacy-notice and in-app wordings,
// written after the first batch's fixes and before the rules ran on it:
// an honest check of those fixes.
var r6Second = []blindCase{
	{"隐私政策", "若您拒绝我们读取您的设备标识符，本应用将无法正常打开。", "B"},
	{"隐私政策", "不同意接收个性化广告的用户，将无法领取新人礼包及任何会员福利。", "B"},
	{"个人信息保护指引", "只有您同意我们将您的行为数据用于商业分析，我们才会为您办理会员卡。", "B"},
	{"隐私政策", "用户拒绝授予剪切板权限的，本软件将暂停为其提供服务。", "B"},
	{"隐私政策", "凡下载本应用者，均视为已接受本政策关于信息收集的全部安排。", "C"},
	{"隐私政策", "您登录后浏览任意页面的，我们将视此为您对本政策的认可。", "C"},
	{"隐私政策", "本政策如有修改，修改内容将在本页面更新，请您经常回访本页面以了解最新变化。", "G"},
	{"隐私政策", "新版本政策发布后即对全体用户具有法律效力。", "G"},
	{"个人信息保护政策", "本政策的修订无需征求用户意见，以平台最终公布的版本为准。", "G"},
	{"隐私政策", "撤回授权的用户，其已领取的会员等级将被取消并收回全部红包。", "W"},
	{"隐私政策", "用户提出撤回同意的申请后，本平台可视情况决定是否予以受理。", "W"},
	{"隐私政策", "您撤回同意的，须事先以书面形式通知我们并提交身份证明复印件。", "W"},
	{"隐私政策", "开通免密支付时，您必须完成刷脸核验，此环节不可跳过。", "F"},
	{"景区游客隐私须知", "游客进入景区须刷脸核验，景区不再发售纸质门票。", "F"},
	{"隐私政策", "平台将每月在首页公布消费最多的前十名用户的手机号码及昵称。", "P"},
	{"隐私政策", "您参与拼团后，您的头像、昵称和所在小区将显示在拼团页面供所有浏览者查看。", "P"},
	{"会员隐私政策", "年度积分排名前一百的会员名单（含姓名及会员卡号）将在门店公告栏张贴。", "P"},
	// near misses
	{"隐私政策", "您拒绝授予剪切板权限的，仅无法使用口令识别功能，其他服务不受影响。", ""},
	{"隐私政策", "您拒绝个性化广告后，仍可正常领取新人礼包。", ""},
	{"隐私政策", "本政策修改后，我们会以推送通知的方式告知您，并在您同意后生效。", ""},
	{"隐私政策", "撤回同意后，您的积分、会员等级等权益不受影响。", ""},
	{"隐私政策", "开通免密支付时，您可以选择刷脸核验或输入支付密码。", ""},
	{"景区游客隐私须知", "游客可选择刷脸入园或凭纸质门票入园。", ""},
	{"隐私政策", "消费排行榜仅显示经脱敏处理的昵称，例如“张**”，不显示手机号码。", ""},
	{"隐私政策", "拼团页面仅向您本人展示参团进度。", ""},
	{"隐私政策", "我们会调整会员积分的兑换规则，并提前三十日在活动页面公布。", ""},
	{"隐私政策", "在您勾选同意前，我们不会收集您的任何个人信息。", ""},
}

// TestBlindRound6Second lints the second privacy-notice batch, each case
// after the neutral collection lead.
func TestBlindRound6Second(t *testing.T) {
	t.Parallel()
	cases := append([]blindCase{}, r6Second...)
	for i := range cases {
		cases[i].body = r6Lead + cases[i].body
	}
	checkBlind(t, "blind round 6 second batch", "r6b-", r5Rules, cases, knownBy(r6bKnownMisses, func(c blindCase) string { return strings.TrimPrefix(c.body, r6Lead) }))
}
