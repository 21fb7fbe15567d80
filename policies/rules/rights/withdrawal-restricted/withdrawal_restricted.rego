# METADATA
# title: 限制撤回同意
# description: 条款使个人的同意不得撤回，要求撤回须书面邮寄、经处理者审核或付费，或将撤回视为违约；基于同意处理个人信息的，个人有权撤回同意，处理者应当提供便捷的撤回方式。授权或许可本身被表述为不可撤销的，由 grant-irrevocable 报告。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/rights/withdrawal-restricted/README.md
# custom:
#   id: withdrawal-restricted
#   title_en: Withdrawal of consent restricted
#   description_en: A clause makes consent non-withdrawable, subjects withdrawal to mailed written requests, the processor's approval or fees, or treats withdrawal as a breach; consent-based processing must allow convenient withdrawal at any time. A grant or licence made irrevocable is reported by grant-irrevocable instead.
#   severity: error
#   scope: clause
#   tags: [consent, withdrawal, format-clause]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十五条
#       text: 基于个人同意处理个人信息的，个人有权撤回其同意。个人信息处理者应当提供便捷的撤回同意的方式。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十六条
#       text: 个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由，拒绝提供产品或者服务；处理个人信息属于提供产品或者服务所必需的除外。
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第四百九十七条
#       text: 有下列情形之一的，该格式条款无效：……（二）提供格式条款一方不合理地免除或者减轻其责任、加重对方责任、限制对方主要权利；（三）提供格式条款一方排除对方主要权利。
#   fix: 明确个人可随时通过便捷方式（页面开关、在线申请）撤回同意，撤回无需经处理者审核、不收取费用、不构成违约；撤回仅影响依赖该同意的功能。
#   fix_en: State that the person may withdraw consent at any time by a convenient means (a settings switch, an online request); withdrawal needs no approval, costs nothing and is no breach, and affects only the functions that depend on that consent.
package pplint.rules.rights["withdrawal-restricted"]

import data.pplint.lib.result
import data.pplint.lib.rights

# METADATA
# title: report
# description: An affirmed restriction of the withdrawal of consent, a burden on it or a penalty for it.
report contains result.fail(rego.metadata.chain(), cue.span, "error", _message(name, cue)) if {
	some claim in rights.stated_kind("withdrawal", "restricted")
	some name in ["restricted", "condition", "penalty", "refused"]
	cue := claim.attributes[name]
	not cue.negated
}

# METADATA
# title: _message
# description: The finding's message for the attribute that triggered it.
_message("restricted", cue) := {
	"zh": sprintf("同意被表述为不得撤回（“%s”）：基于同意处理个人信息的，个人有权撤回其同意，格式条款排除该权利可被确认无效。", [cue.cue]),
	"en": sprintf("Consent is made non-withdrawable (“%s”): where processing rests on consent the person may withdraw it, and a form clause excluding that right can be declared void.", [cue.cue]),
}

_message("condition", cue) := {
	"zh": sprintf("对撤回同意设置了不合理的条件（“%s”）：处理者应当提供便捷的撤回同意的方式，不得要求邮寄书面申请、经其审核或付费。", [cue.cue]),
	"en": sprintf("Withdrawing consent is burdened with an unreasonable condition (“%s”): the processor must offer a convenient way to withdraw, without mailed letters, approval or fees.", [cue.cue]),
}

_message("penalty", cue) := {
	"zh": sprintf("撤回同意被附加了违约等不利后果（“%s”）：撤回同意是个人的法定权利，不得因此追究违约责任。", [cue.cue]),
	"en": sprintf("Withdrawing consent carries a penalty (“%s”): withdrawal is a statutory right and cannot be treated as a breach.", [cue.cue]),
}

_message("refused", cue) := {
	"zh": sprintf("处理者声明可能不响应撤回同意的请求（“%s”）：基于同意处理个人信息的，个人有权撤回其同意，法律未规定处理者可拒绝撤回。", [cue.cue]),
	"en": sprintf("The processor may not act on a request to withdraw consent (“%s”): where processing rests on consent the person may withdraw it, and the law gives no ground to refuse.", [cue.cue]),
}
