package claims

import "testing"

// TestServedByOrganisation: 产品名由某某公司开发/运营/提供 names the
// processor even when the product's own name opens the sentence.
func TestServedByOrganisation(t *testing.T) {
	t.Parallel()
	checkKinds(t, "contact", []kindCase{
		{"青禾日历由青禾软件（宁波）有限公司开发，邮箱 help@qinghe.example。", "controller", "name", "青禾软件（宁波）有限公司"},
		{"漫游地图由漫游信息技术有限公司运营并提供技术支持，客服电话400-100-2000。", "controller", "name", "漫游信息技术有限公司"},
		{"本声明由云岭数据服务股份有限公司负责解释，联系邮箱 dpo@yunling.example。", "controller", "name", "云岭数据服务股份有限公司"},
		{"石屏笔记由石屏网络科技集团出品。", "controller", "name", "石屏网络科技集团"},
		{"联系电话 0871-6123-4567", "controller", "phone", "0871-6123-4567"},
		{"如有疑问请致电 021-5123-6789。", "controller", "phone", "021-5123-6789"},
		// a company that does something else is not the processor
		{"支付服务由第三方支付机构提供，我们不会保存您的银行卡号。", "", "", ""},
		{"我们接入的推送服务由某某推送技术有限公司提供，其会收集您的设备标识。", "", "", ""},
	})
}

// TestUsageCategories: viewing, order and behaviour records are personal
// information, so collecting them is a collection.
func TestUsageCategories(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"我们收集您的观看记录和点赞记录，用于推荐视频。",
		"我们会记录您的订单信息，用于售后服务。",
		"为保障账户安全，我们会保存您的操作记录。",
		"我们收集您的阅读历史，用于同步书架。",
	} {
		if len(claimsOf(t, text, "collect")) == 0 {
			t.Errorf("no collect claim: %s", text)
		}
	}
	for _, text := range []string{
		"您可以在“我的—订单”中查看订单信息。",
		"我们不会收集您的播放记录。",
	} {
		for _, c := range claimsOf(t, text, "collect") {
			if !c.Negated {
				t.Errorf("unexpected collect claim: %s", text)
			}
		}
	}
}

// TestTailoredPush: personalised content for a person who is not 您
// (甲方, 客户, 会员) and 推送个性化/定制化的… without 个性化推荐.
func TestTailoredPush(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"乙方有权根据甲方的消费习惯，向甲方推送定制化的商品广告。",
		"本行将依据客户的交易记录，向客户推荐理财产品。",
		"我们会向您推送个性化的视频和资讯。",
		"平台将根据会员的浏览偏好展示定制化内容。",
		"我们可能向您展示个性化的广告。",
	} {
		if len(claimsOf(t, text, "automated_decision")) == 0 {
			t.Errorf("no automated_decision claim: %s", text)
		}
	}
	for _, text := range []string{
		"您可以自行设置个性化的头像和昵称。",
		"根据法律规定，我们需要核验您的身份。",
		"我们会向您推送订单物流状态。",
	} {
		if len(claimsOf(t, text, "automated_decision")) > 0 {
			t.Errorf("unexpected automated_decision claim: %s", text)
		}
	}
}

// TestUseOfPurpose: 据此/以此 followed by what is done states a purpose.
func TestUseOfPurpose(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"我们收集您的点赞记录，并据此分析您的兴趣偏好。",
		"我们收集您的心率数据，以此生成健康报告。",
		"我们读取您的身份证照片，借此核验您的身份。",
	} {
		if len(claimsOf(t, text, "purpose")) == 0 {
			t.Errorf("no purpose claim: %s", text)
		}
	}
	if len(claimsOf(t, "我们收集您的手机号码。", "purpose")) > 0 {
		t.Error("purpose without a purpose")
	}
}

