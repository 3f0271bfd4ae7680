//! The texts applications are made of: cities, request templates (kk, ru, en) addressed to
//! agencies or outside organisations, and the reasons for a rejection.

use crate::seed::tables::*;

/// Who an application is addressed to.
#[derive(Clone, Copy)]
pub(super) enum Owner {
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
pub(super) enum Fits {
    Topic(usize),
    Uri(&'static str),
    /// The Astana crimes register in Astana, else the crime statistics of the place.
    Crimes,
    Nothing,
}

/// A request template: title and description in kk, ru, en. `{c}` is the city in the genitive
/// (ru) and `{n}` in the nominative; Kazakh templates add «қаласының/қаласындағы» themselves.
pub(super) struct Concept {
    pub(super) title: [&'static str; 3],
    pub(super) desc: [&'static str; 3],
    pub(super) cat: usize,
    pub(super) owner: Owner,
    pub(super) fits: Fits,
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
pub(super) struct City(
    pub(super) &'static str,
    pub(super) &'static str,
    pub(super) &'static str,
    pub(super) &'static str,
    pub(super) usize,
);

pub(super) const CITIES: &[City] = &[
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

pub(super) const ASTANA_CITY: usize = 0;

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

pub(super) const CONCEPTS: &[Concept] = &[
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
pub(super) const ORG_CONCEPTS: &[Concept] = &[
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
pub(super) const REJECT_REASONS: &[[&str; 3]] = &[
    ["Сұралған мәліметтерде дербес деректер бар, оларды жариялауға «Дербес деректер және оларды қорғау туралы» Заң жол бермейді.", "Запрашиваемые сведения содержат персональные данные, их публикация не допускается Законом «О персональных данных и их защите».", "The requested information contains personal data, which the Law on Personal Data and Its Protection does not allow to publish."],
    ["Бұл деректер ведомствоның құзыретіне жатпайды. Жергілікті атқарушы органға жүгінуді ұсынамыз.", "Данные не относятся к компетенции ведомства. Рекомендуем обратиться в местный исполнительный орган.", "These data are outside the agency's competence. Please apply to the local executive body."],
    ["Осындай деректер жинағы порталда бұрыннан жарияланған, оны іздеу арқылы табуға болады.", "Аналогичный набор данных уже опубликован на портале, его можно найти через поиск.", "A similar dataset is already published on the portal; it can be found through search."],
    ["Ведомство мұндай мәліметтерді жинамайды және есепке алмайды.", "Ведомство не ведёт сбор и учёт таких сведений.", "The agency does not collect or record such information."],
    ["Мәліметтер қызметтік пайдалануға арналған ақпаратқа жатады.", "Сведения относятся к информации с пометкой «Для служебного пользования».", "The information is classified as for official use only."],
];
