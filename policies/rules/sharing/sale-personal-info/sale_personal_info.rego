# METADATA
# title: 出售个人信息
# description: 条款出售、买卖、出租或有偿提供个人信息。经营者不得出售所收集的个人信息，非法买卖个人信息为民法典和个保法所禁止。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/sharing/sale-personal-info/README.md
# custom:
#   id: sale-personal-info
#   title_en: Sale of personal information
#   description_en: The clause sells, trades, rents out or provides personal information for payment. Businesses may not sell the personal information they collect, and illegal trade in personal information is prohibited by the Civil Code and the PIPL.
#   severity: error
#   scope: clause
#   tags: [sharing, sale]
#   legal_basis:
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第一百一十一条
#       text: 自然人的个人信息受法律保护。任何组织或者个人需要获取他人个人信息的，应当依法取得并确保信息安全，不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十条
#       text: 任何组织、个人不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息……
#     - law: 消保法
#       law_full: 中华人民共和国消费者权益保护法
#       article: 第二十九条第二款
#       text: 经营者及其工作人员对收集的消费者个人信息必须严格保密，不得泄露、出售或者非法向他人提供。
#   fix: 删除出售、有偿提供个人信息的条款；确需对外提供的，仅在告知接收方信息并取得单独同意后提供，商业化利用限于匿名化数据。
#   fix_en: Delete clauses that sell or provide personal information for payment; provide information to others only after naming the recipient and obtaining separate consent, and limit commercial use to anonymised data.
package pplint.rules.sharing["sale-personal-info"]

import data.pplint.lib.result
import data.pplint.lib.sharing

# METADATA
# title: report
# description: |
#   An affirmed sale of identifiable personal information. Denials (我们不会出售),
#   transfers in a merger or asset sale (个保法 第二十二条) and anonymised data
#   are not sales.
report contains result.fail(rego.metadata.chain(), sharing.where(claim, "verb"), "error", message) if {
	some claim in sharing.affirmed("sell")
	claim.kind == "sale"
	sharing.lacks(claim, "anonymised")
	message := {
		"zh": sprintf("条款允许出售或有偿提供个人信息（“%s”）：经营者不得出售所收集的个人信息。", [sharing.cue(claim, "verb")]),
		"en": sprintf("The clause allows personal information to be sold or provided for payment (“%s”): businesses may not sell the personal information they collect.", [sharing.cue(claim, "verb")]),
	}
}
