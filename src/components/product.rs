//! Product pieces: the catalog card, the image gallery and the variant picker.

use leptos::prelude::*;
use leptos_router::components::A;
use tandem_api::{Image, ProductSummary, Variant};

use crate::components::common::Price;
use crate::i18n::use_i18n;

/// A product in the grid: image, name, price.
#[component]
pub fn ProductCard(
    /// The product.
    product: ProductSummary,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/products/{}", product.slug);
    let testid = format!("product-card-{}", product.slug);
    let name = product.name.clone();
    let alt = product.image.alt.clone();
    let wish_slug = product.slug.clone();
    view! {
        <div class="product-card-wrap">
        <A href=href attr:class="product-card" attr:data-testid=testid>
            <img
                src=product.image.url.clone()
                width=product.image.width
                height=product.image.height
                alt=move || i18n.lang().pick(&alt)
                loading="lazy"
                decoding="async"
            />
            <span class="product-card-name" data-testid="product-name">{move || i18n.lang().pick(&name)}</span>
            <Price money=product.price.clone()/>
        </A>
        <WishButton slug=wish_slug/>
        </div>
    }
}

/// The product's images: one large, the rest as buttons to show them.
#[component]
pub fn Gallery(
    /// Images, the first shown initially.
    images: Vec<Image>,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(0usize);
    let imgs = StoredValue::new(images);
    let main = move || imgs.with_value(|v| v.get(current.get()).cloned());
    view! {
        <div class="gallery" data-testid="gallery">
            {move || main().map(|img| {
                let alt = img.alt.clone();
                view! {
                    <img class="gallery-main" src=img.url.clone() width=img.width height=img.height
                        alt=move || i18n.lang().pick(&alt) fetchpriority="high"/>
                }
            })}
            <ul class="gallery-thumbs" aria-label=move || i18n.t().images_label>
                {imgs.with_value(|v| v.iter().enumerate().map(|(i, img)| {
                    let url = img.url.clone();
                    view! {
                        <li>
                            <button type="button" class="thumb" aria-label=move || (i18n.t().show_image)(i + 1)
                                aria-pressed=move || (current.get() == i).to_string()
                                on:click=move |_| current.set(i)>
                                <img src=url width="80" height="100" alt=""/>
                            </button>
                        </li>
                    }
                }).collect_view())}
            </ul>
        </div>
    }
}

/// Distinct colours of the variants, in order, by English name.
pub fn colours(variants: &[Variant]) -> Vec<tandem_api::Colour> {
    let mut out: Vec<tandem_api::Colour> = Vec::new();
    for c in variants.iter().filter_map(|v| v.colour.clone()) {
        if !out.iter().any(|o| o.name.en == c.name.en) {
            out.push(c);
        }
    }
    out
}

/// The variant with `colour` (English name) closest to `current`: same size if it exists.
pub fn with_colour<'a>(
    variants: &'a [Variant],
    current: &Variant,
    colour: &str,
) -> Option<&'a Variant> {
    let same_colour = |v: &&Variant| v.colour.as_ref().is_some_and(|c| c.name.en == colour);
    variants
        .iter()
        .filter(same_colour)
        .find(|v| v.size == current.size)
        .or_else(|| variants.iter().find(same_colour))
}

/// Variants sharing `current`'s colour (the sizes to choose from).
pub fn sizes_of<'a>(variants: &'a [Variant], current: &Variant) -> Vec<&'a Variant> {
    let colour = current.colour.as_ref().map(|c| c.name.en.clone());
    variants
        .iter()
        .filter(|v| v.colour.as_ref().map(|c| c.name.en.clone()) == colour && v.size.is_some())
        .collect()
}

/// Colour swatches and size buttons; reports the chosen SKU.
#[component]
pub fn VariantPicker(
    /// All variants.
    variants: Vec<Variant>,
    /// The selected SKU.
    #[prop(into)]
    selected: Signal<String>,
    /// Called with the newly chosen SKU.
    #[prop(into)]
    on_select: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let variants = StoredValue::new(variants);
    let current = move || {
        variants.with_value(|vs| {
            vs.iter()
                .find(|v| v.sku == selected.get())
                .or(vs.first())
                .cloned()
        })
    };
    let colour_group = move || {
        let cs = variants.with_value(|vs| colours(vs));
        (!cs.is_empty()).then(|| {
            let items = cs
                .into_iter()
                .map(|c| {
                    let en = c.name.en.clone();
                    let en2 = en.clone();
                    let name = c.name.clone();
                    let name2 = c.name.clone();
                    let checked = move || current().and_then(|v| v.colour).is_some_and(|cc| cc.name.en == en);
                    let choose = move |_| {
                        if let Some(cur) = current() {
                            if let Some(v) = variants.with_value(|vs| with_colour(vs, &cur, &en2).cloned()) {
                                on_select.run(v.sku);
                            }
                        }
                    };
                    let testid = format!("colour-{}", c.name.en.to_lowercase().replace(' ', "-"));
                    view! {
                        <label class="swatch" data-testid=testid>
                            <input type="radio" name="colour" class="visually-hidden" prop:checked=checked on:change=choose/>
                            <span class="swatch-dot" style:background-color=c.hex.clone()></span>
                            <span class="swatch-name" aria-hidden="true">{move || i18n.lang().pick(&name)}</span>
                            <span class="visually-hidden">{move || i18n.lang().pick(&name2)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="picker">
                    <legend>{move || i18n.t().colour}": "
                        <span class="picked" data-testid="picked-colour">
                            {move || current().and_then(|v| v.colour).map(|c| i18n.lang().pick(&c.name))}
                        </span>
                    </legend>
                    <div class="swatches">{items}</div>
                </fieldset>
            }
        })
    };
    let size_group = move || {
        let cur = current()?;
        let sizes: Vec<Variant> =
            variants.with_value(|vs| sizes_of(vs, &cur).into_iter().cloned().collect());
        (!sizes.is_empty()).then(|| {
            let items = sizes
                .into_iter()
                .map(|v| {
                    let sku = v.sku.clone();
                    let sku2 = v.sku.clone();
                    let label = v.size.clone().unwrap_or_default();
                    view! {
                        <label class="size-option" data-testid=format!("size-{}", label.replace(' ', "-"))>
                            <input type="radio" name="size" class="visually-hidden"
                                prop:checked=move || selected.get() == sku
                                on:change=move |_| on_select.run(sku2.clone())/>
                            <span>{label.clone()}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="picker">
                    <legend>{move || i18n.t().size}</legend>
                    <div class="sizes">{items}</div>
                </fieldset>
            }
        })
    };
    view! { <div class="variant-picker" data-testid="variant-picker">{colour_group}{size_group}</div> }
}

/// The wishlist heart: a toggle button kept on the server for this session.
#[component]
pub fn WishButton(
    /// The product's slug.
    slug: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = crate::state::session::use_session();
    let s = StoredValue::new(slug);
    let on = move || s.with_value(|slug| session.wished(slug));
    view! {
        <button
            type="button"
            class="wish"
            data-testid=s.with_value(|slug| format!("wish-{slug}"))
            aria-pressed=move || on().to_string()
            aria-label=move || if on() { i18n.t().wishlist_remove } else { i18n.t().wishlist_add }
            on:click=move |ev| {
                ev.prevent_default();
                ev.stop_propagation();
                session.toggle_wish(s.get_value());
            }
        >
            <span aria-hidden="true">{move || if on() { "♥" } else { "♡" }}</span>
        </button>
    }
}
