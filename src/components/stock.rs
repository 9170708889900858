//! Per-store stock of the selected variant: the headline (nearest store that has it), the
//! store list, the size × store grid, and the live freshness line.

use std::collections::HashMap;

use leptos::prelude::*;
use tandem_api::{Availability, Store, Variant};

use crate::api::live::LiveStatus;
use crate::format;
use crate::i18n::use_i18n;

/// Units at or below this count are "low".
pub const LOW_STOCK: u32 = 3;
/// Stores in the size grid.
pub const GRID_STORES: usize = 4;

/// What the page knows about stock: store order (nearest first) and counts per (store, sku).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StockBoard {
    /// Store ids in display order, with distance in metres when a position is known.
    pub order: Vec<(String, Option<u32>)>,
    /// Available units by (store id, sku).
    pub counts: HashMap<(String, String), u32>,
}

impl StockBoard {
    /// The board for an availability answer.
    pub fn from_availability(a: &Availability) -> Self {
        let mut counts = HashMap::new();
        for s in &a.stores {
            for k in &s.stock {
                counts.insert((s.store_id.clone(), k.sku.clone()), k.available);
            }
        }
        Self {
            order: a
                .stores
                .iter()
                .map(|s| (s.store_id.clone(), s.distance_m))
                .collect(),
            counts,
        }
    }

    /// Units of `sku` at `store` (0 when unknown).
    pub fn count(&self, store: &str, sku: &str) -> u32 {
        self.counts
            .get(&(store.to_string(), sku.to_string()))
            .copied()
            .unwrap_or(0)
    }

    /// What to lead with for `sku`.
    pub fn headline(&self, sku: &str, preferred: Option<&str>) -> Headline {
        let nearest = self
            .order
            .iter()
            .find(|(id, _)| self.count(id, sku) > 0)
            .map(|(id, d)| (id.clone(), *d));
        match preferred {
            Some(p) if self.count(p, sku) > 0 => Headline::InStockAt(
                p.to_string(),
                self.order.iter().find(|(id, _)| id == p).and_then(|x| x.1),
            ),
            Some(p) if self.order.iter().any(|(id, _)| id == p) => {
                Headline::NotAtPreferred(p.to_string(), nearest)
            }
            _ => match nearest {
                Some((id, d)) => Headline::InStockAt(id, d),
                None => Headline::Nowhere,
            },
        }
    }
}

/// The first thing the stock panel says.
#[derive(Clone, Debug, PartialEq)]
pub enum Headline {
    /// In stock at this store (distance when known).
    InStockAt(String, Option<u32>),
    /// Not at the preferred store; the nearest store that has it, if any.
    NotAtPreferred(String, Option<(String, Option<u32>)>),
    /// No store has it.
    Nowhere,
}

fn store_name(stores: &[Store], id: &str, lang: crate::i18n::Lang) -> String {
    stores
        .iter()
        .find(|s| s.id == id)
        .map(|s| lang.pick(&s.name))
        .unwrap_or_else(|| id.to_string())
}

/// Stock text for a count: out of stock, low, or plenty.
pub fn stock_text(n: u32, t: &crate::i18n::Strings) -> String {
    match n {
        0 => t.out_of_stock.to_string(),
        n if n <= LOW_STOCK => (t.low_stock_n)(n),
        n => (t.available_n)(n),
    }
}

