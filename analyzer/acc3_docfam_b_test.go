package analyzer_test

func init() { docFamCases = append(docFamCases, docFamB...) }

// docFamB: purposes, rights, withdrawal and deletion (expectations written
// before the run).
var docFamB = []docFamCase{
	// purpose-undisclosed: collection with no purpose, or a generic one
	{"purpose-undisclosed", "在您使用本服务的过程中，我们会收集您的手机号码、设备信息和阅读记录。", true},
	{"purpose-undisclosed", "我们收集的个人信息包括：（一）手机号码；（二）设备型号、操作系统版本；（三）阅读记录。", true},
	{"purpose-undisclosed", "您注册时需要提供手机号码和昵称，我们会保存上述信息。", true},
	{"purpose-undisclosed", "为更好地为您提供服务，我们会收集您的手机号码、阅读记录。", true},
	{"purpose-undisclosed", "我们可能收集和使用您的以下信息：手机号码、设备标识符、IP地址、阅读偏好。", true},
	{"purpose-undisclosed", "我们将依照法律法规的规定收集您的个人信息。", true},
	{"purpose-undisclosed", "我们会收集您在使用服务时主动提供或因使用服务而产生的信息，包括账号信息、日志信息等。", true},
	{"purpose-undisclosed", "出于业务需要，我们会收集您的手机号和浏览记录。", true},
	{"purpose-undisclosed", "我们会自动获取您的设备信息和网络日志。", true},
	{"purpose-undisclosed", "信息收集范围：手机号码、昵称、头像、阅读时长。", true},
	// a purpose tied to the collection
	{"purpose-undisclosed", "我们收集您的手机号码，以便为您注册账号并发送登录验证码。", false},
	{"purpose-undisclosed", "为了同步您在不同设备上的书架，我们会收集您的阅读记录。", false},
	{"purpose-undisclosed", "收集目的：账号注册。收集信息：手机号码。", false},
	{"purpose-undisclosed", "您的设备信息将被用于识别异常登录，保障账号安全。", false},
	{"purpose-undisclosed", "我们处理您的阅读记录的目的是保存您的阅读进度。", false},
	{"purpose-undisclosed", "手机号码：用于注册登录及找回密码；阅读记录：用于云端同步阅读进度。", false},
	{"purpose-undisclosed", "当您申请退款时，我们需要收集您的退款账户名称，以便将款项原路退回。", false},
	{"purpose-undisclosed", "基于向您提供阅读服务的目的，我们会收集您的手机号码作为账号标识，并收集阅读记录以便保存您的阅读进度。", false},

	// rights-undisclosed: rights named with no way to exercise them
	{"rights-undisclosed", "您依法享有查阅、复制、更正、删除您的个人信息的权利。", true},
	{"rights-undisclosed", "我们尊重您对个人信息享有的各项权利。", true},
	{"rights-undisclosed", "您有权要求我们更正不准确的个人信息。", true},
	{"rights-undisclosed", "根据《个人信息保护法》，您对您的个人信息享有知情权、决定权、查阅复制权等权利。", true},
	{"rights-undisclosed", "我们将依照法律规定保障您行使个人信息权利。", true},
	{"rights-undisclosed", "在法律法规规定的情形下，您可以要求我们删除您的个人信息。", true},
	{"rights-undisclosed", "您享有删除个人信息的权利，但法律法规另有规定的除外。", true},
	{"rights-undisclosed", "您应确保提供的信息真实、准确、完整，如有变更请及时更新。", true},
	{"rights-undisclosed", "我们会在合理范围内响应您的请求。", true},
	{"rights-undisclosed", "您对本政策享有知情权。", true},
	// a way stated
	{"rights-undisclosed", "您可登录后进入“账户中心—个人资料”查阅和修改您的昵称、头像；如需删除阅读记录，可在“书架—管理”中操作。", false},
	{"rights-undisclosed", "如需查阅、复制、更正或删除个人信息，您可以发送邮件至 privacy@qinghe.example，我们将在15个工作日内答复。", false},
	{"rights-undisclosed", "您可以通过拨打客服电话400-800-1234，申请查询、更正或删除您的个人信息。", false},
	{"rights-undisclosed", "行使权利的方式：（1）查阅：设置—个人信息；（2）更正：设置—编辑资料；（3）删除：设置—清除数据。", false},
	{"rights-undisclosed", "您可在App“我的—设置—账号与安全—注销账号”中提交注销申请，注销后我们将删除您的个人信息；您也可通过“个人信息导出”功能获取副本。", false},
	{"rights-undisclosed", "如需行使查阅、更正、删除等权利，请按照本政策“联系我们”部分所列方式与我们联系。", false},
	{"rights-undisclosed", "您可以向我们的在线客服提出查阅、复制您个人信息的请求，我们验证您的身份后予以处理。", false},
	{"rights-undisclosed", "您在本应用中可直接编辑或删除您发布的书评；查阅账号信息请前往“我的—账号资料”。", false},

	// withdrawal-undisclosed: a right to withdraw with no way
	{"withdrawal-undisclosed", "您可以撤回您的同意。", true},
	{"withdrawal-undisclosed", "您有权撤回对本政策的授权同意。", true},
	{"withdrawal-undisclosed", "基于同意处理的个人信息，您有权撤回同意，撤回不影响撤回前已进行的处理活动。", true},
	{"withdrawal-undisclosed", "您可以随时撤回授权，但撤回后我们将无法继续为您提供相应服务。", true},
	{"withdrawal-undisclosed", "我们尊重您撤回同意的权利。", true},
	{"withdrawal-undisclosed", "撤回同意的，我们将不再处理相应的个人信息。", true},
	{"withdrawal-undisclosed", "您享有法律规定的其他权利。", true},
	{"withdrawal-undisclosed", "您撤回同意后，我们将在法律规定的期限内停止处理。", true},
	{"withdrawal-undisclosed", "您可依法撤回对我们处理个人信息的同意。", true},
	{"withdrawal-undisclosed", "如您希望撤回同意，请依照相关法律规定办理。", true},
	// a way stated
	{"withdrawal-undisclosed", "您可以在手机系统设置中关闭相机、位置等权限，以撤回对相应信息处理的授权。", false},
	{"withdrawal-undisclosed", "如需撤回同意，请发送邮件至 privacy@qinghe.example，我们将在15日内处理。", false},
	{"withdrawal-undisclosed", "您可以通过注销账号的方式撤回对本政策的全部同意。", false},
	{"withdrawal-undisclosed", "撤回方式：进入“我的—设置—隐私设置”，关闭对应开关即可。", false},
	{"withdrawal-undisclosed", "您可拨打客服电话400-800-1234撤回您此前作出的授权。", false},
	{"withdrawal-undisclosed", "您可以通过“设置—隐私—授权管理”撤销对个性化推荐等功能的授权。", false},
	{"withdrawal-undisclosed", "对于营销短信，您可以回复“TD”退订，以撤回接收营销信息的同意。", false},
	{"withdrawal-undisclosed", "如您想收回已授予的权限，可在设备的“设置—应用—权限”中进行更改。", false},

	// deletion-restricted
	{"deletion-restricted", "您的评论一经发布，不可删除。", true},
	{"deletion-restricted", "账号注销后，我们仍会保留您的全部个人信息，且不予删除。", true},
	{"deletion-restricted", "删除个人信息须向本公司支付数据处理费。", true},
	{"deletion-restricted", "本平台不提供删除个人信息的功能。", true},
	{"deletion-restricted", "您上传的照片将保存在服务器中，您无法自行删除。", true},
	{"deletion-restricted", "用户无权要求本公司删除已收集的信息。", true},
	{"deletion-restricted", "已提交的实名认证资料不支持删除或修改。", true},
	{"deletion-restricted", "您申请删除个人信息的，本公司有权拒绝且无需说明理由。", true},
	{"deletion-restricted", "除非您注销账号，否则我们不会删除您的任何信息。", true},
	{"deletion-restricted", "在服务期间内，您不得要求删除您的交易记录。", true},
	// near misses
	{"deletion-restricted", "您可以随时删除您的阅读记录。", false},
	{"deletion-restricted", "法律法规规定的保存期限未届满的，我们将停止除存储和采取必要安全保护措施之外的处理。", false},
	{"deletion-restricted", "我们不会在您提出删除请求后继续使用您的信息。", false},
	{"deletion-restricted", "当您从本服务中删除信息后，我们可能不会立即从备份系统中删除相应信息，但会在备份更新时删除。", false},
	{"deletion-restricted", "删除个人信息无需支付任何费用。", false},
	{"deletion-restricted", "如删除在技术上难以实现，我们将停止除存储和必要安全保护措施外的处理。", false},
	{"deletion-restricted", "您删除账号后，我们将在15日内删除您的个人信息或进行匿名化处理。", false},
	{"deletion-restricted", "我们不会拒绝您合理的删除请求。", false},
}
