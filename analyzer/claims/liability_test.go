package claims

import (
	"strings"
	"testing"
)

// flaggedSentences returns the text of every sentence holding a claim of
// type typ that passes report (the claim-side mirror of a rule's gate).
func flaggedSentences(in *Input, typ string, report func(Claim) bool) map[string]bool {
	out := map[string]bool{}
	for _, c := range in.Claims {
		if c.Type == typ && report(c) {
			out[c.Text] = true
		}
	}
	return out
}

// checkFlags extracts each paragraph of doc (one per line, after a title)
// and checks that exactly the lines marked with a leading "+" are flagged.
func checkFlags(t *testing.T, title, typ string, report func(Claim) bool, doc string) {
	t.Helper()
	var body strings.Builder
	var want, silent []string
	for _, line := range strings.Split(strings.TrimSpace(doc), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		text, flagged := strings.CutPrefix(line, "+")
		body.WriteString(text + "\n\n")
		if flagged {
			want = append(want, text)
		} else {
			silent = append(silent, text)
		}
	}
	got := flaggedSentences(extractText(t, "# "+title+"\n\n"+body.String()), typ, report)
	has := func(line string) bool {
		for s := range got {
			if strings.Contains(line, strings.TrimSpace(s)) {
				return true
			}
		}
		return false
	}
	for _, w := range want {
		if !has(w) {
			t.Errorf("%s: not flagged: %s", typ, w)
		}
	}
	for _, s := range silent {
		if has(s) {
			t.Errorf("%s: flagged, want silence: %s", typ, s)
		}
	}
}

// liabilityReported mirrors policies/rules/sharing/liability-exclusion.
func liabilityReported(c Claim) bool {
	_, fault := c.Attributes["user_fault"]
	_, carve := c.Attributes["carve_back"]
	return !c.Negated && !fault && !carve && (c.Kind == "leak" || c.Kind == "processing" || c.Kind == "third_party")
}

func TestLiabilityExclusionLists(t *testing.T) {
	t.Parallel()
	checkFlags(t, "用户服务协议", "liability_exclusion", liabilityReported, `
		我们会收集您的姓名和手机号码用于注册。
		发生下列情形之一的，本平台不承担任何责任：
		（1）因电力故障导致服务暂停；
		+（2）用户的个人资料因黑客入侵被泄露；
		+（3）用户账号被他人盗用；
		+（4）用户数据遭到未经授权的访问或修改；
		（5）第三方链接网站的内容。
		因下列原因造成的损失，本公司概不负责：
		1. 不可抗力；
		+2. 您的个人信息被非法获取或外泄；
		对以下情况所产生的任何损失，我们均免责：
		+① 会员资料被第三方窃取；
		② 停电或网络故障。
		发生以下任一情况，乙方不承担任何责任：
		+a) 用户的身份信息被第三方冒用；
		+b) 服务器遭受病毒攻击导致数据泄露；
		c) 国家政策调整；
		d) 因用户保管不善导致账号被盗。
		在以下情形下，我们不会免除自身的责任：
		（一）用户资料因我们的系统漏洞被泄露。
		在以下情形下，我们将依法承担责任：
		（一）因我们的过错导致您的个人信息泄露。
		7.5 基于以下原因造成的损失，本公司不承担任何赔偿：
		+7.5.1 用户资料遭到未经授权的修改；
		7.5.2 服务中断。
		7.6 用户信息泄露时，我们将及时通知用户。
		7.7 请用户妥善保管密码，谨防账号泄露或被盗。
		当出现下列非因我们过错而造成您的信息泄露的情形时，我们无需承担任何责任：
		+（1）因黑客攻击导致的个人资料泄露；
		（2）您访问其他网站时由该网站造成的个人资料泄露。
	`)
}

