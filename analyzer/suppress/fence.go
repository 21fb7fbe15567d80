package suppress

import "bytes"

// codeFences returns the byte ranges [start, end) of the fenced code
// blocks (``` or ~~~) of a Markdown source, so that directives shown as
// examples inside them are not applied. An unclosed fence runs to the end.
func codeFences(src []byte) [][2]int {
	var out [][2]int
	open, fence := -1, ""
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := src[off:end]
		trimmed := bytes.TrimLeft(line, " ")
		if len(line)-len(trimmed) <= 3 {
			f := fenceOf(trimmed)
			switch {
			case open < 0 && f != "":
				open, fence = off, f
			case open >= 0 && f != "" && f[0] == fence[0] && len(f) >= len(fence) &&
				len(bytes.TrimSpace(trimmed[len(f):])) == 0:
				out = append(out, [2]int{open, end})
				open = -1
			}
		}
		off = end + 1
	}
	if open >= 0 {
		out = append(out, [2]int{open, len(src)})
	}
	return out
}

// fenceOf returns the run of three or more backticks or tildes that line
// starts with, or "".
func fenceOf(line []byte) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(line) && line[n] == c {
			n++
		}
		if n >= 3 {
			return string(line[:n])
		}
	}
	return ""
}

func inRanges(off int, rs [][2]int) bool {
	for _, r := range rs {
		if r[0] <= off && off < r[1] {
			return true
		}
	}
	return false
}
