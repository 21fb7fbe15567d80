package analyzer_test

func init() { formDocs = append(formDocs, formDocsM...) }

// formDocsM: an eighth batch for the document rules that letters and
// agreements carry — automated decisions, children, public photos,
// transfer abroad and named recipients (expectations written before the
// run).
var formDocsM = []unseenDoc{
	{"credit-scoring-auth", `# 信用评估授权书

致：速融小额贷款有限公司

本人申请贵司的线上小额贷款，授权贵司收集本人的身份信息、手机号码及运营商数据，用于评估本人的信用状况。

贵司将依据上述信息，通过自动化评分模型对本人进行信用评分，并据此自动决定是否向本人放款及授信额度。

本授权自签署之日起至贷款结清之日止有效。

授权人：          日期：`, []string{"automated-decision-optout-missing"}},

	{"kids-watch-terms", `# 儿童智能手表服务协议

本服务面向六至十二周岁儿童，须由儿童的父母或其他监护人注册并同意本协议后方可开通。

一、为实现定位功能，我们会持续收集手表的精确位置信息，并在监护人的手机应用中显示儿童的行动轨迹。

二、儿童的位置信息保存六个月，期满后自动删除。

三、监护人可随时在应用中关闭定位功能。`, []string{"sensitive-consent-missing"}},

	{"summer-camp-form", `# 青少年夏令营报名表及授权书

营员年龄为十至十六周岁，本表须由营员的监护人填写并签字。

一、主办方收集营员的姓名、年龄、学校及监护人联系电话，用于营员管理和紧急联络。

二、监护人同意主办方在活动期间拍摄营员的照片和视频，并在主办方的公众号及宣传册中展示。

三、营员资料在活动结束后三个月内删除。

监护人签字：          日期：`, []string{"public-disclosure-consent-missing"}},

	{"telemedicine-abroad", `# 远程会诊授权书

本人因病情需要申请远程会诊，特授权贵院：

1. 将本人的病历资料、影像检查结果传输至贵院位于新加坡的合作医院，用于专家远程会诊；

2. 会诊结束后，合作医院出具会诊意见并回传贵院。

授权人：          日期：`, []string{"cross-border-consent-missing", "sharing-consent-missing"}},

	{"credit-named-recipients", `# 个人信用信息报送授权书

致：华信银行股份有限公司

本人授权贵行将本人在贵行的贷款信息及还款记录报送至中国人民银行征信中心及百行征信有限公司，用于依法建立本人的信用档案。

本授权至本人在贵行的贷款全部结清之日止。

授权人：          日期：`, nil},

	{"targeted-marketing-auth", `# 精准营销授权书

本人同意贵司根据本人在贵司平台的消费记录和浏览偏好建立用户画像，并据此向本人推送个性化的商品广告和优惠信息。

本授权有效期一年。

授权人：          日期：`, []string{"automated-decision-optout-missing"}},
}
