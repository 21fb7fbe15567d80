package claims_test

import "testing"

// a4Second: a second blind batch in new wording — weak collection verbs,
// flattened tables, necessity and impact worded in other ways, sharing in
// letters and agreements (expectations written before the run).
var a4Second = []blindCase{
	{"乐购隐私政策", "为完成支付，我们需要您的银行卡号、持卡人姓名及预留手机号。", "CN"},
	{"乐购隐私政策", "您在申请退款时，需上传包含病历或诊断证明的材料，以便我们核实情况。", "CN"},
	{"星途出行隐私政策", "出行服务：位置信息（精确）｜用于派车和计价｜必选", "CN"},
	{"悦享健身隐私政策", "当您佩戴智能手环时，本应用将同步您的心率、血氧及睡眠数据，并据此生成运动建议。", "CN"},
	{"掌上银行个人信息保护政策", "本行将调用您的设备指纹识别功能或采集您的人脸图像，以验证交易是否为您本人操作。", "CN"},
	{"某某证券隐私政策", "开立证券账户时，您应当提交身份证件、银行结算账户信息及风险测评结果。", "CN"},
	{"聆听电台隐私政策", "如您开启“声音克隆”功能，我们会分析您的录音并提取声纹特征，用于合成您的专属声音。", "CN"},
	{"寻找隐私政策", "我们会记录您的行程轨迹，并在紧急联系人功能中向您设置的紧急联系人展示。", "CN"},
	{"惠民医保隐私政策", "我们将收集您的就诊记录、处方信息，用于医保结算。处理上述信息是完成结算所必需的，处理不当可能导致您的健康信息被泄露而使您受到歧视。", "C"},
	{"智慧门禁隐私政策", "我们会在您录入人脸前，通过独立的授权页面请您确认同意采集面部图像。", "N"},
	// near misses
	{"乐购隐私政策", "我们不会存储您的银行卡号及支付密码，支付由持牌支付机构完成。", ""},
	{"星途出行隐私政策", "如需收集您的精确位置，我们将在使用该功能前另行征得您的单独同意，并向您说明其必要性及对您权益的影响。", ""},
	{"悦享健身隐私政策", "健康数据仅存储于您的手机本地，不会上传至我们的服务器。", ""},
	{"某某证券隐私政策", "您的银行账户信息是开立资金账户所必需的，属于敏感个人信息，一旦泄露可能导致财产损失；我们会在开户页面以单独勾选框征求您的同意。", ""},
	// sharing
	{"个人信息授权书", "本人同意贵司将本人的身份信息、联系方式提供给贵司的合作机构，用于产品推荐。", "H"},
	{"会员服务协议", "会员同意，本公司有权将会员资料提供给第三方，以便开展联合营销活动。", "H"},
	{"乐购隐私政策", "我们会向为我们提供技术支持的服务商提供您的设备信息和日志信息。", "H"},
	{"乐购隐私政策", "为保障交易安全，我们可能与其他电商平台共享您的账户风险信息。", "H"},
	{"悦享健身隐私政策", "（三）对外提供：我们会将您的运动数据对外提供给我们的保险合作方，以便其为您提供保险优惠。", "H"},
	{"惠民医保隐私政策", "您的参保信息将推送至定点医疗机构，用于就医时的身份核验。", "H"},
	{"乐购隐私政策", "我们在获得您的单独同意后，会将您的收货信息提供给第三方商家。", ""},
	{"乐购隐私政策", "我们仅会与受我们委托的支付服务商共享完成支付所必需的信息，并要求其按照我们的指示处理。", ""},
	{"乐购隐私政策", "您在评论区发布的内容，其他用户可以看到。", ""},
	{"乐购隐私政策", "在涉及国家安全、刑事侦查等法定情形下，我们可能依法向有关机关提供您的信息，无需征得您的同意。", ""},
}

func init() {
	for body, reason := range map[string]string{
		"为完成支付，我们需要您的银行卡号、持卡人姓名及预留手机号。":             "需要您的… is not yet a collection verb",
		"出行服务：位置信息（精确）｜用于派车和计价｜必选":                  "a table row with no verb, and 位置信息（精确） is not yet precise location",
		"当您佩戴智能手环时，本应用将同步您的心率、血氧及睡眠数据，并据此生成运动建议。":   "同步 is not yet a collection verb",
		"开立证券账户时，您应当提交身份证件、银行结算账户信息及风险测评结果。":        "银行结算账户 is not yet a financial account; 您应当提交 is the person's act",
		"如您开启“声音克隆”功能，我们会分析您的录音并提取声纹特征，用于合成您的专属声音。": "提取 is not yet a collection verb",
		"为保障交易安全，我们可能与其他电商平台共享您的账户风险信息。":            "其他电商平台 is not yet a recipient",
		"您的参保信息将推送至定点医疗机构，用于就医时的身份核验。":              "推送至 is not yet a provision verb and 医疗机构 not a recipient",
	} {
		a4KnownMisses[body] = reason
	}
}

// TestBlindA4Second lints the second a4 batch on its own.
func TestBlindA4Second(t *testing.T) {
	t.Parallel()
	wrong, tp, fn, fp := runBlind(t, "a4b-", a4Rules, a4Second)
	for _, m := range wrong {
		if reason, ok := a4KnownMisses[m.c.body]; ok {
			t.Logf("known miss (%s) %s | %s: missing %v, extra %v", reason, m.c.title, m.c.body, m.miss, m.extra)
			continue
		}
		t.Errorf("%s | %s: missing %v, extra %v", m.c.title, m.c.body, m.miss, m.extra)
	}
	r, p := float64(tp)/float64(max(tp+fn, 1)), float64(tp)/float64(max(tp+fp, 1))
	t.Logf("blind a4b: tp %d fn %d fp %d recall %.2f precision %.2f", tp, fn, fp, r, p)
}
