//! Static vocabulary for the seed: categories, agencies (real ids and short names from the
//! research notes), regions, dataset topic templates, people and places.

/// (id, kk, ru, en). The ids are ES-style; only «Государственный сектор» is a real portal id.
pub const CATEGORIES: &[(&str, &str, &str, &str)] = &[
    (
        "AVS-Bzqh99eXTcgzfxyg",
        "Білім беру",
        "Образование",
        "Education",
    ),
    (
        "AVS-CKXa99eXTcgzfxyi",
        "Денсаулық сақтау",
        "Здравоохранение",
        "Health",
    ),
    ("AVS-Cn6W99eXTcgzfxyk", "Көлік", "Транспорт", "Transport"),
    (
        "AVS-D3oC99eXTcgzfxym",
        "Статистика",
        "Статистика",
        "Statistics",
    ),
    ("AVS-DQ2Z99eXTcgzfxyA", "Мәдениет", "Культура", "Culture"),
    (
        "AVS-DnWu99eXTcgzfxyq",
        "Қауіпсіздік",
        "Безопасность",
        "Security",
    ),
    ("AVS-E7rR99eXTcgzfxys", "Экономика", "Экономика", "Economy"),
    (
        "AVS-EJxF99eXTcgzfxyu",
        "Жұмыспен қамту",
        "Занятость",
        "Employment",
    ),
    (
        "AVS-ETk599eXTcgzfxyw",
        "Құқықтық көмек",
        "Правовая помощь",
        "Legal assistance",
    ),
    (
        "AVS-EdQq99eXTcgzfxyy",
        "Әлеуметтік қамсыздандыру",
        "Социальное обеспечение",
        "Social welfare",
    ),
    (
        "AVS-EnCd99eXTcgzfxy0",
        "Салықтар және қаржы",
        "Налоги и финансы",
        "Taxation and finances",
    ),
    (
        "AVS-Ex9L99eXTcgzfxy2",
        "Азаматтық және көші-қон",
        "Гражданство и миграция",
        "Citizenship and migration",
    ),
    ("AVS-F8jQ99eXTcgzfxy4", "Экология", "Экология", "Ecology"),
    (
        "AVS-FIwy99eXTcgzfxy6",
        "Ауыл шаруашылығы",
        "Сельское хозяйство",
        "Agriculture",
    ),
    (
        "AVS-FSv299eXTcgzfxy8",
        "Тұрғын үй-коммуналдық шаруашылық",
        "Жилищно-коммунальное хозяйство",
        "Housing and utilities",
    ),
    (
        "AVS-Fc1k99eXTcgzfxzA",
        "Спорт және туризм",
        "Спорт и туризм",
        "Sport and tourism",
    ),
    (
        "AVS-FmS799eXTcgzfxzC",
        "Байланыс",
        "Связь",
        "Communications",
    ),
    (
        "AVS-EI0B99eXTcgzfxyo",
        "Мемлекеттік сектор",
        "Государственный сектор",
        "Government sector",
    ),
];

// Category indices into CATEGORIES, for the topic table.
pub const EDU: usize = 0;
pub const HEALTH: usize = 1;
pub const TRANSPORT: usize = 2;
pub const STATS: usize = 3;
pub const CULTURE: usize = 4;
pub const SECURITY: usize = 5;
pub const ECONOMY: usize = 6;
pub const EMPLOYMENT: usize = 7;
pub const LEGAL: usize = 8;
pub const SOCIAL: usize = 9;
pub const TAX: usize = 10;
pub const MIGRATION: usize = 11;
pub const ECOLOGY: usize = 12;
pub const AGRI: usize = 13;
pub const HOUSING: usize = 14;
pub const SPORT: usize = 15;
pub const COMMS: usize = 16;
pub const GOV: usize = 17;

