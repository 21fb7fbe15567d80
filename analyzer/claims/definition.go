package claims

import "strings"

// definitionCues mark a sentence that defines or exemplifies personal
// information rather than saying what is processed (敏感个人信息是指…,
// 个人信息包括姓名、出生日期…: the statutory enumerations of 网安法 and
// 民法典 第一千零三十四条).
var definitionCues = []string{"是指", "指的是", "容易导致自然人", "可能危害人身", "个人信息示例", "个人信息包括",
	"敏感信息包括", "个人信息可能包括", "个人信息主要包括", "信息主要包括", "一旦泄露或者非法使用", "一旦泄露或非法使用",
	"一旦泄露、非法提供或滥用", "出生日期、身份证件号码", "可能包含您的个人敏感信息", "可能包含您个人的敏感信息",
	"可能包含您的敏感个人信息"}

// definitional reports whether s defines personal information: a definition
// cue, or an enumeration of four or more sensitive categories (the statutory
// list of 个保法 第二十八条 and its variants).
func definitional(s *sent) bool {
	if !s.memo.defDone {
		s.memo.def, s.memo.defDone = isDefinition(s), true
	}
	return s.memo.def
}

func isDefinition(s *sent) bool {
	if s.contains(definitionCues) || strings.HasPrefix(s.text, "指") && !strings.HasPrefix(s.text, "指纹") {
		return true
	}
	_, sens := s.categories()
	return len(sens) >= 4 || len(sens) >= 3 && s.contains(sensitiveRefs)
}
