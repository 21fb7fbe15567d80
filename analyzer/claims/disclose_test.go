package claims

import "testing"

// disclosureReported mirrors policies/rules/sharing/public-disclosure-consent-missing.
func disclosureReported(c Claim) bool {
	for _, a := range []string{"exempt", "legal_duty", "anonymised", "separate_consent", "user_initiated", "restricted"} {
		if _, ok := c.Attributes[a]; ok {
			return false
		}
	}
	_, consent := c.Attributes["consent"]
	return !c.Negated && !(c.Conditional && consent)
}

func TestPublicDisclosureSanctions(t *testing.T) {
	t.Parallel()
	checkFlags(t, "借款服务协议", "disclose", disclosureReported, `
		+如您逾期未还款，我们有权将您的姓名、身份证号码及违约事实在媒体上予以公告。
		+对于违约用户，平台有权将其个人资料及违约信息列入黑名单并向社会公开。
		+借款人逾期的，出借人有权通过报纸、网络等媒体曝光借款人的姓名、照片和身份证号。
		+本人同意贵司将本人的逾期信息公示于贵司官网及合作平台。
		+我们有权将您的失信信息发布于向公众开放的信用信息平台。
		+用户同意，公司可将其违约行为及个人信息在互联网上予以曝光。
		+对于恶意欠款的会员，本俱乐部将在公告栏张贴其姓名及照片。
		+对违规账号进行处罚公告时，我们会披露该账号的注册信息。
		+甲方有权将乙方的欠款情况予以公告。
		+若您违约，我们有权披露您的违约事实并将您列入黑名单。
		+对拖欠物业费的业主，物业公司有权将其姓名、房号在业主微信群内通报。
		若您违反本协议，本公司有权将您的违约信息提供给征信机构。
	`)
}

func TestPublicDisclosureOnSite(t *testing.T) {
	t.Parallel()
	checkFlags(t, "用户服务协议", "disclose", disclosureReported, `
		+我们可能会在活动页面公布中奖用户的手机号码和姓名。
		+平台有权在网站上公示违规用户的账号、昵称及处罚结果。
		+您的个人资料将在本网站上展示，供其他用户浏览。
		+出于为您提供服务的需要，我们会在平台公示您的个人资料。
		+参赛用户的成绩和昵称将在排行榜中展示。
		+对于拖欠物业费的业主，物业公司有权在小区公告栏公布欠费业主名单。
		+对于违反本规定的学员，本校有权在校内通报批评并公布其姓名。
		若您违约，我们可将您的违约记录提供给依法设立的征信机构。
		我们会在订单页面向您展示您的收货地址。
		我们将在发生安全事件时以合理、有效的方式发布公告，难以逐一告知个人信息主体时亦同。
		我行会通过官网公告通知您本政策的变更。
	`)
}

func TestPublicDisclosureLeadIns(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "disclose", disclosureReported, `
		我们仅会在以下情况下，公开披露您的个人信息：
		（1）获得您的单独同意后；
		+（2）如您严重违反平台规则，我们可能会披露您的账号昵称及违规情况。
		以下情形中，公开披露您的个人信息无需事先征得您的授权同意：
		（1）与国家安全、国防安全有关的；
		（2）其他维护公共利益的情形，例如您的信用信息需要被公开。
	`)
}

func TestPublicDisclosureOfListedInformation(t *testing.T) {
	t.Parallel()
	checkFlags(t, "活动规则", "disclose", disclosureReported, `
		+参与本次活动的获奖用户，以下信息将在活动页面公示：
		（1）姓名；
		（2）手机号码后四位。
		+下列信息将在排行榜中展示：
		1. 您的昵称；
		2. 您的头像。
		我们将通过以下方式通知您：
		（1）短信；
		（2）站内信。
	`)
}

func TestPublicDisclosureOfBreaches(t *testing.T) {
	t.Parallel()
	checkFlags(t, "借款服务协议", "disclose", disclosureReported, `
		您同意，我们对您的个人资料及您在平台存储的非公开内容享有使用和披露的权利，方式包括：
		+（1）为向您提供服务，在本网站公示您的个人资料；
		+（2）在您违反与我们签订的协议时，披露您的个人资料及违约事实；
		（3）其他必要的使用及披露您个人资料的情形。
		（4）向有权机关披露您的违约信息。
		+在用户违约时，披露用户的个人资料及违约事实，并将其违约信息列入黑名单。
		在用户违约时，向担保人披露用户的违约信息。
		我们仅会在以下情况下，公开披露您的个人信息：
		1、根据您的需求，在您明确同意的披露方式下披露您所指定的个人信息；
	`)
}

func TestPublicDisclosureNearMisses(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "disclose", disclosureReported, `
		我们不会公开披露您的个人信息，除非获得您的单独同意。
		根据法律法规要求或司法机关依法提出的要求，我们可能会向有权机关披露您的个人信息。
		您可以选择在个人主页公开您的昵称和头像。
		您主动发布的评论将对其他用户公开显示。
		我们会按照本政策公开我们的个人信息处理规则。
		我们已采取措施防止您的个人信息被公开披露。
		我们仅在获得您单独同意后，才会在中奖名单中公示您经脱敏处理的昵称。
		我们会定期公布经匿名化处理的统计数据。
		在公开披露您的个人信息前，我们会征得您的单独同意。
		我们会告知您披露个人信息的目的和类型，并事先征得您的同意。
		我们将在本服务主要曝光页面通知您本政策的变更。
		我们将向用户公开处理情况。
		如果您使用分享功能，例如将照片发布到您的朋友圈，我们将处理您的信息以提供该功能。
	`)
}
