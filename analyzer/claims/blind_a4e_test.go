package claims_test

import "testing"

// a4Fifth: a fifth blind batch of short whole notices in mixed drafting
// styles (expectations written before the run).
var a4Fifth = []blindCase{
	{"好孕妈妈App个人信息保护指引", `【重要提示】本指引说明我们如何处理您的个人信息。
一、孕期记录：您可记录末次月经日期、孕周、产检结果及体重变化，我们将据此为您推送孕期知识。
二、社区：您发布的帖子将对其他用户可见。
三、合作：为向您提供母婴商品优惠，我们可能将您的预产期和收货地址提供给合作母婴品牌。`, "CNH"},
	{"驾考通隐私政策", `（一）实名注册：根据交通管理部门要求，报名时需上传身份证照片并进行人脸比对，比对结果仅用于确认本人参加培训。人脸信息属于敏感个人信息，是完成学时认证所必需的，如被泄露可能危害您的人身和财产安全。在人脸比对前，我们会通过单独页面征得您的同意。
（二）我们会将您的学时记录报送至驾驶培训监管平台，这是法律法规规定的义务。`, ""},
	{"速达外卖隐私政策", `1. 下单时，我们会收集您的收货地址、联系电话和精确位置，用于配送。
2. 您的收货地址、联系电话将提供给商家和骑手，用于完成配送。
3. 为计算配送时间，骑手端会实时上传骑手的行踪轨迹。`, "CNH"},
	{"金盾理财隐私政策", `本公司重视客户信息保护。
在您购买理财产品时，本公司将收集您的姓名、身份证号、银行账户、风险承受能力评估结果。
本公司承诺，未经您的书面同意，不会向任何第三方提供您的信息，但法律法规另有规定的除外。
上述信息为履行反洗钱和适当性管理义务所必需；其泄露可能使您遭受财产损失。我们将在开户页面以单独勾选的方式取得您对处理银行账户信息的同意。`, ""},
	{"智能门锁App隐私政策", `为了使用指纹开锁，您需要在门锁上录入指纹。指纹特征值仅加密存储于门锁本地芯片，不会上传至本App或我们的服务器。
我们会收集门锁的开锁记录（时间、方式），用于在App中向您展示。
我们不会与第三方共享您的开锁记录。`, ""},
	{"乐学少儿英语隐私政策", `本产品面向3至12岁儿童。
我们会收集孩子的姓名、年龄及课堂录音，用于课程安排和学习报告。
为了实现课堂直播，我们接入了第三方音视频SDK，其会收集设备信息和网络状态。`, "H"},
}

// TestBlindA4Fifth lints the fifth a4 batch on its own.
func TestBlindA4Fifth(t *testing.T) {
	t.Parallel()
	wrong, tp, fn, fp := runBlind(t, "a4e-", a4Rules, a4Fifth)
	for _, m := range wrong {
		if reason, ok := a4KnownMisses[m.c.body]; ok {
			t.Logf("known miss (%s) %s | %s: missing %v, extra %v", reason, m.c.title, m.c.body, m.miss, m.extra)
			continue
		}
		t.Errorf("%s | %s: missing %v, extra %v", m.c.title, m.c.body, m.miss, m.extra)
	}
	r, p := float64(tp)/float64(max(tp+fn, 1)), float64(tp)/float64(max(tp+fp, 1))
	t.Logf("blind a4e: tp %d fn %d fp %d recall %.2f precision %.2f", tp, fn, fp, r, p)
}
