-- Tandem reference schema. Portable SQL where it can be (SQLite today, PostgreSQL later):
-- times are RFC 3339 UTC text, money is integer minor units, ids are text.

CREATE TABLE categories (
    slug        TEXT PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_ko     TEXT NOT NULL,
    position    INTEGER NOT NULL
);

CREATE TABLE products (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    category        TEXT NOT NULL REFERENCES categories(slug),
    name_en         TEXT NOT NULL,
    name_ko         TEXT NOT NULL,
    description_en  TEXT NOT NULL,
    description_ko  TEXT NOT NULL,
    price_amount    INTEGER NOT NULL CHECK (price_amount >= 0),
    currency        TEXT NOT NULL,
    -- Palette and motif for the generated SVG images: "motif;#bg;#fg".
    art             TEXT NOT NULL,
    position        INTEGER NOT NULL
);

CREATE TABLE variants (
    sku         TEXT PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id),
    size        TEXT,
    colour_en   TEXT,
    colour_ko   TEXT,
    colour_hex  TEXT,
    position    INTEGER NOT NULL
);
CREATE INDEX variants_product ON variants(product_id, position);

CREATE TABLE stores (
    id                  TEXT PRIMARY KEY,
    name_en             TEXT NOT NULL,
    name_ko             TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('flagship','experience','department','pop_up','standard')),
    address_en          TEXT NOT NULL,
    address_ko          TEXT NOT NULL,
    city_en             TEXT NOT NULL,
    city_ko             TEXT NOT NULL,
    lat                 REAL NOT NULL,
    lng                 REAL NOT NULL,
    time_zone           TEXT NOT NULL,
    fitting_rooms       INTEGER NOT NULL CHECK (fitting_rooms >= 0),
    pickup_lead_minutes INTEGER NOT NULL CHECK (pickup_lead_minutes >= 0),
    hold_hours          INTEGER NOT NULL CHECK (hold_hours > 0),
    position            INTEGER NOT NULL
);

-- Local opening hours; a weekday (0 = Monday) without a row is closed.
CREATE TABLE store_hours (
    store_id    TEXT NOT NULL REFERENCES stores(id),
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    opens       TEXT NOT NULL,
    closes      TEXT NOT NULL,
    PRIMARY KEY (store_id, weekday)
);

CREATE TABLE store_closures (
    store_id    TEXT NOT NULL REFERENCES stores(id),
    date        TEXT NOT NULL,
    reason_en   TEXT NOT NULL,
    reason_ko   TEXT NOT NULL,
    PRIMARY KEY (store_id, date)
);

-- available = on_hand - held; the CHECKs make overselling impossible at the lowest level.
CREATE TABLE stock (
    sku         TEXT NOT NULL REFERENCES variants(sku),
    store_id    TEXT NOT NULL REFERENCES stores(id),
    on_hand     INTEGER NOT NULL CHECK (on_hand >= 0),
    held        INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0 AND held <= on_hand),
    PRIMARY KEY (sku, store_id)
);

-- Every stock change, written in the same transaction as the change; seq is the event id
-- of the live stream and lets a reconnecting client replay what it missed.
CREATE TABLE stock_changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id  INTEGER NOT NULL,
    sku         TEXT NOT NULL,
    store_id    TEXT NOT NULL,
    available   INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX stock_changes_product ON stock_changes(product_id, seq);

CREATE TABLE sessions (
    id                      INTEGER PRIMARY KEY,
    secret_hash             TEXT NOT NULL UNIQUE,
    created_at              TEXT NOT NULL,
    last_seen_at            TEXT NOT NULL,
    display_name            TEXT,
    phone                   TEXT,
    counter_code            TEXT UNIQUE,
    counter_code_expires_at TEXT
);

CREATE TABLE wishlist (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES products(id),
    added_at    TEXT NOT NULL,
    PRIMARY KEY (session_id, product_id)
);

CREATE TABLE recently_viewed (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES products(id),
    viewed_at   TEXT NOT NULL,
    PRIMARY KEY (session_id, product_id)
);

CREATE TABLE reservations (
    id              TEXT PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    store_id        TEXT NOT NULL REFERENCES stores(id),
    status          TEXT NOT NULL CHECK (status IN ('held','ready','collected','cancelled','expired')),
    pickup_code     TEXT NOT NULL,
    contact_name    TEXT,
    contact_phone   TEXT,
    created_at      TEXT NOT NULL,
    ready_by        TEXT NOT NULL,
    hold_until      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX reservations_session ON reservations(session_id, created_at);
CREATE INDEX reservations_open ON reservations(status, hold_until);

CREATE TABLE reservation_lines (
    reservation_id  TEXT NOT NULL REFERENCES reservations(id) ON DELETE CASCADE,
    sku             TEXT NOT NULL REFERENCES variants(sku),
    qty             INTEGER NOT NULL CHECK (qty > 0),
    PRIMARY KEY (reservation_id, sku)
);

-- One row per (store, slot start) once anyone books it; booked never exceeds capacity.
CREATE TABLE slot_bookings (
    store_id    TEXT NOT NULL REFERENCES stores(id),
    starts_at   TEXT NOT NULL,
    capacity    INTEGER NOT NULL,
    booked      INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
    PRIMARY KEY (store_id, starts_at)
);

CREATE TABLE appointments (
    id              TEXT PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    store_id        TEXT NOT NULL REFERENCES stores(id),
    starts_at       TEXT NOT NULL,
    ends_at         TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('booked','checked_in','cancelled','no_show')),
    booking_code    TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX appointments_session ON appointments(session_id, starts_at);
CREATE INDEX appointments_store ON appointments(store_id, starts_at);

CREATE TABLE appointment_items (
    appointment_id  TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    sku             TEXT NOT NULL REFERENCES variants(sku),
    position        INTEGER NOT NULL,
    PRIMARY KEY (appointment_id, sku)
);

-- A retried POST with the same key returns the stored response instead of acting twice.
CREATE TABLE idempotency_keys (
    session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    status          INTEGER NOT NULL,
    response        TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (session_id, key)
);

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    store_id        TEXT NOT NULL REFERENCES stores(id),
    password_hash   TEXT NOT NULL
);

CREATE TABLE staff_sessions (
    secret_hash     TEXT PRIMARY KEY,
    staff_id        INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);

-- Every staff look-up of a shopper's pass; the shopper sees these on the pass.
CREATE TABLE lookups (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    store_id    TEXT NOT NULL REFERENCES stores(id),
    at          TEXT NOT NULL
);
CREATE INDEX lookups_session ON lookups(session_id, at);
