//! Wire structs declared once, with their decoders: [`wire_struct!`] writes the public struct
//! (derived `Serialize`, flattened parts as `#[serde(flatten)]`) and, from the same field list,
//! a decoder that reads the flattened parts' keys straight out of the owner's JSON object.
//!
//! Why not a derived `Deserialize` with `#[serde(flatten)]`: it buffers every object into serde's
//! generic `Content` first, which costs the web app's wasm far more code. The decoder here is one
//! small map loop shared by all types ([`read`]); each type only adds its key match ([`Wire`]).

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::forward_to_deserialize_any;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// A struct read key by key from a JSON object, so that an owner can hand the keys it does not
/// know to its flattened parts.
pub(crate) trait Wire: Sized {
    /// What has been read so far: an `Option` per field, a nested state per flattened part.
    type Slots: Default;
    /// Reads the value of `key` if it is one of this type's keys (its parts' included).
    fn take<'de, A: MapAccess<'de>>(
        s: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error>;
    /// The value, once the object has ended; absent fields as a derived decoder treats them.
    fn finish<E: de::Error>(s: Self::Slots) -> Result<Self, E>;
}

/// Declares a wire struct and its decoder from one field list.
///
/// A field is `pub name: Type`, then optionally `as flatten` (the part's keys sit in this
/// object, as with `#[serde(flatten)]`; the part implements [`Wire`]) and `= default` (absent
/// means `Default::default()`). An absent `Option` is `None`, any other absent field an error,
/// a repeated key an error, an unknown key ignored: as a derived decoder does. The wire key is
/// always the field's name in camelCase (the macro adds `rename_all = "camelCase"`), so fields
/// take no `rename`. Only an object is accepted, never an array.
///
/// `wire_struct!(derived_deserialize; …)` leaves `Deserialize` to the struct's own derive and
/// only implements [`Wire`], for a type also decoded alone that has no flattened parts; its
/// `= default` fields then also carry `#[serde(default)]` for that derive (a test pins both).
macro_rules! wire_struct {
    (derived_deserialize; $($item:tt)*) => {
        $crate::wire::de::wire_struct!(@struct $($item)*);
    };
    (@struct
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[$fattr:meta])*
                pub $field:ident : $ty:ty $(as $flat:ident)? $(= $dflt:ident)?
            ),* $(,)?
        }
    ) => {
        $(#[$attr])*
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            $(
                $(#[$fattr])*
                $(#[serde($flat)])?
                pub $field: $ty,
            )*
        }
        $crate::wire::de::wire_impl!($name { $($field: $ty $(as $flat)? $(= $dflt)?),* });
    };
    (@deserialize $(#[$attr:meta])* pub struct $name:ident $($rest:tt)*) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::wire::de::read(d, stringify!($name))
            }
        }
    };
    ($($item:tt)*) => {
        $crate::wire::de::wire_struct!(@struct $($item)*);
        $crate::wire::de::wire_struct!(@deserialize $($item)*);
    };
}
pub(crate) use wire_struct;

/// [`Wire`] for a struct declared elsewhere (the trilingual texts), from its field list.
macro_rules! wire_impl {
    ($name:ident { $($field:ident : $ty:ty $(as $flat:ident)? $(= $dflt:ident)?),* $(,)? }) => {
        // In a block so each type can name its state `Slots`.
        const _: () = {
            #[derive(Default)]
            pub struct Slots {
                $($field: $crate::wire::de::slot!($ty $(, $flat)?),)*
            }
            impl $crate::wire::de::Wire for $name {
                type Slots = Slots;
                fn take<'de, A: ::serde::de::MapAccess<'de>>(
                    s: &mut Slots,
                    key: &str,
                    map: &mut A,
                ) -> Result<bool, A::Error> {
                    $($crate::wire::de::take!(s.$field: $ty, key, map $(, $flat)?);)*
                    Ok(false)
                }
                fn finish<E: ::serde::de::Error>(s: Slots) -> Result<Self, E> {
                    Ok($name {
                        $($field: $crate::wire::de::finish!(
                            s.$field: $ty $(, $flat)? $(; $dflt)?
                        ),)*
                    })
                }
            }
        };
    };
}
pub(crate) use wire_impl;

