//! Community seed: applications for publishing new datasets (written by citizens, each in one
//! language, answered by an agency) and the showcase of apps built on the portal's data.
//! Everything here refers to real seeded categories, agencies and datasets by index.

use super::tables::*;
use super::{agency_of_region, agency_other, civil_from_days, day_start, first_moment, iso};
use super::{last_moment, DatasetSeed, RowKind};
use crate::rng::Rng;
use opendata_core::wire::{
    AnswerTexts, AppLink, ApplicationStatus, Descriptions, Names, Platform, StatusChange,
};
use opendata_core::Lang;
use std::collections::HashMap;

/// How many applications the seed has (`Stats.publicationRequestsCount`).
pub const APPLICATIONS: u64 = 340;
/// Ids of applications start here.
pub const FIRST_APPLICATION_ID: u64 = 7_000;
/// The application whose title and description carry a script tag and a `javascript:` text.
pub const HOSTILE_APPLICATION_ID: u64 = 7_007;
/// Ids of showcase apps start here.
pub const FIRST_APP_ID: u64 = 500;
/// The showcase app whose web link is `javascript:window.__pwned=1`.
pub const HOSTILE_APP_ID: u64 = 537;

#[derive(Clone)]
pub struct ApplicationSeed {
    pub id: u64,
    pub title: String,
    pub description: String,
    pub lang: Lang,
    /// Index into `Seed::categories`.
    pub category: usize,
    /// Index into `Seed::agencies`; `None` for an application to another organisation.
    pub agency: Option<usize>,
    pub other_organization: Option<String>,
    pub status: ApplicationStatus,
    pub votes: u64,
    pub created_date: String,
    /// Oldest first; the last entry is `status`.
    pub history: Vec<StatusChange>,
    pub answer: Option<AnswerTexts>,
    /// Index into `Seed::datasets`, for published applications.
    pub dataset: Option<usize>,
}

impl ApplicationSeed {
    /// The date of the last change after SUBMITTED, if the agency has moved it on.
    pub fn answered_date(&self) -> Option<&str> {
        (self.history.len() > 1)
            .then(|| self.history.last().map(|h| h.date.as_str()))
            .flatten()
    }
}

pub struct ShowcaseAppSeed {
    pub id: u64,
    pub names: Names,
    pub descriptions: Descriptions,
    pub category: usize,
    pub platforms: Vec<Platform>,
    pub author: String,
    pub links: Vec<AppLink>,
    /// Indices into `Seed::datasets`; 1–4, never empty.
    pub datasets: Vec<usize>,
    pub created_date: String,
}

/// Generic datasets by (topic, region) → indices, for "a dataset that fits".
pub struct TopicIndex(HashMap<(usize, Option<usize>), Vec<usize>>);

impl TopicIndex {
    pub fn new(datasets: &[DatasetSeed]) -> TopicIndex {
        let mut m: HashMap<(usize, Option<usize>), Vec<usize>> = HashMap::new();
        for (i, d) in datasets.iter().enumerate() {
            if let RowKind::Generic { topic, region, .. } = d.kind {
                m.entry((topic, region)).or_default().push(i);
            }
        }
        TopicIndex(m)
    }
    fn all(&self, topic: usize, region: Option<usize>) -> &[usize] {
        self.0.get(&(topic, region)).map_or(&[], Vec::as_slice)
    }
    /// The undated list if there is one, else the newest yearly edition.
    fn best(&self, datasets: &[DatasetSeed], topic: usize, region: Option<usize>) -> Option<usize> {
        self.all(topic, region)
            .iter()
            .copied()
            .max_by_key(|&i| match datasets[i].kind {
                RowKind::Generic { year: 0, .. } => u16::MAX,
                RowKind::Generic { year, .. } => year,
                _ => 0,
            })
    }
}

/// Minutes since 1970 of an ISO local date-time the seed wrote (`2024-03-05T10:20:00`).
fn minutes_of(s: &str) -> Option<i64> {
    let num = |a: usize, b: usize| s.get(a..b)?.parse::<i64>().ok();
    let (y, m, d) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (h, mi) = (num(11, 13)?, num(14, 16)?);
    Some(day_start(y, u32::try_from(m).ok()?, u32::try_from(d).ok()?) + h * 60 + mi)
}

/// A moment on `day` (days since 1970) in office hours.
fn office(r: &mut Rng, day: i64) -> i64 {
    day * 1440 + 9 * 60 + r.below(8 * 60) as i64
}

fn dmy(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{d:02}.{m:02}.{y}")
}

// ---- applications --------------------------------------------------------------------------

