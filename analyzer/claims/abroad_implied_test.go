package claims

import "testing"

// TestImpliedTransferAbroad: a server, team or recipient in another country
// moves the information abroad without the word 境外.
func TestImpliedTransferAbroad(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们会将您的设备信息发送至位于德国的数据中心进行分析。", typ: "transfer_abroad", attrs: []string{"destination"}},
		{text: "您的照片会被上传至我们在爱尔兰的服务器。", typ: "transfer_abroad"},
		{text: "您的个人信息可能会被传输到您所在司法辖区以外的地方进行存储。", typ: "transfer_abroad"},
		{text: "为提供加速服务，我们会将您的访问日志传输至美国的合作方处理。", typ: "transfer_abroad"},
		// near misses
		{text: "我们不会将您的个人信息传输至韩国或其他国家。", typ: "transfer_abroad", negated: true},
		{text: "您可以在境外旅游时使用本应用查询汇率。", typ: "!transfer_abroad"},
	})
}

// TestOtherJurisdiction: recipients outside the person's jurisdiction.
func TestOtherJurisdiction(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们可能与服务供应商分享您的个人信息（他们可能并非位于您所在的法域）。", typ: "transfer_abroad"},
		{text: "接收方可能位于其他法域，我们会向其提供您的订单信息。", typ: "transfer_abroad"},
		{text: "我们会存储您的证件信息，包括但不限于身份证、台湾居民来往大陆通行证。", typ: "!transfer_abroad"},
	})
}
