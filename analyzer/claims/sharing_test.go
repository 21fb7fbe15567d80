package claims

import (
	"strings"
	"testing"
)

// claimOf returns the first claim of type typ in text, and whether there is one.
func claimOf(t *testing.T, text, typ string) (Claim, bool) {
	t.Helper()
	for _, c := range extractText(t, text).Claims {
		if c.Type == typ {
			return c, true
		}
	}
	return Claim{}, false
}

// sharingCase expects a claim of type typ (or none when typ starts with !)
// with the given kind, polarity and attributes ("-name" = must be absent).
type sharingCase struct {
	text, typ, kind string
	negated         bool
	attrs           []string
}

func checkCases(t *testing.T, cases []sharingCase) {
	t.Helper()
	for _, c := range cases {
		typ, want := strings.TrimPrefix(c.typ, "!"), !strings.HasPrefix(c.typ, "!")
		got, ok := claimOf(t, c.text, typ)
		if ok != want {
			t.Errorf("%s: %s claim found = %v, want %v (%+v)", c.text, typ, ok, want, got)
			continue
		}
		if !ok {
			continue
		}
		if c.kind != "" && got.Kind != c.kind {
			t.Errorf("%s: kind = %q, want %q", c.text, got.Kind, c.kind)
		}
		if got.Negated != c.negated {
			t.Errorf("%s: negated = %v, want %v", c.text, got.Negated, c.negated)
		}
		for _, a := range c.attrs {
			name, absent := strings.TrimPrefix(a, "-"), strings.HasPrefix(a, "-")
			cue, has := got.Attributes[name]
			if has == absent {
				t.Errorf("%s: attribute %s present = %v, want %v (%v)", c.text, name, has, !absent, got.Attributes)
			}
			if has && !strings.Contains(c.text, cue.Cue) {
				t.Errorf("%s: cue %q of %s is not in the text", c.text, cue.Cue, name)
			}
		}
	}
}

func TestShareClaims(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"我们可能将您的个人信息提供给我们的合作伙伴。", "share", "third_party", false, []string{"verb", "recipient", "-separate_consent"}},
		{"用户同意平台将其注册信息、交易记录提供给关联公司及第三方服务商使用。", "share", "affiliate", false, []string{"consent"}},
		{"为实现精准营销，我们会与广告合作方共享您的设备标识符、位置信息及兴趣标签。", "share", "third_party", false, []string{"purpose"}},
		{"向第三方提供前，我们会告知接收方名称、联系方式、处理目的并征得您的单独同意。", "share", "", false, []string{"separate_consent", "recipient_notice"}},
		{"我们会委托云服务商存储您的数据，并通过协议约束其仅按我们的指示处理，不得转委托。", "!share", "", false, nil},
		{"我们会将您的手机号码提供给受托的短信服务商，由其按照我们的指示向您发送验证码。", "share", "processor", false, []string{"entrusted"}},
		{"我们仅会向合作方提供经匿名化处理、无法识别特定个人且不能复原的统计数据。", "share", "", false, []string{"anonymised"}},
		{"我们不会与任何第三方共享您的个人信息。", "share", "", true, nil},
		{"根据法律法规规定及监管部门要求，我们会向司法机关提供您的个人资料。", "share", "authority", false, []string{"legal_duty"}},
		{"我们可能需要将您的请求转交给第三方。", "!share", "", false, nil},
		{"您在第三方网站向该第三方提供的个人信息，适用该第三方的隐私政策。", "!share", "", false, nil},
		{"经您同意，运营商会将您的手机号码发送给我们，便于您快速登录。", "!share", "", false, nil},
		{"为完成配送，我们会将收货人姓名、电话和地址提供给顺达物流有限公司。", "share", "", false, []string{"recipient_named", "necessity"}},
		{"如需对外共享您的个人信息，我们将另行取得您的单独同意。", "share", "", false, []string{"separate_consent"}},
	})
}

func TestDiscloseClaims(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"对于违反平台规则的用户，我们有权在平台上公示其昵称、真实姓名及身份证号码。", "disclose", "", false, []string{"verb", "-separate_consent"}},
		{"您的手机号、所在城市及消费金额将展示在活动中奖名单中。", "disclose", "", false, []string{"audience"}},
		{"逾期未还款的，本公司有权将借款人的姓名、照片及欠款信息在网络上公开。", "disclose", "", false, nil},
		{"我们不会公开披露您的个人信息，但取得您单独同意或法律法规另有规定的除外。", "disclose", "", true, []string{"separate_consent"}},
		{"经您在领奖页面单独确认同意后，我们会在中奖名单中展示您经脱敏处理的昵称。", "disclose", "", false, []string{"separate_consent", "anonymised"}},
		{"您主动发布的动态将对您选择的可见范围内的用户展示，您可以随时修改可见范围或删除动态。", "!disclose", "", false, nil},
		{"我们已采取安全措施，防止个人信息遭到未经授权访问、公开披露或丢失。", "!disclose", "", false, nil},
		{"个人信息共享或公开披露的主要对象发生变化时，我们会通知您。", "!disclose", "", false, nil},
		{"您可以通过本政策公布的联系方式与我们联系，我们会处理您的个人信息相关请求。", "!disclose", "", false, nil},
	})
}

