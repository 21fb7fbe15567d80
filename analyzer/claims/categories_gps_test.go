package claims

import (
	"slices"
	"testing"
)

func TestGPSAsLocationSource(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text    string
		precise bool
	}{
		{"位置信息的来源包括IP地址、GPS以及WLAN接入点、蓝牙和基站等传感器信息。", false},
		{"我们会收集设备型号、IMEI、MAC地址、GPS位置和系统版本，用于安全风控。", false},
		{"我们会持续获取您的GPS定位，用于记录您的跑步路线。", true},
		{"我们会通过GPS、基站和WLAN接入点获取您的精确定位信息，用于推荐附近商户。", true},
		{"我们会持续获取您的行踪轨迹，以便为您推荐周边商户。", true},
		{"我们仅收集您当时所处的地理位置，不会将各时段的位置信息结合以判断您的行踪轨迹。", false},
	}
	for _, c := range cases {
		_, sens := categoriesIn(c.text)
		if got := slices.Contains(sens, "location"); got != c.precise {
			t.Errorf("%s: precise location = %v, want %v (%v)", c.text, got, c.precise, sens)
		}
	}
}
