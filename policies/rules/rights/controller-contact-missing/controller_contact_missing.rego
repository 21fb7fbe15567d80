# METADATA
# title: 未告知处理者名称和联系方式
# description: 隐私政策没有写明个人信息处理者的名称（公司全称或姓名），或没有提供任何可直接使用的联系方式（电话、邮箱、地址、在线客服）；两者都必须告知。“请与我们联系”而不给出渠道，视为未提供联系方式。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/rights/controller-contact-missing/README.md
# custom:
#   id: controller-contact-missing
#   title_en: Controller identity or contact missing
#   description_en: A privacy notice does not name the personal-information processor (the company's full name or the person's name), or gives no contact method that can actually be used (telephone, e-mail, postal address, online customer service); both are required. "Please contact us" without a channel counts as no contact method.
#   severity: warning
#   scope: document
#   tags: [notice, contact]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十七条
#       text: 个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项：（一）个人信息处理者的名称或者姓名和联系方式；（二）个人信息的处理目的、处理方式，处理的个人信息种类、保存期限；（三）个人行使本法规定权利的方式和程序；（四）法律、行政法规规定应当告知的其他事项。
#     - law: 网数条例
#       law_full: 网络数据安全管理条例
#       article: 第二十一条
#       text: ……（一）网络数据处理者的名称或者姓名和联系方式；……
#   fix: 在政策首部或“如何联系我们”部分写明处理者全称、注册地址及至少一种可直接使用的联系方式（邮箱/电话），达到规定数量的还应公开个人信息保护负责人的联系方式，并承诺答复时限（不超过15个工作日）。
#   fix_en: At the top of the notice or in its contact section, give the processor's full name, registered address and at least one contact method that can be used directly (e-mail, telephone); processors above the threshold also publish their personal-information protection officer's contact, and commit to a reply time (at most 15 working days).
package pplint.rules.rights["controller-contact-missing"]

import data.pplint.lib.result
import data.pplint.lib.rights

# METADATA
# title: _controller
# description: Stated contact claims about the processor itself, not third parties.
_controller := {claim |
	some claim in rights.stated("contact")
	claim.kind == "controller"
}

# METADATA
# title: _has_name
# description: The processor's name is given.
_has_name if {
	some claim in _controller
	claim.attributes.name
}

# METADATA
# title: _has_channel
# description: At least one usable contact method is given.
_has_channel if {
	some claim in _controller
	some name in ["email", "phone", "address", "online"]
	claim.attributes[name]
}

# METADATA
# title: _missing
# description: What is missing, in Chinese and English.
_missing := {"zh": "处理者的名称和联系方式", "en": "the processor's name and any contact method"} if {
	not _has_name
	not _has_channel
} else := {"zh": "处理者的名称（公司全称或姓名）", "en": "the processor's name (full company name or the person's name)"} if {
	not _has_name
} else := {"zh": "可直接使用的联系方式（电话、邮箱、地址或在线客服）", "en": "a usable contact method (telephone, e-mail, address or online service)"} if {
	not _has_channel
}

# METADATA
# title: report
# description: A privacy notice processing personal information without the processor's name or any contact method.
report contains result.fail(rego.metadata.chain(), rights.section("contact"), "warning", message) if {
	rights.notice
	missing := _missing
	message := {
		"zh": sprintf("隐私政策未告知%s：个人需要知道由谁处理其个人信息、如何联系以行使权利。", [missing.zh]),
		"en": sprintf("The privacy notice does not give %s: people need to know who processes their information and how to reach them to exercise their rights.", [missing.en]),
	}
}
