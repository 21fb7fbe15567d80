package claims

import "testing"

// TestPersonalisationOptout: an opt-out must turn personalisation off; a
// refusal to provide information is none.
func TestPersonalisationOptout(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们会基于您的兴趣偏好进行个性化推荐，如您拒绝提供位置信息，将无法获得附近推荐。", typ: "automated_decision", attrs: []string{"-optout"}},
		{text: "我们会形成用户画像用于广告推送，如您拒绝授权存储权限，将无法保存图片。", typ: "automated_decision", attrs: []string{"-optout"}},
		{text: "如您拒绝开启定位，我们将无法为您展示个性化内容。", typ: "automated_decision", attrs: []string{"-optout"}},
		{text: "我们会向您推送个性化内容，您可以在设置中关闭个性化推荐。", typ: "automated_decision", attrs: []string{"optout"}},
		{text: "我们会定向推送营销短信，您可以回复TD退订。", typ: "automated_decision", attrs: []string{"optout"}},
		{text: "我们同时提供不针对您个人特征的选项。", typ: "automated_decision", attrs: []string{"optout"}},
	})
}

// TestTailoredContent: content tailored to the person's traits is
// personalisation without the word 个性化.
func TestTailoredContent(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们会根据您的收听历史，为您推荐可能喜欢的播客。", typ: "automated_decision", kind: "recommendation"},
		{text: "我们会分析您的购买行为，以便向您推送优惠券。", typ: "automated_decision", kind: "recommendation"},
		{text: "首页内容千人千面，依据兴趣自动排序。", typ: "automated_decision", kind: "recommendation"},
		{text: "您可以在“设置-推荐管理”中关闭推荐。", typ: "automated_decision", attrs: []string{"optout"}},
		// near misses
		{text: "根据法律法规的要求，我们会向您展示本政策的更新。", typ: "!automated_decision"},
		{text: "我们会向您推荐本政策的简明版本。", typ: "!automated_decision"},
	})
}

// TestRelevantAdsAndRecommendations: ads relevant to the person and
// information used to recommend products are personalisation; 不限于 does
// not deny what follows.
func TestRelevantAdsAndRecommendations(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{text: "我们可能使用您的信息，向您展示与您更加相关的广告。", typ: "automated_decision", kind: "recommendation"},
		{text: "您授权我们将您的浏览信息用于向您推荐商品。", typ: "automated_decision", kind: "recommendation"},
		{text: "用途包括但不限于基于兴趣标签进行用户画像。", typ: "automated_decision", kind: "profiling"},
		{text: "我们不会对您进行用户画像。", typ: "automated_decision", kind: "profiling", negated: true},
	})
}
