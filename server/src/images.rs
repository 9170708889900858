//! Product images, drawn rather than stored: each product's `art` ("motif;#bg;#fg") becomes a
//! flat illustration in a few compositions, so the demo needs no image files or fonts and every
//! product looks distinct.

use std::fmt::Write;

/// Width of every product image, in pixels.
pub const IMAGE_WIDTH: u32 = 800;
/// Height of every product image, in pixels.
pub const IMAGE_HEIGHT: u32 = 1000;
/// How many compositions (views) each product has: 0 front, 1 detail, 2 styled.
pub const VIEWS: u32 = 3;

const DEFAULT_BG: Rgb = Rgb(0xEE, 0xEB, 0xE6);
const DEFAULT_FG: Rgb = Rgb(0x9A, 0x94, 0x8A);
const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);
const BLACK: Rgb = Rgb(0x00, 0x00, 0x00);
/// Brass for buttons, clasps and lipstick cases: reads as hardware on any garment colour.
const METAL: &str = "#C9A45C";
const METAL_LIGHT: &str = "#DCC28A";
// Off-whites for soles, labels, the cushion's puff and mirror, the cream swatch.
const SOLE: &str = "#F6F3EC";
const LABEL: &str = "#F8F5EE";
const PUFF: &str = "#F6F1EC";
const SWATCH: &str = "#FBF8F3";
const MIRROR: &str = "#E6EAEE";