/// Who an application is addressed to.
#[derive(Clone, Copy)]
enum Owner {
    /// A central agency (index into `CENTRAL`).
    Central(usize),
    /// The akimat of the city's region.
    Local,
    /// Any agency by index into `Seed::agencies` (the quasi-state ones).
    Agency(usize),
    /// An organisation outside the catalogue (`otherOrganization`).
    Org(&'static str),
}

/// Which seeded dataset can answer a published application.
#[derive(Clone, Copy)]
enum Fits {
    Topic(usize),
    Uri(&'static str),
    /// The Astana crimes register in Astana, else the crime statistics of the place.
    Crimes,
    Nothing,
}

/// A request template: title and description in kk, ru, en. `{c}` is the city in the genitive
/// (ru) and `{n}` in the nominative; Kazakh templates add «қаласының/қаласындағы» themselves.
struct Concept {
    title: [&'static str; 3],
    desc: [&'static str; 3],
    cat: usize,
    owner: Owner,
    fits: Fits,
}

const fn cn(
    title: [&'static str; 3],
    desc: [&'static str; 3],
    cat: usize,
    owner: Owner,
    fits: Fits,
) -> Concept {
    Concept {
        title,
        desc,
        cat,
        owner,
        fits,
    }
}

/// A city: Kazakh name, Russian genitive and nominative, English, region index.
struct City(
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    usize,
);

const CITIES: &[City] = &[
    City("Астана", "Астаны", "Астана", "Astana", 18),
    City("Алматы", "Алматы", "Алматы", "Almaty", 17),
    City("Шымкент", "Шымкента", "Шымкент", "Shymkent", 19),
    City("Қарағанды", "Караганды", "Караганда", "Karaganda", 9),
    City("Ақтөбе", "Актобе", "Актобе", "Aktobe", 2),
    City("Павлодар", "Павлодара", "Павлодар", "Pavlodar", 13),
    City(
        "Өскемен",
        "Усть-Каменогорска",
        "Усть-Каменогорск",
        "Oskemen",
        5,
    ),
    City("Семей", "Семея", "Семей", "Semey", 0),
    City("Қостанай", "Костаная", "Костанай", "Kostanay", 10),
    City("Қызылорда", "Кызылорды", "Кызылорда", "Kyzylorda", 11),
    City("Атырау", "Атырау", "Атырау", "Atyrau", 4),
    City("Ақтау", "Актау", "Актау", "Aktau", 12),
    City("Тараз", "Тараза", "Тараз", "Taraz", 6),
    City(
        "Петропавл",
        "Петропавловска",
        "Петропавловск",
        "Petropavl",
        14,
    ),
    City("Орал", "Уральска", "Уральск", "Oral", 8),
    City("Түркістан", "Туркестана", "Туркестан", "Turkistan", 15),
    City("Көкшетау", "Кокшетау", "Кокшетау", "Kokshetau", 1),
    City(
        "Талдықорған",
        "Талдыкоргана",
        "Талдыкорган",
        "Taldykorgan",
        7,
    ),
    City("Жезқазған", "Жезказгана", "Жезказган", "Zhezkazgan", 16),
    City("Қонаев", "Конаева", "Конаев", "Konaev", 3),
];

const ASTANA_CITY: usize = 0;

// Central agency indices (into CENTRAL) used below.
const C_MZ: usize = 0;
const C_MVD: usize = 1;
const C_MF: usize = 3;
const C_MU: usize = 4;
const C_MP: usize = 5;
const C_MNVO: usize = 6;
const C_MT: usize = 7;
const C_MTSZN: usize = 8;
const C_MKI: usize = 9;
const C_MTS: usize = 10;
const C_MCRIAP: usize = 11;
const C_MNE: usize = 12;
const C_MSH: usize = 13;
const C_MEPR: usize = 14;
const C_MCHS: usize = 19;
const C_GP: usize = 21;
const C_NB: usize = 22;
const C_ASPR: usize = 23;
const C_ADGS: usize = 26;

const CONCEPTS: &[Concept] = &[
    cn(
        ["{c} қаласындағы емханалардағы дәрігерлердің қабылдау кестесі", "Расписание приёма врачей в поликлиниках {c}", "Doctors' appointment hours in polyclinics of {c}"],
        ["Әр емхана бойынша учаскелік терапевтер мен тар маманды дәрігерлердің қабылдау сағаттары, кабинет нөмірлерімен. Қазір кесте тек стендте ілулі тұр.", "Нужны часы приёма участковых терапевтов и узких специалистов по каждой поликлинике, с номерами кабинетов. Сейчас расписание висит только на стенде.", "Office hours of district GPs and specialists for every polyclinic, with room numbers. Today the schedule is only posted on a board inside."],
        HEALTH, Owner::Local, Fits::Topic(2),
    ),
    cn(
        ["{c} қаласындағы велосипед жолдарының картасы", "Карта велосипедных дорожек {c}", "Map of bike lanes in {n}"],
        ["Әр велосипед жолының басы мен соңының координаттары, ұзындығы, жамылғы түрі және салынған жылы.", "Координаты начала и конца каждой велодорожки, протяжённость, тип покрытия и год строительства.", "Start and end coordinates of every bike lane, its length, surface and the year it was built."],
        TRANSPORT, Owner::Local, Fits::Nothing,
    ),
    cn(
        ["{c} қаласындағы ауа сапасының сағаттық өлшемдері", "Качество воздуха {c}: почасовые измерения по постам", "Air quality measurements in {n} by hour"],
        ["Әр бақылау бекеті бойынша PM2.5, PM10, NO2 және SO2 көрсеткіштері сағат сайын, айлық орташа мән емес.", "Показания PM2.5, PM10, NO2 и SO2 по каждому посту наблюдения за каждый час, а не только среднемесячные значения.", "PM2.5, PM10, NO2 and SO2 readings for every monitoring post for every hour, not just monthly averages."],
        ECOLOGY, Owner::Central(C_MEPR), Fits::Topic(17),
    ),
    cn(
        ["{c} қаласындағы мектептердің бірінші сыныптарындағы бос орындар", "Свободные места в первых классах школ {c}", "Free places in first grades of schools in {n}"],
        ["Құжат қабылдау басталар алдында әр мектептің бірінші сыныптарында қанша орын қалғаны, оқыту тілі бойынша.", "Сколько мест в первых классах осталось в каждой школе перед началом приёма документов, с разбивкой по языку обучения.", "How many first-grade places are left in each school before enrolment opens, by language of instruction."],
        EDU, Owner::Local, Fits::Topic(0),
    ),
    cn(
        ["{c} қаласындағы балабақшаға кезек аудандар бойынша", "Очередь в детские сады {c} по районам", "Kindergarten waiting list in {n} by district"],
        ["Кезектегі балалар саны жасы мен ауданы бойынша және әр балабақшадағы бос орындар саны, дербес деректерсіз.", "Число детей в очереди по возрастам и районам и количество свободных мест в каждом саду, без персональных данных.", "Children waiting by age and district, and free places in each kindergarten, without personal data."],
        EDU, Owner::Local, Fits::Topic(1),
    ),
    cn(
        ["{c} қаласындағы тәулік бойы жұмыс істейтін дәріханалар", "Круглосуточные аптеки {c}", "24-hour pharmacies in {n}"],
        ["Түнде және мереке күндері жұмыс істейтін дәріханалардың мекенжайлары, телефондары мен координаттары.", "Адреса, телефоны и координаты аптек, которые работают ночью и в праздники.", "Addresses, phones and coordinates of pharmacies open at night and on public holidays."],
        HEALTH, Owner::Central(C_MZ), Fits::Topic(3),
    ),
    cn(
        ["{c} қаласындағы автобус бағыттары мен кестесі", "Маршруты и расписание автобусов {c}", "Bus routes and timetables in {n}"],
        ["Әр бағыттың аялдамалары ретімен, жұмыс және демалыс күндеріндегі жүру аралығы, алғашқы және соңғы рейс уақыты. GTFS форматында болса жақсы.", "Остановки каждого маршрута по порядку, интервалы в будни и выходные, время первого и последнего рейса. Лучше всего в формате GTFS.", "Stops of every route in order, headways on weekdays and weekends, first and last departures. GTFS would be ideal."],
        TRANSPORT, Owner::Local, Fits::Topic(5),
    ),
    cn(
        ["{c} қаласында биыл жөнделетін жолдар жоспары", "План ремонта дорог {c} на текущий год", "Road repair plan for {n} this year"],
        ["Жөнделетін көшелер тізімі, жұмыс мерзімі, мердігер және келісімшарт сомасы.", "Список улиц, которые будут ремонтировать, сроки работ, подрядчик и сумма договора.", "Streets to be repaired, dates of the works, the contractor and the contract amount."],
        TRANSPORT, Owner::Local, Fits::Topic(4),
    ),
    cn(
        ["{c} қаласындағы құқық бұзушылықтардың көшелер бойынша картасы", "Карта правонарушений {c} по улицам", "Map of offences in {n} by street"],
        ["Тіркелген құқық бұзушылықтар туралы иесіздендірілген деректер: координаттары, түрі және тәулік уақыты. Қауіпті жерлерді білу үшін қажет.", "Обезличенные данные о зарегистрированных правонарушениях с координатами, видом и временем суток, чтобы видеть опасные места.", "Anonymised registered offences with coordinates, type and time of day, so that people can see which places are unsafe."],
        SECURITY, Owner::Central(C_GP), Fits::Crimes,
    ),
    cn(
        ["Ыстық суды жоспарлы ажырату кестесі, {n} қ.", "График плановых отключений горячей воды, г. {n}", "Planned hot water outages, {n}"],
        ["Ыстық су мен жылуды жоспарлы ажырататын үйлердің мекенжайлары, күндері және себептері алдын ала жариялансын.", "Адреса домов, даты и причины плановых отключений горячей воды и отопления — заранее, а не в день отключения.", "Addresses, dates and reasons of planned hot water and heating outages, published in advance rather than on the day."],
        HOUSING, Owner::Local, Fits::Nothing,
    ),
    cn(
        ["{c} қаласындағы қар тазалау кестесі мен техникасы", "Уборка снега в {n}: график и техника по районам", "Snow clearing schedule and machinery in {n}"],
        ["Қай көшелер қай ауысымда тазаланады, желіге қанша техника шығады, қар тазалағыш көліктердің GPS-іздері.", "Какие улицы убирают в какую смену, сколько техники выходит на линию, GPS-треки снегоуборочных машин.", "Which streets are cleared in which shift, how many machines are out, and GPS tracks of the snowploughs."],
        HOUSING, Owner::Local, Fits::Nothing,
    ),
    cn(
        ["{c} қаласындағы қоғамдық дәретханалар және жұмыс уақыты", "Общественные туалеты {c} с часами работы", "Public toilets in {n} with opening hours"],
        ["Мекенжайы, координаттары, жұмыс уақыты, ақылы ма, тегін бе, мүгедектер арбасымен кіруге бола ма.", "Адрес, координаты, часы работы, платный или бесплатный, есть ли доступ для людей на колясках.", "Address, coordinates, opening hours, paid or free, and whether there is wheelchair access."],
        HOUSING, Owner::Local, Fits::Nothing,
    ),
    cn(
        ["{c} қаласындағы тегін спорт алаңдары", "Бесплатные спортивные площадки {c}", "Free sports grounds in {n}"],
        ["Барлығына ашық аула және мектеп алаңдарының мекенжайлары, спорт түрлері және кешкі жарықтың бар-жоғы.", "Адреса дворовых и школьных площадок, открытых для всех, виды спорта и есть ли вечернее освещение.", "Yard and school sports grounds open to everyone, which sports they suit and whether they are lit in the evening."],
        SPORT, Owner::Local, Fits::Topic(12),
    ),
    cn(
        ["{c} қаласы кітапханаларының жұмыс уақыты мен кітап қоры", "Библиотеки {c}: часы работы и книжный фонд", "Libraries of {n}: opening hours and holdings"],
        ["Әр кітапхананың мекенжайы, жұмыс уақыты, қорының көлемі және электрондық каталогқа сілтеме.", "Адрес каждой библиотеки, часы работы, объём фонда и ссылка на электронный каталог.", "Address of every library, opening hours, size of the collection and a link to the online catalogue."],
        CULTURE, Owner::Central(C_MKI), Fits::Topic(10),
    ),
    cn(
        ["{c} қаласының мұражайлары мен театрлары: афиша және жеңілдіктер", "Музеи и театры {c}: афиша и льготы", "Museums and theatres of {n}: events and discounts"],
        ["Мұражайлар мен театрлардың тізімі, тегін кіру күндері, студенттер мен зейнеткерлерге жеңілдіктер.", "Список музеев и театров, дни бесплатного посещения, льготы для студентов и пенсионеров.", "Museums and theatres with free-entry days and discounts for students and pensioners."],
        CULTURE, Owner::Local, Fits::Topic(11),
    ),
    cn(
        ["{c} қаласындағы қонақ үйлер санаты мен нөмірлер саны", "Гостиницы {c} с категорией и числом номеров", "Hotels in {n} with star rating and number of rooms"],
        ["Орналастыру орындарының ресми тізілімі: санаты, нөмірлер саны, мекенжайы, сайты.", "Официальный реестр мест размещения: категория, число номеров, адрес, сайт.", "The official register of accommodation: category, rooms, address and website."],
        SPORT, Owner::Central(C_MTS), Fits::Topic(13),
    ),
    cn(
        ["{c} қаласындағы жұмыспен қамту орталығының бос жұмыс орындары жалақысымен", "Вакансии центра занятости {c} с зарплатой", "Job centre vacancies in {n} with salaries"],
        ["Жалақысы, талаптары және жұмыс берушісі көрсетілген өзекті бос орындар, аптасына кемінде бір рет жаңартылсын.", "Актуальные вакансии с зарплатой, требованиями и работодателем, обновление хотя бы раз в неделю.", "Current vacancies with salary, requirements and employer, updated at least once a week."],
        EMPLOYMENT, Owner::Central(C_MTSZN), Fits::Topic(9),
    ),
    cn(
        ["{c} қаласындағы ХҚКО-лардың сағат бойынша жүктемесі", "Загруженность ЦОНов {c} по часам", "Public service centre queues in {n} by hour"],
        ["Әр ХҚКО-дағы орташа күту уақыты мен келушілер саны апта күні мен сағат бойынша, қашан барған ыңғайлы екенін білу үшін.", "Среднее время ожидания и число посетителей в каждом ЦОНе по дням недели и часам, чтобы выбрать, когда идти.", "Average waiting time and number of visitors at each centre by weekday and hour, to choose when to go."],
        GOV, Owner::Agency(2), Fits::Topic(22),
    ),
    cn(
        ["{c} қаласындағы су мен жылу тарифтері соңғы бес жылда", "Тарифы на воду и тепло {c} за последние пять лет", "Water and heating tariffs in {n} over the last five years"],
        ["Әр жеткізушінің тарифтері жылдар бойынша, өсу себептері мен бекіту туралы бұйрықтардың нөмірлері.", "Тарифы каждого поставщика по годам, причины повышения и номера приказов об утверждении.", "Tariffs of every supplier by year, the reasons for increases and the numbers of the approving orders."],
        HOUSING, Owner::Central(C_MNE), Fits::Topic(20),
    ),
    cn(
        ["{n} қаласындағы мемлекеттік тұрғын үйге кезек: жылдар бойынша қозғалысы", "Очередь на жильё из госфонда, г. {n}: движение по годам", "State housing waiting list in {n}: movement by year"],
        ["Әр санат бойынша кезекте қанша адам тұрғаны және жыл ішінде қанша пәтер берілгені, аты-жөнсіз.", "Сколько человек стоит в очереди в каждой категории и сколько квартир выдано за год, без ФИО.", "How many people wait in each category and how many flats were allocated each year, without names."],
        HOUSING, Owner::Local, Fits::Topic(19),
    ),
    cn(
        ["{c} қаласы бюджетінің абаттандыруға жұмсалған шығыстары", "Расходы бюджета {c} на благоустройство", "Spending on public spaces from the budget of {n}"],
        ["Абаттандыру шығыстарының нысандар бойынша толық жазылуы: аулалар, саябақтар, жарықтандыру, сомасы мен мердігері.", "Расшифровка расходов на благоустройство по объектам: дворы, парки, освещение, с суммами и подрядчиками.", "A breakdown of spending on public spaces by object (yards, parks, street lighting) with amounts and contractors."],
        ECONOMY, Owner::Local, Fits::Topic(25),
    ),
    cn(
        ["{c} қаласы халқының аудандар мен жас бойынша саны", "Численность населения {c} по районам и возрастам", "Population of {n} by district and age"],
        ["Әр аудан бойынша жынысы мен бес жылдық жас топтарына бөлінген жылдық деректер.", "Годовые данные с разбивкой по полу и пятилетним возрастным группам для каждого района города.", "Yearly figures by sex and five-year age group for every district of the city."],
        STATS, Owner::Central(C_ASPR), Fits::Topic(7),
    ),
    cn(
        ["{n} қаласындағы зардап шеккендер болған ЖКО орындары", "Места ДТП с пострадавшими, г. {n}", "Locations of injury road accidents in {n}"],
        ["Зардап шеккендер болған әр жол-көлік оқиғасының координаттары, күні, уақыты және түрі — қауіпті қиылыстарды табу үшін.", "Координаты, дата, время и вид каждого ДТП с пострадавшими, чтобы найти опасные перекрёстки.", "Coordinates, date, time and type of every accident with injuries, to find the dangerous crossings."],
        SECURITY, Owner::Central(C_MVD), Fits::Topic(27),
    ),
    cn(
        ["{n} қаласындағы қайталама шикізат қабылдау пункттері", "Пункты приёма вторсырья, г. {n}", "Recycling collection points in {n}"],
        ["Пункттердің мекенжайлары, жұмыс уақыты және қандай қалдықтарды қабылдайтыны: пластик, шыны, қағаз, батарейкалар.", "Адреса пунктов, часы работы и какие отходы принимают: пластик, стекло, бумагу, батарейки.", "Addresses and hours of the collection points and what they accept: plastic, glass, paper, batteries."],
        ECOLOGY, Owner::Central(C_MEPR), Fits::Nothing,
    ),
    cn(
        ["Шекті бағалары көрсетілген дәрілер тізілімі", "Реестр лекарств с предельными ценами", "Register of medicines with price caps"],
        ["Тіркелген барлық дәрілер, шекті бөлшек бағасы, өндірушісі және ТМККК тізбесіне кіретіні.", "Все зарегистрированные лекарства с предельной розничной ценой, производителем и отметкой о включении в перечень ГОБМП.", "All registered medicines with the retail price cap, the manufacturer and whether they are covered by the guaranteed free care."],
        HEALTH, Owner::Central(C_MZ), Fits::Nothing,
    ),
    cn(
        ["Мамандықтар бойынша гранттар саны көрсетілген ЖОО тізімі", "Список вузов с количеством грантов по специальностям", "Universities with the number of state grants by programme"],
        ["Әр жоғары оқу орны бойынша биылғы гранттар саны, өткен жылғы шекті балл және оқу ақысы.", "По каждому вузу: количество грантов в этом году, проходной балл прошлого года и стоимость обучения.", "For every university: this year's state grants, last year's pass mark and the tuition fee."],
        EDU, Owner::Central(C_MNVO), Fits::Nothing,
    ),
    cn(
        ["Өңірлер бойынша экономика салаларындағы орташа жалақы", "Средняя зарплата по отраслям экономики в разрезе регионов", "Average wages by industry and region"],
        ["Тоқсан сайынғы деректер: сала, өңір, ерлер мен әйелдердің орташа жалақысы.", "Ежеквартальные данные: отрасль, регион, средняя зарплата мужчин и женщин отдельно.", "Quarterly figures: industry, region, average wages of men and women separately."],
        EMPLOYMENT, Owner::Central(C_ASPR), Fits::Topic(8),
    ),
    cn(
        ["Нотариустардың жұмыс уақыты көрсетілген тізілімі", "Реестр нотариусов с часами работы", "Register of notaries with opening hours"],
        ["Барлық нотариустар: мекенжайы, телефоны, жұмыс уақыты және демалыс күндері қабылдай ма.", "Все нотариусы: адрес, телефон, часы работы и принимают ли в выходные.", "All notaries with address, phone, opening hours and whether they work at weekends."],
        LEGAL, Owner::Central(C_MU), Fits::Topic(24),
    ),
    cn(
        ["Аудандар бойынша егіс алқаптары мен түсімділік", "Посевные площади и урожайность по районам", "Sown areas and yields by district"],
        ["Әр ауданның дақылдар бойынша егіс алқабы, жалпы өнімі және гектарына түсімділігі жылдар бойынша.", "Для каждого района: площадь посевов по культурам, валовой сбор и урожайность с гектара по годам.", "For every district: sown area by crop, gross harvest and yield per hectare, by year."],
        AGRI, Owner::Central(C_MSH), Fits::Topic(18),
    ),
    cn(
        ["Мобильді интернеті жоқ елді мекендер", "Населённые пункты без мобильного интернета", "Villages without mobile internet"],
        ["4G жоқ ауылдар тізімі, тұрғындар саны және байланыс жүргізу жоспарланған жыл.", "Список сёл без 4G, численность жителей и год, на который запланировано подключение.", "Villages without 4G, their population and the year a connection is planned for."],
        COMMS, Owner::Central(C_MCRIAP), Fits::Topic(21),
    ),
    cn(
        ["Атаулы әлеуметтік көмек алушылардың айлар бойынша саны", "Адресная социальная помощь: число получателей по месяцам", "Targeted social assistance: recipients by month"],
        ["Әр өңір бойынша АӘК алған отбасылар мен адамдар саны және төленген сома, ай сайын.", "Число семей и человек, получивших АСП, и сумма выплат по каждому региону помесячно.", "Families and persons receiving targeted assistance and amounts paid, by region and month."],
        SOCIAL, Owner::Central(C_MTSZN), Fits::Topic(14),
    ),
    cn(
        ["Өңірлер мен жылдар бойынша келген қандастар", "Прибывшие кандасы по регионам и годам", "Arriving ethnic Kazakh repatriates by region and year"],
        ["Қандастардың қай елден келгені, қай өңірге қоныстанғаны және квотаға енгені туралы жиынтық деректер.", "Сводные данные: из какой страны прибыли кандасы, в какой регион расселены, сколько вошло в квоту.", "Summary data on where repatriates came from, which region they settled in and how many were within the quota."],
        MIGRATION, Owner::Central(C_MVD), Fits::Topic(16),
    ),
    cn(
        ["Салықтардың түрлері мен айлар бойынша түсімі", "Поступления налогов по видам и месяцам", "Tax receipts by type and month"],
        ["Республикалық және жергілікті бюджетке түскен салықтар түрлері бойынша, жоспар мен факт.", "Налоги, поступившие в республиканский и местные бюджеты, по видам, план и факт.", "Taxes received by the national and local budgets, by type, plan versus actual."],
        TAX, Owner::Central(C_MF), Fits::Topic(15),
    ),
    cn(
        ["Басшыларының байланысы көрсетілген мемлекеттік мекемелер тізімі", "Список госучреждений с контактами руководителей", "State institutions with contacts of their heads"],
        ["Мекеме атауы, басшының аты-жөні, қабылдау күндері, ресми электрондық поштасы.", "Название учреждения, ФИО руководителя, дни приёма граждан, официальная электронная почта.", "Name of the institution, its head, reception days for citizens and the official e-mail."],
        GOV, Owner::Central(C_ADGS), Fits::Topic(23),
    ),
    cn(
        ["ЭҚЖЖ коды көрсетілген заңды тұлғалар тізілімі", "Реестр юридических лиц с ОКЭД", "Register of legal entities with activity codes"],
        ["БСН, тіркелген күні, мекенжайы, қызмет түрі және мәртебесі — серіктестерді тексеру үшін.", "БИН, дата регистрации, адрес, вид деятельности и статус — чтобы проверять контрагентов.", "BIN, registration date, address, activity and status, to check business partners."],
        ECONOMY, Owner::Central(C_MU), Fits::Uri("gbd_ul"),
    ),
    cn(
        ["Ұлттық банктің барлық жылдардағы валюта бағамдары", "Курсы валют Нацбанка за все годы", "National Bank exchange rates for all years"],
        ["Барлық валюталардың күнделікті ресми бағамы машинамен оқылатын форматта, 1993 жылдан бастап.", "Официальные ежедневные курсы всех валют в машиночитаемом виде, начиная с 1993 года.", "Official daily rates of all currencies in a machine-readable format, from 1993 onwards."],
        TAX, Owner::Central(C_NB), Fits::Uri("valutalar_bagamdary4"),
    ),
    cn(
        ["Ауыл кодтары бар ӘАОБЖ анықтамалығы", "Справочник КАТО с кодами сёл", "KATO classifier with village codes"],
        ["Облыстардан ауылдарға дейінгі барлық әкімшілік-аумақтық бірліктер, кодтарымен және ата-аналық бірлігімен.", "Все административно-территориальные единицы от областей до сёл, с кодами и родительской единицей.", "All administrative units from regions down to villages, with their codes and parent unit."],
        GOV, Owner::Central(C_MU), Fits::Uri("s_ats"),
    ),
    cn(
        ["Байланыс деректері бар адвокаттар тізілімі", "Реестр адвокатов с контактами", "Register of lawyers with contacts"],
        ["Лицензиясы бар адвокаттар, алқасы, мекенжайы және телефоны.", "Адвокаты с действующей лицензией, коллегия, адрес и телефон.", "Lawyers with a valid licence, their bar association, address and phone."],
        LEGAL, Owner::Central(C_MU), Fits::Uri("advokattar_tizimi14"),
    ),
    cn(
        ["{c} қаласындағы өрттер мен төтенше жағдайлар картасы", "Карта пожаров и ЧС {c}", "Map of fires and emergencies in {n}"],
        ["Әр оқиғаның күні, түрі, мекенжайы және келтірілген залалы.", "Дата, вид, адрес и ущерб по каждому происшествию.", "Date, type, address and damage of every incident."],
        SECURITY, Owner::Central(C_MCHS), Fits::Topic(28),
    ),
    cn(
        ["{c} қаласындағы қалалық автобустардың нақты уақыттағы орны", "Местоположение автобусов {c} в реальном времени", "Real-time bus locations in {n}"],
        ["Автобустардың GPS координаттары ашық API арқылы, кемінде 30 секунд сайын жаңартылсын.", "GPS-координаты автобусов через открытый API с обновлением не реже чем раз в 30 секунд.", "GPS positions of the buses through an open API, refreshed at least every 30 seconds."],
        TRANSPORT, Owner::Central(C_MT), Fits::Nothing,
    ),
    cn(
        ["{n} қаласындағы мектептердегі оқушылар мен мұғалімдер саны", "Число учеников и учителей в школах, г. {n}", "Pupils and teachers per school in {n}"],
        ["Әр мектеп бойынша оқушылар мен мұғалімдер саны, ауысымдар саны және сыныптардың толуы.", "По каждой школе: число учеников и учителей, количество смен и наполняемость классов.", "For every school: pupils and teachers, number of shifts and class sizes."],
        EDU, Owner::Central(C_MP), Fits::Topic(0),
    ),
];

/// Applications to organisations outside the catalogue (~8 %).
const ORG_CONCEPTS: &[Concept] = &[
    cn(
        ["Интернеттің аудандар бойынша апаттық ажыратулары", "Аварийные отключения интернета по районам", "Internet outages by district"],
        ["Әр апаттың басталған және аяқталған уақыты, ауданы және зардап шеккен абоненттер саны.", "Время начала и окончания каждой аварии, район и число затронутых абонентов.", "Start and end time of every outage, the district and how many subscribers were affected."],
        COMMS, Owner::Org("АО \"Казахтелеком\""), Fits::Nothing,
    ),
    cn(
        ["Астанадағы LRT құрылысының мерзімі мен барысы", "Сроки и ход строительства LRT в Астане", "Astana LRT construction progress and timeline"],
        ["Станциялар бойынша дайындық пайызы, жоспарлы ашылу күні және игерілген қаражат.", "Процент готовности по станциям, плановые даты открытия и освоенные средства.", "Completion by station, planned opening dates and money spent so far."],
        TRANSPORT, Owner::Org("ТОО \"Astana LRT\""), Fits::Nothing,
    ),
    cn(
        ["Жолаушылар пойыздарының бағыттар бойынша кешігуі", "Опоздания пассажирских поездов по маршрутам", "Passenger train delays by route"],
        ["Әр рейстің кесте бойынша және нақты келу уақыты, кешігу себебі.", "Плановое и фактическое время прибытия каждого рейса и причина опоздания.", "Scheduled and actual arrival of every train and the reason for any delay."],
        TRANSPORT, Owner::Org("АО \"НК \"Қазақстан темір жолы\""), Fits::Nothing,
    ),
    cn(
        ["Алматы аудандары бойынша ауыз су сапасы", "Качество питьевой воды по районам Алматы", "Drinking water quality in Almaty by district"],
        ["Зертханалық сынамалардың нәтижелері: кермектік, хлор, темір, микробиология, ай сайын.", "Результаты лабораторных проб по месяцам: жёсткость, хлор, железо, микробиология.", "Monthly laboratory results: hardness, chlorine, iron and microbiology."],
        ECOLOGY, Owner::Org("ГКП \"Алматы Су\""), Fits::Nothing,
    ),
    cn(
        ["Өңірлер бойынша электр энергиясын сағаттық тұтыну", "Почасовое потребление электроэнергии по регионам", "Hourly electricity consumption by region"],
        ["Энергожүйенің әр аймақтағы сағаттық жүктемесі және өндіріс көздері бойынша үлесі.", "Часовая нагрузка энергосистемы по зонам и доля каждого источника генерации.", "Hourly load of the power system by zone and the share of each generation source."],
        HOUSING, Owner::Org("АО \"KEGOC\""), Fits::Nothing,
    ),
    cn(
        ["Ұшақ рейстерінің кешігу статистикасы", "Статистика задержек авиарейсов", "Flight delay statistics"],
        ["Әуежай бойынша рейстердің кешігуі мен тоқтатылуы, себептерімен, ай сайын.", "Задержки и отмены рейсов по аэропорту с причинами, помесячно.", "Delays and cancellations by month at the airport, with reasons."],
        TRANSPORT, Owner::Org("АО \"Международный аэропорт Астана\""), Fits::Nothing,
    ),
];

/// Reasons for a rejection (kk, ru, en).
const REJECT_REASONS: &[[&str; 3]] = &[
    ["Сұралған мәліметтерде дербес деректер бар, оларды жариялауға «Дербес деректер және оларды қорғау туралы» Заң жол бермейді.", "Запрашиваемые сведения содержат персональные данные, их публикация не допускается Законом «О персональных данных и их защите».", "The requested information contains personal data, which the Law on Personal Data and Its Protection does not allow to publish."],
    ["Бұл деректер ведомствоның құзыретіне жатпайды. Жергілікті атқарушы органға жүгінуді ұсынамыз.", "Данные не относятся к компетенции ведомства. Рекомендуем обратиться в местный исполнительный орган.", "These data are outside the agency's competence. Please apply to the local executive body."],
    ["Осындай деректер жинағы порталда бұрыннан жарияланған, оны іздеу арқылы табуға болады.", "Аналогичный набор данных уже опубликован на портале, его можно найти через поиск.", "A similar dataset is already published on the portal; it can be found through search."],
    ["Ведомство мұндай мәліметтерді жинамайды және есепке алмайды.", "Ведомство не ведёт сбор и учёт таких сведений.", "The agency does not collect or record such information."],
    ["Мәліметтер қызметтік пайдалануға арналған ақпаратқа жатады.", "Сведения относятся к информации с пометкой «Для служебного пользования».", "The information is classified as for official use only."],
];

fn fill(template: &str, city: Option<&City>, lang: Lang) -> String {
    let Some(c) = city else {
        return template.to_string();
    };
    let (gen, nom) = match lang {
        Lang::Kk => (c.0, c.0),
        Lang::Ru => (c.1, c.2),
        Lang::En => (c.3, c.3),
    };
    template.replace("{c}", gen).replace("{n}", nom)
}

fn lang_index(l: Lang) -> usize {
    match l {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    }
}

/// The agency's answer for a status that has one (kk and ru always, en sometimes).
fn answer_for(
    r: &mut Rng,
    status: ApplicationStatus,
    answered_day: i64,
    dataset: Option<&DatasetSeed>,
) -> Option<AnswerTexts> {
    let texts: [String; 3] = match status {
        ApplicationStatus::Accepted => {
            let by = dmy(answered_day + r.range(30, 180) as i64);
            [
                format!("Өтінім қаралып, қабылданды. Деректер жинағы {by} дейін дайындалады."),
                format!("Заявка рассмотрена и принята. Набор данных будет подготовлен до {by}."),
                format!("The application has been reviewed and accepted. The dataset will be prepared by {by}."),
            ]
        }
        ApplicationStatus::Scheduled => {
            let (y, m, _) = civil_from_days(answered_day + r.range(90, 300) as i64);
            let q = (m - 1) / 3 + 1;
            [
                format!("Деректер жинағын жариялау {y} жылғы ашық деректер жоспарына енгізілді ({q}-тоқсан)."),
                format!("Публикация набора включена в план открытых данных на {y} год ({q} квартал)."),
                format!("Publication is included in the open data plan for {y} (Q{q})."),
            ]
        }
        ApplicationStatus::Published => {
            let n = &dataset?.names;
            let name =
                |x: &Option<String>| x.clone().or_else(|| n.name_ru.clone()).unwrap_or_default();
            [
                format!(
                    "Деректер жинағы порталда жарияланды: «{}».",
                    name(&n.name_kk)
                ),
                format!(
                    "Набор данных опубликован на портале: «{}».",
                    name(&n.name_ru)
                ),
                format!(
                    "The dataset has been published on the portal: \"{}\".",
                    name(&n.name_en)
                ),
            ]
        }
        ApplicationStatus::Rejected => r.pick(REJECT_REASONS).map(str::to_string),
        ApplicationStatus::Submitted | ApplicationStatus::UnderReview => return None,
    };
    let [kk, ru, en] = texts;
    Some(AnswerTexts {
        answer_kk: Some(kk),
        answer_ru: Some(ru),
        answer_en: r.chance(0.3).then_some(en),
    })
}

/// Days (since 1970) of each history step, strictly increasing from `first` to `last`.
fn spread_days(r: &mut Rng, first: i64, last: i64, steps: usize) -> Vec<i64> {
    let weights: Vec<i64> = (0..steps).map(|_| r.range(1, 4) as i64).collect();
    let total: i64 = weights.iter().sum();
    let span = (last - first).max(steps as i64);
    let mut acc = 0;
    let mut out = vec![first];
    for (k, w) in weights.iter().enumerate() {
        acc += w;
        let prev = out[k];
        let d = if k + 1 == steps {
            last.max(prev + 1)
        } else {
            (first + span * acc / total).max(prev + 1)
        };
        out.push(d);
    }
    out
}

pub fn make_applications(
    seed: u64,
    datasets: &[DatasetSeed],
    by_uri: &HashMap<String, usize>,
    topics: &TopicIndex,
) -> Vec<ApplicationSeed> {
    use ApplicationStatus::*;
    let first_day = first_moment() / 1440 + 60;
    let last_day = last_moment() / 1440;
    (0..APPLICATIONS)
        .map(|i| {
            let id = FIRST_APPLICATION_ID + i;
            if id == HOSTILE_APPLICATION_ID {
                return hostile_application(id);
            }
            let mut r = Rng::derive(seed, &[31, i]);
            let concept = if r.chance(0.08) {
                r.pick(ORG_CONCEPTS)
            } else {
                r.pick(CONCEPTS)
            };
            let needs_city = concept
                .title
                .iter()
                .any(|t| t.contains("{c}") || t.contains("{n}"));
            // Half the requests come from the four biggest cities.
            let city_i = if r.chance(0.5) {
                r.below(4) as usize
            } else {
                r.below(CITIES.len() as u64) as usize
            };
            let city = needs_city.then(|| &CITIES[city_i]);
            let x = r.unit();
            let lang = if x < 0.55 {
                Lang::Ru
            } else if x < 0.90 {
                Lang::Kk
            } else {
                Lang::En
            };
            let li = lang_index(lang);
            let title = fill(concept.title[li], city, lang);
            let description = fill(concept.desc[li], city, lang);
            let (agency, other_organization) = match concept.owner {
                Owner::Central(c) => (Some(c), None),
                Owner::Local => (Some(agency_of_region(city.map_or(18, |c| c.4))), None),
                Owner::Agency(o) => (Some(agency_other(o)), None),
                Owner::Org(name) => (None, Some(name.to_string())),
            };

            let y = r.unit();
            let mut status = match y {
                _ if y < 0.16 => Submitted,
                _ if y < 0.34 => UnderReview,
                _ if y < 0.48 => Accepted,
                _ if y < 0.60 => Scheduled,
                _ if y < 0.82 => Published,
                _ => Rejected,
            };
            // A published application needs a seeded dataset that answers it, created late
            // enough to leave room for the review.
            let mut dataset = None;
            if status == Published {
                let cands: Vec<usize> = match concept.fits {
                    Fits::Topic(t) => {
                        let local = city.map(|c| topics.all(t, Some(c.4))).unwrap_or(&[]);
                        if local.is_empty() {
                            topics.all(t, None).to_vec()
                        } else {
                            local.to_vec()
                        }
                    }
                    Fits::Crimes if city_i == ASTANA_CITY => by_uri
                        .get("astana_kalasynyn_kylmystyk_kuk1")
                        .into_iter()
                        .copied()
                        .collect(),
                    Fits::Crimes => topics.all(6, city.map(|c| c.4)).to_vec(),
                    Fits::Uri(u) => by_uri.get(u).into_iter().copied().collect(),
                    Fits::Nothing => Vec::new(),
                };
                let cands: Vec<usize> = cands
                    .into_iter()
                    .filter(|&d| {
                        minutes_of(&datasets[d].created_date)
                            .is_some_and(|m| m / 1440 >= first_day + 30)
                    })
                    .collect();
                if cands.is_empty() {
                    status = Scheduled;
                } else {
                    dataset = Some(cands[r.below(cands.len() as u64) as usize]);
                }
            }

            let chain: Vec<ApplicationStatus> = match status {
                Submitted => vec![Submitted],
                UnderReview => vec![Submitted, UnderReview],
                Accepted => vec![Submitted, UnderReview, Accepted],
                Scheduled if r.chance(0.5) => vec![Submitted, UnderReview, Accepted, Scheduled],
                Scheduled => vec![Submitted, UnderReview, Scheduled],
                Published => match r.below(3) {
                    0 => vec![Submitted, UnderReview, Accepted, Published],
                    1 => vec![Submitted, UnderReview, Scheduled, Published],
                    _ => vec![Submitted, UnderReview, Accepted, Scheduled, Published],
                },
                Rejected => vec![Submitted, UnderReview, Rejected],
            };
            let steps = chain.len() - 1;
            let published_at = dataset.and_then(|d| minutes_of(&datasets[d].created_date));
            let (start, end) = match (status, published_at) {
                (Published, Some(p)) => {
                    let end = p / 1440;
                    (end - (r.range(20, 400) as i64).min(end - first_day), end)
                }
                // Unanswered requests are mostly recent; a few have waited long.
                (Submitted, _) => {
                    let back = if r.chance(0.8) {
                        r.range(0, 90)
                    } else {
                        r.range(90, 700)
                    };
                    (last_day - back as i64, last_day)
                }
                (UnderReview, _) => {
                    let s = last_day - r.range(10, 500) as i64;
                    (s, (s + r.range(3, 40) as i64).min(last_day))
                }
                _ => {
                    let s = first_day + r.below((last_day - first_day - 60) as u64) as i64;
                    (s, (s + r.range(15, 330) as i64).min(last_day))
                }
            };
            let days = spread_days(&mut r, start, end, steps);
            let mut history: Vec<StatusChange> = chain
                .iter()
                .zip(&days)
                .map(|(&st, &d)| StatusChange {
                    status: st,
                    date: iso(office(&mut r, d)),
                })
                .collect();
            // The published step is the dataset's own publication moment.
            if let (Some(p), Some(last)) = (published_at, history.last_mut()) {
                last.date = iso(p);
            }
            let answered_day = days.last().copied().unwrap_or(start);
            let answer = answer_for(&mut r, status, answered_day, dataset.map(|d| &datasets[d]));
            ApplicationSeed {
                id,
                title,
                description,
                lang,
                category: concept.cat,
                agency,
                other_organization,
                status,
                votes: r.skewed(2_000) - 1,
                created_date: history[0].date.clone(),
                history,
                answer,
                dataset,
            }
        })
        .collect()
}

/// A request with markup and a `javascript:` text, for security tests (see docs §4.5).
fn hostile_application(id: u64) -> ApplicationSeed {
    use ApplicationStatus::*;
    let step = |status, date: &str| StatusChange {
        status,
        date: date.to_string(),
    };
    ApplicationSeed {
        id,
        title: "Перечень детских садов с бассейном <script>window.__pwned=1</script>".to_string(),
        description: "Данные можно взять здесь: javascript:window.__pwned=1 или <img src=x onerror=\"window.__pwned=1\"> — добавьте их на портал.".to_string(),
        lang: Lang::Ru,
        category: EDU,
        agency: Some(agency_of_region(18)),
        other_organization: None,
        status: Rejected,
        votes: 1_337,
        created_date: "2025-05-12T10:15:00".to_string(),
        history: vec![
            step(Submitted, "2025-05-12T10:15:00"),
            step(UnderReview, "2025-05-19T11:40:00"),
            step(Rejected, "2025-06-02T16:05:00"),
        ],
        answer: Some(AnswerTexts {
            answer_kk: Some("Осындай деректер жинағы порталда бар. <script>window.__pwned=1</script>".to_string()),
            answer_ru: Some("Аналогичный набор уже опубликован. <img src=x onerror=\"window.__pwned=1\">".to_string()),
            answer_en: None,
        }),
        dataset: None,
    }
}

// ---- showcase apps -------------------------------------------------------------------------

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
