package claims

import "testing"

// The sentences below are written for these tests: each cue family in
// several verbs and orders, and near misses that must stay silent.

func TestDeemedFamilies(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"您一旦安装并打开本软件，则表明您接受我们按本政策处理您的信息。",
		"用户完成注册的，默认为用户已阅读并认可本隐私声明。",
		"凡通过本平台下单购物的，均视为已知悉并同意本政策的各项约定。",
		"您的登录、浏览等使用行为将视为您同意我们收集相关设备信息。",
		"访问本网站即代表您同意我们使用Cookie记录您的浏览偏好。",
		"您使用或继续使用本应用的，都表示您理解并同意本指引的全部内容。",
		"您提交报名信息的，即意味着您授权我们将其用于活动通知。",
		"如您主动上传您的病历资料，即表示您同意我们为问诊目的处理这些信息。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); !ok || !has(c, "passive") {
			t.Errorf("%s: got %+v, want passive deemed consent", text, c)
		}
	}
	for _, text := range []string{
		"您点击“同意”按钮即表示您同意本政策。",
		"当您主动开启通知权限后，即表示您授权我们向您推送消息。",
		"您授权同意提供您的身份证号码，即表示您同意我们将其用于实名认证。",
		"在结合使用期间，这类设备标识将被视为个人信息。",
		"我们不会将您继续使用服务视为您同意新的处理目的。",
		"如您不同意本政策，请勿使用本服务。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); ok && has(c, "passive") {
			t.Errorf("%s: passive deemed consent %+v", text, c)
		}
	}
}

func TestBundledDocuments(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"您同意本协议即视为您同时同意我们发布的其他相关规则。",
		"用户接受本服务协议的，视为同时接受《隐私政策》。",
		"您接受任何一项其他平台规则的，亦视为您接受本协议。",
	} {
		if _, ok := kindOf(t, text, "consent", "bundled"); !ok {
			t.Errorf("%s: no bundled consent", text)
		}
	}
	for _, text := range []string{
		"您同意本协议并不意味着您同意我们向第三方分享您的信息。",
		"点击同意即表示您同意本协议。",
		"其他规则与本协议不一致的，以本协议为准。",
	} {
		if c, ok := kindOf(t, text, "consent", "bundled"); ok {
			t.Errorf("%s: bundled consent %+v", text, c)
		}
	}
}

// allOrNothing reports whether text holds a refusal or requirement that
// costs the whole service, not scoped, not necessary, not required by law
// (a guardian's refusal).
func allOrNothing(t *testing.T, text string) (Claim, bool) {
	t.Helper()
	c, ok := kindOf(t, text, "consent", "refusal")
	return c, ok && has(c, "whole_service") && !has(c, "function_only") && !has(c, "necessary") && !has(c, "legal_duty")
}

func TestAllOrNothingAcceptance(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"只有在您同意全部条款后，方可注册成为本平台用户。",
		"如您对本协议的任何内容有异议，请立即停止注册和使用。",
		"除非您接受本政策的全部内容，否则您将无法使用我们的产品。",
		"若不同意本隐私政策，将可能导致您的产品与/或服务无法正常运行。",
		"您必须完整接受本协议所有条款，方能开通账户。",
		"您只有完全接受注册规则，才能成为会员并使用相应服务。",
	} {
		if c, ok := allOrNothing(t, text); !ok {
			t.Errorf("%s: got %+v, want an all-or-nothing refusal", text, c)
		}
	}
	c, ok := allOrNothing(t, "如您不同意我们将您的浏览记录用于个性化推荐和广告营销，您将无法使用本应用。")
	if !ok || !has(c, "optional") {
		t.Errorf("optional processing as a condition: got %+v", c)
	}
	for _, text := range []string{
		"如您拒绝提供收货地址，将无法完成配送，但不影响您使用其他功能。",
		"手机号码是注册所必需的信息，如您不提供，将无法注册。",
		"如您不同意本政策的更新，可以停止使用我们的服务。",
		"只有授权人员才能访问您的个人信息。",
		"如您拒绝开启相机权限，您将无法使用扫码功能，其他功能不受影响。",
		"如您拒绝授权，我们将可能无法提供需实名认证后方可使用的服务。",
		"如您拒绝提供这些信息，您将无法使用部分产品或服务。",
		"如您的监护人不同意您按照本政策使用我们的服务，请您立即终止使用并通知我们。",
		"如您不同意接收营销短信，请勿勾选此项。",
		"如您不同意本政策，我们不会因此拒绝为您提供服务。",
		"如您不同意本政策中的个性化推荐条款，您仍可以使用本应用的全部功能。",
	} {
		if c, ok := allOrNothing(t, text); ok {
			t.Errorf("%s: all-or-nothing refusal %+v", text, c)
		}
	}
}