/// A publisher: id, short names (kk, ru, en), full names (kk, ru, en).
pub struct AgencyRow {
    pub id: &'static str,
    pub short: [&'static str; 3],
    pub full: [&'static str; 3],
}

const fn ag(id: &'static str, short: [&'static str; 3], full: [&'static str; 3]) -> AgencyRow {
    AgencyRow { id, short, full }
}

/// The 32 central agencies (`getstatisticsbycgogovagencies`), short names as on the portal with
/// the noted kk/en swaps corrected and Cyrillic en names latinised.
pub const CENTRAL: &[AgencyRow] = &[
    ag("AVHtCLm5NUjQC95Q0fe0", ["ҚР ДСМ", "МЗ РК", "MH RK"], ["Қазақстан Республикасы Денсаулық сақтау министрлігі", "Министерство здравоохранения Республики Казахстан", "Ministry of Health of the Republic of Kazakhstan"]),
    ag("AVGAuYywtbdHOrfpstqI", ["ҚР ІІМ", "МВД РК", "MIA RK"], ["Қазақстан Республикасы Ішкі істер министрлігі", "Министерство внутренних дел Республики Казахстан", "Ministry of Internal Affairs of the Republic of Kazakhstan"]),
    ag("AVVTzSHr99eXTcgzgAWx", ["ҚР СІМ", "МИД РК", "MFA RK"], ["Қазақстан Республикасы Сыртқы істер министрлігі", "Министерство иностранных дел Республики Казахстан", "Ministry of Foreign Affairs of the Republic of Kazakhstan"]),
    ag("AVVdMErf99eXTcgzgBVy", ["ҚР ҚМ", "МФ РК", "MF RK"], ["Қазақстан Республикасы Қаржы министрлігі", "Министерство финансов Республики Казахстан", "Ministry of Finance of the Republic of Kazakhstan"]),
    ag("AVHtAa8WNUjQC95Q0eh4", ["ҚР ӘМ", "МЮ РК", "MJ RK"], ["Қазақстан Республикасы Әділет министрлігі", "Министерство юстиции Республики Казахстан", "Ministry of Justice of the Republic of Kazakhstan"]),
    ag("AVHtBYFSNUjQC95Q0faP", ["ҚР ОҒМ", "МП РК", "ME RK"], ["Қазақстан Республикасы Оқу-ағарту министрлігі", "Министерство просвещения Республики Казахстан", "Ministry of Education of the Republic of Kazakhstan"]),
    ag("AYGjN_as-SQAhmMAtpMA", ["ҚР ҒЖБМ", "МНВО РК", "MSHE RK"], ["Қазақстан Республикасы Ғылым және жоғары білім министрлігі", "Министерство науки и высшего образования Республики Казахстан", "Ministry of Science and Higher Education of the Republic of Kazakhstan"]),
    ag("AVHtDnyMNUjQC95Q0gaU", ["ҚР КМ", "МТ РК", "MT RK"], ["Қазақстан Республикасы Көлік министрлігі", "Министерство транспорта Республики Казахстан", "Ministry of Transport of the Republic of Kazakhstan"]),
    ag("AV4OtAbVk9YfNWSJY7cP", ["ҚР ЕХӘҚМ", "МТСЗН РК", "MLSPP RK"], ["Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі", "Министерство труда и социальной защиты населения Республики Казахстан", "Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan"]),
    ag("AV-1WM9txrzPvN57XyLb", ["ҚР МАМ", "МКИ РК", "MCI RK"], ["Қазақстан Республикасы Мәдениет және ақпарат министрлігі", "Министерство культуры и информации Республики Казахстан", "Ministry of Culture and Information of the Republic of Kazakhstan"]),
    ag("AVGAu9hftbdHOrfpst-j", ["ҚР ТСМ", "МТС РК", "MTS RK"], ["Қазақстан Республикасы Туризм және спорт министрлігі", "Министерство туризма и спорта Республики Казахстан", "Ministry of Tourism and Sports of the Republic of Kazakhstan"]),
    ag("AWBYP0cMxrzPvN57Z-iw", ["ҚР ЦДИАӨМ", "МЦРИАП РК", "MDDIAI RK"], ["Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі", "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "Ministry of Digital Development, Innovations and Aerospace Industry of the Republic of Kazakhstan"]),
    ag("AVHtC45WNUjQC95Q0fxK", ["ҚР ҰЭМ", "МНЭ РК", "MNE RK"], ["Қазақстан Республикасы Ұлттық экономика министрлігі", "Министерство национальной экономики Республики Казахстан", "Ministry of National Economy of the Republic of Kazakhstan"]),
    ag("AVQuCbrlSaMzTTZrHHHU", ["ҚР АШМ", "МСХ РК", "MA RK"], ["Қазақстан Республикасы Ауыл шаруашылығы министрлігі", "Министерство сельского хозяйства Республики Казахстан", "Ministry of Agriculture of the Republic of Kazakhstan"]),
    ag("AWt5lp51GAv0qfjtzy0R", ["ҚР ЭТРМ", "МЭПР РК", "MENR RK"], ["Қазақстан Республикасы Экология және табиғи ресурстар министрлігі", "Министерство экологии и природных ресурсов Республики Казахстан", "Ministry of Ecology and Natural Resources of the Republic of Kazakhstan"]),
    ag("AVHs-9DmNUjQC95Q0edU", ["ҚР ЭМ", "МЭ РК", "MEn RK"], ["Қазақстан Республикасы Энергетика министрлігі", "Министерство энергетики Республики Казахстан", "Ministry of Energy of the Republic of Kazakhstan"]),
    ag("AYpkoPZ7g9pIu34WlL7D", ["ҚР ӨҚМ", "МПС РК", "MIC RK"], ["Қазақстан Республикасы Өнеркәсіп және құрылыс министрлігі", "Министерство промышленности и строительства Республики Казахстан", "Ministry of Industry and Construction of the Republic of Kazakhstan"]),
    ag("AYpknEZmg9pIu34WlL6x", ["ҚР СРИМ", "МВРИ РК", "MWRI RK"], ["Қазақстан Республикасы Су ресурстары және ирригация министрлігі", "Министерство водных ресурсов и ирригации Республики Казахстан", "Ministry of Water Resources and Irrigation of the Republic of Kazakhstan"]),
    ag("AVHtCsLDNUjQC95Q0foB", ["ҚР ҚорМ", "МО РК", "MD RK"], ["Қазақстан Республикасы Қорғаныс министрлігі", "Министерство обороны Республики Казахстан", "Ministry of Defence of the Republic of Kazakhstan"]),
    ag("AXzkC0euG0QrlYMCg4Wj", ["ҚР ТЖМ", "МЧС РК", "MES RK"], ["Қазақстан Республикасы Төтенше жағдайлар министрлігі", "Министерство по чрезвычайным ситуациям Республики Казахстан", "Ministry of Emergency Situations of the Republic of Kazakhstan"]),
    ag("AWt5lQL0GAv0qfjtzy0N", ["ҚР СИМ", "МТИ РК", "MTI RK"], ["Қазақстан Республикасы Сауда және интеграция министрлігі", "Министерство торговли и интеграции Республики Казахстан", "Ministry of Trade and Integration of the Republic of Kazakhstan"]),
    ag("AVPHItpZ1KT8iE_U7zeS", ["ҚР БП", "ГП РК", "GPO RK"], ["Қазақстан Республикасының Бас прокуратурасы", "Генеральная прокуратура Республики Казахстан", "Prosecutor General's Office of the Republic of Kazakhstan"]),
    ag("AVPq5VzaCsZKBQJe1dBl", ["ҚР ҰБ", "НБ РК", "NB RK"], ["Қазақстан Республикасының Ұлттық Банкі", "Национальный Банк Республики Казахстан", "National Bank of the Republic of Kazakhstan"]),
    ag("AXhuI-MwFKT3bahHJGyl", ["ҚР СЖРА", "АСПР РК", "ASPR RK"], ["Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігі", "Агентство по стратегическому планированию и реформам Республики Казахстан", "Agency for Strategic Planning and Reforms of the Republic of Kazakhstan"]),
    ag("AW9WD_4ne7zYOHXmcS7S", ["ҚРҚНРДА", "АРРФР", "ARDFM"], ["Қазақстан Республикасының Қаржы нарығын реттеу және дамыту агенттігі", "Агентство Республики Казахстан по регулированию и развитию финансового рынка", "Agency of the Republic of Kazakhstan for Regulation and Development of the Financial Market"]),
    ag("AX2ycfzKDHNUPyLmc8Vd", ["ҚР ҚМА", "АФМ РК", "FMA RK"], ["Қазақстан Республикасының Қаржылық мониторинг агенттігі", "Агентство Республики Казахстан по финансовому мониторингу", "Financial Monitoring Agency of the Republic of Kazakhstan"]),
    ag("AVMxmRqUuUut7QcCOsdq", ["ҚР МҚІА", "АДГС РК", "ACSA RK"], ["Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі", "Агентство Республики Казахстан по делам государственной службы", "Agency for Civil Service Affairs of the Republic of Kazakhstan"]),
    ag("AXzqlOQlG0QrlYMCg-O2", ["ҚР БҚДА", "АЗРК РК", "APDC RK"], ["Қазақстан Республикасының Бәсекелестікті қорғау және дамыту агенттігі", "Агентство по защите и развитию конкуренции Республики Казахстан", "Agency for Protection and Development of Competition of the Republic of Kazakhstan"]),
    ag("AWt5mZzxGAv0qfjtzy0U", ["ҚР СЖҚА", "АПК РК", "ACA RK"], ["Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", "Агентство Республики Казахстан по противодействию коррупции", "Anti-Corruption Agency of the Republic of Kazakhstan"]),
    ag("AWEi3d4XYAlcKR9g7zvH", ["ҚР ЖАП", "ВАП РК", "SAC RK"], ["Қазақстан Республикасының Жоғары аудиторлық палатасы", "Высшая аудиторская палата Республики Казахстан", "Supreme Audit Chamber of the Republic of Kazakhstan"]),
    ag("AVQOWPEICsZKBQJe1dWL", ["ҚР СӘ", "СА РК", "JA RK"], ["Қазақстан Республикасы Жоғарғы Сотының жанындағы Сот әкімшілігі", "Судебная администрация Республики Казахстан", "Judicial Administration of the Republic of Kazakhstan"]),
    ag("AV_J5jGRxrzPvN57YAsj", ["ҚР ОСК", "ЦИК РК", "CEC RK"], ["Қазақстан Республикасының Орталық сайлау комиссиясы", "Центральная избирательная комиссия Республики Казахстан", "Central Election Commission of the Republic of Kazakhstan"]),
];

/// A region or city with an akimat (`getstatisticsbymiogovagencies`).
pub struct Region {
    pub id: &'static str,
    /// Short names kk, ru, en as on the portal.
    pub short: [&'static str; 3],
    /// Genitive for titles: «Ақмола облысының», «Акмолинской области», «Akmola Region».
    pub gen: [&'static str; 3],
    /// Administrative centre (kk, ru, en) and its coordinates.
    pub centre: [&'static str; 3],
    pub lat: f64,
    pub lon: f64,
    /// First two digits of the region's KATO code.
    pub kato: &'static str,
    pub city: bool,
}

// A positional constructor keeps the region table one line per region.
#[allow(clippy::too_many_arguments)]
const fn rg(
    id: &'static str,
    short: [&'static str; 3],
    gen: [&'static str; 3],
    centre: [&'static str; 3],
    lat: f64,
    lon: f64,
    kato: &'static str,
    city: bool,
) -> Region {
    Region {
        id,
        short,
        gen,
        centre,
        lat,
        lon,
        kato,
        city,
    }
}

pub const REGIONS: &[Region] = &[
    rg(
        "AYEEFte9LYzDhePF_r71",
        ["Абай обл.", "Абайская обл.", "Abay r."],
        ["Абай облысының", "области Абай", "Abai Region"],
        ["Семей", "Семей", "Semey"],
        50.41,
        80.23,
        "10",
        false,
    ),
    rg(
        "AVUvuyGE99eXTcgzf9tb",
        ["Ақмола обл.", "Акмолинская обл.", "Akmola r."],
        ["Ақмола облысының", "Акмолинской области", "Akmola Region"],
        ["Көкшетау", "Кокшетау", "Kokshetau"],
        53.28,
        69.39,
        "11",
        false,
    ),
    rg(
        "AVUvunLO99eXTcgzf9ta",
        ["Ақтөбе обл", "Актюбинская обл", "Aktobe r"],
        ["Ақтөбе облысының", "Актюбинской области", "Aktobe Region"],
        ["Ақтөбе", "Актобе", "Aktobe"],
        50.28,
        57.17,
        "15",
        false,
    ),
    rg(
        "AVTrrPm799eXTcgzf1KP",
        ["Алматы обл.", "Алматинская обл.", "Almaty r."],
        ["Алматы облысының", "Алматинской области", "Almaty Region"],
        ["Қонаев", "Конаев", "Konaev"],
        43.87,
        77.07,
        "19",
        false,
    ),
    rg(
        "AVRMGELi99eXTcgzeIhH",
        ["Атырау обл.", "Атырауская обл.", "Atyrau r."],
        ["Атырау облысының", "Атырауской области", "Atyrau Region"],
        ["Атырау", "Атырау", "Atyrau"],
        47.10,
        51.92,
        "23",
        false,
    ),
    rg(
        "AVRbHnTR99eXTcgzeIym",
        ["ШҚО", "ВКО", "EKR"],
        [
            "Шығыс Қазақстан облысының",
            "Восточно-Казахстанской области",
            "East Kazakhstan Region",
        ],
        ["Өскемен", "Усть-Каменогорск", "Ust-Kamenogorsk"],
        49.95,
        82.61,
        "63",
        false,
    ),
    rg(
        "AVUE-PDb99eXTcgzf4Vj",
        ["Жамбыл обл.", "Жамбылская обл.", "Zhambyl r."],
        ["Жамбыл облысының", "Жамбылской области", "Zhambyl Region"],
        ["Тараз", "Тараз", "Taraz"],
        42.90,
        71.37,
        "31",
        false,
    ),
    rg(
        "AYEEF9cCLYzDhePF_r77",
        ["Жетісу обл.", "Жетысуская обл.", "Zhetisu r."],
        ["Жетісу облысының", "области Жетісу", "Zhetisu Region"],
        ["Талдықорған", "Талдыкорган", "Taldykorgan"],
        45.02,
        78.37,
        "33",
        false,
    ),
    rg(
        "AVQElXeqCsZKBQJe1dQR",
        ["БҚО", "ЗКО", "WKR"],
        [
            "Батыс Қазақстан облысының",
            "Западно-Казахстанской области",
            "West Kazakhstan Region",
        ],
        ["Орал", "Уральск", "Oral"],
        51.23,
        51.37,
        "27",
        false,
    ),
    rg(
        "AVRMHhip99eXTcgzeIhM",
        ["Қарағанды обл.", "Карагандинская обл.", "Karaganda r."],
        [
            "Қарағанды облысының",
            "Карагандинской области",
            "Karaganda Region",
        ],
        ["Қарағанды", "Караганда", "Karaganda"],
        49.80,
        73.10,
        "35",
        false,
    ),
    rg(
        "AVTrUd9M99eXTcgzf1I9",
        ["Қостанай обл.", "Костанайская обл.", "Kostanay r."],
        [
            "Қостанай облысының",
            "Костанайской области",
            "Kostanay Region",
        ],
        ["Қостанай", "Костанай", "Kostanay"],
        53.21,
        63.63,
        "39",
        false,
    ),
    rg(
        "AVQpIWS2SaMzTTZrHHBp",
        ["Қызылорда обл.", "Кызылординская обл.", "Kyzylorda r."],
        [
            "Қызылорда облысының",
            "Кызылординской области",
            "Kyzylorda Region",
        ],
        ["Қызылорда", "Кызылорда", "Kyzylorda"],
        44.85,
        65.50,
        "43",
        false,
    ),
    rg(
        "AVUvuZAX99eXTcgzf9tW",
        ["Маңғыстау обл.", "Мангистауская обл.", "Mangistau r."],
        [
            "Маңғыстау облысының",
            "Мангистауской области",
            "Mangystau Region",
        ],
        ["Ақтау", "Актау", "Aktau"],
        43.65,
        51.16,
        "47",
        false,
    ),
    rg(
        "AVSeQFe799eXTcgzeKzW",
        ["Павлодар обл.", "Павлодарская обл.", "Pavlodar r."],
        [
            "Павлодар облысының",
            "Павлодарской области",
            "Pavlodar Region",
        ],
        ["Павлодар", "Павлодар", "Pavlodar"],
        52.29,
        76.95,
        "55",
        false,
    ),
    rg(
        "AVQ9cn4m99eXTcgzeIWG",
        ["СҚО", "СКО", "NKR"],
        [
            "Солтүстік Қазақстан облысының",
            "Северо-Казахстанской области",
            "North Kazakhstan Region",
        ],
        ["Петропавл", "Петропавловск", "Petropavl"],
        54.87,
        69.15,
        "59",
        false,
    ),
    rg(
        "AVSEOosF99eXTcgzeJ0s",
        ["Түркістан обл.", "Туркестанская обл.", "Turkestan r"],
        [
            "Түркістан облысының",
            "Туркестанской области",
            "Turkistan Region",
        ],
        ["Түркістан", "Туркестан", "Turkistan"],
        43.30,
        68.25,
        "61",
        false,
    ),
    rg(
        "AYEEHNz8LYzDhePF_r8a",
        ["Ұлытау обл.", "Обл. Ұлытау", "Ulytau r."],
        ["Ұлытау облысының", "области Ұлытау", "Ulytau Region"],
        ["Жезқазған", "Жезказган", "Zhezkazgan"],
        47.78,
        67.71,
        "62",
        false,
    ),
    rg(
        "AVR6CcKQ99eXTcgzeJli",
        ["Алматы қ.", "г.Алматы", "Almaty c."],
        ["Алматы қаласының", "города Алматы", "the city of Almaty"],
        ["Алматы", "Алматы", "Almaty"],
        43.24,
        76.89,
        "75",
        true,
    ),
    rg(
        "AVUvu_Wu99eXTcgzf9td",
        ["Астана қ.", "г. Астана", "Astana c."],
        ["Астана қаласының", "города Астаны", "the city of Astana"],
        ["Астана", "Астана", "Astana"],
        51.13,
        71.43,
        "71",
        true,
    ),
    rg(
        "AWcb8GRsX_a8Qs4fl5LW",
        ["Шымкент қ.", "г. Шымкент", "Shymkent c."],
        [
            "Шымкент қаласының",
            "города Шымкент",
            "the city of Shymkent",
        ],
        ["Шымкент", "Шымкент", "Shymkent"],
        42.32,
        69.59,
        "79",
        true,
    ),
];

/// The national scope in titles.
pub const NATIONAL_GEN: [&str; 3] = [
    "Қазақстан Республикасының",
    "Республики Казахстан",
    "the Republic of Kazakhstan",
];

/// Quasi-state and other publishers. Only NIT's id is real; the rest are invented ES-style ids.
pub const OTHER: &[AgencyRow] = &[
    ag("AW8hi9Y0e7zYOHXmb28o", ["«ҰАТ» АҚ", "АО НИТ", "NIT JSC"], ["«Ұлттық ақпараттық технологиялар» акционерлік қоғамы", "Акционерное общество «Национальные информационные технологии»", "National Information Technologies JSC"]),
    ag("AW8hjKp1e7zYOHXmb29A", ["«Қазпошта» АҚ", "АО «Казпочта»", "Kazpost JSC"], ["«Қазпошта» акционерлік қоғамы", "Акционерное общество «Казпочта»", "Kazpost JSC"]),
    ag("AW8hk3Qwe7zYOHXmb2A1", ["«Азаматтарға арналған үкімет» МК", "ГК «Правительство для граждан»", "Government for Citizens"], ["«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» коммерциялық емес акционерлік қоғамы", "Некоммерческое акционерное общество «Государственная корпорация «Правительство для граждан»", "Non-profit JSC State Corporation Government for Citizens"]),
    ag("AW8hlZr2e7zYOHXmb2B7", ["«Қазгидромет» РМК", "РГП «Казгидромет»", "Kazhydromet RSE"], ["«Қазгидромет» шаруашылық жүргізу құқығындағы республикалық мемлекеттік кәсіпорны", "Республиканское государственное предприятие на праве хозяйственного ведения «Казгидромет»", "Kazhydromet Republican State Enterprise"]),
    ag("AW8hmD4xe7zYOHXmb2C9", ["«ҚазАвтоЖол» ҰК» АҚ", "АО «НК «КазАвтоЖол»", "KazAvtoZhol NC JSC"], ["«ҚазАвтоЖол» ұлттық компаниясы» акционерлік қоғамы", "Акционерное общество «Национальная компания «КазАвтоЖол»", "National Company KazAvtoZhol JSC"]),
    ag("AW8hnQ8ye7zYOHXmb2DB", ["«ӘМСҚ» КЕАҚ", "НАО «ФСМС»", "SHIF NJSC"], ["«Әлеуметтік медициналық сақтандыру қоры» коммерциялық емес акционерлік қоғамы", "Некоммерческое акционерное общество «Фонд социального медицинского страхования»", "Social Health Insurance Fund NJSC"]),
];

/// How a topic's row field is generated.
#[derive(Clone, Copy, Debug)]
pub enum G {
    /// Row number + 1: the primary key.
    Id,
    /// An organisation name from a pattern with `{n}` (a number) or `{c}` (the region centre).
    Org(&'static [&'static str]),
    Address,
    District,
    Phone,
    Int(u64, u64),
    /// Decimal with two places.
    Dbl(u64, u64),
    /// `dd.MM.yyyy` in the dataset's year.
    Date,
    /// The dataset's year.
    Year,
    /// A month of the dataset's year, `yyyy-MM`.
    Month,
    Choice(&'static [&'static str]),
    Website,
    Email,
    Lat,
    Lon,
    Person,
}

/// A field of a topic: name, type, labels (kk, ru, en), generator.
pub struct F {
    pub name: &'static str,
    pub ty: &'static str,
    pub label: [&'static str; 3],
    pub g: G,
}

const fn f(name: &'static str, ty: &'static str, label: [&'static str; 3], g: G) -> F {
    F { name, ty, label, g }
}

/// A dataset template. Titles carry `{}` where the place (genitive) goes.
pub struct Topic {
    pub title: [&'static str; 3],
    pub desc: [&'static str; 3],
    pub kw: [&'static [&'static str]; 3],
    pub cats: &'static [usize],
    /// Central agency index (into CENTRAL) that publishes the national version.
    pub owner: usize,
    /// One dataset per year (statistics) rather than one list per place.
    pub yearly: bool,
    pub fields: &'static [F],
    /// Row count range of one version.
    pub rows: (u64, u64),
}

const ID: F = f(
    "id",
    "Int",
    ["Идентификатор", "Идентификатор", "Identifier"],
    G::Id,
);
const ADDR: F = f(
    "address",
    "String",
    ["Мекенжайы", "Адрес", "Address"],
    G::Address,
);
const PHONE: F = f(
    "phone",
    "String",
    ["Телефоны", "Телефон", "Phone"],
    G::Phone,
);
const DISTRICT: F = f(
    "district",
    "String",
    ["Аудан", "Район", "District"],
    G::District,
);
const YEAR: F = f("year", "Int", ["Жыл", "Год", "Year"], G::Year);
const MONTH: F = f("period", "String", ["Кезең", "Период", "Period"], G::Month);
const LAT: F = f(
    "latitude",
    "Double",
    ["Ендік", "Широта", "Latitude"],
    G::Lat,
);
const LON: F = f(
    "longitude",
    "Double",
    ["Бойлық", "Долгота", "Longitude"],
    G::Lon,
);
const LANGS: &[&str] = &["Казахский", "Русский", "Смешанный"];

// Topic indices (the national owner) refer to CENTRAL above.
const MZ: usize = 0;
const MVD: usize = 1;
const MF: usize = 3;
const MU: usize = 4;
const MP: usize = 5;
const MT: usize = 7;
const MTSZN: usize = 8;
const MKI: usize = 9;
const MTS: usize = 10;
const MCRIAP: usize = 11;
const MSH: usize = 13;
const MEPR: usize = 14;
const MPS: usize = 16;
const MCHS: usize = 19;
const GP: usize = 21;
/// The agency for strategic planning: the portal's largest publisher (Bureau of statistics).
pub const ASPR: usize = 23;
const ADGS: usize = 26;

pub const TOPICS: &[Topic] = &[
    Topic {
        title: ["{} мемлекеттік мектептерінің тізімі", "Список государственных школ {}", "List of public schools of {}"],
        desc: ["{} мемлекеттік жалпы білім беретін мектептері: мекенжайы, байланыс деректері, оқушылар мен мұғалімдер саны.", "Государственные общеобразовательные школы {}: адрес, контакты, численность учащихся и учителей.", "Public general education schools of {}: address, contacts, numbers of pupils and teachers."],
        kw: [&["мектеп", "білім беру", "оқушылар"], &["школа", "образование", "учащиеся"], &["school", "education", "pupils"]],
        cats: &[EDU], owner: MP, yearly: false, rows: (40, 900),
        fields: &[ID, f("name_ru", "String", ["Атауы (орысша)", "Наименование", "Name (Russian)"], G::Org(&["КГУ «Средняя школа №{n}»", "КГУ «Школа-гимназия №{n}»", "КГУ «Общеобразовательная школа №{n}»", "КГУ «Школа-лицей №{n}»"])), f("name_kz", "String", ["Атауы", "Наименование (каз.)", "Name (Kazakh)"], G::Org(&["«№{n} жалпы білім беретін мектеп» КММ", "«№{n} мектеп-гимназия» КММ", "«№{n} мектеп-лицей» КММ"])), ADDR, DISTRICT, PHONE, f("students_count", "Int", ["Оқушылар саны", "Количество учащихся", "Pupils"], G::Int(40, 3200)), f("teachers_count", "Int", ["Мұғалімдер саны", "Количество учителей", "Teachers"], G::Int(8, 190)), f("language", "String", ["Оқыту тілі", "Язык обучения", "Language of instruction"], G::Choice(LANGS)), f("founded_year", "Int", ["Құрылған жылы", "Год основания", "Founded"], G::Int(1936, 2024))],
    },
    Topic {
        title: ["{} мемлекеттік балабақшаларының тізбесі", "Перечень государственных детских садов {}", "List of public kindergartens of {}"],
        desc: ["{} мемлекеттік балабақшалары мен шағын орталықтары, орын саны мен оқыту тілі.", "Государственные детские сады и мини-центры {}, количество мест и язык обучения.", "Public kindergartens and mini-centres of {}, places and language."],
        kw: [&["балабақша", "мектепке дейінгі білім", "балалар"], &["детский сад", "дошкольное образование", "дети"], &["kindergarten", "preschool", "children"]],
        cats: &[EDU], owner: MP, yearly: false, rows: (30, 700),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["ГККП «Ясли-сад №{n}»", "ГККП «Детский сад №{n} «Балапан»", "КГКП «Ясли-сад №{n} «Айгөлек»"])), ADDR, PHONE, f("capacity", "Int", ["Орын саны", "Проектная мощность", "Places"], G::Int(25, 320)), f("groups_count", "Int", ["Топтар саны", "Количество групп", "Groups"], G::Int(1, 14)), f("language", "String", ["Тәрбие тілі", "Язык воспитания", "Language"], G::Choice(LANGS))],
    },
    Topic {
        title: ["{} медициналық ұйымдарының тізімі", "Список медицинских организаций {}", "List of medical organisations of {}"],
        desc: ["{} аурухана, емхана және жедел жәрдем станциялары, төсек саны.", "Больницы, поликлиники и станции скорой помощи {}, коечный фонд.", "Hospitals, polyclinics and ambulance stations of {}, with beds."],
        kw: [&["аурухана", "емхана", "денсаулық"], &["больница", "поликлиника", "здравоохранение"], &["hospital", "clinic", "health"]],
        cats: &[HEALTH], owner: MZ, yearly: false, rows: (20, 400),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["ГКП на ПХВ «Городская поликлиника №{n}»", "ГКП на ПХВ «Многопрофильная больница {c}»", "КГП «Станция скорой медицинской помощи {c}»", "ГКП «Центральная районная больница №{n}»"])), f("kind", "String", ["Түрі", "Вид", "Type"], G::Choice(&["Больница", "Поликлиника", "Скорая помощь", "Диспансер", "Перинатальный центр"])), ADDR, PHONE, f("beds", "Int", ["Төсек саны", "Коечный фонд", "Beds"], G::Int(0, 900)), f("website", "String", ["Сайт", "Сайт", "Website"], G::Website), LAT, LON],
    },
    Topic {
        title: ["{} дәріханаларының тізілімі", "Реестр аптек {}", "Register of pharmacies of {}"],
        desc: ["{} дәріханалары мен дәріхана пункттері, жұмыс уақыты және лицензия нөмірі.", "Аптеки и аптечные пункты {}, режим работы и номер лицензии.", "Pharmacies and pharmacy points of {}, opening hours and licence number."],
        kw: [&["дәріхана", "дәрі-дәрмек", "лицензия"], &["аптека", "лекарства", "лицензия"], &["pharmacy", "medicines", "licence"]],
        cats: &[HEALTH], owner: MZ, yearly: false, rows: (60, 2500),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["Аптека «Садыхан» №{n}", "Аптека №{n}", "ТОО «Европа-Фарм», аптека №{n}", "Аптечный пункт «Биосфера» №{n}"])), ADDR, PHONE, f("license", "String", ["Лицензия нөмірі", "Номер лицензии", "Licence No."], G::Int(10_000_000, 99_999_999)), f("hours", "String", ["Жұмыс уақыты", "Режим работы", "Opening hours"], G::Choice(&["круглосуточно", "08:00-20:00", "09:00-21:00", "08:00-22:00"]))],
    },
    Topic {
        title: ["{} жергілікті маңызы бар автомобиль жолдарының тізбесі", "Перечень автомобильных дорог местного значения {}", "Local roads of {}"],
        desc: ["{} облыстық және аудандық маңызы бар автомобиль жолдары, ұзындығы мен жай-күйі.", "Автомобильные дороги областного и районного значения {}, протяжённость и состояние.", "Regional and district roads of {}, length and condition."],
        kw: [&["жолдар", "автомобиль жолдары", "көлік"], &["дороги", "автодороги", "транспорт"], &["roads", "highways", "transport"]],
        cats: &[TRANSPORT], owner: MT, yearly: false, rows: (30, 600),
        fields: &[ID, f("road_name", "String", ["Жол атауы", "Наименование дороги", "Road"], G::Org(&["КХ-{n} «{c} – Жаңаауыл»", "КС-{n} «Подъезд к {c}»", "КХ-{n} «Обход {c}»"])), DISTRICT, f("length_km", "Double", ["Ұзындығы, км", "Протяжённость, км", "Length, km"], G::Dbl(1, 180)), f("surface", "String", ["Жамылғы түрі", "Тип покрытия", "Surface"], G::Choice(&["асфальтобетон", "гравий", "щебень", "грунт"])), f("condition", "String", ["Жай-күйі", "Состояние", "Condition"], G::Choice(&["хорошее", "удовлетворительное", "неудовлетворительное"]))],
    },
    Topic {
        title: ["{} қоғамдық көлік бағыттары", "Маршруты общественного транспорта {}", "Public transport routes of {}"],
        desc: ["{} қалалық және қала маңындағы автобус бағыттары, тасымалдаушылар мен аялдамалар саны.", "Городские и пригородные автобусные маршруты {}, перевозчики и количество остановок.", "Urban and suburban bus routes of {}, carriers and stops."],
        kw: [&["автобус", "бағыт", "қоғамдық көлік"], &["автобус", "маршрут", "общественный транспорт"], &["bus", "route", "public transport"]],
        cats: &[TRANSPORT], owner: MT, yearly: false, rows: (10, 160),
        fields: &[ID, f("route", "String", ["Бағыт нөмірі", "Номер маршрута", "Route No."], G::Int(1, 199)), f("carrier", "String", ["Тасымалдаушы", "Перевозчик", "Carrier"], G::Org(&["ТОО «Автопарк №{n}»", "ТОО «{c} Тасымал»", "ИП «Автобус-{n}»"])), f("stops", "Int", ["Аялдамалар саны", "Количество остановок", "Stops"], G::Int(6, 70)), f("interval_min", "Int", ["Жүру аралығы, мин", "Интервал, мин", "Interval, min"], G::Int(4, 40)), f("fare", "Int", ["Жол ақысы, теңге", "Стоимость проезда, тенге", "Fare, KZT"], G::Int(80, 250))],
    },
    Topic {
        title: ["{} тіркелген қылмыстар статистикасы", "Статистика зарегистрированных преступлений {}", "Registered crime statistics of {}"],
        desc: ["{} тіркелген және ашылған қылмыстар саны, түрлері бойынша.", "Число зарегистрированных и раскрытых преступлений {} по видам.", "Registered and solved crimes in {} by type."],
        kw: [&["қылмыс", "құқықтық статистика", "қауіпсіздік"], &["преступления", "правовая статистика", "безопасность"], &["crime", "legal statistics", "safety"]],
        cats: &[SECURITY, STATS], owner: GP, yearly: true, rows: (12, 120),
        fields: &[ID, MONTH, f("crime_type", "String", ["Қылмыс түрі", "Вид преступления", "Crime type"], G::Choice(&["кража", "мошенничество", "грабёж", "хулиганство", "ДТП со смертельным исходом", "разбой"])), f("registered", "Int", ["Тіркелді", "Зарегистрировано", "Registered"], G::Int(0, 900)), f("solved", "Int", ["Ашылды", "Раскрыто", "Solved"], G::Int(0, 600))],
    },
    Topic {
        title: ["{} халық саны", "Численность населения {}", "Population of {}"],
        desc: ["{} халқының жыл басындағы саны: қала және ауыл тұрғындары, жынысы бойынша.", "Численность населения {} на начало года: городское и сельское, по полу.", "Population of {} at the start of the year: urban and rural, by sex."],
        kw: [&["халық", "демография", "статистика"], &["население", "демография", "статистика"], &["population", "demography", "statistics"]],
        cats: &[STATS], owner: ASPR, yearly: true, rows: (8, 30),
        fields: &[ID, YEAR, DISTRICT, f("total", "Int", ["Барлығы", "Всего", "Total"], G::Int(8_000, 900_000)), f("urban", "Int", ["Қала халқы", "Городское", "Urban"], G::Int(0, 700_000)), f("rural", "Int", ["Ауыл халқы", "Сельское", "Rural"], G::Int(0, 300_000)), f("male", "Int", ["Ерлер", "Мужчины", "Male"], G::Int(4_000, 450_000)), f("female", "Int", ["Әйелдер", "Женщины", "Female"], G::Int(4_000, 460_000))],
    },
    Topic {
        title: ["{} орташа айлық номиналды жалақысы", "Среднемесячная номинальная заработная плата {}", "Average monthly nominal wage in {}"],
        desc: ["{} экономикалық қызмет түрлері бойынша бір қызметкердің орташа айлық жалақысы, теңге.", "Среднемесячная заработная плата одного работника {} по видам экономической деятельности, тенге.", "Average monthly wage per employee in {} by economic activity, KZT."],
        kw: [&["жалақы", "еңбек", "табыс"], &["зарплата", "труд", "доходы"], &["wage", "labour", "income"]],
        cats: &[EMPLOYMENT, STATS], owner: ASPR, yearly: true, rows: (10, 40),
        fields: &[ID, MONTH, f("activity", "String", ["Қызмет түрі", "Вид деятельности", "Activity"], G::Choice(&["Образование", "Здравоохранение", "Строительство", "Горнодобывающая промышленность", "Сельское хозяйство", "Торговля", "Финансовая деятельность"])), f("wage_kzt", "Double", ["Жалақы, теңге", "Зарплата, тенге", "Wage, KZT"], G::Dbl(150_000, 900_000))],
    },
    Topic {
        title: ["{} халықты жұмыспен қамту орталықтарының бос жұмыс орындары", "Вакансии центров занятости населения {}", "Job vacancies of employment centres of {}"],
        desc: ["{} жұмыспен қамту орталықтарында тіркелген бос жұмыс орындары.", "Вакансии, зарегистрированные в центрах занятости {}.", "Vacancies registered with the employment centres of {}."],
        kw: [&["жұмыс", "бос орын", "жұмыспен қамту"], &["работа", "вакансии", "занятость"], &["jobs", "vacancies", "employment"]],
        cats: &[EMPLOYMENT], owner: MTSZN, yearly: true, rows: (50, 1500),
        fields: &[ID, f("position", "String", ["Лауазымы", "Должность", "Position"], G::Choice(&["учитель", "медсестра", "водитель", "бухгалтер", "электрик", "повар", "программист", "сварщик"])), f("employer", "String", ["Жұмыс беруші", "Работодатель", "Employer"], G::Org(&["ТОО «Строй-{n}»", "КГУ «Школа №{n}»", "ГКП «Горводоканал {c}»", "ТОО «{c} Агро»"])), f("salary", "Int", ["Жалақы", "Заработная плата", "Salary"], G::Int(85_000, 650_000)), DISTRICT, PHONE, f("published", "Date", ["Жарияланған күні", "Дата публикации", "Published"], G::Date)],
    },
    Topic {
        title: ["{} кітапханаларының тізімі", "Список библиотек {}", "List of libraries of {}"],
        desc: ["{} мемлекеттік кітапханалары, кітап қоры мен оқырмандар саны.", "Государственные библиотеки {}, книжный фонд и число читателей.", "Public libraries of {}, holdings and readers."],
        kw: [&["кітапхана", "мәдениет", "кітап"], &["библиотека", "культура", "книги"], &["library", "culture", "books"]],
        cats: &[CULTURE], owner: MKI, yearly: false, rows: (15, 300),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["Центральная библиотека {c}", "Библиотека-филиал №{n}", "Детская библиотека №{n}"])), ADDR, PHONE, f("books", "Int", ["Кітап қоры", "Книжный фонд", "Holdings"], G::Int(2_000, 600_000)), f("readers", "Int", ["Оқырмандар", "Читатели", "Readers"], G::Int(100, 40_000))],
    },
    Topic {
        title: ["{} мұражайлары мен театрларының тізбесі", "Перечень музеев и театров {}", "Museums and theatres of {}"],
        desc: ["{} мұражайлары, театрлары және концерт залдары.", "Музеи, театры и концертные залы {}.", "Museums, theatres and concert halls of {}."],
        kw: [&["мұражай", "театр", "мәдениет"], &["музей", "театр", "культура"], &["museum", "theatre", "culture"]],
        cats: &[CULTURE, SPORT], owner: MKI, yearly: false, rows: (5, 60),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["Областной историко-краеведческий музей {c}", "Драматический театр {c}", "Музей изобразительных искусств №{n}", "Концертный зал «Достык» №{n}"])), ADDR, PHONE, f("website", "String", ["Сайт", "Сайт", "Website"], G::Website), LAT, LON],
    },
    Topic {
        title: ["{} спорт нысандары", "Спортивные объекты {}", "Sports facilities of {}"],
        desc: ["{} стадиондары, спорт кешендері мен жүзу бассейндері.", "Стадионы, спортивные комплексы и бассейны {}.", "Stadiums, sports complexes and swimming pools of {}."],
        kw: [&["спорт", "стадион", "бассейн"], &["спорт", "стадион", "бассейн"], &["sport", "stadium", "swimming pool"]],
        cats: &[SPORT], owner: MTS, yearly: false, rows: (10, 400),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["Стадион «Центральный» {c}", "Спорткомплекс №{n}", "ДЮСШ №{n}", "Бассейн «Толқын» №{n}"])), f("kind", "String", ["Түрі", "Тип объекта", "Type"], G::Choice(&["стадион", "спортзал", "бассейн", "каток", "футбольное поле"])), ADDR, f("capacity", "Int", ["Сыйымдылығы", "Вместимость", "Capacity"], G::Int(20, 30_000)), LAT, LON],
    },
    Topic {
        title: ["{} қонақ үйлері мен орналастыру орындары", "Гостиницы и места размещения {}", "Hotels and accommodation in {}"],
        desc: ["{} қонақ үйлері, хостелдері мен демалыс үйлері, нөмірлер саны.", "Гостиницы, хостелы и дома отдыха {}, номерной фонд.", "Hotels, hostels and holiday homes of {}, rooms."],
        kw: [&["туризм", "қонақ үй", "орналастыру"], &["туризм", "гостиница", "размещение"], &["tourism", "hotel", "accommodation"]],
        cats: &[SPORT, ECONOMY], owner: MTS, yearly: false, rows: (10, 500),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["Гостиница «{c}»", "Отель «Жібек жолы» №{n}", "Хостел «Номад-{n}»"])), ADDR, PHONE, f("rooms", "Int", ["Нөмірлер саны", "Количество номеров", "Rooms"], G::Int(4, 400)), f("stars", "Int", ["Жұлдыз", "Звёздность", "Stars"], G::Int(0, 5)), f("email", "String", ["Электрондық пошта", "Электронная почта", "E-mail"], G::Email)],
    },
    Topic {
        title: ["{} атаулы әлеуметтік көмек алушылар", "Получатели адресной социальной помощи {}", "Recipients of targeted social assistance in {}"],
        desc: ["{} атаулы әлеуметтік көмек алған отбасылар мен адамдар саны, төлем сомасы.", "Число семей и лиц {}, получивших адресную социальную помощь, сумма выплат.", "Families and persons in {} receiving targeted social assistance, amounts paid."],
        kw: [&["әлеуметтік көмек", "АӘК", "отбасылар"], &["социальная помощь", "АСП", "семьи"], &["social assistance", "welfare", "families"]],
        cats: &[SOCIAL], owner: MTSZN, yearly: true, rows: (12, 240),
        fields: &[ID, MONTH, DISTRICT, f("families", "Int", ["Отбасылар", "Семей", "Families"], G::Int(10, 9_000)), f("persons", "Int", ["Адамдар", "Человек", "Persons"], G::Int(30, 40_000)), f("amount_kzt", "Double", ["Сомасы, мың теңге", "Сумма, тыс. тенге", "Amount, thousand KZT"], G::Dbl(500, 900_000))],
    },
    Topic {
        title: ["{} бюджетке салық түсімдері", "Поступления налогов в бюджет {}", "Tax revenues to the budget of {}"],
        desc: ["{} бюджетіне салықтар мен төлемдердің түсімі, мың теңге.", "Поступления налогов и платежей в бюджет {}, тыс. тенге.", "Taxes and payments received by the budget of {}, thousand KZT."],
        kw: [&["салық", "бюджет", "қаржы"], &["налоги", "бюджет", "финансы"], &["taxes", "budget", "finance"]],
        cats: &[TAX], owner: MF, yearly: true, rows: (12, 100),
        fields: &[ID, MONTH, f("tax", "String", ["Салық түрі", "Вид налога", "Tax"], G::Choice(&["КПН", "ИПН", "НДС", "социальный налог", "налог на имущество", "земельный налог"])), f("plan", "Double", ["Жоспар", "План", "Plan"], G::Dbl(1_000, 90_000_000)), f("fact", "Double", ["Факт", "Факт", "Actual"], G::Dbl(1_000, 90_000_000))],
    },
    Topic {
        title: ["{} халқының көші-қоны", "Миграция населения {}", "Population migration in {}"],
        desc: ["{} келгендер мен кеткендер саны, көші-қон сальдосы.", "Число прибывших и выбывших {}, сальдо миграции.", "Arrivals, departures and net migration of {}."],
        kw: [&["көші-қон", "халық", "кандастар"], &["миграция", "население", "кандасы"], &["migration", "population", "repatriates"]],
        cats: &[MIGRATION, STATS], owner: MVD, yearly: true, rows: (12, 60),
        fields: &[ID, MONTH, f("arrived", "Int", ["Келгендер", "Прибыло", "Arrived"], G::Int(50, 30_000)), f("departed", "Int", ["Кеткендер", "Выбыло", "Departed"], G::Int(50, 30_000)), f("kandas", "Int", ["Қандастар", "Кандасы", "Repatriates"], G::Int(0, 3_000))],
    },
    Topic {
        title: ["{} атмосфералық ауа сапасының мониторингі", "Мониторинг качества атмосферного воздуха {}", "Air quality monitoring in {}"],
        desc: ["{} бақылау бекеттеріндегі ластаушы заттардың орташа айлық концентрациясы.", "Среднемесячные концентрации загрязняющих веществ на постах наблюдения {}.", "Monthly average pollutant concentrations at monitoring posts in {}."],
        kw: [&["экология", "ауа", "ластану"], &["экология", "воздух", "загрязнение"], &["ecology", "air", "pollution"]],
        cats: &[ECOLOGY], owner: MEPR, yearly: true, rows: (24, 400),
        fields: &[ID, MONTH, f("post", "String", ["Бекет", "Пост", "Post"], G::Org(&["Пост №{n}", "Автоматический пост №{n} ({c})"])), f("pollutant", "String", ["Зат", "Вещество", "Pollutant"], G::Choice(&["PM2.5", "PM10", "NO2", "SO2", "CO", "H2S"])), f("concentration", "Double", ["Концентрация, мг/м³", "Концентрация, мг/м³", "Concentration, mg/m³"], G::Dbl(0, 9)), LAT, LON],
    },
    Topic {
        title: ["{} егіс алқаптары мен түсімділігі", "Посевные площади и урожайность {}", "Sown areas and crop yields of {}"],
        desc: ["{} ауыл шаруашылығы дақылдарының егіс алқаптары, жалпы түсімі және түсімділігі.", "Посевные площади, валовой сбор и урожайность сельскохозяйственных культур {}.", "Sown areas, harvest and yields of crops in {}."],
        kw: [&["ауыл шаруашылығы", "егін", "астық"], &["сельское хозяйство", "урожай", "зерно"], &["agriculture", "harvest", "grain"]],
        cats: &[AGRI, STATS], owner: MSH, yearly: true, rows: (8, 90),
        fields: &[ID, YEAR, DISTRICT, f("crop", "String", ["Дақыл", "Культура", "Crop"], G::Choice(&["пшеница", "ячмень", "подсолнечник", "картофель", "рапс", "лён", "хлопок"])), f("area_ha", "Double", ["Алқап, га", "Площадь, га", "Area, ha"], G::Dbl(10, 900_000)), f("yield_c_ha", "Double", ["Түсімділік, ц/га", "Урожайность, ц/га", "Yield, c/ha"], G::Dbl(5, 60))],
    },
    Topic {
        title: ["{} тұрғын үй алу кезегі", "Очередность на получение жилья {}", "Housing waiting list of {}"],
        desc: ["{} жергілікті атқарушы органдарында тұрғын үй алуға кезекте тұрған азаматтар.", "Граждане, состоящие в очереди на получение жилья в местных исполнительных органах {}.", "Citizens on the housing waiting list of the local authorities of {}."],
        kw: [&["тұрғын үй", "кезек", "баспана"], &["жильё", "очередь", "квартира"], &["housing", "waiting list", "apartment"]],
        cats: &[HOUSING, SOCIAL], owner: MPS, yearly: true, rows: (100, 4000),
        fields: &[ID, f("queue_no", "Int", ["Кезек нөмірі", "Номер очереди", "Queue No."], G::Int(1, 90_000)), f("category", "String", ["Санаты", "Категория", "Category"], G::Choice(&["многодетные семьи", "лица с инвалидностью", "государственные служащие", "социально уязвимые слои", "дети-сироты"])), f("registered", "Date", ["Тіркелген күні", "Дата постановки", "Registered"], G::Date)],
    },
    Topic {
        title: ["{} коммуналдық қызметтер тарифтері", "Тарифы на коммунальные услуги {}", "Utility tariffs in {}"],
        desc: ["{} табиғи монополия субъектілерінің коммуналдық қызметтерге бекітілген тарифтері.", "Утверждённые тарифы субъектов естественных монополий {} на коммунальные услуги.", "Approved utility tariffs of natural monopolies in {}."],
        kw: [&["тариф", "коммуналдық қызметтер", "су"], &["тарифы", "коммунальные услуги", "вода"], &["tariffs", "utilities", "water"]],
        cats: &[HOUSING, ECONOMY], owner: MPS, yearly: true, rows: (6, 60),
        fields: &[ID, f("service", "String", ["Қызмет", "Услуга", "Service"], G::Choice(&["холодная вода", "горячая вода", "водоотведение", "теплоснабжение", "электроэнергия", "газ"])), f("supplier", "String", ["Жеткізуші", "Поставщик", "Supplier"], G::Org(&["ГКП «Водоканал {c}»", "АО «Теплокоммунэнерго-{n}»", "ТОО «Энергосбыт {c}»"])), f("unit", "String", ["Өлшем бірлігі", "Единица", "Unit"], G::Choice(&["м³", "Гкал", "кВт·ч"])), f("tariff", "Double", ["Тариф, теңге", "Тариф, тенге", "Tariff, KZT"], G::Dbl(5, 12_000)), f("valid_from", "Date", ["Қолданылу басы", "Действует с", "Valid from"], G::Date)],
    },
    Topic {
        title: ["{} Интернет желісіне қолжетімді елді мекендер", "Населённые пункты с доступом к сети Интернет {}", "Settlements with Internet access in {}"],
        desc: ["{} кең жолақты Интернетке және мобильді байланысқа қолжетімді елді мекендер.", "Населённые пункты {} с доступом к широкополосному Интернету и мобильной связи.", "Settlements of {} with broadband Internet and mobile coverage."],
        kw: [&["Интернет", "байланыс", "ауыл"], &["Интернет", "связь", "село"], &["Internet", "communications", "village"]],
        cats: &[COMMS], owner: MCRIAP, yearly: false, rows: (40, 900),
        fields: &[ID, f("settlement", "String", ["Елді мекен", "Населённый пункт", "Settlement"], G::Org(&["село Жанаталап-{n}", "село Акбулак-{n}", "посёлок Береке-{n}"])), DISTRICT, f("technology", "String", ["Технология", "Технология", "Technology"], G::Choice(&["ВОЛС", "4G/LTE", "3G", "спутник", "ADSL"])), f("population", "Int", ["Тұрғындар", "Население", "Population"], G::Int(50, 12_000))],
    },
    Topic {
        title: ["{} халыққа қызмет көрсету орталықтары", "Центры обслуживания населения {}", "Public service centres of {}"],
        desc: ["{} ХҚКО мекенжайлары, жұмыс кестесі мен терезелер саны.", "Адреса, график работы и количество окон ЦОН {}.", "Addresses, opening hours and windows of public service centres of {}."],
        kw: [&["ХҚКО", "мемлекеттік қызметтер", "egov"], &["ЦОН", "государственные услуги", "egov"], &["public service centre", "e-government", "egov"]],
        cats: &[GOV], owner: MCRIAP, yearly: false, rows: (3, 40),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["ЦОН №{n} {c}", "Отдел ЦОН {c} №{n}", "Специализированный ЦОН {c}"])), ADDR, PHONE, f("windows", "Int", ["Терезелер саны", "Количество окон", "Windows"], G::Int(2, 60)), f("schedule", "String", ["Жұмыс кестесі", "График работы", "Hours"], G::Choice(&["пн-пт 09:00-20:00, сб 09:00-13:00", "пн-пт 09:00-18:00", "пн-сб 09:00-20:00"])), LAT, LON],
    },
    Topic {
        title: ["{} мемлекеттік мекемелерінің тізбесі", "Перечень государственных учреждений {}", "List of state institutions of {}"],
        desc: ["{} мемлекеттік мекемелері, басшылары мен байланыс деректері.", "Государственные учреждения {}, руководители и контакты.", "State institutions of {}, heads and contacts."],
        kw: [&["мемлекеттік мекеме", "әкімдік", "басшы"], &["государственное учреждение", "акимат", "руководитель"], &["state institution", "akimat", "head"]],
        cats: &[GOV], owner: ADGS, yearly: false, rows: (20, 600),
        fields: &[ID, f("name", "String", ["Атауы", "Наименование", "Name"], G::Org(&["ГУ «Аппарат акима {c}»", "ГУ «Отдел образования №{n}»", "ГУ «Управление финансов {c}»", "ГУ «Отдел ЖКХ №{n}»"])), f("head", "String", ["Басшы", "Руководитель", "Head"], G::Person), ADDR, PHONE, f("email", "String", ["Электрондық пошта", "Электронная почта", "E-mail"], G::Email)],
    },
    Topic {
        title: ["{} нотариустарының тізілімі", "Реестр нотариусов {}", "Register of notaries of {}"],
        desc: ["{} жеке және мемлекеттік нотариустары, лицензия нөмірі және мекенжайы.", "Частные и государственные нотариусы {}, номер лицензии и адрес.", "Private and state notaries of {}, licence number and address."],
        kw: [&["нотариус", "құқықтық көмек", "лицензия"], &["нотариус", "правовая помощь", "лицензия"], &["notary", "legal aid", "licence"]],
        cats: &[LEGAL], owner: MU, yearly: false, rows: (20, 1200),
        fields: &[ID, f("fio", "String", ["Аты-жөні", "ФИО", "Full name"], G::Person), f("license", "String", ["Лицензия", "Лицензия", "Licence"], G::Int(100_000, 999_999)), ADDR, PHONE],
    },
    Topic {
        title: ["{} жергілікті бюджетінің атқарылуы", "Исполнение местного бюджета {}", "Execution of the local budget of {}"],
        desc: ["{} жергілікті бюджетінің бағдарламалар бойынша атқарылуы, мың теңге.", "Исполнение местного бюджета {} по программам, тыс. тенге.", "Execution of the local budget of {} by programme, thousand KZT."],
        kw: [&["бюджет", "шығыстар", "қаржы"], &["бюджет", "расходы", "финансы"], &["budget", "spending", "finance"]],
        cats: &[ECONOMY, TAX], owner: MF, yearly: true, rows: (20, 300),
        fields: &[ID, f("program", "String", ["Бағдарлама", "Программа", "Programme"], G::Choice(&["Образование", "Здравоохранение", "Социальная помощь", "ЖКХ", "Транспорт", "Культура и спорт"])), f("approved", "Double", ["Бекітілген", "Утверждено", "Approved"], G::Dbl(1_000, 50_000_000)), f("executed", "Double", ["Атқарылды", "Исполнено", "Executed"], G::Dbl(1_000, 50_000_000))],
    },
    Topic {
        title: ["{} әрекет етуші заңды тұлғаларының саны", "Количество действующих юридических лиц {}", "Number of active legal entities in {}"],
        desc: ["{} экономикалық қызмет түрлері және мөлшері бойынша әрекет етуші заңды тұлғалар.", "Действующие юридические лица {} по видам деятельности и размерности.", "Active legal entities in {} by activity and size."],
        kw: [&["кәсіпорындар", "бизнес", "заңды тұлғалар"], &["предприятия", "бизнес", "юридические лица"], &["enterprises", "business", "legal entities"]],
        cats: &[ECONOMY, STATS], owner: ASPR, yearly: true, rows: (10, 80),
        fields: &[ID, MONTH, f("activity", "String", ["Қызмет түрі", "Вид деятельности", "Activity"], G::Choice(&["Торговля", "Строительство", "Промышленность", "Сельское хозяйство", "Услуги"])), f("small", "Int", ["Шағын", "Малые", "Small"], G::Int(10, 60_000)), f("medium", "Int", ["Орта", "Средние", "Medium"], G::Int(0, 900)), f("large", "Int", ["Ірі", "Крупные", "Large"], G::Int(0, 300))],
    },
    Topic {
        title: ["{} жол-көлік оқиғалары", "Дорожно-транспортные происшествия {}", "Road traffic accidents in {}"],
        desc: ["{} тіркелген жол-көлік оқиғалары, қаза тапқандар мен жараланғандар саны.", "Зарегистрированные ДТП {}, число погибших и раненых.", "Registered road accidents in {}, killed and injured."],
        kw: [&["ЖКО", "жол қауіпсіздігі", "көлік"], &["ДТП", "безопасность дорожного движения", "транспорт"], &["accidents", "road safety", "traffic"]],
        cats: &[SECURITY, TRANSPORT], owner: MVD, yearly: true, rows: (30, 2000),
        fields: &[ID, f("date", "Date", ["Күні", "Дата", "Date"], G::Date), DISTRICT, f("kind", "String", ["Түрі", "Вид ДТП", "Type"], G::Choice(&["столкновение", "наезд на пешехода", "опрокидывание", "наезд на препятствие"])), f("killed", "Int", ["Қаза тапты", "Погибло", "Killed"], G::Int(0, 3)), f("injured", "Int", ["Жараланды", "Ранено", "Injured"], G::Int(0, 6)), LAT, LON],
    },
    Topic {
        title: ["{} өрттер мен төтенше жағдайлар", "Пожары и чрезвычайные ситуации {}", "Fires and emergencies in {}"],
        desc: ["{} тіркелген өрттер мен төтенше жағдайлар, келтірілген залал.", "Зарегистрированные пожары и чрезвычайные ситуации {}, причинённый ущерб.", "Registered fires and emergencies in {}, damage caused."],
        kw: [&["өрт", "төтенше жағдай", "қауіпсіздік"], &["пожары", "ЧС", "безопасность"], &["fire", "emergency", "safety"]],
        cats: &[SECURITY], owner: MCHS, yearly: true, rows: (12, 800),
        fields: &[ID, MONTH, DISTRICT, f("kind", "String", ["Түрі", "Вид", "Type"], G::Choice(&["пожар в жилом секторе", "степной пожар", "паводок", "ДТП с ЧС", "утечка газа"])), f("damage_kzt", "Double", ["Залал, теңге", "Ущерб, тенге", "Damage, KZT"], G::Dbl(0, 90_000_000))],
    },
];

