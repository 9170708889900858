//! Route tests: catalog, stores, availability, and the JSON error shape.

mod common;

use axum::http::StatusCode;
use common::TestApp;

#[tokio::test]
async fn lists_pages_with_a_cursor_until_the_end() {
    let t = TestApp::new().await;
    let (s, first) = t.get("/api/products?limit=10", None).await;
    assert_eq!(s, StatusCode::OK);
    let total = first["total"].as_u64().unwrap();
    assert!(total >= 24, "demo catalog has at least 24 products");
    assert_eq!(first["items"].as_array().unwrap().len(), 10);
    assert!(first["categories"].as_array().unwrap().len() >= 4);
    let mut seen: Vec<String> = vec![];
    let mut page = first;
    loop {
        for item in page["items"].as_array().unwrap() {
            seen.push(item["slug"].as_str().unwrap().to_string());
            assert!(item["price"]["amount"].as_i64().unwrap() > 0);
            assert_eq!(item["price"]["currency"], "KRW");
            assert!(item["image"]["width"].as_u64().unwrap() > 0);
        }
        let Some(cursor) = page["next_cursor"].as_str() else {
            break;
        };
        page = t
            .get(&format!("/api/products?limit=10&cursor={cursor}"), None)
            .await
            .1;
    }
    assert_eq!(seen.len() as u64, total, "paging visits every product once");
    let mut dedup = seen.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), seen.len());
}

