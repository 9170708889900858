//! Try-on appointments: book from a product page (the selected variant comes along), see the
//! code and QR, another shopper sees one place fewer, reschedule, cancel, and my list.
//! The server runs on the real clock, so the test takes the first day and time offered.

use fantoccini::{Client, Locator};
use serde_json::json;

use crate::support::*;

const PRODUCT: &str = "wool-blend-overcoat";
/// None at the Seongsu flagship, plenty elsewhere (seeded that way on purpose).
const SKU: &str = "WLCOAT-OAT-S";
const STORE: &str = "seongsu-flagship";

/// Clicks the first choosable time in the `prefix` chooser, moving to later days while a day
/// has none; returns (test id, UTC start, places left, local date).
async fn first_free_slot(c: &Client, prefix: &str) -> (String, String, u32, String) {
    let sel = format!("[data-testid='{prefix}-slots'] button.slot:not([disabled])");
    let none = format!("[data-testid='{prefix}-no-slots']");
    for _ in 0..14 {
        let found = eventually(20, "times or no times", || async {
            if let Ok(b) = c.find(Locator::Css(&sel)).await {
                return Some(Some(b));
            }
            c.find(Locator::Css(&none)).await.ok().map(|_| None)
        })
        .await;
        match found {
            Some(button) => {
                let testid = button.attr("data-testid").await.unwrap().unwrap();
                let start = button.attr("data-start").await.unwrap().unwrap();
                let remaining: u32 = button
                    .attr("data-remaining")
                    .await
                    .unwrap()
                    .unwrap()
                    .parse()
                    .unwrap();
                let date = c
                    .find(Locator::Css(&format!(
                        "[data-testid='{prefix}-dates'] button[aria-pressed='true']"
                    )))
                    .await
                    .unwrap()
                    .attr("data-testid")
                    .await
                    .unwrap()
                    .unwrap()
                    .trim_start_matches(&format!("{prefix}-date-"))
                    .to_string();
                button.click().await.unwrap();
                eventually(10, "slot pressed", || async {
                    (attr_of(c, &testid, "aria-pressed").await? == "true").then_some(())
                })
                .await;
                return (testid, start, remaining, date);
            }
            None => click(c, &format!("{prefix}-next-day")).await,
        }
    }
    panic!("no free time in two weeks");
}

/// Places left shown on the booking page of `date` for the slot whose test id (in any
/// chooser) is `testid`: choosers name slots by their local time, e.g. `book-slot-1430`.
async fn remaining_on(c: &Client, server: &Server, date: &str, testid: &str) -> String {
    let hhmm = testid.rsplit('-').next().unwrap();
    let testid = format!("book-slot-{hhmm}");
    c.goto(&server.url(&format!("/book?store={STORE}&date={date}")))
        .await
        .unwrap();
    eventually(30, "slot shown", || async {
        attr_of(c, &testid, "data-remaining").await
    })
    .await
}

