# METADATA
# title: 未明示处理目的、方式、范围
# description: 隐私政策收集个人信息却没有说明任何处理目的；或收集某类敏感个人信息时，没有在同一句、同一列表项或所在标题中写明具体的处理目的（“为了更好地提供服务”之类的笼统表述不算）。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/consent/purpose-undisclosed/README.md
# custom:
#   id: purpose-undisclosed
#   title_en: Purpose, method and scope not disclosed
#   description_en: A privacy notice collects personal information but states no purpose at all, or collects a category of sensitive personal information without a specific purpose in the same sentence, list item or heading (vague purposes such as "to provide better services" do not count).
#   severity: error
#   scope: document
#   tags: [disclosure, purpose]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第七条
#       text: 处理个人信息应当遵循公开、透明原则，公开个人信息处理规则，明示处理的目的、方式和范围。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第十七条第一款
#       text: 个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项：（一）个人信息处理者的名称或者姓名和联系方式；（二）个人信息的处理目的、处理方式，处理的个人信息种类、保存期限；（三）个人行使本法规定权利的方式和程序；（四）法律、行政法规规定应当告知的其他事项。
#     - law: 民法典
#       law_full: 中华人民共和国民法典
#       article: 第一千零三十五条第一款
#       text: 处理个人信息的，应当遵循合法、正当、必要原则，不得过度处理，并符合下列条件：……（二）公开处理信息的规则；（三）明示处理信息的目的、方式和范围；
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第二条（二）
#       text: 未公开处理人脸信息的规则或者未明示处理的目的、方式、范围；
#   fix: 按业务功能逐项列明所收集的个人信息种类、对应的处理目的和处理方式（建议以“功能—信息—目的—是否必需”表格呈现），删除“包括但不限于”“其他用途”等开放式表述。
#   fix_en: For each function, list the categories of personal information collected with their specific purpose and method (a function / information / purpose / required table works well), and remove open-ended wording such as "including but not limited to" or "other uses".
package pplint.rules.consent["purpose-undisclosed"]

import data.pplint.lib.consent as lib
import data.pplint.lib.result

# METADATA
# title: report
# description: A privacy notice that collects personal information and states no purpose anywhere.
report contains result.fail(rego.metadata.chain(), lib.section_span(c), "error", message) if {
	lib.notice
	count(lib.affirmed("collect")) > 0
	count(_purposes("specific")) == 0
	c := lib.first(lib.affirmed("collect"))
	message := {
		"zh": "本政策收集个人信息，但通篇未说明处理目的（用于/为了/以便……），未明示处理的目的、方式和范围。",
		"en": "The notice collects personal information but never states a purpose for it (used for / in order to …): purpose, method and scope are not disclosed.",
	}
}

# METADATA
# title: report
# description: |
#   One finding per clause that first collects a sensitive category that
#   no specific purpose in the same sentence,
#   list item or section (or on its heading) explains; warning when only a vague
#   purpose (为了更好地提供服务) is given.
report contains result.fail(rego.metadata.chain(), c.span, _level(cats), message) if {
	lib.notice
	count(lib.affirmed("purpose")) > 0
	missing := {cat | some cat in lib.sensitive_categories; not _purposed(lib.collects_of(cat), "specific")}
	some c, cats in lib.clauses_for(missing)
	message := {
		"zh": sprintf("此处收集%s（敏感个人信息），但未在同一条款中写明具体的处理目的。", [lib.names_zh(cats)]),
		"en": sprintf("This clause collects %s (sensitive personal information) without a specific purpose stated with it.", [lib.names_en(cats)]),
	}
}

# METADATA
# title: _purposed
# description: |
#   Some clause of cs has a purpose of the given kind in the same sentence or
#   item, on its section heading, or (when the clause states no purpose of its
#   own) elsewhere in its section.
_purposed(cs, kind) if {
	some c in cs
	lib.in_blocks(c, lib.blocks(_purposes(kind)))
}

_purposed(cs, kind) if {
	some c in cs
	input.sentences[c.sentence].section in _headings(kind)
}

_purposed(cs, kind) if {
	some c in cs
	lib.in_sections(c, lib.sections(_purposes(kind)))
	not c.sentence in _purpose_sentences
}

# METADATA
# title: _purposes
# description: The affirmed purposes of the given kind (specific or vague).
_purposes(kind) := {p | some p in lib.affirmed("purpose"); p.kind == kind}

# METADATA
# title: _headings
# description: The texts of the headings that state a purpose of the given kind (each covers its section).
_headings(kind) := {hs.text |
	some p in _purposes(kind)
	hs := input.sentences[p.sentence]
	hs.kind == "heading"
}

# METADATA
# title: _purpose_sentences
# description: The sentences that state a purpose of their own, so the section's other purposes do not stand in for them.
_purpose_sentences := {p.sentence | some p in lib.affirmed("purpose")}

# METADATA
# title: _level
# description: error when some category has no purpose at all, warning when each has only a vague one.
_level(cats) := "error" if {
	some cat in cats
	not _purposed(lib.collects_of(cat), "vague")
} else := "warning"
