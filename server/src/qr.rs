//! QR codes rendered to SVG on the server, so the web app ships no encoder.

use axum::http::header;
use axum::response::IntoResponse;
use qrcode::render::svg;
use qrcode::QrCode;

/// An SVG QR code of `text`, scalable, dark on white with a quiet zone.
pub fn svg(text: &str) -> String {
    match QrCode::new(text.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .min_dimensions(200, 200)
            .dark_color(svg::Color("#1d1a17"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
        // Only absurdly long text fails, and we never encode any.
        Err(_) => String::new(),
    }
}

/// An HTTP response with the QR code; private (it encodes a personal code), cacheable by the
/// shopper's own browser so the pass works offline.
pub fn response(text: &str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "private, max-age=86400"),
        ],
        svg(text),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn renders_an_svg() {
        let s = super::svg("K7QM-3XPD");
        assert!(s.contains("<svg") && s.contains("</svg>"));
    }
}