func TestPolicyChangeFamilies(t *testing.T) {
	t.Parallel()
	cases := []struct{ text, attr string }{
		{"我们有权根据运营需要随时对本政策进行调整。", "at_will"},
		{"本公司保留修订本用户协议的权利。", "at_will"},
		{"平台对本协议享有单方修改权。", "at_will"},
		{"修改后的协议一经在网站公布即生效，恕不另行通知。", "no_notice"},
		{"我们可以变更本条款而无须事先告知用户。", "no_notice"},
		{"本指引的修订无需征得您的同意。", "no_notice"},
		{"更新后的政策会公布在本网站上，请您定期查看。", "posted_only"},
		{"我们会在官网发布修订后的协议，修订后的协议自发布之时立即生效。", "posted_only"},
		{"本隐私政策的最新版本将张贴于此页面，建议您经常浏览。", "posted_only"},
		{"您同意本政策及其不时修订的版本。", "advance_consent"},
		{"您在此同意遵守我们今后发布或修改的各项规则。", "advance_consent"},
		{"注册即表示您接受本协议（含后续更新版本）。", "advance_consent"},
		{"协议变更后，您继续登录使用的，视为您接受变更后的协议。", "deemed_acceptance"},
		{"如您在本政策修订后仍继续使用本产品，则表明您认可此类修改。", "deemed_acceptance"},
		{"若您继续使用我们的服务，即表示您同意受经修订的本政策约束。", "deemed_acceptance"},
		{"若涉及重大变更，我们会以弹窗等显著的方式通知您。", "notice"},
	}
	for _, c := range cases {
		got := claimsOf(t, c.text, "policy_change")
		if len(got) != 1 || !has(got[0], c.attr) {
			t.Errorf("%s: got %+v, want attribute %s", c.text, got, c.attr)
		}
	}
	unilateral := []string{"at_will", "no_notice", "posted_only", "advance_consent", "deemed_acceptance"}
	for _, text := range []string{
		"本政策更新时，我们会通过弹窗通知并重新征得您的同意。",
		"我们可能会调整服务内容和功能，恕不另行通知。",
		"您可以随时修改您的个人资料和隐私设置。",
		"您可以通过设置页面自行决定是否变更您对本政策的授权。",
		"我们不会在未通知您的情况下修改本政策。",
		"我们将根据国家政策不时调整会员权益。",
		"我们在所有权结构、组织架构等方面发生重大变化。",
		"如您不同意本政策的修改，您可以停止使用本服务。",
		"您继续使用本服务即视为您同意本政策的全部条款。",
		"如用户不接受软件的升级和修改，请停止使用，否则视为用户同意软件的修改。",
	} {
		for _, c := range claimsOf(t, text, "policy_change") {
			for _, a := range unilateral {
				if has(c, a) {
					t.Errorf("%s: unilateral change (%s) %+v", text, a, c)
				}
			}
		}
	}
}

