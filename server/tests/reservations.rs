//! Route tests: reservations never oversell, are idempotent, all-or-nothing, expire (also
//! while the server was down), release on cancel, and follow the staff hand-over steps.

mod common;

use axum::http::{Method, StatusCode};
use chrono::Duration;
use common::TestApp;
use serde_json::{json, Value};
use tandem_server::routes::reservations::expire_due;

const STORE: &str = "seongsu-flagship";
const SKU: &str = "WLCOAT-OAT-M";
const SKU2: &str = "WLCOAT-OAT-L";

async fn reserve(t: &TestApp, cookie: &str, body: Value, key: Option<&str>) -> (StatusCode, Value) {
    let (s, _, j) = t
        .send(Method::POST, "/api/reservations", body, Some(cookie), key)
        .await;
    (s, j)
}

fn one_line(sku: &str, qty: u32) -> Value {
    json!({"store_id": STORE, "lines": [{"sku": sku, "qty": qty}]})
}

#[tokio::test]
async fn concurrent_reservations_never_oversell() {
    let t = TestApp::new().await;
    let k = 4;
    t.set_stock(SKU, STORE, k).await;
    let mut cookies = vec![];
    for _ in 0..60 {
        cookies.push(t.shopper().await);
    }
    let mut tasks = vec![];
    for (i, cookie) in cookies.into_iter().enumerate() {
        let router = t.router.clone();
        tasks.push(tokio::spawn(async move {
            use tower::ServiceExt;
            let req = axum::http::Request::post("/api/reservations")
                .header("content-type", "application/json")
                .header("cookie", cookie)
                .header("idempotency-key", format!("race-{i}"))
                .body(axum::body::Body::from(one_line(SKU, 1).to_string()))
                .unwrap();
            router.oneshot(req).await.unwrap().status()
        }));
    }
    let mut ok = 0;
    let mut conflict = 0;
    for task in tasks {
        match task.await.unwrap() {
            StatusCode::CREATED => ok += 1,
            StatusCode::CONFLICT => conflict += 1,
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(ok, k, "exactly k succeed");
    assert_eq!(conflict, 60 - k);
    assert_eq!(t.available(SKU, STORE).await, 0, "never below zero");
    let held: i64 = sqlx::query_scalar("SELECT held FROM stock WHERE sku = ? AND store_id = ?")
        .bind(SKU)
        .bind(STORE)
        .fetch_one(&t.state.db)
        .await
        .unwrap();
    assert_eq!(held, k);
    // The change log tells the same story, in order: k-1, …, 0.
    let logged: Vec<i64> = sqlx::query_scalar(
        "SELECT available FROM stock_changes WHERE sku = ? AND store_id = ? ORDER BY seq",
    )
    .bind(SKU)
    .bind(STORE)
    .fetch_all(&t.state.db)
    .await
    .unwrap();
    assert_eq!(logged, (0..k).rev().collect::<Vec<_>>());
}

#[tokio::test]
async fn a_reservation_holds_stock_with_code_ready_by_and_hold_until() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let before = t.available(SKU, STORE).await;
    let body = json!({"store_id": STORE, "lines": [{"sku": SKU, "qty": 2}], "contact": {"name": "Jimin", "phone": "010-1234-5678"}});
    let (s, r) = reserve(&t, &me, body, Some("k1")).await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    assert_eq!(r["status"], "held");
    assert_eq!(t.available(SKU, STORE).await, before - 2);
    let code = r["pickup_code"].as_str().unwrap();
    assert_eq!(code.len(), 7, "ABCD-EF style: {code}");
    // Noon KST on a Friday, 30 minutes' lead: ready 12:30 KST; held 48 h after that.
    assert_eq!(r["ready_by"], "2026-12-04T03:30:00Z");
    assert_eq!(r["hold_until"], "2026-12-06T03:30:00Z");
    assert_eq!(r["contact"]["name"], "Jimin");
    assert_eq!(r["lines"][0]["qty"], 2);
    assert_eq!(
        r["total"]["amount"],
        r["lines"][0]["price"]["amount"].as_i64().unwrap() * 2
    );
    let (s, list) = t.get("/api/reservations", Some(&me)).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let id = r["id"].as_str().unwrap();
    let (s, qr) = t
        .get(&format!("/api/reservations/{id}/qr.svg"), Some(&me))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(qr.is_null(), "an SVG, not JSON");
}

#[tokio::test]
async fn retries_with_the_same_key_hold_once() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let before = t.available(SKU, STORE).await;
    let (s1, r1) = reserve(&t, &me, one_line(SKU, 1), Some("same-key")).await;
    let (s2, r2) = reserve(&t, &me, one_line(SKU, 1), Some("same-key")).await;
    assert_eq!((s1, s2), (StatusCode::CREATED, StatusCode::CREATED));
    assert_eq!(r1, r2, "the original response");
    assert_eq!(t.available(SKU, STORE).await, before - 1, "held once");
    let (s3, e) = reserve(&t, &me, one_line(SKU, 2), Some("same-key")).await;
    assert_eq!(s3, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(e["code"], "idempotency_key_reused");
    // Keys are per shopper: another shopper's same key is a new request.
    let other = t.shopper().await;
    let (s4, r4) = reserve(&t, &other, one_line(SKU, 1), Some("same-key")).await;
    assert_eq!(s4, StatusCode::CREATED);
    assert_ne!(r4["id"], r1["id"]);
}

#[tokio::test]
async fn all_lines_or_none() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    t.set_stock(SKU2, STORE, 1).await;
    let before = t.available(SKU, STORE).await;
    let body =
        json!({"store_id": STORE, "lines": [{"sku": SKU, "qty": 1}, {"sku": SKU2, "qty": 2}]});
    let (s, e) = reserve(&t, &me, body, Some("multi")).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "insufficient_stock");
    assert!(e["fields"]["lines[1].qty"].is_string(), "{e}");
    assert_eq!(e["detail"]["available"], 1);
    assert!(
        !e["detail"]["alternatives"].as_array().unwrap().is_empty(),
        "offers other stores"
    );
    assert_eq!(t.available(SKU, STORE).await, before, "first line not held");
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reservations")
        .fetch_one(&t.state.db)
        .await
        .unwrap();
    assert_eq!(n, 0);
    let logged: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stock_changes")
        .fetch_one(&t.state.db)
        .await
        .unwrap();
    assert_eq!(logged, 0, "nothing logged for a rolled-back hold");
}

