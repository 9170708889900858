//! Security and privacy: credentials on every endpoint, shoppers isolated from each other,
//! counter codes that expire and rotate, rate-limited look-ups, audited look-ups, erasure.

mod common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use chrono::Duration;
use common::TestApp;
use serde_json::{json, Value};
use tower::ServiceExt;

async fn lookup(t: &TestApp, staff: &str, code: &str) -> (StatusCode, Value) {
    t.get(&format!("/api/staff/customers/{code}"), Some(staff))
        .await
}

async fn code_of(t: &TestApp, shopper: &str) -> String {
    t.get("/api/session", Some(shopper)).await.1["counter_code"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn the_session_cookie_is_httponly_random_and_stored_hashed() {
    let t = TestApp::new().await;
    let res = t
        .router
        .clone()
        .oneshot(Request::get("/api/session").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let cookie = res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    let secret = cookie
        .split(';')
        .next()
        .unwrap()
        .split_once('=')
        .unwrap()
        .1
        .to_string();
    assert!(secret.len() >= 32, "at least 128 bits");
    let stored: Vec<String> = sqlx::query_scalar("SELECT secret_hash FROM sessions")
        .fetch_all(&t.state.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], secret, "only a hash is stored");
    // A second visit with the cookie is the same session, no new cookie.
    let again = t
        .router
        .clone()
        .oneshot(
            Request::get("/api/session")
                .header(header::COOKIE, format!("tandem_session={secret}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert!(again.headers().get(header::SET_COOKIE).is_none());
}

#[tokio::test]
async fn shopper_endpoints_need_a_session() {
    let t = TestApp::new().await;
    let cases: Vec<(Method, &str)> = vec![
        (Method::POST, "/api/session/code"),
        (Method::GET, "/api/session/qr.svg"),
        (Method::DELETE, "/api/session"),
        (Method::DELETE, "/api/session/wishlist/wool-blend-overcoat"),
        (Method::GET, "/api/reservations/abc"),
        (Method::POST, "/api/reservations/abc/cancel"),
        (Method::GET, "/api/appointments/abc"),
        (Method::POST, "/api/appointments/abc/cancel"),
    ];
    for (m, uri) in cases {
        for cookie in [None, Some("tandem_session=forged")] {
            let (s, _, e) = t.send(m.clone(), uri, json!({}), cookie, None).await;
            assert_eq!(
                s,
                StatusCode::UNAUTHORIZED,
                "{m} {uri} with {cookie:?}: {e}"
            );
            assert_eq!(e["code"], "unauthorized");
        }
    }
}

#[tokio::test]
async fn staff_endpoints_need_staff_of_the_right_store() {
    let t = TestApp::new().await;
    let shopper = t.shopper().await;
    let code = code_of(&t, &shopper).await;
    let uris = [
        (Method::GET, format!("/api/staff/customers/{code}")),
        (
            Method::POST,
            format!("/api/staff/customers/{code}/reservations"),
        ),
        (Method::GET, "/api/staff/queue".to_string()),
        (Method::GET, "/api/staff/me".to_string()),
        (Method::POST, "/api/staff/stock/adjust".to_string()),
        (Method::POST, "/api/staff/reservations/x/ready".to_string()),
        (
            Method::POST,
            "/api/staff/reservations/x/collect".to_string(),
        ),
        (Method::POST, "/api/staff/reservations/x/cancel".to_string()),
        (
            Method::POST,
            "/api/staff/appointments/x/check-in".to_string(),
        ),
        (
            Method::POST,
            "/api/staff/appointments/x/no-show".to_string(),
        ),
    ];
    for (m, uri) in &uris {
        for cookie in [None, Some(shopper.as_str()), Some("tandem_staff=forged")] {
            let (s, _, _) = t
                .send(
                    m.clone(),
                    uri,
                    json!({"lines": [], "sku": "x", "delta": 1, "reason": "x"}),
                    cookie,
                    None,
                )
                .await;
            assert_eq!(s, StatusCode::UNAUTHORIZED, "{m} {uri} with {cookie:?}");
        }
    }
    // Signed out staff are out.
    let staff = t.staff("seongsu").await;
    assert_eq!(t.get("/api/staff/me", Some(&staff)).await.0, StatusCode::OK);
    t.post("/api/staff/logout", json!({}), Some(&staff)).await;
    assert_eq!(
        t.get("/api/staff/me", Some(&staff)).await.0,
        StatusCode::UNAUTHORIZED
    );
    // Staff sessions expire.
    let staff = t.staff("seongsu").await;
    t.state.clock.advance(Duration::hours(13));
    assert_eq!(
        t.get("/api/staff/me", Some(&staff)).await.0,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn staff_see_a_shopper_only_through_a_valid_code_and_every_look_up_is_shown_to_them() {
    let t = TestApp::new().await;
    let shopper = t.shopper().await;
    t.send(
        Method::PATCH,
        "/api/session",
        json!({"display_name": "Minji"}),
        Some(&shopper),
        None,
    )
    .await;
    let (s, _, _) = t
        .send(
            Method::PUT,
            "/api/session/wishlist/wool-blend-overcoat",
            json!({}),
            Some(&shopper),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = t
        .post(
            "/api/reservations",
            json!({"store_id": "hannam-experience", "lines": [{"sku": "WLCOAT-OAT-S", "qty": 1}]}),
            Some(&shopper),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let code = code_of(&t, &shopper).await;
    let staff = t.staff("seongsu").await;

    let (s, c) = lookup(&t, &staff, &code.to_lowercase().replace('-', "%20")).await;
    assert_eq!(s, StatusCode::OK, "typed loosely still matches: {c}");
    assert_eq!(c["display_name"], "Minji");
    assert_eq!(c["wishlist"][0], "wool-blend-overcoat");
    assert_eq!(c["reservations"].as_array().unwrap().len(), 1);

    let (_, log) = t.get("/api/session/lookups", Some(&shopper)).await;
    let log = log.as_array().unwrap();
    assert_eq!(log.len(), 1, "the look-up is recorded");
    assert_eq!(log[0]["store_id"], "seongsu-flagship");
    assert!(!log[0]["staff_name"].as_str().unwrap().is_empty());

    // A new code kills the old one.
    let (_, rotated) = t.post("/api/session/code", json!({}), Some(&shopper)).await;
    let new_code = rotated["counter_code"].as_str().unwrap().to_string();
    assert_ne!(new_code, code);
    assert_eq!(lookup(&t, &staff, &code).await.0, StatusCode::NOT_FOUND);
    assert_eq!(lookup(&t, &staff, &new_code).await.0, StatusCode::OK);
    // Codes expire after 24 hours.
    t.state.clock.advance(Duration::hours(25));
    let staff = t.staff("seongsu").await;
    assert_eq!(lookup(&t, &staff, &new_code).await.0, StatusCode::NOT_FOUND);
    // The shopper's pass then shows a fresh one.
    let fresh = code_of(&t, &shopper).await;
    assert_ne!(fresh, new_code);
    assert_eq!(lookup(&t, &staff, &fresh).await.0, StatusCode::OK);
}

#[tokio::test]
async fn failed_look_ups_are_rate_limited() {
    let t = TestApp::new().await;
    let shopper = t.shopper().await;
    let code = code_of(&t, &shopper).await;
    let staff = t.staff("gangnam").await;
    for i in 0..tandem_server::ratelimit::MAX_FAILURES {
        let (s, _) = lookup(&t, &staff, &format!("ZZZZ-ZZ{:02}", i)).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
    let (s, e) = lookup(&t, &staff, "ZZZZ-ZZZZ").await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(e["code"], "rate_limited");
    assert!(e["detail"]["retry_after_s"].as_i64().unwrap() > 0);
    // Even a valid code waits, so guessing cannot continue.
    assert_eq!(
        lookup(&t, &staff, &code).await.0,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another staff session is not blocked (no client address in-process).
    let other = t.staff("gangnam").await;
    assert_eq!(lookup(&t, &other, &code).await.0, StatusCode::OK);
    // And the window passes.
    t.state.clock.advance(Duration::minutes(
        tandem_server::ratelimit::WINDOW_MINUTES + 1,
    ));
    let staff = t.staff("gangnam").await;
    assert_eq!(lookup(&t, &staff, &code).await.0, StatusCode::OK);
}

#[tokio::test]
async fn shoppers_cannot_touch_each_other() {
    let t = TestApp::new().await;
    let a = t.shopper().await;
    let b = t.shopper().await;
    let (_, r) = t
        .post(
            "/api/reservations",
            json!({"store_id": "hannam-experience", "lines": [{"sku": "WLCOAT-OAT-S", "qty": 1}]}),
            Some(&a),
        )
        .await;
    let id = r["id"].as_str().unwrap();
    t.send(
        Method::PUT,
        "/api/session/wishlist/wool-blend-overcoat",
        json!({}),
        Some(&a),
        None,
    )
    .await;
    assert_eq!(
        t.get(&format!("/api/reservations/{id}"), Some(&b)).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        t.post(
            &format!("/api/reservations/{id}/cancel"),
            json!({}),
            Some(&b)
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        t.get("/api/reservations", Some(&b))
            .await
            .1
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        t.get("/api/session", Some(&b)).await.1["wishlist"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        t.get(&format!("/api/reservations/{id}/qr.svg"), Some(&b))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn staff_act_only_on_their_own_store() {
    let t = TestApp::new().await;
    let shopper = t.shopper().await;
    let (_, r) = t
        .post(
            "/api/reservations",
            json!({"store_id": "hannam-experience", "lines": [{"sku": "WLCOAT-OAT-S", "qty": 1}]}),
            Some(&shopper),
        )
        .await;
    let id = r["id"].as_str().unwrap();
    let seongsu = t.staff("seongsu").await;
    for step in ["ready", "collect", "cancel"] {
        let (s, e) = t
            .post(
                &format!("/api/staff/reservations/{id}/{step}"),
                json!({}),
                Some(&seongsu),
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{step}: {e}");
    }
    let hannam = t.staff("hannam").await;
    assert_eq!(
        t.post(
            &format!("/api/staff/reservations/{id}/ready"),
            json!({}),
            Some(&hannam)
        )
        .await
        .0,
        StatusCode::OK
    );
    // Reserving at the counter always reserves at the staff member's store.
    let code = code_of(&t, &shopper).await;
    let (s, _, made) = t
        .send(
            Method::POST,
            &format!("/api/staff/customers/{code}/reservations"),
            json!({"lines": [{"sku": "WLCOAT-OAT-M", "qty": 1}]}),
            Some(&seongsu),
            Some("counter-1"),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{made}");
    assert_eq!(made["store_id"], "seongsu-flagship");
    let (_, queue) = t.get("/api/staff/queue", Some(&seongsu)).await;
    assert!(queue["reservations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == made["id"]));
    assert!(queue["reservations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["store_id"] == "seongsu-flagship"));
}

#[tokio::test]
async fn erasing_removes_everything_and_releases_stock() {
    let t = TestApp::new().await;
    let shopper = t.shopper().await;
    let before = t.available("WLCOAT-OAT-S", "hannam-experience").await;
    t.send(
        Method::PATCH,
        "/api/session",
        json!({"display_name": "Minji", "phone": "010-0000-0000"}),
        Some(&shopper),
        None,
    )
    .await;
    t.send(
        Method::PUT,
        "/api/session/wishlist/wool-blend-overcoat",
        json!({}),
        Some(&shopper),
        None,
    )
    .await;
    t.post(
        "/api/session/viewed/wool-blend-overcoat",
        json!({}),
        Some(&shopper),
    )
    .await;
    let (s, _, _) = t
        .send(
            Method::POST,
            "/api/reservations",
            json!({"store_id": "hannam-experience", "lines": [{"sku": "WLCOAT-OAT-S", "qty": 2}]}),
            Some(&shopper),
            Some("erase-me"),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let code = code_of(&t, &shopper).await;
    let staff = t.staff("hannam").await;
    assert_eq!(lookup(&t, &staff, &code).await.0, StatusCode::OK);
    assert_eq!(
        t.available("WLCOAT-OAT-S", "hannam-experience").await,
        before - 2
    );

    let (s, h, _) = t
        .send(
            Method::DELETE,
            "/api/session",
            json!({}),
            Some(&shopper),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        h[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Max-Age=0"),
        "cookie cleared"
    );
    for table in [
        "sessions",
        "wishlist",
        "recently_viewed",
        "reservations",
        "reservation_lines",
        "appointments",
        "lookups",
        "idempotency_keys",
    ] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&t.state.db)
            .await
            .unwrap();
        assert_eq!(n, 0, "{table} is empty after erasure");
    }
    assert_eq!(
        t.available("WLCOAT-OAT-S", "hannam-experience").await,
        before,
        "the hold was released"
    );
    assert_eq!(lookup(&t, &staff, &code).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        t.get("/api/reservations", Some(&shopper)).await.1,
        json!([])
    );
}