func TestAdvanceConsentStaysDeemedConsent(t *testing.T) {
	t.Parallel()
	text := "您使用或继续使用我们服务的行为，都表示您同意本政策（包括更新版本）的全部内容。"
	if c, ok := kindOf(t, text, "consent", "deemed"); !ok || !has(c, "passive") {
		t.Errorf("deemed consent: got %+v", c)
	}
	got := claimsOf(t, text, "policy_change")
	if len(got) != 1 || !has(got[0], "advance_consent") || has(got[0], "deemed_acceptance") {
		t.Errorf("advance consent, not acceptance of a change: got %+v", got)
	}
}

func TestMoreParaphrases(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"用户注册成功即视为已同意本协议全部条款。",
		"若您未在三日内提出反对意见，我们将认为您同意上述处理方式。",
		"您未明确拒绝的，默认为您同意接收上述服务通知。",
		"用户注册即默认同意本政策。",
		"您在收到通知后七日内未提出异议即视为同意我们继续处理。",
		"继续浏览本网站，表示您认可我们使用Cookie。",
		"您下载、安装、使用本软件即同意本政策。",
		"您使用本软件即构成对本政策的接受。",
		"您使用本服务，即为接受本隐私政策。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); !ok || !has(c, "passive") {
			t.Errorf("%s: got %+v, want passive deemed consent", text, c)
		}
	}
	for _, text := range []string{
		"如您不同意本协议的任何条款，请不要注册或使用本服务。",
		"您若不接受本协议，将不能注册或使用本平台服务。",
		"本协议是您使用本服务的前提，您必须同意本协议的全部内容方可使用。",
		"如果您拒绝本隐私政策，我们将无法继续为您提供服务。",
		"如您不认可本协议中的任一条款，您应当立即终止使用本服务。",
		"您需同意全部条款后才能享受本平台的服务。",
	} {
		if c, ok := allOrNothing(t, text); !ok {
			t.Errorf("%s: got %+v, want an all-or-nothing refusal", text, c)
		}
	}
	cases := []struct{ text, attr string }{
		{"本平台可根据需要对本协议进行修订，修订后的协议一经公布即代替原协议。", "posted_only"},
		{"我们可在任何时间修改本条款。", "at_will"},
		{"如本协议发生变更，我们将通过网站公告的方式予以公布，不再另行单独通知。", "no_notice"},
		{"我们可能会修改本政策而不会事先通知您。", "no_notice"},
		{"本隐私政策的解释权和修订权归我们所有。", "at_will"},
		{"我们会在本页面上发布对本政策所做的任何变更。", "posted_only"},
		{"您同意本协议，包括我们日后可能修订的版本。", "advance_consent"},
		{"您在此预先同意我们今后对本协议作出的任何修改。", "advance_consent"},
		{"本协议内容包括协议正文及平台将来可能发布的各类规则。", "advance_consent"},
		{"若本政策发生变更，我们会将最新版本上传至官网。", "posted_only"},
		{"修改后的协议公布后，您继续使用的，视为您已接受修改。", "deemed_acceptance"},
		{"您继续使用即视为同意新的隐私政策。", "deemed_acceptance"},
	}
	for _, c := range cases {
		got := claimsOf(t, c.text, "policy_change")
		if len(got) != 1 || !has(got[0], c.attr) {
			t.Errorf("%s: got %+v, want attribute %s", c.text, got, c.attr)
		}
	}
}

func TestReconsentInSameSentence(t *testing.T) {
	t.Parallel()
	text := "如你继续使用我们的服务，表示同意接受修订后的本政策，但涉及新的敏感信息时，我们会再次征求你的同意。"
	got := claimsOf(t, text, "policy_change")
	if len(got) != 1 || !has(got[0], "deemed_acceptance") || !has(got[0], "reconsent") {
		t.Errorf("deemed acceptance with a promise of fresh consent: got %+v", got)
	}
}

