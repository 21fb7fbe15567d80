package analyzer_test

func init() { formDocs = append(formDocs, formDocsH...) }

// formDocsH: a third batch of one-page forms and a short agreement
// (expectations written before the run).
var formDocsH = []unseenDoc{
	{"face-bank-sharing", `# 人脸识别身份验证知情同意书

尊敬的客户：为保障您的账户安全，在您通过手机银行办理大额转账时，本行将采集您的人脸图像，用于核验您的身份。

1. 人脸信息属于敏感个人信息，本行仅在您签署本同意书后采集，并仅用于本次身份核验。

2. 本人同意贵行将本人的人脸图像提供给第三方身份认证服务机构进行比对。

3. 比对完成后，本行仅保存比对结果，保存期限为五年。

4. 您也可以前往本行网点，通过柜面人工方式办理。

客户签名：          日期：`, []string{"sharing-consent-missing"}},

	{"kids-enrolment", `# 少儿英语培训报名表及个人信息授权

学员为四至十二周岁儿童，本表须由学员的父母或其他监护人填写并签字。

一、我们收集学员的姓名、年龄、就读学校及家长联系电话，用于排班和课程通知。

二、家长同意本机构在课堂中为学员拍摄照片和视频，并在本机构的公众号及宣传海报中展示。

三、学员资料在学员结课后一年内删除。

监护人签字：          联系电话：`, []string{"public-disclosure-consent-missing"}},

	{"motor-claim-auth", `# 机动车辆保险理赔授权书

致：安平财产保险股份有限公司

本人作为本次事故车辆的被保险人，为办理理赔，授权贵公司向公安机关交通管理部门调取本次事故的认定书及相关记录，并向本人车辆维修所在的修理厂核实维修项目。

本授权仅限于本次事故的理赔处理，自签署之日起至本次理赔结案之日止有效。

被保险人签字：          日期：`, nil},

	{"counselling-consent", `# 心理咨询知情同意书

一、咨询师将对咨询内容严格保密，但来访者有自伤、伤人危险或法律另有规定的情形除外。

二、为保证咨询质量，咨询记录将由本中心永久保存。

三、来访者可以随时终止咨询。

来访者签字：          咨询师签字：`, []string{"retention-unlimited"}},

	{"used-car-terms", `# 优车二手车平台用户协议

一、用户在本平台注册时须提供手机号码，用于登录和车辆交易联络。

二、用户一经注册即视为同意平台将其手机号码及购车意向提供给平台合作的车商。

三、平台不对合作车商泄露用户个人信息的行为承担任何责任。

四、平台有权随时修改本协议，且无需另行通知用户。`,
		[]string{"consent-deemed", "sharing-consent-missing", "liability-exclusion", "policy-change-unilateral"}},

	{"rental-face-auth", `# 租房平台实名认证授权书

为落实实名登记要求，平台将对房东和租客进行实名认证：

1. 实名认证仅支持人脸识别方式，暂不提供其他认证方式。

2. 本人授权平台采集本人的人脸图像及身份证信息用于实名认证，授权期限为永久。

授权人：          日期：`, []string{"face-sole-verification", "grant-unlimited-term"}},
}
