//! Route tests: try-on slots (hours, closures, notice, range, DST), booking that never
//! overbooks under concurrency, idempotent retries, reschedule and cancel, staff steps, and
//! privacy between shoppers.

mod common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use chrono::{DateTime, Duration, Utc};
use common::TestApp;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// Saturday 2026-12-05, the day after the default clock, in UTC (KST − 9 h).
const SAT_1030: &str = "2026-12-05T01:30:00Z";
const SAT_1100: &str = "2026-12-05T02:00:00Z";
const SAT_1130: &str = "2026-12-05T02:30:00Z";
const SAT_1200: &str = "2026-12-05T03:00:00Z";

async fn slots(t: &TestApp, store: &str, date: &str) -> (StatusCode, Value) {
    t.get(&format!("/api/stores/{store}/slots?date={date}"), None)
        .await
}

async fn book(
    t: &TestApp,
    cookie: Option<&str>,
    store: &str,
    start: &str,
    skus: &[&str],
    key: Option<&str>,
) -> (StatusCode, Value) {
    let (s, _, j) = t
        .send(
            Method::POST,
            "/api/appointments",
            json!({"store_id": store, "start": start, "skus": skus}),
            cookie,
            key,
        )
        .await;
    (s, j)
}

/// Places taken in a slot, straight from the database (0 before anyone booked it).
async fn booked(t: &TestApp, store: &str, start: &str) -> i64 {
    sqlx::query_scalar("SELECT booked FROM slot_bookings WHERE store_id = ? AND starts_at = ?")
        .bind(store)
        .bind(start)
        .fetch_optional(&t.state.db)
        .await
        .unwrap()
        .unwrap_or(0)
}

/// A GET whose body is not JSON: status, headers, text.
async fn get_raw(
    t: &TestApp,
    uri: &str,
    cookie: &str,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = t
        .router
        .clone()
        .oneshot(
            Request::get(uri)
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8(bytes.to_vec()).unwrap())
}

