package claims

// negators deny what follows them in the same clause.
var negators = map[string]bool{
	"不": true, "不可": true, "不会": true, "不得": true, "不能": true, "不可以": true, "不再": true,
	"绝不": true, "决不": true, "从不": true, "禁止": true, "严禁": true, "并非": true,
	"未": true, "没有": true, "无需": true, "无须": true, "不应": true, "不应当": true,
	"避免": true,
}

// grantVerbs mark a sentence that grants a right or licence.
var grantVerbs = []string{"授权", "授予", "许可", "转授权", "同意", "委托", "享有"}

// Attribute cues of the Art. 11 triad.
var (
	irrevocableCues = []string{"不可撤销", "不可撤回", "不得撤销", "不得撤回", "无权撤销", "无权撤回",
		"不可撤消", "不能撤销", "不能撤回", "不可解除", "一经授权不得变更"}
	unlimitedCues = []string{"永久性", "永久", "无期限", "不限期限", "无限期", "终身", "永续",
		"长期有效", "最长期限", "不设期限", "没有期限"}
	sublicenseCues = []string{"转授权", "再授权", "再许可", "分许可", "转授予", "转许可",
		"可转让给任何第三方", "许可任何第三方", "授权给其指定的", "授权其指定的", "转让或转授权",
		"可转让、可再许可", "可转让的"}
)

// notUnlimited are words that, right after 永久, make it about deletion,
// cancellation or sanctions rather than the duration of a grant.
var notUnlimited = map[string]bool{
	"删除": true, "注销": true, "停止": true, "封禁": true, "禁止": true, "关闭": true,
	"冻结": true, "撤回": true, "不再": true, "丧失": true, "失去": true, "移除": true,
	"销毁": true, "清除": true, "退出": true, "性地删除": true, "地删除": true,
}

// Objects of a grant.
var (
	// contentTerms name content the user uploads or publishes.
	contentTerms = []string{"照片", "图片", "图像", "视频", "音频", "录音", "头像", "您的内容", "用户内容",
		"上传的内容", "发布的内容", "提交的内容", "生成的内容", "用户生成", "UGC", "发布的信息", "上传的信息", "发表的信息",
		"提交的信息", "发布的任何", "上传的任何", "发表的任何", "发布的全部", "上传的全部", "已发布的", "已上传的", "晒单", "评价", "评论", "帖子", "笔记", "直播画面",
		"声音", "作品"}
	// softwareTerms name code, software and other non-personal objects of a licence.
	softwareTerms = []string{"软件", "代码", "源代码", "程序", "贡献", "专利", "商标", "开源", "许可证",
		"GPL", "MIT", "Apache", "文档"}
	// paymentTerms mark payment instructions (不可撤销地授权扣款).
	paymentTerms = []string{"扣款", "扣除", "划扣", "代扣", "扣收", "划转", "划款", "扣划", "还款账户", "转账", "代付", "代收", "扣缴"}
	// infoRefs refer back to information named earlier (上述信息) or to the
	// person's information without naming a category.
	infoRefs = []string{"上述信息", "前述信息", "该等信息", "以上信息", "上述个人信息", "相关信息", "本人信息",
		"您的信息", "你的信息", "用户信息", "个人资料", "上述数据", "该信息"}
	// toUser marks a grant made to the user (我们授予您…).
	toUserCues = []string{"授予您", "授予你", "许可您", "许可你", "授权您", "授权你", "向您授予", "向你授予",
		"授予用户", "许可用户", "向用户授予"}
)
