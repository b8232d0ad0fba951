"""What the templates of an infobox value mean: one table per kind of template.

Knowledge lives here as data; the modules beside it (``render``, ``items``, ``values``,
``money``, ``citations``) only read these tables. Keys are template names in lower case with
spaces (see ``wikicode.tname``).
"""

from __future__ import annotations

# Templates that render (part of) their arguments as text: name -> which argument.
# "1"/"2": that positional argument; "last": the last positional; "join": all, concatenated;
# "join space": all, space-separated.
TEXT_TEMPLATES: dict[str, str] = {
    "nowrap": "1", "nobr": "1", "nobreak": "1", "avoid wrap": "1", "small": "1",
    "smaller": "1", "big": "1", "larger": "1", "resize": "last", "nobold": "1",
    "noitalic": "1", "nobold and noitalic": "1", "abbr": "1", "abbrlink": "1",
    "tooltip": "1", "lang": "2", "native name": "2", "transl": "last", "ill": "1",
    "interlanguage link": "1", "linktext": "join", "sic": "last", "small caps": "1",
    "smallcaps": "1", "sc": "1", "center": "1", "em": "1", "strong": "1", "code": "1",
    "color": "2", "colour": "2", "flag": "1", "flagcountry": "1", "flagu": "1",
    "sortname": "join space", "nowiki": "1", "keep together": "1", "plain link": "2",
    "plainlink": "2", "ubl item": "1", "lang-latn": "1", "isin": "last",
}

# Templates that render a fixed string.
LITERAL_TEMPLATES: dict[str, str] = {
    "!": "|", "=": "=", "nbsp": " ", "ndash": "–", "mdash": "—", "snd": " – ",
    "spaced ndash": " – ", "spd": " – ", "dot": " · ", "middot": "·", "·": " · ",
    "'": "'", "reg": "®", "tm": "™", "en dash": "–", "em dash": "—",
}

# Templates whose positional arguments are the items of a list.
LIST_TEMPLATES: frozenset[str] = frozenset({
    "ubl", "ublist", "unbulleted list", "plainlist", "plain list", "flatlist", "flat list",
    "hlist", "bulleted list", "blist", "bulletedlist", "collapsible list", "unordered list",
    "ordered list", "endplainlist", "startplainlist", "nowrap list",
})
# Templates that render a separator between list items ("A{{·}} B", "A {{\\}} B").
SEPARATOR_TEMPLATES: frozenset[str] = frozenset({"·", "•", "\\", "dot", "middot", "bull", "bullet"})

# Trend templates ({{increase}}) and the file names of the arrows some articles use instead.
TREND_TEMPLATES: dict[str, str] = {
    "increase": "increase", "increasepositive": "increase", "increasenegative": "increase",
    "increase neutral": "increase", "up": "increase", "decrease": "decrease",
    "decreasepositive": "decrease", "decreasenegative": "decrease",
    "decrease neutral": "decrease", "down": "decrease", "steady": "steady",
    "nochange": "steady", "no change": "steady",
}
TREND_FILES: dict[str, str] = {
    "arrow up": "increase", "increase": "increase", "uparrow": "increase",
    "arrow down": "decrease", "decrease": "decrease", "downarrow": "decrease",
    "steady": "steady",
}
TREND_MARKS: dict[str, str] = {"increase": "\u25b2", "decrease": "\u25bc", "steady": "\u25ac"}

