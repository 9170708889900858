//! `/products/{slug}?sku=`: images, price, description, variant picker, and the live
//! per-store stock of the selected variant.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;
use tandem_api::Product;

use crate::api::live::{LiveStatus, LiveStock};
use crate::api::{self, ApiFailure};
use crate::components::appointment::BookTryOnLink;
use crate::components::common::{set_title, ErrorView, Loading, Price};
use crate::components::product::{Gallery, VariantPicker, WishButton};
use crate::components::reservation::ReserveForm;
use crate::components::stock::{StockBoard, StockPanel};
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::not_found::NotFoundPage;
use crate::state::location::use_location;
use crate::state::use_stores;

/// The product page.
#[component]
pub fn ProductPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let product = LocalResource::new(move || {
        let slug = slug.get();
        async move { api::product(&slug).await }
    });
    view! {
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(p) => view! { <ProductView product=p/> }.into_any(),
                    Err(e) if e.is_not_found() => view! { <NotFoundPage product=true/> }.into_any(),
                    Err(e) => view! { <ErrorView failure=e on_retry=move |_| product.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// A loaded product.
#[component]
fn ProductView(product: Product) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let location = use_location();
    let stores = use_stores();
    let slug = product.slug.clone();
    let variants = product.variants.clone();
    let first_sku = variants.first().map(|v| v.sku.clone()).unwrap_or_default();
    let known = variants.iter().map(|v| v.sku.clone()).collect::<Vec<_>>();
    // The selected variant lives in the URL so it can be shared; unknown SKUs fall back.
    let sku = Memo::new(move |_| {
        query
            .read()
            .get("sku")
            .filter(|s| known.contains(s))
            .unwrap_or_else(|| first_sku.clone())
    });
    let select = {
        let slug = slug.clone();
        Callback::new(move |new_sku: String| {
            navigate(
                &format!("/products/{slug}?sku={}", api::encode(&new_sku)),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        })
    };
    let name = product.name.clone();
    Effect::new(move |_| set_title(&i18n.lang().pick(&name)));
    // Recently viewed lives on the server so staff can see it at the counter.
    {
        let slug = slug.clone();
        let session = crate::state::session::use_session();
        leptos::task::spawn_local(async move {
            if let Ok(recent) = api::viewed(&slug).await {
                session.session.update(|s| {
                    if let Some(s) = s {
                        s.recently_viewed = recent;
                    }
                });
            }
        });
    }

    // Stock: loaded for the shopper's position, then kept current by the live stream.
    let board = RwSignal::new(StockBoard::default());
    let status = RwSignal::new(LiveStatus::Connecting);
    let updated_at = RwSignal::new(format::now_ms());
    let last_change = RwSignal::new(None::<(String, String, f64)>);
    let announcement = RwSignal::new(String::new());
    let load_error = RwSignal::new(None::<ApiFailure>);
    let stream = StoredValue::new_local(None::<LiveStock>);
    let availability = {
        let slug = slug.clone();
        LocalResource::new(move || {
            let slug = slug.clone();
            let position = location.position();
            async move { api::availability(&slug, position).await }
        })
    };
    let variants_for_announce = StoredValue::new(variants.clone());
    Effect::new(move |_| {
        let Some(result) = availability.get() else {
            return;
        };
        match result {
            Err(e) => load_error.set(Some(e)),
            Ok(a) => {
                load_error.set(None);
                board.set(StockBoard::from_availability(&a));
                updated_at.set(format::now_ms());
                let slug = a.product.clone();
                let live = LiveStock::open(
                    move |seq| api::stock_stream_url(&slug, seq),
                    a.seq,
                    move |e| {
                        board.update(|b| {
                            b.counts
                                .insert((e.store_id.clone(), e.sku.clone()), e.available);
                        });
                        let now = format::now_ms();
                        updated_at.set(now);
                        last_change.set(Some((e.store_id.clone(), e.sku.clone(), now)));
                        if e.sku == sku.get_untracked() {
                            let lang = i18n.lang.get_untracked();
                            let store = stores
                                .find(&e.store_id)
                                .map(|s| lang.pick(&s.name))
                                .unwrap_or_else(|| e.store_id.clone());
                            let variant = variants_for_announce.with_value(|vs| {
                                vs.iter()
                                    .find(|v| v.sku == e.sku)
                                    .map(|v| {
                                        let colour = v.colour.as_ref().map(|c| lang.pick(&c.name));
                                        [colour, v.size.clone()]
                                            .into_iter()
                                            .flatten()
                                            .collect::<Vec<_>>()
                                            .join(" ")
                                    })
                                    .unwrap_or_default()
                            });
                            announcement.set((lang.strings().stock_changed)(
                                &store,
                                &variant,
                                e.available,
                            ));
                        }
                    },
                    move |s| {
                        status.set(s);
                        if s == LiveStatus::Live {
                            updated_at.set(format::now_ms());
                        }
                    },
                );
                stream.set_value(Some(live));
            }
        }
    });
    on_cleanup(move || stream.set_value(None));

    let description = product.description.clone();
    let pname = product.name.clone();
    let price = product.price.clone();
    let variants_sig = Signal::derive({
        let v = variants.clone();
        move || v.clone()
    });
    view! {
        <article class="product page" data-testid="product-page">
            <Gallery images=product.images.clone()/>
            <div class="product-info">
                <div class="title-row">
                    <h1 class="page-title" data-testid="product-title">{move || i18n.lang().pick(&pname)}</h1>
                    <WishButton slug=slug.clone()/>
                </div>
                <p class="product-price"><Price money=price/></p>
                <VariantPicker variants=variants.clone() selected=sku on_select=select/>
                <p class="visually-hidden" data-testid="selected-sku">{move || sku.get()}</p>
                <BookTryOnLink sku=sku/>
                {move || match load_error.get() {
                    Some(e) => view! { <ErrorView failure=e on_retry=move |_| availability.refetch()/> }.into_any(),
                    None => view! {
                        <StockPanel
                            board=board
                            stores=Signal::derive(move || stores.list())
                            sku=sku
                            variants=variants_sig
                            preferred=Signal::derive(move || location.preferred_store())
                            status=status
                            updated_at=updated_at
                            last_change=last_change
                            announcement=announcement
                        />
                    }.into_any(),
                }}
                <ReserveForm
                    sku=sku
                    board=board
                    stores=Signal::derive(move || stores.list())
                    preferred=Signal::derive(move || location.preferred_store())
                />
                <section class="product-details">
                    <h2>{move || i18n.t().details}</h2>
                    <p data-testid="product-description">{move || i18n.lang().pick(&description)}</p>
                </section>
            </div>
        </article>
    }
}