#[tokio::test]
async fn bad_requests_are_named() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    for (body, status, field) in [
        (
            json!({"store_id": STORE, "lines": []}),
            StatusCode::BAD_REQUEST,
            "lines",
        ),
        (one_line(SKU, 0), StatusCode::BAD_REQUEST, "lines[0].qty"),
        (
            one_line(SKU, 4),
            StatusCode::UNPROCESSABLE_ENTITY,
            "lines[0].qty",
        ),
        (one_line("NOPE", 1), StatusCode::BAD_REQUEST, "lines[0].sku"),
        (
            json!({"store_id": "nowhere", "lines": [{"sku": SKU, "qty": 1}]}),
            StatusCode::BAD_REQUEST,
            "store_id",
        ),
        (
            json!({"store_id": STORE, "lines": [{"sku": SKU, "qty": 1}, {"sku": SKU, "qty": 1}]}),
            StatusCode::BAD_REQUEST,
            "lines[1].sku",
        ),
        (
            json!({"store_id": STORE, "lines": [{"sku": SKU, "qty": 1}], "contact": {"phone": "call me"}}),
            StatusCode::BAD_REQUEST,
            "contact.phone",
        ),
    ] {
        let (s, e) = reserve(&t, &me, body.clone(), None).await;
        assert_eq!(s, status, "{body}: {e}");
        assert!(e["fields"][field].is_string(), "{body} names {field}: {e}");
    }
    let (s, e) = reserve(&t, &me, one_line(SKU, 4), None).await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("limit_exceeded"))
    );
}

