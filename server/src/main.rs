//! `tandem-server`: the reference API server and web app host.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::Parser;

/// Tandem's reference API server (axum + SQLite); also serves the built web app.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Address to listen on.
    #[arg(long, env = "TANDEM_HOST", default_value = "127.0.0.1")]
    host: IpAddr,
    /// Port to listen on (0 picks a free one).
    #[arg(long, env = "TANDEM_PORT", default_value_t = 8080)]
    port: u16,
    /// Directory for the SQLite database (created, migrated and seeded on first run).
    #[arg(long, env = "TANDEM_DATA_DIR", default_value = "data")]
    data_dir: PathBuf,
    /// Database URL instead of --data-dir, e.g. sqlite:///var/lib/tandem/tandem.db.
    #[arg(long, env = "TANDEM_DATABASE_URL")]
    database_url: Option<String>,
    /// The built web app (Trunk's dist/) to serve; API only when absent.
    #[arg(long, env = "TANDEM_DIST")]
    dist: Option<PathBuf>,
    /// Demo mode: simulate in-store sales and restocks so stock visibly moves.
    #[arg(long, env = "TANDEM_SIMULATE")]
    simulate: bool,
    /// Mark cookies Secure (set when served over HTTPS, e.g. behind a TLS proxy).
    #[arg(long, env = "TANDEM_SECURE_COOKIES")]
    secure_cookies: bool,
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "tandem_server=info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    let database_url = match args.database_url {
        Some(url) => url,
        None => match tandem_server::db::url_for_dir(&args.data_dir) {
            Ok(url) => url,
            Err(e) => {
                eprintln!(
                    "error: cannot create data directory {}: {e}",
                    args.data_dir.display()
                );
                std::process::exit(1);
            }
        },
    };
    if let Some(dist) = &args.dist {
        if !dist.join("index.html").exists() {
            eprintln!(
                "error: {} has no index.html; build the web app first (cargo xtask build)",
                dist.display()
            );
            std::process::exit(1);
        }
    }
    let opts = tandem_server::ServeOptions {
        addr: SocketAddr::new(args.host, args.port),
        database_url,
        dist: args.dist,
        simulate: args.simulate,
        secure_cookies: args.secure_cookies,
    };
    if let Err(e) = tandem_server::serve(opts).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