# Currency templates: name -> (symbol as rendered, ISO 4217).
CURRENCY_TEMPLATES: dict[str, tuple[str, str]] = {
    "us$": ("US$", "USD"), "usd": ("US$", "USD"), "gbp": ("£", "GBP"), "£": ("£", "GBP"),
    "€": ("€", "EUR"), "eur": ("€", "EUR"), "euro": ("€", "EUR"), "jpy": ("¥", "JPY"),
    "yen": ("¥", "JPY"), "cny": ("CN¥", "CNY"), "rmb": ("CN¥", "CNY"), "krw": ("₩", "KRW"),
    "won": ("₩", "KRW"), "mxn": ("Mex$", "MXN"), "hkd": ("HK$", "HKD"), "cad": ("CA$", "CAD"),
    "aud": ("A$", "AUD"), "nzd": ("NZ$", "NZD"), "sgd": ("S$", "SGD"), "twd": ("NT$", "TWD"),
    "inr": ("₹", "INR"), "₹": ("₹", "INR"), "rub": ("₽", "RUB"), "uah": ("₴", "UAH"),
    "brl": ("R$", "BRL"), "chf": ("CHF ", "CHF"), "sek": ("SEK ", "SEK"),
    "nok": ("NOK ", "NOK"), "dkk": ("DKK ", "DKK"), "zar": ("ZAR ", "ZAR"),
    "try": ("₺", "TRY"), "ils": ("₪", "ILS"), "php": ("₱", "PHP"), "pln": ("PLN ", "PLN"),
    "ngn": ("₦", "NGN"), "naira": ("₦", "NGN"), "egp": ("EGP ", "EGP"),
    "kes": ("KES ", "KES"), "ghs": ("GHS ", "GHS"), "sar": ("SAR ", "SAR"), "aed": ("AED ", "AED"),
    "idr": ("IDR ", "IDR"), "myr": ("MYR ", "MYR"), "thb": ("฿", "THB"), "vnd": ("₫", "VND"),
    "czk": ("CZK ", "CZK"), "huf": ("HUF ", "HUF"), "ron": ("RON ", "RON"), "isk": ("ISK ", "ISK"),
    "ars": ("ARS ", "ARS"), "clp": ("CLP ", "CLP"), "cop": ("COP ", "COP"), "pen": ("PEN ", "PEN"),
    "can$": ("CA$", "CAD"), "a$": ("A$", "AUD"), "hk$": ("HK$", "HKD"),
}

# Conversion templates of one currency into others: name -> (symbol as rendered, ISO 4217,
# the words of the second argument's scale). {{INRConvert|18412|c}} shows "₹18412 crore
# (US$2.2 billion)"; only the written figure is rendered.
CONVERT_CURRENCY_TEMPLATES: dict[str, tuple[str, str, dict[str, str]]] = {
    "inrconvert": ("₹", "INR", {"k": "thousand", "m": "million", "b": "billion", "t": "trillion",
                                "l": "lakh", "c": "crore", "lc": "lakh crore"}),
    "nprconvert": ("NPR ", "NPR", {"k": "thousand", "m": "million", "b": "billion", "t": "trillion",
                                   "l": "lakh", "c": "crore", "lc": "lakh crore"}),
}

# Currency signs written in text, case-sensitive; None = ambiguous.

DATE_TEMPLATES: frozenset[str] = frozenset({
    "start date and age", "start date", "start-date", "start date and years ago",
    "founded", "founded date", "birth date", "birth date and age", "birth-date",
    "death date", "death date and age", "end date", "end date and age", "end-date",
    "dissolved", "dissolution date", "date", "start and end dates", "film date",
    "opening date", "established", "as of",
})
END_DATE_TEMPLATES: frozenset[str] = frozenset({
    "end date", "end date and age", "end-date", "dissolved", "dissolution date",
    "death date", "death date and age",
})

URL_TEMPLATES: frozenset[str] = frozenset({
    "url", "official url", "official website", "official site", "website", "official",
})

