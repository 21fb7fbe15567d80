package claims

import (
	"slices"
	"strings"
)

// category is one personal-information category and the words that name it.
type category struct {
	name      string
	sensitive bool
	terms     []string
	// not lists longer words that contain a term but do not name the category
	// (身心健康 is not health information).
	not []string
}

// piCategories is the fixed vocabulary of personal-information categories.
var piCategories = []category{
	{name: "face", sensitive: true, terms: []string{"人脸", "面部", "刷脸", "面容", "脸部", "活体检测", "活体识别"}},
	{name: "biometric", sensitive: true, terms: []string{"生物识别", "指纹", "声纹", "虹膜", "掌纹", "基因", "步态", "指静脉", "掌静脉",
		"生物样本", "唾液样本", "血液样本", "DNA", "遗传信息"}},
	{name: "health", sensitive: true, terms: []string{"健康信息", "健康数据", "健康状况", "病历", "病史", "医疗记录", "医疗信息",
		"医疗数据", "医疗健康信息", "诊疗记录", "诊疗信息", "体检报告", "体检信息", "体检结果", "心率", "血压", "血糖", "月经",
		"用药记录", "用药信息", "就诊记录", "就诊信息", "健康档案", "生理信息", "病情", "过敏史",
		"疾病", "诊断结果", "诊断信息", "处方", "检查报告", "检验报告", "化验", "孕期", "怀孕", "经期", "生理期", "心理健康",
		"传染病", "既往史", "体温", "血氧", "健康告知", "健康状态", "身体状况", "医学影像", "住院记录", "手术记录", "诊断证明"},
		not: []string{"疾病预防", "疾病防控", "处方药品广告"}},
	{name: "financial_account", sensitive: true, terms: []string{"银行卡", "银行账户", "银行账号", "支付账户", "支付账号", "金融账户",
		"账户余额", "银行流水", "账户流水", "征信", "信用信息", "信用报告", "信用状况", "资信", "借贷信息", "还款记录", "收入",
		"证券账户", "基金账户", "支付密码", "交易密码", "交易流水", "存款", "负债", "借款记录", "支付卡", "借记卡", "信用卡号", "信用卡卡号", "信用卡账户", "信用卡账号", "结算账户"},
		not: []string{"收入囊中", "征信机构", "征信中心", "特征信", "收入结算", "劳动收入",
			// profiling tags that reflect 信用状况 are inferences, not account data.
			"信用状况等特征", "信用状况的特征", "信用状况特征", "信用状况等标签", "信用状况标签"}},
	{name: "location", sensitive: true, terms: []string{"精确位置", "精准位置", "精确地理位置", "精准定位", "精确定位", "行踪", "轨迹", "实时位置", "GPS", "实时定位",
		"位置信息（精确）", "位置（精确）", "精确的位置", "精准的位置", "精确的地理位置", "持续定位", "后台定位",
		"出行路线", "行程路线", "行动路线"},
		not: []string{"行为轨迹", "操作轨迹", "记录轨迹", "设备运动轨迹", "浏览轨迹", "结合以判断您的行踪轨迹", "不会追踪您的行踪轨迹",
			"不会判断您的行踪轨迹"}},
	{name: "religion", sensitive: true, terms: []string{"宗教信仰", "宗教"}},
	{name: "specific_identity", sensitive: true, terms: []string{"特定身份信息", "残疾", "犯罪记录", "性取向"}},
	{name: "minor", sensitive: true, terms: []string{"不满十四周岁", "不满14周岁", "未满十四周岁", "未满14周岁", "儿童个人信息", "儿童的个人信息",
		"不满14岁", "未满14岁", "不满十四岁", "未满十四岁", "14周岁以下", "十四周岁以下", "14岁以下", "十四岁以下", "儿童的信息",
		"儿童信息", "孩子的个人信息"}},
	// declared: information the text itself calls sensitive (充值记录属于敏感信息;
	// 以上为个人敏感信息).
	{name: "declared", sensitive: true, terms: []string{"属于敏感信息", "属于个人敏感信息", "属于敏感个人信息", "为敏感信息",
		"为个人敏感信息", "为敏感个人信息", "属于您的敏感", "属于您的个人敏感", "均属于敏感", "均为敏感", "均属于个人敏感",
		"均为个人敏感", "系敏感信息", "系个人敏感信息", "系敏感个人信息", "是敏感信息", "是个人敏感信息", "是敏感个人信息"},
		not: []string{"不属于敏感", "不属于个人敏感", "不属于您的", "非敏感", "并非敏感", "不是敏感", "不是个人敏感", "不为敏感",
			"不作为敏感", "不会作为敏感"}},
	{name: "identity", terms: []string{"身份证", "身份信息", "证件", "实名", "护照"}},
	{name: "name", terms: []string{"姓名", "昵称", "名称"}},
	{name: "phone", terms: []string{"手机号", "电话号码", "手机号码", "联系电话"}},
	{name: "email", terms: []string{"邮箱", "电子邮件地址"}},
	{name: "address", terms: []string{"地址", "收货地址", "住址"}, not: []string{"IP地址", "ip地址", "MAC地址", "网址", "邮箱地址", "注册地址", "办公地址"}},
	{name: "contacts", terms: []string{"通讯录", "联系人"}},
	{name: "location_coarse", terms: []string{"位置信息", "地理位置", "定位", "位置"}},
	{name: "device", terms: []string{"设备信息", "设备标识", "IMEI", "IMSI", "MAC地址", "IP地址", "Android ID", "IDFA", "OAID", "设备型号", "操作系统"}},
	{name: "portrait", terms: []string{"肖像", "照片", "头像", "声音", "录音", "图像"}},
	{name: "marital", terms: []string{"婚姻", "婚恋"}},
	{name: "account", terms: []string{"账号信息", "账户信息", "密码", "登录信息"}},
	{name: "usage", terms: []string{"浏览记录", "搜索记录", "日志信息", "使用记录", "点击记录", "访问记录", "Cookie", "cookie",
		"访问日志", "操作日志", "登录日志", "服务日志", "网络日志", "浏览历史", "搜索历史", "观看记录", "观看历史", "播放记录",
		"播放历史", "阅读记录", "阅读历史", "收听记录", "点赞记录", "评论记录", "收藏记录", "观看时长", "订单信息", "订单记录",
		"交易记录", "购买记录", "消费记录", "行为信息", "行为数据", "操作记录"}},
	{name: "personal", terms: []string{"个人信息", "个人资料", "个人数据", "您的信息", "您的数据", "本人信息", "本人的信息",
		"用户信息", "用户的信息", "用户数据", "与您相关的"}},
}