// TestRetentionUntilEvent: 保存至账号注销 bounds retention; 保存至服务器 does not.
func TestRetentionUntilEvent(t *testing.T) {
	t.Parallel()
	checkKinds(t, "retention", []kindCase{
		{"其他信息保存至账号注销。", "bounded", "", ""},
		{"学习记录保留到您撤回授权。", "bounded", "", ""},
		{"您的账号信息将存储直至合同终止。", "bounded", "", ""},
		{"您的照片将保存至我们的服务器。", "", "", ""},
	})
}

// TestBareWithdrawalRight: withdrawal named only as a right, or allowed
// with no way to do it, is announced, not a way offered; with a channel or
// switch it is offered.
func TestBareWithdrawalRight(t *testing.T) {
	t.Parallel()
	checkKinds(t, "withdrawal", []kindCase{
		{"您享有查阅、更正、删除个人信息的权利，也有权撤回您的同意。", "announced", "", ""},
		{"您依法享有撤回授权、注销账号等权利。", "announced", "", ""},
		{"用户有权撤回其对本公司的授权。", "announced", "", ""},
		{"您有权通过客服热线撤回同意。", "offered", "", ""},
		{"您有权在“设置—隐私”中撤回授权。", "offered", "", ""},
		{"您可以随时撤回同意。", "announced", "", ""}, // no way given
		{"您可以随时在“设置—隐私”中撤回同意。", "offered", "", ""},
	})
}

// TestDutyBeforeTransfer: a duty performed before the transfer (在履行法律
// 规定的义务后) is a precondition; a transfer the law requires is a legal duty.
func TestDutyBeforeTransfer(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"以下情形下，我们会在履行法律规定的义务后，向可能的境外实体提供您的个人信息：": false,
		"在依法完成安全评估等程序后，我们可能将您的订单信息传输至境外合作方。":     false,
		"我们会在遵守法律法规要求之后，将您的账号信息提供给海外关联公司。":       false,
		"根据法律规定的义务，我们需要向境外监管机构提供您的交易信息。":         true,
		"如司法机关依法要求，我们可能将您的个人信息传输至境外。":            true,
		"在履行法律规定的义务后，我们将根据监管部门的要求向境外机构提供您的个人信息。": true,
	} {
		cs := claimsOf(t, text, "transfer_abroad")
		cs = append(cs, claimsOf(t, text, "share")...)
		if len(cs) == 0 {
			t.Errorf("no claim: %s", text)
			continue
		}
		if got := has(cs[0], "legal_duty"); got != want {
			t.Errorf("legal_duty = %v, want %v: %s", got, want, text)
		}
	}
}

// TestWithdrawalOnBreach: withdrawal offered only if the processor breaks
// the law or the agreement is no way to withdraw at will.
func TestWithdrawalOnBreach(t *testing.T) {
	t.Parallel()
	checkKinds(t, "withdrawal", []kindCase{
		{"若我们违反法律规定收集、使用您的个人信息，您可以撤回同意。", "on_breach", "", ""},
		{"如本公司超出约定范围使用您的信息，您有权通过客服撤回授权。", "on_breach", "", ""},
		{"一旦平台违反双方约定处理您的信息，您可以撤销授权。", "on_breach", "", ""},
		{"如您希望撤回同意，可在“设置—隐私”中关闭相应授权。", "offered", "", ""},
		{"如果您不再同意，可以通过客服热线撤回您的授权。", "offered", "", ""},
	})
}

// TestRightsLeadInWithPaths: a lead-in naming the rights is a procedure
// when its items give the paths.
func TestRightsLeadInWithPaths(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"您可通过以下途径查询、更正您的个人信息：\n\n1. 网页端【账号中心 - 个人资料】；\n2. 移动端【我 - 设置 - 个人信息】。": "procedure",
		"如需删除您的个人信息，您可以通过下列方式提出：\n\n- 发送邮件至 dpo@example.cn；\n- 拨打客服电话。":        "procedure",
		"您有权查阅、复制您的个人信息，方式如下：\n\n（一）登录“我的—隐私中心—信息导出”提交申请。":                     "procedure",
		"您享有以下权利：\n\n1. 查阅您的个人信息；\n2. 删除您的个人信息。":                               "",
	} {
		kind := ""
		for _, c := range claimsOf(t, text, "rights") {
			if c.Kind == "procedure" || kind == "" {
				kind = c.Kind
			}
		}
		if kind != want {
			t.Errorf("rights kind %q, want %q: %s", kind, want, text)
		}
	}
}