/// Person names: (kk, ru, en) surnames (masculine) and given names by sex.
pub const SURNAMES: &[[&str; 3]] = &[
    ["Нұрланов", "Нурланов", "Nurlanov"],
    ["Сейітқалиев", "Сейткалиев", "Seitkaliyev"],
    ["Жұмабеков", "Жумабеков", "Zhumabekov"],
    ["Әбдірахманов", "Абдрахманов", "Abdrakhmanov"],
    ["Оспанов", "Оспанов", "Ospanov"],
    ["Қасымов", "Касымов", "Kassymov"],
    ["Байжанов", "Байжанов", "Baizhanov"],
    ["Төлеуов", "Тулеуов", "Tuleuov"],
    ["Ермеков", "Ермеков", "Yermekov"],
    ["Сәрсенбаев", "Сарсенбаев", "Sarsenbayev"],
    ["Иванов", "Иванов", "Ivanov"],
    ["Ким", "Ким", "Kim"],
    ["Мұхамеджанов", "Мухамеджанов", "Mukhamedzhanov"],
    ["Ахметов", "Ахметов", "Akhmetov"],
    ["Серікбаев", "Серикбаев", "Serikbayev"],
    ["Петров", "Петров", "Petrov"],
    ["Дүйсенов", "Дюсенов", "Dyussenov"],
    ["Омаров", "Омаров", "Omarov"],
];
pub const MALE: &[[&str; 3]] = &[
    ["Асхат", "Асхат", "Askhat"],
    ["Ерлан", "Ерлан", "Yerlan"],
    ["Нұржан", "Нуржан", "Nurzhan"],
    ["Дәурен", "Даурен", "Dauren"],
    ["Серік", "Серик", "Serik"],
    ["Бауыржан", "Бауыржан", "Baurzhan"],
    ["Алексей", "Алексей", "Alexey"],
    ["Тимур", "Тимур", "Timur"],
];
pub const FEMALE: &[[&str; 3]] = &[
    ["Әлия", "Алия", "Aliya"],
    ["Гүлнар", "Гульнар", "Gulnar"],
    ["Динара", "Динара", "Dinara"],
    ["Айгерім", "Айгерим", "Aigerim"],
    ["Жанар", "Жанар", "Zhanar"],
    ["Сәуле", "Сауле", "Saule"],
    ["Елена", "Елена", "Elena"],
    ["Мәдина", "Мадина", "Madina"],
];

