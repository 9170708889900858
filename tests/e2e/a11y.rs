//! An automated WCAG 2.2 AA audit with axe-core over every kind of page a shopper and staff
//! meet — in English and Korean, on a desktop and at 360 px (where nothing may scroll
//! sideways) — plus focus moving to the main heading on a route change.
//!
//! axe-core comes from npm into `<root>/.tools` (`cargo xtask setup`).

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use crate::support::*;

const PRODUCT: &str = "wool-blend-overcoat";
/// 7 at the Seongsu flagship.
const SKU: &str = "WLCOAT-OAT-M";
const STORE: &str = "seongsu-flagship";

const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })
  .then((r) => done(r.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 200) })),
  }))))
  .catch((e) => done([{ id: 'axe-error', help: String(e), nodes: [] }]));
"#;

fn axe_source() -> String {
    let path = root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} — run `cargo xtask setup` to install axe-core",
            path.display()
        )
    })
}

/// Collects every problem found, so one run reports all pages.
struct Audit {
    axe: String,
    problems: Vec<String>,
    pages: Vec<String>,
}

impl Audit {
    fn new() -> Self {
        Self {
            axe: axe_source(),
            problems: Vec::new(),
            pages: Vec::new(),
        }
    }

    /// Audits the page as it is now, at the current width and at 360 px.
    async fn check(&mut self, c: &Client, name: &str) {
        // Let transitions and late renders settle.
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        self.axe_run(c, name).await;
        let (w, h) = c.get_window_size().await.unwrap();
        c.set_window_size(360, 740).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        self.axe_run(c, &format!("{name} @360px")).await;
        let overflow = c
            .execute(
                "const d = document.documentElement; return [innerWidth, d.scrollWidth];",
                vec![],
            )
            .await
            .unwrap();
        let (inner, scroll) = (overflow[0].as_u64().unwrap(), overflow[1].as_u64().unwrap());
        if inner <= 400 && scroll > inner {
            self.problems.push(format!(
                "[{name} @360px] reflow: the page is {scroll}px wide in a {inner}px viewport"
            ));
        }
        c.set_window_size(w as u32, h as u32).await.unwrap();
        self.pages.push(name.to_string());
    }

    async fn axe_run(&mut self, c: &Client, name: &str) {
        let loaded = c
            .execute("return typeof axe !== 'undefined';", vec![])
            .await
            .unwrap();
        if loaded != json!(true) {
            c.execute(&self.axe, vec![]).await.expect("inject axe-core");
        }
        let violations = c.execute_async(RUN_AXE, vec![]).await.expect("run axe");
        for v in violations.as_array().cloned().unwrap_or_default() {
            let nodes: Vec<String> = v["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| {
                    format!(
                        "      {} — {}\n        {}",
                        n["target"].as_str().unwrap_or(""),
                        n["html"].as_str().unwrap_or(""),
                        n["summary"]
                            .as_str()
                            .unwrap_or("")
                            .replace('\n', "\n        ")
                    )
                })
                .collect();
            self.problems.push(format!(
                "[{name}] {} ({}): {}\n{}",
                v["id"].as_str().unwrap_or(""),
                v["impact"].as_str().unwrap_or(""),
                v["help"].as_str().unwrap_or(""),
                nodes.join("\n")
            ));
        }
    }

    fn assert_clean(&self) {
        println!("audited: {}", self.pages.join(", "));
        assert!(
            self.problems.is_empty(),
            "accessibility problems:\n{}",
            self.problems.join("\n")
        );
    }
}

async fn wait_for(c: &Client, testid: &str) {
    eventually(30, testid, || async { text_of(c, testid).await }).await;
}

