package analyzer_test

func init() { formDocs = append(formDocs, formDocsG...) }

// formDocsG: a second batch of forms — clinical research, genetic test
// abroad, employee processing, an insurance mini-programme notice, an
// internet-hospital agreement and an online credit letter (expectations
// written before the run).
var formDocsG = []unseenDoc{
	{"clinical-consent-good", `# 临床研究知情同意书

研究名称：某新药二期临床试验
研究单位：东湖大学附属医院，伦理委员会联系电话 027-8766-1234

一、研究目的：评估试验药物对高血压患者的疗效和安全性。

二、我们将收集您的病史、检查结果和用药记录，仅用于本研究。您的资料将以编码代替姓名保存，研究结束后保存五年，期满销毁。

三、您的参与完全自愿，您可以随时退出研究，退出不会影响您获得常规治疗；退出后我们不再收集您的新资料。

四、本研究不会向研究团队以外的任何机构提供可识别您身份的资料。

受试者签名：          日期：
研究者签名：          日期：`, nil},

	{"genetic-abroad", `# 遗传病基因检测知情同意书

检测机构：华衍医学检验所

1. 本检测将采集受检者外周血样本，用于检测与遗传性心肌病相关的基因变异。

2. 因部分检测项目需由合作实验室完成，受检者的血液样本及相关临床信息可能寄送至本所位于美国的合作实验室进行测序分析。

3. 检测数据将在报告出具后保存十年，期满后删除。

4. 受检者可随时联系本所撤回本同意。

受检者签名：          日期：`, []string{"cross-border-consent-missing"}},

	{"employee-processing", `# 员工个人信息处理告知及同意书

为履行劳动合同及加强内部管理，公司需处理员工的下列个人信息，员工签署本同意书即表示同意以下全部内容：

一、入职时收集员工的身份证件、学历证书、银行账号及紧急联系人信息，用于办理入职、发放工资。

二、公司办公区域实行刷脸考勤，员工须通过人脸识别打卡，不设其他打卡方式。

三、公司可将员工的个人信息提供给集团内关联公司及公司合作的人力资源服务机构。

四、员工的考勤及人事档案由公司永久保存。

员工签名：          日期：`, []string{"face-sole-verification", "sharing-consent-missing", "retention-unlimited", "sensitive-consent-missing"}},

	{"insurance-miniapp-notice", `# 安心保小程序隐私政策（简版）

安心保小程序由安心保险经纪有限公司运营，客服电话 400-123-4567。

1. 投保时，我们会收集投保人和被保险人的姓名、身份证号码、手机号码及健康告知信息，用于核保和出具保单。

2. 理赔时，我们会收集被保险人的病历资料和银行卡号，用于理赔审核和支付理赔款。

3. 我们会将上述信息提供给承保的保险公司，用于核保和理赔。

更多内容请查看完整版隐私政策。`,
		[]string{"sensitive-consent-missing", "sensitive-necessity-undisclosed", "sharing-consent-missing",
			"retention-undisclosed", "rights-undisclosed", "withdrawal-undisclosed", "security-measures-undisclosed"}},

	{"internet-hospital-terms", `# 康途互联网医院用户服务协议

一、用户在本平台注册或进行问诊，即视为已阅读并同意本协议及《隐私政策》的全部内容。

二、用户问诊时须如实提供病史、过敏史等健康信息，用于医生诊断。

三、平台可将用户的问诊记录经医生审核后，在平台“健康问答”栏目中公开展示，供其他用户参考。

四、因医生或合作药房的原因导致的用户信息泄露，平台不承担任何责任。

五、本平台有权随时修改本协议，修改后的协议一经在平台公布即生效。`,
		[]string{"consent-deemed", "public-disclosure-consent-missing", "liability-exclusion", "policy-change-unilateral",
			"sensitive-consent-missing"}},

	{"credit-letter-online", `# 个人信用信息查询及报送授权书

致：鼎盛消费金融有限公司（以下简称“贵司”）

本人因向贵司申请消费贷款，特此授权贵司：

（一）向中国人民银行金融信用信息基础数据库查询本人的信用报告，用于审核本人的贷款申请及贷后管理；

（二）向上述数据库报送本人的贷款信息及还款记录。

本授权有效期自本人在线签署之日起至本人在贵司的贷款全部结清之日止。本人可在贷款申请提交前撤回本授权。

授权人：            日期：`, nil},
}
