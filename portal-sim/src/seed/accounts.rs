//! Seed of the signed-in area: citizen accounts (a stand-in for eGov IDP), and the comments and
//! requests for update that the store writes once into an empty database (docs §4.7).
//! Accounts are the same for every seed; comments and requests follow the seed's catalogue.

use super::{iso, last_moment, DatasetSeed, Seed};
use crate::rng::Rng;
use opendata_core::account::{RequestStatus, UpdateReason};
use opendata_core::wire::AnswerTexts;

/// Citizen accounts, id = position + 1. The login page offers the first three as buttons.
pub const ACCOUNTS: &[&str] = &[
    "Айгерім Сәрсенова",
    "Дмитрий Ковалёв",
    "Нұрлан Жақсылықов",
    "Aliya Bekova",
    "Ерлан Тұрсынов",
    "Ольга Ким",
    "Асель Нұрмағанбетова",
    "Сергей Петренко",
    "Мадина Әбдірахманова",
    "Тимур Сейтқали",
    "Жанна Омарова",
    "Арман Мұқанов",
    "Елена Васильева",
    "Бауыржан Қасымов",
    "Гүлнара Есімова",
    "Андрей Шевченко",
    "Динара Ахметова",
    "Қайрат Бекмұханов",
    "Наталья Соколова",
    "Данияр Исаев",
    "Saule Zhakupova",
    "Руслан Ибрагимов",
    "Әсем Төлеуова",
    "Виктор Лебедев",
    "Балжан Серікбаева",
    "Ержан Оспанов",
    "Татьяна Морозова",
    "Мирас Әлиев",
    "Аружан Қожахметова",
    "Максим Григорьев",
    "Ләззат Жұмабаева",
    "Азамат Нұрланов",
    "Ирина Павленко",
    "Талғат Сыздықов",
    "Dana Ismailova",
    "Александр Ли",
    "Меруерт Байжанова",
    "Серік Әбілов",
    "Юлия Зайцева",
    "Ғалым Кенжебаев",
    "Камила Рахимова",
    "Ілияс Дәулетов",
    "Светлана Попова",
    "Бекзат Тоқтаров",
    "Айнұр Мәлікова",
    "Павел Новиков",
    "Самал Құрманова",
    "Әлихан Сәтбаев",
    "Людмила Кузнецова",
    "Нұрсұлтан Әміров",
    "Aigerim Tulegenova",
    "Ринат Хасанов",
    "Ақмарал Дүйсенова",
    "Евгений Белов",
    "Жансая Маратова",
    "Олжас Бейсенов",
    "Марина Фёдорова",
    "Еркебұлан Сағындықов",
    "Гаухар Жанұзақова",
    "Игорь Романов",
    "Томирис Әлімжанова",
    "Ардақ Рысбеков",
    "Анна Гончаренко",
    "Дархан Қалиев",
];

/// How many accounts the login page offers as buttons.
pub const PICKABLE_ACCOUNTS: u64 = 3;

/// The one account that starts with a contact: a confirmed e-mail address.
pub const ACCOUNT_WITH_EMAIL: (u64, &str) = (2, "d.kovalev@mail.kz");

/// Seeded comments and requests come from accounts from here on, so that the three pickable
/// accounts start with nothing of their own.
const FIRST_SEED_AUTHOR: u64 = PICKABLE_ACCOUNTS + 1;

/// The dataset that gets a comment with markup and a `javascript:` text.
pub const HOSTILE_COMMENT_DATASET: &str = "memlekettik_organdardyn_intern1";

pub fn account_name(id: u64) -> Option<&'static str> {
    let i = usize::try_from(id.checked_sub(1)?).ok()?;
    ACCOUNTS.get(i).copied()
}

pub fn accounts_count() -> u64 {
    ACCOUNTS.len() as u64
}

pub struct SeedComment {
    pub dataset: String,
    pub user_id: u64,
    pub text: String,
    pub created: String,
}

pub struct SeedRequest {
    pub dataset: String,
    pub user_id: u64,
    pub reason: UpdateReason,
    pub text: String,
    pub created: String,
    /// Oldest first; the last entry is the current status.
    pub history: Vec<(RequestStatus, String)>,
    pub answer: Option<AnswerTexts>,
}

