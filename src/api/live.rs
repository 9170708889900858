//! The live stock stream: one `EventSource` per product page, resumed from the last event
//! seen after any drop, so no change is missed (the server replays from `Last-Event-ID`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use tandem_api::StockEvent;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{EventSource, MessageEvent};

/// How the stream is doing, for the freshness indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiveStatus {
    /// First connection under way.
    Connecting,
    /// Connected; changes arrive as they happen.
    Live,
    /// Dropped; reconnecting by itself.
    Reconnecting,
}

/// A browser event listener kept alive as long as the stream.
type Listener = Closure<dyn FnMut(web_sys::Event)>;

struct Inner {
    url_for: Box<dyn Fn(i64) -> String>,
    on_event: Box<dyn Fn(StockEvent)>,
    on_status: Box<dyn Fn(LiveStatus)>,
    last_seq: Cell<i64>,
    source: RefCell<Option<EventSource>>,
    closures: RefCell<Vec<Listener>>,
    retry_timer: Cell<Option<i32>>,
    closed: Cell<bool>,
}

/// An open stream; it closes when dropped.
pub struct LiveStock {
    inner: Rc<Inner>,
}

impl LiveStock {
    /// Opens the stream from `seq` (the sequence the page's data reflects).
    pub fn open(
        url_for: impl Fn(i64) -> String + 'static,
        seq: i64,
        on_event: impl Fn(StockEvent) + 'static,
        on_status: impl Fn(LiveStatus) + 'static,
    ) -> Self {
        let inner = Rc::new(Inner {
            url_for: Box::new(url_for),
            on_event: Box::new(on_event),
            on_status: Box::new(on_status),
            last_seq: Cell::new(seq),
            source: RefCell::new(None),
            closures: RefCell::new(Vec::new()),
            retry_timer: Cell::new(None),
            closed: Cell::new(false),
        });
        connect(&inner);
        Self { inner }
    }
}

impl Drop for LiveStock {
    fn drop(&mut self) {
        self.inner.closed.set(true);
        if let Some(t) = self.inner.retry_timer.take() {
            if let Some(w) = web_sys::window() {
                w.clear_timeout_with_handle(t);
            }
        }
        if let Some(s) = self.inner.source.borrow_mut().take() {
            s.close();
        }
        self.inner.closures.borrow_mut().clear();
    }
}

fn connect(inner: &Rc<Inner>) {
    if inner.closed.get() {
        return;
    }
    let Ok(source) = EventSource::new(&(inner.url_for)(inner.last_seq.get())) else {
        schedule_reconnect(inner);
        return;
    };
    let mut closures = inner.closures.borrow_mut();
    closures.clear();

    let me = Rc::downgrade(inner);
    let on_stock = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let Some(inner) = me.upgrade() else { return };
        let Some(msg) = e.dyn_ref::<MessageEvent>() else {
            return;
        };
        let Some(data) = msg.data().as_string() else {
            return;
        };
        if let Ok(ev) = serde_json::from_str::<StockEvent>(&data) {
            // The server never repeats a sequence, but a resumed stream might overlap.
            if ev.seq > inner.last_seq.get() {
                inner.last_seq.set(ev.seq);
                (inner.on_event)(ev);
            }
        }
    });
    let _ = source.add_event_listener_with_callback(
        tandem_api::paths::STOCK_EVENT,
        on_stock.as_ref().unchecked_ref(),
    );

    let me = Rc::downgrade(inner);
    let on_open = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        if let Some(inner) = me.upgrade() {
            (inner.on_status)(LiveStatus::Live);
        }
    });
    source.set_onopen(Some(on_open.as_ref().unchecked_ref()));

    let me = Rc::downgrade(inner);
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        let Some(inner) = me.upgrade() else { return };
        (inner.on_status)(LiveStatus::Reconnecting);
        let gave_up = inner
            .source
            .borrow()
            .as_ref()
            .is_some_and(|s| s.ready_state() == EventSource::CLOSED);
        // The browser retries network drops itself; after an HTTP error it gives up, so
        // we start a fresh stream from the last event we saw.
        if gave_up {
            if let Some(s) = inner.source.borrow_mut().take() {
                s.close();
            }
            schedule_reconnect(&inner);
        }
    });
    source.set_onerror(Some(on_error.as_ref().unchecked_ref()));

    closures.push(on_stock);
    closures.push(on_open);
    closures.push(on_error);
    drop(closures);
    *inner.source.borrow_mut() = Some(source);
}

fn schedule_reconnect(inner: &Rc<Inner>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let me = Rc::downgrade(inner);
    let cb = Closure::once_into_js(move || {
        if let Some(inner) = me.upgrade() {
            inner.retry_timer.set(None);
            connect(&inner);
        }
    });
    if let Ok(handle) =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 2000)
    {
        inner.retry_timer.set(Some(handle));
    }
}
