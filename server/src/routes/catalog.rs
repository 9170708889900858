//! Products: list/search/filter with cursor paging, one product, its generated images.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::FromRow;
use tandem_api::{
    Category, Colour, Image, Localized, Money, Product, ProductPage, ProductSummary, Variant,
};

use crate::error::{AppError, AppResult};
use crate::images;
use crate::state::AppState;

/// Products on one page unless `limit` says otherwise.
pub const DEFAULT_PAGE: u32 = 12;
/// The most products one page may have.
pub const MAX_PAGE: u32 = 48;

/// Catalog routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/categories", get(categories))
        .route("/products", get(list))
        .route("/products/{slug}", get(one))
        .route("/images/products/{slug}/{file}", get(image))
}

/// A product row as stored.
#[derive(FromRow, Clone, Debug)]
pub struct ProductRow {
    /// Row id.
    pub id: i64,
    /// Slug.
    pub slug: String,
    /// Category slug.
    pub category: String,
    /// English name.
    pub name_en: String,
    /// Korean name.
    pub name_ko: String,
    /// English description.
    pub description_en: String,
    /// Korean description.
    pub description_ko: String,
    /// Price in minor units.
    pub price_amount: i64,
    /// Currency code.
    pub currency: String,
    /// Image palette and motif.
    pub art: String,
    /// Display order.
    pub position: i64,
}

impl ProductRow {
    /// Display name in both languages.
    pub fn name(&self) -> Localized {
        Localized::new(&self.name_en, &self.name_ko)
    }

    /// The price.
    pub fn price(&self) -> Money {
        Money {
            amount: self.price_amount,
            currency: self.currency.clone(),
        }
    }

    /// Image `view` (0-based) with its size and alt text.
    pub fn image(&self, view: u32) -> Image {
        let alt = if view == 0 {
            self.name()
        } else {
            Localized::new(
                format!("{} — view {}", self.name_en, view + 1),
                format!("{} — 이미지 {}", self.name_ko, view + 1),
            )
        };
        Image {
            url: format!("/api/images/products/{}/{}.svg", self.slug, view),
            width: images::IMAGE_WIDTH,
            height: images::IMAGE_HEIGHT,
            alt,
        }
    }

    /// The catalog card.
    pub fn summary(&self) -> ProductSummary {
        ProductSummary {
            slug: self.slug.clone(),
            name: self.name(),
            category: self.category.clone(),
            price: self.price(),
            image: self.image(0),
        }
    }
}

/// A variant row as stored.
#[derive(FromRow, Clone, Debug)]
pub struct VariantRow {
    /// SKU.
    pub sku: String,
    /// Product row id.
    pub product_id: i64,
    /// Size.
    pub size: Option<String>,
    /// Colour name (English).
    pub colour_en: Option<String>,
    /// Colour name (Korean).
    pub colour_ko: Option<String>,
    /// Colour swatch.
    pub colour_hex: Option<String>,
}

impl VariantRow {
    /// The colour, if the variant has one.
    pub fn colour(&self) -> Option<Colour> {
        Some(Colour {
            name: Localized::new(self.colour_en.clone()?, self.colour_ko.clone()?),
            hex: self.colour_hex.clone().unwrap_or_else(|| "#888888".into()),
        })
    }

    /// The API shape.
    pub fn variant(&self) -> Variant {
        Variant {
            sku: self.sku.clone(),
            size: self.size.clone(),
            colour: self.colour(),
        }
    }
}

/// Loads a product by slug or answers 404.
pub async fn product_by_slug(db: &sqlx::SqlitePool, slug: &str) -> AppResult<ProductRow> {
    sqlx::query_as::<_, ProductRow>("SELECT * FROM products WHERE slug = ?")
        .bind(slug)
        .fetch_optional(db)
        .await?
        .ok_or_else(|| AppError::not_found(format!("There is no product “{slug}”.")))
}

/// Variants of a product in display order.
pub async fn variants_of(db: &sqlx::SqlitePool, product_id: i64) -> AppResult<Vec<VariantRow>> {
    Ok(sqlx::query_as::<_, VariantRow>(
        "SELECT sku, product_id, size, colour_en, colour_ko, colour_hex FROM variants
         WHERE product_id = ? ORDER BY position",
    )
    .bind(product_id)
    .fetch_all(db)
    .await?)
}

/// Query of `GET /api/products`; numbers arrive as text so bad values get our own error.
#[derive(Deserialize, Debug, Default)]
pub struct ListQuery {
    q: Option<String>,
    category: Option<String>,
    cursor: Option<String>,
    limit: Option<String>,
}

