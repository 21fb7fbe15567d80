# METADATA
# title: 单方变更政策且不重新征得同意
# description: 处理者保留随时修改政策或协议的权利而不通知个人、仅在页面公布变更，或要求个人预先同意今后的任何修改版本，或把变更后继续使用视为接受（且未承诺就处理目的、方式、种类的变更重新取得同意），或保留单方变更权及最终解释权。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/consent/policy-change-unilateral/README.md
# custom:
#   id: policy-change-unilateral
#   title_en: Unilateral change without notice or fresh consent
#   description_en: The processor may change the notice or agreement at will without telling the person or only posts changes on a page, asks for consent in advance to any future version, treats continued use after a change as acceptance (with no promise of fresh consent when purposes, methods or categories change), or reserves a unilateral right to change and interpret it.
#   severity: warning
#   scope: clause
#   tags: [consent, change]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十四条第二款
#       text: 个人信息的处理目的、处理方式和处理的个人信息种类发生变更的，应当重新取得个人同意。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十七条第二款
#       text: 前款规定事项发生变更的，应当将变更部分告知个人。
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第四百九十七条
#       text: 有下列情形之一的，该格式条款无效：……（二）提供格式条款一方不合理地免除或者减轻其责任、加重对方责任、限制对方主要权利；（三）提供格式条款一方排除对方主要权利。
#   fix: 改为“本政策变更时，我们会以弹窗、推送等显著方式通知您；处理目的、方式或个人信息种类变更的，我们会重新取得您的同意；未经您明确同意，我们不会削减您的权利”，删除“无需通知”“继续使用即视为同意”“最终解释权”等表述。
#   fix_en: Say that changes are announced prominently (pop-up, push), that fresh consent is obtained when purposes, methods or categories change and that rights are never reduced without explicit consent; delete "without notice", "continued use means acceptance" and "final right of interpretation".
package pplint.rules.consent["policy-change-unilateral"]

import data.pplint.lib.consent as lib
import data.pplint.lib.result

# METADATA
# title: report
# description: A clause about changing the notice or agreement that is unilateral in one of five ways.
report contains result.fail(rego.metadata.chain(), f.cue.span, "warning", f.message) if {
	_applies
	some c in lib.affirmed("policy_change")
	f := _finding(c)
}

# METADATA
# title: _finding
# description: The cue and message for change clause c, when it is unilateral.
_finding(c) := {"cue": cue, "message": {
	"zh": sprintf("处理者保留变更政策而无需通知个人的权利（“%s”）：变更应当告知个人，处理目的、方式或种类变更的应当重新取得同意。", [cue.cue]),
	"en": sprintf("The processor may change the terms without notice (“%s”): changes must be notified, and changed purposes, methods or categories need fresh consent.", [cue.cue]),
}} if {
	cue := c.attributes.no_notice
	not cue.negated
} else := {"cue": cue, "message": {
	"zh": sprintf("以变更后继续使用推定接受变更（“%s”），且未承诺重新征得同意：处理目的、方式或种类变更的，应当重新取得个人同意。", [cue.cue]),
	"en": sprintf("Continued use after a change is taken as acceptance (“%s”) with no promise of fresh consent: changed purposes, methods or categories need fresh consent.", [cue.cue]),
}} if {
	cue := c.attributes.deemed_acceptance
	not cue.negated
	not _reconsent(c)
} else := {"cue": cue, "message": {
	"zh": sprintf("个人被要求预先同意今后的任何修改版本（“%s”）：处理目的、方式或种类变更的，应当重新取得个人同意。", [cue.cue]),
	"en": sprintf("The person consents in advance to any future version (“%s”): changed purposes, methods or categories need fresh consent.", [cue.cue]),
}} if {
	cue := c.attributes.advance_consent
	not cue.negated
	not _reconsent(c)
} else := {"cue": cue, "message": {
	"zh": sprintf("处理者保留单方变更权及最终解释权（“%s”），限制了个人的主要权利。", [cue.cue]),
	"en": sprintf("The processor reserves a unilateral right to change and interpret the terms (“%s”), restricting the person's main rights.", [cue.cue]),
}} if {
	cue := c.attributes.final_interpretation
	not cue.negated
	lib.has_cue(c, "unilateral")
} else := {"cue": cue, "message": {
	"zh": sprintf("处理者保留随时变更政策的权利，并要求个人自行查看页面了解变更（“%s”）：变更应当主动告知个人，处理目的、方式或种类变更的应当重新取得同意。", [cue.cue]),
	"en": sprintf("The processor may change the terms at will and leaves the person to check the page for changes (“%s”): changes must be notified, and changed purposes, methods or categories need fresh consent.", [cue.cue]),
}} if {
	# at will and left to the person to find: a notice promised elsewhere
	# (for material changes) does not cover every change
	cue := c.attributes.at_will
	not cue.negated
	posted := c.attributes.posted_only
	not posted.negated
	not lib.has_cue(c, "notice")
	not _reconsent(c)
} else := {"cue": cue, "message": {
	"zh": sprintf("处理者保留随时变更政策的权利或仅在页面公布变更（“%s”），而未承诺通知个人或重新征得同意：变更应当告知个人，处理目的、方式或种类变更的应当重新取得同意。", [cue.cue]),
	"en": sprintf("The processor may change the terms at will or only posts changes on a page (“%s”), with no promise to notify the person or ask again: changes must be notified, and changed purposes, methods or categories need fresh consent.", [cue.cue]),
}} if {
	cue := _unnoticed(c)
	not _notified
	not _reconsent(c)
}

# METADATA
# title: _unnoticed
# description: A reserved change at will, or a change only posted on a page, in claim c.
_unnoticed(c) := c.attributes.at_will if {
	not c.attributes.at_will.negated
} else := c.attributes.posted_only if {
	not c.attributes.posted_only.negated
}

# METADATA
# title: _notified
# description: The document promises somewhere to notify the person of changes (by pop-up, push, e-mail…).
_notified if {
	some r in lib.affirmed("policy_change")
	lib.has_cue(r, "notice")
}

# METADATA
# title: _reconsent
# description: A promise of fresh consent for changes sits in the same sentence, item or section as c.
_reconsent(c) if {
	some r in lib.affirmed("policy_change")
	lib.has_cue(r, "reconsent")
	_near(c, r)
}

# METADATA
# title: _near
# description: Claims c and r sit in the same sentence, item or section.
_near(c, r) if lib.same_place(c, r)

_near(c, r) if lib.same_section(c, r)

# METADATA
# title: _applies
# description: The document carries processing terms or incorporates a privacy notice.
_applies if lib.processing

_applies if {
	some c in lib.affirmed("consent")
	c.kind == "incorporation"
}
