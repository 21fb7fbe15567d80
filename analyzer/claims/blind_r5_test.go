package claims_test

import (
	"testing"
)

// r5Rules extend blindRules with the consent, change and withdrawal
// rules, which letters and agreements carry as often as grants.
var r5Rules = map[string]string{
	"I": "grant-irrevocable", "U": "grant-unlimited-term", "S": "grant-sublicensable",
	"L": "liability-exclusion", "P": "public-disclosure-consent-missing", "D": "deletion-restricted",
	"X": "sale-personal-info", "R": "retention-unlimited", "F": "face-sole-verification",
	"C": "consent-deemed", "B": "consent-bundled", "G": "policy-change-unilateral",
	"W": "withdrawal-restricted",
}

// r5KnownMisses are cases of the fifth blind set still decided wrongly,
// with the reason: logged, not failed. The expectation itself stays as
// written before the run.
var r5KnownMisses = map[string]string{
	// Three more of that class since the period-after-departure cue (deletion_period.go) met
	// 保存期限不限 / 不设保存期限 and the end of the authorisation term.
	"员工离职后，公司仍将保存其人事档案，不设保存期限。":                            "keeping after leaving, term end or withdrawal from a trial is also read as refusing deletion (rules.md pairs them); the expectation is arguably incomplete",
	"授权期限届满后，贵司仍可继续保存并使用本人的身份信息用于风险管理。":                    "keeping after leaving, term end or withdrawal from a trial is also read as refusing deletion (rules.md pairs them); the expectation is arguably incomplete",
	"受试者退出试验后，申办方仍有权继续保存和使用受试者此前提供的全部数据，保存期限不限。":           "keeping after leaving, term end or withdrawal from a trial is also read as refusing deletion (rules.md pairs them); the expectation is arguably incomplete",
	"员工同意公司在其离职后仍可无限期保留并使用其人事档案及考勤记录。":                     "keeping after leaving or cancellation is also read as refusing deletion (rules.md pairs them); the expectation is arguably incomplete",
	"员工的面部识别数据在其离职后仍将由公司继续留存。":                             "keeping after leaving or cancellation is also read as refusing deletion (rules.md pairs them); the expectation is arguably incomplete",
	"用户注销账号后，本平台仍有权继续保存用户此前发布的全部内容及个人资料。":                  "keeping after cancellation is also read as refusing deletion (rules.md pairs them); the expectation is arguably incomplete",
	"本人同意贵司在本人注销账户后继续保存并使用本人的人脸信息。":                        "keeping after cancellation is also read as refusing deletion (rules.md pairs 注销后仍保留 with deletion-restricted); the expectation is arguably incomplete",
	"投保人理解并同意，本公司可将投保人信息用于本公司合作伙伴的产品推荐，投保人不同意的，本公司有权拒绝承保。": "alone: 将…信息用于 is no collect claim, so the sentence carries no processing terms",
	"体检者同意本中心将体检数据永久存档。":                                   "consent to keep permanently is reported as the grant (rules.md trigger example); the expectation took the other side",
	"您开启刷脸登录的，视为您同意我们采集并存储您的面部特征信息。":                       "开启 is an affirmative act (deemAffirm); sensitive-consent-missing fires instead",
	"因您将账户借予他人使用而导致的个人资料外泄，本公司一律免责。":                       "a leak by the user's own fault: consistent with fault-based liability (corpus 06 note); the expectation is doubtful",
	"本公司有权根据经营需要随时修改本协议条款，修改后的协议一经在本公司官网公布即取代原协议，恕不另行通知。":  "alone it carries no processing terms (rules.md: fires where the document does)",
	"乙方同意甲方可不经通知而单方变更本协议中关于用户信息处理的约定。":                     "alone it carries no processing terms (rules.md: fires where the document does)",
	"如会员不同意本协议的任一条款，应立即停止注册或使用会员服务。":                       "alone it carries no processing terms (rules.md: fires where the document does)",
	"会员须同意接收本公司及合作商户的营销短信，方可享受会员积分及优惠。":                    "alone it carries no processing terms (rules.md: fires where the document does)",
}

// TestBlindRound5 lints the fifth blind set (authorisation letters and
// consent forms for insurance, genetic tests, medical care, credit, face
// verification and background checks; user agreements and membership
// terms) and compares, per document, the set of r5Rules that fire.
func TestBlindRound5(t *testing.T) {
	t.Parallel()
	cases := append(append(append(append([]blindCase{}, r5Health...), r5Identity...), r5Terms...), r5More...)
	cases = append(append(append(cases, r5Third...), r5Fourth...), r5Fifth...)
	cases = append(append(append(cases, r5Sixth...), r5Seventh...), r5Ninth...)
	cases = append(append(append(append(cases, r5Tenth...), r5Eleventh...), r5Twelfth...), r5Fourteenth...)
	cases = append(append(append(cases, r5Fifteenth...), r5Sixteenth...), r5Seventeenth...)
	cases = append(cases, r5Eighteenth...)
	checkBlind(t, "blind round 5", "r5-", r5Rules, cases, knownBy(r5KnownMisses, byBody))
}
