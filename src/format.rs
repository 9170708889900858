//! Numbers, money, distances and times formatted by the browser's `Intl`: it knows every
//! locale and IANA time zone, so the app ships no locale or zone tables of its own.

use js_sys::{Array, Date, Intl, Object, Reflect};
use tandem_api::Money;
use wasm_bindgen::JsValue;

use crate::i18n::Lang;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.tag()))
}

fn call_format(f: &js_sys::Function, v: &JsValue) -> String {
    f.call1(&JsValue::NULL, v)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// A price, e.g. `₩39,000` or `39,000원`-style per locale, from integer minor units.
pub fn money(m: &Money, lang: Lang) -> String {
    // Intl writes "₩39,000" in Korean too; Korean shops and receipts write "39,000원".
    if lang == Lang::Ko && m.currency == "KRW" {
        let nf = Intl::NumberFormat::new(&locales(lang), &Object::new());
        return format!(
            "{}원",
            call_format(&nf.format(), &JsValue::from_f64(m.amount as f64))
        );
    }
    let nf = Intl::NumberFormat::new(
        &locales(lang),
        &options(&[
            ("style", "currency".into()),
            ("currency", m.currency.as_str().into()),
        ]),
    );
    // The currency's own minor-unit digits (0 for KRW, 2 for EUR), as Intl resolves them.
    let digits = Reflect::get(&nf.resolved_options(), &"maximumFractionDigits".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let value = m.amount as f64 / 10f64.powf(digits);
    call_format(&nf.format(), &JsValue::from_f64(value))
}

/// A distance in metres as "850 m" or "12.3 km" in the locale's units style.
pub fn distance(metres: u32, lang: Lang) -> String {
    let (value, unit, digits) = if metres < 1000 {
        (f64::from((metres / 10) * 10), "meter", 0)
    } else {
        (
            f64::from(metres) / 1000.0,
            "kilometer",
            if metres < 10_000 { 1 } else { 0 },
        )
    };
    let nf = Intl::NumberFormat::new(
        &locales(lang),
        &options(&[
            ("style", "unit".into()),
            ("unit", unit.into()),
            ("maximumFractionDigits", digits.into()),
        ]),
    );
    call_format(&nf.format(), &JsValue::from_f64(value))
}

/// A whole number with grouping.
pub fn number(n: u32, lang: Lang) -> String {
    let nf = Intl::NumberFormat::new(&locales(lang), &Object::new());
    call_format(&nf.format(), &JsValue::from_f64(f64::from(n)))
}

/// An RFC 3339 instant shown in an IANA zone, e.g. "Fri, 4 Dec, 14:30 KST".
pub fn date_time_in(rfc3339: &str, zone: &str, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    let dtf = Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[
            ("timeZone", zone.into()),
            ("weekday", "short".into()),
            ("month", "short".into()),
            ("day", "numeric".into()),
            ("hour", "2-digit".into()),
            ("minute", "2-digit".into()),
            ("timeZoneName", "short".into()),
        ]),
    );
    call_format(&dtf.format(), &date.into())
}

/// An instant's wall-clock time in a zone, e.g. "14:30".
pub fn time_in(rfc3339: &str, zone: &str, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    let dtf = Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[
            ("timeZone", zone.into()),
            ("hour", "2-digit".into()),
            ("minute", "2-digit".into()),
        ]),
    );
    call_format(&dtf.format(), &date.into())
}

/// An instant (ms since the epoch) as wall-clock time on this device, e.g. "14:30" / "오후 2:30".
pub fn clock(ms: f64, lang: Lang) -> String {
    let dtf = Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[("hour", "numeric".into()), ("minute", "2-digit".into())]),
    );
    call_format(&dtf.format(), &Date::new(&JsValue::from_f64(ms)).into())
}

/// A local `YYYY-MM-DD` date as "Friday, 4 December" (no zone conversion: it is already local).
pub fn local_date(ymd: &str, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_str(&format!("{ymd}T12:00:00Z")));
    let dtf = Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[
            ("timeZone", "UTC".into()),
            ("weekday", "long".into()),
            ("month", "long".into()),
            ("day", "numeric".into()),
        ]),
    );
    call_format(&dtf.format(), &date.into())
}

