# METADATA
# title: 排除或限制删除权
# description: 条款拒绝删除个人信息（不予删除、不支持删除、注销后仍保留），或对删除请求设置付费、公证、审批等不合理条件，排除或限制了个人的删除权；法律规定的保存期限未届满或技术上难以实现删除的法定例外不在此列。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/rights/deletion-restricted/README.md
# custom:
#   id: deletion-restricted
#   title_en: Deletion right excluded or restricted
#   description_en: A clause refuses to delete personal information (不予删除, deletion not supported, kept after account cancellation) or burdens deletion requests with fees, notarisation or approval, excluding or restricting the person's right to deletion; the statutory exceptions (retention period required by law not yet expired, deletion technically infeasible) are not flagged.
#   severity: error
#   scope: clause
#   tags: [rights, deletion, format-clause]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第四十七条
#       text: 有下列情形之一的，个人信息处理者应当主动删除个人信息；个人信息处理者未删除的，个人有权请求删除：（一）处理目的已实现、无法实现或者为实现处理目的不再必要；（二）个人信息处理者停止提供产品或者服务，或者保存期限已届满；（三）个人撤回同意；（四）个人信息处理者违反法律、行政法规或者违反约定处理个人信息；（五）法律、行政法规规定的其他情形。法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第一千零三十七条
#       text: 自然人可以依法向信息处理者查阅或者复制其个人信息；发现信息有错误的，有权提出异议并请求及时采取更正等必要措施。自然人发现信息处理者违反法律、行政法规的规定或者双方的约定处理其个人信息的，有权请求信息处理者及时删除。
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第十二条
#       text: 信息处理者违反约定处理自然人的人脸信息，该自然人请求其承担违约责任的，人民法院依法予以支持。该自然人请求信息处理者承担违约责任时，请求删除人脸信息的，人民法院依法予以支持；信息处理者以双方未对人脸信息的删除作出约定为由抗辩的，人民法院不予支持。
#   fix: 删除限制删除权的条款；写明删除与注销的途径及时限；仅在法律规定保存期限未届满或技术上难以实现时保留，且除存储和安全措施外停止其他处理。
#   fix_en: Delete the clause restricting deletion; state how and within what time information is deleted and accounts are cancelled; keep information only where a statutory retention period has not expired or deletion is technically infeasible, and then stop all processing other than storage and security measures.
package pplint.rules.rights["deletion-restricted"]

import data.pplint.lib.result
import data.pplint.lib.rights

# METADATA
# title: report
# description: An affirmed restriction of deletion, or a burden on deletion requests, that rests on no statutory exception.
report contains result.fail(rego.metadata.chain(), cue.span, "error", _message(name, cue)) if {
	some claim in rights.stated_kind("deletion", "restricted")
	some name in ["restricted", "condition"]
	cue := claim.attributes[name]
	not cue.negated
}

# METADATA
# title: _message
# description: The finding's message for the attribute that triggered it.
_message("restricted", cue) := {
	"zh": sprintf("条款拒绝或排除删除个人信息（“%s”）：个人有权请求删除其个人信息，格式条款排除该权利可被确认无效。", [cue.cue]),
	"en": sprintf("The clause refuses or excludes deletion of personal information (“%s”): the person has a right to request deletion, and a form clause excluding it can be declared void.", [cue.cue]),
}

_message("condition", cue) := {
	"zh": sprintf("对删除请求设置了不合理的条件（“%s”）：删除个人信息的请求不得附加付费、公证、审批等不合理条件。", [cue.cue]),
	"en": sprintf("Deletion requests are burdened with an unreasonable condition (“%s”): deleting personal information must not depend on fees, notarisation or approval.", [cue.cue]),
}
