// Package unicode provides data and functions to test some properties of Unicode code
// points, as Go 1.23's unicode package (Unicode 15.0.0): the Is* classes, case mapping,
// SimpleFold, SpecialCase (TurkishCase, AzeriCase), and every range table Go exports
// (categories, scripts, properties, the Categories/Scripts/Properties/FoldCategory/
// FoldScript maps, CaseRanges, GraphicRanges, PrintRanges) with Is, In and IsOneOf.
//
// The Is*/To* functions and SimpleFold are natives over C tables (chars.c, tables.inc).
// The RangeTable values are built when the program starts from C data (rangetables.inc,
// generated from Go's tables by tests/unit/stdlib/gen/rangetables, which also writes the
// GENERATED section of this file); Is, In and IsOneOf walk them in Gale, as Go does.
// Differences from Go: none known.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, the range alternates upper and lower
// case letters (Upper Lower Upper Lower ...).
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set, in two slices (16-bit and 32-bit ranges), sorted and non-overlapping.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents a range of 16-bit Unicode code points: Lo to Hi inclusive, with the
// specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents a range of Unicode code points with values at or above 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code point to one
// code point) case conversion: Lo to Hi inclusive, with a fixed delta for each case.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

type d [MaxCase]rune

// ---- Natives (unicode_natives.c) ----

