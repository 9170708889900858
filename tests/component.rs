//! Component tests in headless Chromium (wasm-bindgen-test): the stock panel renders each
//! store's count in words, leads with the nearest store that has the variant, and updates
//! in place when a live change arrives; prices and distances use the browser's `Intl`.
#![cfg(target_arch = "wasm32")]

use std::collections::HashMap;

use leptos::prelude::*;
use tandem_api::{Localized, Money, Store, StoreKind, StoreToday};
use tandem_web::api::live::LiveStatus;
use tandem_web::components::stock::{StockBoard, StockPanel};
use tandem_web::format;
use tandem_web::i18n::{I18n, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn store(id: &str, name: &str) -> Store {
    Store {
        id: id.into(),
        name: Localized::new(name, name),
        kind: StoreKind::Standard,
        address: Localized::default(),
        city: Localized::new("Seoul", "서울"),
        lat: 37.5,
        lng: 127.0,
        time_zone: "Asia/Seoul".into(),
        hours: vec![],
        closures: vec![],
        fitting_rooms: 2,
        pickup_lead_minutes: 30,
        hold_hours: 48,
        today: StoreToday {
            date: "2026-12-04".into(),
            opens: Some("10:30".into()),
            closes: Some("21:00".into()),
            open_now: true,
            zone_abbreviation: "KST".into(),
        },
    }
}

fn text(testid: &str) -> String {
    document()
        .query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("{testid} rendered"))
        .text_content()
        .unwrap_or_default()
}

async fn tick() {
    // Let Leptos flush its effects.
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
async fn stock_panel_leads_with_the_nearest_store_that_has_it_and_updates_live() {
    let mut counts = HashMap::new();
    counts.insert(("near".to_string(), "SKU-M".to_string()), 0);
    counts.insert(("mid".to_string(), "SKU-M".to_string()), 2);
    counts.insert(("far".to_string(), "SKU-M".to_string()), 12);
    let board = RwSignal::new(StockBoard {
        order: vec![
            ("near".into(), Some(400)),
            ("mid".into(), Some(1_250)),
            ("far".into(), Some(15_000)),
        ],
        counts,
    });
    let stores = vec![
        store("near", "Seongsu Flagship"),
        store("mid", "Hannam Experience"),
        store("far", "Pangyo"),
    ];
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let _handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        provide_context(I18n {
            lang: RwSignal::new(Lang::En),
        });
        let variants: Vec<tandem_api::Variant> = Vec::new();
        let preferred: Option<String> = None;
        let last_change: Option<(String, String, f64)> = None;
        view! {
            <StockPanel
                board=board
                stores=stores.clone()
                sku="SKU-M".to_string()
                variants=variants
                preferred=preferred
                status=LiveStatus::Live
                updated_at=format::now_ms()
                last_change=last_change
                announcement=String::new()
            />
        }
    });
    tick().await;
    let headline = text("stock-headline");
    assert!(
        headline.contains("In stock at Hannam Experience"),
        "{headline}"
    );
    assert!(
        headline.contains("1.3 km") || headline.contains("1.2 km"),
        "{headline}"
    );
    assert!(text("store-stock-near").contains("Out of stock"));
    assert!(text("store-stock-mid").contains("Only 2 left"));
    assert!(text("store-stock-far").contains("12 available"));

    // A live change: the nearest store restocks; the panel updates in place.
    board.update(|b| {
        b.counts.insert(("near".into(), "SKU-M".into()), 5);
    });
    tick().await;
    assert!(text("stock-headline").contains("Seongsu Flagship"));
    assert!(text("store-stock-near").contains("5 available"));
}

#[wasm_bindgen_test]
fn money_and_distance_follow_the_locale() {
    let krw = Money {
        amount: 389_000,
        currency: "KRW".into(),
    };
    assert_eq!(format::money(&krw, Lang::En), "₩389,000");
    let ko = format::money(&krw, Lang::Ko);
    assert!(ko.contains("389,000"), "{ko}");
    // Minor units: 12345 cents is €123.45.
    let eur = format::money(
        &Money {
            amount: 12_345,
            currency: "EUR".into(),
        },
        Lang::En,
    );
    assert!(eur.contains("123.45"), "{eur}");
    assert_eq!(format::distance(850, Lang::En), "850 m");
    assert_eq!(format::distance(1_234, Lang::En), "1.2 km");
}