/// A zone's long display name, e.g. "Korean Standard Time" / "한국 표준시".
pub fn zone_name(zone: &str, lang: Lang) -> String {
    let dtf = Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[("timeZone", zone.into()), ("timeZoneName", "long".into())]),
    );
    let parts = dtf.format_to_parts(&Date::new_0());
    parts
        .iter()
        .find_map(|p| {
            let ty = Reflect::get(&p, &"type".into()).ok()?.as_string()?;
            (ty == "timeZoneName")
                .then(|| Reflect::get(&p, &"value".into()).ok()?.as_string())
                .flatten()
        })
        .unwrap_or_else(|| zone.to_string())
}

/// A relative time such as "5 seconds ago", "in 20 min", "3분 후".
pub fn relative_seconds(seconds: f64, lang: Lang) -> String {
    let rtf =
        Intl::RelativeTimeFormat::new(&locales(lang), &options(&[("numeric", "auto".into())]));
    let (value, unit) = if seconds.abs() < 60.0 {
        (seconds.round(), "second")
    } else if seconds.abs() < 3600.0 {
        ((seconds / 60.0).round(), "minute")
    } else if seconds.abs() < 86_400.0 {
        ((seconds / 3600.0).round(), "hour")
    } else {
        ((seconds / 86_400.0).round(), "day")
    };
    rtf.format(value, unit).into()
}

/// Milliseconds since the epoch now.
pub fn now_ms() -> f64 {
    Date::now()
}

/// Milliseconds since the epoch of an RFC 3339 instant.
pub fn parse_ms(rfc3339: &str) -> f64 {
    Date::parse(rfc3339)
}

/// An instant's local date in a zone, e.g. "Saturday, 5 December".
pub fn date_in(rfc3339: &str, zone: &str, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    let dtf = Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[
            ("timeZone", zone.into()),
            ("weekday", "long".into()),
            ("month", "long".into()),
            ("day", "numeric".into()),
        ]),
    );
    call_format(&dtf.format(), &date.into())
}

/// A local `YYYY-MM-DD` date, short: "Sat, 5 Dec" / "12월 5일 (토)".
pub fn short_date(ymd: &str, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_str(&format!("{ymd}T12:00:00Z")));
    let dtf = Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[
            ("timeZone", "UTC".into()),
            ("weekday", "short".into()),
            ("month", "short".into()),
            ("day", "numeric".into()),
        ]),
    );
    call_format(&dtf.format(), &date.into())
}

/// The browser's own IANA time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`).
pub fn browser_time_zone() -> String {
    let dtf = Intl::DateTimeFormat::new(&Array::new(), &Object::new());
    Reflect::get(&dtf.resolved_options(), &"timeZone".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "UTC".into())
}

/// A zone's offset from UTC in minutes (east positive) at an instant, by reading the zone's
/// wall clock from `Intl` and comparing it with UTC: no zone tables in the app.
pub fn zone_offset_minutes(zone: &str, at_ms: f64) -> i32 {
    let dtf = Intl::DateTimeFormat::new(
        &Array::of1(&JsValue::from_str("en-US")),
        &options(&[
            ("timeZone", zone.into()),
            ("hourCycle", "h23".into()),
            ("year", "numeric".into()),
            ("month", "2-digit".into()),
            ("day", "2-digit".into()),
            ("hour", "2-digit".into()),
            ("minute", "2-digit".into()),
            ("second", "2-digit".into()),
        ]),
    );
    let parts = dtf.format_to_parts(&Date::new(&JsValue::from_f64(at_ms)));
    let part = |name: &str| {
        parts
            .iter()
            .find_map(|p| {
                let ty = Reflect::get(&p, &"type".into()).ok()?.as_string()?;
                (ty == name)
                    .then(|| Reflect::get(&p, &"value".into()).ok()?.as_string())
                    .flatten()
            })
            .unwrap_or_default()
    };
    let wall = format!(
        "{:0>4}-{}-{}T{}:{}:{}Z",
        part("year"),
        part("month"),
        part("day"),
        part("hour"),
        part("minute"),
        part("second")
    );
    let whole_seconds = (at_ms / 1000.0).floor() * 1000.0;
    let offset = (Date::parse(&wall) - whole_seconds) / 60_000.0;
    if offset.is_finite() {
        offset.round() as i32
    } else {
        0
    }
}
