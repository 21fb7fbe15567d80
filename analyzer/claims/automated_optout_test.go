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
