//! Live stock on the product page: pushed changes, reconnection across a server restart,
//! and the shopper's location (picker and browser geolocation).

use fantoccini::Client;
use serde_json::json;

use crate::support::*;

const PRODUCT: &str = "wool-blend-overcoat";
/// 0 at the Seongsu flagship and at Gangnam, 12 at Hannam (seeded that way on purpose).
const SCARCE: &str = "WLCOAT-OAT-S";
/// 7 at the Seongsu flagship.
const PLENTY: &str = "WLCOAT-OAT-M";

async fn shown(c: &Client, store: &str) -> Option<String> {
    attr_of(c, &format!("store-stock-{store}"), "data-available").await
}

async fn adjust(http: &reqwest::Client, server: &Server, sku: &str, delta: i64) -> u64 {
    let res = http
        .post(server.url("/api/staff/stock/adjust"))
        .json(&json!({"sku": sku, "delta": delta, "reason": "e2e"}))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "adjust: {}", res.status());
    res.json::<serde_json::Value>().await.unwrap()["available"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn stock_changes_reach_the_open_page_and_survive_a_server_restart() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = Server::start(data.path(), port);
    let driver = Driver::start();
    with_browser(&driver, |c| async move {
        c.goto(&server.url(&format!("/products/{PRODUCT}?sku={PLENTY}")))
            .await
            .unwrap();
        eventually(30, "live", || async {
            (attr_of(&c, "live-status", "data-status").await? == "live").then_some(())
        })
        .await;
        assert_eq!(shown(&c, "seongsu-flagship").await.unwrap(), "7");
        // A marker that a reload would wipe.
        c.execute("window.__still_here = true;", vec![])
            .await
            .unwrap();

        let staff = http();
        staff_login(&staff, &server, "seongsu").await;
        let now = adjust(&staff, &server, PLENTY, -2).await;
        assert_eq!(now, 5);
        eventually(10, "pushed count", || async {
            (shown(&c, "seongsu-flagship").await? == "5").then_some(())
        })
        .await;
        let announced = text_of(&c, "stock-announcement").await.unwrap();
        assert!(announced.contains('5'), "announced politely: {announced}");
        let still = c
            .execute("return window.__still_here === true;", vec![])
            .await
            .unwrap();
        assert_eq!(still, json!(true), "no reload");

        // The server goes away; stock changes meanwhile through a second instance on the
        // same database; the server comes back on the same address.
        server.stop();
        eventually(15, "reconnecting shown", || async {
            (attr_of(&c, "live-status", "data-status").await? == "reconnecting").then_some(())
        })
        .await;
        let other = Server::start(data.path(), free_port());
        let staff2 = http();
        staff_login(&staff2, &other, "seongsu").await;
        assert_eq!(adjust(&staff2, &other, PLENTY, 4).await, 9);
        drop(other);
        let server = Server::start(data.path(), port);
        eventually(30, "replayed after restart", || async {
            (shown(&c, "seongsu-flagship").await? == "9").then_some(())
        })
        .await;
        eventually(15, "live again", || async {
            (attr_of(&c, "live-status", "data-status").await? == "live").then_some(())
        })
        .await;
        // And it keeps streaming on the new connection.
        let staff3 = http();
        staff_login(&staff3, &server, "seongsu").await;
        adjust(&staff3, &server, PLENTY, -1).await;
        eventually(10, "pushed after reconnect", || async {
            (shown(&c, "seongsu-flagship").await? == "8").then_some(())
        })
        .await;
        let still = c
            .execute("return window.__still_here === true;", vec![])
            .await
            .unwrap();
        assert_eq!(still, json!(true), "never reloaded");
    })
    .await;
}

#[tokio::test]
async fn location_from_the_picker_and_from_the_browser_orders_the_stores() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    with_browser(&driver, |c| async move {
        c.goto(&server.url(&format!("/products/{PRODUCT}?sku={SCARCE}"))).await.unwrap();
        eventually(30, "stock list", || async { shown(&c, "hannam-experience").await }).await;

        // Choose the Seongsu flagship in the picker: it lacks this size, and the page says so
        // and names the nearest store that has it.
        click(&c, "my-store").await;
        click(&c, "choose-store-seongsu-flagship").await;
        eventually(10, "header names the store", || async {
            text_of(&c, "my-store-name").await.filter(|t| t.contains("Seongsu")).map(|_| ())
        })
        .await;
        let headline = eventually(10, "headline", || async {
            text_of(&c, "stock-headline").await.filter(|t| t.contains("Not at"))
        })
        .await;
        assert!(headline.contains("Seongsu") && headline.contains("In stock at") && headline.contains("Hannam"), "{headline}");
        let first_row = c
            .find(fantoccini::Locator::Css("[data-testid='store-stock-list'] li"))
            .await
            .unwrap()
            .attr("data-testid")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(first_row, "store-stock-seongsu-flagship", "nearest first");

        // Remembered across visits.
        c.refresh().await.unwrap();
        eventually(20, "choice remembered", || async {
            text_of(&c, "my-store-name").await.filter(|t| t.contains("Seongsu")).map(|_| ())
        })
        .await;

        // "Use my location" with the browser's position near Paris.
        c.execute(
            "navigator.geolocation.getCurrentPosition = (ok) => ok({coords: {latitude: 48.86, longitude: 2.35, accuracy: 20}});",
            vec![],
        )
        .await
        .unwrap();
        click(&c, "my-store").await;
        click(&c, "use-my-location").await;
        eventually(10, "near me", || async {
            text_of(&c, "my-store-name").await.filter(|t| t.contains("Near me")).map(|_| ())
        })
        .await;
        eventually(20, "Paris first", || async {
            let el = c.find(fantoccini::Locator::Css("[data-testid='store-stock-list'] li")).await.ok()?;
            (el.attr("data-testid").await.ok()?? == "store-stock-paris-popup").then_some(())
        })
        .await;

        // A declined permission is explained, and the picker stays usable.
        c.execute(
            "navigator.geolocation.getCurrentPosition = (ok, err) => err({code: 1, message: 'denied'});",
            vec![],
        )
        .await
        .unwrap();
        click(&c, "my-store").await;
        click(&c, "use-my-location").await;
        let problem = eventually(10, "denial explained", || async {
            text_of(&c, "location-problem").await.filter(|t| !t.is_empty())
        })
        .await;
        assert!(problem.contains("declined"), "{problem}");
        click(&c, "area-busan").await;
        eventually(10, "area chosen", || async {
            text_of(&c, "my-store-name").await.filter(|t| t.contains("Busan")).map(|_| ())
        })
        .await;
    })
    .await;
}
