# METADATA
# title: 向境外提供未取得单独同意
# description: 文本将个人信息传输、存储或提供至境外，但未取得个人的单独同意，或未告知境外接收方的名称、联系方式等事项，违反个保法第三十九条。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/sharing/cross-border-consent-missing/README.md
# custom:
#   id: cross-border-consent-missing
#   title_en: Cross-border transfer without separate consent
#   description_en: The text transfers, stores or provides personal information outside mainland China without the person's separate consent, or without naming the foreign recipient and its contact details, contrary to PIPL Art. 39.
#   severity: error
#   scope: document
#   tags: [sharing, consent, cross-border]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第三十九条
#       text: 个人信息处理者向中华人民共和国境外提供个人信息的，应当向个人告知境外接收方的名称或者姓名、联系方式、处理目的、处理方式、个人信息的种类以及个人向境外接收方行使本法规定权利的方式和程序等事项，并取得个人的单独同意。
#   fix: 逐一告知境外接收方的名称、联系方式、处理目的、处理方式、信息种类及向其行使权利的方式，取得单独同意，并说明所依据的出境路径（安全评估、认证、标准合同或合同履行所必需）。
#   fix_en: Name each foreign recipient with its contact details, the purpose, the method, the kinds of information and how to exercise rights against it; obtain separate consent; and state the legal route for the transfer (security assessment, certification, standard contract, or necessity for a contract).
package pplint.rules.sharing["cross-border-consent-missing"]

import data.pplint.lib.result
import data.pplint.lib.sharing

# METADATA
# title: report
# description: |
#   An affirmed transfer abroad when no cross-border clause of the document
#   states separate consent (error; warning when the transfer is said to be
#   necessary), or, with consent stated, when the foreign recipient is never
#   named (warning). One finding per document, at the first such clause.
report contains result.fail(rego.metadata.chain(), sharing.where(claim, "destination"), _level, message) if {
	sharing.in_scope
	not _consent_stated
	count(_transfers) > 0
	claim := sharing.first(_transfers)
	message := {
		"zh": sprintf("文本向境外提供个人信息（“%s”，共%d处），但全文未就出境取得单独同意%s。", [sharing.cue(claim, "destination"), count(_transfers), _gap_zh]),
		"en": sprintf("Personal information goes abroad (“%s”, %d clauses), but the text nowhere obtains separate consent for the transfer%s.", [sharing.cue(claim, "destination"), count(_transfers), _gap_en]),
	}
}

report contains result.fail(rego.metadata.chain(), sharing.where(claim, "destination"), "warning", message) if {
	sharing.in_scope
	_consent_stated
	not _recipient_named
	count(_unconditional) > 0
	claim := sharing.first(_unconditional)
	message := {
		"zh": sprintf("此处向境外提供个人信息（“%s”），但未告知境外接收方的名称和联系方式。", [sharing.cue(claim, "destination")]),
		"en": sprintf("Personal information goes abroad here (“%s”) without naming the foreign recipient or its contact details.", [sharing.cue(claim, "destination")]),
	}
}

# METADATA
# title: _transfers
# description: Affirmed transfers of identifiable information abroad, not kept in China, without consent in the clause.
_transfers contains claim if {
	some claim in sharing.affirmed("transfer_abroad")
	not sharing.excused(claim)
	sharing.lacks(claim, "local_only")
	sharing.lacks(claim, "separate_consent")
	sharing.lacks(claim, "user_initiated")
	not _procedure(claim)
}

# METADATA
# title: _procedure
# description: |
#   A conditional transfer made only with the person's consent describes a
#   procedure for the future (如需跨境传输，我们会征得您的同意), not a
#   transfer; so does a conditional lead-in to a list of steps (如果需要…转移到境外，我们将：).
_procedure(claim) if {
	claim.conditional
	sharing.has(claim, "consent")
}

_procedure(claim) if {
	claim.conditional
	sharing.has(claim, "lead_in")
}

# METADATA
# title: _unconditional
# description: Transfers stated as facts, not as future possibilities.
_unconditional contains claim if {
	some claim in _transfers
	not claim.conditional
}

# METADATA
# title: _consent_stated
# description: Some cross-border clause, affirmed or denied, states separate consent.
_consent_stated if sharing.consent_follows("transfer_abroad")

_consent_stated if {
	some claim in sharing.stated("transfer_abroad")
	sharing.has(claim, "separate_consent")
}

# METADATA
# title: _recipient_named
# description: Some cross-border clause names the foreign recipient or promises to.
_recipient_named if {
	some claim in sharing.stated("transfer_abroad")
	sharing.has(claim, "recipient_named")
}

# METADATA
# title: _level
# description: warning when every transfer is said to be necessary for a contract, else error.
default _level := "warning"

_level := "error" if {
	some claim in _transfers
	sharing.lacks(claim, "necessity")
}

# METADATA
# title: _gap_zh
# description: Whether the recipient is also missing, in Chinese.
_gap_zh := "，也未告知境外接收方" if not _recipient_named

_gap_zh := "" if _recipient_named

# METADATA
# title: _gap_en
# description: Whether the recipient is also missing, in English.
_gap_en := " or name the foreign recipient" if not _recipient_named

_gap_en := "" if _recipient_named
