# METADATA
# title: 未提供撤回同意的方式
# description: 隐私政策基于个人同意处理个人信息，却没有说明个人如何撤回同意（撤回同意、撤销或取消授权、关闭相应权限或功能开关、通过联系渠道申请）。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/rights/withdrawal-undisclosed/README.md
# custom:
#   id: withdrawal-undisclosed
#   title_en: No way to withdraw consent
#   description_en: A privacy notice processes personal information on the basis of consent but never says how the person can withdraw it (withdrawing consent, revoking an authorisation, switching a permission or feature off, asking through a contact channel).
#   severity: warning
#   scope: document
#   tags: [consent, withdrawal, notice]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十五条
#       text: 基于个人同意处理个人信息的，个人有权撤回其同意。个人信息处理者应当提供便捷的撤回同意的方式。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十七条
#       text: 个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项：（一）个人信息处理者的名称或者姓名和联系方式；（二）个人信息的处理目的、处理方式，处理的个人信息种类、保存期限；（三）个人行使本法规定权利的方式和程序；（四）法律、行政法规规定应当告知的其他事项。
#   fix: 写明撤回同意的具体路径（设置页面、权限开关、邮件/客服），说明撤回后果仅及于相关功能，并注明撤回不影响撤回前已进行处理的效力。
#   fix_en: State exactly how to withdraw consent (a settings page, a permission switch, e-mail or customer service), that withdrawal affects only the functions that depend on it, and that it does not affect processing carried out before.
package pplint.rules.rights["withdrawal-undisclosed"]

import data.pplint.lib.result
import data.pplint.lib.rights

# METADATA
# title: report
# description: |
#   A privacy notice processing personal information with no way to withdraw
#   consent: switches for one feature only (禁用Cookie, 退订, 关闭位置信息)
#   leave the rest of the processing without one.
report contains result.fail(rego.metadata.chain(), rights.section("withdrawal"), "warning", message) if {
	rights.notice
	count(_general) == 0
	message := {
		"zh": "隐私政策未说明撤回同意的方式：基于同意处理个人信息的，应当提供便捷的撤回同意的方式，如设置页面的开关、关闭相应权限或通过客服、邮箱申请。",
		"en": "The privacy notice does not say how to withdraw consent: consent-based processing needs a convenient way to withdraw it, such as a settings switch, turning a permission off, or a request by customer service or e-mail.",
	}
}

# METADATA
# title: _general
# description: |
#   The ways offered to withdraw consent that are not one feature's switch,
#   and withdrawal named only as a right (有权撤回同意) in a section that
#   gives the way to exercise those rights (行使权利的方式：通过…向我们提出请求).
_general contains c if {
	some c in rights.stated_kind("withdrawal", "offered")
	not c.attributes.feature
}

_general contains c if {
	some c in rights.stated_kind("withdrawal", "announced")
	c.attributes.withdraw
	section := input.sentences[c.sentence].section
	section != ""
	some p in rights.stated_kind("rights", "procedure")
	input.sentences[p.sentence].section == section
}
