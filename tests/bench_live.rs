//! `cargo xtask bench live`: how fast a committed stock change reaches the product page's
//! DOM, and how many idle live-stock clients one server process holds, with memory per
//! client. Prints figures; asserts only that the stream delivered (never a time).
#![cfg(not(target_arch = "wasm32"))]

#[path = "e2e/support.rs"]
mod support;

use std::time::{Duration, Instant};

use serde_json::json;
use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const PRODUCT: &str = "wool-blend-overcoat";
const SKU: &str = "WLCOAT-OAT-M";
const STORE: &str = "seongsu-flagship";
const CHANGES: usize = 200;

fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
        * 1000.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(str::to_string)
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

#[tokio::test]
#[ignore = "benchmark: run with `cargo xtask bench live`"]
async fn live_stock_latency_and_idle_clients() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), free_port());
    let driver = Driver::start();
    let staff = http();
    staff_login(&staff, &server, "seongsu").await;
    let server = &server;
    let staff = &staff;
    with_browser(&driver, |c| async move {
        c.goto(&server.url(&format!("/products/{PRODUCT}?sku={SKU}"))).await.unwrap();
        eventually(30, "live", || async { (attr_of(&c, "live-status", "data-status").await? == "live").then_some(()) })
            .await;
        // Record when each new count lands in the DOM.
        c.execute(
            &format!(
                "window.__seen = []; const el = document.querySelector(\"[data-testid='store-stock-{STORE}']\");
                 new MutationObserver(() => window.__seen.push([el.getAttribute('data-available'), Date.now()]))
                   .observe(el, {{attributes: true, attributeFilter: ['data-available']}});"
            ),
            vec![],
        )
        .await
        .unwrap();
        let mut sent = Vec::with_capacity(CHANGES);
        let mut api_ms = Vec::with_capacity(CHANGES);
        for i in 0..CHANGES {
            // Alternate +1 / -1 so every change moves the count.
            let delta = if i % 2 == 0 { 1 } else { -1 };
            let t0 = now_ms();
            let res = staff
                .post(server.url("/api/staff/stock/adjust"))
                .json(&json!({"sku": SKU, "delta": delta, "reason": "bench"}))
                .send()
                .await
                .unwrap();
            assert!(res.status().is_success());
            api_ms.push(now_ms() - t0);
            sent.push(t0);
            let want = i + 1;
            eventually(10, "change in DOM", || async {
                let n = c.execute("return window.__seen.length", vec![]).await.ok()?.as_u64()? as usize;
                (n >= want).then_some(())
            })
            .await;
        }
        let seen = c.execute("return window.__seen", vec![]).await.unwrap();
        let seen = seen.as_array().unwrap();
        let mut latency: Vec<f64> =
            seen.iter().zip(&sent).map(|(s, t0)| (s[1].as_f64().unwrap() - t0).max(0.0)).collect();
        latency.sort_by(|a, b| a.partial_cmp(b).unwrap());
        api_ms.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!("\n== live stock: committed change → product page DOM ({CHANGES} changes, one browser) ==");
        println!(
            "request sent → DOM updated:  p50 {:.1} ms   p95 {:.1} ms   max {:.1} ms",
            percentile(&latency, 0.5),
            percentile(&latency, 0.95),
            latency.last().unwrap()
        );
        println!(
            "(adjust API round trip:      p50 {:.1} ms   p95 {:.1} ms   max {:.1} ms)",
            percentile(&api_ms, 0.5),
            percentile(&api_ms, 0.95),
            api_ms.last().unwrap()
        );
    })
    .await;

    // Idle clients: plain SSE connections, each confirmed connected, then one change must
    // reach every one of them.
    let pid = server.pid().unwrap();
    let mut clients: Vec<TcpStream> = Vec::new();
    for target in [1_000usize, 5_000] {
        let before = rss_kib(pid);
        let first_new = clients.len();
        let started = Instant::now();
        while clients.len() < target {
            let mut s = TcpStream::connect(("127.0.0.1", server.port))
                .await
                .unwrap();
            s.write_all(
                format!("GET /api/stock/stream?product={PRODUCT} HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n")
                    .as_bytes(),
            )
            .await
            .unwrap();
            clients.push(s);
        }
        // Every new client got its response head and the first message.
        for s in clients[first_new..].iter_mut() {
            let mut buf = [0u8; 1024];
            let n = tokio::time::timeout(Duration::from_secs(30), s.read(&mut buf))
                .await
                .unwrap()
                .unwrap();
            assert!(n > 0 && buf.starts_with(b"HTTP/1.1 200"), "stream opened");
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        let after = rss_kib(pid);
        // One change fans out to all of them.
        let t0 = Instant::now();
        let res = staff
            .post(server.url("/api/staff/stock/adjust"))
            .json(&json!({"sku": SKU, "delta": 1, "reason": "bench fan-out"}))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_success());
        let mut delivered = 0;
        for s in clients.iter_mut() {
            let mut buf = vec![0u8; 4096];
            let mut got = String::new();
            while !got.contains("event: stock") {
                let n = tokio::time::timeout(Duration::from_secs(30), s.read(&mut buf))
                    .await
                    .unwrap()
                    .unwrap();
                assert!(n > 0, "stream closed");
                got.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
            delivered += 1;
        }
        let fan_out = t0.elapsed();
        assert_eq!(delivered, clients.len());
        let grown = after.saturating_sub(before);
        println!(
            "\n== idle live-stock clients: {} open (connected in {:.1} s) ==\nserver RSS {:.1} MiB; {} added ≈ {:.1} KiB per client; one change reached all {} in {:.0} ms",
            clients.len(),
            started.elapsed().as_secs_f64(),
            after as f64 / 1024.0,
            if target == 1_000 { "first 1,000" } else { "next 4,000" },
            grown as f64 / (if target == 1_000 { 1_000.0 } else { 4_000.0 }),
            delivered,
            fan_out.as_millis()
        );
    }
}
