# METADATA
# title: 个性化推送未提供拒绝方式
# description: 文本利用个人信息进行个性化推荐、定向推送或用户画像，但全文未提供关闭、拒绝或不针对个人特征的选项；或依个人特征实行差别定价、排除对自动化决定的说明与复核。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/sharing/automated-decision-optout-missing/README.md
# custom:
#   id: automated-decision-optout-missing
#   title_en: Personalised push without an opt-out
#   description_en: The text uses personal information for personalised recommendation, targeted push or profiling but nowhere offers a way to switch it off, refuse it, or choose content not based on personal characteristics; or it prices by personal characteristics, or excludes explanation and review of an automated decision.
#   severity: warning
#   scope: document
#   tags: [automated-decision, personalisation]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第二十四条
#       text: 个人信息处理者利用个人信息进行自动化决策，应当保证决策的透明度和结果公平、公正，不得对个人在交易价格等交易条件上实行不合理的差别待遇。通过自动化决策方式向个人进行信息推送、商业营销，应当同时提供不针对其个人特征的选项，或者向个人提供便捷的拒绝方式。通过自动化决策方式作出对个人权益有重大影响的决定，个人有权要求个人信息处理者予以说明，并有权拒绝个人信息处理者仅通过自动化决策的方式作出决定。
#     - law: 电商法
#       law_full: 中华人民共和国电子商务法
#       article: 第十八条第一款
#       text: 电子商务经营者根据消费者的兴趣爱好、消费习惯等特征向其提供商品或者服务的搜索结果的，应当同时向该消费者提供不针对其个人特征的选项……
#   fix: 为个性化推荐、定向广告分别提供显著、便捷的关闭入口或不针对个人特征的选项并写明路径；删除依个人特征差别定价的条款；对重大影响的自动化决定提供说明与人工复核渠道。
#   fix_en: Offer a visible, easy switch (or a non-personalised option) for personalised recommendation and targeted ads and say where it is; delete pricing by personal characteristics; offer explanation and human review of automated decisions with significant effects.
package pplint.rules.sharing["automated-decision-optout-missing"]

import data.pplint.lib.result
import data.pplint.lib.sharing

# METADATA
# title: report
# description: |
#   The first affirmed personalisation (recommendation, ads, profiling) of a
#   document where no personalisation clause offers an opt-out.
report contains result.fail(rego.metadata.chain(), sharing.where(claim, "cue"), "warning", message) if {
	sharing.in_scope
	not _optout_offered
	count(_personalised) > 0
	claim := sharing.first(_personalised)
	message := {
		"zh": sprintf("文本进行个性化推送或用户画像（“%s”），但全文未提供关闭、拒绝或不针对个人特征的选项。", [sharing.cue(claim, "cue")]),
		"en": sprintf("The text personalises content or profiles the person (“%s”) but nowhere offers a way to switch it off, refuse it, or choose content not based on personal characteristics.", [sharing.cue(claim, "cue")]),
	}
}

report contains result.fail(rego.metadata.chain(), sharing.where(claim, "cue"), "error", message) if {
	some claim in sharing.affirmed("automated_decision")
	claim.kind == "pricing"
	message := {
		"zh": sprintf("条款依个人特征实行差别价格（“%s”）：自动化决策不得在交易价格等交易条件上实行不合理的差别待遇。", [sharing.cue(claim, "cue")]),
		"en": sprintf("The clause prices by personal characteristics (“%s”): automated decisions may not treat people unreasonably differently in prices or other terms.", [sharing.cue(claim, "cue")]),
	}
}

report contains result.fail(rego.metadata.chain(), sharing.where(claim, "no_review"), "warning", message) if {
	some claim in sharing.affirmed("automated_decision")
	sharing.has(claim, "no_review")
	message := {
		"zh": sprintf("条款排除对自动化决定的说明或人工复核（“%s”）：个人有权要求说明并拒绝仅由自动化决策作出的决定。", [sharing.cue(claim, "no_review")]),
		"en": sprintf("The clause excludes explanation or human review of an automated decision (“%s”): people may ask for an explanation and refuse decisions made solely by automated means.", [sharing.cue(claim, "no_review")]),
	}
}

# METADATA
# title: _personalised
# description: Affirmed personalised recommendation, ads or profiling.
_personalised contains claim if {
	some claim in sharing.affirmed("automated_decision")
	claim.kind in {"recommendation", "ads", "profiling"}
	sharing.lacks(claim, "anonymised")
	sharing.lacks(claim, "definition")
}

# METADATA
# title: _optout_offered
# description: Some personalisation clause offers a switch, a refusal or a non-personalised option.
_optout_offered if {
	some claim in sharing.stated("automated_decision")
	sharing.holds(claim, "optout")
}