async fn type_into(c: &Client, testid: &str, text: &str) {
    let el = c
        .find(Locator::Css(&format!("[data-testid='{testid}']")))
        .await
        .unwrap();
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// What has focus: its tag and text.
async fn focused(c: &Client) -> Value {
    c.execute(
        "const el = document.activeElement; return [el.tagName, el.textContent.trim()];",
        vec![],
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn shopper_and_staff_pages_pass_an_axe_wcag_22_aa_audit() {
    let _serial = serial().await;
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    let server = &server;
    let mut audit = Audit::new();
    let audit_ref = &mut audit;
    let code = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let code_out = code.clone();

    with_browser(&driver, |c| async move {
        c.goto(&server.url("/")).await.unwrap();
        wait_for(&c, "product-grid").await;
        audit_ref.check(&c, "catalog").await;

        // Route change by link: focus lands on the new page's heading.
        click(&c, "nav-stores").await;
        wait_for(&c, "store-cards").await;
        eventually(10, "focus on the stores heading", || async {
            let f = focused(&c).await;
            (f[0] == "H1").then_some(())
        })
        .await;
        audit_ref.check(&c, "stores").await;

        click(&c, "my-store").await;
        wait_for(&c, "store-choice-list").await;
        audit_ref.check(&c, "location dialog").await;
        click(&c, "location-close").await;

        c.goto(&server.url(&format!("/products/{PRODUCT}?sku={SKU}")))
            .await
            .unwrap();
        eventually(30, "live stock", || async {
            (attr_of(&c, "live-status", "data-status").await? == "live").then_some(())
        })
        .await;
        wait_for(&c, "reserve-form").await;
        audit_ref.check(&c, "product with reserve form").await;

        // A reservation and its pages.
        let select = c
            .find(Locator::Css("[data-testid='reserve-store']"))
            .await
            .unwrap();
        select.select_by_value(STORE).await.unwrap();
        click(&c, "reserve-submit").await;
        wait_for(&c, "pickup-code").await;
        audit_ref.check(&c, "reservation").await;
        c.goto(&server.url("/reservations")).await.unwrap();
        wait_for(&c, "reservation-list").await;
        audit_ref.check(&c, "my reservations").await;

        // Booking a try-on.
        c.goto(&server.url(&format!("/book?store={STORE}&sku={SKU}")))
            .await
            .unwrap();
        wait_for(&c, "book-page").await;
        eventually(30, "try-on times", || async {
            c.find(Locator::Css(
                "[data-testid='book-slots'], [data-testid='book-no-slots']",
            ))
            .await
            .ok()
        })
        .await;
        audit_ref.check(&c, "book a try-on").await;
        c.goto(&server.url("/appointments")).await.unwrap();
        eventually(30, "try-on list", || async {
            c.find(Locator::Css(
                "[data-testid='appointment-list'], [data-testid='appointments-empty']",
            ))
            .await
            .ok()
        })
        .await;
        audit_ref.check(&c, "my try-ons").await;

        // The visit pass.
        c.goto(&server.url("/pass")).await.unwrap();
        let shown = eventually(30, "counter code", || async {
            text_of(&c, "counter-code-display")
                .await
                .filter(|t| !t.is_empty())
        })
        .await;
        *code_out.lock().unwrap() = shown;
        audit_ref.check(&c, "visit pass").await;

        // Korean pages.
        c.goto(&server.url("/")).await.unwrap();
        wait_for(&c, "product-grid").await;
        click(&c, "lang-switch").await;
        eventually(10, "Korean", || async {
            (c.execute("return document.documentElement.lang;", vec![])
                .await
                .ok()?
                == json!("ko"))
            .then_some(())
        })
        .await;
        audit_ref.check(&c, "catalog (ko)").await;
        c.goto(&server.url(&format!("/products/{PRODUCT}")))
            .await
            .unwrap();
        wait_for(&c, "reserve-form").await;
        audit_ref.check(&c, "product (ko)").await;

        // Not found.
        c.goto(&server.url("/no/such/page")).await.unwrap();
        wait_for(&c, "not-found").await;
        audit_ref.check(&c, "not found (ko)").await;
    })
    .await;

    let code = code.lock().unwrap().clone();
    let audit_ref = &mut audit;
    with_browser(&driver, |c| async move {
        c.goto(&server.url("/staff")).await.unwrap();
        wait_for(&c, "staff-sign-in-form").await;
        audit_ref.check(&c, "staff sign-in").await;
        // Errors tied to their fields.
        click(&c, "staff-sign-in").await;
        eventually(10, "field error", || async {
            text_of(&c, "staff-username-error")
                .await
                .filter(|t| !t.is_empty())
        })
        .await;
        audit_ref.check(&c, "staff sign-in with errors").await;
        type_into(&c, "staff-username", "seongsu").await;
        type_into(&c, "staff-password", "tandem-demo").await;
        click(&c, "staff-sign-in").await;
        wait_for(&c, "staff-name").await;
        type_into(&c, "counter-code", &code).await;
        click(&c, "lookup-submit").await;
        wait_for(&c, "customer-view").await;
        audit_ref.check(&c, "staff look-up").await;
    })
    .await;

    audit.assert_clean();
}
