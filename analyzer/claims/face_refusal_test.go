package claims

import "testing"

// TestFaceRefusalBlocksLogin: a face check named 面部 (面部特征, 面部信息),
// run by the processor or a third-party SDK, whose refusal or failure ends
// the verification or the login, is the only way in; another way offered,
// a refusal of other information and a promise not to collect stay silent.
func TestFaceRefusalBlocksLogin(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "face_verification", faceReported, `
		+当系统判断账号存在风险时，我们将调用第三方认证SDK采集您的面部特征进行比对。如您拒绝，将无法完成身份验证，从而暂时无法登录。
		+为确认本人操作，平台会通过第三方服务商识别您的面部信息。您如不同意进行该识别，则不能完成核验，账号将暂时无法登录。
		+账号异常时，您必须验证面部特征才能继续登录。
		+若面部识别未通过，您将无法进入游戏，直至验证成功。
		+若您拒绝进行面部识别，将无法完成实名认证。
		+为核实是否本人操作，我们会通过合作方的SDK采集您的脸部特征，未通过检测的账号将被限制登录。
		我们会采集您的面部特征用于美颜，您可以随时关闭该功能，关闭后不会限制登录。
		系统可能调用面部识别核验身份。如您拒绝面部识别，我们不会因此限制您登录。
		面部识别为敏感个人信息，您可以拒绝提供，拒绝后您仍可通过短信验证码登录。
		我们不会采集或存储您的面部特征信息。
		我们会收集您的面部信息用于美颜特效。如您拒绝提供手机号码，将无法登录账号。
		如您拒绝提供面部信息，您仍可以使用账号密码登录。
		您需进行实名注册才能使用本服务，我们会收集您的姓名、身份证号码及面部特征，以完成身份认证。
		为完成实名认证，我们会收集生物识别信息（如面部特征）、唯一设备标识符及手机号码。
	`)
}
