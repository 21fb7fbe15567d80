# METADATA
# title: 未告知行使权利的方式和程序
# description: 隐私政策没有说明个人如何行使查阅、复制、更正、删除等权利（页面路径、客服、邮箱、电话或申请方式），或虽有途径却始终未提及查阅、更正、删除中的某项权利。仅称“您有权管理您的个人信息”而无途径的，视为未告知。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/rights/rights-undisclosed/README.md
# custom:
#   id: rights-undisclosed
#   title_en: How to exercise rights not disclosed
#   description_en: A privacy notice does not say how the person can access, copy, correct or delete their personal information (an in-app path, customer service, e-mail, telephone or a request form), or gives a way but never mentions one of access, correction and deletion. A bare "you have the right to manage your information" with no way to do it counts as missing.
#   severity: warning
#   scope: document
#   tags: [rights, notice]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十七条
#       text: 个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项：（一）个人信息处理者的名称或者姓名和联系方式；（二）个人信息的处理目的、处理方式，处理的个人信息种类、保存期限；（三）个人行使本法规定权利的方式和程序；（四）法律、行政法规规定应当告知的其他事项。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第五十条
#       text: 个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制。拒绝个人行使权利的请求的，应当说明理由。
#   fix: 分别写明查阅、复制、更正、补充、删除、转移、注销账号、撤回同意及要求解释说明的具体路径（页面路径/邮箱/电话）、所需材料和答复时限（不超过15个工作日），拒绝请求时说明理由。
#   fix_en: For access, copy, correction, completion, deletion, portability, account cancellation, withdrawal of consent and explanations, state the exact way to ask (in-app path, e-mail, telephone), what is needed and the reply time (at most 15 working days), and give reasons when a request is refused.
package pplint.rules.rights["rights-undisclosed"]

import data.pplint.lib.result
import data.pplint.lib.rights

# METADATA
# title: _core
# description: The rights every notice must say how to exercise, in Chinese.
_core := {"access": "查阅", "correct": "更正", "delete": "删除"}

# METADATA
# title: _core_en
# description: The core rights in English.
_core_en := {"access": "access", "correct": "correction", "delete": "deletion"}

# METADATA
# title: _named
# description: The rights some stated claim names; a deletion offered elsewhere counts.
_named contains name if {
	some claim in rights.stated("rights")
	some name, cue in claim.attributes
	not cue.negated
}

_named contains "delete" if count(rights.stated_kind("deletion", "offered")) > 0

# METADATA
# title: _core_procedures
# description: |
#   The procedures that cover access, correction or deletion: a way to
#   cancel the account only (注销账号请联系管理员) is no way to exercise them.
_core_procedures := {claim |
	some claim in rights.stated_kind("rights", "procedure")
	some name in object.keys(_core)
	cue := claim.attributes[name]
	not cue.negated
}

# METADATA
# title: _missing
# description: The core rights never named.
_missing := [name | some name in ["access", "correct", "delete"]; not _named[name]]

# METADATA
# title: report
# description: A privacy notice with no way to exercise the rights of access, correction or deletion.
report contains result.fail(rego.metadata.chain(), rights.section("rights"), "warning", message) if {
	rights.notice
	count(_core_procedures) == 0
	message := {
		"zh": "隐私政策未说明个人行使查阅、复制、更正、删除等权利的方式和程序：应当写明页面路径、客服、邮箱或电话等申请途径及处理时限。",
		"en": "The privacy notice does not say how to exercise the rights of access, copy, correction and deletion: give the in-app path, customer service, e-mail or telephone to ask through, and the reply time.",
	}
}

# METADATA
# title: report
# description: A privacy notice that gives a way to exercise rights but never mentions access, correction or deletion.
report contains result.fail(rego.metadata.chain(), rights.section("rights"), "warning", message) if {
	rights.notice
	count(_core_procedures) > 0
	count(_missing) > 0
	message := {
		"zh": sprintf("隐私政策未告知个人如何行使%s权：应当写明该项权利的申请途径和处理时限。", [concat("、", [_core[n] | some n in _missing])]),
		"en": sprintf("The privacy notice never says how to exercise the right of %s: give the way to ask and the reply time.", [concat(", ", [_core_en[n] | some n in _missing])]),
	}
}