/// The SVG for product `art` ("motif;#bg;#fg") in composition `view` (taken modulo [`VIEWS`]), titled `title`.
pub fn product_svg(art: &str, view: u32, title: &str) -> String {
    let mut parts = art.split(';').map(str::trim);
    let motif = parts.next().unwrap_or("");
    // Colours go into attributes, so only well-formed hex is ever used.
    let bg = parts.next().and_then(Rgb::parse).unwrap_or(DEFAULT_BG);
    let fg = parts.next().and_then(Rgb::parse).unwrap_or(DEFAULT_FG);
    let p = Palette::new(fg);
    let (body, focus, ground) = draw(motif, &p);

    let mut s = String::with_capacity(6 * 1024);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{IMAGE_WIDTH}" height="{IMAGE_HEIGHT}" viewBox="0 0 {IMAGE_WIDTH} {IMAGE_HEIGHT}" role="img"><title>{}</title>"#,
        escape(title)
    );
    match view % VIEWS {
        0 => {
            let _ = write!(
                s,
                r#"<rect width="800" height="1000" fill="{}"/>"#,
                bg.hex()
            );
            let _ = write!(
                s,
                r#"<ellipse cx="400" cy="{ground}" rx="250" ry="26" fill="{}" opacity="0.55"/>"#,
                bg.mix(BLACK, 0.12).hex()
            );
            let _ = write!(s, "<g>{body}</g>");
        }
        1 => {
            // A close-up on the detail that sells the item (lapels, laces, the bullet...).
            let tone = bg.mix(fg, 0.16);
            let _ = write!(
                s,
                r#"<rect width="800" height="1000" fill="{}"/>"#,
                tone.hex()
            );
            let _ = write!(
                s,
                r#"<g transform="translate(400 500) scale(1.9) translate({} {})">{body}</g>"#,
                -focus.0, -focus.1
            );
        }
        _ => {
            // Styled: lighter ground, an arch behind, the item turned, and the colourway chips.
            let tone = if bg.luminance() > 0.5 {
                bg.mix(WHITE, 0.45)
            } else {
                bg.mix(WHITE, 0.1)
            };
            let _ = write!(
                s,
                r#"<rect width="800" height="1000" fill="{}"/>"#,
                tone.hex()
            );
            let _ = write!(
                s,
                r#"<path d="M150,900 L150,430 A250,250 0 0 1 650,430 L650,900 Z" fill="{}"/>"#,
                bg.mix(fg, 0.22).hex()
            );
            let _ = write!(
                s,
                r#"<rect x="110" y="900" width="580" height="6" rx="3" fill="{}"/>"#,
                bg.mix(BLACK, 0.2).hex()
            );
            let _ = write!(
                s,
                r#"<g transform="translate(400 520) rotate(-9) scale(0.78) translate(-400 -500)">{body}</g>"#
            );
            for (i, c) in [&p.fg, &p.shade, &p.light].iter().enumerate() {
                let _ = write!(
                    s,
                    r#"<circle cx="{}" cy="950" r="13" fill="{c}" stroke="{}" stroke-width="2"/>"#,
                    610 + 40 * i,
                    bg.mix(BLACK, 0.25).hex()
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

/// `<`, `&` and quotes would end the `<title>` early or break the XML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0 at all.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgb(u8, u8, u8);

impl Rgb {
    fn parse(s: &str) -> Option<Rgb> {
        let h = s.strip_prefix('#')?;
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let n = |i: usize, len: usize| u8::from_str_radix(&h[i..i + len], 16).ok();
        match h.len() {
            6 => Some(Rgb(n(0, 2)?, n(2, 2)?, n(4, 2)?)),
            3 => Some(Rgb(n(0, 1)? * 17, n(1, 1)? * 17, n(2, 1)? * 17)),
            _ => None,
        }
    }

    fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// Perceived brightness, 0..1; good enough to choose which way shading should go.
    fn luminance(self) -> f64 {
        (0.299 * f64::from(self.0) + 0.587 * f64::from(self.1) + 0.114 * f64::from(self.2)) / 255.0
    }

    fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// Tones derived from the item colour. On dark items shading goes lighter, or seams and
/// folds would vanish into black.
struct Palette {
    fg: String,
    shade: String,
    deep: String,
    line: String,
    light: String,
    /// Rubber, caps and cases: a near-black that still sits with the item colour.
    case: String,
}

impl Palette {
    fn new(fg: Rgb) -> Palette {
        let toward = if fg.luminance() < 0.3 { WHITE } else { BLACK };
        Palette {
            fg: fg.hex(),
            shade: fg.mix(toward, 0.14).hex(),
            deep: fg.mix(toward, 0.3).hex(),
            line: fg.mix(toward, 0.5).hex(),
            light: fg.mix(WHITE, 0.55).hex(),
            case: fg.mix(Rgb(0x1C, 0x1B, 0x1A), 0.75).hex(),
        }
    }
}

/// The item's shapes in the 800×1000 frame, the point a close-up centres on, and the y of
/// the floor shadow.
fn draw(motif: &str, p: &Palette) -> (String, (i32, i32), i32) {
    let Palette {
        fg,
        shade,
        deep,
        line,
        light,
        case,
    } = p;
    let outline = format!(
        r#"stroke="{line}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round""#
    );
    match motif {
        "coat" => (
            format!(
                r#"<path d="M318,180 L482,180 L566,226 Q584,520 596,838 L204,838 Q216,520 234,226 Z" fill="{fg}" {outline}/>
<path d="M350,182 L400,300 L450,182 Z" fill="{deep}"/>
<path d="M234,226 L196,250 Q170,430 156,640 L214,652 Q232,470 252,330 Z" fill="{shade}" {outline}/>
<path d="M566,226 L604,250 Q630,430 644,640 L586,652 Q568,470 548,330 Z" fill="{shade}" {outline}/>
<path d="M156,640 L214,652 L211,680 L152,668 Z" fill="{deep}" {outline}/>
<path d="M644,640 L586,652 L589,680 L648,668 Z" fill="{deep}" {outline}/>
<path d="M340,178 Q400,198 460,178 L452,166 Q400,184 348,166 Z" fill="{deep}"/>
<path d="M322,178 L398,392 L364,402 L298,268 L326,248 Z" fill="{shade}" {outline}/>
<path d="M478,178 L402,392 L436,402 L502,268 L474,248 Z" fill="{shade}" {outline}/>
<path d="M400,392 L400,838" {outline} fill="none"/>
<circle cx="424" cy="470" r="11" fill="{deep}" {outline}/>
<circle cx="424" cy="570" r="11" fill="{deep}" {outline}/>
<circle cx="424" cy="670" r="11" fill="{deep}" {outline}/>
<path d="M250,612 L340,604 L342,628 L252,636 Z" fill="{shade}" {outline}/>
<path d="M550,612 L460,604 L458,628 L548,636 Z" fill="{shade}" {outline}/>
<path d="M212,808 L396,808 M404,808 L588,808" stroke="{line}" stroke-width="2" stroke-dasharray="7 7" opacity="0.5"/>"#
            ),
            (400, 380),
            860,
        ),
        "jacket" => (
            format!(
                r#"<path d="M322,190 L478,190 L562,232 Q578,430 584,650 L216,650 Q222,430 238,232 Z" fill="{fg}" {outline}/>
<path d="M352,192 L400,320 L448,192 Z" fill="{deep}"/>
<path d="M238,232 L200,256 Q178,430 168,612 L224,622 Q238,460 256,330 Z" fill="{shade}" {outline}/>
<path d="M562,232 L600,256 Q622,430 632,612 L576,622 Q562,460 544,330 Z" fill="{shade}" {outline}/>
<circle cx="206" cy="596" r="6" fill="{METAL}"/><circle cx="594" cy="596" r="6" fill="{METAL}"/>
<path d="M344,188 Q400,206 456,188 L450,176 Q400,192 350,176 Z" fill="{deep}"/>
<path d="M326,188 L398,360 L368,368 L304,270 L330,252 Z" fill="{shade}" {outline}/>
<path d="M474,188 L402,360 L432,368 L496,270 L470,252 Z" fill="{shade}" {outline}/>
<path d="M400,360 L400,650" {outline} fill="none"/>
<circle cx="422" cy="440" r="10" fill="{METAL}" {outline}/>
<circle cx="422" cy="530" r="10" fill="{METAL}" {outline}/>
<path d="M252,540 L338,534 L339,558 L253,564 Z" fill="{shade}" {outline}/>
<path d="M548,540 L462,534 L461,558 L547,564 Z" fill="{shade}" {outline}/>
<path d="M470,330 L528,326 L529,340 L471,344 Z" fill="{deep}"/>
<path d="M230,628 L394,628 M406,628 L570,628" stroke="{line}" stroke-width="2" stroke-dasharray="7 7" opacity="0.5"/>"#
            ),
            (400, 360),
            672,
        ),
        "shirt" => (
            format!(
                r#"<path d="M326,200 L474,200 L556,240 Q568,480 572,770 Q486,800 400,784 Q314,800 228,770 Q232,480 244,240 Z" fill="{fg}" {outline}/>
<path d="M244,240 L206,262 Q184,450 176,650 L226,660 Q238,470 258,340 Z" fill="{shade}" {outline}/>
<path d="M556,240 L594,262 Q616,450 624,650 L574,660 Q562,470 542,340 Z" fill="{shade}" {outline}/>
<path d="M176,650 L226,660 L222,702 L171,692 Z" fill="{deep}" {outline}/>
<path d="M624,650 L574,660 L578,702 L629,692 Z" fill="{deep}" {outline}/>
<rect x="388" y="224" width="24" height="566" fill="{shade}" {outline}/>
<circle cx="400" cy="280" r="6" fill="{light}" {outline}/><circle cx="400" cy="370" r="6" fill="{light}" {outline}/>
<circle cx="400" cy="460" r="6" fill="{light}" {outline}/><circle cx="400" cy="550" r="6" fill="{light}" {outline}/>
<circle cx="400" cy="640" r="6" fill="{light}" {outline}/><circle cx="400" cy="730" r="6" fill="{light}" {outline}/>
<path d="M438,330 L500,330 L500,398 Q469,410 438,398 Z" fill="{shade}" {outline}/>
<path d="M350,196 Q400,214 450,196 L450,216 Q400,234 350,216 Z" fill="{deep}"/>
<path d="M346,192 L400,222 L382,292 L322,240 Z" fill="{fg}" {outline}/>
<path d="M454,192 L400,222 L418,292 L478,240 Z" fill="{fg}" {outline}/>"#
            ),
            (400, 270),
            808,
        ),
        "knit" => {
            let mut texture = String::new();
            for row in 0..12 {
                let y = 290 + row * 34;
                for col in 0..10 {
                    let x = 276 + col * 28 + (row % 2) * 14;
                    let _ = write!(texture, "M{},{} l7,8 l7,-8 ", x - 7, y);
                }
            }
            let ribs = |x0: i32, x1: i32, y0: i32, y1: i32| {
                let mut d = String::new();
                let mut x = x0 + 8;
                while x < x1 - 4 {
                    let _ = write!(d, "M{x},{y0} L{x},{y1} ");
                    x += 12;
                }
                d
            };
            (
                format!(
                    r#"<path d="M318,214 Q400,244 482,214 L560,244 Q574,480 580,720 L220,720 Q226,480 240,244 Z" fill="{fg}" {outline}/>
<path d="{texture}" fill="none" stroke="{deep}" stroke-width="2.5" stroke-linecap="round" opacity="0.35"/>
<path d="M240,244 L200,268 Q176,460 168,690 L222,696 Q234,480 258,350 Z" fill="{shade}" {outline}/>
<path d="M560,244 L600,268 Q624,460 632,690 L578,696 Q566,480 542,350 Z" fill="{shade}" {outline}/>
<path d="M168,690 L222,696 L220,746 L165,740 Z" fill="{deep}" {outline}/>
<path d="M632,690 L578,696 L580,746 L635,740 Z" fill="{deep}" {outline}/>
<path d="M218,720 L582,720 L584,774 L216,774 Z" fill="{deep}" {outline}/>
<path d="{hem}" stroke="{shade}" stroke-width="3" opacity="0.8"/>
<path d="M330,198 Q400,178 470,198 Q400,222 330,198 Z" fill="{case}" opacity="0.6"/>
<path d="M330,198 Q400,222 470,198 L484,214 Q400,250 316,214 Z" fill="{deep}" {outline}/>"#,
                    hem = ribs(216, 584, 724, 770),
                ),
                (400, 260),
                794,
            )
        }
        "tee" => (
            format!(
                r#"<path d="M322,224 Q400,262 478,224 L560,254 L652,364 L594,420 L560,392 Q562,580 566,770 L234,770 Q238,580 240,392 L206,420 L148,364 L240,254 Z" fill="{fg}" {outline}/>
<path d="M334,212 Q400,196 466,212 Q400,244 334,212 Z" fill="{case}" opacity="0.55"/>
<path d="M334,212 Q400,244 466,212 L478,224 Q400,262 322,224 Z" fill="{shade}" {outline}/>
<path d="M240,258 Q250,330 240,392 M560,258 Q550,330 560,392" fill="none" stroke="{line}" stroke-width="2" opacity="0.45"/>
<path d="M164,348 L220,404 M636,348 L580,404" stroke="{line}" stroke-width="2" stroke-dasharray="6 6" opacity="0.5"/>
<path d="M240,748 L560,748" stroke="{line}" stroke-width="2" stroke-dasharray="6 6" opacity="0.5"/>"#
            ),
            (400, 300),
            790,
        ),
        "trousers" => (
            format!(
                r#"<path d="M266,216 L534,216 Q552,520 570,850 L428,850 L400,372 L372,850 L230,850 Q248,520 266,216 Z" fill="{fg}" {outline}/>
<path d="M268,170 L532,170 L534,216 L266,216 Z" fill="{shade}" {outline}/>
<rect x="300" y="164" width="12" height="58" rx="3" fill="{deep}"/><rect x="488" y="164" width="12" height="58" rx="3" fill="{deep}"/>
<circle cx="400" cy="193" r="7" fill="{light}" {outline}/>
<path d="M400,216 Q414,300 400,372" fill="none" {outline}/>
<path d="M336,216 L342,330 M356,216 L360,300 M464,216 L458,330 M444,216 L440,300" stroke="{deep}" stroke-width="3" stroke-linecap="round"/>
<path d="M278,220 L312,306 M522,220 L488,306" stroke="{line}" stroke-width="3" stroke-linecap="round"/>
<path d="M320,330 L302,846 M480,330 L498,846" stroke="{deep}" stroke-width="3" opacity="0.45"/>"#
            ),
            (400, 250),
            870,
        ),
        "jeans" => {
            let stitch = "#D9A441";
            (
                format!(
                    r#"<path d="M278,200 L522,200 Q534,520 544,850 L420,850 L400,392 L380,850 L256,850 Q266,520 278,200 Z" fill="{fg}" {outline}/>
<path d="M276,160 L524,160 L522,200 L278,200 Z" fill="{shade}" {outline}/>
<rect x="296" y="154" width="12" height="52" rx="3" fill="{deep}"/><rect x="492" y="154" width="12" height="52" rx="3" fill="{deep}"/>
<path d="M282,194 L518,194 M292,204 Q300,262 352,270 M508,204 Q500,262 448,270 M462,212 L492,210 L494,244 L464,246 Z M414,204 L414,318 Q414,346 392,354 M260,830 L378,830 M422,830 L540,830" fill="none" stroke="{stitch}" stroke-width="2.5" stroke-dasharray="6 5"/>
<path d="M326,330 L370,350 M332,352 L372,366 M474,330 L430,350 M468,352 L428,366" stroke="{light}" stroke-width="4" stroke-linecap="round" opacity="0.45"/>
<circle cx="352" cy="270" r="5" fill="{METAL}"/><circle cx="448" cy="270" r="5" fill="{METAL}"/>
<circle cx="400" cy="180" r="10" fill="{METAL}" stroke="{line}" stroke-width="2"/>"#
                ),
                (420, 260),
                870,
            )
        }
        "skirt" => {
            let mut pleats = String::new();
            for i in 0..8 {
                let t0 = f64::from(i) / 8.0;
                let t1 = f64::from(i + 1) / 8.0;
                let top = |t: f64| 298.0 + 204.0 * t;
                let bottom = |t: f64| (194.0 + 412.0 * t, 760.0 + 60.0 * t * (1.0 - t));
                let (b0, b1) = (bottom(t0), bottom(t1));
                let fill = if i % 2 == 0 { shade } else { fg };
                let _ = write!(
                    pleats,
                    r#"<path d="M{:.0},240 L{:.0},240 L{:.0},{:.0} L{:.0},{:.0} Z" fill="{fill}" stroke="{deep}" stroke-width="1.5"/>"#,
                    top(t0),
                    top(t1),
                    b1.0,
                    b1.1,
                    b0.0,
                    b0.1
                );
            }
            (
                format!(
                    r#"<path d="M298,240 L502,240 L606,760 Q400,790 194,760 Z" fill="{fg}" {outline}/>
{pleats}
<path d="M298,240 L502,240 L606,760 Q400,790 194,760 Z" fill="none" {outline}/>
<path d="M300,198 L500,198 L502,240 L298,240 Z" fill="{deep}" {outline}/>
<circle cx="476" cy="219" r="7" fill="{light}" {outline}/>"#
                ),
                (400, 300),
                800,
            )
        }
        "sneaker" => (
            format!(
                r#"<path d="M140,664 Q132,612 200,600 L330,584 Q380,540 450,518 L572,506 Q612,504 628,528 L650,600 Q662,636 660,664 Z" fill="{fg}" {outline}/>
<path d="M566,508 Q606,500 626,526 L612,536 Q596,518 570,522 Z" fill="{case}"/>
<path d="M628,528 L650,600 Q662,636 660,664 L604,664 Q608,600 592,548 Z" fill="{shade}" {outline}/>
<path d="M140,664 Q132,612 200,600 L252,594 Q240,632 246,664 Z" fill="{shade}" {outline}/>
<path d="M340,636 Q430,596 548,584 L552,606 Q436,618 352,654 Z" fill="{deep}"/>
<path d="M330,584 Q380,540 450,518 L468,542 Q404,562 356,602 Z" fill="{shade}" {outline}/>
<path d="M346,580 L364,598 M370,560 L388,580 M394,544 L412,564 M418,532 L436,552 M442,524 L458,544" stroke="{light}" stroke-width="7" stroke-linecap="round"/>
<path d="M262,596 Q248,632 256,660" fill="none" stroke="{line}" stroke-width="2" stroke-dasharray="5 5" opacity="0.6"/>
<path d="M132,664 L668,664 Q690,664 690,688 L690,700 Q690,722 666,722 L176,722 Q138,722 132,696 Z" fill="{SOLE}" {outline}/>
<path d="M140,692 L686,692" stroke="{line}" stroke-width="2" opacity="0.35"/>"#
            ),
            (430, 580),
            740,
        ),
        "loafer" => (
            format!(
                r#"<path d="M150,690 Q134,630 200,610 Q300,580 380,560 Q430,548 470,552 L600,552 Q644,556 648,600 L652,690 Z" fill="{fg}" {outline}/>
<path d="M462,554 Q540,536 612,554 L606,566 Q540,556 468,570 Z" fill="{case}"/>
<path d="M236,612 Q300,560 396,558" fill="none" stroke="{line}" stroke-width="2.5" stroke-dasharray="6 5"/>
<path d="M360,562 L470,556 L488,604 L372,614 Z" fill="{shade}" {outline}/>
<ellipse cx="425" cy="585" rx="26" ry="7" fill="{case}"/>
<path d="M180,640 Q260,610 340,600" fill="none" stroke="{light}" stroke-width="6" stroke-linecap="round" opacity="0.35"/>
<path d="M144,690 L654,690 L654,706 L178,706 Q148,706 144,690 Z" fill="{case}"/>
<path d="M566,706 L652,706 L648,742 L570,742 Z" fill="{case}"/>
<path d="M568,720 L650,720" stroke="{deep}" stroke-width="2" opacity="0.6"/>"#
            ),
            (420, 600),
            752,
        ),
        "boot" => (
            format!(
                r#"<path d="M424,236 L604,236 Q600,440 616,690 L152,690 Q130,634 200,612 Q300,588 372,552 Q408,510 412,430 Z" fill="{fg}" {outline}/>
<path d="M586,238 L586,186 Q602,168 618,186 L618,238 Z" fill="{shade}" {outline}/>
<path d="M472,238 L552,238 Q540,380 512,470 Q484,380 472,238 Z" fill="{deep}" {outline}/>
<path d="M492,244 L506,420 M512,244 L512,450 M532,244 L518,420" stroke="{shade}" stroke-width="3"/>
<path d="M424,236 L604,236" stroke="{line}" stroke-width="5" stroke-linecap="round"/>
<path d="M196,640 Q280,604 360,586" fill="none" stroke="{light}" stroke-width="6" stroke-linecap="round" opacity="0.3"/>
<path d="M146,690 L622,690 L622,708 L170,708 Q146,708 146,690 Z" fill="{case}"/>
<path d="M520,708 L622,708 L618,746 L526,746 Z" fill="{case}"/>
<path d="M522,722 L620,722 M524,734 L619,734" stroke="{deep}" stroke-width="2" opacity="0.6"/>"#
            ),
            (500, 380),
            756,
        ),
        "tote" => (
            format!(
                r#"<path d="M300,394 Q306,176 400,176 Q494,176 500,394" fill="none" stroke="{deep}" stroke-width="22" stroke-linecap="round"/>
<path d="M196,390 L604,390 L636,850 L164,850 Z" fill="{fg}" {outline}/>
<path d="M196,390 L604,390 L607,432 L193,432 Z" fill="{shade}" {outline}/>
<path d="M322,398 Q330,226 400,226 Q470,226 478,398" fill="none" stroke="{shade}" stroke-width="24" stroke-linecap="round"/>
<path d="M322,398 Q330,226 400,226 Q470,226 478,398" fill="none" stroke="{line}" stroke-width="2" stroke-dasharray="6 6" opacity="0.6"/>
<path d="M306,440 L338,440 L338,480 L306,480 Z M306,440 L338,480 M338,440 L306,480 M462,440 L494,440 L494,480 L462,480 Z M462,440 L494,480 M494,440 L462,480" fill="none" stroke="{line}" stroke-width="2" opacity="0.7"/>
<path d="M296,540 L504,540 L508,680 L292,680 Z" fill="{shade}" opacity="0.7"/>
<path d="M304,548 L496,548 L500,672 L300,672 Z" fill="none" stroke="{line}" stroke-width="2" stroke-dasharray="6 6" opacity="0.6"/>
<path d="M168,818 L632,818" stroke="{deep}" stroke-width="3" opacity="0.5"/>"#
            ),
            (400, 420),
            868,
        ),
        "crossbody" => (
            format!(
                r#"<path d="M238,480 Q206,190 400,150 Q594,190 562,480" fill="none" stroke="{deep}" stroke-width="14" stroke-linecap="round"/>
<circle cx="238" cy="476" r="13" fill="none" stroke="{METAL}" stroke-width="5"/><circle cx="562" cy="476" r="13" fill="none" stroke="{METAL}" stroke-width="5"/>
<rect x="212" y="460" width="376" height="300" rx="40" fill="{fg}" {outline}/>
<path d="M212,506 Q212,460 258,460 L542,460 Q588,460 588,506 L588,604 Q400,712 212,604 Z" fill="{shade}" {outline}/>
<path d="M232,510 L232,596 Q400,688 568,596 L568,510" fill="none" stroke="{light}" stroke-width="2" stroke-dasharray="6 6" opacity="0.6"/>
<circle cx="400" cy="656" r="19" fill="{METAL}" stroke="{line}" stroke-width="2"/>
<circle cx="400" cy="656" r="8" fill="{METAL_LIGHT}"/>
<path d="M240,730 L560,730" stroke="{deep}" stroke-width="3" opacity="0.4"/>"#
            ),
            (400, 600),
            780,
        ),
        "lipstick" => (
            format!(
                r#"<path d="M350,484 L350,318 Q352,262 450,226 L450,484 Z" fill="{fg}" {outline}/>
<path d="M364,470 L364,326 Q366,300 382,290 L382,470 Z" fill="white" opacity="0.2"/>
<rect x="336" y="478" width="128" height="90" rx="4" fill="{METAL_LIGHT}" stroke="{line}" stroke-width="2"/>
<rect x="314" y="560" width="172" height="42" rx="6" fill="{METAL}" stroke="{line}" stroke-width="2"/>
<rect x="322" y="598" width="156" height="282" rx="10" fill="{case}"/>
<rect x="336" y="612" width="14" height="254" rx="7" fill="white" opacity="0.12"/>
<rect x="322" y="840" width="156" height="8" fill="{METAL}" opacity="0.8"/>"#
            ),
            (400, 420),
            896,
        ),
        "serum" => (
            format!(
                r#"<path d="M364,334 L364,232 Q364,170 400,170 Q436,170 436,232 L436,334 Z" fill="{case}"/>
<rect x="376" y="196" width="10" height="110" rx="5" fill="white" opacity="0.18"/>
<rect x="338" y="328" width="124" height="70" rx="10" fill="{METAL}" stroke="{line}" stroke-width="2"/>
<rect x="360" y="396" width="80" height="42" fill="{shade}"/>
<rect x="286" y="430" width="228" height="430" rx="48" fill="{fg}" opacity="0.92" {outline}/>
<rect x="300" y="570" width="200" height="276" rx="38" fill="{deep}" opacity="0.45"/>
<rect x="394" y="430" width="12" height="390" rx="6" fill="white" opacity="0.4"/>
<rect x="310" y="462" width="18" height="360" rx="9" fill="white" opacity="0.35"/>
<rect x="336" y="620" width="128" height="150" rx="6" fill="{light}"/>
<rect x="356" y="650" width="88" height="10" rx="5" fill="{deep}" opacity="0.6"/>
<rect x="370" y="674" width="60" height="6" rx="3" fill="{deep}" opacity="0.4"/>"#
            ),
            (400, 380),
            876,
        ),
        "cream" => (
            format!(
                r#"<path d="M232,570 L568,570 L560,780 Q556,820 516,820 L284,820 Q244,820 240,780 Z" fill="{fg}" {outline}/>
<rect x="262" y="640" width="276" height="104" rx="6" fill="{light}"/>
<rect x="330" y="676" width="140" height="10" rx="5" fill="{deep}" opacity="0.6"/>
<rect x="360" y="700" width="80" height="6" rx="3" fill="{deep}" opacity="0.4"/>
<rect x="254" y="590" width="16" height="210" rx="8" fill="white" opacity="0.25"/>
<rect x="216" y="460" width="368" height="112" rx="22" fill="{shade}" {outline}/>
<path d="M250,490 L250,548 M290,490 L290,548 M330,490 L330,548 M370,490 L370,548 M410,490 L410,548 M450,490 L450,548 M490,490 L490,548 M530,490 L530,548" stroke="{deep}" stroke-width="3" opacity="0.35"/>
<rect x="232" y="470" width="336" height="14" rx="7" fill="white" opacity="0.3"/>
<ellipse cx="640" cy="806" rx="72" ry="22" fill="{SWATCH}" stroke="{line}" stroke-width="2" opacity="0.95"/>
<path d="M596,802 Q620,772 648,790 Q668,806 690,792" fill="none" stroke="{light}" stroke-width="8" stroke-linecap="round"/>"#
            ),
            (420, 560),
            836,
        ),
        "perfume" => (
            format!(
                r#"<rect x="320" y="236" width="160" height="156" rx="14" fill="{case}"/>
<rect x="336" y="252" width="14" height="124" rx="7" fill="white" opacity="0.18"/>
<rect x="364" y="386" width="72" height="50" fill="{METAL}" stroke="{line}" stroke-width="2"/>
<rect x="248" y="430" width="304" height="420" rx="28" fill="{fg}" opacity="0.9" {outline}/>
<rect x="272" y="454" width="256" height="372" rx="18" fill="{light}" opacity="0.3"/>
<rect x="272" y="566" width="256" height="260" rx="18" fill="{deep}" opacity="0.45"/>
<rect x="288" y="466" width="20" height="344" rx="10" fill="white" opacity="0.35"/>
<rect x="330" y="620" width="140" height="74" rx="4" fill="{LABEL}"/>
<rect x="352" y="644" width="96" height="8" rx="4" fill="{case}" opacity="0.7"/>
<rect x="372" y="664" width="56" height="5" rx="2" fill="{case}" opacity="0.45"/>"#
            ),
            (400, 430),
            866,
        ),
        "cushion" => (
            format!(
                r#"<ellipse cx="400" cy="396" rx="232" ry="132" fill="{shade}" {outline}/>
<ellipse cx="400" cy="396" rx="192" ry="102" fill="{MIRROR}"/>
<path d="M300,350 L420,316 L470,330 L330,376 Z" fill="white" opacity="0.55"/>
<rect x="368" y="510" width="64" height="26" rx="6" fill="{deep}"/>
<path d="M168,622 L168,664 Q168,762 400,762 Q632,762 632,664 L632,622 Z" fill="{deep}" {outline}/>
<ellipse cx="400" cy="622" rx="232" ry="100" fill="{fg}" {outline}/>
<ellipse cx="400" cy="622" rx="192" ry="78" fill="{shade}"/>
<ellipse cx="400" cy="614" rx="156" ry="58" fill="{PUFF}" stroke="{line}" stroke-width="2"/>
<path d="M330,590 Q400,578 470,590 L470,604 Q400,592 330,604 Z" fill="{deep}" opacity="0.7"/>"#
            ),
            (400, 560),
            782,
        ),
        _ => (
            format!(
                r#"<rect x="206" y="600" width="388" height="124" rx="16" fill="{deep}" {outline}/>
<rect x="218" y="498" width="364" height="120" rx="16" fill="{shade}" {outline}/>
<rect x="230" y="392" width="340" height="124" rx="16" fill="{fg}" {outline}/>
<path d="M352,392 L400,446 L448,392 Z" fill="{deep}" {outline}/>
<path d="M330,392 L352,392 L400,446 L376,470 Z M470,392 L448,392 L400,446 L424,470 Z" fill="{light}" {outline}/>
<path d="M250,500 L550,500 M238,604 L562,604" stroke="{line}" stroke-width="2" opacity="0.4"/>"#
            ),
            (400, 460),
            744,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOTIFS: &[&str] = &[
        "coat",
        "jacket",
        "shirt",
        "knit",
        "tee",
        "trousers",
        "skirt",
        "jeans",
        "sneaker",
        "loafer",
        "boot",
        "tote",
        "crossbody",
        "lipstick",
        "serum",
        "cream",
        "perfume",
        "cushion",
    ];

    #[test]
    fn is_an_svg_of_the_declared_size() {
        let svg = product_svg("coat;#EFE7DA;#B89B74", 0, "Wool-Blend Overcoat");
        assert!(svg.starts_with("<svg"));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(r#"width="800""#) && svg.contains(r#"height="1000""#));
        assert!(svg.contains(r#"viewBox="0 0 800 1000""#));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("<title>Wool-Blend Overcoat</title>"));
        assert!(!svg.contains("href"), "no external references");
    }

    #[test]
    fn escapes_the_title() {
        let svg = product_svg("tee;#FFFFFF;#000000", 0, r#"Tee <b> & "more""#);
        assert!(svg.contains("<title>Tee &lt;b&gt; &amp; &quot;more&quot;</title>"));
        assert!(!svg.contains("<b>"));
    }

    #[test]
    fn views_differ_and_wrap() {
        for motif in MOTIFS {
            let art = format!("{motif};#F4ECE4;#2F4A3A");
            let v: Vec<String> = (0..VIEWS).map(|v| product_svg(&art, v, "x")).collect();
            assert_ne!(v[0], v[1], "{motif}");
            assert_ne!(v[1], v[2], "{motif}");
            assert_ne!(v[0], v[2], "{motif}");
            assert_eq!(product_svg(&art, VIEWS, "x"), v[0]);
        }
    }

    #[test]
    fn every_motif_has_its_own_drawing() {
        let fallback = product_svg("nonsense;#F4ECE4;#2F4A3A", 0, "x");
        let mut seen = std::collections::HashSet::new();
        for motif in MOTIFS {
            let svg = product_svg(&format!("{motif};#F4ECE4;#2F4A3A"), 0, "x");
            assert_ne!(svg, fallback, "{motif} fell back to the folded garment");
            assert!(seen.insert(svg), "{motif} looks like another motif");
        }
    }

    #[test]
    fn bad_art_falls_back_safely() {
        for art in [
            "",
            "coat",
            "coat;red;blue",
            r#"coat;#FFF" onload="x;#000000"#,
            ";;;",
        ] {
            let svg = product_svg(art, 1, "x");
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
            assert!(!svg.contains("onload") && !svg.contains("red"), "{art}");
        }
        // Short hex is accepted.
        assert!(product_svg("coat;#FFF;#000", 0, "x").contains("#FFFFFF"));
    }

    #[test]
    fn colours_come_from_the_art() {
        let svg = product_svg("lipstick;#F6E3E6;#B5566B", 0, "x");
        assert!(svg.contains("#F6E3E6") && svg.contains("#B5566B"));
    }
}
