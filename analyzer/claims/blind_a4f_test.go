package claims_test

import "testing"

// a4Sixth: a sixth blind batch — separate consent and sharing consent in
// further wordings, and categories named by their documents (expectations
// written before the run).
var a4Sixth = []blindCase{
	{"安途保险隐私政策", "您的既往病史和家族遗传病史仅在您于投保页面单独点击“同意”后收集，这些信息是核保所必需的，若被不当使用可能影响您的就业和投保。", ""},
	{"安途保险隐私政策", "投保时您需如实告知被保险人的健康状况，包括是否患有高血压、糖尿病等疾病。", "CN"},
	{"安途保险隐私政策", "我们会将您的投保信息分享给再保险公司，以分散承保风险。", "H"},
	{"安途保险隐私政策", "向再保险公司提供您的投保信息前，我们会向您告知再保险公司的名称、联系方式及处理目的，并取得您的单独同意。", ""},
	{"云诊所隐私政策", "您上传的处方照片、检验单据将被保存在我们的服务器中，用于后续复诊参考。", "CN"},
	{"云诊所隐私政策", "我们可能会与提供药品配送的第三方药店交换您的处方信息。", "CH"},
	{"畅行地图隐私政策", "开启导航后，我们将在后台持续定位您的位置并记录您的出行路线。", "CN"},
	{"畅行地图隐私政策", "我们不会在后台持续定位您的位置，导航结束后即停止定位。", ""},
}

func init() {
	for i, reason := range map[int]string{
		5: "处方信息 is processed with no necessity stated, so sensitive-necessity-undisclosed fires too: the expectation is arguably incomplete",
	} {
		a4KnownMisses[a4Sixth[i].body] = reason
	}
}

// TestBlindA4Sixth lints the sixth a4 batch on its own.
func TestBlindA4Sixth(t *testing.T) {
	t.Parallel()
	checkBlind(t, "blind a4f", "a4f-", a4Rules, a4Sixth, knownBy(a4KnownMisses, byBody))
}
