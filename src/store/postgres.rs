//! The PostgreSQL store: the state of a desk, shared by every translator's projects
//! (`state = "postgres://user@host:5432/newsroom"`). Same tables as the SQLite store, plus the
//! project's name on review records and ledger runs, so two projects never mix their documents
//! while sharing memory and cache.
//!
//! **Client.** `tokio-postgres` (rustls through `tokio-postgres-rustls` for
//! `sslmode=require`, no OpenSSL). Its connections run on a runtime of their own, on one
//! thread the store starts; the store's methods are synchronous, like the SQLite store's, and
//! wait for their queries on the calling thread, so they can be called from inside the MT
//! engine's runtime as well as from plain code.
//!
//! **Connections.** A small pool, opened on demand up to [`super::OpenOptions::connections`]
//! (the run's concurrency). A connection that breaks (the server restarted) is dropped and the
//! operation retried on a new one for up to [`RECONNECT`]: every write is one transaction, so a
//! retried write is whole or absent, never half-written.
//!
//! **Concurrency.** Upserts keyed like the SQLite tables make two runs caching the same
//! sentence, or a run and an export writing one document's record, converge on one row.
//! Memory writes take a transaction-scoped advisory lock, so two exports of the same pair
//! cannot both find it missing and store it twice.
//!
//! **Schema.** `terjemah_schema` holds the version; [`MIGRATIONS`] are applied in order, in
//! one transaction under an advisory lock (several first runs at once create it once). A
//! database of a newer version is refused, as with SQLite.
//!
//! **Secrets.** The password comes from the URL, `PGPASSWORD` or the pgpass file (`PGPASSFILE`,
//! else `~/.pgpass`). Messages name `postgres://user@host:port/database` and never the password.

use super::memory::{self, base_lang, encode_ids, full_lang, later, norm_hash, normalise};
use super::{
    now, CacheKey, CacheRow, LedgerEntry, LedgerRow, MemoryPair, MemoryStats, OpenOptions,
    RecordRow, StateInfo, StoreError,
};
use crate::config::Env;
use crate::doc::MemoryMatch;
use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Config, NoTls, Statement};

/// The schema this version writes.
pub const SCHEMA_VERSION: i64 = 1;

/// How long an operation keeps reconnecting after its connection broke.
pub const RECONNECT: Duration = Duration::from_secs(30);

/// Advisory-lock keys (arbitrary, fixed): schema migration, memory writes.
const LOCK_SCHEMA: i64 = 0x7465_726a_0001;
const LOCK_MEMORY: i64 = 0x7465_726a_0002;

/// The schema, one step per version: step `i` brings version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &["
    CREATE TABLE IF NOT EXISTS mt_cache (
        backend TEXT NOT NULL, model TEXT NOT NULL, src_lang TEXT NOT NULL,
        tgt_lang TEXT NOT NULL, glossary TEXT NOT NULL, source_hash BYTEA NOT NULL,
        source TEXT NOT NULL, target TEXT NOT NULL, billed BIGINT, created TEXT NOT NULL,
        PRIMARY KEY (backend, model, src_lang, tgt_lang, glossary, source_hash));
    CREATE TABLE IF NOT EXISTS ledger (
        id BIGSERIAL PRIMARY KEY, project TEXT NOT NULL, at TEXT NOT NULL,
        backend TEXT NOT NULL, requests BIGINT NOT NULL, characters_sent BIGINT NOT NULL,
        characters_billed BIGINT NOT NULL, cache_hits BIGINT NOT NULL);
    CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS review_machine (
        project TEXT NOT NULL, document TEXT NOT NULL, source_hash BYTEA NOT NULL,
        source TEXT NOT NULL, mt TEXT NOT NULL, backend TEXT NOT NULL, updated TEXT NOT NULL,
        PRIMARY KEY (project, document, source_hash));
    CREATE TABLE IF NOT EXISTS review_human (
        project TEXT NOT NULL, document TEXT NOT NULL, source_hash BYTEA NOT NULL,
        source TEXT NOT NULL, target TEXT NOT NULL, updated TEXT NOT NULL,
        PRIMARY KEY (project, document, source_hash));
    CREATE TABLE IF NOT EXISTS memory (
        id BIGSERIAL PRIMARY KEY, src_lang TEXT NOT NULL, tgt_lang TEXT NOT NULL,
        src TEXT NOT NULL, tgt TEXT NOT NULL, norm_hash BIGINT NOT NULL,
        source TEXT NOT NULL, target TEXT NOT NULL, document TEXT NOT NULL,
        created TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS memory_exact ON memory (src, tgt, norm_hash);
    CREATE TABLE IF NOT EXISTS memory_length (
        lang TEXT NOT NULL, len BIGINT NOT NULL, pairs BIGINT NOT NULL,
        PRIMARY KEY (lang, len));
    CREATE TABLE IF NOT EXISTS memory_tokens (
        id BIGINT PRIMARY KEY, tgt TEXT NOT NULL, tokens BYTEA NOT NULL);
    CREATE TABLE IF NOT EXISTS memory_word (
        id BIGSERIAL PRIMARY KEY, lang TEXT NOT NULL, word TEXT NOT NULL,
        df BIGINT NOT NULL, UNIQUE (lang, word));
    CREATE TABLE IF NOT EXISTS memory_posting (
        word BIGINT NOT NULL, len BIGINT NOT NULL, pair BIGINT NOT NULL,
        PRIMARY KEY (word, len, pair));
"];

/// The state's tables, for sizes.
const TABLES: &[&str] = &[
    "mt_cache",
    "ledger",
    "kv",
    "review_machine",
    "review_human",
    "memory",
    "memory_length",
    "memory_tokens",
    "memory_word",
    "memory_posting",
    "terjemah_schema",
];

/// A PostgreSQL database to keep the state in, with its password resolved. Shown (`Display`,
/// `Debug`) as `postgres://user@host:port/database`, never with the password.
#[derive(Clone, PartialEq, Eq)]
pub struct PgTarget {
    config: Config,
    tls: bool,
    shown: String,
}

impl std::fmt::Display for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl std::fmt::Debug for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PgTarget({})", self.shown)
    }
}

