package claims

import "testing"

func TestCollectDenialAndUserAccess(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		// The processor denies collecting: the claim carries the denial.
		{"我们仅接收验证结果，并不收集您的指纹信息。", "collect", "", true, []string{"denial"}},
		{"支付时我们只获得验证的结果，而不会直接收集您的面容信息。", "collect", "", true, []string{"denial"}},
		{"我们会采集您的人脸图像用于实名认证。", "collect", "", false, []string{"-denial"}},
		// Stored on the person's own device only.
		{"您开启快捷登录后，我们会调用的指纹信息存储在您的手机操作系统本地。", "collect", "", true, nil},
		// The person looks at their own records: not a collection.
		{"您可以通过访问“我的-钱包”，查看您的银行卡绑定记录。", "!collect", "", false, nil},
		{"我们会查询您的银行卡信息以完成绑卡。", "collect", "", false, nil},
	})
}

func TestCollectLegalBasis(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"开通电子账户时，依据法律法规及监管要求，我们会收集您的身份证件和人脸图像，用于核验您的身份。", "collect", "", false, []string{"legal_duty"}},
		{"为实现业务功能或根据法律法规要求，我们可能会收集您的人脸图像。", "collect", "", false, []string{"-legal_duty"}},
		{"依照法律法规规定，或为满足其他业务需要，我们可能需要您提供人脸信息。", "collect", "", false, []string{"-legal_duty"}},
		{"我们会收集您的人脸图像，仅用于实名认证及法律法规规定的用途。", "collect", "", false, []string{"-legal_duty"}},
	})
}

func TestSecurityStatementIsNotCollection(t *testing.T) {
	t.Parallel()
	checkCases(t, []sharingCase{
		{"传输和存储您的银行卡号、人脸图像等敏感个人信息时，我们将采用加密、权限控制等安全措施。", "!collect", "", false, nil},
		{"在获得您的同意后，我们将使用加密技术收集、传输、存储您的人脸图像。", "collect", "", false, nil},
	})
}
