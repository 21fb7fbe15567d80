# METADATA
# title: 未告知保存期限
# description: 隐私政策处理个人信息，却没有在任何地方写明保存期限或确定期限的方法（具体期限、实现目的所必需的最短期限、至注销后若干日删除、法律规定的期限）。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/rights/retention-undisclosed/README.md
# custom:
#   id: retention-undisclosed
#   title_en: Retention period not disclosed
#   description_en: A privacy notice processes personal information but nowhere states the retention period or how it is determined (a fixed period, the shortest time needed for the purpose, deletion within a time after account cancellation, a statutory period).
#   severity: warning
#   scope: document
#   tags: [retention, notice]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十七条
#       text: 个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项：（一）个人信息处理者的名称或者姓名和联系方式；（二）个人信息的处理目的、处理方式，处理的个人信息种类、保存期限；（三）个人行使本法规定权利的方式和程序；（四）法律、行政法规规定应当告知的其他事项。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十九条
#       text: 除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。
#   fix: 按信息类别写明保存期限或期限的确定方法（如“账号存续期间及注销后30日”“依《电子商务法》交易信息保存三年”），并写明到期后删除或匿名化处理。
#   fix_en: State the retention period, or how it is determined, for each kind of information (for example "while the account exists and 30 days after cancellation", "transaction records for three years as the E-Commerce Law requires"), and that the information is deleted or anonymised when it expires.
package pplint.rules.rights["retention-undisclosed"]

import data.pplint.lib.result
import data.pplint.lib.rights

# METADATA
# title: report
# description: A privacy notice processing personal information with no retention statement anywhere.
report contains result.fail(rego.metadata.chain(), rights.section("retention"), "warning", message) if {
	rights.notice
	count(rights.stated("retention")) == 0
	message := {
		"zh": "隐私政策未告知个人信息的保存期限：应当写明各类信息的保存期限或期限的确定方法，以及到期后删除或匿名化处理。",
		"en": "The privacy notice does not state how long personal information is kept: give the retention period, or how it is determined, for each kind of information, and what happens when it expires.",
	}
}
