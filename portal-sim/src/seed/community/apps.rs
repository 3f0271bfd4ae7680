//! The showcase of apps built on the portal's data, each naming the datasets it uses.

use super::{ShowcaseAppSeed, TopicIndex, FIRST_APP_ID};
use crate::rng::Rng;
use crate::seed::tables::*;
use crate::seed::{day_start, iso, last_moment, DatasetSeed};
use opendata_core::wire::{AppLink, Descriptions, Names, Platform};
use std::collections::HashMap;

/// A dataset an app uses: by apiUri, or the best generic dataset of (topic, region).
#[derive(Clone, Copy)]
enum Uses {
    U(&'static str),
    T(usize, Option<usize>),
}
use Uses::{T, U};

const AST: Option<usize> = Some(18);
const ALA: Option<usize> = Some(17);
const SHY: Option<usize> = Some(19);
const KAR: Option<usize> = Some(9);
const KZ: Option<usize> = None;
const CRIMES: &str = "astana_kalasynyn_kylmystyk_kuk1";

/// One showcase app: names (kk, ru, en; "" = missing), descriptions, category, web URL,
/// Android package, App Store `slug/idNNN`, author, datasets, creation date.
struct AppRow {
    names: [&'static str; 3],
    descs: [&'static str; 3],
    cat: usize,
    web: &'static str,
    android: &'static str,
    ios: &'static str,
    author: &'static str,
    uses: &'static [Uses],
    created: (i64, u32, u32),
}

/// The five apps of the Kassen paper come first (Meken, Cultural Astana, Post Offices,
/// Kindergartens of Astana, Statistics of Regions).
const APPS: &[AppRow] = &[
    AppRow { names: ["Мекен", "Мекен", "Meken"], descs: ["Мекенжай тіркелімі бойынша кез келген ғимараттың ресми мекенжайы мен коды.", "Официальный адрес и код адресного регистра любого здания по данным адресного регистра.", "The official address and address-register code of any building, from the address register."], cat: GOV, web: "https://meken.kz", android: "kz.meken.app", ios: "meken/id1447205812", author: "ТОО «Мекен Технолоджис»", uses: &[U("s_ats"), U("d_ats_types")], created: (2019, 2, 14) },
    AppRow { names: ["Мәдени Астана", "Культурная Астана", "Cultural Astana"], descs: ["Астананың мұражайлары, театрлары мен кітапханалары картада, жұмыс уақытымен.", "Музеи, театры и библиотеки Астаны на карте, с часами работы.", "Museums, theatres and libraries of Astana on a map, with opening hours."], cat: CULTURE, web: "https://culture-astana.kz", android: "kz.astana.culture", ios: "", author: "Astana Hub Community", uses: &[T(11, AST), T(10, AST)], created: (2019, 4, 2) },
    AppRow { names: ["Пошта бөлімшелері", "Почтовые отделения", "Post Offices"], descs: ["Жақын маңдағы пошта бөлімшелері мен ХҚКО-лар, мекенжайлары мен жұмыс кестесі.", "Ближайшие почтовые отделения и ЦОНы с адресами и графиком работы.", "The nearest post offices and public service centres with addresses and hours."], cat: COMMS, web: "", android: "kz.postoffices.map", ios: "post-offices-kz/id1460031234", author: "Ерлан Тасболатов", uses: &[T(22, KZ), U("s_ats")], created: (2019, 3, 27) },
    AppRow { names: ["Астана балабақшалары", "Детские сады Астаны", "Kindergartens of Astana"], descs: ["Астананың мемлекеттік балабақшалары картада: орын саны, тілі, байланыс.", "Государственные детские сады Астаны на карте: места, язык, контакты.", "Public kindergartens of Astana on a map: places, language and contacts."], cat: EDU, web: "", android: "kz.astana.kindergartens", ios: "kindergartens-astana/id1452209977", author: "Айгерим Нурланова", uses: &[T(1, AST)], created: (2019, 3, 11) },
    AppRow { names: ["Өңірлер статистикасы", "Статистика регионов", "Statistics of Regions"], descs: ["Өңірлерді халық саны, жалақы және бизнес бойынша салыстыру.", "Сравнение регионов по населению, зарплатам и числу предприятий.", "Compare regions by population, wages and number of businesses."], cat: STATS, web: "https://regstat.kz", android: "kz.regstat", ios: "", author: "ТОО «Data Steppe»", uses: &[T(7, KZ), T(8, KZ), T(26, KZ)], created: (2019, 5, 20) },
    AppRow { names: ["Дәріхана табу", "Найди аптеку", "Pharmacy Finder"], descs: ["Жақын дәріханалар, тәулік бойы жұмыс істейтіндері бөлек белгіленген.", "Ближайшие аптеки, круглосуточные отмечены отдельно.", "The nearest pharmacies, with 24-hour ones marked."], cat: HEALTH, web: "https://dari-tap.kz", android: "kz.pharmfinder", ios: "pharmacy-finder-kz/id1501122334", author: "ТОО «MedTech Solutions»", uses: &[T(3, KZ), T(3, ALA), T(3, AST)], created: (2020, 2, 3) },
    AppRow { names: ["Мектеп рейтингі", "Рейтинг школ", "School Ratings"], descs: ["Мектептерді оқушылар мен мұғалімдер саны бойынша салыстыру.", "Сравнение школ по числу учеников на учителя и наполняемости.", "Compare schools by pupils per teacher and class sizes."], cat: EDU, web: "https://mektep-rating.kz", android: "kz.mektep.rating", ios: "", author: "Даурен Сейткалиев", uses: &[T(0, KZ), T(0, ALA), T(0, AST)], created: (2020, 8, 19) },
    AppRow { names: ["Алматы автобустары", "Автобусы Алматы", "Almaty Buses"], descs: ["Алматы автобус бағыттары, аялдамалар мен жүру аралықтары.", "Маршруты автобусов Алматы, остановки и интервалы движения.", "Almaty bus routes, stops and headways."], cat: TRANSPORT, web: "", android: "kz.almaty.bus", ios: "almaty-bus/id1480002201", author: "ТОО «CityBus Lab»", uses: &[T(5, ALA)], created: (2019, 10, 7) },
    AppRow { names: ["Астана көлігі", "Транспорт Астаны", "Astana Transit"], descs: ["Астананың қоғамдық көлік бағыттары және сапар жоспарлағыш.", "Маршруты общественного транспорта Астаны и планировщик поездок.", "Astana public transport routes and a journey planner."], cat: TRANSPORT, web: "https://astanatransit.kz", android: "kz.astana.transit", ios: "astana-transit/id1510203040", author: "ТОО «CityBus Lab»", uses: &[T(5, AST), T(4, AST)], created: (2020, 6, 15) },
    AppRow { names: ["Ауа сапасы", "Качество воздуха", "AirKZ"], descs: ["Қалалардағы ауа ластануы бекеттер бойынша, ескертулермен.", "Загрязнение воздуха в городах по постам наблюдения, с предупреждениями.", "Air pollution in cities by monitoring post, with alerts."], cat: ECOLOGY, web: "https://airkz.org", android: "org.airkz", ios: "airkz/id1490011122", author: "Общественный фонд «Таза ауа»", uses: &[T(17, KZ), T(17, ALA), T(17, AST)], created: (2020, 1, 22) },
    AppRow { names: ["Жол жөндеу картасы", "Карта ремонта дорог", "Road Repair Map"], descs: ["Жергілікті жолдардың жай-күйі және жөндеу жоспарлары картада.", "Состояние местных дорог и планы ремонта на карте.", "Condition of local roads and repair plans on a map."], cat: TRANSPORT, web: "https://jol-map.kz", android: "", ios: "", author: "Арман Жумабеков", uses: &[T(4, KZ), T(4, KAR)], created: (2021, 4, 12) },
    AppRow { names: ["Контрагентті тексеру", "Проверка контрагента", "Company Check"], descs: ["БСН бойынша заңды тұлғаны тексеру: тіркелген күні, мәртебесі, мекенжайы.", "Проверка юрлица по БИН: дата регистрации, статус, адрес.", "Look up a company by BIN: registration date, status and address."], cat: ECONOMY, web: "https://bincheck.kz", android: "kz.bincheck", ios: "bincheck/id1533344455", author: "ТОО «BIN Check»", uses: &[U("gbd_ul"), U("s_ats")], created: (2020, 11, 9) },
    AppRow { names: ["Валюта бағамдары", "Курсы валют НБ РК", "KZT Rates"], descs: ["Ұлттық банктің ресми бағамдары және валюта түрлендіргіш.", "Официальные курсы Нацбанка и конвертер валют.", "Official National Bank rates and a currency converter."], cat: TAX, web: "https://kzt-rates.kz", android: "kz.kztrates", ios: "kzt-rates/id1522233344", author: "Мадина Омарова", uses: &[U("valutalar_bagamdary4")], created: (2020, 9, 1) },
    AppRow { names: ["Қауіпсіз Астана", "Безопасная Астана", "Safe Astana"], descs: ["Астанадағы құқық бұзушылықтар мен ЖКО жылу картасы.", "Тепловая карта правонарушений и ДТП в Астане.", "A heat map of offences and road accidents in Astana."], cat: SECURITY, web: "https://safe-astana.kz", android: "kz.safeastana", ios: "", author: "ТОО «Urban Data»", uses: &[U(CRIMES), T(27, AST)], created: (2021, 2, 25) },
    AppRow { names: ["Қылмыс картасы", "Карта преступности", "Crime Map KZ"], descs: ["Өңірлер бойынша қылмыс статистикасы және Астананың толық картасы.", "Статистика преступности по регионам и подробная карта Астаны.", "Crime statistics by region and a detailed map of Astana."], cat: SECURITY, web: "https://crimemap.kz", android: "", ios: "", author: "Тимур Ким", uses: &[T(6, KZ), U(CRIMES)], created: (2022, 3, 14) },
    AppRow { names: ["Адвокат табу", "Найти адвоката", "Find a Lawyer"], descs: ["Лицензиясы бар адвокаттарды өңір бойынша іздеу.", "Поиск адвокатов с лицензией по региону.", "Find licensed lawyers by region."], cat: LEGAL, web: "https://advokat-search.kz", android: "kz.advokat.search", ios: "", author: "ТОО «LegalTech KZ»", uses: &[U("advokattar_tizimi14")], created: (2021, 7, 5) },
    AppRow { names: ["Нотариус іздеу", "Поиск нотариуса", ""], descs: ["Жақын нотариустар, мекенжайы мен телефоны.", "Ближайшие нотариусы с адресами и телефонами.", ""], cat: LEGAL, web: "https://notarius-poisk.kz", android: "", ios: "", author: "ИП Сапарова", uses: &[T(24, KZ), T(24, ALA)], created: (2022, 5, 30) },
    AppRow { names: ["Жұмыс тап", "Найди работу", "JobFinder KZ"], descs: ["Жұмыспен қамту орталықтарының бос орындары және өңірлердегі жалақы.", "Вакансии центров занятости и зарплаты по регионам.", "Job centre vacancies and wages by region."], cat: EMPLOYMENT, web: "https://jumys-tap.kz", android: "kz.jumystap", ios: "jumys-tap/id1577788990", author: "ТОО «HR Digital»", uses: &[T(9, KZ), T(8, KZ)], created: (2021, 10, 18) },
    AppRow { names: ["Ашық бюджет", "Открытый бюджет", "Open Budget"], descs: ["Жергілікті бюджеттердің атқарылуы және салық түсімдері графиктерде.", "Исполнение местных бюджетов и налоговые поступления в графиках.", "Local budget execution and tax revenues in charts."], cat: ECONOMY, web: "https://ashyq-budget.kz", android: "", ios: "", author: "Общественный фонд «Ашық қоғам»", uses: &[T(25, KZ), T(15, KZ)], created: (2020, 4, 28) },
    AppRow { names: ["Саяхат Қазақстан", "Путешествуй по Казахстану", "Travel Kazakhstan"], descs: ["Қонақ үйлер, мұражайлар мен театрлар өңірлер бойынша.", "Гостиницы, музеи и театры по регионам.", "Hotels, museums and theatres by region."], cat: SPORT, web: "", android: "kz.travel.guide", ios: "travel-kazakhstan/id1600112233", author: "ТОО «Steppe Travel»", uses: &[T(13, KZ), T(11, KZ)], created: (2022, 6, 1) },
    AppRow { names: ["Спорт алаңдары", "Спортплощадки рядом", "Sports Near Me"], descs: ["Астана мен Алматыдағы спорт нысандары картада.", "Спортивные объекты Астаны и Алматы на карте.", "Sports facilities of Astana and Almaty on a map."], cat: SPORT, web: "", android: "kz.sportnear", ios: "sports-near-me-kz/id1666777888", author: "Нуржан Оспанов", uses: &[T(12, AST), T(12, ALA)], created: (2023, 4, 10) },
    AppRow { names: ["Кітапхана картасы", "Библиотеки рядом", ""], descs: ["Қазақстан кітапханаларының картасы.", "Карта библиотек Казахстана.", ""], cat: CULTURE, web: "https://kitaphana-map.kz", android: "", ios: "", author: "Айжан Абдрахманова", uses: &[T(10, KZ)], created: (2021, 1, 19) },
    AppRow { names: ["Емхана картасы", "Карта поликлиник", "Clinic Map"], descs: ["Ауруханалар мен емханалар картада, төсек саны және байланыс.", "Больницы и поликлиники на карте, коечный фонд и контакты.", "Hospitals and polyclinics on a map, with beds and contacts."], cat: HEALTH, web: "https://emhana-map.kz", android: "kz.clinicmap", ios: "", author: "ТОО «MedTech Solutions»", uses: &[T(2, KZ), T(2, AST)], created: (2020, 3, 30) },
    AppRow { names: ["ХҚКО кезегі", "Очередь в ЦОН", "PSC Queue"], descs: ["ХҚКО-лардың мекенжайлары, жұмыс кестесі және терезелер саны.", "Адреса, график работы и число окон ЦОНов.", "Addresses, opening hours and windows of public service centres."], cat: GOV, web: "", android: "kz.con.queue", ios: "psc-queue/id1588990011", author: "Бауыржан Нурланов", uses: &[T(22, KZ), T(22, ALA)], created: (2021, 9, 6) },
    AppRow { names: ["Тұрғын үй кезегі", "Моя очередь на жильё", "Housing Queue"], descs: ["Астана мен Алматыдағы тұрғын үй кезегінің қозғалысы.", "Движение очереди на жильё в Астане и Алматы.", "How the housing waiting lists of Astana and Almaty move."], cat: HOUSING, web: "https://kezek-uy.kz", android: "kz.kezekuy", ios: "", author: "ТОО «Kezek»", uses: &[T(19, AST), T(19, ALA)], created: (2022, 9, 12) },
    AppRow { names: ["Коммуналдық калькулятор", "Коммунальный калькулятор", "Utility Calculator"], descs: ["Тарифтер бойынша коммуналдық төлемдерді есептеу.", "Расчёт коммунальных платежей по действующим тарифам.", "Work out utility bills from the current tariffs."], cat: HOUSING, web: "https://kommunal-calc.kz", android: "kz.kommunal.calc", ios: "kommunal-calc/id1655443322", author: "Ерлан Жумабеков", uses: &[T(20, KZ)], created: (2023, 1, 16) },
    AppRow { names: ["Ауылдағы интернет", "Интернет в сёлах", "Village Internet"], descs: ["Интернетке қолжетімді елді мекендер және байланыс технологиясы.", "Населённые пункты с доступом к интернету и технология связи.", "Settlements with internet access and the technology used."], cat: COMMS, web: "https://auyl-internet.kz", android: "", ios: "", author: "Общественное объединение «Цифровое село»", uses: &[T(21, KZ)], created: (2022, 11, 21) },
    AppRow { names: ["Қауіпті жолдар", "Опасные дороги", "Dangerous Roads"], descs: ["ЖКО шоғырланған жерлер және жолдардың жай-күйі.", "Места концентрации ДТП и состояние дорог.", "Accident hot spots and the condition of roads."], cat: SECURITY, web: "https://qauipti-jol.kz", android: "kz.dangerousroads", ios: "", author: "ТОО «Urban Data»", uses: &[T(27, KZ), T(4, KZ)], created: (2023, 6, 5) },
    AppRow { names: ["ТЖ картасы", "ЧС: карта происшествий", "Emergency Map"], descs: ["Өрттер мен төтенше жағдайлар айлар бойынша.", "Пожары и чрезвычайные ситуации по месяцам.", "Fires and emergencies by month."], cat: SECURITY, web: "", android: "kz.emergency.map", ios: "emergency-map-kz/id1688776655", author: "Асель Ким", uses: &[T(28, KZ)], created: (2023, 8, 22) },
    AppRow { names: ["Егін статистикасы", "Урожай в цифрах", "Harvest in Numbers"], descs: ["Егіс алқаптары мен түсімділік өңірлер бойынша.", "Посевные площади и урожайность по регионам.", "Sown areas and yields by region."], cat: AGRI, web: "https://egin-stat.kz", android: "", ios: "", author: "ТОО «AgroData»", uses: &[T(18, KZ)], created: (2022, 2, 7) },
    AppRow { names: ["Әлеуметтік көмек", "Соцпомощь: кто получает", ""], descs: ["Атаулы әлеуметтік көмек алушылардың саны өңірлер бойынша.", "Число получателей адресной социальной помощи по регионам.", ""], cat: SOCIAL, web: "https://asp-stat.kz", android: "", ios: "", author: "Гульнара Сейткалиева", uses: &[T(14, KZ)], created: (2023, 3, 13) },
    AppRow { names: ["Көші-қон дашборды", "Миграция: дашборд", "Migration Dashboard"], descs: ["Өңірлердің көші-қон сальдосы және халық саны.", "Сальдо миграции и численность населения по регионам.", "Net migration and population by region."], cat: MIGRATION, web: "https://koshi-qon.kz", android: "", ios: "", author: "ТОО «Data Steppe»", uses: &[T(16, KZ), T(7, KZ)], created: (2024, 2, 19) },
    AppRow { names: ["Өңірлер салықтары", "Налоги регионов", "Regional Taxes"], descs: ["Бюджетке салық түсімдері және жергілікті бюджеттердің атқарылуы.", "Налоговые поступления и исполнение местных бюджетов.", "Tax receipts and local budget execution."], cat: TAX, web: "https://salyq-stat.kz", android: "", ios: "", author: "Данияр Оспанов", uses: &[T(15, KZ), T(25, KZ)], created: (2024, 5, 6) },
    AppRow { names: ["Мемлекеттік органдар анықтамалығы", "Справочник госорганов", "Gov Directory"], descs: ["Мемлекеттік мекемелердің байланыстары және ресми сайттары.", "Контакты государственных учреждений и их официальные сайты.", "Contacts of state institutions and their official websites."], cat: GOV, web: "https://gov-directory.kz", android: "kz.govdirectory", ios: "", author: "ТОО «Мекен Технолоджис»", uses: &[T(23, KZ), U("memlekettik_organdardyn_intern1")], created: (2024, 7, 1) },
    AppRow { names: ["Халық атласы", "Атлас населения", "Population Atlas"], descs: ["Халық саны өңірлер мен елді мекендер бойынша картада.", "Численность населения по регионам и населённым пунктам на карте.", "Population by region and settlement on a map."], cat: STATS, web: "https://halyq-atlas.kz", android: "", ios: "", author: "Алия Нурланова", uses: &[T(7, KZ), U("s_ats")], created: (2024, 9, 9) },
    AppRow { names: ["Жалақы салыстыру", "Сравни зарплату", "Salary Compare"], descs: ["Орташа жалақыны өңірлер мен жылдар бойынша салыстыру.", "Сравнение средней зарплаты по регионам и годам.", "Compare average wages across regions and years."], cat: EMPLOYMENT, web: "https://zhalaqy.kz", android: "", ios: "salary-compare-kz/id1700223344", author: "ТОО «HR Digital»", uses: &[T(8, KZ)], created: (2025, 1, 27) },
    AppRow { names: ["Алматы балабақшалары", "Детсады Алматы", ""], descs: ["Алматының мемлекеттік балабақшалары және орын саны.", "Государственные детские сады Алматы и количество мест.", ""], cat: EDU, web: "", android: "kz.almaty.kindergartens", ios: "", author: "Жанна Ким", uses: &[T(1, ALA)], created: (2025, 3, 17) },
    // HOSTILE_APP_ID (537): the web link is `javascript:`.
    AppRow { names: ["Ашық деректер құмсалғышы", "Песочница открытых данных", "Open Data Sandbox"], descs: ["Порталдың API-ін браузерде сынап көруге арналған құрал.", "Инструмент, чтобы попробовать API портала прямо в браузере.", "A tool to try the portal's API in the browser."], cat: COMMS, web: "javascript:window.__pwned=1", android: "kz.opendata.sandbox", ios: "", author: "<b>Sandbox</b> Team", uses: &[T(21, KZ), U("memlekettik_organdardyn_intern1")], created: (2025, 10, 1) },
    AppRow { names: ["Шымкент анықтамалығы", "Справочник Шымкента", "Shymkent Guide"], descs: ["Шымкенттің мектептері, дәріханалары, көлігі және мұражайлары бір қосымшада.", "Школы, аптеки, транспорт и музеи Шымкента в одном приложении.", "Schools, pharmacies, transport and museums of Shymkent in one app."], cat: CULTURE, web: "https://shymkent-guide.kz", android: "kz.shymkent.guide", ios: "shymkent-guide/id1711122233", author: "ТОО «South Digital»", uses: &[T(0, SHY), T(3, SHY), T(5, SHY), T(11, SHY)], created: (2025, 6, 23) },
    AppRow { names: ["Бизнес динамикасы", "Динамика бизнеса", "Business Pulse"], descs: ["Тіркелген және әрекет етуші заңды тұлғалар саны өңірлер мен салалар бойынша.", "Число зарегистрированных и действующих юрлиц по регионам и отраслям.", "Registered and active legal entities by region and industry."], cat: ECONOMY, web: "https://biz-pulse.kz", android: "", ios: "business-pulse-kz/id1733344455", author: "ТОО «BIN Check»", uses: &[T(26, KZ), U("gbd_ul")], created: (2026, 2, 9) },
];

pub fn make_apps(
    seed: u64,
    datasets: &[DatasetSeed],
    by_uri: &HashMap<String, usize>,
    topics: &TopicIndex,
) -> Vec<ShowcaseAppSeed> {
    APPS.iter()
        .enumerate()
        .map(|(i, a)| {
            let mut r = Rng::derive(seed, &[30, i as u64]);
            let mut used: Vec<usize> = Vec::new();
            for u in a.uses {
                let d = match *u {
                    U(uri) => by_uri.get(uri).copied(),
                    T(t, reg) => topics
                        .best(datasets, t, reg)
                        .or_else(|| topics.best(datasets, t, None)),
                };
                if let Some(d) = d.filter(|d| !used.contains(d)) {
                    used.push(d);
                }
            }
            // Never empty: the national statistics always exist.
            if used.is_empty() {
                used.extend(topics.best(datasets, 7, None));
            }
            let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
            let mut platforms = Vec::new();
            let mut links = Vec::new();
            for (p, url) in [
                (Platform::Web, opt(a.web)),
                (
                    Platform::Android,
                    opt(a.android)
                        .map(|p| format!("https://play.google.com/store/apps/details?id={p}")),
                ),
                (
                    Platform::Ios,
                    opt(a.ios).map(|s| format!("https://apps.apple.com/kz/app/{s}")),
                ),
            ] {
                if let Some(url) = url {
                    platforms.push(p);
                    links.push(AppLink { platform: p, url });
                }
            }
            let (y, m, d) = a.created;
            let created = (day_start(y, m, d) + 9 * 60 + r.below(9 * 60) as i64).min(last_moment());
            ShowcaseAppSeed {
                id: FIRST_APP_ID + i as u64,
                names: Names::new(a.names[0], a.names[1], a.names[2]),
                descriptions: Descriptions {
                    description_kk: opt(a.descs[0]),
                    description_ru: opt(a.descs[1]),
                    description_en: opt(a.descs[2]),
                },
                category: a.cat,
                platforms,
                author: a.author.to_string(),
                links,
                datasets: used,
                created_date: iso(created),
            }
        })
        .collect()
}