impl PgTarget {
    /// Parses a `postgres://` or `postgresql://` URL; the password is the URL's, else
    /// `PGPASSWORD`'s, else the pgpass file's.
    pub fn parse(url: &str, env: &Env) -> Result<PgTarget, StoreError> {
        let mut config: Config =
            url.parse()
                .map_err(|e: tokio_postgres::Error| StoreError::Postgres {
                    at: "the postgres:// setting".into(),
                    // The parser's message names the bad part, never the value.
                    message: format!("not a valid PostgreSQL URL: {e}"),
                })?;
        let host = match config.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".to_string(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let user = config
            .get_user()
            .map(str::to_string)
            .or_else(|| env.get("USER").map(str::to_string))
            .unwrap_or_default();
        if config.get_user().is_none() && !user.is_empty() {
            config.user(&user);
        }
        let db = config.get_dbname().unwrap_or(&user).to_string();
        let shown = format!("postgres://{user}@{host}:{port}/{db}");
        if config.get_password().is_none() {
            let pgpass_host = if host.starts_with('/') {
                "localhost"
            } else {
                &host
            };
            if let Some(pw) = env.get("PGPASSWORD") {
                config.password(pw);
            } else if let Some(pw) = pgpass(env, pgpass_host, port, &db, &user) {
                config.password(pw);
            }
        }
        let tls = match config.get_ssl_mode() {
            tokio_postgres::config::SslMode::Require => true,
            // `prefer` (the default) would try TLS and verify the certificate; without a
            // request for TLS the connection is plain, as most loopback and socket set-ups are.
            _ => {
                config.ssl_mode(tokio_postgres::config::SslMode::Disable);
                false
            }
        };
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        config.application_name("terjemah");
        Ok(PgTarget { config, tls, shown })
    }

    fn password(&self) -> Option<String> {
        self.config
            .get_password()
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .filter(|p| !p.is_empty())
    }
}

/// The password of the pgpass file's first line matching host, port, database and user
/// (`*` matches anything; `\:` and `\\` are escapes), as libpq reads it.
fn pgpass(env: &Env, host: &str, port: u16, db: &str, user: &str) -> Option<String> {
    let path = match env.get("PGPASSFILE") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env.get("HOME")?).join(".pgpass"),
    };
    let text = std::fs::read_to_string(path).ok()?;
    let port = port.to_string();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => field.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                c => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        let want = [host, port.as_str(), db, user];
        if fields[..4]
            .iter()
            .zip(want)
            .all(|(f, w)| f == "*" || f == w)
        {
            return Some(fields.pop().unwrap_or_default());
        }
    }
    None
}

/// Waits on the calling thread for a future whose I/O is driven elsewhere (the store's own
/// runtime): client requests only exchange messages with their connection's task.
fn block_on<F: Future>(fut: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut cx = std::task::Context::from_waker(&waker);
    let mut fut = std::pin::pin!(fut);
    loop {
        if let std::task::Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

/// One connection with its prepared statements.
struct Conn {
    client: Client,
    statements: HashMap<String, Statement>,
}

impl Conn {
    /// `sql` prepared once per connection: a query then costs one round trip.
    async fn prepare(&mut self, sql: &str) -> Result<Statement, tokio_postgres::Error> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(sql).await?;
        self.statements.insert(sql.to_string(), s.clone());
        Ok(s)
    }
}

/// Idle connections and how many are open.
struct Pool {
    idle: Vec<Conn>,
    open: usize,
}

/// An open PostgreSQL state.
pub(crate) struct Postgres {
    target: PgTarget,
    project: String,
    max: usize,
    pool: Mutex<Pool>,
    freed: Condvar,
    tls: Option<tokio_postgres_rustls::MakeRustlsConnect>,
    handle: tokio::runtime::Handle,
    /// Dropped last: ends the runtime thread, closing the connections.
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl std::fmt::Debug for Postgres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Postgres({}, project {})", self.target, self.project)
    }
}

/// Whether an error is the connection's (server gone, restarting, shutting down) rather than
/// the query's: then a new connection may succeed.
fn is_connection_error(e: &tokio_postgres::Error) -> bool {
    match e.code() {
        Some(code) => [
            SqlState::ADMIN_SHUTDOWN,
            SqlState::CRASH_SHUTDOWN,
            SqlState::CANNOT_CONNECT_NOW,
        ]
        .contains(code),
        None => {
            e.is_closed() || std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>())
        }
    }
}

