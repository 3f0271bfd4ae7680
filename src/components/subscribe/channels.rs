//! Channels in words: a channel's name, and the channels that are on as a list in a sentence.

use crate::i18n::*;
use opendata_core::account::{Channel, Channels};

/// A channel's name in the UI language.
pub fn channel_label(i18n: I18nContext, c: Channel) -> String {
    match c {
        Channel::Sms => t_string!(i18n, sub_channel_sms),
        Channel::Email => t_string!(i18n, sub_channel_email),
        Channel::Push => t_string!(i18n, sub_channel_push),
    }
    .to_string()
}

/// The channels that are on, as a list inside a sentence: "SMS, e-mail" (a label's capital
/// is lowered unless it is an abbreviation).
pub fn channels_text(i18n: I18nContext, c: Channels) -> String {
    Channel::ALL
        .into_iter()
        .filter(|ch| ch.get(c))
        .map(|ch| in_sentence(&channel_label(i18n, ch)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "E-mail" → "e-mail", "SMS" stays.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() || !second.is_alphabetic() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
}