/// The stock panel of the product page.
#[component]
pub fn StockPanel(
    /// Counts and store order.
    #[prop(into)]
    board: Signal<StockBoard>,
    /// Every store.
    #[prop(into)]
    stores: Signal<Vec<Store>>,
    /// The selected variant.
    #[prop(into)]
    sku: Signal<String>,
    /// All variants of the product.
    #[prop(into)]
    variants: Signal<Vec<Variant>>,
    /// The shopper's preferred store.
    #[prop(into)]
    preferred: Signal<Option<String>>,
    /// Live stream status.
    #[prop(into)]
    status: Signal<LiveStatus>,
    /// When the numbers were last confirmed (ms since epoch).
    #[prop(into)]
    updated_at: Signal<f64>,
    /// The most recent change: (store, sku, when in ms).
    #[prop(into)]
    last_change: Signal<Option<(String, String, f64)>>,
    /// Polite announcement of the latest change of the selected variant.
    #[prop(into)]
    announcement: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    // A clock for "updated N s ago" and for fading the change highlight.
    let now = RwSignal::new(format::now_ms());
    let ticker = set_interval_with_handle(
        move || now.set(format::now_ms()),
        std::time::Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = ticker {
            t.clear();
        }
    });
    // When the availability shown came from this device's cache (the service worker says).
    let cached_at = use_context::<crate::pwa::Pwa>().map(|pwa| {
        let path = leptos_router::hooks::use_location().pathname;
        Signal::derive(move || pwa.cached_at(&format!("/api{}/availability", path.get())))
    });
    let distance = move |d: Option<u32>| {
        d.map(|m| (i18n.t().distance_away)(&format::distance(m, i18n.lang())))
    };

    let headline = move || {
        let t = i18n.t();
        let lang = i18n.lang();
        let stores = stores.get();
        let board = board.get();
        let (text, class) = match board.headline(&sku.get(), preferred.get().as_deref()) {
            Headline::InStockAt(id, d) => {
                let name = store_name(&stores, &id, lang);
                let dist = distance(d).map(|d| format!(", {d}")).unwrap_or_default();
                (
                    format!("{}{dist}", (t.in_stock_at)(&name)),
                    "headline in-stock",
                )
            }
            Headline::NotAtPreferred(p, alt) => {
                let mut s = (t.not_at_your_store)(&store_name(&stores, &p, lang));
                if let Some((id, d)) = alt {
                    let dist = distance(d).map(|d| format!(", {d}")).unwrap_or_default();
                    s = format!(
                        "{s} · {}{dist}",
                        (t.in_stock_at)(&store_name(&stores, &id, lang))
                    );
                }
                (s, "headline not-here")
            }
            Headline::Nowhere => (t.nowhere_in_stock.to_string(), "headline nowhere"),
        };
        view! { <p class=class data-testid="stock-headline">{text}</p> }
    };

    let freshness = move || {
        let t = i18n.t();
        let (label, class) = match status.get() {
            LiveStatus::Live => (t.live, "live-dot live"),
            LiveStatus::Connecting => (t.connecting, "live-dot"),
            LiveStatus::Reconnecting => (t.reconnecting, "live-dot reconnecting"),
        };
        let ago = (now.get() - updated_at.get()).max(0.0) / 1000.0;
        let rel = format::relative_seconds(-ago.floor(), i18n.lang());
        // Offline, the numbers are this device's last copy: say from when, not "updated now".
        let offline_copy = match status.get() {
            LiveStatus::Live => None,
            _ => cached_at.and_then(|at| at.get()),
        };
        let as_of = offline_copy.map(|ms| view! { <span data-testid="stock-as-of">{(t.stock_as_of)(&format::clock(ms, i18n.lang()))}</span> });
        let updated = as_of.is_none().then(|| view! { {t.updated}" "{rel} });
        view! {
            <p class="freshness" data-testid="freshness">
                <span class=class aria-hidden="true"></span>
                <span data-testid="live-status" data-status=format!("{:?}", status.get()).to_lowercase()>{label}</span>
                " · "{updated}{as_of}
            </p>
        }
    };

    let rows = move || {
        let t = i18n.t();
        let lang = i18n.lang();
        let stores = stores.get();
        let board = board.get();
        let sku = sku.get();
        let preferred = preferred.get();
        let flash = last_change
            .get()
            .filter(|(_, _, at)| now.get() - at < 2500.0);
        board
            .order
            .iter()
            .map(|(id, d)| {
                let n = board.count(id, &sku);
                let level = match n {
                    0 => "none",
                    n if n <= LOW_STOCK => "low",
                    _ => "plenty",
                };
                let changed = flash.as_ref().is_some_and(|(s, k, _)| s == id && *k == sku);
                let mine = preferred.as_deref() == Some(id.as_str());
                let class = format!("store-row stock-{level}{}{}", if changed { " changed" } else { "" }, if mine { " mine" } else { "" });
                view! {
                    <li class=class data-testid=format!("store-stock-{id}") data-available=n.to_string()>
                        <span class="store-row-name">
                            {store_name(&stores, id, lang)}
                            {mine.then(|| view! { <span class="badge">{t.your_store}</span> })}
                        </span>
                        <span class="store-row-distance">{d.map(|m| format::distance(m, lang))}</span>
                        <span class="store-row-count" data-testid="stock-count">{stock_text(n, t)}</span>
                    </li>
                }
            })
            .collect_view()
    };

    let grid = move || {
        let t = i18n.t();
        let lang = i18n.lang();
        let stores = stores.get();
        let board = board.get();
        let vs = variants.get();
        let current = vs
            .iter()
            .find(|v| v.sku == sku.get())
            .cloned()
            .or_else(|| vs.first().cloned())?;
        let sizes: Vec<Variant> = crate::components::product::sizes_of(&vs, &current)
            .into_iter()
            .cloned()
            .collect();
        if sizes.len() < 2 {
            return None;
        }
        let cols: Vec<(String, Option<u32>)> =
            board.order.iter().take(GRID_STORES).cloned().collect();
        let head = cols
            .iter()
            .map(|(id, d)| {
                view! {
                    <th scope="col">
                        {store_name(&stores, id, lang)}
                        <span class="muted">{d.map(|m| format::distance(m, lang))}</span>
                    </th>
                }
            })
            .collect_view();
        let body = sizes
            .iter()
            .map(|v| {
                let cells = cols
                    .iter()
                    .map(|(id, _)| {
                        let n = board.count(id, &v.sku);
                        let class = match n {
                            0 => "cell-none",
                            n if n <= LOW_STOCK => "cell-low",
                            _ => "cell-plenty",
                        };
                        let label = stock_text(n, t);
                        let title = label.clone();
                        view! {
                            <td class=class data-testid=format!("grid-{}-{}", v.sku, id) data-available=n.to_string()
                                title=title>
                                <span aria-hidden="true">{if n == 0 { "–".to_string() } else { n.to_string() }}</span>
                                <span class="visually-hidden">{label}</span>
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{v.size.clone()}</th>{cells}</tr> }
            })
            .collect_view();
        Some(view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=t.size_grid_title>
                <table class="size-grid" data-testid="size-grid">
                    <caption>{t.size_grid_title}<span class="muted">" — "{t.size_grid_caption}</span></caption>
                    <thead><tr><th scope="col">{t.size_column}</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        })
    };

    view! {
        <section class="stock-panel" aria-labelledby="stock-title" data-testid="stock-panel">
            <div class="stock-panel-head">
                <h2 id="stock-title">{move || i18n.t().in_stores}</h2>
                {freshness}
            </div>
            {headline}
            <ul class="store-list" data-testid="store-stock-list">{rows}</ul>
            {grid}
            <p class="visually-hidden" aria-live="polite" data-testid="stock-announcement">{move || announcement.get()}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board() -> StockBoard {
        let mut b = StockBoard {
            order: vec![
                ("near".into(), Some(500)),
                ("mid".into(), Some(1500)),
                ("far".into(), Some(9000)),
            ],
            counts: HashMap::new(),
        };
        b.counts.insert(("near".into(), "A".into()), 0);
        b.counts.insert(("mid".into(), "A".into()), 2);
        b.counts.insert(("far".into(), "A".into()), 9);
        b
    }

    #[test]
    fn leads_with_the_nearest_store_that_has_it() {
        assert_eq!(
            board().headline("A", None),
            Headline::InStockAt("mid".into(), Some(1500))
        );
    }

    #[test]
    fn says_plainly_when_the_preferred_store_lacks_it() {
        assert_eq!(
            board().headline("A", Some("near")),
            Headline::NotAtPreferred("near".into(), Some(("mid".into(), Some(1500))))
        );
        assert_eq!(
            board().headline("A", Some("far")),
            Headline::InStockAt("far".into(), Some(9000))
        );
    }

    #[test]
    fn nowhere_when_no_store_has_it() {
        assert_eq!(board().headline("B", None), Headline::Nowhere);
    }
}
