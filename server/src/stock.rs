//! Stock changes: the change log written with every change, and the fan-out to live streams.

use std::sync::Arc;

use sqlx::{Sqlite, SqliteConnection, Transaction};
use tandem_api::StockEvent;
use tokio::sync::{broadcast, Mutex};

/// A committed stock change, with the product it belongs to for stream filtering.
#[derive(Clone, Debug)]
pub struct Change {
    /// The variant's product.
    pub product_id: i64,
    /// What streams send.
    pub event: StockEvent,
}

/// Fans committed changes out to every open stream, in sequence order.
#[derive(Clone)]
pub struct StockHub {
    tx: broadcast::Sender<Change>,
    // Held from commit to publish so streams see changes in the order of their sequence numbers.
    order: Arc<Mutex<()>>,
}

impl Default for StockHub {
    fn default() -> Self {
        Self::new()
    }
}

impl StockHub {
    /// A hub with room for bursts; a stream that falls further behind re-reads the log.
    pub fn new() -> Self {
        Self {
            tx: broadcast::channel(1024).0,
            order: Arc::new(Mutex::new(())),
        }
    }

    /// Receives every change published from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.tx.subscribe()
    }

    /// Commits `tx`, then publishes its changes, both under the order lock.
    pub async fn commit(
        &self,
        tx: Transaction<'static, Sqlite>,
        changes: Vec<Change>,
    ) -> Result<(), sqlx::Error> {
        let _order = self.order.lock().await;
        tx.commit().await?;
        for change in changes {
            // No receivers is fine: nobody is watching.
            let _ = self.tx.send(change);
        }
        Ok(())
    }

    /// How many streams are listening (for the benchmark's figures).
    pub fn listeners(&self) -> usize {
        self.tx.receiver_count()
    }
}

/// Appends the current availability of (sku, store) to the change log; call inside the
/// transaction that changed it, after the change.
pub async fn log_change(
    conn: &mut SqliteConnection,
    sku: &str,
    store_id: &str,
    reason: &str,
    at: &str,
) -> Result<Change, sqlx::Error> {
    let (product_id, available): (i64, i64) = sqlx::query_as(
        "SELECT v.product_id, s.on_hand - s.held FROM stock s JOIN variants v ON v.sku = s.sku
         WHERE s.sku = ? AND s.store_id = ?",
    )
    .bind(sku)
    .bind(store_id)
    .fetch_one(&mut *conn)
    .await?;
    let seq: i64 = sqlx::query_scalar(
        "INSERT INTO stock_changes (product_id, sku, store_id, available, reason, at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING seq",
    )
    .bind(product_id)
    .bind(sku)
    .bind(store_id)
    .bind(available)
    .bind(reason)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Change {
        product_id,
        event: StockEvent {
            seq,
            sku: sku.to_string(),
            store_id: store_id.to_string(),
            available: available.max(0) as u32,
        },
    })
}

/// Changes of one product after `after`, in order, from the log.
pub async fn changes_since(
    db: &sqlx::SqlitePool,
    product_id: i64,
    after: i64,
) -> Result<Vec<StockEvent>, sqlx::Error> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT seq, sku, store_id, available FROM stock_changes
         WHERE product_id = ? AND seq > ? ORDER BY seq LIMIT 10000",
    )
    .bind(product_id)
    .bind(after)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(seq, sku, store_id, available)| StockEvent {
            seq,
            sku,
            store_id,
            available: available.max(0) as u32,
        })
        .collect())
}

/// The newest sequence number in the log (0 before any change).
pub async fn last_seq(conn: &mut SqliteConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM stock_changes")
        .fetch_one(conn)
        .await
}
