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
	ASCII_Hex_Digit = makeTable(0)
	Adlam = makeTable(1)
	Ahom = makeTable(2)
	Anatolian_Hieroglyphs = makeTable(3)
	Arabic = makeTable(4)
	Armenian = makeTable(5)
	Avestan = makeTable(6)
	Balinese = makeTable(7)
	Bamum = makeTable(8)
	Bassa_Vah = makeTable(9)
	Batak = makeTable(10)
	Bengali = makeTable(11)
	Bhaiksuki = makeTable(12)
	Bidi_Control = makeTable(13)
	Bopomofo = makeTable(14)
	Brahmi = makeTable(15)
	Braille = makeTable(16)
	Buginese = makeTable(17)
	Buhid = makeTable(18)
	C = makeTable(19)
	Canadian_Aboriginal = makeTable(20)
	Carian = makeTable(21)
	Caucasian_Albanian = makeTable(22)
	Cc = makeTable(23)
	Cf = makeTable(24)
	Chakma = makeTable(25)
	Cham = makeTable(26)
	Cherokee = makeTable(27)
	Chorasmian = makeTable(28)
	Co = makeTable(29)
	Common = makeTable(30)
	Coptic = makeTable(31)
	Cs = makeTable(32)
	Cuneiform = makeTable(33)
	Cypriot = makeTable(34)
	Cypro_Minoan = makeTable(35)
	Cyrillic = makeTable(36)
	Dash = makeTable(37)
	Deprecated = makeTable(38)
	Deseret = makeTable(39)
	Devanagari = makeTable(40)
	Diacritic = makeTable(41)
	Dives_Akuru = makeTable(42)
	Dogra = makeTable(43)
	Duployan = makeTable(44)
	Egyptian_Hieroglyphs = makeTable(45)
	Elbasan = makeTable(46)
	Elymaic = makeTable(47)
	Ethiopic = makeTable(48)
	Extender = makeTable(49)
	Georgian = makeTable(50)
	Glagolitic = makeTable(51)
	Gothic = makeTable(52)
	Grantha = makeTable(53)
	Greek = makeTable(54)
	Gujarati = makeTable(55)
	Gunjala_Gondi = makeTable(56)
	Gurmukhi = makeTable(57)
	Han = makeTable(58)
	Hangul = makeTable(59)
	Hanifi_Rohingya = makeTable(60)
	Hanunoo = makeTable(61)
	Hatran = makeTable(62)
	Hebrew = makeTable(63)
	Hex_Digit = makeTable(64)
	Hiragana = makeTable(65)
	Hyphen = makeTable(66)
	IDS_Binary_Operator = makeTable(67)
	IDS_Trinary_Operator = makeTable(68)
	Ideographic = makeTable(69)
	Imperial_Aramaic = makeTable(70)
	Inherited = makeTable(71)
	Inscriptional_Pahlavi = makeTable(72)
	Inscriptional_Parthian = makeTable(73)
	Javanese = makeTable(74)
	Join_Control = makeTable(75)
	Kaithi = makeTable(76)
	Kannada = makeTable(77)
	Katakana = makeTable(78)
	Kawi = makeTable(79)
	Kayah_Li = makeTable(80)
	Kharoshthi = makeTable(81)
	Khitan_Small_Script = makeTable(82)
	Khmer = makeTable(83)
	Khojki = makeTable(84)
	Khudawadi = makeTable(85)
	L = makeTable(86)
	Lao = makeTable(87)
	Latin = makeTable(88)
	Lepcha = makeTable(89)
	Limbu = makeTable(90)
	Linear_A = makeTable(91)
	Linear_B = makeTable(92)
	Lisu = makeTable(93)
	Ll = makeTable(94)
	Lm = makeTable(95)
	Lo = makeTable(96)
	Logical_Order_Exception = makeTable(97)
	Lt = makeTable(98)
	Lu = makeTable(99)
	Lycian = makeTable(100)
	Lydian = makeTable(101)
	M = makeTable(102)
	Mahajani = makeTable(103)
	Makasar = makeTable(104)
	Malayalam = makeTable(105)
	Mandaic = makeTable(106)
	Manichaean = makeTable(107)
	Marchen = makeTable(108)
	Masaram_Gondi = makeTable(109)
	Mc = makeTable(110)
	Me = makeTable(111)
	Medefaidrin = makeTable(112)
	Meetei_Mayek = makeTable(113)
	Mende_Kikakui = makeTable(114)
	Meroitic_Cursive = makeTable(115)
	Meroitic_Hieroglyphs = makeTable(116)
	Miao = makeTable(117)
	Mn = makeTable(118)
	Modi = makeTable(119)
	Mongolian = makeTable(120)
	Mro = makeTable(121)
	Multani = makeTable(122)
	Myanmar = makeTable(123)
	N = makeTable(124)
	Nabataean = makeTable(125)
	Nag_Mundari = makeTable(126)
	Nandinagari = makeTable(127)
	Nd = makeTable(128)
	New_Tai_Lue = makeTable(129)
	Newa = makeTable(130)
	Nko = makeTable(131)
	Nl = makeTable(132)
	No = makeTable(133)
	Noncharacter_Code_Point = makeTable(134)
	Nushu = makeTable(135)
	Nyiakeng_Puachue_Hmong = makeTable(136)
	Ogham = makeTable(137)
	Ol_Chiki = makeTable(138)
	Old_Hungarian = makeTable(139)
	Old_Italic = makeTable(140)
	Old_North_Arabian = makeTable(141)
	Old_Permic = makeTable(142)
	Old_Persian = makeTable(143)
	Old_Sogdian = makeTable(144)
	Old_South_Arabian = makeTable(145)
	Old_Turkic = makeTable(146)
	Old_Uyghur = makeTable(147)
	Oriya = makeTable(148)
	Osage = makeTable(149)
	Osmanya = makeTable(150)
	Other_Alphabetic = makeTable(151)
	Other_Default_Ignorable_Code_Point = makeTable(152)
	Other_Grapheme_Extend = makeTable(153)
	Other_ID_Continue = makeTable(154)
	Other_ID_Start = makeTable(155)
	Other_Lowercase = makeTable(156)
	Other_Math = makeTable(157)
	Other_Uppercase = makeTable(158)
	P = makeTable(159)
	Pahawh_Hmong = makeTable(160)
	Palmyrene = makeTable(161)
	Pattern_Syntax = makeTable(162)
	Pattern_White_Space = makeTable(163)
	Pau_Cin_Hau = makeTable(164)
	Pc = makeTable(165)
	Pd = makeTable(166)
	Pe = makeTable(167)
	Pf = makeTable(168)
	Phags_Pa = makeTable(169)
	Phoenician = makeTable(170)
	Pi = makeTable(171)
	Po = makeTable(172)
	Prepended_Concatenation_Mark = makeTable(173)
	Ps = makeTable(174)
	Psalter_Pahlavi = makeTable(175)
	Quotation_Mark = makeTable(176)
	Radical = makeTable(177)
	Regional_Indicator = makeTable(178)
	Rejang = makeTable(179)
	Runic = makeTable(180)
	S = makeTable(181)
	STerm = makeTable(182)
	Samaritan = makeTable(183)
	Saurashtra = makeTable(184)
	Sc = makeTable(185)
	Sharada = makeTable(186)
	Shavian = makeTable(187)
	Siddham = makeTable(188)
	SignWriting = makeTable(189)
	Sinhala = makeTable(190)
	Sk = makeTable(191)
	Sm = makeTable(192)
	So = makeTable(193)
	Soft_Dotted = makeTable(194)
	Sogdian = makeTable(195)
	Sora_Sompeng = makeTable(196)
	Soyombo = makeTable(197)
	Sundanese = makeTable(198)
	Syloti_Nagri = makeTable(199)
	Syriac = makeTable(200)
	Tagalog = makeTable(201)
	Tagbanwa = makeTable(202)
	Tai_Le = makeTable(203)
	Tai_Tham = makeTable(204)
	Tai_Viet = makeTable(205)
	Takri = makeTable(206)
	Tamil = makeTable(207)
	Tangsa = makeTable(208)
	Tangut = makeTable(209)
	Telugu = makeTable(210)
	Terminal_Punctuation = makeTable(211)
	Thaana = makeTable(212)
	Thai = makeTable(213)
	Tibetan = makeTable(214)
	Tifinagh = makeTable(215)
	Tirhuta = makeTable(216)
	Toto = makeTable(217)
	Ugaritic = makeTable(218)
	Unified_Ideograph = makeTable(219)
	Vai = makeTable(220)
	Variation_Selector = makeTable(221)
	Vithkuqi = makeTable(222)
	Wancho = makeTable(223)
	Warang_Citi = makeTable(224)
	White_Space = makeTable(225)
	Yezidi = makeTable(226)
	Yi = makeTable(227)
	Z = makeTable(228)
	Zanabazar_Square = makeTable(229)
	Zl = makeTable(230)
	Zp = makeTable(231)
	Zs = makeTable(232)
	foldCommon = makeTable(233)
	foldGreek = makeTable(234)
	foldInherited = makeTable(235)
	foldL = makeTable(236)
	foldLl = makeTable(237)
	foldLt = makeTable(238)
	foldLu = makeTable(239)
	foldM = makeTable(240)
	foldMn = makeTable(241)
)