impl Postgres {
    /// Connects, and creates or migrates the schema (with `opts.create`; without, a
    /// database without the schema is `None`).
    pub fn open(target: &PgTarget, opts: &OpenOptions) -> Result<Option<Postgres>, StoreError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| StoreError::Postgres {
                at: target.to_string(),
                message: format!("cannot start the client runtime: {e}"),
            })?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::Builder::new()
            .name("postgres".into())
            .spawn(move || {
                runtime.block_on(async {
                    let _ = stopped.await;
                })
            })
            .map_err(|e| StoreError::Postgres {
                at: target.to_string(),
                message: format!("cannot start the client thread: {e}"),
            })?;
        let tls = if target.tls {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let mut roots = rustls::RootCertStore::empty();
            roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
            let config = rustls::ClientConfig::builder()
                .with_root_certificates(roots)
                .with_no_client_auth();
            Some(tokio_postgres_rustls::MakeRustlsConnect::new(config))
        } else {
            None
        };
        let store = Postgres {
            target: target.clone(),
            project: opts.project.clone(),
            max: opts.connections.max(1),
            pool: Mutex::new(Pool {
                idle: Vec::new(),
                open: 0,
            }),
            freed: Condvar::new(),
            tls,
            handle,
            _stop: stop,
        };
        // The first connection fails fast: an unreachable server or a wrong password is
        // reported now, not after retrying.
        let conn = store.connect().map_err(|e| store.error(&e))?;
        store.pool.lock().unwrap_or_else(|p| p.into_inner()).open += 1;
        store.checkin(conn, true);
        let version = store.version()?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                at: target.to_string(),
                version,
            });
        }
        if version < SCHEMA_VERSION {
            if !opts.create && version == 0 {
                return Ok(None);
            }
            store.migrate()?;
        }
        Ok(Some(store))
    }

    /// Where it is, without the password.
    pub fn target(&self) -> &PgTarget {
        &self.target
    }

    /// The schema version (0: no schema yet).
    fn version(&self) -> Result<i64, StoreError> {
        self.with(|c| {
            block_on(async {
                let exists = c
                    .client
                    .query_one("SELECT to_regclass('terjemah_schema') IS NOT NULL", &[])
                    .await?
                    .get::<_, bool>(0);
                if !exists {
                    return Ok(0);
                }
                let row = c
                    .client
                    .query_opt("SELECT MAX(version) FROM terjemah_schema", &[])
                    .await?;
                Ok(row.and_then(|r| r.get::<_, Option<i64>>(0)).unwrap_or(0))
            })
        })
    }

    /// Applies the missing [`MIGRATIONS`] in one transaction, under a lock.
    fn migrate(&self) -> Result<(), StoreError> {
        self.with(|c| {
            block_on(async {
                let tx = c.client.transaction().await?;
                tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_SCHEMA])
                    .await?;
                tx.batch_execute(
                    "CREATE TABLE IF NOT EXISTS terjemah_schema (version BIGINT NOT NULL)",
                )
                .await?;
                // Re-read under the lock: another process may have migrated meanwhile.
                let now: i64 = tx
                    .query_one("SELECT COALESCE(MAX(version), 0) FROM terjemah_schema", &[])
                    .await?
                    .get(0);
                for step in MIGRATIONS.iter().skip(now.max(0) as usize) {
                    tx.batch_execute(step).await?;
                }
                if now < SCHEMA_VERSION {
                    tx.execute("DELETE FROM terjemah_schema", &[]).await?;
                    tx.execute(
                        "INSERT INTO terjemah_schema (version) VALUES ($1)",
                        &[&SCHEMA_VERSION],
                    )
                    .await?;
                }
                tx.commit().await
            })
        })
    }

    /// A new connection, made on the store's runtime.
    fn connect(&self) -> Result<Conn, tokio_postgres::Error> {
        let config = self.target.config.clone();
        let tls = self.tls.clone();
        let task = self.handle.spawn(async move {
            let client = match tls {
                Some(tls) => {
                    let (client, connection) = config.connect(tls).await?;
                    tokio::spawn(async move {
                        let _ = connection.await;
                    });
                    client
                }
                None => {
                    let (client, connection) = config.connect(NoTls).await?;
                    tokio::spawn(async move {
                        let _ = connection.await;
                    });
                    client
                }
            };
            Ok(client)
        });
        match block_on(task) {
            Ok(client) => client.map(|client| Conn {
                client,
                statements: HashMap::new(),
            }),
            // The task only panics if tokio-postgres does; report it as a closed connection.
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }

    /// An idle connection, else a new one while fewer than `max` are open, else waits.
    fn checkout(&self) -> Result<Conn, tokio_postgres::Error> {
        let mut pool = self.pool.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(conn) = pool.idle.pop() {
                if !conn.client.is_closed() {
                    return Ok(conn);
                }
                pool.open -= 1;
                continue;
            }
            if pool.open < self.max {
                pool.open += 1;
                drop(pool);
                return self.connect().inspect_err(|_| self.checkin_failed());
            }
            pool = self.freed.wait(pool).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// Gives a connection back (`ok`), or forgets a broken one.
    fn checkin(&self, conn: Conn, ok: bool) {
        let mut pool = self.pool.lock().unwrap_or_else(|p| p.into_inner());
        if ok && !conn.client.is_closed() {
            pool.idle.push(conn);
        } else {
            pool.open -= 1;
        }
        self.freed.notify_one();
    }

    fn checkin_failed(&self) {
        let mut pool = self.pool.lock().unwrap_or_else(|p| p.into_inner());
        pool.open -= 1;
        self.freed.notify_one();
    }

    /// Runs `f` on a pooled connection. When the connection breaks (the server restarted),
    /// `f` runs again on a new one, for up to [`RECONNECT`]; `f` is one transaction, so it
    /// either happened or did not.
    fn with<T>(
        &self,
        mut f: impl FnMut(&mut Conn) -> Result<T, tokio_postgres::Error>,
    ) -> Result<T, StoreError> {
        let deadline = Instant::now() + RECONNECT;
        loop {
            let result = self.checkout().and_then(|mut conn| {
                let r = f(&mut conn);
                let broken = r.as_ref().is_err_and(is_connection_error);
                self.checkin(conn, !broken);
                r
            });
            match result {
                Err(e) if is_connection_error(&e) && Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(250));
                }
                other => return other.map_err(|e| self.error(&e)),
            }
        }
    }

    /// A message for the user: what the server said (or why it could not be reached), with
    /// the password removed should it appear.
    fn error(&self, e: &tokio_postgres::Error) -> StoreError {
        let mut message = match e.as_db_error() {
            Some(db) => {
                let hint = match *db.code() {
                    SqlState::READ_ONLY_SQL_TRANSACTION => {
                        " (the database is read-only: a standby, or default_transaction_read_only)"
                    }
                    SqlState::INSUFFICIENT_PRIVILEGE => {
                        " (the user may read but not write the state's tables)"
                    }
                    SqlState::INVALID_PASSWORD | SqlState::INVALID_AUTHORIZATION_SPECIFICATION => {
                        " (check the password: in the URL, PGPASSWORD or ~/.pgpass)"
                    }
                    _ => "",
                };
                format!("{}{hint}", db.message())
            }
            None => match std::error::Error::source(e) {
                Some(source) if source.is::<std::io::Error>() => {
                    format!("cannot connect: {source}")
                }
                Some(source) => format!("{e}: {source}"),
                None => e.to_string(),
            },
        };
        if let Some(pw) = self.target.password() {
            message = message.replace(&pw, "<redacted>");
        }
        StoreError::Postgres {
            at: self.target.to_string(),
            message,
        }
    }

    /// Runs the statement `sql` with `params` and returns the rows.
    fn query(
        &self,
        sql: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<Vec<tokio_postgres::Row>, StoreError> {
        self.with(|c| {
            block_on(async {
                let st = c.prepare(sql).await?;
                c.client.query(&st, params).await
            })
        })
    }

    /// The cached translation of `source`.
    pub fn cache_get(
        &self,
        key: &CacheKey,
        source: &str,
    ) -> Result<Option<(String, Option<u64>)>, StoreError> {
        let rows = self.query(
            "SELECT target, billed FROM mt_cache WHERE backend=$1 AND model=$2 AND src_lang=$3
             AND tgt_lang=$4 AND glossary=$5 AND source_hash=$6 AND source=$7",
            &[
                &key.backend,
                &key.model,
                &key.from,
                &key.to,
                &key.glossary,
                &text_hash(source),
                &source,
            ],
        )?;
        Ok(rows.first().map(|r| {
            (
                r.get::<_, String>(0),
                r.get::<_, Option<i64>>(1).map(|b| b.max(0) as u64),
            )
        }))
    }

    /// Stores translations of one batch in one transaction (the last of a repeated source
    /// wins, as with SQLite's `INSERT OR REPLACE`).
    pub fn cache_put(
        &self,
        key: &CacheKey,
        items: &[(&str, &str, Option<u64>)],
    ) -> Result<(), StoreError> {
        let rows: Vec<CacheRow> = items
            .iter()
            .map(|(s, t, b)| CacheRow {
                key: key.clone(),
                source: s.to_string(),
                target: t.to_string(),
                billed: *b,
                created: now(),
            })
            .collect();
        self.cache_write(&rows, true).map(|_| ())
    }

    /// Upserts (`replace`) or inserts missing cache rows; returns how many were written.
    fn cache_write(&self, rows: &[CacheRow], replace: bool) -> Result<usize, StoreError> {
        // One row per key: a statement may not touch a row twice.
        let mut last: HashMap<(&CacheKey, &str), &CacheRow> = HashMap::new();
        for r in rows {
            last.insert((&r.key, r.source.as_str()), r);
        }
        let rows: Vec<&CacheRow> = last.into_values().collect();
        let col = |f: fn(&CacheRow) -> String| rows.iter().map(|r| f(r)).collect::<Vec<String>>();
        let (backend, model, from, to, glossary) = (
            col(|r| r.key.backend.clone()),
            col(|r| r.key.model.clone()),
            col(|r| r.key.from.clone()),
            col(|r| r.key.to.clone()),
            col(|r| r.key.glossary.clone()),
        );
        let (source, target, created) = (
            col(|r| r.source.clone()),
            col(|r| r.target.clone()),
            col(|r| r.created.clone()),
        );
        let hash: Vec<Vec<u8>> = rows.iter().map(|r| text_hash(&r.source)).collect();
        let billed: Vec<Option<i64>> = rows.iter().map(|r| r.billed.map(|b| b as i64)).collect();
        let conflict = if replace {
            "DO UPDATE SET source = EXCLUDED.source, target = EXCLUDED.target,
             billed = EXCLUDED.billed, created = EXCLUDED.created"
        } else {
            "DO NOTHING"
        };
        let sql = format!(
            "INSERT INTO mt_cache (backend, model, src_lang, tgt_lang, glossary, source_hash,
             source, target, billed, created)
             SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
             $6::bytea[], $7::text[], $8::text[], $9::bigint[], $10::text[])
             ON CONFLICT (backend, model, src_lang, tgt_lang, glossary, source_hash) {conflict}"
        );
        self.with(|c| {
            block_on(async {
                c.client
                    .execute(
                        &sql,
                        &[
                            &backend, &model, &from, &to, &glossary, &hash, &source, &target,
                            &billed, &created,
                        ],
                    )
                    .await
            })
        })
        .map(|n| n as usize)
    }

    /// Every cached translation.
    pub fn cache_rows(&self) -> Result<Vec<CacheRow>, StoreError> {
        let rows = self.query(
            "SELECT backend, model, src_lang, tgt_lang, glossary, source, target, billed, created
             FROM mt_cache ORDER BY created",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| CacheRow {
                key: CacheKey {
                    backend: r.get(0),
                    model: r.get(1),
                    from: r.get(2),
                    to: r.get(3),
                    glossary: r.get(4),
                },
                source: r.get(5),
                target: r.get(6),
                billed: r.get::<_, Option<i64>>(7).map(|b| b.max(0) as u64),
                created: r.get(8),
            })
            .collect())
    }

    /// Stores cached translations that are not here yet; returns how many were new.
    pub fn cache_load(&self, rows: &[CacheRow]) -> Result<usize, StoreError> {
        self.cache_write(rows, false)
    }

    /// Adds a run to the ledger, with the project's name. Always a new row: two runs of one
    /// project in the same second with the same figures (two runs answered from the cache)
    /// are two runs; only [`Postgres::ledger_load`] skips rows already there.
    pub fn record_run(&self, entry: &LedgerEntry) -> Result<(), StoreError> {
        self.ledger_write(
            &[LedgerRow {
                at: now(),
                project: self.project.clone(),
                entry: entry.clone(),
            }],
            false,
        )
        .map(|_| ())
    }

    /// Totals per backend over every run of every project.
    pub fn ledger_totals(&self) -> Result<Vec<LedgerEntry>, StoreError> {
        let rows = self.query(
            "SELECT backend, SUM(requests)::BIGINT, SUM(characters_sent)::BIGINT,
             SUM(characters_billed)::BIGINT, SUM(cache_hits)::BIGINT
             FROM ledger GROUP BY backend ORDER BY backend",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| LedgerEntry {
                backend: r.get(0),
                requests: r.get::<_, i64>(1) as u64,
                characters_sent: r.get::<_, i64>(2) as u64,
                characters_billed: r.get::<_, i64>(3) as u64,
                cache_hits: r.get::<_, i64>(4) as u64,
            })
            .collect())
    }

    /// Every run of the ledger, oldest first.
    pub fn ledger_rows(&self) -> Result<Vec<LedgerRow>, StoreError> {
        let rows = self.query(
            "SELECT at, project, backend, requests, characters_sent, characters_billed, cache_hits
             FROM ledger ORDER BY id",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| LedgerRow {
                at: r.get(0),
                project: r.get(1),
                entry: LedgerEntry {
                    backend: r.get(2),
                    requests: r.get::<_, i64>(3) as u64,
                    characters_sent: r.get::<_, i64>(4) as u64,
                    characters_billed: r.get::<_, i64>(5) as u64,
                    cache_hits: r.get::<_, i64>(6) as u64,
                },
            })
            .collect())
    }

    /// Adds the runs not in the ledger yet; a run without a project (from a SQLite store) is
    /// this project's. Returns how many were new.
    pub fn ledger_load(&self, rows: &[LedgerRow]) -> Result<usize, StoreError> {
        self.ledger_write(rows, true)
    }

    /// Adds `rows` to the ledger, skipping those already there when `skip_known` (a copy).
    fn ledger_write(&self, rows: &[LedgerRow], skip_known: bool) -> Result<usize, StoreError> {
        let insert = if skip_known {
            "INSERT INTO ledger (project, at, backend, requests, characters_sent,
             characters_billed, cache_hits)
             SELECT $1, $2, $3, $4, $5, $6, $7 WHERE NOT EXISTS (SELECT 1 FROM ledger
             WHERE project=$1 AND at=$2 AND backend=$3 AND requests=$4
             AND characters_sent=$5 AND characters_billed=$6 AND cache_hits=$7)"
        } else {
            "INSERT INTO ledger (project, at, backend, requests, characters_sent,
             characters_billed, cache_hits)
             VALUES ($1, $2, $3, $4, $5, $6, $7)"
        };
        self.with(|c| {
            block_on(async {
                let tx = c.client.transaction().await?;
                let mut new = 0;
                for r in rows {
                    let project = if r.project.is_empty() {
                        &self.project
                    } else {
                        &r.project
                    };
                    let e = &r.entry;
                    new += tx
                        .execute(
                            insert,
                            &[
                                project,
                                &r.at,
                                &e.backend,
                                &(e.requests as i64),
                                &(e.characters_sent as i64),
                                &(e.characters_billed as i64),
                                &(e.cache_hits as i64),
                            ],
                        )
                        .await? as usize;
                }
                tx.commit().await?;
                Ok(new)
            })
        })
    }

    /// A value of the key-value table (`None` also when the database cannot be read: a
    /// backend then makes its state again).
    pub fn kv_get(&self, key: &str) -> Option<String> {
        self.query("SELECT value FROM kv WHERE key=$1", &[&key])
            .ok()?
            .first()
            .map(|r| r.get(0))
    }

    /// Sets a value of the key-value table.
    pub fn kv_set(&self, key: &str, value: &str) {
        let _ = self.query(
            "INSERT INTO kv (key, value) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            &[&key, &value],
        );
    }

    /// Every key-value entry.
    pub fn kv_rows(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows = self.query("SELECT key, value FROM kv ORDER BY key", &[])?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Stores the entries whose key is not here yet; returns how many were new.
    pub fn kv_load(&self, rows: &[(String, String)]) -> Result<usize, StoreError> {
        let (keys, values): (Vec<String>, Vec<String>) = rows.iter().cloned().unzip();
        self.with(|c| {
            block_on(c.client.execute(
                "INSERT INTO kv (key, value) SELECT * FROM UNNEST($1::text[], $2::text[])
                 ON CONFLICT (key) DO NOTHING",
                &[&keys, &values],
            ))
        })
        .map(|n| n as usize)
    }

    /// Records an article's machine output.
    pub fn save_machine_output(
        &self,
        document: &str,
        producer: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        let rows = record_rows(false, document, producer, pairs);
        self.record_write(&rows, true).map(|_| ())
    }

    /// The machine output of an article's segments, by shown source.
    pub fn machine_outputs(&self, document: &str) -> Result<HashMap<String, String>, StoreError> {
        self.record_read(
            "SELECT source, mt FROM review_machine WHERE project=$1 AND document=$2",
            document,
        )
    }

    /// Records targets a person wrote.
    pub fn save_human_targets(
        &self,
        document: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        let rows = record_rows(true, document, "", pairs);
        self.record_write(&rows, true).map(|_| ())
    }

    /// The latest target a person wrote for each source of an article.
    pub fn human_targets(&self, document: &str) -> Result<HashMap<String, String>, StoreError> {
        self.record_read(
            "SELECT source, target FROM review_human WHERE project=$1 AND document=$2",
            document,
        )
    }

    fn record_read(
        &self,
        sql: &str,
        document: &str,
    ) -> Result<HashMap<String, String>, StoreError> {
        let rows = self.query(sql, &[&self.project, &document])?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Every row of this project's record.
    pub fn record_rows(&self) -> Result<Vec<RecordRow>, StoreError> {
        let rows = self.query(
            "SELECT false, document, source, mt, backend, updated FROM review_machine WHERE project=$1
             UNION ALL SELECT true, document, source, target, '', updated FROM review_human
             WHERE project=$1",
            &[&self.project],
        )?;
        Ok(rows
            .iter()
            .map(|r| RecordRow {
                human: r.get(0),
                document: r.get(1),
                source: r.get(2),
                text: r.get(3),
                backend: r.get(4),
                updated: r.get(5),
            })
            .collect())
    }

    /// Stores record rows missing here or newer than the row kept; returns how many.
    pub fn record_load(&self, rows: &[RecordRow]) -> Result<usize, StoreError> {
        self.record_write(rows, false)
    }

    /// Writes record rows in one transaction: `always` replaces the kept row (a run or an
    /// export writing now), else only an older one is replaced (a copy).
    fn record_write(&self, rows: &[RecordRow], always: bool) -> Result<usize, StoreError> {
        if rows.is_empty() {
            return Ok(0);
        }
        let mut by_table: [Vec<&RecordRow>; 2] = [Vec::new(), Vec::new()];
        {
            let mut last: HashMap<(bool, &str, &str), &RecordRow> = HashMap::new();
            for r in rows {
                last.insert((r.human, &r.document, &r.source), r);
            }
            for r in last.into_values() {
                by_table[usize::from(r.human)].push(r);
            }
        }
        let condition = if always {
            ""
        } else {
            "WHERE t.updated < EXCLUDED.updated"
        };
        self.with(|c| {
            block_on(async {
                let tx = c.client.transaction().await?;
                let mut written = 0;
                for (human, rows) in by_table.iter().enumerate() {
                    if rows.is_empty() {
                        continue;
                    }
                    let col = |f: fn(&RecordRow) -> String| {
                        rows.iter().map(|r| f(r)).collect::<Vec<String>>()
                    };
                    let (document, source, text, backend, updated) = (
                        col(|r| r.document.clone()),
                        col(|r| r.source.clone()),
                        col(|r| r.text.clone()),
                        col(|r| r.backend.clone()),
                        col(|r| r.updated.clone()),
                    );
                    let hash: Vec<Vec<u8>> = rows.iter().map(|r| text_hash(&r.source)).collect();
                    let sql = if human == 1 {
                        format!(
                            "INSERT INTO review_human AS t (project, document, source_hash, source,
                             target, updated)
                             SELECT $1, d, h, s, x, u FROM UNNEST($2::text[], $3::bytea[],
                             $4::text[], $5::text[], $6::text[], $7::text[]) AS v(d, h, s, x, b, u)
                             ON CONFLICT (project, document, source_hash) DO UPDATE SET
                             source = EXCLUDED.source, target = EXCLUDED.target,
                             updated = EXCLUDED.updated {condition}"
                        )
                    } else {
                        format!(
                            "INSERT INTO review_machine AS t (project, document, source_hash, source,
                             mt, backend, updated)
                             SELECT $1, d, h, s, x, b, u FROM UNNEST($2::text[], $3::bytea[],
                             $4::text[], $5::text[], $6::text[], $7::text[]) AS v(d, h, s, x, b, u)
                             ON CONFLICT (project, document, source_hash) DO UPDATE SET
                             source = EXCLUDED.source, mt = EXCLUDED.mt, backend = EXCLUDED.backend,
                             updated = EXCLUDED.updated {condition}"
                        )
                    };
                    written += tx
                        .execute(
                            &sql,
                            &[&self.project, &document, &hash, &source, &text, &backend, &updated],
                        )
                        .await? as usize;
                }
                tx.commit().await?;
                Ok(written)
            })
        })
    }

    /// Stores approved pairs in one transaction; returns how many were new (see
    /// [`super::Store::memory_add`]). The whole batch is a few statements over arrays, and
    /// memory writers queue on one advisory lock, so a pair two exports store at once is
    /// stored once.
    pub fn memory_add(
        &self,
        from: &str,
        to: &str,
        pairs: &[MemoryPair],
    ) -> Result<usize, StoreError> {
        let (src_lang, tgt_lang) = (full_lang(from), full_lang(to));
        let (src, tgt) = (base_lang(from), base_lang(to));
        let now = now();
        // (pair, normalised source, its hash, created)
        let items: Vec<(&MemoryPair, String, i64, String)> = pairs
            .iter()
            .filter_map(|p| {
                let norm = normalise(&p.source);
                (!norm.is_empty()).then(|| {
                    let hash = norm_hash(&norm);
                    (
                        p,
                        norm,
                        hash,
                        p.created.clone().unwrap_or_else(|| now.clone()),
                    )
                })
            })
            .collect();
        if items.is_empty() {
            return Ok(0);
        }
        let mut hashes: Vec<i64> = items.iter().map(|i| i.2).collect();
        hashes.sort_unstable();
        hashes.dedup();
        self.with(|c| {
            block_on(async {
                let tx = c.client.transaction().await?;
                tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_MEMORY])
                    .await?;
                enum Slot {
                    Stored(i64, String),
                    New(usize),
                }
                let mut known: HashMap<(String, String), Slot> = HashMap::new();
                for r in tx
                    .query(
                        "SELECT id, created, source, target FROM memory WHERE src=$1 AND tgt=$2
                         AND norm_hash = ANY($3) AND src_lang=$4 AND tgt_lang=$5 ORDER BY id",
                        &[&src, &tgt, &hashes, &src_lang, &tgt_lang],
                    )
                    .await?
                {
                    let source: String = r.get(2);
                    known
                        .entry((normalise(&source), r.get(3)))
                        .or_insert(Slot::Stored(r.get(0), r.get(1)));
                }
                // New rows: (source, target, document, created, normalised source).
                let mut new: Vec<(String, String, String, String, String)> = Vec::new();
                let mut updates: HashMap<i64, (String, String, String)> = HashMap::new();
                for (p, norm, _, created) in &items {
                    match known.get_mut(&(norm.clone(), p.target.clone())) {
                        Some(Slot::Stored(id, old)) => {
                            if later(created, old) {
                                *old = created.clone();
                                updates.insert(
                                    *id,
                                    (p.source.clone(), p.document.clone(), created.clone()),
                                );
                            }
                        }
                        Some(Slot::New(i)) => {
                            let row = &mut new[*i];
                            if later(created, &row.3) {
                                row.0 = p.source.clone();
                                row.2 = p.document.clone();
                                row.3 = created.clone();
                            }
                        }
                        None => {
                            known.insert((norm.clone(), p.target.clone()), Slot::New(new.len()));
                            new.push((
                                p.source.clone(),
                                p.target.clone(),
                                p.document.clone(),
                                created.clone(),
                                norm.clone(),
                            ));
                        }
                    }
                }
                for (id, (source, document, created)) in &updates {
                    tx.execute(
                        "UPDATE memory SET source=$2, document=$3, created=$4 WHERE id=$1",
                        &[id, source, document, created],
                    )
                    .await?;
                }
                if new.is_empty() {
                    tx.commit().await?;
                    return Ok(0);
                }
                let toks: Vec<Vec<memory::Token>> = new.iter().map(|n| memory::tokens(&n.4)).collect();
                let mut words: Vec<String> = toks
                    .iter()
                    .flatten()
                    .map(|t| t.text.clone())
                    .collect();
                words.sort_unstable();
                words.dedup();
                tx.execute(
                    "INSERT INTO memory_word (lang, word, df) SELECT $1, w, 0
                     FROM UNNEST($2::text[]) AS w ORDER BY w ON CONFLICT (lang, word) DO NOTHING",
                    &[&src, &words],
                )
                .await?;
                let word_ids: HashMap<String, i64> = tx
                    .query(
                        "SELECT word, id FROM memory_word WHERE lang=$1 AND word = ANY($2)",
                        &[&src, &words],
                    )
                    .await?
                    .iter()
                    .map(|r| (r.get(0), r.get(1)))
                    .collect();
                let mut ids: Vec<i64> = tx
                    .query(
                        "SELECT nextval(pg_get_serial_sequence('memory', 'id'))
                         FROM generate_series(1, $1::bigint)",
                        &[&(new.len() as i64)],
                    )
                    .await?
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
                ids.sort_unstable();
                let col = |i: usize| -> Vec<&str> {
                    new.iter()
                        .map(|n| match i {
                            0 => n.0.as_str(),
                            1 => n.1.as_str(),
                            2 => n.2.as_str(),
                            _ => n.3.as_str(),
                        })
                        .collect()
                };
                let row_hashes: Vec<i64> = new.iter().map(|n| norm_hash(&n.4)).collect();
                tx.execute(
                    "INSERT INTO memory (id, src_lang, tgt_lang, src, tgt, norm_hash, source, target,
                     document, created)
                     SELECT i, $2, $3, $4, $5, h, s, t, d, c FROM UNNEST($1::bigint[], $6::bigint[],
                     $7::text[], $8::text[], $9::text[], $10::text[]) AS v(i, h, s, t, d, c)",
                    &[
                        &ids, &src_lang, &tgt_lang, &src, &tgt, &row_hashes, &col(0), &col(1),
                        &col(2), &col(3),
                    ],
                )
                .await?;
                let mut blobs: Vec<Vec<u8>> = Vec::with_capacity(new.len());
                let (mut p_word, mut p_len, mut p_pair) = (Vec::new(), Vec::new(), Vec::new());
                let mut df: HashMap<i64, i64> = HashMap::new();
                let mut lengths: HashMap<i64, i64> = HashMap::new();
                for (t, &id) in toks.iter().zip(&ids) {
                    let token_ids: Vec<i64> = t.iter().map(|k| word_ids[&k.text]).collect();
                    let len = token_ids.len() as i64;
                    blobs.push(encode_ids(&token_ids));
                    *lengths.entry(len).or_default() += 1;
                    let mut ws: Vec<i64> = t
                        .iter()
                        .zip(&token_ids)
                        .filter(|(k, _)| k.word)
                        .map(|(_, &i)| i)
                        .collect();
                    ws.sort_unstable();
                    ws.dedup();
                    for w in ws {
                        *df.entry(w).or_default() += 1;
                        p_word.push(w);
                        p_len.push(len);
                        p_pair.push(id);
                    }
                }
                tx.execute(
                    "INSERT INTO memory_tokens (id, tgt, tokens)
                     SELECT i, $2, t FROM UNNEST($1::bigint[], $3::bytea[]) AS v(i, t)",
                    &[&ids, &tgt, &blobs],
                )
                .await?;
                tx.execute(
                    "INSERT INTO memory_posting (word, len, pair)
                     SELECT * FROM UNNEST($1::bigint[], $2::bigint[], $3::bigint[])
                     ON CONFLICT DO NOTHING",
                    &[&p_word, &p_len, &p_pair],
                )
                .await?;
                let (df_ids, df_n): (Vec<i64>, Vec<i64>) = df.into_iter().unzip();
                tx.execute(
                    "UPDATE memory_word AS w SET df = w.df + v.n
                     FROM UNNEST($1::bigint[], $2::bigint[]) AS v(id, n) WHERE w.id = v.id",
                    &[&df_ids, &df_n],
                )
                .await?;
                let (lens, counts): (Vec<i64>, Vec<i64>) = lengths.into_iter().unzip();
                tx.execute(
                    "INSERT INTO memory_length (lang, len, pairs)
                     SELECT $1, l, n FROM UNNEST($2::bigint[], $3::bigint[]) AS v(l, n)
                     ON CONFLICT (lang, len) DO UPDATE SET pairs = memory_length.pairs + EXCLUDED.pairs",
                    &[&src, &lens, &counts],
                )
                .await?;
                tx.commit().await?;
                Ok(new.len())
            })
        })
    }

    /// The most recent stored pair with the same normalised source.
    pub fn memory_exact(
        &self,
        from: &str,
        to: &str,
        source: &str,
    ) -> Result<Option<MemoryPair>, StoreError> {
        let norm = normalise(source);
        let rows = self.query(
            "SELECT source, target, document, created FROM memory
             WHERE src=$1 AND tgt=$2 AND norm_hash=$3 ORDER BY created DESC, id DESC",
            &[&base_lang(from), &base_lang(to), &norm_hash(&norm)],
        )?;
        Ok(rows
            .iter()
            .map(|r| MemoryPair {
                source: r.get(0),
                target: r.get(1),
                document: r.get(2),
                created: r.get(3),
            })
            .find(|p| normalise(&p.source) == norm))
    }

    /// Fuzzy matches, by the same index and algorithm as SQLite ([`memory::fuzzy`]), over one
    /// connection: a lookup is a handful of round trips.
    pub fn memory_fuzzy(
        &self,
        from: &str,
        to: &str,
        source: &str,
        min_score: u8,
        limit: usize,
    ) -> Result<Vec<MemoryMatch>, StoreError> {
        self.with(|c| memory::fuzzy(&mut PgIndex(c), from, to, source, min_score, limit))
    }

    /// Every stored pair (see [`super::Store::memory_pairs`]).
    pub fn memory_pairs(
        &self,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<(String, String, MemoryPair)>, StoreError> {
        let (from_base, from_full) = memory::lang_filter(from);
        let (to_base, to_full) = memory::lang_filter(to);
        let rows = self.query(
            "SELECT src_lang, tgt_lang, source, target, document, created FROM memory
             WHERE ($1::text IS NULL OR src=$1) AND ($2::text IS NULL OR src_lang=$2)
             AND ($3::text IS NULL OR tgt=$3) AND ($4::text IS NULL OR tgt_lang=$4) ORDER BY id",
            &[&from_base, &from_full, &to_base, &to_full],
        )?;
        Ok(rows
            .iter()
            .map(|r| {
                (
                    r.get(0),
                    r.get(1),
                    MemoryPair {
                        source: r.get(2),
                        target: r.get(3),
                        document: r.get(4),
                        created: r.get(5),
                    },
                )
            })
            .collect())
    }

    /// Counts of the memory.
    pub fn memory_stats(&self) -> Result<MemoryStats, StoreError> {
        let totals = self.query(
            "SELECT COUNT(*), COUNT(DISTINCT document), MIN(created), MAX(created) FROM memory",
            &[],
        )?;
        let words = self.query("SELECT COUNT(*) FROM memory_word WHERE df > 0", &[])?;
        let langs = self.query(
            "SELECT src_lang, tgt_lang, COUNT(*) FROM memory GROUP BY src_lang, tgt_lang
             ORDER BY COUNT(*) DESC, src_lang, tgt_lang",
            &[],
        )?;
        let t = &totals[0];
        Ok(MemoryStats {
            pairs: t.get::<_, i64>(0) as u64,
            documents: t.get::<_, i64>(1) as u64,
            oldest: t.get(2),
            newest: t.get(3),
            words: words[0].get::<_, i64>(0) as u64,
            languages: langs
                .iter()
                .map(|r| super::memory::LanguagePairCount {
                    from: r.get(0),
                    to: r.get(1),
                    pairs: r.get::<_, i64>(2) as u64,
                })
                .collect(),
            db_bytes: self.bytes()?,
        })
    }

    /// Bytes of the state's tables with their indexes.
    fn bytes(&self) -> Result<u64, StoreError> {
        let tables: Vec<String> = TABLES.iter().map(|t| t.to_string()).collect();
        let rows = self.query(
            "SELECT COALESCE(SUM(pg_total_relation_size(to_regclass(t))), 0)::BIGINT
             FROM UNNEST($1::text[]) AS t",
            &[&tables],
        )?;
        Ok(rows[0].get::<_, i64>(0) as u64)
    }

    /// Store, schema version, size and counts.
    pub fn info(&self) -> Result<StateInfo, StoreError> {
        let rows = self.query(
            "SELECT (SELECT MAX(version) FROM terjemah_schema),
                    (SELECT COUNT(*) FROM memory), (SELECT COUNT(*) FROM mt_cache),
                    (SELECT COUNT(*) FROM (SELECT document FROM review_machine WHERE project=$1
                     UNION SELECT document FROM review_human WHERE project=$1) AS d),
                    (SELECT COUNT(*) FROM ledger), (SELECT COUNT(*) FROM kv)",
            &[&self.project],
        )?;
        let r = &rows[0];
        let n = |i: usize| r.get::<_, i64>(i) as u64;
        Ok(StateInfo {
            store: "postgres".into(),
            location: self.target.to_string(),
            schema: r.get::<_, Option<i64>>(0).unwrap_or(0),
            bytes: self.bytes()?,
            memory_pairs: n(1),
            cache_entries: n(2),
            documents: n(3),
            ledger_runs: n(4),
            kv_entries: n(5),
        })
    }
}

