//! The SQLite database: connection options, migrations, first-run seeding, write transactions.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

/// Opens (creating if needed) the database at `url` (`sqlite://path` or `sqlite::memory:`),
/// migrates it, and seeds the demo chain when it is empty.
pub async fn open(url: &str) -> Result<SqlitePool, sqlx::Error> {
    let opts = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        // Writers queue behind each other instead of failing: SQLite has one writer at a time.
        .busy_timeout(Duration::from_secs(15));
    let in_memory = url.contains(":memory:");
    let pool = SqlitePoolOptions::new()
        // An in-memory database exists per connection, so it must be exactly one.
        .max_connections(if in_memory { 1 } else { 8 })
        .connect_with(opts)
        .await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    let products: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products")
        .fetch_one(&pool)
        .await?;
    if products == 0 {
        crate::seed::seed(&pool).await?;
        tracing::info!("seeded the demo store chain");
    }
    Ok(pool)
}

/// The `sqlite://` URL of the database file inside `data_dir`, creating the directory.
pub fn url_for_dir(data_dir: &Path) -> std::io::Result<String> {
    std::fs::create_dir_all(data_dir)?;
    Ok(format!("sqlite://{}", data_dir.join("tandem.db").display()))
}

/// Starts a transaction that takes SQLite's write lock up front, so a read-then-write
/// transaction can never fail to upgrade under concurrency (it waits its turn instead).
pub async fn begin_write(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}