func IsLetter(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsSpace(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsControl(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

// tableSizes returns the numbers of ranges of range table id and its LatinOffset.
func tableSizes(id int) (n16, n32, latinOffset int)

// tableFill copies the ranges of range table id into r16 and r32.
func tableFill(id int, r16 []Range16, r32 []Range32)

// caseRangesFill copies Go's CaseRanges into cr (len(cr) == caseRangesLen()).
func caseRangesLen() int
func caseRangesFill(cr []CaseRange)

func makeTable(id int) *RangeTable {
	n16, n32, lo := tableSizes(id)
	t := &RangeTable{LatinOffset: lo}
	if n16 > 0 {
		t.R16 = make([]Range16, n16)
	}
	if n32 > 0 {
		t.R32 = make([]Range32, n32)
	}
	tableFill(id, t.R16, t.R32)
	return t
}

func makeCaseRanges() []CaseRange {
	cr := make([]CaseRange, caseRangesLen())
	caseRangesFill(cr)
	return cr
}

// CaseRanges is the table describing case mappings for all letters with non-self
// mappings.
var CaseRanges = makeCaseRanges()

// TurkishCase and AzeriCase are the special case mappings of Turkish and Azeri (dotted
// and dotless I).
var TurkishCase SpecialCase = _TurkishCase
var AzeriCase SpecialCase = _TurkishCase

var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go (GraphicRanges
// without the spaces other than U+0020).
var PrintRanges = []*RangeTable{L, M, N, P, S}

// ---- Range tables ----

// linearMax is the table size up to which Is searches linearly, as Go's does.
const linearMax = 18

// is16 reports whether r is in the sorted slice of 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted slice of 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The function "In"
// provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// ---- Case mapping ----

// to maps r with the case ranges caseRange, reporting whether a range held it.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// alternating Upper/Lower run: even offsets from Lo are upper case
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, had := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, had := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, had := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !had {
		r1 = ToLower(r)
	}
	return r1
}

// BEGIN GENERATED TABLES (tests/unit/stdlib/gen/rangetables; do not edit)

var (
	_ASCII_Hex_Digit = makeTable(0)
	_Adlam = makeTable(1)
	_Ahom = makeTable(2)
	_Anatolian_Hieroglyphs = makeTable(3)
	_Arabic = makeTable(4)
	_Armenian = makeTable(5)
	_Avestan = makeTable(6)
	_Balinese = makeTable(7)
	_Bamum = makeTable(8)
	_Bassa_Vah = makeTable(9)
	_Batak = makeTable(10)
	_Bengali = makeTable(11)
	_Bhaiksuki = makeTable(12)
	_Bidi_Control = makeTable(13)
	_Bopomofo = makeTable(14)
	_Brahmi = makeTable(15)
	_Braille = makeTable(16)
	_Buginese = makeTable(17)
	_Buhid = makeTable(18)
	_C = makeTable(19)
	_Canadian_Aboriginal = makeTable(20)
	_Carian = makeTable(21)
	_Caucasian_Albanian = makeTable(22)
	_Cc = makeTable(23)
	_Cf = makeTable(24)
	_Chakma = makeTable(25)
	_Cham = makeTable(26)
	_Cherokee = makeTable(27)
	_Chorasmian = makeTable(28)
	_Co = makeTable(29)
	_Common = makeTable(30)
	_Coptic = makeTable(31)
	_Cs = makeTable(32)
	_Cuneiform = makeTable(33)
	_Cypriot = makeTable(34)
	_Cypro_Minoan = makeTable(35)
	_Cyrillic = makeTable(36)
	_Dash = makeTable(37)
	_Deprecated = makeTable(38)
	_Deseret = makeTable(39)
	_Devanagari = makeTable(40)
	_Diacritic = makeTable(41)
	_Dives_Akuru = makeTable(42)
	_Dogra = makeTable(43)
	_Duployan = makeTable(44)
	_Egyptian_Hieroglyphs = makeTable(45)
	_Elbasan = makeTable(46)
	_Elymaic = makeTable(47)
	_Ethiopic = makeTable(48)
	_Extender = makeTable(49)
	_Georgian = makeTable(50)
	_Glagolitic = makeTable(51)
	_Gothic = makeTable(52)
	_Grantha = makeTable(53)
	_Greek = makeTable(54)
	_Gujarati = makeTable(55)
	_Gunjala_Gondi = makeTable(56)
	_Gurmukhi = makeTable(57)
	_Han = makeTable(58)
	_Hangul = makeTable(59)
	_Hanifi_Rohingya = makeTable(60)
	_Hanunoo = makeTable(61)
	_Hatran = makeTable(62)
	_Hebrew = makeTable(63)
	_Hex_Digit = makeTable(64)
	_Hiragana = makeTable(65)
	_Hyphen = makeTable(66)
	_IDS_Binary_Operator = makeTable(67)
	_IDS_Trinary_Operator = makeTable(68)
	_Ideographic = makeTable(69)
	_Imperial_Aramaic = makeTable(70)
	_Inherited = makeTable(71)
	_Inscriptional_Pahlavi = makeTable(72)
	_Inscriptional_Parthian = makeTable(73)
	_Javanese = makeTable(74)
	_Join_Control = makeTable(75)
	_Kaithi = makeTable(76)
	_Kannada = makeTable(77)
	_Katakana = makeTable(78)
	_Kawi = makeTable(79)
	_Kayah_Li = makeTable(80)
	_Kharoshthi = makeTable(81)
	_Khitan_Small_Script = makeTable(82)
	_Khmer = makeTable(83)
	_Khojki = makeTable(84)
	_Khudawadi = makeTable(85)
	_L = makeTable(86)
	_Lao = makeTable(87)
	_Latin = makeTable(88)
	_Lepcha = makeTable(89)
	_Limbu = makeTable(90)
	_Linear_A = makeTable(91)
	_Linear_B = makeTable(92)
	_Lisu = makeTable(93)
	_Ll = makeTable(94)
	_Lm = makeTable(95)
	_Lo = makeTable(96)
	_Logical_Order_Exception = makeTable(97)
	_Lt = makeTable(98)
	_Lu = makeTable(99)
	_Lycian = makeTable(100)
	_Lydian = makeTable(101)
	_M = makeTable(102)
	_Mahajani = makeTable(103)
	_Makasar = makeTable(104)
	_Malayalam = makeTable(105)
	_Mandaic = makeTable(106)
	_Manichaean = makeTable(107)
	_Marchen = makeTable(108)
	_Masaram_Gondi = makeTable(109)
	_Mc = makeTable(110)
	_Me = makeTable(111)
	_Medefaidrin = makeTable(112)
	_Meetei_Mayek = makeTable(113)
	_Mende_Kikakui = makeTable(114)
	_Meroitic_Cursive = makeTable(115)
	_Meroitic_Hieroglyphs = makeTable(116)
	_Miao = makeTable(117)
	_Mn = makeTable(118)
	_Modi = makeTable(119)
	_Mongolian = makeTable(120)
	_Mro = makeTable(121)
	_Multani = makeTable(122)
	_Myanmar = makeTable(123)
	_N = makeTable(124)
	_Nabataean = makeTable(125)
	_Nag_Mundari = makeTable(126)
	_Nandinagari = makeTable(127)
	_Nd = makeTable(128)
	_New_Tai_Lue = makeTable(129)
	_Newa = makeTable(130)
	_Nko = makeTable(131)
	_Nl = makeTable(132)
	_No = makeTable(133)
	_Noncharacter_Code_Point = makeTable(134)
	_Nushu = makeTable(135)
	_Nyiakeng_Puachue_Hmong = makeTable(136)
	_Ogham = makeTable(137)
	_Ol_Chiki = makeTable(138)
	_Old_Hungarian = makeTable(139)
	_Old_Italic = makeTable(140)
	_Old_North_Arabian = makeTable(141)
	_Old_Permic = makeTable(142)
	_Old_Persian = makeTable(143)
	_Old_Sogdian = makeTable(144)
	_Old_South_Arabian = makeTable(145)
	_Old_Turkic = makeTable(146)
	_Old_Uyghur = makeTable(147)
	_Oriya = makeTable(148)
	_Osage = makeTable(149)
	_Osmanya = makeTable(150)
	_Other_Alphabetic = makeTable(151)
	_Other_Default_Ignorable_Code_Point = makeTable(152)
	_Other_Grapheme_Extend = makeTable(153)
	_Other_ID_Continue = makeTable(154)
	_Other_ID_Start = makeTable(155)
	_Other_Lowercase = makeTable(156)
	_Other_Math = makeTable(157)
	_Other_Uppercase = makeTable(158)
	_P = makeTable(159)
	_Pahawh_Hmong = makeTable(160)
	_Palmyrene = makeTable(161)
	_Pattern_Syntax = makeTable(162)
	_Pattern_White_Space = makeTable(163)
	_Pau_Cin_Hau = makeTable(164)
	_Pc = makeTable(165)
	_Pd = makeTable(166)
	_Pe = makeTable(167)
	_Pf = makeTable(168)
	_Phags_Pa = makeTable(169)
	_Phoenician = makeTable(170)
	_Pi = makeTable(171)
	_Po = makeTable(172)
	_Prepended_Concatenation_Mark = makeTable(173)
	_Ps = makeTable(174)
	_Psalter_Pahlavi = makeTable(175)
	_Quotation_Mark = makeTable(176)
	_Radical = makeTable(177)
	_Regional_Indicator = makeTable(178)
	_Rejang = makeTable(179)
	_Runic = makeTable(180)
	_S = makeTable(181)
	_STerm = makeTable(182)
	_Samaritan = makeTable(183)
	_Saurashtra = makeTable(184)
	_Sc = makeTable(185)
	_Sentence_Terminal = makeTable(186)
	_Sharada = makeTable(187)
	_Shavian = makeTable(188)
	_Siddham = makeTable(189)
	_SignWriting = makeTable(190)
	_Sinhala = makeTable(191)
	_Sk = makeTable(192)
	_Sm = makeTable(193)
	_So = makeTable(194)
	_Soft_Dotted = makeTable(195)
	_Sogdian = makeTable(196)
	_Sora_Sompeng = makeTable(197)
	_Soyombo = makeTable(198)
	_Sundanese = makeTable(199)
	_Syloti_Nagri = makeTable(200)
	_Syriac = makeTable(201)
	_Tagalog = makeTable(202)
	_Tagbanwa = makeTable(203)
	_Tai_Le = makeTable(204)
	_Tai_Tham = makeTable(205)
	_Tai_Viet = makeTable(206)
	_Takri = makeTable(207)
	_Tamil = makeTable(208)
	_Tangsa = makeTable(209)
	_Tangut = makeTable(210)
	_Telugu = makeTable(211)
	_Terminal_Punctuation = makeTable(212)
	_Thaana = makeTable(213)
	_Thai = makeTable(214)
	_Tibetan = makeTable(215)
	_Tifinagh = makeTable(216)
	_Tirhuta = makeTable(217)
	_Toto = makeTable(218)
	_Ugaritic = makeTable(219)
	_Unified_Ideograph = makeTable(220)
	_Vai = makeTable(221)
	_Variation_Selector = makeTable(222)
	_Vithkuqi = makeTable(223)
	_Wancho = makeTable(224)
	_Warang_Citi = makeTable(225)
	_White_Space = makeTable(226)
	_Yezidi = makeTable(227)
	_Yi = makeTable(228)
	_Z = makeTable(229)
	_Zanabazar_Square = makeTable(230)
	_Zl = makeTable(231)
	_Zp = makeTable(232)
	_Zs = makeTable(233)
	foldCommon = makeTable(234)
	foldGreek = makeTable(235)
	foldInherited = makeTable(236)
	foldL = makeTable(237)
	foldLl = makeTable(238)
	foldLt = makeTable(239)
	foldLu = makeTable(240)
	foldM = makeTable(241)
	foldMn = makeTable(242)
)

var (
	Cc = _Cc
	Cf = _Cf
	Co = _Co
	Cs = _Cs
	Digit = _Nd
	Nd = _Nd
	Letter = _L
	L = _L
	Lm = _Lm
	Lo = _Lo
	Lower = _Ll
	Ll = _Ll
	Mark = _M
	M = _M
	Mc = _Mc
	Me = _Me
	Mn = _Mn
	Nl = _Nl
	No = _No
	Number = _N
	N = _N
	Other = _C
	C = _C
	Pc = _Pc
	Pd = _Pd
	Pe = _Pe
	Pf = _Pf
	Pi = _Pi
	Po = _Po
	Ps = _Ps
	Punct = _P
	P = _P
	Sc = _Sc
	Sk = _Sk
	Sm = _Sm
	So = _So
	Space = _Z
	Z = _Z
	Symbol = _S
	S = _S
	Title = _Lt
	Lt = _Lt
	Upper = _Lu
	Lu = _Lu
	Zl = _Zl
	Zp = _Zp
	Zs = _Zs
	Adlam = _Adlam
	Ahom = _Ahom
	Anatolian_Hieroglyphs = _Anatolian_Hieroglyphs
	Arabic = _Arabic
	Armenian = _Armenian
	Avestan = _Avestan
	Balinese = _Balinese
	Bamum = _Bamum
	Bassa_Vah = _Bassa_Vah
	Batak = _Batak
	Bengali = _Bengali
	Bhaiksuki = _Bhaiksuki
	Bopomofo = _Bopomofo
	Brahmi = _Brahmi
	Braille = _Braille
	Buginese = _Buginese
	Buhid = _Buhid
	Canadian_Aboriginal = _Canadian_Aboriginal
	Carian = _Carian
	Caucasian_Albanian = _Caucasian_Albanian
	Chakma = _Chakma
	Cham = _Cham
	Cherokee = _Cherokee
	Chorasmian = _Chorasmian
	Common = _Common
	Coptic = _Coptic
	Cuneiform = _Cuneiform
	Cypriot = _Cypriot
	Cypro_Minoan = _Cypro_Minoan
	Cyrillic = _Cyrillic
	Deseret = _Deseret
	Devanagari = _Devanagari
	Dives_Akuru = _Dives_Akuru
	Dogra = _Dogra
	Duployan = _Duployan
	Egyptian_Hieroglyphs = _Egyptian_Hieroglyphs
	Elbasan = _Elbasan
	Elymaic = _Elymaic
	Ethiopic = _Ethiopic
	Georgian = _Georgian
	Glagolitic = _Glagolitic
	Gothic = _Gothic
	Grantha = _Grantha
	Greek = _Greek
	Gujarati = _Gujarati
	Gunjala_Gondi = _Gunjala_Gondi
	Gurmukhi = _Gurmukhi
	Han = _Han
	Hangul = _Hangul
	Hanifi_Rohingya = _Hanifi_Rohingya
	Hanunoo = _Hanunoo
	Hatran = _Hatran
	Hebrew = _Hebrew
	Hiragana = _Hiragana
	Imperial_Aramaic = _Imperial_Aramaic
	Inherited = _Inherited
	Inscriptional_Pahlavi = _Inscriptional_Pahlavi
	Inscriptional_Parthian = _Inscriptional_Parthian
	Javanese = _Javanese
	Kaithi = _Kaithi
	Kannada = _Kannada
	Katakana = _Katakana
	Kawi = _Kawi
	Kayah_Li = _Kayah_Li
	Kharoshthi = _Kharoshthi
	Khitan_Small_Script = _Khitan_Small_Script
	Khmer = _Khmer
	Khojki = _Khojki
	Khudawadi = _Khudawadi
	Lao = _Lao
	Latin = _Latin
	Lepcha = _Lepcha
	Limbu = _Limbu
	Linear_A = _Linear_A
	Linear_B = _Linear_B
	Lisu = _Lisu
	Lycian = _Lycian
	Lydian = _Lydian
	Mahajani = _Mahajani
	Makasar = _Makasar
	Malayalam = _Malayalam
	Mandaic = _Mandaic
	Manichaean = _Manichaean
	Marchen = _Marchen
	Masaram_Gondi = _Masaram_Gondi
	Medefaidrin = _Medefaidrin
	Meetei_Mayek = _Meetei_Mayek
	Mende_Kikakui = _Mende_Kikakui
	Meroitic_Cursive = _Meroitic_Cursive
	Meroitic_Hieroglyphs = _Meroitic_Hieroglyphs
	Miao = _Miao
	Modi = _Modi
	Mongolian = _Mongolian
	Mro = _Mro
	Multani = _Multani
	Myanmar = _Myanmar
	Nabataean = _Nabataean
	Nag_Mundari = _Nag_Mundari
	Nandinagari = _Nandinagari
	New_Tai_Lue = _New_Tai_Lue
	Newa = _Newa
	Nko = _Nko
	Nushu = _Nushu
	Nyiakeng_Puachue_Hmong = _Nyiakeng_Puachue_Hmong
	Ogham = _Ogham
	Ol_Chiki = _Ol_Chiki
	Old_Hungarian = _Old_Hungarian
	Old_Italic = _Old_Italic
	Old_North_Arabian = _Old_North_Arabian
	Old_Permic = _Old_Permic
	Old_Persian = _Old_Persian
	Old_Sogdian = _Old_Sogdian
	Old_South_Arabian = _Old_South_Arabian
	Old_Turkic = _Old_Turkic
	Old_Uyghur = _Old_Uyghur
	Oriya = _Oriya
	Osage = _Osage
	Osmanya = _Osmanya
	Pahawh_Hmong = _Pahawh_Hmong
	Palmyrene = _Palmyrene
	Pau_Cin_Hau = _Pau_Cin_Hau
	Phags_Pa = _Phags_Pa
	Phoenician = _Phoenician
	Psalter_Pahlavi = _Psalter_Pahlavi
	Rejang = _Rejang
	Runic = _Runic
	Samaritan = _Samaritan
	Saurashtra = _Saurashtra
	Sharada = _Sharada
	Shavian = _Shavian
	Siddham = _Siddham
	SignWriting = _SignWriting
	Sinhala = _Sinhala
	Sogdian = _Sogdian
	Sora_Sompeng = _Sora_Sompeng
	Soyombo = _Soyombo
	Sundanese = _Sundanese
	Syloti_Nagri = _Syloti_Nagri
	Syriac = _Syriac
	Tagalog = _Tagalog
	Tagbanwa = _Tagbanwa
	Tai_Le = _Tai_Le
	Tai_Tham = _Tai_Tham
	Tai_Viet = _Tai_Viet
	Takri = _Takri
	Tamil = _Tamil
	Tangsa = _Tangsa
	Tangut = _Tangut
	Telugu = _Telugu
	Thaana = _Thaana
	Thai = _Thai
	Tibetan = _Tibetan
	Tifinagh = _Tifinagh
	Tirhuta = _Tirhuta
	Toto = _Toto
	Ugaritic = _Ugaritic
	Vai = _Vai
	Vithkuqi = _Vithkuqi
	Wancho = _Wancho
	Warang_Citi = _Warang_Citi
	Yezidi = _Yezidi
	Yi = _Yi
	Zanabazar_Square = _Zanabazar_Square
	ASCII_Hex_Digit = _ASCII_Hex_Digit
	Bidi_Control = _Bidi_Control
	Dash = _Dash
	Deprecated = _Deprecated
	Diacritic = _Diacritic
	Extender = _Extender
	Hex_Digit = _Hex_Digit
	Hyphen = _Hyphen
	IDS_Binary_Operator = _IDS_Binary_Operator
	IDS_Trinary_Operator = _IDS_Trinary_Operator
	Ideographic = _Ideographic
	Join_Control = _Join_Control
	Logical_Order_Exception = _Logical_Order_Exception
	Noncharacter_Code_Point = _Noncharacter_Code_Point
	Other_Alphabetic = _Other_Alphabetic
	Other_Default_Ignorable_Code_Point = _Other_Default_Ignorable_Code_Point
	Other_Grapheme_Extend = _Other_Grapheme_Extend
	Other_ID_Continue = _Other_ID_Continue
	Other_ID_Start = _Other_ID_Start
	Other_Lowercase = _Other_Lowercase
	Other_Math = _Other_Math
	Other_Uppercase = _Other_Uppercase
	Pattern_Syntax = _Pattern_Syntax
	Pattern_White_Space = _Pattern_White_Space
	Prepended_Concatenation_Mark = _Prepended_Concatenation_Mark
	Quotation_Mark = _Quotation_Mark
	Radical = _Radical
	Regional_Indicator = _Regional_Indicator
	STerm = _Sentence_Terminal
	Sentence_Terminal = _Sentence_Terminal
	Soft_Dotted = _Soft_Dotted
	Terminal_Punctuation = _Terminal_Punctuation
	Unified_Ideograph = _Unified_Ideograph
	Variation_Selector = _Variation_Selector
	White_Space = _White_Space
)

// Categories maps names to tables.
var Categories = map[string]*RangeTable{
	"C": _C,
	"Cc": _Cc,
	"Cf": _Cf,
	"Co": _Co,
	"Cs": _Cs,
	"L": _L,
	"Ll": _Ll,
	"Lm": _Lm,
	"Lo": _Lo,
	"Lt": _Lt,
	"Lu": _Lu,
	"M": _M,
	"Mc": _Mc,
	"Me": _Me,
	"Mn": _Mn,
	"N": _N,
	"Nd": _Nd,
	"Nl": _Nl,
	"No": _No,
	"P": _P,
	"Pc": _Pc,
	"Pd": _Pd,
	"Pe": _Pe,
	"Pf": _Pf,
	"Pi": _Pi,
	"Po": _Po,
	"Ps": _Ps,
	"S": _S,
	"Sc": _Sc,
	"Sk": _Sk,
	"Sm": _Sm,
	"So": _So,
	"Z": _Z,
	"Zl": _Zl,
	"Zp": _Zp,
	"Zs": _Zs,
}

// Scripts maps names to tables.
var Scripts = map[string]*RangeTable{
	"Adlam": _Adlam,
	"Ahom": _Ahom,
	"Anatolian_Hieroglyphs": _Anatolian_Hieroglyphs,
	"Arabic": _Arabic,
	"Armenian": _Armenian,
	"Avestan": _Avestan,
	"Balinese": _Balinese,
	"Bamum": _Bamum,
	"Bassa_Vah": _Bassa_Vah,
	"Batak": _Batak,
	"Bengali": _Bengali,
	"Bhaiksuki": _Bhaiksuki,
	"Bopomofo": _Bopomofo,
	"Brahmi": _Brahmi,
	"Braille": _Braille,
	"Buginese": _Buginese,
	"Buhid": _Buhid,
	"Canadian_Aboriginal": _Canadian_Aboriginal,
	"Carian": _Carian,
	"Caucasian_Albanian": _Caucasian_Albanian,
	"Chakma": _Chakma,
	"Cham": _Cham,
	"Cherokee": _Cherokee,
	"Chorasmian": _Chorasmian,
	"Common": _Common,
	"Coptic": _Coptic,
	"Cuneiform": _Cuneiform,
	"Cypriot": _Cypriot,
	"Cypro_Minoan": _Cypro_Minoan,
	"Cyrillic": _Cyrillic,
	"Deseret": _Deseret,
	"Devanagari": _Devanagari,
	"Dives_Akuru": _Dives_Akuru,
	"Dogra": _Dogra,
	"Duployan": _Duployan,
	"Egyptian_Hieroglyphs": _Egyptian_Hieroglyphs,
	"Elbasan": _Elbasan,
	"Elymaic": _Elymaic,
	"Ethiopic": _Ethiopic,
	"Georgian": _Georgian,
	"Glagolitic": _Glagolitic,
	"Gothic": _Gothic,
	"Grantha": _Grantha,
	"Greek": _Greek,
	"Gujarati": _Gujarati,
	"Gunjala_Gondi": _Gunjala_Gondi,
	"Gurmukhi": _Gurmukhi,
	"Han": _Han,
	"Hangul": _Hangul,
	"Hanifi_Rohingya": _Hanifi_Rohingya,
	"Hanunoo": _Hanunoo,
	"Hatran": _Hatran,
	"Hebrew": _Hebrew,
	"Hiragana": _Hiragana,
	"Imperial_Aramaic": _Imperial_Aramaic,
	"Inherited": _Inherited,
	"Inscriptional_Pahlavi": _Inscriptional_Pahlavi,
	"Inscriptional_Parthian": _Inscriptional_Parthian,
	"Javanese": _Javanese,
	"Kaithi": _Kaithi,
	"Kannada": _Kannada,
	"Katakana": _Katakana,
	"Kawi": _Kawi,
	"Kayah_Li": _Kayah_Li,
	"Kharoshthi": _Kharoshthi,
	"Khitan_Small_Script": _Khitan_Small_Script,
	"Khmer": _Khmer,
	"Khojki": _Khojki,
	"Khudawadi": _Khudawadi,
	"Lao": _Lao,
	"Latin": _Latin,
	"Lepcha": _Lepcha,
	"Limbu": _Limbu,
	"Linear_A": _Linear_A,
	"Linear_B": _Linear_B,
	"Lisu": _Lisu,
	"Lycian": _Lycian,
	"Lydian": _Lydian,
	"Mahajani": _Mahajani,
	"Makasar": _Makasar,
	"Malayalam": _Malayalam,
	"Mandaic": _Mandaic,
	"Manichaean": _Manichaean,
	"Marchen": _Marchen,
	"Masaram_Gondi": _Masaram_Gondi,
	"Medefaidrin": _Medefaidrin,
	"Meetei_Mayek": _Meetei_Mayek,
	"Mende_Kikakui": _Mende_Kikakui,
	"Meroitic_Cursive": _Meroitic_Cursive,
	"Meroitic_Hieroglyphs": _Meroitic_Hieroglyphs,
	"Miao": _Miao,
	"Modi": _Modi,
	"Mongolian": _Mongolian,
	"Mro": _Mro,
	"Multani": _Multani,
	"Myanmar": _Myanmar,
	"Nabataean": _Nabataean,
	"Nag_Mundari": _Nag_Mundari,
	"Nandinagari": _Nandinagari,
	"New_Tai_Lue": _New_Tai_Lue,
	"Newa": _Newa,
	"Nko": _Nko,
	"Nushu": _Nushu,
	"Nyiakeng_Puachue_Hmong": _Nyiakeng_Puachue_Hmong,
	"Ogham": _Ogham,
	"Ol_Chiki": _Ol_Chiki,
	"Old_Hungarian": _Old_Hungarian,
	"Old_Italic": _Old_Italic,
	"Old_North_Arabian": _Old_North_Arabian,
	"Old_Permic": _Old_Permic,
	"Old_Persian": _Old_Persian,
	"Old_Sogdian": _Old_Sogdian,
	"Old_South_Arabian": _Old_South_Arabian,
	"Old_Turkic": _Old_Turkic,
	"Old_Uyghur": _Old_Uyghur,
	"Oriya": _Oriya,
	"Osage": _Osage,
	"Osmanya": _Osmanya,
	"Pahawh_Hmong": _Pahawh_Hmong,
	"Palmyrene": _Palmyrene,
	"Pau_Cin_Hau": _Pau_Cin_Hau,
	"Phags_Pa": _Phags_Pa,
	"Phoenician": _Phoenician,
	"Psalter_Pahlavi": _Psalter_Pahlavi,
	"Rejang": _Rejang,
	"Runic": _Runic,
	"Samaritan": _Samaritan,
	"Saurashtra": _Saurashtra,
	"Sharada": _Sharada,
	"Shavian": _Shavian,
	"Siddham": _Siddham,
	"SignWriting": _SignWriting,
	"Sinhala": _Sinhala,
	"Sogdian": _Sogdian,
	"Sora_Sompeng": _Sora_Sompeng,
	"Soyombo": _Soyombo,
	"Sundanese": _Sundanese,
	"Syloti_Nagri": _Syloti_Nagri,
	"Syriac": _Syriac,
	"Tagalog": _Tagalog,
	"Tagbanwa": _Tagbanwa,
	"Tai_Le": _Tai_Le,
	"Tai_Tham": _Tai_Tham,
	"Tai_Viet": _Tai_Viet,
	"Takri": _Takri,
	"Tamil": _Tamil,
	"Tangsa": _Tangsa,
	"Tangut": _Tangut,
	"Telugu": _Telugu,
	"Thaana": _Thaana,
	"Thai": _Thai,
	"Tibetan": _Tibetan,
	"Tifinagh": _Tifinagh,
	"Tirhuta": _Tirhuta,
	"Toto": _Toto,
	"Ugaritic": _Ugaritic,
	"Vai": _Vai,
	"Vithkuqi": _Vithkuqi,
	"Wancho": _Wancho,
	"Warang_Citi": _Warang_Citi,
	"Yezidi": _Yezidi,
	"Yi": _Yi,
	"Zanabazar_Square": _Zanabazar_Square,
}

// Properties maps names to tables.
var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit": _ASCII_Hex_Digit,
	"Bidi_Control": _Bidi_Control,
	"Dash": _Dash,
	"Deprecated": _Deprecated,
	"Diacritic": _Diacritic,
	"Extender": _Extender,
	"Hex_Digit": _Hex_Digit,
	"Hyphen": _Hyphen,
	"IDS_Binary_Operator": _IDS_Binary_Operator,
	"IDS_Trinary_Operator": _IDS_Trinary_Operator,
	"Ideographic": _Ideographic,
	"Join_Control": _Join_Control,
	"Logical_Order_Exception": _Logical_Order_Exception,
	"Noncharacter_Code_Point": _Noncharacter_Code_Point,
	"Other_Alphabetic": _Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": _Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend": _Other_Grapheme_Extend,
	"Other_ID_Continue": _Other_ID_Continue,
	"Other_ID_Start": _Other_ID_Start,
	"Other_Lowercase": _Other_Lowercase,
	"Other_Math": _Other_Math,
	"Other_Uppercase": _Other_Uppercase,
	"Pattern_Syntax": _Pattern_Syntax,
	"Pattern_White_Space": _Pattern_White_Space,
	"Prepended_Concatenation_Mark": _Prepended_Concatenation_Mark,
	"Quotation_Mark": _Quotation_Mark,
	"Radical": _Radical,
	"Regional_Indicator": _Regional_Indicator,
	"STerm": _STerm,
	"Sentence_Terminal": _Sentence_Terminal,
	"Soft_Dotted": _Soft_Dotted,
	"Terminal_Punctuation": _Terminal_Punctuation,
	"Unified_Ideograph": _Unified_Ideograph,
	"Variation_Selector": _Variation_Selector,
	"White_Space": _White_Space,
}

// FoldCategory maps names to tables.
var FoldCategory = map[string]*RangeTable{
	"L": foldL,
	"Ll": foldLl,
	"Lt": foldLt,
	"Lu": foldLu,
	"M": foldM,
	"Mn": foldMn,
}

// FoldScript maps names to tables.
var FoldScript = map[string]*RangeTable{
	"Common": foldCommon,
	"Greek": foldGreek,
	"Inherited": foldInherited,
}

// END GENERATED TABLES
