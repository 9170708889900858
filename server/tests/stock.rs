//! Route tests: staff stock adjustments, the change log, and the live stream with replay.

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use common::TestApp;
use futures_util::StreamExt;
use serde_json::{json, Value};
use tower::ServiceExt;

/// Opens the stream and collects `n` stock events (or fails after a timeout).
async fn read_events(
    t: &TestApp,
    uri: &str,
    last_event_id: Option<&str>,
    n: usize,
) -> Vec<(String, Value)> {
    let mut req = Request::get(uri);
    if let Some(id) = last_event_id {
        req = req.header("last-event-id", id);
    }
    let res = t
        .router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "text/event-stream");
    let mut body = res.into_body().into_data_stream();
    let mut text = String::new();
    let mut events = vec![];
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while events.len() < n {
        let chunk = tokio::time::timeout_at(deadline, body.next())
            .await
            .expect("events in time")
            .unwrap()
            .unwrap();
        text.push_str(std::str::from_utf8(&chunk).unwrap());
        while let Some(end) = text.find("\n\n") {
            let frame: String = text.drain(..end + 2).collect();
            let mut id = String::new();
            let mut data = None;
            let mut is_stock = false;
            for line in frame.lines() {
                if let Some(v) = line.strip_prefix("id:") {
                    id = v.trim().to_string();
                } else if let Some(v) = line.strip_prefix("data:") {
                    data = Some(serde_json::from_str::<Value>(v.trim()).unwrap());
                } else if line.trim() == "event: stock" || line.trim() == "event:stock" {
                    is_stock = true;
                }
            }
            if is_stock {
                events.push((id, data.unwrap()));
            }
        }
    }
    events
}

async fn adjust(t: &TestApp, cookie: Option<&str>, sku: &str, delta: i64) -> (StatusCode, Value) {
    t.post(
        "/api/staff/stock/adjust",
        json!({"sku": sku, "delta": delta, "reason": "sale"}),
        cookie,
    )
    .await
}

#[tokio::test]
async fn adjust_needs_a_staff_sign_in() {
    let t = TestApp::new().await;
    let (_, skus) = t.first_product().await;
    let (s, body) = adjust(&t, None, &skus[1], -1).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(body["code"], "unauthorized");
    let (s, _) = adjust(&t, Some("tandem_staff=forged"), &skus[1], -1).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    // A shopper's cookie is not a staff credential.
    let shopper = t.shopper().await;
    let (s, _) = adjust(&t, Some(&shopper), &skus[1], -1).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, body) = t
        .post(
            "/api/staff/login",
            json!({"username": "seongsu", "password": "wrong"}),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(body["code"], "unauthorized");
}

#[tokio::test]
async fn adjust_validates_and_never_goes_negative() {
    let t = TestApp::new().await;
    let staff = t.staff("seongsu").await;
    let (_, skus) = t.first_product().await;
    let sku = &skus[1];
    for (body, field) in [
        (
            json!({"sku": "NOPE-1", "delta": 1, "reason": "restock"}),
            "sku",
        ),
        (
            json!({"sku": sku, "delta": 0, "reason": "restock"}),
            "delta",
        ),
        (
            json!({"sku": sku, "delta": 100000, "reason": "restock"}),
            "delta",
        ),
        (json!({"sku": sku, "delta": 1, "reason": "  "}), "reason"),
    ] {
        let (s, e) = t
            .post("/api/staff/stock/adjust", body.clone(), Some(&staff))
            .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{body}");
        assert!(e["fields"][field].is_string(), "{body} → {e}");
    }
    // Not JSON → 415 in our error shape.
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api/staff/stock/adjust")
        .header(header::COOKIE, &staff)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("sku=x&delta=1"))
        .unwrap();
    let (s, _, e) = t.call(req).await;
    assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(e["code"], "unsupported_media_type");
    // Malformed JSON → 400.
    let (s, _, e) = t
        .send(
            Method::POST,
            "/api/staff/stock/adjust",
            json!({"sku": sku}),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(e["code"], "invalid_input");

    let before = t.available(sku, "seongsu-flagship").await;
    let (s, e) = adjust(&t, Some(&staff), sku, -(before + 1)).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "stock_conflict");
    assert_eq!(
        t.available(sku, "seongsu-flagship").await,
        before,
        "nothing changed"
    );

    let (s, level) = adjust(&t, Some(&staff), sku, -before).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(level["available"], 0);
    assert_eq!(
        level["store_id"], "seongsu-flagship",
        "staff act for their own store"
    );
    assert_eq!(t.available(sku, "seongsu-flagship").await, 0);
}

