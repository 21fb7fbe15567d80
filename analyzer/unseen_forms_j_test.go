package analyzer_test

func init() { formDocs = append(formDocs, formDocsJ...) }

// formDocsJ: a fifth batch — an underwriting authorisation with a lead-in,
// a short mini-programme privacy notice, a fingerprint attendance consent,
// a portrait licence and a ride-hailing driver agreement (expectations
// written before the run).
var formDocsJ = []unseenDoc{
	{"underwriting-leadin", `# 健康险核保授权及声明

鉴于本人向贵公司投保健康保险，本人不可撤销地授权贵公司进行以下事项：

（一）向本人就诊过的医疗机构查询、复印本人的病历资料；

（二）将本人的投保资料及健康信息提供给贵公司合作的再保险公司，用于分保。

本授权书的复印件与原件具有同等效力。

授权人：          日期：`, []string{"grant-irrevocable", "sharing-consent-missing"}},

	{"miniapp-notice-gaps", `# 悦跑会员小程序个人信息保护政策

本小程序由悦跑体育文化有限公司运营，联系邮箱 privacy@yuepao.example。

一、我们收集您的手机号码，用于注册登录；在您开启跑步记录功能后，我们会持续收集您的精确定位信息（GPS），用于绘制跑步轨迹。

二、我们采用加密传输和访问控制措施保护您的个人信息。

三、我们不会向第三方提供您的个人信息。`,
		[]string{"retention-undisclosed", "rights-undisclosed", "withdrawal-undisclosed", "sensitive-consent-missing",
			"sensitive-necessity-undisclosed"}},

	{"fingerprint-attendance-good", `# 员工指纹考勤知情同意书

公司拟启用指纹考勤。指纹属于敏感个人信息，公司仅在取得员工的单独书面同意后采集。

1. 不同意采集指纹的员工，可以使用工卡打卡，不影响其考勤和待遇。

2. 指纹模板仅存储于考勤机本地，不上传至服务器，员工离职时立即删除。

3. 公司不向任何第三方提供员工的指纹信息。

员工签名：          日期：`, nil},

	{"portrait-licence", `# 主播肖像使用授权书

本人授权贵司在全球范围内永久使用本人的肖像、姓名及声音，用于贵司产品的宣传推广，并可转授权给贵司合作的品牌方使用。

授权人：          日期：`, []string{"grant-unlimited-term", "grant-sublicensable", "sharing-consent-missing"}},

	{"driver-agreement", `# 网约车司机服务协议

一、司机注册时须上传驾驶证、行驶证及本人照片，用于资质审核。

二、司机每次出车前须完成人脸识别核验，未通过核验的，不得接单，平台不提供其他核验方式。

三、司机上线接单即视为同意平台在订单中向乘客展示其姓名、车牌号及照片。`,
		[]string{"face-sole-verification", "consent-deemed", "sensitive-consent-missing"}},
}