#[tokio::test]
async fn search_matches_names_and_descriptions_in_both_languages() {
    let t = TestApp::new().await;
    let (_, all) = t.get("/api/products?limit=48", None).await;
    let first = &all["items"][0];
    let en_word = first["name"]["en"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .last()
        .unwrap()
        .to_string();
    let (s, found) = t
        .get(&format!("/api/products?q={}", urlencode(&en_word)), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    let n = found["total"].as_u64().unwrap();
    assert!(
        n >= 1 && n < all["total"].as_u64().unwrap(),
        "search narrows: {en_word} → {n}"
    );
    let ko = first["name"]["ko"].as_str().unwrap().to_string();
    let (_, found_ko) = t
        .get(&format!("/api/products?q={}", urlencode(&ko)), None)
        .await;
    assert!(found_ko["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["slug"] == first["slug"]));
    let (_, none) = t.get("/api/products?q=zzzznothing", None).await;
    assert_eq!(none["total"], 0);
    assert!(none["next_cursor"].is_null());
    // LIKE wildcards are literal text, not patterns: "%" finds only texts with a "%" in them
    // (like "100% wool"), and "_" matches nothing.
    let (_, pct) = t.get("/api/products?q=%25&limit=48", None).await;
    assert!(pct["total"].as_u64().unwrap() < all["total"].as_u64().unwrap());
    let (_, under) = t.get("/api/products?q=_", None).await;
    assert_eq!(under["total"], 0);
}

#[tokio::test]
async fn category_filter_returns_only_that_category() {
    let t = TestApp::new().await;
    let (_, all) = t.get("/api/products", None).await;
    let cat = all["categories"][0]["slug"].as_str().unwrap().to_string();
    let (s, page) = t
        .get(&format!("/api/products?category={cat}&limit=48"), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    let items = page["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i["category"] == cat.as_str()));
    assert!(page["total"].as_u64().unwrap() < all["total"].as_u64().unwrap());
}

#[tokio::test]
async fn bad_query_values_name_the_field() {
    let t = TestApp::new().await;
    for (uri, field) in [
        ("/api/products?limit=0", "limit"),
        ("/api/products?limit=abc", "limit"),
        ("/api/products?limit=1000", "limit"),
        ("/api/products?cursor=xyz", "cursor"),
        ("/api/products?category=spaceships", "category"),
        ("/api/products/any/availability?lat=91&lng=0", "lat"),
        ("/api/products/any/availability?lat=37.5", "lng"),
        ("/api/products/any/availability?lat=37.5&lng=north", "lng"),
    ] {
        let (s, body) = t.get(uri, None).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(body["code"], "invalid_input", "{uri}");
        assert!(
            body["fields"][field].is_string(),
            "{uri} names {field}: {body}"
        );
        assert!(!body["message"].as_str().unwrap().is_empty());
    }
}

#[tokio::test]
async fn product_has_variants_images_and_text_in_both_languages() {
    let t = TestApp::new().await;
    let (slug, skus) = t.first_product().await;
    let (s, p) = t.get(&format!("/api/products/{slug}"), None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(!skus.is_empty());
    assert!(!p["description"]["en"].as_str().unwrap().is_empty());
    assert!(!p["description"]["ko"].as_str().unwrap().is_empty());
    let img = p["images"][0]["url"].as_str().unwrap().to_string();
    let res = t.get(&img, None).await;
    assert_eq!(res.0, StatusCode::OK, "image {img} is served");
}

#[tokio::test]
async fn unknown_things_are_json_404s() {
    let t = TestApp::new().await;
    for uri in [
        "/api/products/no-such-thing",
        "/api/products/no-such-thing/availability",
        "/api/images/products/no-such-thing/0.svg",
        "/api/no/such/route",
    ] {
        let (s, body) = t.get(uri, None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(body["code"], "not_found", "{uri}");
    }
}

#[tokio::test]
async fn stores_have_zones_hours_and_today_in_local_time() {
    let t = TestApp::new().await;
    let (s, stores) = t.get("/api/stores", None).await;
    assert_eq!(s, StatusCode::OK);
    let stores = stores.as_array().unwrap();
    assert!(stores.len() >= 8);
    for kind in ["flagship", "experience", "department", "pop_up", "standard"] {
        assert!(stores.iter().any(|s| s["kind"] == kind), "a {kind} store");
    }
    let paris = stores
        .iter()
        .find(|s| s["time_zone"] == "Europe/Paris")
        .expect("overseas pop-up");
    // 2026-12-04 03:00 UTC is 04:00 in Paris: same date, closed, winter time.
    assert_eq!(paris["today"]["date"], "2026-12-04");
    assert_eq!(paris["today"]["zone_abbreviation"], "CET");
    assert_eq!(paris["today"]["open_now"], false);
    let seongsu = stores
        .iter()
        .find(|s| s["id"] == "seongsu-flagship")
        .unwrap();
    assert_eq!(seongsu["today"]["zone_abbreviation"], "KST");
    assert_eq!(seongsu["today"]["open_now"], true, "noon KST on a Friday");
    assert!(seongsu["fitting_rooms"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn availability_lists_every_store_and_sorts_by_distance() {
    let t = TestApp::new().await;
    let (slug, skus) = t.first_product().await;
    let (s, a) = t
        .get(&format!("/api/products/{slug}/availability"), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    let stores = a["stores"].as_array().unwrap();
    assert!(stores.len() >= 8);
    for st in stores {
        assert!(st["distance_m"].is_null());
        assert_eq!(
            st["stock"].as_array().unwrap().len(),
            skus.len(),
            "every variant, zero included"
        );
    }
    assert_eq!(a["seq"], 0);
    // From Seongsu-dong: the flagship there is nearest, Paris is farthest.
    let (_, near) = t
        .get(
            &format!("/api/products/{slug}/availability?lat=37.5446&lng=127.0557"),
            None,
        )
        .await;
    let near = near["stores"].as_array().unwrap();
    assert_eq!(near[0]["store_id"], "seongsu-flagship");
    assert!(near[0]["distance_m"].as_u64().unwrap() < 100);
    assert_eq!(near.last().unwrap()["store_id"], "paris-popup");
    let d: Vec<u64> = near
        .iter()
        .map(|s| s["distance_m"].as_u64().unwrap())
        .collect();
    assert!(
        d.windows(2).all(|w| w[0] <= w[1]),
        "sorted nearest first: {d:?}"
    );
    // Matches the database.
    let flagship_first = near[0]["stock"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["sku"] == skus[0].as_str())
        .unwrap();
    assert_eq!(
        flagship_first["available"].as_i64().unwrap(),
        t.available(&skus[0], "seongsu-flagship").await
    );
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
