//! A confirmation step as a native modal `<dialog>`: it traps focus while open, closes on
//! Escape, and the browser returns focus to the button that opened it.

use leptos::html;
use leptos::prelude::*;

/// Asks before doing something that cannot be undone.
#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is open.
    open: RwSignal<bool>,
    /// Heading.
    #[prop(into)]
    title: Signal<String>,
    /// Explanation.
    #[prop(into)]
    body: Signal<String>,
    /// Label of the confirming button.
    #[prop(into)]
    confirm_label: Signal<String>,
    /// Label of the button that backs out.
    #[prop(into)]
    cancel_label: Signal<String>,
    /// Called when confirmed.
    #[prop(into)]
    on_confirm: Callback<()>,
    /// Test id prefix.
    #[prop(into)]
    testid: String,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let want = open.get();
        if let Some(d) = dialog.get() {
            if want && !d.open() {
                let _ = d.show_modal();
            } else if !want && d.open() {
                d.close();
            }
        }
    });
    let title_id = format!("{testid}-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=dialog class="confirm-dialog" aria-labelledby=labelled_by
            data-testid=testid.clone() on:close=move |_| open.set(false)>
            <h2 id=title_id>{move || title.get()}</h2>
            <p>{move || body.get()}</p>
            <div class="actions">
                <button type="button" class="button secondary" data-testid=format!("{testid}-no")
                    on:click=move |_| open.set(false)>{move || cancel_label.get()}</button>
                <button type="button" class="button danger" data-testid=format!("{testid}-yes")
                    on:click=move |_| { open.set(false); on_confirm.run(()); }>{move || confirm_label.get()}</button>
            </div>
        </dialog>
    }
}
