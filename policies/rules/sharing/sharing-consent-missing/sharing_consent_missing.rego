# METADATA
# title: 向第三方提供未取得单独同意
# description: 文本向第三方、合作方或关联公司提供个人信息，但未就提供取得个人的单独同意，或未告知接收方身份与处理目的，违反个保法第二十三条。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/sharing/sharing-consent-missing/README.md
# custom:
#   id: sharing-consent-missing
#   title_en: Provision to third parties without separate consent
#   description_en: The text provides personal information to third parties, partners or affiliates without obtaining the person's separate consent for that provision, or without naming the recipient and the purpose, contrary to PIPL Art. 23.
#   severity: error
#   scope: document
#   tags: [sharing, consent]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第二十三条
#       text: 个人信息处理者向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。……
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第二条（六）
#       text: 违反法律、行政法规的规定或者双方的约定，向他人提供人脸信息
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第一千零三十八条第一款
#       text: 信息处理者不得泄露或者篡改其收集、存储的个人信息；未经自然人同意，不得向他人非法提供其个人信息，但是经过加工无法识别特定个人且不能复原的除外。
#   fix: 以清单形式列明每一接收方（名称、联系方式）、处理目的、处理方式和信息种类；基于同意提供的，逐项取得单独同意；属于合同履行所必需（如配送、支付）的，写明依据；委托处理的，写明委托关系并约束受托人。
#   fix_en: List every recipient (name, contact), the purpose, the method and the kinds of information; where the provision rests on consent, obtain separate consent for it; where it is necessary to perform a contract (delivery, payment), say so; for entrusted processing, state the entrustment and bind the processor.
package pplint.rules.sharing["sharing-consent-missing"]

import data.pplint.lib.result
import data.pplint.lib.sharing

# METADATA
# title: report
# description: |
#   An affirmed provision of identifiable personal information to a third
#   party or an affiliate, when neither it nor any other sharing clause
#   states separate consent (error; warning when every such provision is
#   said to be necessary for the service). When separate consent is stated
#   elsewhere, a provision that names neither recipient nor purpose is still
#   a warning. One finding per document, at the first such clause.
report contains result.fail(rego.metadata.chain(), sharing.where(claim, "verb"), level, message) if {
	sharing.in_scope
	not _consent_stated
	count(_provisions) > 0
	claim := _located
	level := _level
	message := {
		"zh": sprintf("文本向%s提供个人信息（“%s”，共%d处），但全文未就该提供取得单独同意%s。", [_recipient_zh(claim), sharing.cue(claim, "verb"), count(_provisions), _gap_zh(claim)]),
		"en": sprintf("The text provides personal information to %s (“%s”, %d clauses) but nowhere obtains separate consent for the provision%s.", [_recipient_en(claim), sharing.cue(claim, "verb"), count(_provisions), _gap_en(claim)]),
	}
}

report contains result.fail(rego.metadata.chain(), sharing.where(claim, "verb"), "warning", message) if {
	sharing.in_scope
	_warn_only
	count(_unnamed) > 0
	claim := sharing.first(_unnamed)
	message := {
		"zh": sprintf("此处向%s提供个人信息（“%s”），但未告知接收方的名称和处理目的。", [_recipient_zh(claim), sharing.cue(claim, "verb")]),
		"en": sprintf("Personal information is provided to %s here (“%s”) without naming the recipient or the purpose.", [_recipient_en(claim), sharing.cue(claim, "verb")]),
	}
}

# METADATA
# title: _unnamed
# description: |
#   Provisions that name neither the recipient nor the purpose nor a need
#   for the service, and do not open a list that may name them. A provision
#   made only with the person's consent (获得您的同意后，我们会与其他方共享)
#   describes a procedure that the document's promise of separate consent and
#   notice covers.
_unnamed contains claim if {
	some claim in _all_provisions
	not _procedure(claim)
	sharing.lacks(claim, "recipient_named")
	sharing.lacks(claim, "purpose")
	sharing.lacks(claim, "necessity")
	sharing.lacks(claim, "lead_in")
}

# METADATA
# title: _provisions
# description: |
#   Provisions to other processors that need separate consent: not entrusted
#   processing, not to authorities under a legal duty, not anonymised, and
#   without separate consent in the same sentence. A provision conditioned on
#   consent that is not separate (在您明确同意的情况下), or one case of a list
#   that limits sharing (我们仅在以下情况下共享：), still needs it.
_all_provisions contains claim if {
	some claim in sharing.affirmed("share")
	claim.kind in {"third_party", "affiliate"}
	not sharing.excused(claim)
	sharing.lacks(claim, "separate_consent")
	sharing.lacks(claim, "user_directed")
	not _promise(claim)
	not _named_and_necessary(claim)
	not _letter_authorises(claim)
}

