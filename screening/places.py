"""Places as provinces: a province name (内蒙古 / 内蒙古自治区 alike, or a longer address starting with
one) or an administrative code (6, 9 or 12 digits, GB/T 2260: the first two digits are the province)."""

PROVINCES = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古", "21": "辽宁", "22": "吉林",
    "23": "黑龙江", "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西",
    "37": "山东", "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏", "61": "陕西", "62": "甘肃",
    "63": "青海", "64": "宁夏", "65": "新疆", "71": "台湾", "81": "香港", "82": "澳门",
}
# Short names are prefixes of the full ones (内蒙古 → 内蒙古自治区), so a prefix match covers both.
_BY_NAME = sorted(((name, int(code)) for code, name in PROVINCES.items()), key=lambda x: -len(x[0]))


def province_code(text: str) -> int | None:
    """The province as an int (15 for 内蒙古), or None when the text names none."""
    if text.isdigit() and text.isascii():
        if len(text) in (6, 9, 12) and text[:2] in PROVINCES:
            return int(text[:2])
        return None
    for name, code in _BY_NAME:
        if text.startswith(name):
            return code
    return None


def province_name(code: int) -> str:
    return PROVINCES.get(f"{code:02d}", str(code))