func TestTransferAbroadClaims(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"您的个人信息可能会被传输至我们位于境外的服务器进行存储和处理。", "transfer_abroad", "", false, []string{"destination", "-separate_consent"}},
		{"您同意我们将您的数据转移至美国、新加坡等地的关联公司。", "transfer_abroad", "", false, nil},
		{"我们在中华人民共和国境内收集和产生的个人信息存储在境内，不会向境外传输。", "transfer_abroad", "", true, []string{"local_only"}},
		{"因您预订境外酒店确需向境外提供个人信息的，我们会告知境外接收方的名称、联系方式，并取得您的单独同意。", "transfer_abroad", "", false, []string{"separate_consent", "recipient_named"}},
		{"本应用使用的部分开源组件官网为境外网站，可能无法直接访问。", "!transfer_abroad", "", false, nil},
		{"目前，我们不会将您的个人信息在跨境业务中使用，或将您的个人信息传输至境外。", "transfer_abroad", "", true, nil},
	})
}

func TestSellClaims(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"在法律允许的范围内，我们可能将您的个人信息出售给合作的营销机构。", "sell", "sale", false, []string{"verb"}},
		{"用户同意平台将其个人数据作为数据资产进行交易并获取收益。", "sell", "sale", false, nil},
		{"本公司有权将收集的客户名单有偿提供给第三方。", "sell", "sale", false, nil},
		{"我们不会出售您的个人信息。", "sell", "", true, nil},
		{"我们不会出售、出租或交易您的个人信息。", "sell", "", true, nil},
		{"当您提出售后服务申请时，我们会核对您的订单信息。", "!sell", "", false, nil},
		{"如发生合并、收购或资产出售，我们会告知您接收方的名称和联系方式。", "!sell", "", false, nil},
		{"如我们决定将某产品线出售给第三方，您的个人信息将随之转移。", "sell", "merger", false, []string{"merger"}},
		{"若您选择在平台出售闲置物品，我们需要收集您的姓名和联系电话。", "!sell", "", false, nil},
	})
}

func TestAutomatedClaims(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"我们会根据您的浏览记录进行用户画像，向您推送个性化的商品和广告。", "automated_decision", "profiling", false, []string{"-optout"}},
		{"如您不希望接收个性化推荐，可在设置中关闭，关闭后我们将展示不针对您个人特征的内容。", "automated_decision", "", false, []string{"optout"}},
		{"系统将根据您的消费能力和购买频次为您展示差异化的商品价格。", "automated_decision", "pricing", false, nil},
		{"系统会根据您的会员等级为您计算不同的商品价格。", "automated_decision", "pricing", false, nil},
		{"我们不会利用您的个人信息对您在交易价格等交易条件上实行不合理的差别待遇。", "automated_decision", "pricing", true, nil},
		{"您的借款额度由系统根据大数据模型自动审批决定，恕不提供人工复核。", "automated_decision", "decision", false, []string{"no_review"}},
		{"用户画像：指通过收集、分析个人信息形成个人特征模型的过程。", "automated_decision", "profiling", false, []string{"definition"}},
	})
}

func TestLiabilityClaims(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"因黑客攻击等原因导致的个人信息泄露，本平台不承担任何责任。", "liability_exclusion", "leak", false, []string{"cue", "leak"}},
		{"用户理解并同意自行承担个人信息被泄露、篡改的全部风险。", "liability_exclusion", "leak", false, nil},
		{"无论何种原因导致的信息泄露，本公司的赔偿责任均以用户已支付的会员费为限。", "liability_exclusion", "leak", false, nil},
		{"因您自行向他人泄露账号密码造成的损失，由您自行承担；", "liability_exclusion", "leak", false, []string{"user_fault"}},
		{"因不可抗力导致服务中断的，我们将依法部分或全部免除责任，但仍会及时通知您。", "liability_exclusion", "general", false, []string{"force_majeure", "carve_back"}},
		{"我们对任何第三方收集、使用您个人信息的行为不承担任何责任。", "liability_exclusion", "third_party", false, []string{"third_party"}},
		{"尽管本政策中有其他免责规定，我们也会启动应急预案。", "!liability_exclusion", "", false, nil},
		{"因信息不实、冒用他人信息导致的一切法律责任，由本人自行承担。", "liability_exclusion", "general", false, nil},
	})
}

func TestFaceVerificationClaims(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"小区门禁系统仅支持刷脸通行。", "face_verification", "face", false, []string{"exclusive", "-alternative"}},
		{"本场馆会员一律通过人脸识别核验身份入场，不再提供会员卡入场方式。", "face_verification", "face", false, []string{"exclusive", "alternative"}},
		{"除人脸识别外，您也可以选择使用门禁卡或密码进入。", "face_verification", "face", false, []string{"alternative", "-exclusive"}},
		{"基于法律要求或实现功能所必须，我们可能会对面部识别特征进行本地处理以便登录。", "face_verification", "face", false, []string{"-exclusive"}},
		{"人脸识别并非唯一的验证方式。", "face_verification", "face", false, []string{"-exclusive"}},
	})
	c, _ := claimOf(t, "本场馆会员一律通过人脸识别核验身份入场，不再提供会员卡入场方式。", "face_verification")
	if !c.Attributes["alternative"].Negated {
		t.Errorf("withdrawn member card must be a denied alternative: %+v", c.Attributes["alternative"])
	}
}
