//! The installable, offline-capable app: registers the service worker (`public/sw.js`) and
//! tells the app whether Tandem can be reached, which data came from this device's cache and
//! from when, and when a new version is waiting.
//!
//! "Online" means more than `navigator.onLine`: the service worker reports every catalog,
//! store and visit request, so a server that is down counts as offline too. While offline a
//! cheap probe runs every few seconds, so the app notices by itself when Tandem is back.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The service worker script, served by the server with the build id appended.
const WORKER_URL: &str = "/sw.js";
/// What the offline probe asks for (HEAD passes the service worker untouched).
const PROBE_URL: &str = "/api/categories";
/// How often to probe while offline.
const PROBE_EVERY: Duration = Duration::from_secs(3);
/// How often an open tab asks whether a new version was deployed.
const UPDATE_CHECK_EVERY: Duration = Duration::from_secs(3600);

/// Set when the shopper asked for the new version: the next controller change reloads.
static RELOAD_ON_CHANGE: AtomicBool = AtomicBool::new(false);

/// Whether Tandem can be reached right now; provided at the app root.
#[derive(Clone, Copy)]
pub struct Online(pub RwSignal<bool>);

impl Online {
    /// `true` when connected (reactive).
    pub fn get(&self) -> bool {
        self.0.get()
    }
}

/// The offline and update state, provided at the app root.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// Whether Tandem can be reached.
    pub online: Online,
    /// A new version is installed and waits for the shopper to reload.
    pub update_ready: RwSignal<bool>,
    /// API paths last answered from this device's cache, with when that copy was fetched (ms).
    cached: RwSignal<HashMap<String, f64>>,
    /// Whether the last API call (or probe) reached the server.
    reachable: RwSignal<bool>,
}

impl Pwa {
    /// When the copy of `path` (e.g. `/api/stores`) shown was fetched, if it came from the
    /// cache rather than the network (reactive).
    pub fn cached_at(&self, path: &str) -> Option<f64> {
        self.cached.with(|m| m.get(path).copied())
    }
}

/// The reachability context; panics outside the app root, where it is always provided.
pub fn use_online() -> Online {
    expect_context::<Online>()
}

/// The PWA context; panics outside the app root, where it is always provided.
pub fn use_pwa() -> Pwa {
    expect_context::<Pwa>()
}

/// Provides [`Online`] and [`Pwa`], listens to the browser and the service worker, and
/// registers the worker. Call once at the root, before anything fetches.
pub fn provide() -> Pwa {
    let browser_online = RwSignal::new(window().navigator().on_line());
    let reachable = RwSignal::new(true);
    let online = RwSignal::new(browser_online.get_untracked());
    let pwa = Pwa {
        online: Online(online),
        update_ready: RwSignal::new(false),
        cached: RwSignal::new(HashMap::new()),
        reachable,
    };
    provide_context(pwa.online);
    provide_context(pwa);

    Effect::new(move |_| online.set(browser_online.get() && reachable.get()));
    // Both handles live as long as the page: the root is never unmounted.
    std::mem::forget(window_event_listener(leptos::ev::online, move |_| {
        browser_online.set(true);
        probe(reachable);
    }));
    std::mem::forget(window_event_listener(leptos::ev::offline, move |_| {
        browser_online.set(false)
    }));
    // While unreachable, probe until the server answers.
    let prober = StoredValue::new(None::<IntervalHandle>);
    Effect::new(move |_| {
        let offline = !reachable.get();
        if let Some(h) = prober.get_value() {
            h.clear();
            prober.set_value(None);
        }
        if offline {
            prober.set_value(set_interval_with_handle(move || probe(reachable), PROBE_EVERY).ok());
        }
    });

    if let Some(container) = container() {
        listen_to_worker(&container, pwa);
        leptos::task::spawn_local(register(container, pwa));
    }
    pwa
}

/// Asks the waiting worker to take over; the page reloads once it has.
pub fn apply_update() {
    let Some(container) = container() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let reg = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        match reg.and_then(|r| r.waiting()) {
            Some(worker) => {
                RELOAD_ON_CHANGE.store(true, Ordering::Relaxed);
                let msg = Object::new();
                let _ = Reflect::set(&msg, &"type".into(), &"skip-waiting".into());
                let _ = worker.post_message(&msg);
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}

/// `navigator.serviceWorker`, when the browser has it (it needs a secure context).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|_| navigator.service_worker())
}

/// Reports from the worker about each data request, and the reload after an update.
fn listen_to_worker(container: &ServiceWorkerContainer, pwa: Pwa) {
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let field = |k: &str| Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
            if field("type").as_string().as_deref() != Some("tandem-data") {
                return;
            }
            let Some(path) = field("path").as_string() else {
                return;
            };
            let ok = field("ok").as_bool().unwrap_or(false);
            pwa.reachable.set(ok);
            match field("cachedAt").as_f64().filter(|_| !ok) {
                Some(at) => pwa.cached.update(|m| {
                    m.insert(path, at);
                }),
                None if ok && pwa.cached.with_untracked(|m| m.contains_key(&path)) => {
                    pwa.cached.update(|m| {
                        m.remove(&path);
                    })
                }
                None => {}
            }
        });
    container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();

    let on_controller = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_ON_CHANGE.swap(false, Ordering::Relaxed) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller.as_ref().unchecked_ref()));
    on_controller.forget();
}

/// Registers the worker and watches for a new version waiting behind the current one.
async fn register(container: ServiceWorkerContainer, pwa: Pwa) {
    let Ok(reg) = JsFuture::from(container.register(WORKER_URL)).await else {
        return;
    };
    let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    // A first install has no controller yet: that is not an update.
    let has_controller = move || window().navigator().service_worker().controller().is_some();
    if reg.waiting().is_some() && has_controller() {
        pwa.update_ready.set(true);
    }
    let reg2 = reg.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = reg2.installing() else {
            return;
        };
        let w = worker.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if w.state() == ServiceWorkerState::Installed && has_controller() {
                pwa.update_ready.set(true);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
    let check = move || {
        let _ = reg.update();
    };
    std::mem::forget(set_interval_with_handle(check, UPDATE_CHECK_EVERY));
}

/// One HEAD request to the API; marks Tandem reachable when it answers at all.
fn probe(reachable: RwSignal<bool>) {
    leptos::task::spawn_local(async move {
        let sent = gloo_net::http::RequestBuilder::new(PROBE_URL)
            .method(gloo_net::http::Method::HEAD)
            .cache(web_sys::RequestCache::NoStore)
            .send()
            .await;
        if sent.is_ok() {
            reachable.set(true);
        }
    });
}
