package analyzer_test

func init() { formDocs = append(formDocs, formDocsN...) }

// formDocsN: a thirteenth batch of longer documents — a loan platform's
// registration agreement, a face-payment consent, a health insurer's
// notice-and-authorisation and an employer's monitoring rules
// (expectations written before the run).
var formDocsN = []unseenDoc{
	{"loan-registration", `# 易借通用户注册协议

**重要提示：请您在注册前仔细阅读本协议。您点击“注册”即视为您已阅读并同意本协议全部条款。如您不同意本协议的任何内容，请勿注册。**

一、用户信息

1. 您注册时须提供手机号码、身份证号码及银行卡信息，用于实名认证及放款。

2. 您同意本平台有权调取并保存您的通讯录、通话记录及手机位置信息，用于评估您的信用状况。

3. 您不可撤销地授权本平台将您的上述信息提供给本平台合作的金融机构及催收机构。

二、免责

1. 因黑客攻击、系统故障等原因导致您的个人信息泄露的，本平台不承担任何责任。

2. 您逾期还款的，本平台有权在网站上公布您的姓名、身份证号码及逾期信息。

三、协议变更

本平台有权随时修改本协议，修改后的协议一经公布即生效，您继续使用本平台服务的，视为您接受修改后的协议。`,
		[]string{"consent-deemed", "consent-bundled", "grant-irrevocable", "sharing-consent-missing", "sensitive-consent-missing",
			"liability-exclusion", "public-disclosure-consent-missing", "policy-change-unilateral"}},

	{"face-pay-consent-good", `# 刷脸支付开通授权书

您开通刷脸支付前，请仔细阅读本授权书。

1. 开通刷脸支付后，我们会采集您的人脸图像并提取人脸特征值，仅用于支付时核验您的身份。人脸信息属于敏感个人信息，我们仅在您单独同意后处理。

2. 您仍可以使用支付密码完成支付，不开通刷脸支付不影响您使用其他支付方式。

3. 人脸特征值加密存储，您关闭刷脸支付后我们将在七日内删除。

4. 我们不会向第三方提供您的人脸信息。您可以随时在“支付设置”中关闭刷脸支付以撤回本授权。

□ 我已阅读并单独同意《刷脸支付开通授权书》`, nil},

	{"insurer-notice-auth", `# 个人信息处理告知及授权书

安泰健康保险股份有限公司（以下简称“本公司”）将按照以下方式处理您的个人信息：

一、本公司收集投保人及被保险人的姓名、身份证号码、联系方式及健康状况信息，用于核保、理赔及客户服务。

二、为完成再保险安排，本公司可能将被保险人的健康信息提供给境外再保险公司。

三、本公司将在保险合同终止后五年内保存上述信息，期满后删除。

本人已阅读上述告知内容，同意贵公司按上述方式处理本人及被保险人的个人信息。

投保人签名：          日期：`, []string{"cross-border-consent-missing", "sharing-consent-missing"}},

	{"employee-monitoring", `# 员工办公设备使用及监控规定

1. 公司有权通过监控软件记录员工在公司电脑上的全部操作，包括屏幕截图、聊天记录及网页浏览记录。

2. 员工入职即视为同意本规定的全部内容。

3. 监控记录由公司永久保存，员工不得要求删除。

4. 公司有权根据管理需要随时修改本规定，修改后在公司内网公布即生效。`,
		[]string{"consent-deemed", "retention-unlimited", "deletion-restricted", "policy-change-unilateral"}},
}