// TestChildActDeemsGuardianConsent: the child's own use or click standing
// for the guardian's consent is deemed guardian consent.
func TestChildActDeemsGuardianConsent(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"若您的孩子开始下载、使用我们的服务或提交个人信息，都表示您同意我们按照本政策处理您孩子的个人信息。": true,
		"儿童用户完成注册即视为其监护人已同意本规则。":                            true,
		"未成年人点击“同意”后，即表示其父母已授权我们收集相关信息。":                    true,
		"您的孩子使用本服务前，应当取得您的同意。":                              false,
		"如您是儿童的监护人，请您仔细阅读本规则并决定是否同意。":                       false,
	} {
		got := false
		for _, c := range claimsOf(t, text, "minor") {
			if has(c, "deemed_guardian") || has(c, "child_act") {
				got = true
			}
		}
		if got != want {
			t.Errorf("deemed_guardian = %v, want %v: %s", got, want, text)
		}
	}
}

// TestShareUnderSharingHeading: 共享您的个人信息 under a heading about sharing
// provides to third parties even without naming them.
func TestShareUnderSharingHeading(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"## 三、共享\n\n我们在遵守合法、正当、必要原则的前提下共享您的个人信息。":       true,
		"## 对外提供\n\n我们会基于合法、正当、必要的原则共享您的个人数据。":          true,
		"## 如何共享您的信息\n\n目前，我们在以下情形中需要共享您的个人信息：":         true,
		"## 三、共享\n\n我们不会共享您的个人信息。":                      false,
		"## 三、我们如何使用信息\n\n我们在遵守合法、正当、必要原则的前提下共享您的个人信息。": false,
		"## 三、共享\n\n我们制定了《第三方信息共享清单》向您介绍共享及接入SDK的情况。":   false,
	} {
		got := false
		for _, c := range claimsOf(t, text, "share") {
			if !c.Negated {
				got = true
			}
		}
		if got != want {
			t.Errorf("share = %v, want %v: %s", got, want, text)
		}
	}
}

// TestDefinitionIsNoImpactStatement: defining sensitive information explains
// nothing about this processing; an impact statement about it does.
func TestDefinitionIsNoImpactStatement(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"个人敏感信息是指一旦泄露、非法提供或滥用可能危害人身和财产安全的个人信息。":     false,
		"1.7 敏感个人信息：指一旦泄露或者非法使用，容易导致人格尊严受到侵害的个人信息。": false,
		"本政策所称的敏感个人信息，指的是一旦泄露可能危害人身安全的信息，包括人脸信息。":   false,
		"人脸信息属于敏感个人信息，一旦泄露可能危害您的财产安全，是完成实名认证所必需的。":  true,
		"处理您的银行卡号是完成支付所必需的，如泄露可能导致资金损失。":            true,
	} {
		got := len(claimsOf(t, text, "necessity")) > 0
		if got != want {
			t.Errorf("necessity claim = %v, want %v: %s", got, want, text)
		}
	}
}

// TestRightsOfOtherPersons: 业主/会员/客户 may exercise rights too, and going
// in person with an ID to a service desk is a procedure.
func TestRightsOfOtherPersons(t *testing.T) {
	t.Parallel()
	checkKinds(t, "rights", []kindCase{
		{"业主可持身份证件到物业服务中心查阅、更正、删除个人信息。", "procedure", "", ""},
		{"会员可至前台申请查询、更正会员资料。", "procedure", "", ""},
		{"客户可以携带有效证件到营业网点查询、更正本人信息。", "procedure", "", ""},
		{"持卡人有权查阅、更正其个人信息。", "declared", "", ""},
		{"员工应当妥善保管客户资料，不得擅自删除。", "", "", ""},
	})
}
