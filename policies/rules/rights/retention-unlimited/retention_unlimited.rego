# METADATA
# title: 无限期保存个人信息
# description: 条款表示永久、无限期保存个人信息，或在账号注销、期限届满后仍保留且不删除；个人信息的保存期限应为实现处理目的所必要的最短时间。仅称“长期保存”而未写明终点的，以警告提示。以授权形式表述的永久保存（授权贵司永久保存）由 grant-unlimited-term 报告，不重复报告。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/rights/retention-unlimited/README.md
# custom:
#   id: retention-unlimited
#   title_en: Unlimited retention
#   description_en: A clause keeps personal information permanently or without time limit, or keeps it undeleted after account cancellation or expiry; retention must be the shortest time needed for the purpose. Retention stated only as "long-term" with no end is reported as a warning. An authorisation to keep data permanently is reported once, by grant-unlimited-term.
#   severity: error
#   scope: clause
#   tags: [retention, storage-limitation]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十九条
#       text: 除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第四十七条
#       text: 有下列情形之一的，个人信息处理者应当主动删除个人信息；个人信息处理者未删除的，个人有权请求删除：（一）处理目的已实现、无法实现或者为实现处理目的不再必要；（二）个人信息处理者停止提供产品或者服务，或者保存期限已届满；……
#   fix: 将保存期限限定为实现目的所必需的最短时间并写明具体期限或确定方法，期满或注销后删除或匿名化处理；法律另有保存要求的，写明依据与期限。
#   fix_en: Limit retention to the shortest time needed for the purpose and state the period or how it is determined; delete or anonymise the information when it expires or the account is cancelled; where a law requires longer retention, name the law and the period.
package pplint.rules.rights["retention-unlimited"]

import data.pplint.lib.claims
import data.pplint.lib.result
import data.pplint.lib.rights

# METADATA
# title: report
# description: An affirmed retention of personal information without time limit (error), or long-term with no end (warning).
report contains result.fail(rego.metadata.chain(), cue.span, "error", message) if {
	some claim in rights.stated_kind("retention", "unlimited")
	cue := rights.first_cue(claim, ["unlimited", "survives"])
	not _reported_as_grant(cue)
	message := {
		"zh": sprintf("个人信息被无限期保存（“%s”）：保存期限应当为实现处理目的所必要的最短时间，期满或注销后应删除或匿名化处理。", [cue.cue]),
		"en": sprintf("Personal information is kept without time limit (“%s”): retention must be the shortest time needed for the purpose, and the information must be deleted or anonymised when it expires or the account is cancelled.", [cue.cue]),
	}
}

# METADATA
# title: report
# description: An affirmed long-term retention of personal information with no stated end (warning).
report contains result.fail(rego.metadata.chain(), cue.span, "warning", message) if {
	some claim in rights.stated_kind("retention", "long")
	cue := claim.attributes.long
	message := {
		"zh": sprintf("个人信息被“%s”保存，但未写明保存期限或到期后的处理：应写明具体期限或确定方法，并在期满后删除或匿名化处理。", [cue.cue]),
		"en": sprintf("Personal information is kept “%s” (long-term) with no stated end: give the period or how it is determined, and delete or anonymise the information when it expires.", [cue.cue]),
	}
}

# METADATA
# title: _reported_as_grant
# description: |
#   The cue is the unlimited term of an in-scope grant (授权贵司永久保存…),
#   which grant-unlimited-term already reports at the same place.
_reported_as_grant(cue) if {
	some grant in claims.grants
	claims.asserted_cue(grant, "unlimited_term").span == cue.span
}
