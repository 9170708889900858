//! Every word the app shows, in English and Korean.
//!
//! One `Strings` table per language: a string missing from either language is a compile
//! error, not an English fallback on a Korean page. Messages with values are `fn` fields.

use leptos::prelude::*;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// BCP 47 tag for `Intl` and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// Parses a stored or browser language tag (`ko-KR` → Korean); anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("ko") {
            Lang::Ko
        } else {
            Lang::En
        }
    }

    /// Picks the text for this language from API content.
    pub fn pick(self, text: &tandem_api::Localized) -> String {
        match self {
            Lang::En => text.en.clone(),
            Lang::Ko => text.ko.clone(),
        }
    }

    /// The strings table.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Ko => &KO,
        }
    }
}

/// The shopper's language, provided at the app root.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The current language; writing it switches the whole app.
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// The current strings table (reactive).
    pub fn t(&self) -> &'static Strings {
        self.lang.get().strings()
    }

    /// The current language (reactive).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }
}

/// The app's language context; panics outside the app root, where it is always provided.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// All user-visible text.
pub struct Strings {
    /// Skip link.
    pub skip_to_content: &'static str,
    /// Primary navigation label.
    pub nav_label: &'static str,
    /// Shop link.
    pub nav_shop: &'static str,
    /// Stores link.
    pub nav_stores: &'static str,
    /// Search field label.
    pub search_label: &'static str,
    /// Search field placeholder.
    pub search_placeholder: &'static str,
    /// Search button.
    pub search_button: &'static str,
    /// Language switch: the name of the *other* language.
    pub other_language: &'static str,
    /// Language switch accessible label.
    pub language_label: &'static str,
    /// Footer line.
    pub footer_note: &'static str,
    /// Footer: the stores link text.
    pub footer_stores: &'static str,
    /// Catalog heading when no filter.
    pub catalog_title: &'static str,
    /// Catalog heading for a search.
    pub search_results_for: fn(&str) -> String,
    /// Category filter label.
    pub categories_label: &'static str,
    /// "All" category.
    pub all_categories: &'static str,
    /// Number of products.
    pub product_count: fn(u32) -> String,
    /// Empty search result.
    pub no_results: &'static str,
    /// Empty search: way forward.
    pub clear_search: &'static str,
    /// Paging: next page.
    pub next_page: &'static str,
    /// Paging: back to the first page.
    pub first_page: &'static str,
    /// Loading text.
    pub loading: &'static str,
    /// Colour picker label.
    pub colour: &'static str,
    /// Size picker label.
    pub size: &'static str,
    /// Product description heading.
    pub details: &'static str,
    /// Product images label.
    pub images_label: &'static str,
    /// Show image n.
    pub show_image: fn(usize) -> String,
    /// Stock section heading.
    pub in_stores: &'static str,
    /// Headline: the nearest store that has it.
    pub in_stock_at: fn(&str) -> String,
    /// Headline when no store has it.
    pub nowhere_in_stock: &'static str,
    /// Headline when the preferred store lacks it but another has it.
    pub not_at_your_store: fn(&str) -> String,
    /// A store has none.
    pub out_of_stock: &'static str,
    /// A store has n.
    pub available_n: fn(u32) -> String,
    /// A store has few.
    pub low_stock_n: fn(u32) -> String,
    /// Grid heading.
    pub size_grid_title: &'static str,
    /// Grid caption explaining cells.
    pub size_grid_caption: &'static str,
    /// Grid: column header for the size.
    pub size_column: &'static str,
    /// Live status: connected.
    pub live: &'static str,
    /// Live status: connecting first time.
    pub connecting: &'static str,
    /// Live status: dropped, retrying.
    pub reconnecting: &'static str,
    /// Freshness prefix ("updated" + relative time).
    pub updated: &'static str,
    /// Screen-reader announcement of a stock change.
    pub stock_changed: fn(&str, &str, u32) -> String,
    /// Distance suffix: "away".
    pub your_store: &'static str,
    /// Stores page heading.
    pub stores_title: &'static str,
    /// Stores page intro.
    pub stores_intro: &'static str,
    /// "Today".
    pub today: &'static str,
    /// Closed today.
    pub closed_today: &'static str,
    /// Closed (on a weekday).
    pub closed: &'static str,
    /// Open now badge.
    pub open_now: &'static str,
    /// Closed now badge.
    pub closed_now: &'static str,
    /// Weekly hours heading.
    pub opening_hours: &'static str,
    /// Fitting rooms count.
    pub fitting_rooms: fn(u32) -> String,
    /// No fitting rooms.
    pub no_fitting_rooms: &'static str,
    /// Closure notice.
    pub closed_on: fn(&str, &str) -> String,
    /// Store kinds.
    pub kind_flagship: &'static str,
    /// Store kinds.
    pub kind_experience: &'static str,
    /// Store kinds.
    pub kind_department: &'static str,
    /// Store kinds.
    pub kind_pop_up: &'static str,
    /// Store kinds.
    pub kind_standard: &'static str,
    /// Weekday names, Monday first.
    pub weekdays: [&'static str; 7],
    /// Local time note: "times in {zone}".
    pub times_in_zone: fn(&str) -> String,
    /// Not-found heading.
    pub not_found_title: &'static str,
    /// Not-found body.
    pub not_found_body: &'static str,
    /// Product not found body.
    pub product_not_found: &'static str,
    /// Way home.
    pub back_to_shop: &'static str,
    /// Error heading.
    pub error_title: &'static str,
    /// Network error.
    pub network_error: &'static str,
    /// Retry button.
    pub retry: &'static str,
    /// My store label in the header.
    pub my_store: &'static str,
    /// Header button when nothing chosen.
    pub choose_store: &'static str,
    /// Near my position.
    pub near_me: &'static str,
    /// Location dialog title.
    pub location_title: &'static str,
    /// Location dialog intro.
    pub location_intro: &'static str,
    /// Use my location button.
    pub use_my_location: &'static str,
    /// Locating…
    pub locating: &'static str,
    /// Geolocation denied.
    pub location_denied: &'static str,
    /// Geolocation unavailable.
    pub location_unavailable: &'static str,
    /// Geolocation timed out.
    pub location_timeout: &'static str,
    /// Geolocation unsupported.
    pub location_unsupported: &'static str,
    /// Pick an area heading.
    pub pick_area: &'static str,
    /// Pick a store heading.
    pub pick_store: &'static str,
    /// Close dialog.
    pub close: &'static str,
    /// Forget location.
    pub forget_location: &'static str,
    /// Location saved announcement.
    pub location_saved: fn(&str) -> String,
    /// Distance units: metres.
    pub distance_away: fn(&str) -> String,
    /// Error texts by API code.
    pub error_code: fn(&str) -> &'static str,
    // -- reservations --
    /// Reserve section heading.
    pub reserve_title: &'static str,
    /// Reserve section intro.
    pub reserve_intro: &'static str,
    /// Store select label.
    pub pickup_store: &'static str,
    /// Quantity label.
    pub quantity: &'static str,
    /// Name label.
    pub your_name: &'static str,
    /// Phone label.
    pub your_phone: &'static str,
    /// Submit.
    pub reserve_button: &'static str,
    /// Submitting.
    pub reserving: &'static str,
    /// No store to reserve at.
    pub no_store_has_it: &'static str,
    /// Offline reserve.
    pub pickup_needs_connection: &'static str,
    /// My reservations nav.
    pub my_reservations: &'static str,
    /// Visits nav.
    pub my_visits: &'static str,
    /// Confirmation heading.
    pub reservation_title: &'static str,
    /// Code label.
    pub pickup_code: &'static str,
    /// Code hint.
    pub show_at_counter: &'static str,
    /// QR alt.
    pub qr_alt: &'static str,
    /// Ready by.
    pub ready_by: &'static str,
    /// Held until.
    pub held_until: &'static str,
    /// Items heading.
    pub items: &'static str,
    /// Total.
    pub total: &'static str,
    /// Store heading.
    pub store: &'static str,
    /// Cancel button.
    pub cancel_reservation: &'static str,
    /// Confirm heading.
    pub cancel_confirm_title: &'static str,
    /// Confirm body.
    pub cancel_confirm_body: &'static str,
    /// Keep.
    pub keep_it: &'static str,
    /// Confirm cancel.
    pub yes_cancel: &'static str,
    /// Cancelled announcement.
    pub cancelled_note: &'static str,
    /// Empty list.
    pub no_reservations: &'static str,
    /// Way forward.
    pub browse_products: &'static str,
    /// Details link.
    pub view_details: &'static str,
    /// Status.
    pub status_held: &'static str,
    /// Status.
    pub status_ready: &'static str,
    /// Status.
    pub status_collected: &'static str,
    /// Status.
    pub status_cancelled: &'static str,
    /// Status.
    pub status_expired: &'static str,
    /// Insufficient stock.
    pub sold_out_here: &'static str,
    /// Limit.
    pub limit_exceeded: &'static str,
    /// Store closed.
    pub store_unavailable: &'static str,
    /// Only n left at a store.
    pub only_n_left_at: fn(u32) -> String,
    /// Alternative store button.
    pub reserve_at_instead: fn(&str, u32) -> String,
    /// Store option label.
    pub store_option: fn(&str, u32) -> String,
    /// Countdown.
    pub time_left: fn(i64, i64, i64) -> String,
    /// Qty hint.
    pub max_per_item: fn(u32) -> String,
    // -- appointments --
    // -- pass and staff --
}

/// English.
pub static EN: Strings = Strings {
    skip_to_content: "Skip to content",
    nav_label: "Main",
    nav_shop: "Shop",
    nav_stores: "Stores",
    search_label: "Search products",
    search_placeholder: "Search coats, knits, lipstick…",
    search_button: "Search",
    other_language: "한국어",
    language_label: "Language: switch to Korean",
    footer_note: "Tandem — one shop, online and in store.",
    footer_stores: "Find a store",
    catalog_title: "New season",
    search_results_for: |q| format!("Results for “{q}”"),
    categories_label: "Categories",
    all_categories: "All",
    product_count: |n| {
        if n == 1 {
            "1 product".into()
        } else {
            format!("{n} products")
        }
    },
    no_results: "Nothing matches that search.",
    clear_search: "See all products",
    next_page: "Next page",
    first_page: "Back to the first page",
    loading: "Loading…",
    colour: "Colour",
    size: "Size",
    details: "Details",
    images_label: "Product images",
    show_image: |n| format!("Show image {n}"),
    in_stores: "In stores",
    in_stock_at: |s| format!("In stock at {s}"),
    nowhere_in_stock: "Not in stock at any store right now.",
    not_at_your_store: |s| format!("Not at {s} right now"),
    out_of_stock: "Out of stock",
    available_n: |n| format!("{n} available"),
    low_stock_n: |n| format!("Only {n} left"),
    size_grid_title: "Sizes at nearby stores",
    size_grid_caption: "Units available now, by size and store",
    size_column: "Size",
    live: "Live",
    connecting: "Connecting…",
    reconnecting: "Reconnecting…",
    updated: "Updated",
    stock_changed: |store, variant, n| format!("{variant} at {store}: now {n} available"),
    your_store: "Your store",
    stores_title: "Our stores",
    stores_intro: "Every store shows its hours in its own local time.",
    today: "Today",
    closed_today: "Closed today",
    closed: "Closed",
    open_now: "Open now",
    closed_now: "Closed now",
    opening_hours: "Opening hours",
    fitting_rooms: |n| {
        if n == 1 {
            "1 fitting room".into()
        } else {
            format!("{n} fitting rooms")
        }
    },
    no_fitting_rooms: "No fitting rooms",
    closed_on: |date, why| format!("Closed {date}: {why}"),
    kind_flagship: "Flagship",
    kind_experience: "Experience store",
    kind_department: "Department store counter",
    kind_pop_up: "Pop-up",
    kind_standard: "Store",
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    times_in_zone: |z| format!("Times in {z}"),
    not_found_title: "We couldn’t find that page",
    not_found_body: "The link may be old, or the page has moved.",
    product_not_found: "This product is no longer in our catalog.",
    back_to_shop: "Back to the shop",
    error_title: "Something went wrong",
    network_error: "We can’t reach Tandem right now. Check your connection and try again.",
    retry: "Try again",
    my_store: "My store",
    choose_store: "Choose your store",
    near_me: "Near me",
    location_title: "Where do you shop?",
    location_intro: "We show stock at the stores nearest to you first.",
    use_my_location: "Use my location",
    locating: "Finding your location…",
    location_denied: "Location access was declined. Choose an area or a store below instead.",
    location_unavailable:
        "Your location isn’t available right now. Choose an area or a store below.",
    location_timeout: "Finding your location took too long. Try again, or choose below.",
    location_unsupported: "This browser can’t share a location. Choose an area or a store below.",
    pick_area: "Areas",
    pick_store: "Stores",
    close: "Close",
    forget_location: "Forget my choice",
    location_saved: |s| format!("Showing stock near {s}"),
    distance_away: |d| format!("{d} away"),
    error_code: |code| match code {
        "not_found" => "We couldn’t find that.",
        "invalid_input" => "Something in the request isn’t right. Please check and try again.",
        "insufficient_stock" => "There isn’t enough stock for that any more.",
        "rate_limited" => "Too many attempts. Please wait a moment and try again.",
        "unauthorized" => "Please sign in again.",
        "forbidden" => "That isn’t allowed here.",
        _ => "Something went wrong on our side. Please try again.",
    },
    // -- reservations --
    reserve_title: "Reserve for pickup",
    reserve_intro: "Free. We hold it at the store for you; pay when you pick it up.",
    pickup_store: "Pickup store",
    quantity: "Quantity",
    your_name: "Name for the counter (optional)",
    your_phone: "Phone (optional)",
    reserve_button: "Reserve",
    reserving: "Reserving…",
    no_store_has_it: "No store has this size right now, so it can’t be reserved.",
    pickup_needs_connection: "Reserving needs a connection. You’re offline.",
    my_reservations: "My reservations",
    my_visits: "My visits",
    reservation_title: "Your reservation",
    pickup_code: "Pickup code",
    show_at_counter: "Show this code or QR at the counter.",
    qr_alt: "QR code of your pickup code",
    ready_by: "Ready from",
    held_until: "Held until",
    items: "Items",
    total: "Total (pay in store)",
    store: "Store",
    cancel_reservation: "Cancel reservation",
    cancel_confirm_title: "Cancel this reservation?",
    cancel_confirm_body: "The items go back on sale at the store.",
    keep_it: "Keep it",
    yes_cancel: "Yes, cancel",
    cancelled_note: "Reservation cancelled.",
    no_reservations: "You have no reservations yet.",
    browse_products: "Browse products",
    view_details: "Details",
    status_held: "Held",
    status_ready: "Ready for pickup",
    status_collected: "Collected",
    status_cancelled: "Cancelled",
    status_expired: "Expired",
    sold_out_here: "Sold out while you were choosing.",
    limit_exceeded: "That’s more than one reservation can hold.",
    store_unavailable: "This store isn’t taking pickups right now. Choose another store.",
    only_n_left_at: |n| format!("Only {n} left at this store."),
    reserve_at_instead: |s, n| format!("Reserve at {s} instead ({n} available)"),
    store_option: |s, n| format!("{s} — {n} available"),
    time_left: |h, m, s| {
        if h > 0 {
            format!("{h} h {m} min left")
        } else {
            format!("{m} min {s} s left")
        }
    },
    max_per_item: |n| format!("Up to {n} per item."),
    // -- appointments --
    // -- pass and staff --
};

/// Korean.
pub static KO: Strings = Strings {
    skip_to_content: "본문으로 건너뛰기",
    nav_label: "주 메뉴",
    nav_shop: "쇼핑",
    nav_stores: "매장",
    search_label: "상품 검색",
    search_placeholder: "코트, 니트, 립스틱 검색…",
    search_button: "검색",
    other_language: "English",
    language_label: "언어: 영어로 바꾸기",
    footer_note: "Tandem — 온라인과 매장이 하나인 쇼핑.",
    footer_stores: "매장 찾기",
    catalog_title: "새 시즌",
    search_results_for: |q| format!("“{q}” 검색 결과"),
    categories_label: "카테고리",
    all_categories: "전체",
    product_count: |n| format!("상품 {n}개"),
    no_results: "검색 결과가 없습니다.",
    clear_search: "전체 상품 보기",
    next_page: "다음 페이지",
    first_page: "첫 페이지로",
    loading: "불러오는 중…",
    colour: "색상",
    size: "사이즈",
    details: "상세 정보",
    images_label: "상품 이미지",
    show_image: |n| format!("{n}번째 이미지 보기"),
    in_stores: "매장 재고",
    in_stock_at: |s| format!("{s}에 재고 있음"),
    nowhere_in_stock: "지금은 재고가 있는 매장이 없습니다.",
    not_at_your_store: |s| format!("지금 {s}에는 재고가 없습니다"),
    out_of_stock: "품절",
    available_n: |n| format!("{n}개 구매 가능"),
    low_stock_n: |n| format!("{n}개 남음"),
    size_grid_title: "가까운 매장의 사이즈별 재고",
    size_grid_caption: "지금 구매 가능한 수량 (사이즈 × 매장)",
    size_column: "사이즈",
    live: "실시간",
    connecting: "연결 중…",
    reconnecting: "다시 연결 중…",
    updated: "업데이트",
    stock_changed: |store, variant, n| format!("{store} {variant}: 현재 {n}개"),
    your_store: "내 매장",
    stores_title: "매장 안내",
    stores_intro: "모든 매장의 영업시간은 해당 매장의 현지 시간입니다.",
    today: "오늘",
    closed_today: "오늘 휴무",
    closed: "휴무",
    open_now: "영업 중",
    closed_now: "영업 종료",
    opening_hours: "영업시간",
    fitting_rooms: |n| format!("피팅룸 {n}개"),
    no_fitting_rooms: "피팅룸 없음",
    closed_on: |date, why| format!("{date} 휴무: {why}"),
    kind_flagship: "플래그십",
    kind_experience: "체험 매장",
    kind_department: "백화점 매장",
    kind_pop_up: "팝업 스토어",
    kind_standard: "매장",
    weekdays: [
        "월요일",
        "화요일",
        "수요일",
        "목요일",
        "금요일",
        "토요일",
        "일요일",
    ],
    times_in_zone: |z| format!("{z} 기준 시간"),
    not_found_title: "페이지를 찾을 수 없습니다",
    not_found_body: "오래된 링크이거나 페이지가 이동했을 수 있습니다.",
    product_not_found: "더 이상 판매하지 않는 상품입니다.",
    back_to_shop: "쇼핑으로 돌아가기",
    error_title: "문제가 발생했습니다",
    network_error:
        "지금은 Tandem에 연결할 수 없습니다. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.",
    retry: "다시 시도",
    my_store: "내 매장",
    choose_store: "매장 선택",
    near_me: "내 위치 근처",
    location_title: "어디에서 쇼핑하시나요?",
    location_intro: "가장 가까운 매장의 재고를 먼저 보여 드립니다.",
    use_my_location: "내 위치 사용",
    locating: "위치를 확인하는 중…",
    location_denied: "위치 권한이 거부되었습니다. 아래에서 지역이나 매장을 선택해 주세요.",
    location_unavailable: "지금은 위치를 알 수 없습니다. 아래에서 지역이나 매장을 선택해 주세요.",
    location_timeout: "위치 확인 시간이 초과되었습니다. 다시 시도하거나 아래에서 선택해 주세요.",
    location_unsupported:
        "이 브라우저는 위치를 공유할 수 없습니다. 아래에서 지역이나 매장을 선택해 주세요.",
    pick_area: "지역",
    pick_store: "매장",
    close: "닫기",
    forget_location: "선택 지우기",
    location_saved: |s| format!("{s} 근처 재고를 보여 드립니다"),
    distance_away: |d| format!("{d} 거리"),
    error_code: |code| match code {
        "not_found" => "찾을 수 없습니다.",
        "invalid_input" => "요청 내용이 올바르지 않습니다. 확인 후 다시 시도해 주세요.",
        "insufficient_stock" => "재고가 부족합니다.",
        "rate_limited" => "시도가 너무 많습니다. 잠시 후 다시 시도해 주세요.",
        "unauthorized" => "다시 로그인해 주세요.",
        "forbidden" => "허용되지 않은 작업입니다.",
        _ => "일시적인 오류가 발생했습니다. 다시 시도해 주세요.",
    },
    // -- reservations --
    reserve_title: "매장 픽업 예약",
    reserve_intro: "무료입니다. 매장에서 보관해 드리며, 픽업할 때 결제하세요.",
    pickup_store: "픽업 매장",
    quantity: "수량",
    your_name: "픽업하실 분 이름 (선택)",
    your_phone: "전화번호 (선택)",
    reserve_button: "예약하기",
    reserving: "예약하는 중…",
    no_store_has_it: "지금은 이 사이즈를 보유한 매장이 없어 예약할 수 없습니다.",
    pickup_needs_connection: "예약하려면 인터넷 연결이 필요합니다. 지금은 오프라인입니다.",
    my_reservations: "내 예약",
    my_visits: "내 방문",
    reservation_title: "예약 내역",
    pickup_code: "픽업 코드",
    show_at_counter: "매장 카운터에서 이 코드나 QR을 보여 주세요.",
    qr_alt: "픽업 코드 QR",
    ready_by: "준비 완료 예정",
    held_until: "보관 기한",
    items: "상품",
    total: "합계 (매장 결제)",
    store: "매장",
    cancel_reservation: "예약 취소",
    cancel_confirm_title: "이 예약을 취소할까요?",
    cancel_confirm_body: "상품은 다시 매장에서 판매됩니다.",
    keep_it: "유지하기",
    yes_cancel: "네, 취소합니다",
    cancelled_note: "예약이 취소되었습니다.",
    no_reservations: "아직 예약이 없습니다.",
    browse_products: "상품 둘러보기",
    view_details: "자세히",
    status_held: "보관 중",
    status_ready: "픽업 준비 완료",
    status_collected: "픽업 완료",
    status_cancelled: "취소됨",
    status_expired: "기한 만료",
    sold_out_here: "선택하시는 동안 품절되었습니다.",
    limit_exceeded: "한 번에 예약할 수 있는 수량을 넘었습니다.",
    store_unavailable: "이 매장은 지금 픽업 예약을 받지 않습니다. 다른 매장을 선택해 주세요.",
    only_n_left_at: |n| format!("이 매장에는 {n}개만 남았습니다."),
    reserve_at_instead: |s, n| format!("대신 {s}에서 예약 ({n}개 가능)"),
    store_option: |s, n| format!("{s} — {n}개 가능"),
    time_left: |h, m, s| {
        if h > 0 {
            format!("{h}시간 {m}분 남음")
        } else {
            format!("{m}분 {s}초 남음")
        }
    },
    max_per_item: |n| format!("상품당 최대 {n}개."),
    // -- appointments --
    // -- pass and staff --
};
