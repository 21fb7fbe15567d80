package analyzer_test

func init() { formDocs = append(formDocs, formDocsK...) }

// formDocsK: a sixth batch — club rules, a merchant agreement and an online
// consultation consent (expectations written before the run).
var formDocsK = []unseenDoc{
	{"club-rules", `# 翠湖高尔夫俱乐部会员章程

第一条 申请入会者须填写入会申请表，提供姓名、工作单位及联系电话。

第二条 申请人缴纳会费即视为同意本章程的全部内容。

第三条 本俱乐部将在会员名录中公布会员的姓名、工作单位及联系电话，供全体会员查阅。

第四条 本俱乐部理事会有权随时修改本章程，修改后的章程自公布之日起生效。`,
		[]string{"consent-deemed", "public-disclosure-consent-missing", "policy-change-unilateral"}},

	{"merchant-agreement", `# 电商平台商家入驻协议

一、商家入驻时，其法定代表人须通过人脸识别完成身份认证，平台采集其人脸图像及身份证件信息，用于核实商家身份。

二、为完成结算，平台可将商家负责人的姓名、身份证号码及银行账户提供给支付机构。

三、商家应妥善保管其店铺账号。`,
		[]string{"sensitive-consent-missing", "sharing-consent-missing"}},

	{"online-consult-good", `# 在线问诊知情同意书

问诊服务由仁和互联网医院提供，客服电话 400-100-2000。

1. 为便于医生诊断，我们将收集您填写的症状、既往病史和上传的检查报告。健康信息属于敏感个人信息，我们仅在您勾选本同意书、单独同意后处理。

2. 问诊记录依法保存十五年，期满后删除。

3. 如需向药房提供您的处方以便配送药品，我们将另行征得您的单独同意，并告知药房名称和联系方式。

4. 您可以随时通过客服撤回本同意，撤回不影响撤回前已进行的问诊。`, nil},
}