/// Rows of a document's record written now.
fn record_rows(
    human: bool,
    document: &str,
    backend: &str,
    pairs: &[(String, String)],
) -> Vec<RecordRow> {
    let updated = now();
    pairs
        .iter()
        .map(|(source, text)| RecordRow {
            human,
            document: document.to_string(),
            source: source.clone(),
            text: text.clone(),
            backend: backend.to_string(),
            updated: updated.clone(),
        })
        .collect()
}

/// SHA-256 of a text: the key column of rows keyed by a text that may be longer than an
/// index entry can hold (a sentence, in the cache and the record).
fn text_hash(text: &str) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).to_vec()
}

/// The fuzzy index over one PostgreSQL connection: many ids in one query each.
struct PgIndex<'a>(&'a mut Conn);

impl memory::Index for PgIndex<'_> {
    type Error = tokio_postgres::Error;

    fn words(
        &mut self,
        lang: &str,
        words: &[&str],
    ) -> Result<HashMap<String, (i64, i64)>, Self::Error> {
        block_on(async {
            let st = self
                .0
                .prepare("SELECT word, id, df FROM memory_word WHERE lang=$1 AND word = ANY($2)")
                .await?;
            let rows = self.0.client.query(&st, &[&lang, &words]).await?;
            Ok(rows
                .iter()
                .map(|r| (r.get(0), (r.get(1), r.get(2))))
                .collect())
        })
    }

    fn band(&mut self, lang: &str, min: i64, max: i64) -> Result<(i64, i64), Self::Error> {
        block_on(async {
            let st = self
                .0
                .prepare(
                    "SELECT COALESCE(SUM(CASE WHEN len BETWEEN $2 AND $3 THEN pairs END), 0)::BIGINT,
                     COALESCE(SUM(pairs), 0)::BIGINT FROM memory_length WHERE lang=$1",
                )
                .await?;
            let r = self.0.client.query_one(&st, &[&lang, &min, &max]).await?;
            Ok((r.get(0), r.get(1)))
        })
    }

    fn postings(&mut self, word: i64, min: i64, max: i64) -> Result<Vec<(i64, i64)>, Self::Error> {
        block_on(async {
            let st = self
                .0
                .prepare(
                    "SELECT pair, len FROM memory_posting WHERE word=$1 AND len BETWEEN $2 AND $3",
                )
                .await?;
            let rows = self.0.client.query(&st, &[&word, &min, &max]).await?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })
    }

    /// The same candidates, chosen by the server in one query: it counts the words each pair
    /// shares with the query, drops those that cannot score and returns the best
    /// [`memory::MAX_VERIFIED`], instead of sending every posting over the connection. The
    /// extra words are chosen by their estimated postings alone (SQLite also stops when the
    /// rows really read exceed the budget).
    fn candidates(&mut self, plan: &memory::Plan) -> Result<Vec<i64>, Self::Error> {
        let prefix: Vec<i64> = plan.words[..plan.prefix].iter().map(|w| w.1).collect();
        let mut read = prefix.clone();
        let mut budget = memory::EXTRA_POSTINGS as f64;
        for &(df, word) in &plan.words[plan.prefix..] {
            let estimate = df as f64 * plan.share;
            if estimate > budget {
                break;
            }
            budget -= estimate;
            read.push(word);
        }
        block_on(async {
            let st = self
                .0
                .prepare(
                    "SELECT pair FROM (
                         SELECT pair, len, COUNT(*) AS k, bool_or(word = ANY($1)) AS hit
                         FROM memory_posting WHERE word = ANY($2) AND len BETWEEN $3 AND $4
                         GROUP BY pair, len) AS c
                     WHERE hit AND GREATEST($5::BIGINT - k + $6::BIGINT, ABS(len - $7::BIGINT))
                           <= GREATEST($7::BIGINT, len) * (100 - $8::BIGINT) / 100
                     ORDER BY k DESC, ABS(len - $7::BIGINT), pair DESC LIMIT $9::BIGINT",
                )
                .await?;
            let rows = self
                .0
                .client
                .query(
                    &st,
                    &[
                        &prefix,
                        &read,
                        &plan.min_len,
                        &plan.max_len,
                        &(read.len() as i64),
                        &(plan.unknown as i64),
                        &(plan.n as i64),
                        &(plan.t as i64),
                        &(memory::MAX_VERIFIED as i64),
                    ],
                )
                .await?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        })
    }

    fn tokens(&mut self, pairs: &[i64]) -> Result<memory::TokenRows, Self::Error> {
        block_on(async {
            let st = self
                .0
                .prepare("SELECT id, tgt, tokens FROM memory_tokens WHERE id = ANY($1)")
                .await?;
            let rows = self.0.client.query(&st, &[&pairs]).await?;
            Ok(rows
                .iter()
                .map(|r| (r.get(0), (r.get(1), r.get(2))))
                .collect())
        })
    }

    fn rows(&mut self, pairs: &[i64]) -> Result<HashMap<i64, MemoryMatch>, Self::Error> {
        if pairs.is_empty() {
            return Ok(HashMap::new());
        }
        block_on(async {
            let st = self
                .0
                .prepare("SELECT id, source, target, document FROM memory WHERE id = ANY($1)")
                .await?;
            let rows = self.0.client.query(&st, &[&pairs]).await?;
            Ok(rows
                .iter()
                .map(|r| {
                    (
                        r.get(0),
                        MemoryMatch {
                            score: 0,
                            source: r.get(1),
                            target: r.get(2),
                            document: r.get(3),
                        },
                    )
                })
                .collect())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env {
        Env::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    #[test]
    fn a_url_is_shown_without_its_password() {
        let t = PgTarget::parse(
            "postgresql://desk:s3cret-pw@db.example:5433/newsroom",
            &env(&[]),
        )
        .unwrap();
        assert_eq!(t.to_string(), "postgres://desk@db.example:5433/newsroom");
        assert!(!format!("{t:?}").contains("s3cret"));
        assert_eq!(t.password().as_deref(), Some("s3cret-pw"));
        assert!(!t.tls);
        let t = PgTarget::parse(
            "postgres://desk@db.example/newsroom?sslmode=require",
            &env(&[]),
        )
        .unwrap();
        assert!(t.tls);
        assert_eq!(t.to_string(), "postgres://desk@db.example:5432/newsroom");
    }

    #[test]
    fn the_password_comes_from_pgpassword_else_the_pgpass_file() {
        let url = "postgres://desk@db.example:5432/newsroom";
        let t = PgTarget::parse(url, &env(&[("PGPASSWORD", "from-env")])).unwrap();
        assert_eq!(t.password().as_deref(), Some("from-env"));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:5432:newsroom:desk:wrong\ndb.example:*:newsroom:desk:pa\\:ss\n",
        )
        .unwrap();
        let t = PgTarget::parse(url, &env(&[("PGPASSFILE", file.to_str().unwrap())])).unwrap();
        assert_eq!(t.password().as_deref(), Some("pa:ss"));
        let t = PgTarget::parse(url, &env(&[("HOME", dir.path().to_str().unwrap())])).unwrap();
        assert_eq!(t.password(), None);
    }
}
