package analyzer_test

func init() { unseenDocs = append(unseenDocs, unseenDocsD...) }

// unseenDocsD: a third blind batch on retention, security, contact and
// personalisation wording (expectations written before the run).
var unseenDocsD = []unseenDoc{
	{"retention-law-term", `# 百川票务隐私政策

百川票务系百川文旅科技（南昌）有限公司（以下称“本公司”）所运营之平台，联络方式：电话 0791-8888-1234。

一、本公司收集您的姓名、身份证号码和手机号码，用于实名购票及入场核验。
二、购票记录依《电子商务法》之规定，自交易完成之日起保存不少于三年。
三、本公司已部署入侵检测及数据防泄漏系统，并对敏感字段加密存储。
四、您可于“我的—账户资料”查阅、更正、删除个人信息，或致电客服撤回授权。`, nil},

	{"no-retention-statement", `# 知了问答隐私政策

知了问答由知了知识服务（长春）有限公司运营，邮箱 zhiliao@zhiliao.example。

1. 我们收集您的昵称、提问内容和回答内容，用于在社区中展示。
2. 我们采用HTTPS加密传输和分级访问控制保护您的数据。
3. 您可以在“我的—设置—个人资料”中查阅、更正、删除您的信息，或在该页面撤回授权。`,
		[]string{"retention-undisclosed"}},

	{"no-security-statement", `# 云杉打卡隐私政策

云杉打卡由云杉管理软件（兰州）有限公司开发，联系电话 0931-6666-7777。

1. 我们收集员工的姓名、工号和打卡时间，用于考勤统计。
2. 考勤记录保存两年，期满后删除。
3. 您可以通过企业管理员或致电上述电话查阅、更正、删除考勤记录，并可申请撤回同意。`,
		[]string{"security-measures-undisclosed"}},

	{"contact-address-only", `# 松涛物业隐私政策

本政策由松涛物业服务（太原）有限公司制定。

一、我们收集业主的姓名、房号和联系电话，用于物业缴费通知。
二、上述信息在物业服务合同终止后一年内删除。
三、我们对业主信息实行专人管理并加密存储。
四、业主可持身份证件到物业服务中心查阅、更正、删除个人信息，或撤回同意。
五、联系地址：太原市小店区示例街9号松涛物业服务中心。`, nil},

	{"contact-name-no-channel", `# 星河日记隐私政策

本应用的运营者为星河软件（贵阳）有限公司。

一、我们收集您的日记内容，用于云端同步。
二、日记内容在您删除后三十日内从服务器清除。
三、我们对日记内容进行端到端加密。
四、您可以在“设置—账户”中查阅、更正、删除日记内容，或撤回同意。`,
		// Known miss (blind expectation: controller-contact-missing): 日记内容
		// is user content no category names, so the notice is not seen to
		// process personal information and no disclosure rule applies.
		nil},

	{"push-tags-no-switch", `# 花间电商隐私政策

花间电商由花间网络科技（温州）有限公司运营，邮箱 huajian@huajian.example。

1. 我们收集您的浏览记录和购买记录，用于订单管理。
2. 我们会基于上述记录为您打上兴趣标签，并据此向您精准推送商品和优惠活动。
3. 上述记录保存一年。
4. 我们采用加密和访问控制措施保护数据。
5. 您可以在“我的—设置”中查阅、更正、删除个人信息，或撤回同意。`,
		[]string{"automated-decision-optout-missing"}},

	{"push-refuse-by-reply", `# 暖阳保险隐私政策

暖阳保险经纪（南宁）有限公司（以下简称“本公司”）联系电话 0771-5555-6666。

1. 本公司收集您的投保信息，用于出具保单。
2. 本公司可能根据您的投保记录向您推荐适合的保险产品；您可回复“TD”退订推荐短信，或在“我的—消息设置”中关闭个性化推荐。
3. 投保信息在保险合同终止后保存五年。
4. 本公司对投保信息进行加密存储。
5. 您可以致电客服查阅、更正、删除个人信息，或撤回同意。`, nil},
}
