package output

import (
	"strings"

	"github.com/pplint/pplint/analyzer/report"
)

// htmlLabels are the words of the html report's interface per language.
// The documents themselves are shown as written.
var htmlLabels = map[string]map[string]string{
	"zh": {
		"title":      "pplint 审阅报告",
		"generated":  "生成",
		"version":    "版本",
		"options":    "选项",
		"summary":    "概要",
		"documents":  "文件",
		"findings":   "问题",
		"byRule":     "按规则",
		"rule":       "规则",
		"count":      "数量",
		"errors":     "无法检查的文件",
		"noFindings": "未发现问题。",
		"docScope":   "涉及全文的问题",
		"docFinds":   "本文件的问题",
		"basis":      "法律依据",
		"fix":        "修改建议",
		"quote":      "原文",
		"back":       "↑ 回到原文",
		"docLink":    "规则文档",
		"filter":     "筛选",
		"allRules":   "全部规则",
		"prev":       "上一个",
		"next":       "下一个",
		"close":      "关闭",
		"keys":       "键盘：j / k 下一个 / 上一个问题，Enter 打开，Esc 关闭",
		"loc":        "第 %d 行第 %d 列",
		"checked":    "检查文件 %d 个，无法检查 %d 个，共 %d 个问题",
		"noText":     "（未保留该文件的文本）",
		"panel":      "问题详情",
		"skip":       "跳到问题列表",
		"toc":        "目录",
	},
	"en": {
		"title":      "pplint review report",
		"generated":  "Generated",
		"version":    "Version",
		"options":    "Options",
		"summary":    "Summary",
		"documents":  "Documents",
		"findings":   "Findings",
		"byRule":     "By rule",
		"rule":       "Rule",
		"count":      "Count",
		"errors":     "Files that could not be checked",
		"noFindings": "No findings.",
		"docScope":   "Findings about the whole document",
		"docFinds":   "Findings in this document",
		"basis":      "Legal basis",
		"fix":        "Suggested fix",
		"quote":      "Text",
		"back":       "↑ Back to the text",
		"docLink":    "Rule documentation",
		"filter":     "Filter",
		"allRules":   "All rules",
		"prev":       "Previous",
		"next":       "Next",
		"close":      "Close",
		"keys":       "Keys: j / k next / previous finding, Enter opens, Esc closes",
		"loc":        "line %d, column %d",
		"checked":    "%d file(s) checked, %d could not be checked, %d finding(s)",
		"noText":     "(the text of this file was not kept)",
		"panel":      "Finding",
		"skip":       "Skip to the findings",
		"toc":        "Contents",
	},
}

// htmlLevelName is a level's name in the html report.
func htmlLevelName(l report.Level, lang string) string {
	if lang == "en" && l != "" {
		return strings.ToUpper(string(l[:1])) + string(l[1:])
	}
	return levelName(l, lang)
}
