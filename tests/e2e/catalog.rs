//! Catalog → search → product → variant → per-store stock, not-found pages, and the error
//! view with retry when the API is down.

use fantoccini::{Client, Locator};

use crate::support::*;

async fn card_count(c: &Client) -> usize {
    c.find_all(Locator::Css("[data-testid^='product-card-']"))
        .await
        .map(|v| v.len())
        .unwrap_or(0)
}

#[tokio::test]
async fn search_then_choose_a_variant_and_see_its_stock_per_store() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    let http = http();
    with_browser(&driver, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        let all = eventually(30, "catalog grid", || async {
            let n = card_count(&c).await;
            (n >= 12).then_some(n)
        })
        .await;

        // Search narrows the grid and lands in the URL.
        let input = c
            .find(Locator::Css("[data-testid='search-input']"))
            .await
            .unwrap();
        input.send_keys("coat").await.unwrap();
        click(&c, "search-submit").await;
        let expected = get_json(&http, &server, "/api/products?q=coat").await;
        let expected_n = expected["items"].as_array().unwrap().len();
        assert!(
            expected_n >= 1 && expected_n < all,
            "the demo data has some coats, not only coats"
        );
        eventually(20, "grid narrowed to the search", || async {
            (card_count(&c).await == expected_n && url(&c).await.contains("q=coat")).then_some(())
        })
        .await;
        assert!(text_of(&c, "page-title").await.unwrap().contains("coat"));

        // Open the first result.
        let slug = expected["items"][0]["slug"].as_str().unwrap().to_string();
        click(&c, &format!("product-card-{slug}")).await;
        eventually(20, "product page", || async {
            text_of(&c, "product-title").await
        })
        .await;
        assert!(url(&c).await.ends_with(&format!("/products/{slug}")));
        let product = get_json(&http, &server, &format!("/api/products/{slug}")).await;
        let variants = product["variants"].as_array().unwrap();
        assert!(variants.len() >= 2);
        let first_sku = variants[0]["sku"].as_str().unwrap();
        assert_eq!(text_of(&c, "selected-sku").await.unwrap(), first_sku);

        // Choose another size: the URL changes to that variant.
        let other = variants
            .iter()
            .find(|v| v["colour"] == variants[0]["colour"] && v["sku"] != first_sku)
            .unwrap();
        let other_sku = other["sku"].as_str().unwrap().to_string();
        let size = other["size"].as_str().unwrap().replace(' ', "-");
        click(&c, &format!("size-{size}")).await;
        eventually(20, "variant in the URL", || async {
            url(&c)
                .await
                .contains(&format!("sku={other_sku}"))
                .then_some(())
        })
        .await;

        // Every store row shows this variant's count, as the API has it; none is blank.
        let avail = get_json(
            &http,
            &server,
            &format!("/api/products/{slug}/availability"),
        )
        .await;
        for store in avail["stores"].as_array().unwrap() {
            let id = store["store_id"].as_str().unwrap();
            let n = store["stock"]
                .as_array()
                .unwrap()
                .iter()
                .find(|k| k["sku"] == other_sku.as_str())
                .unwrap()["available"]
                .as_u64()
                .unwrap();
            let testid = format!("store-stock-{id}");
            let shown = eventually(20, "store row", || async {
                attr_of(&c, &testid, "data-available").await
            })
            .await;
            assert_eq!(shown, n.to_string(), "{id}");
            let row = text_of(&c, &testid).await.unwrap();
            if n == 0 {
                assert!(row.contains("Out of stock"), "{id}: {row}");
            } else {
                assert!(row.contains(&n.to_string()), "{id}: {row}");
            }
        }

        // Reloading the shared URL keeps the variant.
        c.refresh().await.unwrap();
        eventually(20, "variant after reload", || async {
            (text_of(&c, "selected-sku").await? == other_sku).then_some(())
        })
        .await;
    })
    .await;
}

#[tokio::test]
async fn unknown_routes_and_products_show_a_real_not_found_page() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    with_browser(&driver, |c| async move {
        for path in ["/no/such/page", "/products/no-such-product"] {
            c.goto(&server.url(path)).await.unwrap();
            eventually(20, "not-found page", || async {
                text_of(&c, "not-found").await
            })
            .await;
        }
        click(&c, "brand").await;
        eventually(20, "back to the catalog", || async {
            text_of(&c, "product-grid").await
        })
        .await;
    })
    .await;
}

#[tokio::test]
async fn api_down_shows_an_error_with_retry_that_recovers() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = Server::start(data.path(), port);
    let driver = Driver::start();
    with_browser(&driver, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        eventually(30, "catalog grid", || async {
            text_of(&c, "product-grid").await
        })
        .await;
        server.stop();
        // A client-side search while the API is down.
        let input = c
            .find(Locator::Css("[data-testid='search-input']"))
            .await
            .unwrap();
        input.send_keys("knit").await.unwrap();
        click(&c, "search-submit").await;
        let msg = eventually(20, "error view", || async {
            text_of(&c, "error-view").await
        })
        .await;
        assert!(msg.contains("can’t reach"), "{msg}");
        let server = Server::start(data.path(), port);
        click(&c, "retry").await;
        eventually(20, "grid after retry", || async {
            text_of(&c, "product-grid").await
        })
        .await;
        drop(server);
    })
    .await;
}
