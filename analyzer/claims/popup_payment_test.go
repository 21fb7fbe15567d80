package claims

import "testing"

func TestPermissionPopupIsSeparateConsent(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"首次使用附近门店功能时，我们会通过系统弹窗申请定位权限。", "consent", "separate", false, []string{"cue"}},
		{"调用相机前，我们会向您弹窗询问是否允许。", "consent", "separate", false, []string{"cue"}},
		{"我们会通过弹窗的方式征求您的授权后再开启麦克风。", "consent", "separate", false, []string{"cue"}},
		{"本政策更新后，我们会通过弹窗提示您查看新的内容。", "!consent", "", false, nil},
		{"我们不会以弹窗形式推送广告。", "!consent", "", false, nil},
	})
}

func TestPaymentBrandIsNamedRecipient(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"我们会将您的订单支付信息通过支付SDK与支付宝公司共享，以完成支付。", "share", "third_party", false, []string{"recipient_named", "necessity"}},
		{"我们会将您的订单支付信息与财付通支付科技有限公司共享。", "share", "third_party", false, []string{"recipient_named"}},
		{"我们会将您的订单支付信息与合作的支付公司共享。", "share", "third_party", false, []string{"-recipient_named"}},
	})
}
