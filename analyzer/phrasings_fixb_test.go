package analyzer_test

import (
	"fmt"
	"strings"
	"testing"
)

// fixbPhrasings are clauses written for the second blind capp130 round's
// miss classes (continued use binding a change, refusing the notice scoped
// to "the corresponding service", face checks named 面部): each wrapped by
// phrasingDoc and compared on its line for the rules in fixbRules.
var fixbPhrasings = []consentPhrasing{
	// policy-change-unilateral: continued use makes a change bind the
	// person, even where consent is offered as an alternative.
	{"您在本政策修订后继续使用我们服务的，修订后的政策将适用于您。", "policy-change-unilateral", false},
	{"如您选择继续访问本平台，更新后的隐私政策将对您生效。", "policy-change-unilateral", false},
	{"在征得您的同意或您继续使用本应用的情况下，变更后的政策对您具有约束力。", "policy-change-unilateral", false},
	{"若您在新版本发布后仍然使用本服务，调整后的条款将适用于你。", "policy-change-unilateral", false},
	// near misses
	{"修改后的政策须在取得您的同意后方对您适用。", "", false},
	{"本政策适用于您使用我们的全部服务，您继续使用时可随时查阅。", "", false},
	{"您继续使用本服务不会被视为同意，修改后的政策不会因此适用于您。", "", false},
	{"如您在变更后继续使用本服务，我们会再次弹窗征求您的同意，经您同意后修改后的政策方适用于您。", "", false},

	// face-sole-verification: the check named 面部, run by an SDK, refusal
	// ending the login in the next sentence of the paragraph.
	{"账号被判定为异常时，第三方认证SDK将读取您的面部特征以核对身份。如您拒绝，将无法进行身份认证，暂时无法登录。", "face-sole-verification", false},
	{"若面部识别未通过，您将无法进入直播间。", "face-sole-verification", false},
	// near misses
	{"您可以拒绝提供面部信息，拒绝后仍可通过短信验证码登录。", "", false},
	{"我们承诺不会自行采集或存储您的任何面部特征信息。", "", false},

	// consent-bundled: refusing the notice as a whole costs "the
	// corresponding service"; a refusal whose consequence follows from a
	// function that can no longer run is necessity, not bundling.
	{"如您拒绝接受本《隐私政策》，您将无法使用相应的服务。", "consent-bundled:warning", false},
	{"若您不同意本指引及各产品的补充条款，您将不能使用对应的服务。", "consent-bundled:warning", false},
	{"您如果不接受本政策，则无法享受相关服务。", "consent-bundled:warning", false},
	{"用户若不认可本声明，将无法使用相关功能。", "consent-bundled:warning", false},
	{"若您不同意本协议，平台将无法为您提供相应服务。", "consent-bundled:warning", false},
	{"如您不同意本政策，您将因无法完成注册而不能使用我们的服务。", "consent-bundled:warning", false},
	{"如您拒绝我们将信息用于个性化广告，将因无法完成画像而无法使用本应用。", "consent-bundled:error", false},
	// near misses
	{"如您不同意本政策中关于位置信息的条款，您将无法使用相应功能。", "", false},
	{"如您不同意本政策收集您的位置信息，将无法使用相关功能。", "", false},
	{"如您不同意授予位置权限，您将无法使用相应的服务。", "", false},
	{"如您不同意本补充协议，并不会影响您使用账号，但我们将无法为您提供上述同步服务。", "", false},
	{"如您不同意我们调用相机权限，您可能因无法拍摄文档而不能正常使用我们的服务。", "", false},
	{"若您拒绝授予存储权限，由于无法读取本地文件，您将无法使用本应用。", "", false},
	{"如不授权麦克风权限，会因为无法录音而无法使用语音转写服务。", "", false},
}

// fixbRules are the rules fixbPhrasings pin.
var fixbRules = map[string]bool{"policy-change-unilateral": true, "consent-bundled": true,
	"face-sole-verification": true}

// TestFixbPhrasings lints each phrasing and compares the findings of
// fixbRules on its line.
func TestFixbPhrasings(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t)
	for i, p := range fixbPhrasings {
		got := phrasingFindings(t, a, fmt.Sprintf("fixb-%d.md", i), p, fixbRules)
		if strings.Join(got, ",") != p.want {
			t.Errorf("%s\n got: %v\nwant: %q", p.text, got, p.want)
		}
	}
}