# Stock exchange templates: name -> (short name, English Wikipedia title of the exchange).
EXCHANGES: dict[str, tuple[str, str]] = {
    "nyse": ("NYSE", "New York Stock Exchange"),
    "nyse american": ("NYSE American", "NYSE American"),
    "amex": ("NYSE American", "NYSE American"),
    "nyse arca": ("NYSE Arca", "NYSE Arca"),
    "nasdaq": ("NASDAQ", "Nasdaq"),
    "otc pink": ("OTC Pink", "OTC Markets Group"),
    "otcqx": ("OTCQX", "OTC Markets Group"),
    "otcqb": ("OTCQB", "OTC Markets Group"),
    "lse": ("LSE", "London Stock Exchange"),
    "aim": ("AIM", "Alternative Investment Market"),
    "euronext": ("Euronext", "Euronext"),
    "euronext paris": ("Euronext Paris", "Euronext Paris"),
    "euronext amsterdam": ("Euronext Amsterdam", "Euronext Amsterdam"),
    "euronext brussels": ("Euronext Brussels", "Euronext Brussels"),
    "euronext lisbon": ("Euronext Lisbon", "Euronext Lisbon"),
    "euronext dublin": ("Euronext Dublin", "Euronext Dublin"),
    "euronext milan": ("Euronext Milan", "Borsa Italiana"),
    "euronext oslo": ("Euronext Oslo", "Oslo Stock Exchange"),
    "fwb": ("FWB", "Frankfurt Stock Exchange"),
    "xetra": ("Xetra", "Xetra (trading system)"),
    "six": ("SIX", "SIX Swiss Exchange"),
    "bit": ("BIT", "Borsa Italiana"),
    "bme": ("BME", "Bolsa de Madrid"),
    "bmad": ("BMAD", "Bolsa de Madrid"),
    "omx": ("OMX", "Nasdaq Nordic"),
    "ose": ("OSE", "Oslo Stock Exchange"),
    "wse": ("WSE", "Warsaw Stock Exchange"),
    "ise": ("ISE", "Euronext Dublin"),
    "moex": ("MOEX", "Moscow Exchange"),
    "pfts": ("PFTS", "PFTS Ukraine Stock Exchange"),
    "bmv": ("BMV", "Mexican Stock Exchange"),
    "tsx": ("TSX", "Toronto Stock Exchange"),
    "tsx-v": ("TSX-V", "TSX Venture Exchange"),
    "tsxv": ("TSX-V", "TSX Venture Exchange"),
    "cse": ("CSE", "Canadian Securities Exchange"),
    "ngx": ("NGX", "Nigerian Exchange Group"),
    "athex": ("ATHEX", "Athens Stock Exchange"),
    "bvb": ("BVB", "Bucharest Stock Exchange"),
    "egx": ("EGX", "Egyptian Exchange"),
    "dfm": ("DFM", "Dubai Financial Market"),
    "adx": ("ADX", "Abu Dhabi Securities Exchange"),
    "hose": ("HOSE", "Ho Chi Minh City Stock Exchange"),
    "b3": ("B3", "B3 (stock exchange)"),
    "bovespa": ("B3", "B3 (stock exchange)"),
    "bmfbovespa": ("B3", "B3 (stock exchange)"),
    "bm&fbovespa": ("B3", "B3 (stock exchange)"),
    "bcba": ("BCBA", "Buenos Aires Stock Exchange"),
    "krx": ("KRX", "Korea Exchange"),
    "kosdaq": ("KOSDAQ", "KOSDAQ"),
    "sehk": ("SEHK", "Hong Kong Stock Exchange"),
    "hkex": ("SEHK", "Hong Kong Stock Exchange"),
    "sse": ("SSE", "Shanghai Stock Exchange"),
    "szse": ("SZSE", "Shenzhen Stock Exchange"),
    "tyo": ("TYO", "Tokyo Stock Exchange"),
    "twse": ("TWSE", "Taiwan Stock Exchange"),
    "sgx": ("SGX", "Singapore Exchange"),
    "asx": ("ASX", "Australian Securities Exchange"),
    "nzx": ("NZX", "New Zealand Exchange"),
    "bse": ("BSE", "Bombay Stock Exchange"),
    "nse": ("NSE", "National Stock Exchange of India"),
    "set": ("SET", "Stock Exchange of Thailand"),
    "idx": ("IDX", "Indonesia Stock Exchange"),
    "myx": ("MYX", "Bursa Malaysia"),
    "pse": ("PSE", "Philippine Stock Exchange"),
    "tase": ("TASE", "Tel Aviv Stock Exchange"),
    "tadawul": ("Tadawul", "Saudi Exchange"),
    "jse": ("JSE", "Johannesburg Stock Exchange"),
    "bcs": ("BCS", "Santiago Stock Exchange"),
    "bvl": ("BVL", "Lima Stock Exchange"),
    "bvc": ("BVC", "Colombia Stock Exchange"),
    "byma": ("BYMA", "Bolsas y Mercados Argentinos"),
    "bist": ("BIST", "Borsa Istanbul"),
    "psx": ("PSX", "Pakistan Stock Exchange"),
    "dse": ("DSE", "Dhaka Stock Exchange"),
    "hnx": ("HNX", "Hanoi Stock Exchange"),
    "wbag": ("WBAG", "Vienna Stock Exchange"),
    "swx": ("SIX", "SIX Swiss Exchange"),
    "tpex": ("TPEx", "Taipei Exchange"),
    "kase": ("KASE", "Kazakhstan Stock Exchange"),
    "gse": ("GSE", "Ghana Stock Exchange"),
    "luxse": ("LuxSE", "Luxembourg Stock Exchange"),
    "ljse": ("LJSE", "Ljubljana Stock Exchange"),
}

