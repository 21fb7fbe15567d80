# METADATA
# title: 公开个人信息未取得单独同意
# description: 条款由处理者公开、公示或向公众展示个人信息，但未取得个人的单独同意，也无法律规定的公开义务，违反个保法第二十五条。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/sharing/public-disclosure-consent-missing/README.md
# custom:
#   id: public-disclosure-consent-missing
#   title_en: Public disclosure without separate consent
#   description_en: The processor makes personal information public (公开, 公示, shown to the public or to all users) without the person's separate consent and without a legal duty to publish, contrary to PIPL Art. 25.
#   severity: error
#   scope: clause
#   tags: [sharing, consent, disclosure]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第二十五条
#       text: 个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第一百一十一条
#       text: 自然人的个人信息受法律保护。任何组织或者个人需要获取他人个人信息的，应当依法取得并确保信息安全，不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息。
#   fix: 删除以公示、曝光为手段的条款；确需公开的（如中奖公示），仅公开去标识化信息并事先取得单独同意；法律要求公示的，写明具体法律依据。
#   fix_en: Delete clauses that publish or expose people as a sanction; where publication is needed (a prize-winner list), publish only de-identified information and obtain separate consent first; where a law requires publication, cite it.
package pplint.rules.sharing["public-disclosure-consent-missing"]

import data.pplint.lib.result
import data.pplint.lib.sharing

# METADATA
# title: report
# description: |
#   An affirmed public disclosure of personal information by the processor,
#   with no separate consent in the clause, not chosen by the person, not
#   required by law, not limited to listed cases and not de-identified.
report contains result.fail(rego.metadata.chain(), sharing.where(claim, "verb"), "error", message) if {
	some claim in sharing.affirmed("disclose")
	not sharing.excused(claim)
	not sharing.holds(claim, "separate_consent") # 无需另行征得您的同意 waives it
	sharing.lacks(claim, "user_initiated")
	sharing.lacks(claim, "restricted")
	not _conditional_on_consent(claim)
	message := {
		"zh": sprintf("条款公开个人信息（“%s”），但未取得个人的单独同意，也未说明法律规定的公开义务。", [sharing.cue(claim, "verb")]),
		"en": sprintf("The clause makes personal information public (“%s”) without the person's separate consent or a stated legal duty to publish.", [sharing.cue(claim, "verb")]),
	}
}

# METADATA
# title: _conditional_on_consent
# description: |
#   A conditional disclosure made only with the person's consent describes a
#   procedure (如必须公开披露，我们会征得您的同意), not a disclosure.
_conditional_on_consent(claim) if {
	claim.conditional
	sharing.has(claim, "consent")
}
