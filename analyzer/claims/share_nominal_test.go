package claims

import "testing"

func TestShareNominalUses(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"关于第三方SDK的详细情况，请见本政策附件“第三方共享信息清单”。", "!share", "", false, nil},
		{"我们会审慎评估第三方使用共享信息的目的，并对其安全能力进行评估。", "!share", "", false, nil},
		{"即合作方使用我们的服务时提交的有关您的共享信息。", "!share", "", false, nil},
		{"我们会对对外提供信息的行为开展个人信息保护影响评估。", "!share", "", false, nil},
		{"我们会要求与之共享个人信息的第三方遵守保密义务并采取安全措施。", "!share", "", false, nil},
		{"为实现下列目的，我们与第三方共享信息的场景如下：", "!share", "", false, nil},
		{"我们会与合作伙伴共享信息，以便其向您寄送商品。", "share", "third_party", false, []string{"verb"}},
		{"我们会将您的昵称共享给合作伙伴，用于活动排名。", "share", "third_party", false, []string{"verb"}},
	})
}

func TestShareAfterConsentIsConditional(t *testing.T) {
	t.Parallel()
	c, ok := claimOf(t, "获得您的明确同意后，我们会与其他方共享您的个人信息。", "share")
	if !ok || !c.Conditional {
		t.Fatalf("share after consent: found %v, conditional %v", ok, c.Conditional)
	}
	if _, ok := c.Attributes["consent"]; !ok {
		t.Errorf("consent cue missing: %v", c.Attributes)
	}
	c, ok = claimOf(t, "我们会与其他方共享您的个人信息。", "share")
	if !ok || c.Conditional {
		t.Fatalf("plain share: found %v, conditional %v", ok, c.Conditional)
	}
}

func TestConsentForNewPurpose(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"如要改变个人信息的处理目的，接收方将另行征得您的授权同意。", "consent", "separate", false, []string{"purpose_change"}},
		{"在这种情况下，我们会告知您接收方的名称并征求您的单独同意。", "consent", "separate", false, []string{"-purpose_change"}},
	})
}

func TestAbroadCommonPractice(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"按照我国法律法规以及其他国家、地区的通行做法，我们保障您对自己的个人信息行使以下权利，并及时处理您的请求。", "!transfer_abroad", "", false, nil},
		{"我们可能需要将您的个人信息传输至其他国家或地区的服务器进行处理。", "transfer_abroad", "", false, []string{"destination"}},
	})
}

func TestShareListAndPaymentWording(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"本应用第三方信息共享具体情况请见《第三方信息共享清单》。", "!share", "", false, nil},
		{"我们需要将您的手机号码与订单号与这些支付机构共享以完成下单支付功能。", "share", "third_party", false, []string{"necessity"}},
		{"为保障交易安全，我们会将您的订单支付信息提供给支付服务的合作商。", "share", "third_party", false, []string{"purpose"}},
	})
}

func TestShareMoreWording(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"相关法律明确了我们收集、使用、对外提供个人信息的原则。", "!share", "", false, nil},
		{"为帮助您领取联名会员权益，我们会将您的手机号码提供给开展联名服务的合作商。", "share", "third_party", false, []string{"purpose"}},
	})
	c, ok := claimOf(t, "在经过您的授权同意后，您的个人信息可能会与我们的关联公司共享。", "share")
	if !ok || !c.Conditional {
		t.Errorf("share after consent: found %v, conditional %v", ok, c.Conditional)
	}
}

func TestAbroadAfterConsentIsConditional(t *testing.T) {
	t.Parallel()
	c, ok := claimOf(t, "在获得您的授权同意后，您的个人信息可能会被转移到境外的服务器进行处理。", "transfer_abroad")
	if !ok || !c.Conditional {
		t.Errorf("transfer after consent: found %v, conditional %v", ok, c.Conditional)
	}
}

func TestShareInListOfActs(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"我们将按照本政策收集、存储、使用及对外提供您的信息。", "!share", "", false, nil},
		{"如果我们违反约定收集、使用、与他人共享或转让您的个人信息，您可以要求删除。", "!share", "", false, nil},
		{"个人信息对外提供、转让或公开披露的主要对象发生变化时，我们会通知您。", "!share", "", false, nil},
		{"本清单介绍您的个人信息共享及接入的第三方SDK的情况。", "!share", "", false, nil},
		{"我们会将您的订单信息对外提供给物流合作伙伴，用于配送。", "share", "third_party", false, []string{"verb"}},
	})
}