# METADATA
# title: _provisions
# description: |
#   Provisions without separate consent: not followed by a promise of
#   separate consent for that provision (…共享您的个人信息。信息同步之前，
#   我们会…另行获取您的授权同意), which covers that clause only.
_provisions contains claim if {
	some claim in _all_provisions
	not sharing.followed(claim)
}

# METADATA
# title: _warn_only
# description: |
#   Separate consent is stated for sharing, or every provision is followed by
#   its own promise of it: only unnamed recipients are left to report.
_warn_only if _consent_stated

_warn_only if {
	sharing.consent_follows("share")
	count(_provisions) == 0
}

# METADATA
# title: _located
# description: >-
#   The clause the document-level finding points at: the first provision
#   without a stated necessity when there is one (it is what makes the
#   finding an error), else the first provision.
_located := sharing.first(_unnecessary) if count(_unnecessary) > 0

_located := sharing.first(_provisions) if count(_unnecessary) == 0

# METADATA
# title: _unnecessary
# description: Provisions that state no necessity for the service.
_unnecessary contains claim if {
	some claim in _provisions
	sharing.lacks(claim, "necessity")
}

# METADATA
# title: _promise
# description: |
#   A provision that may only happen in the future and only with the
#   person's consent (如需向第三方提供，我们会征得您的同意; 如存在其他共享的
#   情形，我们会征得您的明示同意) is a promise, not a practice. A case the
#   text shares in (获得您的明确同意后，我们会与其他方共享) is a practice.
_promise(claim) if {
	_procedure(claim)
	sharing.has(claim, "hypothetical")
}

# METADATA
# title: _procedure
# description: A provision conditioned on the person's consent (如需向第三方共享，我们会征得您的同意).
_procedure(claim) if {
	claim.conditional
	sharing.has(claim, "consent")
}

# METADATA
# title: _named_and_necessary
# description: |
#   A recipient is named in a provision needed for the service: the notice
#   is given and consent is not the basis (个保法 第十三条第一款第二项).
_named_and_necessary(claim) if {
	sharing.has(claim, "recipient_named")
	sharing.has(claim, "necessity")
}

# METADATA
# title: _consent_stated
# description: |
#   Some sharing clause, affirmed or denied, states separate consent or
#   promises the notice of 个保法 第二十三条 (向第三方提供前，我们会告知接收方的名称…).
_consent_stated if {
	some claim in sharing.stated("share")
	sharing.has(claim, "separate_consent")
}

_consent_stated if {
	some claim in sharing.stated("share")
	sharing.has(claim, "recipient_notice")
}

# METADATA
# title: _level
# description: warning when every provision is said to be necessary for the service, else error.
default _level := "warning"

_level := "error" if {
	some claim in _provisions
	sharing.lacks(claim, "necessity")
}

# METADATA
# title: _recipient_zh
# description: The recipient kind in Chinese.
_recipient_zh(claim) := "关联公司" if claim.kind == "affiliate"

_recipient_zh(claim) := "第三方" if claim.kind == "third_party"

# METADATA
# title: _recipient_en
# description: The recipient kind in English.
_recipient_en(claim) := "affiliates" if claim.kind == "affiliate"

_recipient_en(claim) := "third parties" if claim.kind == "third_party"

# METADATA
# title: _gap_zh
# description: What else is missing, in Chinese.
_gap_zh(claim) := "，且未列明接收方名称" if sharing.lacks(claim, "recipient_named")

_gap_zh(claim) := "" if sharing.has(claim, "recipient_named")

# METADATA
# title: _gap_en
# description: What else is missing, in English.
_gap_en(claim) := " and does not name the recipient" if sharing.lacks(claim, "recipient_named")

_gap_en(claim) := "" if sharing.has(claim, "recipient_named")

# METADATA
# title: _letter_authorises
# description: |
#   The person's own letter authorises this provision to a named recipient
#   for a stated purpose (本人授权贵行将…报送至某征信有限公司，用于…): the
#   signed letter is the written consent to that provision.
_letter_authorises(claim) if {
	input.document.type == "authorization"
	sharing.has(claim, "recipient_named")
	sharing.has(claim, "purpose")
	sharing.holds(claim, "consent")
}