func TestObjectlessAndOrderVariants(t *testing.T) {
	t.Parallel()
	cases := []struct{ text, attr string }{
		{"我们保留随时修改的权利。", "at_will"},
		{"对于上述内容，本公司有权随时修改，恕不另行通知。", "no_notice"},
		{"本协议更新后，将在本APP上公示。", "posted_only"},
		{"请您定期查阅本政策。", "posted_only"},
	}
	for _, c := range cases {
		got := claimsOf(t, c.text, "policy_change")
		if len(got) != 1 || !has(got[0], c.attr) {
			t.Errorf("%s: got %+v, want attribute %s", c.text, got, c.attr)
		}
	}
	for _, text := range []string{
		"我们保留随时修改或中止服务的权利。",
		"您可以随时更改您的头像和昵称。",
	} {
		for _, c := range claimsOf(t, text, "policy_change") {
			if has(c, "at_will") {
				t.Errorf("%s: at will %+v", text, c)
			}
		}
	}
	for _, text := range []string{
		"在您同意本协议后方可使用本服务。",
		"只有在您接受本协议全部条款的前提下，我们才会为您提供服务。",
		"若您不同意本协议中所述任何条款或其后对协议条款的修改，您应立即停止使用本服务。",
		"如您不同意以上条款，请点击“不同意”并退出注册。",
		"如果您不同意，请不要使用本服务。",
		"在您同意并接受本协议全部条款之前，您无权使用本服务。",
		"本协议的所有条款您都必须接受，否则您无权注册、登录或使用本服务。",
		"如您不同意本协议的条款，我们有权拒绝您使用本服务。",
	} {
		if c, ok := allOrNothing(t, text); !ok {
			t.Errorf("%s: got %+v, want an all-or-nothing refusal", text, c)
		}
	}
	for _, text := range []string{
		"如您不同意我们对相应条款作出的修改，您应立即停止使用本服务。",
		"在您同意本政策后，我们才会收集您的位置信息。",
	} {
		if c, ok := allOrNothing(t, text); ok {
			t.Errorf("%s: all-or-nothing refusal %+v", text, c)
		}
	}
}

func TestClickOnAnotherButtonIsPassive(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"您点击“注册”按钮即视为您已同意本政策。",
		"用户点击登录，即表示同意我们按本政策处理其信息。",
		"点击下一步即代表您接受本指引。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); !ok || !has(c, "passive") {
			t.Errorf("%s: got %+v, want passive deemed consent", text, c)
		}
	}
	for _, text := range []string{
		"您点击“同意并继续”即表示您同意本政策。",
		"点击“我已阅读并同意”即视为您接受本政策。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); ok && has(c, "passive") {
			t.Errorf("%s: passive deemed consent %+v", text, c)
		}
	}
}

func TestBindingByUseAndPostingForms(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"您在本页面输入手机号码的行为，视为您同意本政策。",
		"您使用本服务即受本政策约束。",
		"您一经注册，本政策即对您具有法律约束力。",
		"您开始使用本服务的那一刻起，本政策即对您生效。",
		"您使用本服务的，我们将视您已同意本政策。",
		"您继续使用的，视为您已知晓本政策的内容。",
		"您在社区中发布任何个人信息，即表示您同意该等信息被其他用户查看。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); !ok || !has(c, "passive") {
			t.Errorf("%s: got %+v, want passive deemed consent", text, c)
		}
	}
	if c, ok := allOrNothing(t, "如不同意本政策，您将无法使用本应用的全部或部分功能。"); !ok {
		t.Errorf("全部或部分功能: got %+v", c)
	}
	for _, c := range []struct{ text, attr string }{
		{"本政策可能会不时更新，更新后的版本将在本应用内公布。", "posted_only"},
		{"我们会适时对本协议进行修订，修订内容将以网站公告形式发布。", "posted_only"},
		{"本政策如有更新，具体以本页面的最新版本为准。", "posted_only"},
	} {
		got := claimsOf(t, c.text, "policy_change")
		if len(got) != 1 || !has(got[0], c.attr) {
			t.Errorf("%s: got %+v, want attribute %s", c.text, got, c.attr)
		}
	}
}

func TestAnnouncementThatInformsIsNotPostingOnly(t *testing.T) {
	t.Parallel()
	for _, c := range claimsOf(t, "重大变更将通过网站公告告知。", "policy_change") {
		if has(c, "posted_only") {
			t.Errorf("an announcement that informs: %+v", c)
		}
	}
}