#[tokio::test]
async fn every_change_is_logged_in_order_and_availability_reports_the_seq() {
    let t = TestApp::new().await;
    let staff = t.staff("seongsu").await;
    let (slug, skus) = t.first_product().await;
    let (_, a0) = t
        .get(&format!("/api/products/{slug}/availability"), None)
        .await;
    assert_eq!(a0["seq"], 0);
    let (_, l1) = adjust(&t, Some(&staff), &skus[1], 3).await;
    let (_, l2) = adjust(&t, Some(&staff), &skus[1], -1).await;
    assert!(l2["seq"].as_i64().unwrap() > l1["seq"].as_i64().unwrap());
    let (_, a1) = t
        .get(&format!("/api/products/{slug}/availability"), None)
        .await;
    assert_eq!(a1["seq"], l2["seq"]);
    let logged: Vec<(i64, String, i64)> =
        sqlx::query_as("SELECT seq, sku, available FROM stock_changes ORDER BY seq")
            .fetch_all(&t.state.db)
            .await
            .unwrap();
    assert_eq!(logged.len(), 2);
    assert_eq!(logged[1].2, l2["available"].as_i64().unwrap());
}

#[tokio::test]
async fn stream_pushes_changes_of_its_product_only() {
    let t = TestApp::new().await;
    let staff = t.staff("seongsu").await;
    let (slug, skus) = t.first_product().await;
    let (_, page) = t.get("/api/products?limit=2", None).await;
    let other = page["items"][1]["slug"].as_str().unwrap().to_string();
    let (_, p2) = t.get(&format!("/api/products/{other}"), None).await;
    let other_sku = p2["variants"][0]["sku"].as_str().unwrap().to_string();

    let uri = format!("/api/stock/stream?product={slug}");
    let t2 = &t;
    let reader = read_events(t2, &uri, None, 2);
    let writer = async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        adjust(&t, Some(&staff), &other_sku, 1).await; // another product: not on this stream
        adjust(&t, Some(&staff), &skus[1], 2).await;
        adjust(&t, Some(&staff), &skus[1], -1).await;
    };
    let (events, _) = tokio::join!(reader, writer);
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].1["sku"], skus[1].as_str());
    assert_eq!(events[0].1["store_id"], "seongsu-flagship");
    assert_eq!(
        events[0].0,
        events[0].1["seq"].to_string(),
        "event id = seq"
    );
    assert_eq!(
        events[1].1["available"].as_i64().unwrap(),
        t.available(&skus[1], "seongsu-flagship").await
    );
}

#[tokio::test]
async fn reconnecting_with_last_event_id_replays_what_was_missed() {
    let t = TestApp::new().await;
    let staff = t.staff("seongsu").await;
    let (slug, skus) = t.first_product().await;
    let (_, first) = adjust(&t, Some(&staff), &skus[1], 1).await;
    let seen = first["seq"].to_string();
    // Changes while "disconnected".
    adjust(&t, Some(&staff), &skus[1], 1).await;
    adjust(&t, Some(&staff), &skus[2], 1).await;
    let events = read_events(
        &t,
        &format!("/api/stock/stream?product={slug}"),
        Some(&seen),
        2,
    )
    .await;
    let seqs: Vec<i64> = events
        .iter()
        .map(|e| e.1["seq"].as_i64().unwrap())
        .collect();
    assert!(seqs[0] > first["seq"].as_i64().unwrap());
    assert!(seqs[0] < seqs[1]);
    // The query-string form works too (first connection of a page joining at a known seq).
    let events = read_events(
        &t,
        &format!("/api/stock/stream?product={slug}&last_event_id={seen}"),
        None,
        2,
    )
    .await;
    assert_eq!(events.len(), 2);
}

#[tokio::test]
async fn stream_rejects_bad_requests_with_json_errors() {
    let t = TestApp::new().await;
    let (s, e) = t.get("/api/stock/stream", None).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["fields"]["product"].is_string());
    let (s, _) = t.get("/api/stock/stream?product=nope", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (slug, _) = t.first_product().await;
    let (s, e) = t
        .get(
            &format!("/api/stock/stream?product={slug}&last_event_id=abc"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["fields"]["last_event_id"].is_string());
}
