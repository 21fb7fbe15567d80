# METADATA
# title: 不可撤销的授权
# description: 格式条款要求个人授予不可撤销的处理其个人信息（或含个人信息的内容）的权利，排除了个人撤回同意的法定权利，依人脸规定第十一条和民法典第四百九十七条可被确认无效。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/grants/grant-irrevocable/README.md
# custom:
#   id: grant-irrevocable
#   title_en: Irrevocable grant
#   description_en: A form clause makes the person's grant over their personal information (or content carrying it) irrevocable, excluding the statutory right to withdraw consent; such clauses can be declared void under Art. 11 of the face-recognition interpretation and Civil Code Art. 497.
#   severity: error
#   scope: clause
#   tags: [format-clause, consent]
#   legal_basis:
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第十一条
#       text: 信息处理者采用格式条款与自然人订立合同，要求自然人授予其无期限限制、不可撤销、可任意转授权等处理人脸信息的权利，该自然人依据民法典第四百九十七条请求确认格式条款无效的，人民法院依法予以支持。
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第四百九十七条
#       text: 有下列情形之一的，该格式条款无效：……（二）提供格式条款一方不合理地免除或者减轻其责任、加重对方责任、限制对方主要权利；（三）提供格式条款一方排除对方主要权利。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十五条
#       text: 基于个人同意处理个人信息的，个人有权撤回其同意。个人信息处理者应当提供便捷的撤回同意的方式。
#   fix: 将授权期限限定为实现处理目的所必需的期间；明确个人可随时撤回同意；删除转授权条款，对确需向第三方提供的情形逐一告知接收方并取得单独同意。
#   fix_en: Limit the grant to the period needed for the purpose; state that the person may withdraw consent at any time; delete sub-licensing, and for any necessary provision to a third party name the recipient and obtain separate consent.
package pplint.rules.grants["grant-irrevocable"]

import data.pplint.lib.claims
import data.pplint.lib.result

# METADATA
# title: report
# description: An affirmed user-to-processor grant whose wording makes it irrevocable.
report contains result.fail(rego.metadata.chain(), cue.span, claims.grant_level(claim), message) if {
	some claim in claims.grants
	cue := claims.asserted_cue(claim, "irrevocable")
	message := {
		"zh": sprintf("授权被表述为不可撤销（“%s”）：格式条款排除了个人对其%s撤回同意的权利，可被确认无效。", [cue.cue, claims.object_zh(claim)]),
		"en": sprintf("The grant is made irrevocable (“%s”): the form clause excludes the right to withdraw consent over %s and can be declared void.", [cue.cue, claims.object_en(claim)]),
	}
}
