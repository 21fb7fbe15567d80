package analyzer_test

func init() { unseenDocs = append(unseenDocs, unseenDocsFixb...) }

// unseenDocsFixb: payment cards as financial accounts, and a summary that
// points at "the ways listed in this notice" (expectations written before
// the run).
var unseenDocsFixb = []unseenDoc{
	{"payment-card-no-separate", `# 星河会员隐私政策

星河会员由星河网络科技（合肥）有限公司运营，联系邮箱 privacy@xinghe.example。

一、为开通自动续费，我们会收集您的支付卡信息（卡号后四位、有效期），用于按月扣取会员费。
二、支付卡信息在您关闭自动续费后30日内删除。
三、我们采用加密存储和访问控制保护您的信息。
四、您可以在“我的—设置—个人信息”中查阅、更正、删除个人信息，或在“设置—隐私—授权管理”中撤回同意。`,
		[]string{"sensitive-consent-missing", "sensitive-necessity-undisclosed"}},

	{"payment-card-separate", `# 星河会员隐私政策

星河会员由星河网络科技（合肥）有限公司运营，联系邮箱 privacy@xinghe.example。

一、为开通自动续费，我们会收集您的支付卡信息（卡号后四位、有效期），用于按月扣取会员费。开通前，我们会通过弹窗单独征得您的同意，并告知处理支付卡信息的必要性及对您个人权益的影响。
二、支付卡信息在您关闭自动续费后30日内删除。
三、我们采用加密存储和访问控制保护您的信息。
四、您可以在“我的—设置—个人信息”中查阅、更正、删除个人信息，或在“设置—隐私—授权管理”中撤回同意。`, nil},

	{"rights-pointer-only", `# 青柠记账隐私政策

青柠记账由青柠软件（昆明）有限公司开发，邮箱 support@qingning.example。

1. 我们收集您的账单备注和昵称，用于记账和多端同步。
2. 账单数据在您注销账号后15日内删除。
3. 我们采用传输加密和访问控制保护数据。
4. 您可以通过本政策所列途径查阅、更正、删除您的个人信息，也可以撤回同意。`,
		[]string{"rights-undisclosed", "withdrawal-undisclosed"}},

	{"rights-pointer-then-path", `# 青柠记账隐私政策

青柠记账由青柠软件（昆明）有限公司开发，邮箱 support@qingning.example。

1. 我们收集您的账单备注和昵称，用于记账和多端同步。
2. 账单数据在您注销账号后15日内删除。
3. 我们采用传输加密和访问控制保护数据。
4. 您可以通过本政策所列途径查阅、更正、删除您的个人信息，也可以撤回同意。
5. 具体途径：您可以在“我的—设置—账号与隐私”中查阅、更正、删除信息，或关闭相应授权以撤回同意。`, nil},

	{"sharing-own-terms-exception", `# 青竹阅读隐私政策

青竹阅读由青竹文化传媒（南宁）有限公司运营，邮箱 privacy@qingzhu.example。

1. 我们收集您的手机号码和阅读记录，用于登录和推荐书目。
2. 除本政策及《用户服务协议》约定的情形外，未经您同意，我们不会向第三方共享您的个人信息。部分功能由第三方服务商提供，具体见《第三方共享清单》。
3. 阅读记录在您注销账号后15日内删除。
4. 我们采用传输加密和访问控制保护数据。
5. 您可以在“我的—设置—隐私”中查阅、更正、删除信息或撤回授权。`,
		[]string{"sharing-consent-missing"}},

	{"sharing-law-exception-only", `# 青竹阅读隐私政策

青竹阅读由青竹文化传媒（南宁）有限公司运营，邮箱 privacy@qingzhu.example。

1. 我们收集您的手机号码和阅读记录，用于登录和推荐书目。
2. 除法律法规另有规定外，未经您的单独同意，我们不会向任何第三方共享您的个人信息。
3. 阅读记录在您注销账号后15日内删除。
4. 我们采用传输加密和访问控制保护数据。
5. 您可以在“我的—设置—隐私”中查阅、更正、删除信息或撤回授权。`, nil},
}