var (
	Sentence_Terminal = STerm
	Digit = Nd
	Letter = L
	Lower = Ll
	Mark = M
	Number = N
	Other = C
	Punct = P
	Space = Z
	Symbol = S
	Title = Lt
	Upper = Lu
)

// Categories maps names to tables.
var Categories = map[string]*RangeTable{
	"C": C,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L": L,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M": M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N": N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P": P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S": S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z": Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

// Scripts maps names to tables.
var Scripts = map[string]*RangeTable{
	"Adlam": Adlam,
	"Ahom": Ahom,
	"Anatolian_Hieroglyphs": Anatolian_Hieroglyphs,
	"Arabic": Arabic,
	"Armenian": Armenian,
	"Avestan": Avestan,
	"Balinese": Balinese,
	"Bamum": Bamum,
	"Bassa_Vah": Bassa_Vah,
	"Batak": Batak,
	"Bengali": Bengali,
	"Bhaiksuki": Bhaiksuki,
	"Bopomofo": Bopomofo,
	"Brahmi": Brahmi,
	"Braille": Braille,
	"Buginese": Buginese,
	"Buhid": Buhid,
	"Canadian_Aboriginal": Canadian_Aboriginal,
	"Carian": Carian,
	"Caucasian_Albanian": Caucasian_Albanian,
	"Chakma": Chakma,
	"Cham": Cham,
	"Cherokee": Cherokee,
	"Chorasmian": Chorasmian,
	"Common": Common,
	"Coptic": Coptic,
	"Cuneiform": Cuneiform,
	"Cypriot": Cypriot,
	"Cypro_Minoan": Cypro_Minoan,
	"Cyrillic": Cyrillic,
	"Deseret": Deseret,
	"Devanagari": Devanagari,
	"Dives_Akuru": Dives_Akuru,
	"Dogra": Dogra,
	"Duployan": Duployan,
	"Egyptian_Hieroglyphs": Egyptian_Hieroglyphs,
	"Elbasan": Elbasan,
	"Elymaic": Elymaic,
	"Ethiopic": Ethiopic,
	"Georgian": Georgian,
	"Glagolitic": Glagolitic,
	"Gothic": Gothic,
	"Grantha": Grantha,
	"Greek": Greek,
	"Gujarati": Gujarati,
	"Gunjala_Gondi": Gunjala_Gondi,
	"Gurmukhi": Gurmukhi,
	"Han": Han,
	"Hangul": Hangul,
	"Hanifi_Rohingya": Hanifi_Rohingya,
	"Hanunoo": Hanunoo,
	"Hatran": Hatran,
	"Hebrew": Hebrew,
	"Hiragana": Hiragana,
	"Imperial_Aramaic": Imperial_Aramaic,
	"Inherited": Inherited,
	"Inscriptional_Pahlavi": Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese": Javanese,
	"Kaithi": Kaithi,
	"Kannada": Kannada,
	"Katakana": Katakana,
	"Kawi": Kawi,
	"Kayah_Li": Kayah_Li,
	"Kharoshthi": Kharoshthi,
	"Khitan_Small_Script": Khitan_Small_Script,
	"Khmer": Khmer,
	"Khojki": Khojki,
	"Khudawadi": Khudawadi,
	"Lao": Lao,
	"Latin": Latin,
	"Lepcha": Lepcha,
	"Limbu": Limbu,
	"Linear_A": Linear_A,
	"Linear_B": Linear_B,
	"Lisu": Lisu,
	"Lycian": Lycian,
	"Lydian": Lydian,
	"Mahajani": Mahajani,
	"Makasar": Makasar,
	"Malayalam": Malayalam,
	"Mandaic": Mandaic,
	"Manichaean": Manichaean,
	"Marchen": Marchen,
	"Masaram_Gondi": Masaram_Gondi,
	"Medefaidrin": Medefaidrin,
	"Meetei_Mayek": Meetei_Mayek,
	"Mende_Kikakui": Mende_Kikakui,
	"Meroitic_Cursive": Meroitic_Cursive,
	"Meroitic_Hieroglyphs": Meroitic_Hieroglyphs,
	"Miao": Miao,
	"Modi": Modi,
	"Mongolian": Mongolian,
	"Mro": Mro,
	"Multani": Multani,
	"Myanmar": Myanmar,
	"Nabataean": Nabataean,
	"Nag_Mundari": Nag_Mundari,
	"Nandinagari": Nandinagari,
	"New_Tai_Lue": New_Tai_Lue,
	"Newa": Newa,
	"Nko": Nko,
	"Nushu": Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham": Ogham,
	"Ol_Chiki": Ol_Chiki,
	"Old_Hungarian": Old_Hungarian,
	"Old_Italic": Old_Italic,
	"Old_North_Arabian": Old_North_Arabian,
	"Old_Permic": Old_Permic,
	"Old_Persian": Old_Persian,
	"Old_Sogdian": Old_Sogdian,
	"Old_South_Arabian": Old_South_Arabian,
	"Old_Turkic": Old_Turkic,
	"Old_Uyghur": Old_Uyghur,
	"Oriya": Oriya,
	"Osage": Osage,
	"Osmanya": Osmanya,
	"Pahawh_Hmong": Pahawh_Hmong,
	"Palmyrene": Palmyrene,
	"Pau_Cin_Hau": Pau_Cin_Hau,
	"Phags_Pa": Phags_Pa,
	"Phoenician": Phoenician,
	"Psalter_Pahlavi": Psalter_Pahlavi,
	"Rejang": Rejang,
	"Runic": Runic,
	"Samaritan": Samaritan,
	"Saurashtra": Saurashtra,
	"Sharada": Sharada,
	"Shavian": Shavian,
	"Siddham": Siddham,
	"SignWriting": SignWriting,
	"Sinhala": Sinhala,
	"Sogdian": Sogdian,
	"Sora_Sompeng": Sora_Sompeng,
	"Soyombo": Soyombo,
	"Sundanese": Sundanese,
	"Syloti_Nagri": Syloti_Nagri,
	"Syriac": Syriac,
	"Tagalog": Tagalog,
	"Tagbanwa": Tagbanwa,
	"Tai_Le": Tai_Le,
	"Tai_Tham": Tai_Tham,
	"Tai_Viet": Tai_Viet,
	"Takri": Takri,
	"Tamil": Tamil,
	"Tangsa": Tangsa,
	"Tangut": Tangut,
	"Telugu": Telugu,
	"Thaana": Thaana,
	"Thai": Thai,
	"Tibetan": Tibetan,
	"Tifinagh": Tifinagh,
	"Tirhuta": Tirhuta,
	"Toto": Toto,
	"Ugaritic": Ugaritic,
	"Vai": Vai,
	"Vithkuqi": Vithkuqi,
	"Wancho": Wancho,
	"Warang_Citi": Warang_Citi,
	"Yezidi": Yezidi,
	"Yi": Yi,
	"Zanabazar_Square": Zanabazar_Square,
}

// Properties maps names to tables.
var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit": ASCII_Hex_Digit,
	"Bidi_Control": Bidi_Control,
	"Dash": Dash,
	"Deprecated": Deprecated,
	"Diacritic": Diacritic,
	"Extender": Extender,
	"Hex_Digit": Hex_Digit,
	"Hyphen": Hyphen,
	"IDS_Binary_Operator": IDS_Binary_Operator,
	"IDS_Trinary_Operator": IDS_Trinary_Operator,
	"Ideographic": Ideographic,
	"Join_Control": Join_Control,
	"Logical_Order_Exception": Logical_Order_Exception,
	"Noncharacter_Code_Point": Noncharacter_Code_Point,
	"Other_Alphabetic": Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend": Other_Grapheme_Extend,
	"Other_ID_Continue": Other_ID_Continue,
	"Other_ID_Start": Other_ID_Start,
	"Other_Lowercase": Other_Lowercase,
	"Other_Math": Other_Math,
	"Other_Uppercase": Other_Uppercase,
	"Pattern_Syntax": Pattern_Syntax,
	"Pattern_White_Space": Pattern_White_Space,
	"Prepended_Concatenation_Mark": Prepended_Concatenation_Mark,
	"Quotation_Mark": Quotation_Mark,
	"Radical": Radical,
	"Regional_Indicator": Regional_Indicator,
	"STerm": STerm,
	"Sentence_Terminal": Sentence_Terminal,
	"Soft_Dotted": Soft_Dotted,
	"Terminal_Punctuation": Terminal_Punctuation,
	"Unified_Ideograph": Unified_Ideograph,
	"Variation_Selector": Variation_Selector,
	"White_Space": White_Space,
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