fn local_starts(day: &Value) -> Vec<String> {
    day["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["local_start"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Slots

#[tokio::test]
async fn slots_fill_opening_hours_from_the_minimum_notice_on() {
    let t = TestApp::new().await; // Friday 12:00 KST
    let (s, today) = slots(&t, "seongsu-flagship", "2026-12-04").await;
    assert_eq!(s, StatusCode::OK, "{today}");
    assert_eq!(today["time_zone"], "Asia/Seoul");
    assert_eq!(today["zone_abbreviation"], "KST");
    assert_eq!(today["closed"], false);
    let locals = local_starts(&today);
    // 12:00 now + 60 min notice: 12:30 is too soon, 13:00 is the first; 20:30 ends at closing.
    assert_eq!(locals.first().unwrap(), "13:00");
    assert_eq!(locals.last().unwrap(), "20:30");
    assert_eq!(locals.len(), 16);
    let first = &today["slots"][0];
    assert_eq!(first["start"], "2026-12-04T04:00:00Z");
    assert_eq!(first["end"], "2026-12-04T04:30:00Z");
    assert_eq!(first["capacity"], 6);
    assert_eq!(first["remaining"], 6);

    // A whole day tomorrow: 10:30 (01:30 UTC) … 20:30.
    let (_, sat) = slots(&t, "seongsu-flagship", "2026-12-05").await;
    let locals = local_starts(&sat);
    assert_eq!(locals.len(), 21);
    assert_eq!(sat["slots"][0]["start"], SAT_1030);
    // Department stores close at 20:30 on Fridays and 20:00 on Mondays.
    let (_, fri) = slots(&t, "gangnam-department", "2026-12-04").await;
    assert_eq!(local_starts(&fri).last().unwrap(), "20:00");
    assert_eq!(fri["slots"][0]["capacity"], 2);
    let (_, mon) = slots(&t, "gangnam-department", "2026-12-07").await;
    assert_eq!(local_starts(&mon).last().unwrap(), "19:30");

    // Ten minutes later the 13:00 slot is inside the notice period and disappears.
    t.state.clock.advance(Duration::minutes(10));
    let (_, later) = slots(&t, "seongsu-flagship", "2026-12-04").await;
    assert_eq!(local_starts(&later).first().unwrap(), "13:30");
    // After the last slot's notice, today offers nothing (but is not "closed").
    t.state.clock.set(utc("2026-12-04T11:00:00Z")); // 20:00 KST
    let (_, evening) = slots(&t, "seongsu-flagship", "2026-12-04").await;
    assert!(local_starts(&evening).is_empty());
    assert_eq!(evening["closed"], false);
}

#[tokio::test]
async fn closures_and_closed_weekdays_offer_no_slots() {
    let t = TestApp::at(utc("2026-12-28T03:00:00Z")).await; // Monday 12:00 KST
    let (s, ny) = slots(&t, "seongsu-flagship", "2027-01-01").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(ny["closed"], true, "New Year closure");
    assert!(local_starts(&ny).is_empty());
    let (_, jan2) = slots(&t, "seongsu-flagship", "2027-01-02").await;
    assert_eq!(jan2["closed"], false);
    assert_eq!(local_starts(&jan2).len(), 21);
    // The Paris pop-up opens Tuesday to Saturday only, and closes on New Year's Day.
    let (_, sun) = slots(&t, "paris-popup", "2027-01-03").await;
    assert_eq!(sun["closed"], true);
    let (_, fri) = slots(&t, "paris-popup", "2027-01-01").await;
    assert_eq!(fri["closed"], true);
    let (_, tue) = slots(&t, "paris-popup", "2027-01-05").await;
    assert_eq!(local_starts(&tue).first().unwrap(), "11:00");
    assert_eq!(local_starts(&tue).last().unwrap(), "18:30");
    assert_eq!(tue["zone_abbreviation"], "CET");
    // Booking a closed day is refused naming the field.
    let shopper = t.shopper().await;
    let (s, e) = book(
        &t,
        Some(&shopper),
        "seongsu-flagship",
        "2027-01-01T02:00:00Z",
        &[],
        None,
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(
        e["fields"]["start"].as_str().unwrap().contains("closed"),
        "{e}"
    );
}

#[tokio::test]
async fn slot_dates_are_checked_and_stores_must_take_try_ons() {
    let t = TestApp::new().await;
    for bad in [
        "date=2026-12-03", // yesterday in Seoul
        "date=2026-12-18", // today + 14
        "date=2026-13-01",
        "date=tomorrow",
        "date=2026-12-5",
        "date=",
        "",
    ] {
        let (s, e) = t
            .get(&format!("/api/stores/seongsu-flagship/slots?{bad}"), None)
            .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(e["code"], "invalid_input");
        assert!(e["fields"]["date"].is_string(), "{bad} → {e}");
    }
    let (s, _) = slots(&t, "seongsu-flagship", "2026-12-17").await;
    assert_eq!(s, StatusCode::OK, "today + 13 is the last bookable date");
    let (s, e) = slots(&t, "no-such-store", "2026-12-05").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(e["code"], "not_found");
    let (s, e) = slots(&t, "yeonnam-popup", "2026-12-05").await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "store_unavailable");
    // Paris is still on the 3rd at 04:00 KST: its "today" is its own.
    let t = TestApp::at(utc("2026-12-03T19:00:00Z")).await;
    let (s, _) = slots(&t, "paris-popup", "2026-12-03").await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = slots(&t, "seongsu-flagship", "2026-12-03").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

/// The UTC start of the Paris pop-up's first slot on a date.
async fn paris_first(t: &TestApp, date: &str) -> (String, String) {
    let (s, day) = slots(t, "paris-popup", date).await;
    assert_eq!(s, StatusCode::OK, "{date}: {day}");
    (
        day["slots"][0]["start"].as_str().unwrap().to_string(),
        day["zone_abbreviation"].as_str().unwrap().to_string(),
    )
}

#[tokio::test]
async fn paris_slots_move_in_utc_across_spring_forward_and_fall_back() {
    // Spring forward on Sunday 2027-03-28 (the shop is closed Sunday and Monday).
    let t = TestApp::at(utc("2027-03-26T08:00:00Z")).await;
    assert_eq!(
        paris_first(&t, "2027-03-27").await,
        ("2027-03-27T10:00:00Z".into(), "CET".into())
    );
    assert_eq!(
        paris_first(&t, "2027-03-30").await,
        ("2027-03-30T09:00:00Z".into(), "CEST".into())
    );
    let (_, sat) = slots(&t, "paris-popup", "2027-03-27").await;
    let (_, tue) = slots(&t, "paris-popup", "2027-03-30").await;
    assert_eq!(
        local_starts(&sat),
        local_starts(&tue),
        "same wall-clock slots"
    );
    assert_eq!(local_starts(&tue).len(), 16);
    // Booking takes the instant: 11:00 CEST is 09:00 UTC; 10:00 UTC is 12:00, also a slot;
    // a quarter past is not.
    let shopper = t.shopper().await;
    let (s, a) = book(
        &t,
        Some(&shopper),
        "paris-popup",
        "2027-03-30T09:00:00Z",
        &[],
        None,
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{a}");
    assert_eq!(a["zone_abbreviation"], "CEST");
    let (s, a) = book(
        &t,
        Some(&shopper),
        "paris-popup",
        "2027-03-30T11:00:00+02:00",
        &[],
        None,
    )
    .await;
    assert_eq!(
        s,
        StatusCode::BAD_REQUEST,
        "the same instant twice for one shopper: {a}"
    );
    let (s, e) = book(
        &t,
        Some(&shopper),
        "paris-popup",
        "2027-03-30T09:15:00Z",
        &[],
        None,
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["fields"]["start"].is_string());

    // Fall back on Sunday 2027-10-31.
    let t = TestApp::at(utc("2027-10-29T08:00:00Z")).await;
    assert_eq!(
        paris_first(&t, "2027-10-30").await,
        ("2027-10-30T09:00:00Z".into(), "CEST".into())
    );
    assert_eq!(
        paris_first(&t, "2027-11-02").await,
        ("2027-11-02T10:00:00Z".into(), "CET".into())
    );
}

// ---------------------------------------------------------------------------------------------
// Booking

#[tokio::test]
async fn booking_returns_the_appointment_with_items_and_a_code() {
    let t = TestApp::new().await;
    let shopper = t.shopper().await;
    let (_, skus) = t.first_product().await;
    let (s, a) = book(
        &t,
        Some(&shopper),
        "seongsu-flagship",
        SAT_1100,
        &[&skus[0], &skus[1]],
        None,
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{a}");
    assert_eq!(a["status"], "booked");
    assert_eq!(a["store_id"], "seongsu-flagship");
    assert_eq!(a["start"], SAT_1100);
    assert_eq!(a["end"], SAT_1130);
    assert_eq!(a["zone_abbreviation"], "KST");
    let code = a["booking_code"].as_str().unwrap();
    assert_eq!(code.len(), 7, "XXXX-XX: {code}");
    assert!(code
        .chars()
        .all(|c| c == '-' || tandem_server::auth::CODE_ALPHABET.contains(&(c as u8))));
    let items = a["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["sku"], skus[0].as_str(), "in the order given");
    assert_eq!(items[0]["product"], "wool-blend-overcoat");
    assert_eq!(
        items[1]["available"].as_i64().unwrap(),
        t.available(&skus[1], "seongsu-flagship").await
    );
    assert_eq!(booked(&t, "seongsu-flagship", SAT_1100).await, 1);
    let (_, day) = slots(&t, "seongsu-flagship", "2026-12-05").await;
    let slot = day["slots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["start"] == SAT_1100)
        .unwrap();
    assert_eq!(slot["remaining"], 5);

    // It is mine to read, with its QR code and calendar file.
    let id = a["id"].as_str().unwrap();
    let (s, again) = t
        .get(&format!("/api/appointments/{id}"), Some(&shopper))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(again, a);
    let (s, list) = t.get("/api/appointments", Some(&shopper)).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let (s, h, svg) = get_raw(&t, &format!("/api/appointments/{id}/qr.svg"), &shopper).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_TYPE], "image/svg+xml");
    assert!(svg.contains("<svg"));
    let (s, h, ics) = get_raw(
        &t,
        &format!("/api/appointments/{id}/calendar.ics"),
        &shopper,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(h[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    assert!(h[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains(".ics"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "CRLF only");
    let unfolded = ics.replace("\r\n ", "");
    for needle in [
        "BEGIN:VCALENDAR\r\n",
        "\r\nVERSION:2.0\r\n",
        "\r\nPRODID:",
        "\r\nBEGIN:VEVENT\r\n",
        &format!("\r\nUID:{id}@"),
        "\r\nDTSTAMP:20261204T030000Z\r\n",
        "\r\nDTSTART:20261205T020000Z\r\n",
        "\r\nDTEND:20261205T023000Z\r\n",
        "\r\nSUMMARY:Try-on at Tandem Seongsu Flagship\r\n",
        "\r\nLOCATION:Tandem Seongsu Flagship\\, 45 Yeonmujang-gil\\, Seongdong-gu\\, Seoul\r\n",
        code,
        "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ] {
        assert!(unfolded.contains(needle), "{needle} in\n{ics}");
    }
    let (_, _, ko) = get_raw(
        &t,
        &format!("/api/appointments/{id}/calendar.ics?lang=ko"),
        &shopper,
    )
    .await;
    assert!(ko.replace("\r\n ", "").contains("탠덤 성수 플래그십"));
}

#[tokio::test]
async fn booking_input_is_checked_field_by_field() {
    let t = TestApp::new().await; // Friday 12:00 KST = 03:00 UTC
    let shopper = t.shopper().await;
    let (_, skus) = t.first_product().await;
    let sku = skus[0].as_str();
    let (s, e) = book(&t, Some(&shopper), "no-such-store", SAT_1100, &[], None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{e}");
    let (s, e) = book(&t, Some(&shopper), "yeonnam-popup", SAT_1100, &[], None).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "store_unavailable");
    for (start, words) in [
        ("tomorrow at eleven", "RFC 3339"),
        ("2026-12-04T02:00:00Z", "passed"), // 11:00 KST today, an hour ago
        ("2026-12-04T03:30:00Z", "notice"), // 12:30 KST: 30 minutes away
        ("2026-12-05T02:15:00Z", "not a try-on slot"), // 11:15 KST
        ("2026-12-05T13:00:00Z", "not a try-on slot"), // 22:00 KST, after closing
        ("2026-12-05T00:30:00Z", "not a try-on slot"), // 09:30 KST, before opening
        ("2026-12-18T02:00:00Z", "days ahead"),
    ] {
        let (s, e) = book(&t, Some(&shopper), "seongsu-flagship", start, &[], None).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{start}: {e}");
        let msg = e["fields"]["start"]
            .as_str()
            .unwrap_or_else(|| panic!("{start}: {e}"));
        assert!(msg.contains(words), "{start}: {msg}");
    }
    let seven: Vec<&str> = skus.iter().take(7).map(String::as_str).collect();
    assert_eq!(seven.len(), 7);
    for (items, words) in [
        (vec!["NOPE-1"], "no item"),
        (vec![sku, sku], "more than once"),
        (seven, "at most 6"),
    ] {
        let (s, e) = book(
            &t,
            Some(&shopper),
            "seongsu-flagship",
            SAT_1100,
            &items,
            None,
        )
        .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{items:?}: {e}");
        let msg = e["fields"]["skus"]
            .as_str()
            .unwrap_or_else(|| panic!("{e}"));
        assert!(msg.contains(words), "{msg}");
    }
    assert_eq!(
        booked(&t, "seongsu-flagship", SAT_1100).await,
        0,
        "nothing taken"
    );
    // Without a session cookie a booking creates the anonymous session.
    let (s, h, a) = t
        .send(
            Method::POST,
            "/api/appointments",
            json!({"store_id": "seongsu-flagship", "start": SAT_1100}),
            None,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{a}");
    assert!(h[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .starts_with("tandem_session="));
    assert_eq!(a["items"], json!([]));
}

/// N shoppers race for one slot of capacity `capacity`.
async fn race(t: &TestApp, store: &str, capacity: i64, n: usize) {
    let mut cookies = Vec::with_capacity(n);
    for _ in 0..n {
        cookies.push(t.shopper().await);
    }
    let mut tasks = Vec::with_capacity(n);
    for (i, cookie) in cookies.into_iter().enumerate() {
        let router = t.router.clone();
        let store = store.to_string();
        tasks.push(tokio::spawn(async move {
            let req = Request::builder()
                .method(Method::POST)
                .uri("/api/appointments")
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::COOKIE, cookie)
                .header("idempotency-key", format!("race-{i}"))
                .body(Body::from(
                    json!({"store_id": store, "start": SAT_1200, "skus": []}).to_string(),
                ))
                .unwrap();
            let res = router.oneshot(req).await.unwrap();
            let status = res.status();
            let bytes = res.into_body().collect().await.unwrap().to_bytes();
            (status, serde_json::from_slice::<Value>(&bytes).unwrap())
        }));
    }
    let mut won = 0;
    let mut full = 0;
    for task in tasks {
        let (status, body) = task.await.unwrap();
        match status {
            StatusCode::CREATED => won += 1,
            StatusCode::CONFLICT => {
                assert_eq!(body["code"], "slot_full", "{body}");
                let next = body["detail"]["next_free"].as_array().unwrap();
                assert!(!next.is_empty() && next.len() <= 3, "{body}");
                assert!(next.iter().all(|s| s["remaining"].as_u64().unwrap() > 0
                    && s["start"].as_str().unwrap() > SAT_1200
                    && s["local_start"].is_string()
                    && s["end"].is_string()));
                full += 1;
            }
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(won, capacity, "{store}: exactly the capacity succeeds");
    assert_eq!(full, n as i64 - capacity);
    assert_eq!(booked(t, store, SAT_1200).await, capacity);
    let rows: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM appointments WHERE store_id = ? AND starts_at = ? AND status = 'booked'",
    )
    .bind(store)
    .bind(SAT_1200)
    .fetch_one(&t.state.db)
    .await
    .unwrap();
    assert_eq!(rows, capacity);
    let (_, day) = slots(t, store, "2026-12-05").await;
    let slot = day["slots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["start"] == SAT_1200)
        .unwrap();
    assert_eq!(slot["remaining"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_bookings_never_exceed_a_slots_capacity() {
    let t = TestApp::new().await;
    race(&t, "gangnam-department", 2, 24).await;
    race(&t, "daegu-department", 1, 20).await;
}

#[tokio::test]
async fn a_retried_booking_replays_and_a_reused_key_is_refused() {
    let t = TestApp::new().await;
    let shopper = t.shopper().await;
    let (s1, a1) = book(
        &t,
        Some(&shopper),
        "gangnam-department",
        SAT_1100,
        &[],
        Some("key-1"),
    )
    .await;
    assert_eq!(s1, StatusCode::CREATED);
    let (s2, a2) = book(
        &t,
        Some(&shopper),
        "gangnam-department",
        SAT_1100,
        &[],
        Some("key-1"),
    )
    .await;
    assert_eq!(s2, StatusCode::CREATED, "the original response");
    assert_eq!(a1, a2);
    assert_eq!(
        booked(&t, "gangnam-department", SAT_1100).await,
        1,
        "one place, not two"
    );
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appointments")
        .fetch_one(&t.state.db)
        .await
        .unwrap();
    assert_eq!(n, 1);
    // The same key for another request.
    let (s, e) = book(
        &t,
        Some(&shopper),
        "gangnam-department",
        SAT_1130,
        &[],
        Some("key-1"),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(e["code"], "idempotency_key_reused");
    assert_eq!(booked(&t, "gangnam-department", SAT_1130).await, 0);
    // Keys belong to a session: another shopper's identical key acts afresh.
    let other = t.shopper().await;
    let (s, a3) = book(
        &t,
        Some(&other),
        "gangnam-department",
        SAT_1100,
        &[],
        Some("key-1"),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED);
    assert_ne!(a3["id"], a1["id"]);
    // The replay still answers after the slot is full and the clock has moved on.
    t.state.clock.advance(Duration::hours(20));
    let (s, a4) = book(
        &t,
        Some(&shopper),
        "gangnam-department",
        SAT_1100,
        &[],
        Some("key-1"),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED);
    assert_eq!(a4, a1);
    let (s, e) = book(
        &t,
        Some(&shopper),
        "gangnam-department",
        SAT_1100,
        &[],
        Some(" "),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["fields"]["idempotency_key"].is_string());
}

#[tokio::test]
async fn rescheduling_moves_the_place_atomically() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let other = t.shopper().await;
    const STORE: &str = "daegu-department"; // one fitting room
    let (_, a) = book(&t, Some(&me), STORE, SAT_1100, &[], None).await;
    let id = a["id"].as_str().unwrap().to_string();
    let uri = format!("/api/appointments/{id}/reschedule");

    let (s, moved) = t.post(&uri, json!({"start": SAT_1130}), Some(&me)).await;
    assert_eq!(s, StatusCode::OK, "{moved}");
    assert_eq!(moved["start"], SAT_1130);
    assert_eq!(moved["end"], "2026-12-05T03:00:00Z");
    assert_eq!(moved["booking_code"], a["booking_code"], "same booking");
    assert_eq!(booked(&t, STORE, SAT_1100).await, 0, "old place freed");
    assert_eq!(booked(&t, STORE, SAT_1130).await, 1, "new place taken");
    // The freed place is bookable again.
    let (s, _) = book(&t, Some(&other), STORE, SAT_1100, &[], None).await;
    assert_eq!(s, StatusCode::CREATED);

    // To a full slot: 409 with alternatives, and nothing changes.
    let (s, e) = t.post(&uri, json!({"start": SAT_1100}), Some(&me)).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "slot_full");
    let next = e["detail"]["next_free"].as_array().unwrap();
    assert_eq!(next.len(), 3);
    assert_eq!(
        next[0]["start"], SAT_1200,
        "11:30 is mine, so 12:00 is the next free one"
    );
    assert_eq!(next[0]["local_start"], "12:00");
    let (_, still) = t.get(&format!("/api/appointments/{id}"), Some(&me)).await;
    assert_eq!(still["start"], SAT_1130);
    assert_eq!(booked(&t, STORE, SAT_1100).await, 1);
    assert_eq!(booked(&t, STORE, SAT_1130).await, 1);

    // A retry of a move already made changes nothing; bad starts name the field.
    let (s, same) = t.post(&uri, json!({"start": SAT_1130}), Some(&me)).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(same["start"], SAT_1130);
    assert_eq!(booked(&t, STORE, SAT_1130).await, 1);
    let (s, e) = t
        .post(&uri, json!({"start": "2026-12-05T02:10:00Z"}), Some(&me))
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["fields"]["start"].is_string());
    let (s, e) = t.post(&uri, json!({"when": SAT_1200}), Some(&me)).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{e}");

    // Once cancelled it cannot move.
    let (s, _) = t
        .post(
            &format!("/api/appointments/{id}/cancel"),
            json!({}),
            Some(&me),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, e) = t.post(&uri, json!({"start": SAT_1200}), Some(&me)).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "invalid_transition");
    assert_eq!(booked(&t, STORE, SAT_1200).await, 0);
}

#[tokio::test]
async fn cancelling_frees_the_place_once() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let other = t.shopper().await;
    let (_, a) = book(&t, Some(&me), "daegu-department", SAT_1100, &[], None).await;
    let id = a["id"].as_str().unwrap();
    let (s, e) = book(&t, Some(&other), "daegu-department", SAT_1100, &[], None).await;
    assert_eq!(s, StatusCode::CONFLICT, "{e}");
    assert_eq!(e["code"], "slot_full");

    let cancel = format!("/api/appointments/{id}/cancel");
    let (s, c) = t.post(&cancel, json!({}), Some(&me)).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(c["status"], "cancelled");
    assert_eq!(booked(&t, "daegu-department", SAT_1100).await, 0);
    let (s, e) = t.post(&cancel, json!({}), Some(&me)).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "invalid_transition");
    assert_eq!(
        booked(&t, "daegu-department", SAT_1100).await,
        0,
        "released once"
    );
    let (s, _) = book(&t, Some(&other), "daegu-department", SAT_1100, &[], None).await;
    assert_eq!(s, StatusCode::CREATED, "the place is free again");

    // Cancelling needs JSON (CSRF) and a started try-on cannot be cancelled.
    let (_, b) = book(&t, Some(&me), "daegu-department", SAT_1200, &[], None).await;
    let req = Request::post(format!(
        "/api/appointments/{}/cancel",
        b["id"].as_str().unwrap()
    ))
    .header(header::COOKIE, &me)
    .body(Body::empty())
    .unwrap();
    let (s, _, _) = t.call(req).await;
    assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    t.state.clock.set(utc("2026-12-05T03:05:00Z"));
    let (s, e) = t
        .post(
            &format!("/api/appointments/{}/cancel", b["id"].as_str().unwrap()),
            json!({}),
            Some(&me),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(e["message"].as_str().unwrap().contains("started"));
}

#[tokio::test]
async fn staff_check_in_and_no_show_at_their_own_store_only() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let (_, a) = book(&t, Some(&me), "daegu-department", SAT_1100, &[], None).await;
    let (_, b) = book(&t, Some(&me), "daegu-department", SAT_1200, &[], None).await;
    let check_in = format!(
        "/api/staff/appointments/{}/check-in",
        a["id"].as_str().unwrap()
    );
    let no_show_b = format!(
        "/api/staff/appointments/{}/no-show",
        b["id"].as_str().unwrap()
    );

    let (s, e) = t.post(&check_in, json!({}), None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(e["code"], "unauthorized");
    let (s, _) = t.post(&check_in, json!({}), Some(&me)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "a shopper is not staff");
    let gangnam = t.staff("gangnam").await;
    let (s, e) = t.post(&check_in, json!({}), Some(&gangnam)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert_eq!(e["code"], "forbidden");
    let daegu = t.staff("daegu").await;
    let (s, e) = t
        .post(
            "/api/staff/appointments/nope/check-in",
            json!({}),
            Some(&daegu),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{e}");

    let (s, c) = t.post(&check_in, json!({}), Some(&daegu)).await;
    assert_eq!(s, StatusCode::OK, "{c}");
    assert_eq!(c["status"], "checked_in");
    let (s, e) = t.post(&check_in, json!({}), Some(&daegu)).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "invalid_transition");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("already checked in"),
        "{e}"
    );
    let no_show_a = check_in.replace("check-in", "no-show");
    let (s, e) = t.post(&no_show_a, json!({}), Some(&daegu)).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(e["code"], "invalid_transition");
    let (s, e) = t
        .post(
            &format!("/api/appointments/{}/cancel", a["id"].as_str().unwrap()),
            json!({}),
            Some(&me),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{e}");

    // No-show only once the slot has begun.
    let (s, e) = t.post(&no_show_b, json!({}), Some(&daegu)).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(
        e["message"].as_str().unwrap().contains("not started"),
        "{e}"
    );
    t.state.clock.set(utc("2026-12-05T03:20:00Z"));
    let daegu = t.staff("daegu").await; // a new shift: the last sign-in has expired
    let (s, n) = t.post(&no_show_b, json!({}), Some(&daegu)).await;
    assert_eq!(s, StatusCode::OK, "{n}");
    assert_eq!(n["status"], "no_show");
    let (s, _) = t
        .post(
            &no_show_b.replace("no-show", "check-in"),
            json!({}),
            Some(&daegu),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);

    // My list shows both, the most recent first now that neither is upcoming.
    let (_, list) = t.get("/api/appointments", Some(&me)).await;
    let statuses: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["no_show", "checked_in"]);
}

#[tokio::test]
async fn my_appointments_are_mine_alone_and_upcoming_come_first() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    let other = t.shopper().await;
    let (_, late) = book(
        &t,
        Some(&me),
        "seongsu-flagship",
        "2026-12-06T05:00:00Z",
        &[],
        None,
    )
    .await;
    let (_, soon) = book(&t, Some(&me), "seongsu-flagship", SAT_1100, &[], None).await;
    let (_, gone) = book(
        &t,
        Some(&me),
        "seongsu-flagship",
        "2026-12-07T05:00:00Z",
        &[],
        None,
    )
    .await;
    t.post(
        &format!("/api/appointments/{}/cancel", gone["id"].as_str().unwrap()),
        json!({}),
        Some(&me),
    )
    .await;
    let (s, list) = t.get("/api/appointments", Some(&me)).await;
    assert_eq!(s, StatusCode::OK);
    let ids: Vec<&Value> = list.as_array().unwrap().iter().map(|a| &a["id"]).collect();
    assert_eq!(ids, [&soon["id"], &late["id"], &gone["id"]]);

    let id = soon["id"].as_str().unwrap();
    let (s, e) = t
        .get(&format!("/api/appointments/{id}"), Some(&other))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(e["code"], "not_found");
    for path in ["cancel", "reschedule"] {
        let (s, _) = t
            .post(
                &format!("/api/appointments/{id}/{path}"),
                json!({"start": SAT_1200}),
                Some(&other),
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
    }
    for path in ["qr.svg", "calendar.ics"] {
        let (s, _, _) = get_raw(&t, &format!("/api/appointments/{id}/{path}"), &other).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
    }
    let (_, theirs) = t.get("/api/appointments", Some(&other)).await;
    assert_eq!(theirs, json!([]));
    let (s, _) = t.get("/api/appointments", None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _) = t.get(&format!("/api/appointments/{id}"), None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (_, mine) = t.get(&format!("/api/appointments/{id}"), Some(&me)).await;
    assert_eq!(mine["status"], "booked");
}

#[tokio::test]
async fn try_on_items_preview_shows_stock_at_the_chosen_store() {
    let t = TestApp::new().await;
    let (_, skus) = t.first_product().await;
    let (s, items) = t
        .get(
            &format!(
                "/api/try-on-items?store=hannam-experience&skus={},NOPE-1,{}",
                skus[1], skus[0]
            ),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 2, "unknown left out");
    assert_eq!(items[0]["sku"], skus[1].as_str());
    assert_eq!(
        items[0]["available"].as_i64().unwrap(),
        t.available(&skus[1], "hannam-experience").await
    );
    assert!(items[0]["name"]["ko"].is_string());
    let (s, _) = t.get("/api/try-on-items?store=nope&skus=X", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, none) = t.get("/api/try-on-items", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(none, json!([]));
}

#[tokio::test]
async fn one_shopper_cannot_book_out_the_fitting_rooms() {
    let t = TestApp::new().await;
    let me = t.shopper().await;
    for start in [SAT_1030, SAT_1100, SAT_1130] {
        let (s, a) = book(&t, Some(&me), "hannam-experience", start, &[], None).await;
        assert_eq!(s, StatusCode::CREATED, "{a}");
    }
    let (s, e) = book(&t, Some(&me), "hannam-experience", SAT_1200, &[], None).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
    assert_eq!(e["code"], "limit_exceeded");
    assert_eq!(
        booked(&t, "hannam-experience", SAT_1200).await,
        0,
        "no place taken"
    );
    // Another shopper is not affected.
    let other = t.shopper().await;
    let (s, _) = book(&t, Some(&other), "hannam-experience", SAT_1200, &[], None).await;
    assert_eq!(s, StatusCode::CREATED);
}
