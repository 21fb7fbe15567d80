package analyzer_test

func init() { formDocs = append(formDocs, formDocsL...) }

// formDocsL: a seventh batch — a gym membership form, a genetic-test
// consent with research sharing, and an insurance client notice with a
// deemed marketing consent (expectations written before the run).
var formDocsL = []unseenDoc{
	{"gym-form", `# 力健健身会员入会登记表及须知

一、入会时须登记姓名、手机号码，并采集面部照片。

二、会员进出场馆统一刷脸，本馆不办理实体会员卡，也不提供其他进场方式。

三、会员的面部照片仅用于进场核验。`,
		[]string{"face-sole-verification", "sensitive-consent-missing"}},

	{"genetic-research-sharing", `# 肿瘤基因检测知情同意书

检测机构：和瑞医学检验实验室

一、本检测通过采集受检者的肿瘤组织样本，检测与靶向用药相关的基因突变，用于为临床用药提供参考。

二、受检者同意本实验室将其检测数据及临床信息提供给本实验室的合作药企，用于新药研发。

三、剩余样本保存两年后销毁。

受检者签名：          日期：`, []string{"sharing-consent-missing"}},

	{"insurance-client-notice", `# 保险客户须知

一、本公司收集投保人和被保险人的姓名、身份证号码及联系方式，用于承保和保全服务。

二、投保人签署投保单即视为同意本公司将上述信息用于本公司及关联公司的产品营销。

三、本须知的修订以本公司官网最新公布的版本为准。`,
		[]string{"consent-deemed", "policy-change-unilateral", "sharing-consent-missing"}},
}
