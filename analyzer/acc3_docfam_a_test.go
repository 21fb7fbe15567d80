package analyzer_test

func init() { docFamCases = append(docFamCases, docFamA...) }

// docFamA: retention, contact and security statements, and the vocabulary
// of each without the substance (expectations written before the run).
var docFamA = []docFamCase{
	// retention-undisclosed: no period anywhere
	{"retention-undisclosed", "我们会在法律法规规定的期限内保存您的个人信息。", true},
	{"retention-undisclosed", "您的个人信息将存储于中华人民共和国境内的服务器。", true},
	{"retention-undisclosed", "我们将按照相关法律法规的要求妥善保存您的信息。", true},
	{"retention-undisclosed", "对于您的个人信息，我们会采取措施防止其在保存期间被泄露。", true},
	{"retention-undisclosed", "我们会定期对存储的数据进行备份，以防数据丢失。", true},
	{"retention-undisclosed", "我们重视您的信息存储安全。", true},
	{"retention-undisclosed", "超出保存期限后，我们将对您的个人信息进行删除或匿名化处理。", true},
	{"retention-undisclosed", "如法律法规另有规定，我们将依法保存相关信息。", true},
	{"retention-undisclosed", "您的订单信息将被保存在我们的数据库中，以便您随时查询。", true},
	{"retention-undisclosed", "我们会按照《网络安全法》等法律的规定存储网络日志。", true},
	// a period stated
	{"retention-undisclosed", "您的阅读记录自产生之日起保留24个月，届满后自动清除。", false},
	{"retention-undisclosed", "账号信息的存储时长为您使用本服务的期间；注销后我们将在30日内删除。", false},
	{"retention-undisclosed", "我们保存您个人信息的期限为实现处理目的所必要的最短时间，具体而言：（一）账号信息：至您注销账号时止；（二）阅读记录：180天。", false},
	{"retention-undisclosed", "日志信息依法留存不少于六个月。", false},
	{"retention-undisclosed", "除法律另有规定外，我们仅在您的账户存续期间保存您的个人信息，账户注销后立即删除或匿名化。", false},
	{"retention-undisclosed", "存储期限：手机号码——账号存续期间；阅读记录——三年。", false},
	{"retention-undisclosed", "我们将在您停止使用本服务之日起满一年后删除您的全部个人信息。", false},
	{"retention-undisclosed", "交易记录按照《电子商务法》要求，自交易完成之日起保存三年。", false},

	// controller-contact-missing: no name, or no channel
	{"controller-contact-missing", "如您对本政策有任何疑问，可随时联系我们。", true},
	{"controller-contact-missing", "本政策由青禾阅读科技（合肥）有限公司制定。如您有疑问、意见或建议，欢迎与我们联系。", true},
	{"controller-contact-missing", "如有问题，请发送邮件至 privacy@qinghe.example。", true},
	{"controller-contact-missing", "本应用的运营者为青禾阅读科技（合肥）有限公司，您可以通过我们公布的联系方式与我们取得联系。", true},
	{"controller-contact-missing", "我们设立了个人信息保护专职部门，您可以联系我们的个人信息保护负责人。", true},
	{"controller-contact-missing", "如对本政策有任何疑问，请通过客服热线与我们联系。", true},
	{"controller-contact-missing", "如您认为我们的处理行为损害了您的合法权益，您可以向有关监管部门投诉。", true},
	{"controller-contact-missing", "本政策中的“我们”指青禾阅读及其关联公司。如有疑问请联系我们。", true},
	{"controller-contact-missing", "联系我们：详见官网。", true},
	{"controller-contact-missing", "我们的电子邮箱将在应用内公布，青禾阅读科技（合肥）有限公司保留解释权。", true},
	// both stated
	{"controller-contact-missing", "运营者：青禾阅读科技（合肥）有限公司；联系邮箱：service@qinghe.example。", false},
	{"controller-contact-missing", "您可致函合肥市蜀山区示例大道100号青禾阅读科技（合肥）有限公司法务部（邮编230000）。", false},
	{"controller-contact-missing", "青禾阅读科技（合肥）有限公司（以下称“青禾”）设有个人信息保护负责人，联系电话：0551-1234 5678。", false},
	{"controller-contact-missing", "本平台由青禾阅读科技（合肥）有限公司运营。如您对个人信息处理有任何疑问，可通过 help@qinghe.example 与我们联系。", false},
	{"controller-contact-missing", "我们是青禾阅读科技（合肥）有限公司，客服电话400 123 4567（工作日9:00-18:00）。", false},
	{"controller-contact-missing", "本政策所称“本公司”指青禾阅读科技（合肥）有限公司；如需联系本公司，请拨打客服热线95000。", false},
	{"controller-contact-missing", "您可以通过青禾阅读科技（合肥）有限公司官方网站 www.qinghe.example 上的在线客服与我们联系。", false},
	{"controller-contact-missing", "个人信息保护负责人邮箱：dpo@qinghe.example；公司名称：青禾阅读科技（合肥）有限公司。", false},

	// security-measures-undisclosed: nothing named
	{"security-measures-undisclosed", "我们采取了合理可行的措施保护您的个人信息。", true},
	{"security-measures-undisclosed", "我们高度重视个人信息安全，将尽力保护您的信息。", true},
	{"security-measures-undisclosed", "我们会按照行业标准保护您的个人信息安全。", true},
	{"security-measures-undisclosed", "请您妥善保管账号和密码，不要向他人透露。", true},
	{"security-measures-undisclosed", "互联网环境并非百分之百安全，我们将尽力确保您信息的安全性。", true},
	{"security-measures-undisclosed", "我们承诺保护您的隐私。", true},
	{"security-measures-undisclosed", "您的密码将由您自行设置并保管。", true},
	{"security-measures-undisclosed", "我们会采取一切必要手段保障数据安全。", true},
	{"security-measures-undisclosed", "我们将依法履行个人信息保护义务，保障您的信息安全。", true},
	{"security-measures-undisclosed", "为保障您的账号安全，我们会收集您的设备信息用于风险识别。", true},
	// measures named
	{"security-measures-undisclosed", "我们对您的个人信息实施去标识化处理，并将标识信息与其他信息分开存储。", false},
	{"security-measures-undisclosed", "传输过程中使用TLS协议加密，存储时采用AES-256加密。", false},
	{"security-measures-undisclosed", "我们仅允许经过授权的员工访问个人信息，并对访问行为进行日志记录和审计。", false},
	{"security-measures-undisclosed", "我们建立了数据安全管理制度，定期对员工进行安全培训，并制定了安全事件应急预案。", false},
	{"security-measures-undisclosed", "我们已通过国家网络安全等级保护三级测评。", false},
	{"security-measures-undisclosed", "为防止信息泄露、毁损，我们采用了防火墙、入侵检测和数据备份等技术手段。", false},
	{"security-measures-undisclosed", "我们采用多重身份鉴别、最小权限原则和敏感数据脱敏展示等措施保护您的信息。", false},
	{"security-measures-undisclosed", "我们对存储个人信息的数据库进行加密，并与业务系统隔离部署。", false},
}
