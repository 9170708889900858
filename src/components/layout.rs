//! The header (brand, search, categories, my store, language) and the footer.

use leptos::prelude::*;
use leptos_router::components::{Form, A};
use leptos_router::hooks::use_query_map;

use crate::components::location::MyStoreButton;
use crate::i18n::{use_i18n, Lang};

/// The site header.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let route = leptos_router::hooks::use_location();
    let q = move || query.read().get("q").unwrap_or_default();
    let categories = LocalResource::new(|| async { crate::api::categories().await });
    let switch = move |_| {
        i18n.lang
            .update(|l| *l = if *l == Lang::En { Lang::Ko } else { Lang::En })
    };
    view! {
        <a class="skip-link" href="#main">{move || i18n.t().skip_to_content}</a>
        <header class="site-header">
            <div class="header-row">
                <A href="/" attr:class="brand" attr:data-testid="brand">"TANDEM"</A>
                <nav class="main-nav" aria-label=move || i18n.t().nav_label>
                    <A href="/" attr:data-testid="nav-shop">{move || i18n.t().nav_shop}</A>
                    <A href="/stores" attr:data-testid="nav-stores">{move || i18n.t().nav_stores}</A>
                    <A href="/pass" attr:data-testid="nav-pass">
                        {move || i18n.t().nav_pass}
                    </A>
                </nav>
                <div class="header-tools">
                    <MyStoreButton/>
                    <button
                        type="button"
                        class="lang-switch"
                        data-testid="lang-switch"
                        on:click=switch
                    >
                        // The visible name is part of the spoken one (WCAG 2.5.3), in its own language.
                        <span class="visually-hidden">{move || i18n.t().language_label}" "</span>
                        <span lang=move || if i18n.lang() == Lang::En { "ko" } else { "en" }>
                            {move || i18n.t().other_language}
                        </span>
                    </button>
                </div>
            </div>
            <nav class="category-nav" aria-label=move || i18n.t().categories_label>
                <ul>
                    {move || categories.get().and_then(|r| r.ok()).unwrap_or_default().into_iter().map(|c| {
                        let href = format!("/?category={}", c.slug);
                        let testid = format!("nav-category-{}", c.slug);
                        let slug = c.slug.clone();
                        let current = move || {
                            (route.pathname.get() == "/" && query.read().get("category").as_deref() == Some(slug.as_str()))
                                .then_some("page")
                        };
                        view! {
                            <li>
                                <a href=href data-testid=testid aria-current=current>
                                    {move || i18n.lang().pick(&c.name)}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
            <Form method="GET" action="/" attr:class="search" attr:role="search">
                <label class="visually-hidden" for="search-input">{move || i18n.t().search_label}</label>
                <input
                    id="search-input"
                    type="search"
                    name="q"
                    data-testid="search-input"
                    maxlength="100"
                    prop:value=q
                    placeholder=move || i18n.t().search_placeholder
                />
                <button type="submit" class="button" data-testid="search-submit">{move || i18n.t().search_button}</button>
            </Form>
        </header>
    }
}

/// The site footer.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{move || i18n.t().footer_note}</p>
            <A href="/stores">{move || i18n.t().footer_stores}</A>
        </footer>
    }
}