#[tokio::test]
async fn holds_expire_and_release_stock_also_after_downtime() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let before = t.available(SKU, STORE).await;
    let (_, r) = reserve(&t, &me, one_line(SKU, 1), None).await;
    let (_, r2) = reserve(&t, &me, one_line(SKU2, 1), None).await;
    let id = r["id"].as_str().unwrap();
    // Not yet.
    assert_eq!(
        expire_due(&t.state, t.state.clock.now() + Duration::hours(47))
            .await
            .unwrap(),
        0
    );
    // The server is "down" past hold_until; a new process over the same database catches up.
    let (router, state) = t
        .restart_at(t.state.clock.now() + Duration::hours(60))
        .await;
    assert_eq!(expire_due(&state, state.clock.now()).await.unwrap(), 2);
    assert_eq!(t.available(SKU, STORE).await, before, "released");
    let status: String = sqlx::query_scalar("SELECT status FROM reservations WHERE id = ?")
        .bind(id)
        .fetch_one(&state.db)
        .await
        .unwrap();
    assert_eq!(status, "expired");
    let _ = (router, r2);
    // An expired hold cannot be cancelled.
    let (s, e) = t
        .post(
            &format!("/api/reservations/{id}/cancel"),
            json!({}),
            Some(&me),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "invalid_transition");
}

#[tokio::test]
async fn cancel_releases_and_only_the_owner_may() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let stranger = t.shopper().await;
    let before = t.available(SKU, STORE).await;
    let (_, r) = reserve(&t, &me, one_line(SKU, 2), None).await;
    let id = r["id"].as_str().unwrap();
    let (s, _) = t
        .get(&format!("/api/reservations/{id}"), Some(&stranger))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = t
        .post(
            &format!("/api/reservations/{id}/cancel"),
            json!({}),
            Some(&stranger),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = t
        .post(&format!("/api/reservations/{id}/cancel"), json!({}), None)
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, c) = t
        .post(
            &format!("/api/reservations/{id}/cancel"),
            json!({}),
            Some(&me),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(c["status"], "cancelled");
    assert_eq!(t.available(SKU, STORE).await, before);
    let (s, _) = t
        .post(
            &format!("/api/reservations/{id}/cancel"),
            json!({}),
            Some(&me),
        )
        .await;
    assert_eq!(
        s,
        StatusCode::CONFLICT,
        "cancelling twice releases nothing twice"
    );
    assert_eq!(t.available(SKU, STORE).await, before);
}

#[tokio::test]
async fn staff_hand_over_steps_for_their_own_store_only() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let staff = t.staff("seongsu").await;
    let other_store = t.staff("hannam").await;
    let on_hand = |t: &TestApp| {
        let db = t.state.db.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT on_hand FROM stock WHERE sku = ? AND store_id = ?")
                .bind(SKU)
                .bind(STORE)
                .fetch_one(&db)
                .await
                .unwrap()
        }
    };
    let shelf = on_hand(&t).await;
    let (_, r) = reserve(&t, &me, one_line(SKU, 1), None).await;
    let id = r["id"].as_str().unwrap();
    let uri = |step: &str| format!("/api/staff/reservations/{id}/{step}");
    assert_eq!(
        t.post(&uri("ready"), json!({}), None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        t.post(&uri("ready"), json!({}), Some(&me)).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        t.post(&uri("ready"), json!({}), Some(&other_store)).await.0,
        StatusCode::FORBIDDEN
    );
    let (s, r) = t.post(&uri("ready"), json!({}), Some(&staff)).await;
    assert_eq!((s, r["status"].as_str()), (StatusCode::OK, Some("ready")));
    let (s, e) = t.post(&uri("ready"), json!({}), Some(&staff)).await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::CONFLICT, Some("invalid_transition"))
    );
    let available = t.available(SKU, STORE).await;
    let (s, r) = t.post(&uri("collect"), json!({}), Some(&staff)).await;
    assert_eq!(
        (s, r["status"].as_str()),
        (StatusCode::OK, Some("collected"))
    );
    assert_eq!(on_hand(&t).await, shelf - 1, "it left the shelf");
    assert_eq!(
        t.available(SKU, STORE).await,
        available,
        "availability unchanged by the hand-over"
    );
    let (s, _) = t.post(&uri("cancel"), json!({}), Some(&staff)).await;
    assert_eq!(
        s,
        StatusCode::CONFLICT,
        "a collected reservation stays collected"
    );
}