/// `GET /api/products?q=&category=&cursor=&limit=`
async fn list(
    State(st): State<AppState>,
    Query(query): Query<ListQuery>,
) -> AppResult<Json<ProductPage>> {
    let limit = match query.limit.as_deref() {
        None | Some("") => DEFAULT_PAGE,
        Some(s) => s
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or_else(|| {
                AppError::invalid(
                    "limit",
                    format!("limit must be a whole number from 1 to {MAX_PAGE}."),
                )
            })?,
    };
    // The cursor is the position of the last product on the previous page.
    let after: i64 = match query.cursor.as_deref() {
        None | Some("") => -1,
        Some(s) => s
            .parse::<u32>()
            .map(i64::from)
            .map_err(|_| AppError::invalid("cursor", "cursor is not one this server gave out."))?,
    };
    let q = query.q.as_deref().map(str::trim).unwrap_or("");
    if q.chars().count() > 100 {
        return Err(AppError::invalid(
            "q",
            "Search text must be at most 100 characters.",
        ));
    }
    let categories: Vec<(String, String, String)> =
        sqlx::query_as("SELECT slug, name_en, name_ko FROM categories ORDER BY position")
            .fetch_all(&st.db)
            .await?;
    let category = query.category.as_deref().unwrap_or("").trim();
    if !category.is_empty() && !categories.iter().any(|(s, _, _)| s == category) {
        return Err(AppError::invalid(
            "category",
            format!("There is no category “{category}”."),
        ));
    }
    let pattern = format!(
        "%{}%",
        q.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let filter = "(?1 = '' OR name_en LIKE ?2 ESCAPE '\\' OR name_ko LIKE ?2 ESCAPE '\\'
                   OR description_en LIKE ?2 ESCAPE '\\' OR description_ko LIKE ?2 ESCAPE '\\')
                  AND (?3 = '' OR category = ?3)";
    let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM products WHERE {filter}"))
        .bind(q)
        .bind(&pattern)
        .bind(category)
        .fetch_one(&st.db)
        .await?;
    let mut rows: Vec<ProductRow> = sqlx::query_as(&format!(
        "SELECT * FROM products WHERE {filter} AND position > ?4 ORDER BY position LIMIT ?5"
    ))
    .bind(q)
    .bind(&pattern)
    .bind(category)
    .bind(after)
    .bind(i64::from(limit) + 1)
    .fetch_all(&st.db)
    .await?;
    let next_cursor = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(|r| r.position.to_string())
    } else {
        None
    };
    Ok(Json(ProductPage {
        items: rows.iter().map(ProductRow::summary).collect(),
        next_cursor,
        total: total as u32,
        categories: categories
            .into_iter()
            .map(|(slug, en, ko)| Category {
                slug,
                name: Localized::new(en, ko),
            })
            .collect(),
    }))
}

/// `GET /api/categories`
async fn categories(State(st): State<AppState>) -> AppResult<Json<Vec<Category>>> {
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT slug, name_en, name_ko FROM categories ORDER BY position")
            .fetch_all(&st.db)
            .await?;
    Ok(Json(
        rows.into_iter()
            .map(|(slug, en, ko)| Category {
                slug,
                name: Localized::new(en, ko),
            })
            .collect(),
    ))
}

/// `GET /api/products/{slug}`
async fn one(State(st): State<AppState>, Path(slug): Path<String>) -> AppResult<Json<Product>> {
    let p = product_by_slug(&st.db, &slug).await?;
    let variants = variants_of(&st.db, p.id).await?;
    Ok(Json(Product {
        slug: p.slug.clone(),
        name: p.name(),
        category: p.category.clone(),
        description: Localized::new(&p.description_en, &p.description_ko),
        price: p.price(),
        images: (0..images::VIEWS).map(|v| p.image(v)).collect(),
        variants: variants.iter().map(VariantRow::variant).collect(),
    }))
}

/// `GET /api/images/products/{slug}/{view}.svg`: generated artwork, cacheable for a day.
async fn image(
    State(st): State<AppState>,
    Path((slug, file)): Path<(String, String)>,
) -> AppResult<impl IntoResponse> {
    let view = file
        .strip_suffix(".svg")
        .and_then(|v| v.parse::<u32>().ok())
        .filter(|v| *v < images::VIEWS)
        .ok_or_else(|| AppError::not_found("There is no such image."))?;
    let p = product_by_slug(&st.db, &slug).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        images::product_svg(&p.art, view, &p.name_en),
    ))
}
