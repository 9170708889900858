//! Korean and English: the switch changes words, prices, times and zones; the choice is
//! remembered; a browser that prefers Korean starts in Korean.

use fantoccini::{Client, Locator};
use futures_util::FutureExt;
use serde_json::json;

use crate::support::*;

/// Visible text of the first element matching `css`, if any.
async fn text_at(c: &Client, css: &str) -> Option<String> {
    c.find(Locator::Css(css)).await.ok()?.text().await.ok()
}

/// All text of an element, including closed `<details>`.
async fn all_text(c: &Client, testid: &str) -> String {
    c.execute(
        "const el = document.querySelector(`[data-testid='${arguments[0]}']`); return el ? el.textContent : '';",
        vec![json!(testid)],
    )
    .await
    .unwrap()
    .as_str()
    .unwrap()
    .to_string()
}

async fn html_lang(c: &Client) -> String {
    c.execute("return document.documentElement.lang;", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

async fn title_is(c: &Client, want: &str) {
    eventually(20, &format!("page title {want}"), || async {
        (text_at(c, "#main h1").await? == want).then_some(())
    })
    .await;
}

#[tokio::test]
async fn switching_language_changes_words_prices_and_times_and_is_remembered() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    let list = get_json(&http(), &server, "/api/products").await;
    let slug = list["items"][0]["slug"].as_str().unwrap().to_string();
    let price_css = format!("[data-testid='product-card-{slug}'] [data-testid='price']");
    with_browser(&driver, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        title_is(&c, "New season").await;
        assert_eq!(html_lang(&c).await, "en");
        let price_en = eventually(20, "a price", || async { text_at(&c, &price_css).await }).await;
        assert!(price_en.starts_with('₩'), "{price_en}");
        let nav_en = text_of(&c, "nav-stores").await.unwrap();

        click(&c, "nav-stores").await;
        title_is(&c, "Our stores").await;
        eventually(20, "store cards", || async {
            text_of(&c, "store-cards").await
        })
        .await;
        let paris_en = all_text(&c, "store-card-paris-popup").await;
        let today_en = text_at(
            &c,
            "[data-testid='store-card-seongsu-flagship'] [data-testid='store-today']",
        )
        .await
        .unwrap();
        assert!(paris_en.contains("Times in Central European"), "{paris_en}");
        assert!(paris_en.contains("Monday"), "{paris_en}");

        // Switch: words, weekdays, zone names and the page language change in place.
        click(&c, "lang-switch").await;
        title_is(&c, "매장 안내").await;
        assert_eq!(html_lang(&c).await, "ko");
        let paris_ko = all_text(&c, "store-card-paris-popup").await;
        assert_ne!(paris_ko, paris_en);
        assert!(
            paris_ko.contains("중부 유럽") || paris_ko.contains("중부유럽"),
            "{paris_ko}"
        );
        assert!(paris_ko.contains("기준 시간"), "{paris_ko}");
        assert!(paris_ko.contains("월요일"), "{paris_ko}");
        let today_ko = text_at(
            &c,
            "[data-testid='store-card-seongsu-flagship'] [data-testid='store-today']",
        )
        .await
        .unwrap();
        assert_ne!(today_ko, today_en);
        assert!(today_ko.contains("오늘"), "{today_ko}");
        assert_ne!(text_of(&c, "nav-stores").await.unwrap(), nav_en);

        // Prices in the Korean way.
        click(&c, "brand").await;
        title_is(&c, "새 시즌").await;
        let price_ko = eventually(20, "a price", || async { text_at(&c, &price_css).await }).await;
        assert!(price_ko.ends_with('원'), "{price_ko}");
        assert_ne!(price_ko, price_en);
        assert_eq!(
            price_ko.trim_end_matches('원'),
            price_en.trim_start_matches('₩'),
            "the same amount"
        );

        // Live status and relative times on the product page.
        click(&c, &format!("product-card-{slug}")).await;
        eventually(30, "live in Korean", || async {
            (text_of(&c, "live-status").await? == "실시간").then_some(())
        })
        .await;
        let fresh = text_of(&c, "freshness").await.unwrap();
        assert!(fresh.contains("업데이트"), "{fresh}");

        // Remembered across a reload.
        c.goto(&server.url("/")).await.unwrap();
        title_is(&c, "새 시즌").await;
        c.refresh().await.unwrap();
        title_is(&c, "새 시즌").await;
        assert_eq!(html_lang(&c).await, "ko");

        // And back.
        click(&c, "lang-switch").await;
        title_is(&c, "New season").await;
        eventually(20, "English price", || async {
            (text_at(&c, &price_css).await? == price_en).then_some(())
        })
        .await;
    })
    .await;
}

#[tokio::test]
async fn a_browser_that_prefers_korean_starts_in_korean() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    let c = driver.browser_with_lang("ko-KR").await;
    let result = std::panic::AssertUnwindSafe(async {
        c.goto(&server.url("/")).await.unwrap();
        title_is(&c, "새 시즌").await;
        assert_eq!(html_lang(&c).await, "ko");
        let skip = c
            .execute(
                "return document.querySelector('.skip-link').textContent;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(skip, json!("본문으로 건너뛰기"));
        click(&c, "nav-stores").await;
        title_is(&c, "매장 안내").await;
    })
    .catch_unwind()
    .await;
    let _ = c.close().await;
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}
