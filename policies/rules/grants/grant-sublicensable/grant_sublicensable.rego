# METADATA
# title: 可任意转授权的授权
# description: 格式条款允许处理者将个人对其个人信息（或含个人信息的内容）的授权任意转授权、再许可给第三方，规避了向每一接收方提供前告知并取得单独同意的义务，依人脸规定第十一条和民法典第四百九十七条可被确认无效。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/grants/grant-sublicensable/README.md
# custom:
#   id: grant-sublicensable
#   title_en: Freely sublicensable grant
#   description_en: A form clause lets the processor sub-license or re-grant the person's grant over their personal information (or content carrying it) to third parties, bypassing notice and separate consent for each recipient; such clauses can be declared void under Art. 11 of the face-recognition interpretation and Civil Code Art. 497.
#   severity: error
#   scope: clause
#   tags: [format-clause, sharing]
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
#       article: 第二十三条
#       text: 个人信息处理者向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。
#   fix: 将授权期限限定为实现处理目的所必需的期间；明确个人可随时撤回同意；删除转授权条款，对确需向第三方提供的情形逐一告知接收方并取得单独同意。
#   fix_en: Limit the grant to the period needed for the purpose; state that the person may withdraw consent at any time; delete sub-licensing, and for any necessary provision to a third party name the recipient and obtain separate consent.
package pplint.rules.grants["grant-sublicensable"]

import data.pplint.lib.claims
import data.pplint.lib.result

# METADATA
# title: report
# description: An affirmed user-to-processor grant that may be passed on to others.
report contains result.fail(rego.metadata.chain(), cue.span, claims.grant_level(claim), message) if {
	some claim in claims.grants
	cue := claims.asserted_cue(claim, "sublicensable")
	message := {
		"zh": sprintf("授权可被转授权（“%s”）：向第三方提供%s须逐一告知接收方并取得单独同意，该格式条款可被确认无效。", [cue.cue, claims.object_zh(claim)]),
		"en": sprintf("The grant may be passed on (“%s”): providing %s to a third party needs notice of each recipient and separate consent; the form clause can be declared void.", [cue.cue, claims.object_en(claim)]),
	}
}
