package claims

import "testing"

func TestRefusalOfBasicFunction(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"我们收集您的IP地址是为了让您连接我们的服务器，如您拒绝提供，则将无法使用我们的服务。", "consent", "refusal", false, []string{"necessary"}},
		{"我们使用cookies记住您的登录状态，如您在浏览器中拒绝cookies，将无法登录账号。", "consent", "refusal", false, []string{"necessary"}},
		{"如您拒绝我们收集您的任何个人信息，我们将无法向您提供本应用的任何功能。", "consent", "refusal", false, []string{"necessary"}},
		{"如您拒绝提供有效身份证件，将无法办理入网手续。", "consent", "refusal", false, []string{"legal_duty"}},
		{"若您不同意我们收集您的通讯录及位置信息用于个性化推荐，您将无法注册和使用本应用的任何功能。", "consent", "refusal", false, []string{"-necessary", "whole_service"}},
	})
}