const COMMENT_TEXTS: &[&str] = &[
    "Спасибо, данные очень пригодились для дипломной работы.",
    "Деректер жиі жаңартылып тұрса екен, соңғы нұсқасы біраз ескірген.",
    "Is there a description of the columns anywhere? Some codes are not obvious.",
    "В последней версии часть строк дублируется, проверьте, пожалуйста.",
    "Рахмет! Мектеп жобасына қолдандым, бәрі түсінікті.",
    "Было бы удобно получить эти данные и в формате CSV, а не только через API.",
    "Great dataset, we use it in a small dashboard for our city.",
    "Координаты у некоторых записей указывают на соседнюю область.",
    "Осы жинақты ағылшын тіліне де аударса жақсы болар еді.",
    "Подскажите, как часто обновляется набор? В паспорте указано ежемесячно.",
    "Thanks for publishing this. Could you add the data for previous years too?",
    "Кейбір жазбаларда мекенжай толық емес, көше атауы жоқ.",
];

/// The hostile comment: markup and a `javascript:` URL that must render as text.
pub const HOSTILE_COMMENT: &str = "Посмотрите тут: javascript:window.__pwned=1 \
     <img src=x onerror=\"window.__pwned=1\"> <script>window.__pwned=1</script>";

struct RequestText {
    reason: UpdateReason,
    text: &'static str,
    /// kk, ru, en ("" = none) for an answered request.
    answered: [&'static str; 3],
    /// kk, ru for a rejected one.
    rejected: [&'static str; 2],
}

const REQUEST_TEXTS: &[RequestText] = &[
    RequestText {
        reason: UpdateReason::Outdated,
        text: "Последнее обновление было больше года назад, хотя в паспорте набора указана ежемесячная актуализация.",
        answered: ["Деректер жаңартылды, жаңа нұсқасы порталда жарияланды.", "Данные обновлены, новая версия опубликована на портале.", "The data has been updated; a new version is published."],
        rejected: ["Жинақ кесте бойынша жаңартылады, келесі жаңарту тоқсан соңында.", "Набор обновляется по графику, следующее обновление — в конце квартала."],
    },
    RequestText {
        reason: UpdateReason::Incomplete,
        text: "Деректерде Түркістан облысы бойынша 2023 жылғы мәліметтер жоқ.",
        answered: ["Түркістан облысы бойынша деректер қосылды.", "Данные по Туркестанской области добавлены.", ""],
        rejected: ["Облыс бойынша деректерді жергілікті атқарушы орган әлі ұсынған жоқ.", "Местный исполнительный орган ещё не предоставил данные по области."],
    },
    RequestText {
        reason: UpdateReason::NotAvailable,
        text: "API returns an error for the second version of this dataset, the first one works.",
        answered: ["Қате түзетілді, екінші нұсқа қолжетімді.", "Ошибка исправлена, вторая версия доступна.", "The error is fixed; the second version is available again."],
        rejected: ["Екінші нұсқа ескірген, соңғы нұсқаны пайдаланыңыз.", "Вторая версия устарела, пользуйтесь последней версией."],
    },
    RequestText {
        reason: UpdateReason::DataError,
        text: "У части записей перепутаны широта и долгота, точки попадают в другую страну.",
        answered: ["Координаттар тексеріліп, түзетілді.", "Координаты проверены и исправлены.", ""],
        rejected: ["Тексеру кезінде қате табылған жоқ: координаттар WGS 84 жүйесінде берілген.", "При проверке ошибка не подтвердилась: координаты даны в системе WGS 84."],
    },
    RequestText {
        reason: UpdateReason::Incomplete,
        text: "Просим добавить в набор телефоны и часы работы организаций.",
        answered: ["Телефондар мен жұмыс уақыты қосылды.", "Телефоны и часы работы добавлены в новую версию.", ""],
        rejected: ["Бұл мәліметтер жинақтың құрамына кірмейді.", "Эти сведения не входят в состав набора данных по утверждённому паспорту."],
    },
    RequestText {
        reason: UpdateReason::Outdated,
        text: "Деректер 2022 жылдан бері жаңартылмаған, ал көптеген ұйымдар жабылып қалды.",
        answered: ["Тізім өзектендірілді, жабылған ұйымдар алынып тасталды.", "Список актуализирован, закрытые организации исключены.", ""],
        rejected: ["Деректер дербес мәліметтерді қамтиды, оларды жариялауға болмайды.", "Данные содержат персональные сведения и не подлежат публикации (Закон РК «О персональных данных и их защите»)."],
    },
];

/// The statuses of the seeded requests, in order: every status at least twice.
const REQUEST_STATUSES: &[RequestStatus] = &[
    RequestStatus::New,
    RequestStatus::InReview,
    RequestStatus::Answered,
    RequestStatus::Rejected,
    RequestStatus::Answered,
    RequestStatus::New,
    RequestStatus::InReview,
    RequestStatus::Rejected,
    RequestStatus::Answered,
    RequestStatus::New,
];

/// The most viewed datasets (hostile ones excluded), most viewed first.
pub fn most_viewed(seed: &Seed, n: usize) -> Vec<&DatasetSeed> {
    let mut v: Vec<&DatasetSeed> = seed
        .datasets
        .iter()
        .filter(|d| d.api_uri != HOSTILE_COMMENT_DATASET)
        .collect();
    v.sort_by(|a, b| b.views.cmp(&a.views).then(a.id.cmp(&b.id)));
    v.truncate(n);
    v
}

/// Minutes since 1970 of a seed date (`2024-03-05T10:20:00`).
fn minutes_of(s: &str) -> i64 {
    let num = |a: usize, b: usize| s.get(a..b).and_then(|x| x.parse::<i64>().ok());
    match (num(0, 4), num(5, 7), num(8, 10), num(11, 13), num(14, 16)) {
        (Some(y), Some(m), Some(d), Some(h), Some(mi)) => {
            super::day_start(y, m as u32, d as u32) + h * 60 + mi
        }
        _ => last_moment(),
    }
}

/// `n` moments after the dataset's last change and before the seed's end, increasing.
fn moments(r: &mut Rng, ds: &DatasetSeed, n: usize) -> Vec<i64> {
    let end = last_moment() - 60;
    let start = minutes_of(&ds.modified_date)
        .max(end - 400 * 1440)
        .min(end - 1440);
    let mut v: Vec<i64> = (0..n)
        .map(|_| start + r.below((end - start) as u64) as i64)
        .collect();
    v.sort_unstable();
    v
}

fn author(r: &mut Rng) -> u64 {
    r.range(FIRST_SEED_AUTHOR, accounts_count())
}

/// 3–5 comments on each of the four most viewed datasets, and the hostile comment.
pub fn comments(seed: &Seed) -> Vec<SeedComment> {
    let mut out = Vec::new();
    for (i, ds) in most_viewed(seed, 4).into_iter().enumerate() {
        let mut r = Rng::derive(seed.seed, &[40, i as u64]);
        let n = r.range(3, 5) as usize;
        for (k, m) in moments(&mut r, ds, n).into_iter().enumerate() {
            let text = COMMENT_TEXTS[(i * 3 + k) % COMMENT_TEXTS.len()];
            out.push(SeedComment {
                dataset: ds.api_uri.clone(),
                user_id: author(&mut r),
                text: text.to_string(),
                created: iso(m),
            });
        }
    }
    if let Some(ds) = seed.dataset(HOSTILE_COMMENT_DATASET) {
        let mut r = Rng::derive(seed.seed, &[41]);
        let m = moments(&mut r, ds, 1)[0];
        out.push(SeedComment {
            dataset: ds.api_uri.clone(),
            user_id: author(&mut r),
            text: HOSTILE_COMMENT.to_string(),
            created: iso(m),
        });
    }
    out
}

/// Ten requests for update on the five most viewed datasets, two per dataset, in every status,
/// answered or rejected with the agency's words.
pub fn requests(seed: &Seed) -> Vec<SeedRequest> {
    let top = most_viewed(seed, 5);
    let mut out = Vec::new();
    for (i, &status) in REQUEST_STATUSES.iter().enumerate() {
        let Some(ds) = top.get(i % top.len().max(1)) else {
            break;
        };
        let mut r = Rng::derive(seed.seed, &[42, i as u64]);
        let t = &REQUEST_TEXTS[i % REQUEST_TEXTS.len()];
        let chain: Vec<RequestStatus> = match status {
            RequestStatus::New => vec![RequestStatus::New],
            RequestStatus::InReview => vec![RequestStatus::New, RequestStatus::InReview],
            s => vec![RequestStatus::New, RequestStatus::InReview, s],
        };
        let dates = moments(&mut r, ds, chain.len());
        // Distinct minutes, so history dates strictly increase.
        let history: Vec<(RequestStatus, String)> = chain
            .iter()
            .zip(&dates)
            .enumerate()
            .map(|(k, (&s, &m))| (s, iso(m + k as i64)))
            .collect();
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let answer = match status {
            RequestStatus::Answered => Some(AnswerTexts {
                answer_kk: some(t.answered[0]),
                answer_ru: some(t.answered[1]),
                answer_en: some(t.answered[2]),
            }),
            RequestStatus::Rejected => Some(AnswerTexts {
                answer_kk: some(t.rejected[0]),
                answer_ru: some(t.rejected[1]),
                answer_en: None,
            }),
            _ => None,
        };
        out.push(SeedRequest {
            dataset: ds.api_uri.clone(),
            user_id: author(&mut r),
            reason: t.reason,
            text: t.text.to_string(),
            created: history[0].1.clone(),
            history,
            answer,
        });
    }
    out
}