#[tokio::test]
async fn book_a_try_on_then_reschedule_and_cancel() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    let driver = &driver;
    let server = &server;
    with_browser(driver, |c| async move {
        // From the product page, with the selected size.
        c.goto(&server.url(&format!("/products/{PRODUCT}?sku={SKU}")))
            .await
            .unwrap();
        let href = eventually(30, "book link", || async {
            attr_of(&c, "book-try-on", "href").await
        })
        .await;
        assert!(href.contains(&format!("sku={SKU}")), "{href}");
        click(&c, "book-try-on").await;
        eventually(20, "booking page", || async { text_of(&c, "book-page").await }).await;
        click(&c, &format!("book-store-{STORE}")).await;
        eventually(20, "store chosen", || async {
            (attr_of(&c, &format!("book-store-{STORE}"), "aria-current").await? == "true")
                .then_some(())
        })
        .await;

        // The item is out of stock here, and the page names the nearest store that has it.
        let stock = format!("item-stock-{SKU}");
        eventually(20, "item flagged", || async {
            (attr_of(&c, &stock, "data-out").await? == "true").then_some(())
        })
        .await;
        let nearest = eventually(20, "nearest store named", || async {
            text_of(&c, &format!("item-nearest-{SKU}"))
                .await
                .filter(|t| t.contains("in stock at"))
        })
        .await;
        assert!(nearest.contains("Tandem"), "{nearest}");

        // Times are in the store's zone, named.
        let (slot, start, remaining, date) = first_free_slot(&c, "book").await;
        assert_eq!(remaining, 6, "six fitting rooms at the flagship");
        let zone = text_of(&c, "slots-zone-note").await.unwrap();
        assert!(zone.contains("Seoul time (KST)"), "{zone}");
        assert!(url(&c).await.contains(&format!("date={date}")), "day in the address");
        assert!(text_of(&c, "book-summary").await.unwrap().contains("Seongsu"));
        let (slot, start, date) = (&slot, &start, &date);
        click(&c, "book-submit").await;

        // The confirmation: code, QR, status, calendar file.
        let code = eventually(20, "booking code", || async {
            text_of(&c, "booking-code").await.filter(|t| !t.is_empty())
        })
        .await;
        assert_eq!(code.len(), 7, "{code}");
        assert!(url(&c).await.contains("/appointments/"));
        assert_eq!(attr_of(&c, "appointment-status", "data-status").await.unwrap(), "booked");
        eventually(10, "QR image", || async {
            let v = c
                .execute(
                    "const i = document.querySelector(\"[data-testid='booking-qr']\"); return !!(i && i.complete && i.naturalWidth > 0);",
                    vec![],
                )
                .await
                .ok()?;
            (v == json!(true)).then_some(())
        })
        .await;
        assert!(text_of(&c, "appointment-when").await.unwrap().contains("KST"));
        let items = text_of(&c, "appointment-items").await.unwrap();
        assert!(items.contains("Wool-Blend Overcoat"), "{items}");
        let ics = c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const a = document.querySelector(\"[data-testid='add-to-calendar']\");
                 fetch(a.href).then(r => r.text()).then(done, e => done('failed: ' + e));",
                vec![],
            )
            .await
            .unwrap();
        let ics = ics.as_str().unwrap().to_string();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains(&code), "{ics}");

        // Another shopper, in another browser, sees one place fewer.
        with_browser(driver, |other| async move {
            let left = remaining_on(&other, server, date, slot).await;
            assert_eq!(left, (remaining - 1).to_string());
            assert_eq!(&attr_of(&other, slot, "data-start").await.unwrap(), start);
        })
        .await;

        // Reschedule to another free time; the old place is given back.
        click(&c, "reschedule-open").await;
        eventually(20, "reschedule panel", || async {
            text_of(&c, "reschedule-panel").await
        })
        .await;
        let (new_slot, new_start, _, new_date) = first_free_slot(&c, "reschedule").await;
        assert_ne!(&new_start, start);
        let (new_slot, new_date) = (&new_slot, &new_date);
        click(&c, "reschedule-confirm").await;
        eventually(20, "moved", || async {
            text_of(&c, "appointment-announcement")
                .await
                .filter(|t| t.contains("now"))
        })
        .await;
        assert_eq!(attr_of(&c, "appointment-status", "data-status").await.unwrap(), "booked");
        assert_eq!(text_of(&c, "booking-code").await.unwrap(), code, "same booking");
        with_browser(driver, |other| async move {
            assert_eq!(remaining_on(&other, server, date, slot).await, "6", "old place freed");
            assert_eq!(remaining_on(&other, server, new_date, new_slot).await, "5", "new place taken");
        })
        .await;

        // Cancel, with a confirmation step.
        click(&c, "cancel-appointment").await;
        click(&c, "cancel-try-on-dialog-yes").await;
        eventually(20, "cancelled", || async {
            (attr_of(&c, "appointment-status", "data-status").await? == "cancelled").then_some(())
        })
        .await;
        assert_eq!(text_of(&c, "appointment-status").await.unwrap().to_lowercase(), "cancelled");
        assert!(c.find(Locator::Css("[data-testid='cancel-appointment']")).await.is_err(), "nothing left to change");

        // My try-ons lists it, cancelled.
        click(&c, "my-appointments-link").await;
        let status = eventually(20, "my try-ons", || async {
            attr_of(&c, "appointment-card-status", "data-status").await
        })
        .await;
        assert_eq!(status, "cancelled");
        assert_eq!(text_of(&c, "appointment-card-status").await.unwrap().to_lowercase(), "cancelled");
        with_browser(driver, |other| async move {
            assert_eq!(remaining_on(&other, server, new_date, new_slot).await, "6", "cancel frees");
        })
        .await;
    })
    .await;
}
