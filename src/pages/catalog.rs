//! The catalog: product grid with search, category filter and paging, all in the URL.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use tandem_api::ProductPage;

use crate::api;
use crate::components::common::{set_title, ErrorView, Loading};
use crate::components::product::ProductCard;
use crate::i18n::use_i18n;

/// `/?q=&category=&cursor=`
#[component]
pub fn CatalogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let category = move || query.read().get("category").unwrap_or_default();
    let cursor = move || query.read().get("cursor").unwrap_or_default();
    let page = LocalResource::new(move || {
        let (q, c, cur) = (q(), category(), cursor());
        async move { api::products(&q, &c, &cur).await }
    });
    Effect::new(move |_| {
        let q = q();
        let t = i18n.t();
        set_title(&if q.is_empty() {
            t.catalog_title.to_string()
        } else {
            (t.search_results_for)(&q)
        });
    });

    let heading = move || {
        let t = i18n.t();
        let q = q();
        if q.is_empty() {
            t.catalog_title.to_string()
        } else {
            (t.search_results_for)(&q)
        }
    };
    let link = move |cat: &str, cur: &str| {
        let mut parts = Vec::new();
        let q = q();
        if !q.is_empty() {
            parts.push(format!("q={}", api::encode(&q)));
        }
        if !cat.is_empty() {
            parts.push(format!("category={}", api::encode(cat)));
        }
        if !cur.is_empty() {
            parts.push(format!("cursor={}", api::encode(cur)));
        }
        if parts.is_empty() {
            "/".to_string()
        } else {
            format!("/?{}", parts.join("&"))
        }
    };

    let body = move |p: ProductPage| {
        let lang = i18n.lang();
        let current = category();
        let chips = std::iter::once((String::new(), i18n.t().all_categories.to_string()))
            .chain(
                p.categories
                    .iter()
                    .map(|c| (c.slug.clone(), lang.pick(&c.name))),
            )
            .map(|(slug, name)| {
                let selected = slug == current;
                let href = link(&slug, "");
                let testid = if slug.is_empty() {
                    "category-all".to_string()
                } else {
                    format!("category-{slug}")
                };
                view! {
                    <li>
                        // A plain link: the router's <A> marks every link to "/" as current,
                        // ignoring the query; the router still handles the click.
                        <a href=href class="chip" data-testid=testid
                            aria-current=if selected { Some("page") } else { None }>{name}</a>
                    </li>
                }
            })
            .collect_view();
        let empty = p.items.is_empty();
        let next = p.next_cursor.clone().map(|c| link(&current, &c));
        let first = (!cursor().is_empty()).then(|| link(&current, ""));
        view! {
            <nav class="chips" aria-label=move || i18n.t().categories_label>
                <ul>{chips}</ul>
            </nav>
            <p class="result-count" data-testid="result-count" aria-live="polite">
                {move || (i18n.t().product_count)(p.total)}
            </p>
            <Show when=move || empty>
                <div class="empty" data-testid="no-results">
                    <p>{move || i18n.t().no_results}</p>
                    <A href="/" attr:class="button">{move || i18n.t().clear_search}</A>
                </div>
            </Show>
            <ul class="product-grid" data-testid="product-grid">
                {p.items.into_iter().map(|item| view! { <li><ProductCard product=item/></li> }).collect_view()}
            </ul>
            <nav class="pager">
                {first.map(|href| view! { <A href=href attr:class="button secondary" attr:data-testid="first-page">{move || i18n.t().first_page}</A> })}
                {next.map(|href| view! { <A href=href attr:class="button" attr:data-testid="next-page">{move || i18n.t().next_page}</A> })}
            </nav>
        }
    };

    view! {
        <section class="catalog page">
            <Show when=move || query.read().get("erased").is_some()>
                <p class="notice" role="status" data-testid="erased-notice">{move || i18n.t().erased}</p>
            </Show>
            <h1 class="page-title" data-testid="page-title">{heading}</h1>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match page.await {
                        Ok(p) => body(p).into_any(),
                        Err(e) => view! { <ErrorView failure=e on_retry=move |_| page.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