/// A field's state while decoding.
macro_rules! slot {
    ($ty:ty) => { Option<$ty> };
    ($ty:ty, flatten) => { <$ty as $crate::wire::de::Wire>::Slots };
}
pub(crate) use slot;

/// Reads a field's value if `key` is its key (returning from `Wire::take`).
macro_rules! take {
    ($s:ident . $field:ident : $ty:ty, $key:ident, $map:ident) => {
        if $crate::wire::de::is_key($key, stringify!($field)) {
            if $s.$field.is_some() {
                return Err($crate::wire::de::duplicate($key));
            }
            $s.$field = Some($map.next_value::<$ty>()?);
            return Ok(true);
        }
    };
    ($s:ident . $field:ident : $ty:ty, $key:ident, $map:ident, flatten) => {
        if <$ty as $crate::wire::de::Wire>::take(&mut $s.$field, $key, $map)? {
            return Ok(true);
        }
    };
}
pub(crate) use take;

/// A field's value at the end of the object.
macro_rules! finish {
    ($s:ident . $field:ident : $ty:ty) => {
        match $s.$field {
            Some(v) => v,
            None => $crate::wire::de::missing(stringify!($field))?,
        }
    };
    ($s:ident . $field:ident : $ty:ty, flatten) => {
        <$ty as $crate::wire::de::Wire>::finish($s.$field)?
    };
    ($s:ident . $field:ident : $ty:ty; default) => {
        $s.$field.unwrap_or_default()
    };
}
pub(crate) use finish;

/// Decodes a [`Wire`] struct from a JSON object (`name` for the error message).
pub(crate) fn read<'de, T: Wire, D: Deserializer<'de>>(
    d: D,
    name: &'static str,
) -> Result<T, D::Error> {
    d.deserialize_map(Object(name, PhantomData))
}

struct Object<T>(&'static str, PhantomData<T>);

impl<'de, T: Wire> Visitor<'de> for Object<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "struct {}", self.0)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut slots = T::Slots::default();
        while let Some(key) = map.next_key_seed(Key)? {
            if !T::take(&mut slots, &key, &mut map)? {
                map.next_value::<IgnoredAny>()?;
            }
        }
        T::finish(slots)
    }
}

/// A key, borrowed from the input when it can be (no escapes), so most keys cost no copy.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// Whether `key` is the camelCase of the field name `snake` (`api_uri` ↔ `apiUri`), as serde's
/// `rename_all = "camelCase"` spells it; compared in place so no key list is kept twice.
pub(crate) fn is_key(key: &str, snake: &str) -> bool {
    let mut k = key.bytes();
    let mut upper = false;
    for b in snake.bytes() {
        if b == b'_' {
            upper = true;
            continue;
        }
        let want = if upper { b.to_ascii_uppercase() } else { b };
        upper = false;
        if k.next() != Some(want) {
            return false;
        }
    }
    k.next().is_none()
}

/// The field name `snake` in camelCase, for error messages.
struct Camel(&'static str);

impl fmt::Display for Camel {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, part) in self.0.split('_').enumerate() {
            let mut c = part.chars();
            match c.next() {
                Some(first) if i > 0 => write!(f, "{}{}", first.to_ascii_uppercase(), c.as_str())?,
                _ => f.write_str(part)?,
            }
        }
        Ok(())
    }
}

/// The error of a key given twice (serde's wording).
pub(crate) fn duplicate<E: de::Error>(key: &str) -> E {
    E::custom(format_args!("duplicate field `{key}`"))
}

/// An absent field's value: `None` for an `Option`, else serde's "missing field" error (what a
/// derived decoder does, through the same trick: the type decodes from "nothing").
pub(crate) fn missing<'de, T: de::Deserialize<'de>, E: de::Error>(
    snake: &'static str,
) -> Result<T, E> {
    T::deserialize(Missing(snake, PhantomData))
}

struct Missing<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;
    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, E> {
        Err(E::custom(format_args!("missing field `{}`", Camel(self.0))))
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        v.visit_none()
    }
    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

#[cfg(test)]
#[path = "de_tests.rs"]
mod tests;
