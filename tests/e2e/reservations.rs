//! Reserve for pickup from the product page: confirmation with code and QR, another
//! shopper's open page sees the count drop live, cancel returns it.

use fantoccini::Locator;

use crate::support::*;

const PRODUCT: &str = "wool-blend-overcoat";
/// 7 at the Seongsu flagship.
const SKU: &str = "WLCOAT-OAT-M";
const STORE: &str = "seongsu-flagship";

#[tokio::test]
async fn reserve_see_it_drop_elsewhere_then_cancel() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    let driver = &driver;
    let page = server.url(&format!("/products/{PRODUCT}?sku={SKU}"));
    let watcher_page = page.clone();
    with_browser(driver, |watcher| async move {
        // A second shopper already looking at the product.
        watcher.goto(&watcher_page).await.unwrap();
        eventually(30, "watcher live", || async {
            (attr_of(&watcher, "live-status", "data-status").await? == "live").then_some(())
        })
        .await;
        assert_eq!(attr_of(&watcher, &format!("store-stock-{STORE}"), "data-available").await.unwrap(), "7");

        with_browser(driver, |c| async move {
            c.goto(&page).await.unwrap();
            // Choose the store explicitly, two units, a name for the counter.
            let select = eventually(30, "reserve form", || async {
                c.find(Locator::Css("[data-testid='reserve-store']")).await.ok()
            })
            .await;
            select.select_by_value(STORE).await.unwrap();
            c.find(Locator::Css("[data-testid='reserve-qty']")).await.unwrap().select_by_value("2").await.unwrap();
            c.find(Locator::Css("[data-testid='reserve-name']")).await.unwrap().send_keys("Jimin").await.unwrap();
            click(&c, "reserve-submit").await;

            let code = eventually(20, "confirmation", || async { text_of(&c, "pickup-code").await }).await;
            assert_eq!(code.len(), 7, "{code}");
            assert!(url(&c).await.contains("/reservations/"));
            assert_eq!(text_of(&c, "reservation-status").await.unwrap().to_lowercase(), "held");
            // The QR image loaded (a real SVG from the server).
            eventually(10, "QR image", || async {
                let v = c
                    .execute(
                        "const i = document.querySelector(\"[data-testid='pickup-qr']\"); return i && i.complete && i.naturalWidth > 0;",
                        vec![],
                    )
                    .await
                    .ok()?;
                (v == serde_json::json!(true)).then_some(())
            })
            .await;
            let ready = text_of(&c, "ready-by").await.unwrap();
            assert!(ready.contains("GMT+9") || ready.contains("KST"), "store zone named: {ready}");
            assert!(text_of(&c, "countdown").await.unwrap().contains("left"));
            assert!(text_of(&c, "reservation-store").await.unwrap().contains("Seongsu"));

            // The other shopper's page dropped by two, live.
            eventually(10, "drop seen live", || async {
                (attr_of(&watcher, &format!("store-stock-{STORE}"), "data-available").await? == "5").then_some(())
            })
            .await;

            let reservation_url = url(&c).await;
            // My reservations lists it.
            click(&c, "nav-pass").await;
            click(&c, "pass-reservations").await;
            eventually(20, "my reservations", || async { text_of(&c, "reservation-list").await }).await;
            let listed = c.find_all(Locator::Css("[data-testid='reservation-list'] li")).await.unwrap();
            assert_eq!(listed.len(), 1);
            c.goto(&reservation_url).await.unwrap();

            // Cancel, with confirmation.
            click(&c, "cancel-reservation").await;
            click(&c, "cancel-dialog-yes").await;
            eventually(20, "cancelled", || async {
                (text_of(&c, "reservation-status").await?.to_lowercase() == "cancelled").then_some(())
            })
            .await;
            eventually(10, "returned live", || async {
                (attr_of(&watcher, &format!("store-stock-{STORE}"), "data-available").await? == "7").then_some(())
            })
            .await;
        })
        .await;
    })
    .await;
}