func TestLiabilityExclusionParaphrases(t *testing.T) {
	t.Parallel()
	checkFlags(t, "用户服务协议", "liability_exclusion", liabilityReported, `
		+用户自行承担个人信息被泄露的风险。
		+您使用本服务过程中产生的一切后果由您自身承担，包括您的个人资料被他人获取。
		+您同意，对于您的个人信息被泄露，公司不承担任何法律责任。
		+因用户账号被泄露或被盗而造成的任何损失，本站不承担补偿责任。
		+账号密码被盗用所造成的损失，平台不予赔偿。
		+本人已知悉互联网环境下信息安全保证制度不完善，可能存在信息泄露的风险，本人自愿承担该风险。
		+本人已知悉并自愿承担个人信息在传输过程中被截获、泄露的风险。
		+用户知悉并同意承担个人信息在网络传输中可能被泄露的风险。
		+您理解并同意，您的账户因密码被破解而被他人登录的，本公司不予补偿。
		+本公司对会员资料的安全不作任何担保，会员资料被窃取的，本公司概不负责。
		+用户的手机号码、身份证号码等信息泄露所产生的一切后果，均由用户自行负责。
		+我们对您个人信息被非法访问所产生的损失不负任何责任。
		+因黑客攻击等非本公司原因导致的信息泄露，本公司不承担责任。
		+在法律允许的最大范围内，我们对您的个人信息被未经授权访问造成的损害免责。
		+如您的个人信息被不法分子盗取，由此产生的损失由您本人承担。
		+对于您的信息被不法分子利用造成的损失，我们不承担赔偿责任。
		+因系统遭受攻击导致用户资料外泄的，本网站不承担责任。
		+我们依照本协议使用、披露您的个人资料的，无需对您承担任何责任。
		+您同意平台保存并使用您的资料，且平台对此不承担任何法律责任。
		+您理解并同意，我们不对您个人信息的安全承担责任。
		+本公司对用户账号的安全不作任何保证，亦不承担任何责任。
		+本人已知悉并理解，由于互联网信息安全保证制度不完善，本人信息存在被泄露的风险。
		+本人知悉网络传输可能导致信息被截获，由此产生的风险由本人承担。
		+因用户资料被他人窃取造成的损失，本公司概不承担。
		+会员个人信息被泄露所产生的纠纷与本平台无关。
		+凡使用您的账号进行的操作，包括账号被盗用后他人进行的操作，均视为您本人的行为。
		+用户资料可能被他人非法获取。对此，本公司不承担责任。
		+您同意免除本公司因个人信息泄露产生的一切责任。
		+如您的账号被盗，我们不会为此承担责任。
		+如您的账号被盗，我们不因此承担任何赔偿责任。
		+本人已知悉在个人信息安全保护机制尚不健全的情况下，仍同意授权贵司向合作方提供本人信息。
		+您已充分了解网络安全措施存在缺陷，仍同意我们处理您的数据。
		+因不可抗力（包括黑客攻击、计算机病毒）导致的任何损失，我们不承担责任。
		+不可抗力包括自然灾害、黑客攻击等事件。因不可抗力造成的任何损失，您同意公司不承担任何法律责任。
	`)
}

func TestLiabilityWaivers(t *testing.T) {
	t.Parallel()
	checkFlags(t, "用户服务协议", "liability_exclusion", liabilityReported, `
		+您同意放弃因个人信息泄露对本公司主张任何权利。
		+用户承诺放弃追究平台因数据泄露产生的责任。
		+就您的身份信息被冒用所产生的损失，您放弃向本公司索赔的权利。
		您同意通过注销账号放弃该账号下未使用的权益。
		我们不会要求您放弃对个人信息泄露主张赔偿的权利。
	`)
}

func TestLiabilityExclusionNearMisses(t *testing.T) {
	t.Parallel()
	checkFlags(t, "用户服务协议", "liability_exclusion", liabilityReported, `
		我们会收集您的手机号码用于注册。
		不可抗力导致服务中断的，平台不承担责任。
		因停电、通讯线路故障导致服务无法使用的，本公司不承担责任。
		我们不承担因您自行公开信息造成的后果。
		因您自行泄露账号密码造成的损失，由您自行承担。
		我们对第三方网站的内容不承担任何责任。
		用户对其发布的违法内容自行承担法律责任。
		因我们的过错导致您的个人信息泄露的，我们将依法承担责任。
		我们将采取加密等措施保护您的信息安全，防止信息泄露。
		如发生个人信息泄露事件，我们将及时告知您并依法承担相应责任。
		若因我们的原因导致您的个人信息泄露，我们将承担由此给您造成的损失。
		如您发现账号被盗用，请立即联系我们冻结账号。
		您无需承担任何因我们的系统漏洞造成的信息泄露风险。
		因您将账号借给他人使用造成的信息泄露，由您自行承担责任。
		我们不会因您撤回同意而要求您承担任何费用。
		因您的个人原因导致的账号被盗，平台不承担责任。
		用户因提供的认证信息不真实导致账号丢失的，本公司不承担责任。
		因下载或使用本软件对您的计算机系统造成的损坏或数据的丢失，由您自行承担。
		请您理解，由于技术限制，我们无法保证信息百分之百安全。
		我们高度重视您的信息安全，将采取严格的安全措施保护您的个人信息。
		会员之间的交易纠纷与本平台无关。
		我们不会免除因我们的过错导致的个人信息泄露责任。
		如我们未履行安全保护义务导致您的信息泄露，我们将为此承担责任。
		这些服务由第三方运营，您使用第三方提供的信息与我们无关。
		您的信息可能被第三方获取。对此，我们将依法承担责任。
		如果您发现账号被盗后未在第一时间通知我们，则您应自行承担由此给您造成的损失。
		您可能会在社区公开分享您的昵称和照片。由此造成的您的信息泄露，我们不承担责任。
	`)
}
