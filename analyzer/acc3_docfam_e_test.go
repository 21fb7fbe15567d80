package analyzer_test

func init() { docFamCases = append(docFamCases, docFamE...) }

// docFamE: a second blind batch on the classes fixed after the first run,
// in new wording (expectations written before the run).
var docFamE = []docFamCase{
	{"security-measures-undisclosed", "我们一贯重视数据安全，会尽最大努力防止信息遭到未经授权的访问。", true},
	{"security-measures-undisclosed", "请您理解，由于技术水平局限，即便我们竭尽所能，也无法始终保证信息百分之百的安全。", true},
	{"security-measures-undisclosed", "我们会对员工进行数据安全意识培训，并与接触个人信息的人员签署保密协议。", false},
	{"security-measures-undisclosed", "个人信息在传输和存储时均经过加密处理。", false},
	{"retention-undisclosed", "您的信息会存储在我们的云服务器上，存储期间我们将严格保密。", true},
	{"retention-undisclosed", "超过保存期限的信息，我们会及时予以删除。", true},
	{"retention-undisclosed", "保存期限为自您最后一次登录之日起两年。", false},
	{"retention-undisclosed", "您的反馈记录在处理完毕后保留90天。", false},
	{"withdrawal-undisclosed", "您可随时取消对我们的授权。", true},
	{"withdrawal-undisclosed", "对于基于您同意而进行的处理，您可以撤回该同意。", true},
	{"withdrawal-undisclosed", "若您希望撤回授权，可在“我的—隐私设置—授权管理”中操作。", false},
	{"withdrawal-undisclosed", "您可致电客服热线 400-800-1234 撤回您的同意。", false},
	{"purpose-undisclosed", "为了向您提供更优质的服务，我们将收集您的手机号码和设备信息。", true},
	{"purpose-undisclosed", "我们会收集您的姓名、手机号码，用于提供相关服务。", true},
	{"purpose-undisclosed", "使用目的：身份验证和订单通知。收集的信息：手机号码。", false},
	{"purpose-undisclosed", "| 功能 | 信息 | 用途 |\n| 登录 | 手机号码 | 发送验证码 |\n| 同步 | 阅读记录 | 多设备同步书架 |", false},
	{"cross-border-consent-missing", "您的账号数据将由我们位于美国的关联公司进行处理。", true},
	{"cross-border-consent-missing", "您的个人信息可能会被传输到您所在的国家和地区之外的地方进行存储。", true},
	{"cross-border-consent-missing", "我们在世界各地设有数据中心，您的信息可能在其中任何一处存储。", true},
	{"cross-border-consent-missing", "我们的用户遍布世界各地，欢迎您与全球各地的朋友分享您的作品。", false},
	{"automated-decision-optout-missing", "我们会结合您的浏览偏好，为您推送可能感兴趣的资讯，该推送无法关闭。", true},
	{"automated-decision-optout-missing", "系统会通过自动化决策对您的借款申请作出审批结果。", true},
	{"automated-decision-optout-missing", "我们会向您发送个性化营销短信；如您不希望收到，可回复“TD”退订。", false},
	{"minor-guardian-consent-missing", "本产品的用户包括儿童，我们会收集儿童的昵称用于展示。", true},
	{"minor-guardian-consent-missing", "若您不满十四周岁，您也可以自行注册账号。", true},
	{"minor-guardian-consent-missing", "若您未满十四周岁，请在征得父母同意后再使用本服务。", false},
	{"rights-undisclosed", "您对自己的个人信息享有查阅、更正和删除的权利。", true},
	{"rights-undisclosed", "监护人可通过“我的—孩子管理”查阅、修改、删除孩子的个人信息。", false},
	{"rights-undisclosed", "行使权利的方式：\n（一）查询：登录后进入“个人中心”；\n（二）更正：在“编辑资料”中修改；\n（三）删除：在“设置—清除数据”中操作。", false},
}