/// Streets (Russian form; addresses on the portal are mostly Russian).
pub const STREETS: &[&str] = &[
    "Абая",
    "Толе би",
    "Кабанбай батыра",
    "Республики",
    "Сатпаева",
    "Достык",
    "Бейбитшилик",
    "Жамбыла",
    "Ауэзова",
    "Пушкина",
    "Кенесары",
    "Богенбай батыра",
    "Сейфуллина",
    "Байтурсынова",
    "Момышулы",
    "Желтоксан",
];

/// Syllables for place names: (kk, ru).
pub const PLACE_A: &[[&str; 2]] = &[
    ["Ақ", "Ак"],
    ["Қара", "Кара"],
    ["Жаңа", "Жана"],
    ["Көк", "Кок"],
    ["Сары", "Сары"],
    ["Талды", "Талды"],
    ["Құм", "Кум"],
    ["Бай", "Бай"],
    ["Ескі", "Ески"],
    ["Шұбар", "Шубар"],
    ["Қызыл", "Кызыл"],
    ["Алтын", "Алтын"],
];
pub const PLACE_B: &[[&str; 2]] = &[
    ["көл", "коль"],
    ["су", "су"],
    ["тау", "тау"],
    ["бұлақ", "булак"],
    ["өзек", "озек"],
    ["қорған", "курган"],
    ["адыр", "адыр"],
    ["жар", "жар"],
    ["терек", "терек"],
    ["шоқы", "шокы"],
];
