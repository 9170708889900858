//! Where the shopper is: a browser position, a chosen area, or a preferred store. It decides
//! which stores lead the product page, and it is remembered across visits.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use tandem_api::{Localized, Store};

const KEY: &str = "tandem.location";

/// What the shopper chose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lng: f64,
    /// How the shopper chose it.
    pub kind: PlaceKind,
}

/// How a place was chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PlaceKind {
    /// The browser's geolocation.
    Here,
    /// A city or district from the picker.
    Area(Localized),
    /// A preferred store.
    Store(String),
}

/// The location context.
#[derive(Clone, Copy)]
pub struct Location {
    /// The current choice; `None` until the shopper chooses.
    pub place: RwSignal<Option<Place>>,
    /// Whether the picker dialog is open.
    pub picker_open: RwSignal<bool>,
}

impl Location {
    /// Restores the remembered choice and saves every change.
    pub fn new() -> Self {
        let stored = super::load(KEY).and_then(|s| serde_json::from_str::<Place>(&s).ok());
        let place = RwSignal::new(stored);
        Effect::new(move |_| {
            let json = place.get().and_then(|p| serde_json::to_string(&p).ok());
            super::save(KEY, json.as_deref());
        });
        Self {
            place,
            picker_open: RwSignal::new(false),
        }
    }

    /// The position to sort stores by, if any (reactive).
    pub fn position(&self) -> Option<(f64, f64)> {
        self.place.with(|p| p.as_ref().map(|p| (p.lat, p.lng)))
    }

    /// The preferred store's id, if one was chosen (reactive).
    pub fn preferred_store(&self) -> Option<String> {
        self.place.with(|p| match p.as_ref().map(|p| &p.kind) {
            Some(PlaceKind::Store(id)) => Some(id.clone()),
            _ => None,
        })
    }

    /// Chooses a store.
    pub fn choose_store(&self, store: &Store) {
        self.place.set(Some(Place {
            lat: store.lat,
            lng: store.lng,
            kind: PlaceKind::Store(store.id.clone()),
        }));
    }
}

impl Default for Location {
    fn default() -> Self {
        Self::new()
    }
}

/// The location context; panics outside the app root, where it is always provided.
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// Areas for the picker: each distinct city of the stores, centred on its stores.
pub fn areas(stores: &[Store]) -> Vec<(Localized, f64, f64)> {
    let mut out: Vec<(Localized, f64, f64, u32)> = Vec::new();
    for s in stores {
        match out.iter_mut().find(|a| a.0 == s.city) {
            Some(a) => {
                a.1 += s.lat;
                a.2 += s.lng;
                a.3 += 1;
            }
            None => out.push((s.city.clone(), s.lat, s.lng, 1)),
        }
    }
    out.into_iter()
        .map(|(name, lat, lng, n)| (name, lat / f64::from(n), lng / f64::from(n)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(id: &str, city: &str, lat: f64, lng: f64) -> Store {
        Store {
            id: id.into(),
            name: Localized::new(id, id),
            kind: tandem_api::StoreKind::Standard,
            address: Localized::default(),
            city: Localized::new(city, city),
            lat,
            lng,
            time_zone: "Asia/Seoul".into(),
            hours: vec![],
            closures: vec![],
            fitting_rooms: 0,
            pickup_lead_minutes: 30,
            hold_hours: 48,
            today: tandem_api::StoreToday {
                date: "2026-12-04".into(),
                opens: None,
                closes: None,
                open_now: false,
                zone_abbreviation: "KST".into(),
            },
        }
    }

    #[test]
    fn areas_are_distinct_cities_at_their_stores_centre() {
        let a = areas(&[
            store("a", "Seoul", 37.0, 127.0),
            store("b", "Seoul", 38.0, 128.0),
            store("c", "Busan", 35.1, 129.0),
        ]);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].0.en, "Seoul");
        assert!((a[0].1 - 37.5).abs() < 1e-9 && (a[0].2 - 127.5).abs() < 1e-9);
    }
}