func TestIncorporatedPrivacyNotice(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"《星河隐私政策》是本协议不可分割的组成部分。",
		"本协议内容同时包括《隐私政策》及平台已经发布的各类规则。",
		"我们的隐私保护指引已并入本协议。",
	} {
		if _, ok := kindOf(t, text, "consent", "incorporation"); !ok {
			t.Errorf("%s: no incorporation", text)
		}
	}
	for _, text := range []string{
		"请在使用本应用前阅读我们的隐私政策。",
		"本协议包括账号注册、使用规范和违约责任等内容。",
	} {
		if c, ok := kindOf(t, text, "consent", "incorporation"); ok {
			t.Errorf("%s: incorporation %+v", text, c)
		}
	}
}

func TestLetterAndEffectiveDateForms(t *testing.T) {
	t.Parallel()
	if c, ok := allOrNothing(t, "本人不同意本授权书的，贵司有权拒绝为本人提供服务。"); !ok {
		t.Errorf("authorisation letter refused: got %+v", c)
	}
	for _, c := range []struct{ text, attr string }{
		{"我们可能在不通知您的情况下修改本协议。", "no_notice"},
		{"平台可根据实际需要不经通知即对本协议进行修改。", "no_notice"},
		{"修改后的协议自公布之日起生效。", "posted_only"},
		{"贵司有权根据业务需要修改本授权书内容，无需另行通知本人。", "no_notice"},
	} {
		got := claimsOf(t, c.text, "policy_change")
		if len(got) != 1 || !has(got[0], c.attr) {
			t.Errorf("%s: got %+v, want attribute %s", c.text, got, c.attr)
		}
	}
}

func TestDeemedCueSlotPerPattern(t *testing.T) {
	t.Parallel()
	if len(deemedCueSlot) != len(deemedPatterns) {
		t.Fatalf("%d cue slots for %d deemed patterns", len(deemedCueSlot), len(deemedPatterns))
	}
	for i, p := range deemedPatterns {
		if deemedCueSlot[i] > len(p.slots)-2 {
			t.Errorf("pattern %q: cue slot %d past the deeming verb", p.src, deemedCueSlot[i])
		}
	}
}

func TestAlternativeActsAndStartingAProcess(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"您向我们提交简历或在页面勾选同意，即表示您接受本政策。",
		"一旦您开始身份核验，即表示您同意本协议的全部内容。",
		"您在核验过程中所做的操作均视为您同意我们的核验方式。",
	} {
		if c, ok := kindOf(t, text, "consent", "deemed"); !ok || !has(c, "passive") {
			t.Errorf("%s: got %+v, want passive deemed consent", text, c)
		}
	}
	text := "您在使用本应用时可以选择是否授权，您开启相应权限即视为您授权我们访问该权限所涉信息。"
	if c, ok := kindOf(t, text, "consent", "deemed"); ok && has(c, "passive") {
		t.Errorf("%s: passive deemed consent %+v", text, c)
	}
	c, ok := allOrNothing(t, "若您不愿让我们对您的浏览数据进行大数据分析，可以卸载并停止本应用的使用。")
	if !ok || !has(c, "optional") {
		t.Errorf("optional processing or stop using: got %+v", c)
	}
	got := claimsOf(t, "我们会通过站内信等方式提醒您相关内容的变更。", "policy_change")
	if len(got) != 1 || !has(got[0], "notice") {
		t.Errorf("notice of changes: got %+v", got)
	}
	for _, text := range []string{
		"您还可以在设置中随时进行调整。",
		"我们会通知您新产品、促销及功能更新的信息。",
		"本政策于2023年5月1日更新，自发布之日起生效。",
	} {
		for _, c := range claimsOf(t, text, "policy_change") {
			if has(c, "at_will") || has(c, "notice") || has(c, "posted_only") {
				t.Errorf("%s: %+v", text, c)
			}
		}
	}
}
