//! The staff counter on a tablet: a shopper reserves, books a try-on and opens their pass;
//! staff sign in at /staff, type the pass code, hand the reservation over, check the try-on
//! in and reserve a saved item for the shopper; the shopper sees it all, including the
//! look-up on their pass. Also: sign-in and look-up errors in words, the rate limit, and
//! sign-out.

use fantoccini::{Client, Locator};
use serde_json::json;

use crate::support::*;

const PRODUCT: &str = "wool-blend-overcoat";
/// 7 at the Seongsu flagship.
const SKU: &str = "WLCOAT-OAT-M";
const STORE: &str = "seongsu-flagship";

/// Types into the element with this test id (after clearing it).
async fn type_into(c: &Client, testid: &str, text: &str) {
    let sel = format!("[data-testid='{testid}']");
    let el = eventually(20, &format!("{testid} to appear"), || async {
        c.find(Locator::Css(&sel)).await.ok()
    })
    .await;
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// Waits until the element with this test id has `attr` = `value`.
async fn wait_attr(c: &Client, testid: &str, attr: &str, value: &str) {
    eventually(20, &format!("{testid} {attr}={value}"), || async {
        (attr_of(c, testid, attr).await? == value).then_some(())
    })
    .await;
}

/// Clicks the element with this test id, finding it again if the page re-rendered it
/// between finding and clicking.
async fn click_fresh(c: &Client, testid: &str) {
    let sel = format!("[data-testid='{testid}']");
    eventually(20, &format!("click {testid}"), || async {
        c.find(Locator::Css(&sel)).await.ok()?.click().await.ok()
    })
    .await;
}

/// The last path segment of the current URL (the id on a confirmation page).
async fn id_in_url(c: &Client) -> String {
    url(c)
        .await
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string()
}

/// Clicks the first free try-on time on the booking page, moving to later days while a day
/// has none.
async fn pick_first_free_slot(c: &Client) {
    let sel = "[data-testid='book-slots'] button.slot:not([disabled])";
    let none = "[data-testid='book-no-slots']";
    for _ in 0..14 {
        let found = eventually(30, "times or no times", || async {
            if let Ok(b) = c.find(Locator::Css(sel)).await {
                return Some(Some(b));
            }
            c.find(Locator::Css(none)).await.ok().map(|_| None)
        })
        .await;
        match found {
            Some(button) => {
                let testid = button.attr("data-testid").await.unwrap().unwrap();
                button.click().await.unwrap();
                wait_attr(c, &testid, "aria-pressed", "true").await;
                return;
            }
            None => click_fresh(c, "book-next-day").await,
        }
    }
    panic!("no free try-on time in two weeks");
}

#[tokio::test]
async fn counter_hands_over_checks_in_and_reserves_for_the_shopper() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    let driver = &driver;
    let server = &server;

    with_browser(driver, |shopper| async move {
        // The shopper wishes for the coat and reserves one at the flagship.
        shopper
            .goto(&server.url(&format!("/products/{PRODUCT}?sku={SKU}")))
            .await
            .unwrap();
        let select = eventually(30, "reserve form", || async {
            shopper
                .find(Locator::Css("[data-testid='reserve-store']"))
                .await
                .ok()
        })
        .await;
        select.select_by_value(STORE).await.unwrap();
        let wish = format!("wish-{PRODUCT}");
        if shopper
            .find(Locator::Css(&format!("[data-testid='{wish}']")))
            .await
            .is_ok()
        {
            click(&shopper, &wish).await;
            wait_attr(&shopper, &wish, "aria-pressed", "true").await;
        }
        click(&shopper, "reserve-submit").await;
        let pickup = eventually(20, "reservation confirmed", || async {
            text_of(&shopper, "pickup-code").await
        })
        .await;
        let reservation = id_in_url(&shopper).await;

        // …and books a try-on there.
        shopper
            .goto(&server.url(&format!("/book?store={STORE}&sku={SKU}")))
            .await
            .unwrap();
        pick_first_free_slot(&shopper).await;
        click(&shopper, "book-submit").await;
        let booking = eventually(20, "booking confirmed", || async {
            text_of(&shopper, "booking-code")
                .await
                .filter(|t| !t.is_empty())
        })
        .await;
        let appointment = id_in_url(&shopper).await;

        // The pass shows the counter code (or, without a pass page, the session has it).
        shopper.goto(&server.url("/pass")).await.unwrap();
        let code = match eventually(20, "counter code", || async {
            text_of(&shopper, "counter-code-display").await
        })
        .await
        {
            c if !c.is_empty() => c,
            _ => shopper
                .execute_async(
                    "const done = arguments[arguments.length - 1];
                     fetch('/api/session').then(r => r.json()).then(s => done(s.counter_code));",
                    vec![],
                )
                .await
                .unwrap()
                .as_str()
                .unwrap()
                .to_string(),
        };
        assert_eq!(code.len(), 9, "{code}");

        let (reservation, appointment) = (&reservation, &appointment);
        let (pickup, booking, code) = (&pickup, &booking, &code);
        with_browser(driver, |staff| async move {
            staff.goto(&server.url("/staff")).await.unwrap();

            // Sign-in problems are in words, tied to their fields.
            click(&staff, "staff-sign-in").await;
            let missing = eventually(10, "username missing", || async {
                text_of(&staff, "staff-username-error")
                    .await
                    .filter(|t| !t.is_empty())
            })
            .await;
            assert!(missing.contains("Enter your username"), "{missing}");
            assert_eq!(
                attr_of(&staff, "staff-username", "aria-invalid")
                    .await
                    .unwrap(),
                "true"
            );
            let described = attr_of(&staff, "staff-username", "aria-describedby")
                .await
                .unwrap();
            assert!(described.contains("staff-username-error"), "{described}");
            type_into(&staff, "staff-username", "seongsu").await;
            type_into(&staff, "staff-password", "not-the-password").await;
            click(&staff, "staff-sign-in").await;
            let wrong = eventually(20, "wrong password", || async {
                text_of(&staff, "staff-sign-in-error")
                    .await
                    .filter(|t| !t.is_empty())
            })
            .await;
            assert!(wrong.contains("don’t match"), "{wrong}");
            type_into(&staff, "staff-password", "tandem-demo").await;
            click(&staff, "staff-sign-in").await;

            // Signed in: who, where, until when.
            let who = eventually(20, "signed in", || async {
                text_of(&staff, "staff-name").await
            })
            .await;
            assert!(who.contains("김서연"), "{who}");
            let store = eventually(10, "store name", || async {
                text_of(&staff, "staff-store")
                    .await
                    .filter(|t| t.contains("Seongsu"))
            })
            .await;
            assert!(!store.is_empty());
            let ends = text_of(&staff, "staff-expiry").await.unwrap();
            assert!(
                ends.contains("Session ends") && (ends.contains("GMT+9") || ends.contains("KST")),
                "{ends}"
            );

            // The scan button is there exactly where the browser can read QR codes.
            let detector = staff
                .execute("return 'BarcodeDetector' in window;", vec![])
                .await
                .unwrap();
            let button = staff
                .find(Locator::Css("[data-testid='scan-pass']"))
                .await
                .is_ok();
            assert_eq!(
                detector,
                json!(button),
                "scan button only with BarcodeDetector"
            );

            // A code nobody has.
            type_into(&staff, "counter-code", "ZZZZ-ZZZZ").await;
            click(&staff, "lookup-submit").await;
            let nope = eventually(20, "not found", || async {
                text_of(&staff, "lookup-error")
                    .await
                    .filter(|t| !t.is_empty())
            })
            .await;
            assert!(nope.contains("No valid pass with that code"), "{nope}");
            assert!(staff
                .find(Locator::Css("[data-testid='customer-view']"))
                .await
                .is_err());

            // The real code, typed the lazy way: lower case, a space for the dash.
            type_into(
                &staff,
                "counter-code",
                &code.to_lowercase().replace('-', " "),
            )
            .await;
            click(&staff, "lookup-submit").await;
            eventually(20, "customer view", || async {
                text_of(&staff, "customer-view").await
            })
            .await;
            assert_eq!(text_of(&staff, "lookup-error").await.unwrap(), "");
            assert_eq!(text_of(&staff, "customer-name").await.unwrap(), "Guest");
            let card = format!("staff-reservation-{reservation}");
            wait_attr(&staff, &card, "data-status", "held").await;
            assert_eq!(
                text_of(&staff, &format!("res-code-{reservation}"))
                    .await
                    .unwrap(),
                *pickup
            );
            let appt_card = format!("staff-appointment-{appointment}");
            wait_attr(&staff, &appt_card, "data-status", "booked").await;
            assert!(text_of(&staff, &appt_card)
                .await
                .unwrap()
                .contains(booking.as_str()));
            let when = text_of(&staff, &format!("appt-when-{appointment}"))
                .await
                .unwrap();
            assert!(
                when.contains("KST") || when.contains("GMT+9"),
                "store zone named: {when}"
            );

            // The wished-for coat with this store's stock: one of seven is held already.
            let cell = format!("staff-stock-{SKU}");
            eventually(20, "stock at this store", || async {
                (attr_of(&staff, &cell, "data-available").await? == "6").then_some(())
            })
            .await;

            // Reserve another one for the shopper, here at the counter.
            let sku_select = eventually(10, "reserve here form", || async {
                staff
                    .find(Locator::Css(&format!(
                        "[data-testid='staff-reserve-sku-{PRODUCT}']"
                    )))
                    .await
                    .ok()
            })
            .await;
            sku_select.select_by_value(SKU).await.unwrap();
            click(&staff, &format!("staff-reserve-{PRODUCT}")).await;
            let said = eventually(20, "reserved at the counter", || async {
                text_of(&staff, "staff-announcement")
                    .await
                    .filter(|t| t.contains("Reserved for the shopper"))
            })
            .await;
            let counter_cards = staff
                .find_all(Locator::Css("[data-testid='customer-reservations'] > li"))
                .await
                .unwrap();
            assert_eq!(
                counter_cards.len(),
                2,
                "the new reservation joined the list"
            );
            let made = counter_cards[0]
                .attr("data-testid")
                .await
                .unwrap()
                .unwrap()
                .trim_start_matches("staff-reservation-")
                .to_string();
            assert_ne!(&made, reservation);
            let made_code = text_of(&staff, &format!("res-code-{made}")).await.unwrap();
            assert!(said.contains(&made_code), "{said}");
            eventually(20, "stock down by one", || async {
                (attr_of(&staff, &cell, "data-available").await? == "5").then_some(())
            })
            .await;

            // Today's queue lists the pickup; mark it ready from there.
            click(&staff, "staff-tab-queue").await;
            let queue_card = format!("queue-staff-reservation-{reservation}");
            wait_attr(&staff, &queue_card, "data-status", "held").await;
            assert!(text_of(&staff, "store-queue")
                .await
                .unwrap()
                .contains("Seongsu"));
            click(&staff, &format!("queue-res-ready-{reservation}")).await;
            wait_attr(&staff, &queue_card, "data-status", "ready").await;
            eventually(10, "ready announced", || async {
                text_of(&staff, "staff-announcement")
                    .await
                    .filter(|t| t.contains("ready for pickup"))
            })
            .await;

            // Back at the shopper: the card followed; hand it over.
            click(&staff, "staff-tab-lookup").await;
            wait_attr(&staff, &card, "data-status", "ready").await;
            click(&staff, &format!("res-collect-{reservation}")).await;
            wait_attr(&staff, &card, "data-status", "collected").await;
            assert!(
                staff
                    .find(Locator::Css(&format!(
                        "[data-testid='res-collect-{reservation}']"
                    )))
                    .await
                    .is_err(),
                "nothing left to do"
            );

            // The counter-made one is cancelled again, after a confirmation.
            click(&staff, &format!("res-cancel-{made}")).await;
            click(&staff, &format!("res-cancel-dialog-{made}-yes")).await;
            wait_attr(
                &staff,
                &format!("staff-reservation-{made}"),
                "data-status",
                "cancelled",
            )
            .await;
            eventually(20, "stock back", || async {
                (attr_of(&staff, &cell, "data-available").await? == "6").then_some(())
            })
            .await;

            // Check the try-on in.
            click(&staff, &format!("appt-checkin-{appointment}")).await;
            wait_attr(&staff, &appt_card, "data-status", "checked_in").await;
            eventually(10, "check-in announced", || async {
                text_of(&staff, "staff-announcement")
                    .await
                    .filter(|t| t.contains("checked in"))
            })
            .await;

            // The shopper sees the new statuses and the look-up on their pass.
            shopper
                .goto(&server.url(&format!("/reservations/{reservation}")))
                .await
                .unwrap();
            eventually(20, "collected for the shopper", || async {
                (text_of(&shopper, "reservation-status")
                    .await?
                    .to_lowercase()
                    == "collected")
                    .then_some(())
            })
            .await;
            shopper
                .goto(&server.url(&format!("/appointments/{appointment}")))
                .await
                .unwrap();
            wait_attr(&shopper, "appointment-status", "data-status", "checked_in").await;
            shopper.goto(&server.url("/pass")).await.unwrap();
            eventually(20, "pass", || async {
                text_of(&shopper, "counter-code-display").await
            })
            .await;
            if let Some(log) = eventually(20, "look-up log or none", || async {
                if let Some(log) = text_of(&shopper, "lookup-log").await {
                    return Some(Some(log));
                }
                text_of(&shopper, "no-lookups").await.map(|_| None)
            })
            .await
            {
                assert!(log.contains("김서연") || log.contains("Seongsu"), "{log}");
            }

            // Too many wrong codes: the counter says how long to wait.
            let tries = staff
                .execute_async(
                    "const done = arguments[arguments.length - 1];
                     (async () => {
                       let last = 0;
                       for (let i = 0; i < 12 && last !== 429; i++) {
                         last = (await fetch('/api/staff/customers/QQQQ-QQQQ')).status;
                       }
                       return last;
                     })().then(done, e => done(String(e)));",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(tries, json!(429), "ten misses in ten minutes, then a pause");
            type_into(&staff, "counter-code", "QQQQ QQQQ").await;
            click(&staff, "lookup-submit").await;
            let wait = eventually(20, "rate limited", || async {
                text_of(&staff, "lookup-error")
                    .await
                    .filter(|t| t.contains("Too many tries"))
            })
            .await;
            assert!(wait.contains("seconds"), "{wait}");

            // Sign out: back to the sign-in form, and the session is gone on the server.
            click(&staff, "staff-sign-out").await;
            eventually(20, "sign-in form again", || async {
                text_of(&staff, "staff-sign-in-form").await
            })
            .await;
            assert!(text_of(&staff, "staff-notice")
                .await
                .unwrap()
                .contains("signed out"));
            let me = staff
                .execute_async(
                    "const done = arguments[arguments.length - 1];
                     fetch('/api/staff/me').then(r => done(r.status), e => done(String(e)));",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(me, json!(401));
        })
        .await;
    })
    .await;
}
