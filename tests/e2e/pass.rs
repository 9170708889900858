//! The visit pass: code and QR, a new code, wishlist, profile, the offline copy, erasure.

use fantoccini::Locator;

use crate::support::*;

#[tokio::test]
async fn pass_shows_a_working_code_keeps_an_offline_copy_and_erases() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = Server::start(data.path(), port);
    let driver = Driver::start();
    with_browser(&driver, |c| async move {
        // Wishlist from a product page.
        c.goto(&server.url("/products/wool-blend-overcoat")).await.unwrap();
        click(&c, "wish-wool-blend-overcoat").await;
        eventually(10, "wished", || async {
            (attr_of(&c, "wish-wool-blend-overcoat", "aria-pressed").await? == "true").then_some(())
        })
        .await;

        click(&c, "nav-pass").await;
        let code = eventually(20, "counter code", || async { text_of(&c, "counter-code-display").await }).await;
        assert_eq!(code.len(), 9, "two groups of four: {code}");
        let qr = c
            .execute(
                "const i = document.querySelector(\"[data-testid='pass-qr']\"); return i.complete && i.naturalWidth > 0;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(qr, serde_json::json!(true), "QR renders");
        assert!(text_of(&c, "code-expires").await.unwrap().contains("Valid until"));

        // Staff look it up: the pass shows the look-up after a refresh.
        let staff = http();
        staff_login(&staff, &server, "hannam").await;
        let who = staff.get(server.url(&format!("/api/staff/customers/{code}"))).send().await.unwrap();
        assert!(who.status().is_success());
        let customer: serde_json::Value = who.json().await.unwrap();
        assert_eq!(customer["wishlist"][0], "wool-blend-overcoat");
        c.refresh().await.unwrap();
        let log = eventually(20, "look-up log", || async { text_of(&c, "lookup-log").await }).await;
        assert!(log.contains("Hannam"), "{log}");

        // A new code replaces the old one.
        click(&c, "rotate-code").await;
        let new_code = eventually(20, "new code", || async {
            text_of(&c, "counter-code-display").await.filter(|n| *n != code)
        })
        .await;
        let old = staff.get(server.url(&format!("/api/staff/customers/{code}"))).send().await.unwrap();
        assert_eq!(old.status().as_u16(), 404, "the old code is dead");

        // Profile.
        c.find(Locator::Css("[data-testid='profile-name']")).await.unwrap().send_keys("Minji").await.unwrap();
        click(&c, "profile-save").await;
        eventually(10, "saved", || async {
            text_of(&c, "pass-announcement").await.filter(|t| t.contains("Saved")).map(|_| ())
        })
        .await;

        // Offline at the counter: the saved copy still shows the code.
        click(&c, "brand").await;
        eventually(20, "catalog", || async { text_of(&c, "product-grid").await }).await;
        server.stop();
        click(&c, "nav-pass").await;
        eventually(20, "offline copy", || async { text_of(&c, "pass-offline").await }).await;
        assert_eq!(text_of(&c, "counter-code-display").await.unwrap(), new_code);
        let server = Server::start(data.path(), port);

        // Erase my data.
        c.goto(&server.url("/pass")).await.unwrap();
        click(&c, "erase-data").await;
        click(&c, "erase-dialog-yes").await;
        eventually(20, "erased", || async { text_of(&c, "erased-notice").await }).await;
        let gone = staff.get(server.url(&format!("/api/staff/customers/{new_code}"))).send().await.unwrap();
        assert_eq!(gone.status().as_u16(), 404, "erased pass is gone");
        let staff2 = http();
        staff_login(&staff2, &server, "hannam").await;
        let _ = staff2;
    })
    .await;
}