# The country (ISO 3166 alpha-2) of each exchange of EXCHANGES, by its title; an exchange of
# several countries (Euronext, Nasdaq Nordic) has none. A listing template the project knows
# names its exchange wherever the company is, except where the company's own country has an
# exchange of that acronym ({{CSE}} of a Bangladeshi company: kg/text/values.py).
EXCHANGE_HOMES: dict[str, str] = {
    "New York Stock Exchange": "US", "NYSE American": "US", "NYSE Arca": "US", "Nasdaq": "US",
    "OTC Markets Group": "US", "London Stock Exchange": "GB", "Alternative Investment Market": "GB",
    "Euronext Paris": "FR", "Euronext Amsterdam": "NL", "Euronext Brussels": "BE",
    "Euronext Lisbon": "PT", "Euronext Dublin": "IE", "Borsa Italiana": "IT", "Oslo Stock Exchange": "NO",
    "Frankfurt Stock Exchange": "DE", "Xetra (trading system)": "DE", "SIX Swiss Exchange": "CH",
    "Bolsa de Madrid": "ES", "Warsaw Stock Exchange": "PL", "Moscow Exchange": "RU",
    "PFTS Ukraine Stock Exchange": "UA", "Mexican Stock Exchange": "MX", "Toronto Stock Exchange": "CA",
    "TSX Venture Exchange": "CA", "Canadian Securities Exchange": "CA", "Nigerian Exchange Group": "NG",
    "Athens Stock Exchange": "GR", "Bucharest Stock Exchange": "RO", "Egyptian Exchange": "EG",
    "Dubai Financial Market": "AE", "Abu Dhabi Securities Exchange": "AE",
    "Ho Chi Minh City Stock Exchange": "VN", "B3 (stock exchange)": "BR", "Buenos Aires Stock Exchange": "AR",
    "Korea Exchange": "KR", "KOSDAQ": "KR", "Hong Kong Stock Exchange": "HK", "Shanghai Stock Exchange": "CN",
    "Shenzhen Stock Exchange": "CN", "Tokyo Stock Exchange": "JP", "Taiwan Stock Exchange": "TW",
    "Singapore Exchange": "SG", "Australian Securities Exchange": "AU", "New Zealand Exchange": "NZ",
    "Bombay Stock Exchange": "IN", "National Stock Exchange of India": "IN", "Stock Exchange of Thailand": "TH",
    "Indonesia Stock Exchange": "ID", "Bursa Malaysia": "MY", "Philippine Stock Exchange": "PH",
    "Tel Aviv Stock Exchange": "IL", "Saudi Exchange": "SA", "Johannesburg Stock Exchange": "ZA",
    "Santiago Stock Exchange": "CL", "Lima Stock Exchange": "PE", "Colombia Stock Exchange": "CO",
    "Bolsas y Mercados Argentinos": "AR", "Borsa Istanbul": "TR", "Pakistan Stock Exchange": "PK",
    "Dhaka Stock Exchange": "BD", "Hanoi Stock Exchange": "VN", "Vienna Stock Exchange": "AT",
    "Taipei Exchange": "TW", "Kazakhstan Stock Exchange": "KZ", "Ghana Stock Exchange": "GH",
    "Luxembourg Stock Exchange": "LU", "Ljubljana Stock Exchange": "SI",
}

CHINESE_TEMPLATES: frozenset[str] = frozenset({"chinese", "zh", "zh-full", "infobox chinese"})
CHINESE_PARAMS: dict[str, str] = {
    "c": "zh", "s": "zh-Hans", "t": "zh-Hant", "p": "zh-Latn-pinyin",
    "j": "yue-Latn-jyutping", "w": "zh-Latn-wadegile",
}
KOREAN_TEMPLATES: frozenset[str] = frozenset({"infobox korean name", "korean", "ko-hhrm"})
KOREAN_PARAMS: dict[str, str] = {"hangul": "ko", "hanja": "ko-Hani", "rr": "ko-Latn"}

# Citation template parameters, in order of preference.
CITE_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("url", "chapter-url", "chapterurl", "contribution-url", "section-url"),
    "title": ("title", "script-title", "trans-title", "chapter", "contribution"),
    "date": ("date", "publication-date", "year"),
    "publisher": ("publisher", "work", "website", "newspaper", "magazine", "journal",
                  "periodical", "agency", "via"),
    "archive_url": ("archive-url", "archiveurl"),
}

# Text after a comma that continues a name rather than starting a new item.
