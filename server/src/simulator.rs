//! Demo mode only: in-store sales and restocks at random stores, so stock visibly moves on
//! open product pages. Changes go through the same change log as every real one.

use std::time::Duration;

use rand::seq::SliceRandom;
use rand::Rng;

use crate::clock::rfc3339;
use crate::state::AppState;
use crate::stock::log_change;

/// Runs forever, one change every few seconds.
pub async fn run(st: AppState) {
    loop {
        let wait = rand::thread_rng().gen_range(2_000..6_000);
        tokio::time::sleep(Duration::from_millis(wait)).await;
        if let Err(e) = step(&st).await {
            tracing::warn!(%e, "simulator step failed");
        }
    }
}

/// One simulated sale or restock.
pub async fn step(st: &AppState) -> Result<(), sqlx::Error> {
    let rows: Vec<(String, String, i64, i64)> =
        sqlx::query_as("SELECT sku, store_id, on_hand, held FROM stock ORDER BY RANDOM() LIMIT 20")
            .fetch_all(&st.db)
            .await?;
    let (sku, store_id, delta, reason) = {
        let mut rng = rand::thread_rng();
        let Some((sku, store_id, on_hand, held)) = rows.choose(&mut rng).cloned() else {
            return Ok(());
        };
        let available = on_hand - held;
        // Sell while there is stock; restock what runs out, like a store would.
        if available > 0 && rng.gen_bool(0.7) {
            (sku, store_id, -1i64, "simulated sale")
        } else {
            (sku, store_id, rng.gen_range(1..=4), "simulated restock")
        }
    };
    let mut tx = crate::db::begin_write(&st.db).await?;
    let changed = sqlx::query(
        "UPDATE stock SET on_hand = on_hand + ?1 WHERE sku = ?2 AND store_id = ?3 AND on_hand + ?1 >= held",
    )
    .bind(delta)
    .bind(&sku)
    .bind(&store_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 1 {
        let change = log_change(&mut tx, &sku, &store_id, reason, &rfc3339(st.clock.now())).await?;
        st.stock.commit(tx, vec![change]).await?;
    }
    Ok(())
}