// categoriesIn returns the categories named in text and which of them are
// sensitive, each in vocabulary order.
func categoriesIn(text string) (all, sensitive []string) {
	named, excluded := scanCategories(text)
	for i, c := range piCategories {
		if excluded[i] && !mentions(text, c) || !excluded[i] && !named[i] {
			continue
		}
		all = append(all, c.name)
		if c.sensitive {
			sensitive = append(sensitive, c.name)
		}
	}
	return gpsLookup(text, all, sensitive)
}

// gpsLookup turns precise location into coarse location when text names
// GPS only as a source of a location lookup (see gpsSourceOnly).
func gpsLookup(text string, all, sensitive []string) ([]string, []string) {
	if !slices.Contains(sensitive, "location") || !gpsSourceOnly(text) {
		return all, sensitive
	}
	sensitive = slices.DeleteFunc(sensitive, func(c string) bool { return c == "location" })
	if slices.Contains(all, "location_coarse") {
		all = slices.DeleteFunc(all, func(c string) bool { return c == "location" })
	} else {
		all = slices.Clone(all)
		all[slices.Index(all, "location")] = "location_coarse"
	}
	return all, sensitive
}

// gpsCompanions are named next to GPS when it is one source of a location
// lookup or one item of a device-information list.
var gpsCompanions = []string{"基站", "接入点", "IMEI", "MAC", "设备型号", "IDFA", "OAID", "设备标识"}

// gpsSourceOnly reports whether GPS is named only as one of the usual
// sources of a location (位置信息的来源包括IP地址、GPS以及WLAN接入点、蓝牙和
// 基站) or as one item of a device-information list: a location lookup, not
// whereabouts or a track (行踪轨迹), unless the text also names precise
// location or tracking itself.
func gpsSourceOnly(text string) bool {
	if !strings.Contains(text, "GPS") || !containsAny(text, gpsCompanions) {
		return false
	}
	loc := piCategories[0]
	for _, c := range piCategories {
		if c.name == "location" {
			loc = c
		}
	}
	for _, t := range loc.terms {
		if t != "GPS" && mentions(text, category{terms: []string{t}, not: loc.not}) {
			return false
		}
	}
	return true
}

// mentions reports whether text names category c outside its exclusions.
func mentions(text string, c category) bool {
	for _, n := range c.not {
		text = strings.ReplaceAll(text, n, "")
	}
	for _, t := range c.terms {
		if strings.Contains(text, t) {
			return true
		}
	}
	return false
}
