//! The demo chain a fresh database starts with: "Tandem", a fictional Seoul fashion and beauty
//! brand with nine stores. Everything here is deterministic (apart from the password salts), so
//! tests, screenshots and the README can rely on the same catalogue, stores and stock levels.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHasher};
use sqlx::SqlitePool;

/// The password of every demo staff account (documented in the README; demo data only).
pub const DEMO_PASSWORD: &str = "tandem-demo";

/// The demo staff accounts as (username, display name, store id): one per store, two at the flagship.
pub fn demo_staff() -> Vec<(&'static str, &'static str, &'static str)> {
    vec![
        ("seongsu", "김서연", "seongsu-flagship"),
        ("seongsu2", "박준호", "seongsu-flagship"),
        ("hannam", "이하은", "hannam-experience"),
        ("gangnam", "최민지", "gangnam-department"),
        ("yeonnam", "정우진", "yeonnam-popup"),
        ("jamsil", "강지유", "jamsil-standard"),
        ("pangyo", "윤도현", "pangyo-standard"),
        ("busan", "한수아", "busan-seomyeon"),
        ("daegu", "오태윤", "daegu-department"),
        ("paris", "Camille Laurent", "paris-popup"),
    ]
}

// ---------------------------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------------------------

/// (slug, name_en, name_ko); the array order is the display position.
const CATEGORIES: &[(&str, &str, &str)] = &[
    ("outerwear", "Outerwear", "아우터"),
    ("tops", "Tops", "상의"),
    ("bottoms", "Bottoms", "하의"),
    ("shoes", "Shoes", "슈즈"),
    ("bags", "Bags", "가방"),
    ("beauty", "Beauty", "뷰티"),
];

struct Colour {
    /// The colour's part of the SKU.
    code: &'static str,
    en: &'static str,
    ko: &'static str,
    hex: &'static str,
}

const fn colour(
    code: &'static str,
    en: &'static str,
    ko: &'static str,
    hex: &'static str,
) -> Colour {
    Colour { code, en, ko, hex }
}

const OAT: Colour = colour("OAT", "Oat", "오트", "#D9C8A9");
const CHARCOAL: Colour = colour("CHR", "Charcoal", "차콜", "#3C3D40");
const ECRU: Colour = colour("ECR", "Ecru", "에크루", "#EDE6D6");
const BLACK: Colour = colour("BLK", "Black", "블랙", "#1F1F1F");
const OLIVE: Colour = colour("OLV", "Olive", "올리브", "#6B6B3E");
const NAVY: Colour = colour("NVY", "Navy", "네이비", "#24304A");
const BEIGE: Colour = colour("BEI", "Beige", "베이지", "#C8B08A");
const GREY_MELANGE: Colour = colour("GRY", "Grey Melange", "그레이 멜란지", "#8E8E8E");
const IVORY: Colour = colour("IVR", "Ivory", "아이보리", "#F2EDE1");
const FOREST: Colour = colour("FOR", "Forest", "포레스트", "#2F4A3A");
const BURGUNDY: Colour = colour("BRG", "Burgundy", "버건디", "#6D2233");
const CAMEL: Colour = colour("CML", "Camel", "카멜", "#B98A5A");
const SKY_BLUE: Colour = colour("SKY", "Sky Blue", "스카이 블루", "#A9C4DE");
const WHITE: Colour = colour("WHT", "White", "화이트", "#F7F7F5");
const CHAMPAGNE: Colour = colour("CHM", "Champagne", "샴페인", "#E8D6B8");
const HEATHER_GREY: Colour = colour("HGR", "Heather Grey", "헤더 그레이", "#B4B4B4");
const NAVY_ECRU: Colour = colour("NVE", "Navy / Ecru", "네이비 / 에크루", "#2B3A55");
const STONE: Colour = colour("STN", "Stone", "스톤", "#BDB5A6");
const INDIGO: Colour = colour("IND", "Indigo", "인디고", "#2E3B5C");
const LIGHT_WASH: Colour = colour("LTW", "Light Wash", "라이트 워시", "#8FA7C4");
const DUSTY_ROSE: Colour = colour("DRS", "Dusty Rose", "더스티 로즈", "#C99A9A");
const SAND: Colour = colour("SND", "Sand", "샌드", "#D4C3A3");
const WHITE_GREEN: Colour = colour("WGR", "White / Green", "화이트 / 그린", "#2F6B4F");
const DARK_BROWN: Colour = colour("DBR", "Dark Brown", "다크 브라운", "#4A3022");
const TAUPE: Colour = colour("TAU", "Taupe", "토프", "#8B7B6B");
const GREY_LIME: Colour = colour("GLM", "Grey / Lime", "그레이 / 라임", "#9BB04A");
const NATURAL: Colour = colour("NAT", "Natural", "내추럴", "#E6DCC6");
const COGNAC: Colour = colour("COG", "Cognac", "코냑", "#9A5B2E");
const CREAM: Colour = colour("CRM", "Cream", "크림", "#F0E7D4");
const KHAKI: Colour = colour("KHK", "Khaki", "카키", "#7A7451");
const ROSE_02: Colour = colour("RS02", "Rose 02", "로즈 02", "#B5566B");
const BRICK_05: Colour = colour("BR05", "Brick 05", "브릭 05", "#9E3B2C");
const CORAL_07: Colour = colour("CR07", "Coral 07", "코랄 07", "#E0705A");
const PLUM_09: Colour = colour("PL09", "Plum 09", "플럼 09", "#6E2D4A");
const PORCELAIN_13: Colour = colour("13", "13 Porcelain", "13호 포슬린", "#EBD3C1");
const IVORY_21: Colour = colour("21", "21 Light Ivory", "21호 라이트 아이보리", "#E2C2A6");
const BEIGE_23: Colour = colour("23", "23 Natural Beige", "23호 내추럴 베이지", "#D1AD8C");

const CLOTHING_XS_XL: &[&str] = &["XS", "S", "M", "L", "XL"];
const CLOTHING_S_XL: &[&str] = &["S", "M", "L", "XL"];
const CLOTHING_XS_L: &[&str] = &["XS", "S", "M", "L"];
const CLOTHING_S_L: &[&str] = &["S", "M", "L"];
const CLOTHING_XS_M: &[&str] = &["XS", "S", "M"];
const SHOES_230_270: &[&str] = &["230", "240", "250", "260", "270"];
const SHOES_230_280: &[&str] = &["230", "240", "250", "260", "270", "280"];
const SHOES_240_280: &[&str] = &["240", "250", "260", "270", "280"];
const VOLUMES: &[&str] = &["30 ml", "50 ml"];
const ONE_SIZE: &[&str] = &[];
const NO_COLOUR: &[Colour] = &[];

struct Product {
    slug: &'static str,
    category: &'static str,
    /// The product's part of the SKU.
    code: &'static str,
    name_en: &'static str,
    name_ko: &'static str,
    description_en: &'static str,
    description_ko: &'static str,
    price: i64,
    art: &'static str,
    /// Empty: one size (NULL). Variants are every colour × every size, colour-major.
    sizes: &'static [&'static str],
    /// Empty: no colour (NULL), for beauty sold by volume.
    colours: &'static [Colour],
}

/// The array order is the catalogue position; the first product's stock is pinned (see
/// `PINNED`) because the availability tests build on it.
const PRODUCTS: &[Product] = &[
    // Outerwear
    Product {
        slug: "wool-blend-overcoat",
        category: "outerwear",
        code: "WLCOAT",
        name_en: "Wool-Blend Overcoat",
        name_ko: "울 블렌드 오버코트",
        description_en: "A long single-breasted overcoat in a dense 80% wool, 20% polyamide melton, cut with dropped shoulders and room for a knit underneath. Fully lined in smooth cupro, with deep welt pockets and a back vent. Dry clean only; brush after wear and hang on a shaped hanger.",
        description_ko: "울 80%, 폴리아미드 20%의 탄탄한 멜톤 원단으로 만든 싱글 브레스티드 롱 코트입니다. 드롭 숄더와 여유 있는 품으로 니트 위에도 편하게 걸칠 수 있으며, 큐프라 안감과 깊은 웰트 포켓, 뒤트임을 더했습니다. 드라이클리닝만 가능하며, 착용 후 브러싱하여 어깨 모양 옷걸이에 걸어 보관하세요.",
        price: 389_000,
        art: "coat;#EFE7DA;#B89B74",
        sizes: CLOTHING_S_XL,
        colours: &[OAT, CHARCOAL],
    },
    Product {
        slug: "cropped-tweed-jacket",
        category: "outerwear",
        code: "TWJKT",
        name_en: "Cropped Tweed Jacket",
        name_ko: "크롭 트위드 재킷",
        description_en: "A boxy, cropped jacket in a soft bouclé tweed woven from cotton and wool, with a small notched collar, frayed edges and gold-tone shank buttons. It sits at the high hip, so it balances wide trousers and midi skirts. Dry clean only.",
        description_ko: "면과 울을 섞어 짠 부드러운 부클레 트위드로 만든 박시한 크롭 재킷으로, 작은 노치드 칼라와 올이 살짝 풀린 가장자리, 골드 톤 단추가 특징입니다. 기장이 골반 위에 떨어져 와이드 팬츠나 미디스커트와 균형 있게 어울립니다. 드라이클리닝만 가능합니다.",
        price: 259_000,
        art: "jacket;#DCE3EA;#C9B99A",
        sizes: CLOTHING_XS_L,
        colours: &[ECRU, BLACK],
    },
    Product {
        slug: "quilted-liner-jacket",
        category: "outerwear",
        code: "QLJKT",
        name_en: "Quilted Liner Jacket",
        name_ko: "퀼팅 라이너 재킷",
        description_en: "A lightweight liner jacket in recycled nylon ripstop, diamond-quilted over a thin recycled polyester fill. Snap front, welt pockets and bound edges; wear it alone in spring or under a coat in winter. Machine wash cold on a gentle cycle and dry flat.",
        description_ko: "재활용 나일론 립스탑 원단에 얇은 재생 폴리에스터 충전재를 넣어 다이아몬드 퀼팅한 가벼운 라이너 재킷입니다. 스냅 여밈과 웰트 포켓, 바인딩 처리한 가장자리로 봄에는 단독으로, 겨울에는 코트 안에 입기 좋습니다. 찬물에 약한 코스로 세탁한 뒤 뉘어서 건조하세요.",
        price: 179_000,
        art: "jacket;#E9EBDD;#6B6B3E",
        sizes: CLOTHING_S_XL,
        colours: &[OLIVE, NAVY],
    },
    Product {
        slug: "cotton-gabardine-trench",
        category: "outerwear",
        code: "TRCOAT",
        name_en: "Cotton Gabardine Trench",
        name_ko: "코튼 개버딘 트렌치코트",
        description_en: "A classic trench in tightly woven cotton gabardine with a water-repellent finish. Relaxed through the body with a storm flap, removable belt and buttoned cuff straps; it falls just below the knee. Dry clean, or spot clean with a damp cloth.",
        description_ko: "촘촘하게 짠 코튼 개버딘에 발수 가공을 더한 클래식 트렌치코트입니다. 여유 있는 실루엣에 스톰 플랩, 탈착 가능한 벨트, 소매 스트랩을 갖췄고 기장은 무릎 바로 아래까지 내려옵니다. 드라이클리닝하거나 젖은 천으로 부분 세탁하세요.",
        price: 329_000,
        art: "coat;#F2E9DF;#C4A67C",
        sizes: CLOTHING_XS_L,
        colours: &[BEIGE],
    },
    Product {
        slug: "oversized-wool-blazer",
        category: "outerwear",
        code: "OVBLZ",
        name_en: "Oversized Wool Blazer",
        name_ko: "오버사이즈 울 블레이저",
        description_en: "A relaxed single-breasted blazer in mid-weight wool flannel, with softly padded shoulders and a longer line that covers the hip. Half-lined for ease of movement, with two flap pockets and a chest welt. Dry clean only.",
        description_ko: "중간 두께의 울 플란넬로 만든 여유로운 싱글 브레스티드 블레이저입니다. 부드럽게 패드를 넣은 어깨와 엉덩이를 덮는 긴 기장이 특징이며, 하프 안감이라 움직임이 편하고 플랩 포켓 두 개와 가슴 웰트 포켓이 있습니다. 드라이클리닝만 가능합니다.",
        price: 229_000,
        art: "jacket;#E6E6E9;#7D7F86",
        sizes: CLOTHING_S_L,
        colours: &[GREY_MELANGE, BLACK],
    },
    // Tops
    Product {
        slug: "merino-crewneck-sweater",
        category: "tops",
        code: "MRKNIT",
        name_en: "Merino Crewneck Sweater",
        name_ko: "메리노 크루넥 스웨터",
        description_en: "A fine-gauge crewneck knitted from 100% extra-fine merino wool that is soft against the skin and warm without bulk. Regular fit with a ribbed neck, cuffs and hem. Hand wash cold or use a wool cycle, then dry flat.",
        description_ko: "피부에 닿는 촉감이 부드러운 엑스트라 파인 메리노 울 100%로 짠 하이게이지 크루넥 스웨터입니다. 부해 보이지 않으면서 따뜻하고, 레귤러 핏에 목·소매·밑단을 립 조직으로 마감했습니다. 찬물 손세탁 또는 울 코스로 세탁한 뒤 뉘어서 건조하세요.",
        price: 119_000,
        art: "knit;#F4ECE4;#2F4A3A",
        sizes: CLOTHING_XS_XL,
        colours: &[IVORY, FOREST, BURGUNDY],
    },
    Product {
        slug: "cashmere-v-neck-cardigan",
        category: "tops",
        code: "CSCARD",
        name_en: "Cashmere V-Neck Cardigan",
        name_ko: "캐시미어 브이넥 카디건",
        description_en: "A lightweight V-neck cardigan in pure Mongolian cashmere, knitted at 12 gauge and finished with horn-effect buttons. Slightly relaxed through the body so it layers easily over a shirt. Hand wash cold with a cashmere shampoo and dry flat away from sunlight.",
        description_ko: "몽골산 캐시미어 100%를 12게이지로 짠 가벼운 브이넥 카디건으로, 혼 느낌의 단추를 달았습니다. 몸판에 약간 여유가 있어 셔츠 위에 레이어드하기 좋습니다. 캐시미어 전용 세제로 찬물 손세탁한 뒤 그늘에서 뉘어서 건조하세요.",
        price: 219_000,
        art: "knit;#F1E5D6;#B98A5A",
        sizes: CLOTHING_S_L,
        colours: &[CAMEL, GREY_MELANGE],
    },
    Product {
        slug: "relaxed-oxford-shirt",
        category: "tops",
        code: "OXSHRT",
        name_en: "Relaxed Oxford Shirt",
        name_ko: "릴랙스드 옥스퍼드 셔츠",
        description_en: "A relaxed button-down shirt in garment-washed cotton oxford that softens with every wash. Dropped shoulders, a box pleat at the back and a curved hem that works tucked or untucked. Machine wash at 30 °C and iron while slightly damp.",
        description_ko: "세탁할수록 부드러워지는 가먼트 워싱 코튼 옥스퍼드 셔츠입니다. 드롭 숄더와 뒤판 박스 플리츠, 라운드 밑단으로 넣어 입어도 빼서 입어도 자연스럽습니다. 30°C 이하로 세탁기 사용이 가능하며 살짝 젖은 상태에서 다림질하세요.",
        price: 79_000,
        art: "shirt;#EEF2F6;#8FB0D2",
        sizes: CLOTHING_XS_XL,
        colours: &[SKY_BLUE, WHITE],
    },
    Product {
        slug: "washed-silk-blouse",
        category: "tops",
        code: "SLKBLS",
        name_en: "Washed Silk Blouse",
        name_ko: "워시드 실크 블라우스",
        description_en: "A fluid blouse in sand-washed silk crêpe de chine with a matte, peachy hand. Cut straight with a point collar and a slim placket of mother-of-pearl buttons. Hand wash cold with a gentle detergent or dry clean; iron on low from the inside.",
        description_ko: "샌드 워싱한 실크 크레이프 드 신으로 만든 블라우스로, 매트하고 복숭아 껍질 같은 촉감이 특징입니다. 스트레이트 핏에 포인트 칼라와 자개 단추를 단 슬림한 플래킷을 적용했습니다. 중성세제로 찬물 손세탁하거나 드라이클리닝하고, 뒤집어서 저온으로 다림질하세요.",
        price: 149_000,
        art: "shirt;#3A3434;#E2CDAA",
        sizes: CLOTHING_XS_L,
        colours: &[CHAMPAGNE, BLACK],
    },
    Product {
        slug: "heavyweight-cotton-tee",
        category: "tops",
        code: "HWTEE",
        name_en: "Heavyweight Cotton Tee",
        name_ko: "헤비웨이트 코튼 티셔츠",
        description_en: "A boxy tee in 260 g/m² combed cotton jersey that holds its shape and never goes sheer. Dropped shoulders, a dense ribbed collar and a slightly cropped body. Machine wash cold inside out; tumble dry low to avoid shrinkage.",
        description_ko: "260g/m² 코마 면 저지로 만들어 형태가 잘 유지되고 비치지 않는 박시한 티셔츠입니다. 드롭 숄더와 촘촘한 립 넥, 살짝 짧은 기장이 특징입니다. 뒤집어서 찬물 세탁하고, 수축을 막으려면 건조기는 저온으로 사용하세요.",
        price: 39_000,
        art: "tee;#E9E6E0;#34343A",
        sizes: CLOTHING_S_XL,
        colours: &[WHITE, BLACK, HEATHER_GREY],
    },
    Product {
        slug: "breton-stripe-long-sleeve-tee",
        category: "tops",
        code: "BRTEE",
        name_en: "Breton Stripe Long-Sleeve Tee",
        name_ko: "브르타뉴 스트라이프 긴소매 티셔츠",
        description_en: "A classic Breton top in a sturdy cotton interlock, striped in navy on ecru. Boat neck, straight fit and slightly long sleeves that can be pushed up. Machine wash cold and dry flat to keep the stripes straight.",
        description_ko: "탄탄한 코튼 인터록 원단에 에크루 바탕, 네이비 스트라이프를 넣은 클래식 브르타뉴 티셔츠입니다. 보트 넥과 스트레이트 핏, 걷어 입기 좋은 살짝 긴 소매가 특징입니다. 찬물 세탁 후 스트라이프가 틀어지지 않도록 뉘어서 건조하세요.",
        price: 49_000,
        art: "tee;#F5F0E6;#2B3A55",
        sizes: CLOTHING_XS_L,
        colours: &[NAVY_ECRU],
    },
    // Bottoms
    Product {
        slug: "wide-pleated-trousers",
        category: "bottoms",
        code: "PLTRS",
        name_en: "Wide Pleated Trousers",
        name_ko: "와이드 핀턱 트라우저",
        description_en: "High-rise trousers in a wool-blend twill with double front pleats and a wide, full-length leg. A hook-and-bar closure, slanted side pockets and pressed creases keep them sharp. Dry clean or steam; do not tumble dry.",
        description_ko: "울 블렌드 트윌 소재의 하이라이즈 트라우저로, 앞판에 더블 핀턱을 넣고 밑단까지 넓게 떨어지는 와이드 핏입니다. 후크 앤 바 여밈과 사선 포켓, 다림질 주름으로 단정한 인상을 줍니다. 드라이클리닝 또는 스팀으로 관리하고 건조기 사용은 피하세요.",
        price: 139_000,
        art: "trousers;#ECE8E1;#4A4B50",
        sizes: CLOTHING_XS_XL,
        colours: &[CHARCOAL, STONE],
    },
    Product {
        slug: "straight-selvedge-jeans",
        category: "bottoms",
        code: "SLJEAN",
        name_en: "Straight Selvedge Jeans",
        name_ko: "스트레이트 셀비지 진",
        description_en: "Five-pocket jeans in 13.5 oz Japanese selvedge denim with a mid rise and a straight leg. Rigid at first, they mould to you within a few weeks of wear. Wash rarely, inside out and cold; line dry.",
        description_ko: "13.5온스 일본산 셀비지 데님으로 만든 미드 라이즈 스트레이트 5포켓 진입니다. 처음에는 뻣뻣하지만 몇 주 입으면 몸에 맞게 자리를 잡습니다. 세탁은 가끔, 뒤집어서 찬물로 하고 그늘에 널어 말리세요.",
        price: 159_000,
        art: "jeans;#F1EDE4;#2E3B5C",
        sizes: CLOTHING_S_XL,
        colours: &[INDIGO, LIGHT_WASH],
    },
    Product {
        slug: "pleated-midi-skirt",
        category: "bottoms",
        code: "MIDSKT",
        name_en: "Pleated Midi Skirt",
        name_ko: "플리츠 미디스커트",
        description_en: "A knife-pleated midi skirt in a light recycled polyester satin that moves as you walk. The back of the waistband is elasticated for comfort, and it falls to mid-calf. Machine wash cold on a delicate cycle and hang to dry; the pleats are permanent.",
        description_ko: "걸을 때마다 찰랑이는 가벼운 재생 폴리에스터 새틴 소재의 나이프 플리츠 미디스커트입니다. 허리 뒷부분에 밴딩을 넣어 편안하며 기장은 종아리 중간까지 내려옵니다. 섬세 코스로 찬물 세탁한 뒤 걸어서 말리세요. 플리츠는 세탁 후에도 그대로 유지됩니다.",
        price: 109_000,
        art: "skirt;#F6E9E6;#C38F8F",
        sizes: CLOTHING_XS_M,
        colours: &[DUSTY_ROSE, BLACK],
    },
    Product {
        slug: "wool-a-line-mini-skirt",
        category: "bottoms",
        code: "ALSKT",
        name_en: "Wool A-Line Mini Skirt",
        name_ko: "울 에이라인 미니스커트",
        description_en: "An A-line mini skirt in brushed wool-blend flannel, lined in satin so it glides over tights. It sits on the natural waist and closes with a concealed side zip. Dry clean only.",
        description_ko: "기모감 있는 울 블렌드 플란넬 소재의 에이라인 미니스커트로, 새틴 안감을 대어 스타킹 위에도 매끄럽게 떨어집니다. 자연스러운 허리선에 맞고 옆선의 히든 지퍼로 여밉니다. 드라이클리닝만 가능합니다.",
        price: 89_000,
        art: "skirt;#EFE3D3;#A87A4F",
        sizes: CLOTHING_XS_L,
        colours: &[CAMEL],
    },
    Product {
        slug: "linen-drawstring-trousers",
        category: "bottoms",
        code: "LNTRS",
        name_en: "Linen Drawstring Trousers",
        name_ko: "리넨 드로스트링 팬츠",
        description_en: "Easy trousers in garment-dyed European linen with an elastic drawstring waist and a relaxed, tapered leg. Breathable and quick to dry for Seoul's humid summers. Machine wash cold; the soft creases are part of the look.",
        description_ko: "유럽산 리넨을 후염 가공한 편안한 팬츠로, 밴딩 드로스트링 허리와 여유 있는 테이퍼드 핏이 특징입니다. 통기성이 좋고 빨리 말라 습한 서울의 여름에 잘 어울립니다. 찬물 세탁이 가능하며, 자연스러운 구김도 멋의 일부입니다.",
        price: 99_000,
        art: "trousers;#E3EAE4;#C9B48F",
        sizes: CLOTHING_S_L,
        colours: &[SAND, BLACK],
    },
    // Shoes
    Product {
        slug: "leather-court-sneakers",
        category: "shoes",
        code: "CTSNK",
        name_en: "Leather Court Sneakers",
        name_ko: "레더 코트 스니커즈",
        description_en: "Low-top court sneakers in smooth full-grain leather on a stitched natural rubber cupsole. A leather lining and a cushioned, removable insole make them easy to wear all day. Wipe with a damp cloth and use a leather conditioner now and then.",
        description_ko: "부드러운 풀그레인 가죽 갑피에 천연 고무 컵솔을 스티치로 연결한 로우탑 코트 스니커즈입니다. 가죽 안감과 쿠션감 있는 탈착식 인솔로 하루 종일 편하게 신을 수 있습니다. 젖은 천으로 닦고 가끔 가죽 컨디셔너로 관리하세요.",
        price: 169_000,
        art: "sneaker;#CFDCD3;#F4F3EE",
        sizes: SHOES_230_270,
        colours: &[WHITE, WHITE_GREEN],
    },
    Product {
        slug: "penny-loafers",
        category: "shoes",
        code: "PNLOAF",
        name_en: "Penny Loafers",
        name_ko: "페니 로퍼",
        description_en: "Classic penny loafers in polished calf leather, hand-sewn at the moccasin toe and set on a leather sole with a rubber heel tip. They run true to size and soften quickly. Polish with a matching cream and keep them on shoe trees.",
        description_ko: "광택 있는 카프 가죽으로 만든 클래식 페니 로퍼로, 모카신 토 부분을 손바느질하고 고무 힐 탭을 단 가죽 밑창을 적용했습니다. 정사이즈로 신으면 되며 금방 발에 길듭니다. 같은 색 구두 크림으로 관리하고 슈트리를 넣어 보관하세요.",
        price: 219_000,
        art: "loafer;#EFE5DA;#5A3A28",
        sizes: SHOES_230_280,
        colours: &[BLACK, DARK_BROWN],
    },
    Product {
        slug: "suede-chelsea-boots",
        category: "shoes",
        code: "CHBOOT",
        name_en: "Suede Chelsea Boots",
        name_ko: "스웨이드 첼시 부츠",
        description_en: "Ankle-height Chelsea boots in water-repellent suede with elastic side gussets and a back pull tab. A 35 mm stacked heel and a light rubber sole grip on wet pavements. Brush with a suede brush and refresh with a protector spray.",
        description_ko: "발수 가공한 스웨이드 소재의 앵클 첼시 부츠로, 양옆 밴딩과 뒤쪽 풀탭을 갖췄습니다. 35mm 적층 굽과 가벼운 고무 밑창으로 젖은 길에서도 잘 미끄러지지 않습니다. 스웨이드 브러시로 손질하고 방수 스프레이로 관리하세요.",
        price: 259_000,
        art: "boot;#E7E1DA;#8B7B6B",
        sizes: SHOES_230_270,
        colours: &[TAUPE, BLACK],
    },
    Product {
        slug: "mesh-trail-runners",
        category: "shoes",
        code: "TRRUN",
        name_en: "Mesh Trail Runners",
        name_ko: "메시 트레일 러너",
        description_en: "Lightweight trail-inspired runners with an engineered mesh upper, a cushioned EVA midsole and a lugged rubber outsole. They fit slightly small, so we suggest one size (10 mm) up. Remove the insole, hand wash with mild soap and air dry.",
        description_ko: "엔지니어드 메시 갑피와 쿠션감 있는 EVA 미드솔, 접지력 좋은 러그 고무 아웃솔을 갖춘 가벼운 트레일 러너입니다. 사이즈가 약간 작게 나오니 한 치수(10mm) 크게 선택하세요. 인솔을 빼고 중성세제로 손세탁한 뒤 자연 건조하세요.",
        price: 149_000,
        art: "sneaker;#E5E8EC;#9BB04A",
        sizes: SHOES_240_280,
        colours: &[GREY_LIME],
    },
    // Bags
    Product {
        slug: "canvas-market-tote",
        category: "bags",
        code: "CNTOTE",
        name_en: "Canvas Market Tote",
        name_ko: "캔버스 마켓 토트백",
        description_en: "A roomy tote in 18 oz cotton canvas with reinforced webbing handles long enough for the shoulder. An inside zip pocket keeps keys and cards in reach, and it fits a 15-inch laptop. Spot clean, or machine wash cold and reshape while damp.",
        description_ko: "18온스 코튼 캔버스로 만든 넉넉한 토트백으로, 어깨에 멜 수 있는 길이의 튼튼한 웨빙 손잡이를 달았습니다. 내부 지퍼 포켓에 열쇠와 카드를 넣을 수 있고 15인치 노트북도 들어갑니다. 부분 세탁을 권장하며, 세탁기를 쓸 때는 찬물로 세탁한 뒤 젖은 상태에서 모양을 잡아 주세요.",
        price: 59_000,
        art: "tote;#D9E1EA;#E6DCC6",
        sizes: ONE_SIZE,
        colours: &[NATURAL, BLACK, NAVY],
    },
    Product {
        slug: "mini-leather-crossbody",
        category: "bags",
        code: "LTCRSB",
        name_en: "Mini Leather Crossbody",
        name_ko: "미니 레더 크로스백",
        description_en: "A compact crossbody bag in pebbled cowhide with a magnetic flap and an adjustable leather strap. It holds a phone, cards and a lipstick, with a slip pocket at the back. Wipe with a soft dry cloth and store stuffed in its dust bag.",
        description_ko: "엠보싱 소가죽으로 만든 컴팩트한 크로스백으로, 자석 플랩과 길이 조절이 가능한 가죽 스트랩을 달았습니다. 휴대폰과 카드, 립스틱이 들어가며 뒷면에 슬립 포켓이 있습니다. 부드러운 마른 천으로 닦고, 속을 채워 더스트백에 보관하세요.",
        price: 189_000,
        art: "crossbody;#F1E6DC;#9A5B2E",
        sizes: ONE_SIZE,
        colours: &[BLACK, COGNAC, CREAM],
    },
    Product {
        slug: "nylon-sling-bag",
        category: "bags",
        code: "NYSLNG",
        name_en: "Nylon Sling Bag",
        name_ko: "나일론 슬링백",
        description_en: "A light sling bag in water-resistant recycled nylon twill with a two-way zip and a quick-release buckle strap. Wear it across the chest or on the hip; an inner mesh pocket keeps small things sorted. Hand wash with mild soap and air dry.",
        description_ko: "발수 기능이 있는 재활용 나일론 트윌 소재의 가벼운 슬링백으로, 투웨이 지퍼와 원터치 버클 스트랩을 달았습니다. 가슴이나 허리에 메기 좋고 안쪽 메시 포켓에 작은 소지품을 정리할 수 있습니다. 중성세제로 손세탁한 뒤 자연 건조하세요.",
        price: 79_000,
        art: "crossbody;#E8E9E3;#7A7451",
        sizes: ONE_SIZE,
        colours: &[BLACK, KHAKI],
    },
    Product {
        slug: "soft-leather-shopper",
        category: "bags",
        code: "LTSHOP",
        name_en: "Soft Leather Shopper",
        name_ko: "소프트 레더 쇼퍼백",
        description_en: "An unstructured shopper in soft vegetable-tanned lambskin that slouches beautifully with use. Open top with a magnetic closure, a detachable zip pouch and long shoulder handles. Keep it out of the rain and treat with a leather balm every few months.",
        description_ko: "사용할수록 자연스럽게 흐르는 부드러운 베지터블 태닝 양가죽 쇼퍼백입니다. 자석 여밈의 오픈 톱 구조에 탈착 가능한 지퍼 파우치와 어깨에 메는 긴 손잡이를 갖췄습니다. 비에 젖지 않도록 주의하고, 몇 달에 한 번 가죽 밤으로 관리하세요.",
        price: 289_000,
        art: "tote;#E9E4DD;#2B2B2D",
        sizes: ONE_SIZE,
        colours: &[BLACK, TAUPE],
    },
    // Beauty
    Product {
        slug: "velvet-matte-lipstick",
        category: "beauty",
        code: "VMLIP",
        name_en: "Velvet Matte Lipstick",
        name_ko: "벨벳 매트 립스틱",
        description_en: "A creamy lipstick that sets to a soft, blurred velvet-matte finish without drying the lips. Richly pigmented in one swipe, with squalane and shea butter for comfort. Wear it full, or pat it on with a fingertip for a diffused stain.",
        description_ko: "입술을 건조하게 하지 않으면서 부드럽게 블러 처리된 벨벳 매트 피니시로 마무리되는 크리미한 립스틱입니다. 한 번만 발라도 발색이 선명하고, 스쿠알란과 시어버터가 편안함을 더합니다. 꽉 채워 바르거나 손끝으로 두드려 번진 듯한 스테인으로 연출하세요.",
        price: 32_000,
        art: "lipstick;#F6E3E6;#B5566B",
        sizes: ONE_SIZE,
        colours: &[ROSE_02, BRICK_05, CORAL_07, PLUM_09],
    },
    Product {
        slug: "hydrating-rice-serum",
        category: "beauty",
        code: "RCSERUM",
        name_en: "Hydrating Rice Serum",
        name_ko: "라이스 수분 세럼",
        description_en: "A lightweight, watery serum with 72% fermented rice water, niacinamide and three types of hyaluronic acid. It sinks in within seconds and leaves a fresh, dewy finish that layers smoothly under makeup. Apply two or three drops after toner, morning and evening.",
        description_ko: "발효 쌀뜨물 72%와 나이아신아마이드, 3중 히알루론산을 담은 가볍고 묽은 세럼입니다. 몇 초 만에 흡수되어 산뜻하고 촉촉한 윤광을 남기며, 메이크업 전에 사용해도 밀리지 않습니다. 아침저녁 토너 다음 단계에 2~3방울 사용하세요.",
        price: 38_000,
        art: "serum;#EAF0F2;#D2BE98",
        sizes: VOLUMES,
        colours: NO_COLOUR,
    },
    Product {
        slug: "ceramide-barrier-cream",
        category: "beauty",
        code: "CRMBAR",
        name_en: "Ceramide Barrier Cream",
        name_ko: "세라마이드 장벽 크림",
        description_en: "A rich but fast-absorbing cream with ceramides, cholesterol and panthenol to support a dry, sensitised skin barrier. The whipped texture melts in and leaves a soft satin finish, never greasy. Fragrance-free; use as the last step of your evening routine.",
        description_ko: "세라마이드, 콜레스테롤, 판테놀을 담아 건조하고 예민해진 피부 장벽을 케어하는, 리치하지만 빠르게 흡수되는 크림입니다. 휘핑 텍스처가 부드럽게 녹아들어 번들거림 없이 새틴 같은 마무리를 남깁니다. 무향이며 저녁 스킨케어의 마지막 단계에 사용하세요.",
        price: 42_000,
        art: "cream;#F3F1EC;#8FB3C9",
        sizes: &["50 ml"],
        colours: NO_COLOUR,
    },
    Product {
        slug: "glow-cushion-foundation",
        category: "beauty",
        code: "GLCUSH",
        name_en: "Glow Cushion Foundation",
        name_ko: "글로우 쿠션 파운데이션",
        description_en: "A buildable cushion foundation with a luminous, skin-like glow finish and SPF 50+ PA++++. The serum-based formula evens tone in one layer and stays fresh for hours. A refill is included; press on with the puff from the centre of the face outward.",
        description_ko: "피부 같은 자연스러운 윤광으로 마무리되는 빌더블 쿠션 파운데이션으로, SPF50+ PA++++ 자외선 차단 기능이 있습니다. 세럼 베이스 포뮬러가 한 번에 피부 톤을 정돈하고 오랜 시간 산뜻하게 유지됩니다. 리필이 함께 들어 있으며, 퍼프로 얼굴 중앙에서 바깥쪽으로 두드려 바르세요.",
        price: 36_000,
        art: "cushion;#F5E8E0;#D29A7E",
        sizes: ONE_SIZE,
        colours: &[PORCELAIN_13, IVORY_21, BEIGE_23],
    },
    Product {
        slug: "seongsu-fig-eau-de-parfum",
        category: "beauty",
        code: "FIGEDP",
        name_en: "Seongsu Fig Eau de Parfum",
        name_ko: "성수 피그 오 드 퍼퓸",
        description_en: "A green, milky fig scent that opens on fig leaf and bergamot, softens into fig milk and iris, and dries down to cedar and a warm concrete musk. Moderate projection, with six to eight hours of wear. Spray on pulse points; store away from heat and light.",
        description_ko: "무화과 잎과 베르가모트로 시작해 무화과 밀크와 아이리스로 부드러워지고, 시더우드와 따뜻한 콘크리트 머스크로 마무리되는 그린 밀키 무화과 향입니다. 확산력은 적당하며 6~8시간 지속됩니다. 맥박이 뛰는 부위에 뿌리고, 열과 빛을 피해 보관하세요.",
        price: 129_000,
        art: "perfume;#E6EEE4;#7E9C6B",
        sizes: VOLUMES,
        colours: NO_COLOUR,
    },
];

/// One row of `variants`, expanded from a product's sizes × colours.
struct Variant {
    sku: String,
    size: Option<&'static str>,
    colour: Option<&'static Colour>,
}

/// A product's variants in display order: colour-major, so a colour's sizes sit together.
/// SKU = code, then "-" colour code if any, then "-" size if any ("30 ml" → "30ML").
fn variants_of(p: &'static Product) -> Vec<Variant> {
    let colours: Vec<Option<&'static Colour>> = if p.colours.is_empty() {
        vec![None]
    } else {
        p.colours.iter().map(Some).collect()
    };
    let sizes: Vec<Option<&'static str>> = if p.sizes.is_empty() {
        vec![None]
    } else {
        p.sizes.iter().copied().map(Some).collect()
    };
    let mut out = Vec::with_capacity(colours.len() * sizes.len());
    for colour in &colours {
        for size in &sizes {
            let mut sku = p.code.to_string();
            if let Some(c) = colour {
                sku.push('-');
                sku.push_str(c.code);
            }
            if let Some(s) = size {
                sku.push('-');
                sku.extend(
                    s.chars()
                        .filter(|ch| !ch.is_whitespace())
                        .map(|ch| ch.to_ascii_uppercase()),
                );
            }
            out.push(Variant {
                sku,
                size: *size,
                colour: *colour,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Stores
// ---------------------------------------------------------------------------------------------

/// (weekday 0 = Monday, opens, closes), local time; a missing weekday is closed.
type Hours = &'static [(i64, &'static str, &'static str)];

const DAILY_1030_2100: Hours = &[
    (0, "10:30", "21:00"),
    (1, "10:30", "21:00"),
    (2, "10:30", "21:00"),
    (3, "10:30", "21:00"),
    (4, "10:30", "21:00"),
    (5, "10:30", "21:00"),
    (6, "10:30", "21:00"),
];
/// Department stores close earlier, and a little later at the weekend.
const DEPARTMENT_HOURS: Hours = &[
    (0, "10:30", "20:00"),
    (1, "10:30", "20:00"),
    (2, "10:30", "20:00"),
    (3, "10:30", "20:00"),
    (4, "10:30", "20:30"),
    (5, "10:30", "20:30"),
    (6, "10:30", "20:30"),
];
const YEONNAM_HOURS: Hours = &[
    (1, "12:00", "20:00"),
    (2, "12:00", "20:00"),
    (3, "12:00", "20:00"),
    (4, "12:00", "20:00"),
    (5, "12:00", "20:00"),
    (6, "12:00", "20:00"),
];
const BUSAN_HOURS: Hours = &[
    (0, "11:00", "21:00"),
    (1, "11:00", "21:00"),
    (2, "11:00", "21:00"),
    (3, "11:00", "21:00"),
    (4, "11:00", "21:00"),
    (5, "11:00", "21:00"),
    (6, "11:00", "21:00"),
];
const PARIS_HOURS: Hours = &[
    (1, "11:00", "19:00"),
    (2, "11:00", "19:00"),
    (3, "11:00", "19:00"),
    (4, "11:00", "19:00"),
    (5, "11:00", "19:00"),
];

struct Store {
    id: &'static str,
    name_en: &'static str,
    name_ko: &'static str,
    kind: &'static str,
    address_en: &'static str,
    address_ko: &'static str,
    city_en: &'static str,
    city_ko: &'static str,
    lat: f64,
    lng: f64,
    time_zone: &'static str,
    fitting_rooms: i64,
    pickup_lead_minutes: i64,
    hold_hours: i64,
    hours: Hours,
}

impl Store {
    fn is_pop_up(&self) -> bool {
        self.kind == "pop_up"
    }

    /// A store that carries the full range in the capital: where every variant must be in stock.
    fn is_seoul_core(&self) -> bool {
        self.city_en == "Seoul" && !self.is_pop_up()
    }
}

/// The array order is the display position.
const STORES: &[Store] = &[
    Store {
        id: "seongsu-flagship",
        name_en: "Tandem Seongsu Flagship",
        name_ko: "탠덤 성수 플래그십",
        kind: "flagship",
        address_en: "45 Yeonmujang-gil, Seongdong-gu, Seoul",
        address_ko: "서울특별시 성동구 연무장길 45",
        city_en: "Seoul",
        city_ko: "서울",
        lat: 37.5446,
        lng: 127.0557,
        time_zone: "Asia/Seoul",
        fitting_rooms: 6,
        pickup_lead_minutes: 30,
        hold_hours: 48,
        hours: DAILY_1030_2100,
    },
    Store {
        id: "hannam-experience",
        name_en: "Tandem Hannam Experience",
        name_ko: "탠덤 한남 익스피리언스",
        kind: "experience",
        address_en: "72 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul",
        address_ko: "서울특별시 용산구 이태원로55가길 72",
        city_en: "Seoul",
        city_ko: "서울",
        lat: 37.5371,
        lng: 127.0019,
        time_zone: "Asia/Seoul",
        fitting_rooms: 8,
        pickup_lead_minutes: 45,
        hold_hours: 72,
        hours: DAILY_1030_2100,
    },
    Store {
        id: "gangnam-department",
        name_en: "Tandem Gangnam Department Store Counter",
        name_ko: "탠덤 강남 백화점 매장",
        kind: "department",
        address_en: "3F, 401 Teheran-ro, Gangnam-gu, Seoul",
        address_ko: "서울특별시 강남구 테헤란로 401, 3층",
        city_en: "Seoul",
        city_ko: "서울",
        lat: 37.5045,
        lng: 127.0490,
        time_zone: "Asia/Seoul",
        fitting_rooms: 2,
        pickup_lead_minutes: 60,
        hold_hours: 48,
        hours: DEPARTMENT_HOURS,
    },
    Store {
        id: "yeonnam-popup",
        name_en: "Tandem Yeonnam Pop-up",
        name_ko: "탠덤 연남 팝업",
        kind: "pop_up",
        address_en: "38 Donggyo-ro 29-gil, Mapo-gu, Seoul",
        address_ko: "서울특별시 마포구 동교로29길 38",
        city_en: "Seoul",
        city_ko: "서울",
        lat: 37.5627,
        lng: 126.9255,
        time_zone: "Asia/Seoul",
        fitting_rooms: 0,
        pickup_lead_minutes: 90,
        hold_hours: 24,
        hours: YEONNAM_HOURS,
    },
    Store {
        id: "jamsil-standard",
        name_en: "Tandem Jamsil",
        name_ko: "탠덤 잠실",
        kind: "standard",
        address_en: "1F, 25 Baekjegobun-ro 45-gil, Songpa-gu, Seoul",
        address_ko: "서울특별시 송파구 백제고분로45길 25, 1층",
        city_en: "Seoul",
        city_ko: "서울",
        lat: 37.5110,
        lng: 127.0980,
        time_zone: "Asia/Seoul",
        fitting_rooms: 3,
        pickup_lead_minutes: 30,
        hold_hours: 48,
        hours: DAILY_1030_2100,
    },
    Store {
        id: "pangyo-standard",
        name_en: "Tandem Pangyo",
        name_ko: "탠덤 판교",
        kind: "standard",
        address_en: "2F, 166 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do",
        address_ko: "경기도 성남시 분당구 판교역로 166, 2층",
        city_en: "Seongnam",
        city_ko: "성남",
        lat: 37.3947,
        lng: 127.1112,
        time_zone: "Asia/Seoul",
        fitting_rooms: 2,
        pickup_lead_minutes: 40,
        hold_hours: 48,
        hours: DAILY_1030_2100,
    },
    Store {
        id: "busan-seomyeon",
        name_en: "Tandem Busan Seomyeon",
        name_ko: "탠덤 부산 서면",
        kind: "standard",
        address_en: "27 Seomyeon-ro, Busanjin-gu, Busan",
        address_ko: "부산광역시 부산진구 서면로 27",
        city_en: "Busan",
        city_ko: "부산",
        lat: 35.1578,
        lng: 129.0597,
        time_zone: "Asia/Seoul",
        fitting_rooms: 3,
        pickup_lead_minutes: 30,
        hold_hours: 48,
        hours: BUSAN_HOURS,
    },
    Store {
        id: "daegu-department",
        name_en: "Tandem Daegu Department Store Counter",
        name_ko: "탠덤 대구 백화점 매장",
        kind: "department",
        address_en: "4F, 2077 Dalgubeol-daero, Jung-gu, Daegu",
        address_ko: "대구광역시 중구 달구벌대로 2077, 4층",
        city_en: "Daegu",
        city_ko: "대구",
        lat: 35.8690,
        lng: 128.5960,
        time_zone: "Asia/Seoul",
        fitting_rooms: 1,
        pickup_lead_minutes: 60,
        hold_hours: 48,
        hours: DEPARTMENT_HOURS,
    },
    Store {
        id: "paris-popup",
        name_en: "Tandem Paris Pop-up",
        name_ko: "탠덤 파리 팝업",
        kind: "pop_up",
        address_en: "62 Rue de Turenne, 75003 Paris, France",
        address_ko: "프랑스 파리 3구 튀렌 거리 62 (62 Rue de Turenne, 75003 Paris)",
        city_en: "Paris",
        city_ko: "파리",
        lat: 48.8597,
        lng: 2.3622,
        time_zone: "Europe/Paris",
        fitting_rooms: 2,
        pickup_lead_minutes: 120,
        hold_hours: 36,
        hours: PARIS_HOURS,
    },
];

/// (store id, local date, reason_en, reason_ko).
const CLOSURES: &[(&str, &str, &str, &str)] = &[
    (
        "paris-popup",
        "2026-12-25",
        "Christmas Day",
        "크리스마스 휴무",
    ),
    (
        "paris-popup",
        "2027-01-01",
        "New Year's Day",
        "새해 첫날 휴무",
    ),
    (
        "seongsu-flagship",
        "2027-01-01",
        "New Year's Day",
        "신정 휴무",
    ),
    (
        "gangnam-department",
        "2027-02-06",
        "Seollal (Lunar New Year)",
        "설날 휴무",
    ),
    (
        "daegu-department",
        "2027-02-06",
        "Seollal (Lunar New Year)",
        "설날 휴무",
    ),
    (
        "hannam-experience",
        "2026-11-16",
        "Closed for an in-store installation",
        "매장 전시 설치로 휴무",
    ),
];

// ---------------------------------------------------------------------------------------------
// Stock
// ---------------------------------------------------------------------------------------------

/// (store id, variant position in the first product, on_hand): fixed levels the availability
/// tests rely on. The first variant is out at the flagship and at Gangnam (which is nearer to
/// Seongsu than Hannam is) but plentiful in Hannam, so "nearest store that has it" from Seongsu
/// is Hannam; the flagship has plenty of the second variant.
const PINNED: &[(&str, usize, i64)] = &[
    ("seongsu-flagship", 0, 0),
    ("gangnam-department", 0, 0),
    ("hannam-experience", 0, 12),
    ("seongsu-flagship", 1, 7),
];

/// 64-bit FNV-1a over `sku`, a separator and `store_id`, with a final avalanche so that the
/// low bits (used for the buckets) are as well mixed as the high ones.
fn stock_hash(sku: &str, store_id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in sku.bytes().chain([b'|']).chain(store_id.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

fn plenty(h: u64) -> i64 {
    4 + ((h >> 24) % 17) as i64
}

/// The unadjusted level: zero, low (1–3) or plenty (4–20); pop-ups hold a smaller edit.
fn base_on_hand(sku: &str, store: &Store) -> i64 {
    let h = stock_hash(sku, store.id);
    let (zero_below, low_below) = if store.is_pop_up() {
        (50, 75)
    } else {
        (19, 44)
    };
    match h % 100 {
        r if r < zero_below => 0,
        r if r < low_below => 1 + ((h >> 16) % 3) as i64,
        _ => plenty(h),
    }
}

/// On-hand levels of one variant, indexed like `STORES`: the hashed mix, then the pins, then
/// the guarantees that every variant has a Seoul store with plenty and at least two such stores.
fn stock_levels(sku: &str, pins: &[(&str, i64)]) -> Vec<i64> {
    let mut levels: Vec<i64> = STORES.iter().map(|s| base_on_hand(sku, s)).collect();
    let mut pinned = vec![false; STORES.len()];
    for (store_id, on_hand) in pins {
        if let Some(i) = STORES.iter().position(|s| s.id == *store_id) {
            levels[i] = *on_hand;
            pinned[i] = true;
        }
    }
    // Candidates in an order that depends on the SKU, so the top-ups spread across stores.
    let n = STORES.len();
    let start = (stock_hash(sku, "") % n as u64) as usize;
    let order: Vec<usize> = (0..n).map(|k| (start + k) % n).collect();
    let top_up = |levels: &mut [i64], want: &dyn Fn(&Store) -> bool| -> bool {
        match order
            .iter()
            .find(|&&i| !pinned[i] && levels[i] < 4 && want(&STORES[i]))
        {
            Some(&i) => {
                levels[i] = plenty(stock_hash(sku, STORES[i].id));
                true
            }
            None => false,
        }
    };
    if !STORES
        .iter()
        .zip(&levels)
        .any(|(s, &l)| s.is_seoul_core() && l >= 4)
    {
        top_up(&mut levels, &|s: &Store| s.is_seoul_core());
    }
    while levels.iter().filter(|&&l| l >= 4).count() < 2
        && top_up(&mut levels, &|s: &Store| !s.is_pop_up())
    {}
    levels
}

// ---------------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------------

/// Inserts the demo chain (catalogue, stores, hours, closures, stock, staff) in one transaction; call it on an empty database only.
pub async fn seed(pool: &SqlitePool) -> Result<(), sqlx::Error> {
    // Hash before taking the write lock: Argon2 is deliberately slow.
    let argon2 = Argon2::default();
    let mut staff = Vec::new();
    for (username, display_name, store_id) in demo_staff() {
        let salt = SaltString::generate(&mut OsRng);
        let hash = argon2
            .hash_password(DEMO_PASSWORD.as_bytes(), &salt)
            .map_err(|e| sqlx::Error::Protocol(format!("hashing the demo password: {e}")))?
            .to_string();
        staff.push((username, display_name, store_id, hash));
    }

    let mut tx = pool.begin().await?;

    for (position, (slug, name_en, name_ko)) in CATEGORIES.iter().enumerate() {
        sqlx::query(
            "INSERT INTO categories (slug, name_en, name_ko, position) VALUES (?, ?, ?, ?)",
        )
        .bind(slug)
        .bind(name_en)
        .bind(name_ko)
        .bind(position as i64)
        .execute(&mut *tx)
        .await?;
    }

    let mut skus: Vec<(usize, usize, String)> = Vec::new();
    for (position, p) in PRODUCTS.iter().enumerate() {
        // Ids follow positions so that tests and logs see the same ids on every seed.
        let id = position as i64 + 1;
        sqlx::query(
            "INSERT INTO products (id, slug, category, name_en, name_ko, description_en, \
             description_ko, price_amount, currency, art, position) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'KRW', ?, ?)",
        )
        .bind(id)
        .bind(p.slug)
        .bind(p.category)
        .bind(p.name_en)
        .bind(p.name_ko)
        .bind(p.description_en)
        .bind(p.description_ko)
        .bind(p.price)
        .bind(p.art)
        .bind(position as i64)
        .execute(&mut *tx)
        .await?;
        for (vpos, v) in variants_of(p).into_iter().enumerate() {
            sqlx::query(
                "INSERT INTO variants (sku, product_id, size, colour_en, colour_ko, colour_hex, position) \
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&v.sku)
            .bind(id)
            .bind(v.size)
            .bind(v.colour.map(|c| c.en))
            .bind(v.colour.map(|c| c.ko))
            .bind(v.colour.map(|c| c.hex))
            .bind(vpos as i64)
            .execute(&mut *tx)
            .await?;
            skus.push((position, vpos, v.sku));
        }
    }

    for (position, s) in STORES.iter().enumerate() {
        sqlx::query(
            "INSERT INTO stores (id, name_en, name_ko, kind, address_en, address_ko, city_en, \
             city_ko, lat, lng, time_zone, fitting_rooms, pickup_lead_minutes, hold_hours, position) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(s.id)
        .bind(s.name_en)
        .bind(s.name_ko)
        .bind(s.kind)
        .bind(s.address_en)
        .bind(s.address_ko)
        .bind(s.city_en)
        .bind(s.city_ko)
        .bind(s.lat)
        .bind(s.lng)
        .bind(s.time_zone)
        .bind(s.fitting_rooms)
        .bind(s.pickup_lead_minutes)
        .bind(s.hold_hours)
        .bind(position as i64)
        .execute(&mut *tx)
        .await?;
        for (weekday, opens, closes) in s.hours {
            sqlx::query(
                "INSERT INTO store_hours (store_id, weekday, opens, closes) VALUES (?, ?, ?, ?)",
            )
            .bind(s.id)
            .bind(weekday)
            .bind(opens)
            .bind(closes)
            .execute(&mut *tx)
            .await?;
        }
    }

    for (store_id, date, reason_en, reason_ko) in CLOSURES {
        sqlx::query(
            "INSERT INTO store_closures (store_id, date, reason_en, reason_ko) VALUES (?, ?, ?, ?)",
        )
        .bind(store_id)
        .bind(date)
        .bind(reason_en)
        .bind(reason_ko)
        .execute(&mut *tx)
        .await?;
    }

    // No stock_changes rows: the seed is the baseline, and sequence numbers start at the
    // first real change.
    for (product_pos, variant_pos, sku) in &skus {
        let pins: Vec<(&str, i64)> = if *product_pos == 0 {
            PINNED
                .iter()
                .filter(|(_, v, _)| v == variant_pos)
                .map(|(s, _, n)| (*s, *n))
                .collect()
        } else {
            Vec::new()
        };
        for (store, on_hand) in STORES.iter().zip(stock_levels(sku, &pins)) {
            sqlx::query("INSERT INTO stock (sku, store_id, on_hand, held) VALUES (?, ?, ?, 0)")
                .bind(sku)
                .bind(store.id)
                .bind(on_hand)
                .execute(&mut *tx)
                .await?;
        }
    }

    for (username, display_name, store_id, hash) in &staff {
        sqlx::query("INSERT INTO staff (username, display_name, store_id, password_hash) VALUES (?, ?, ?, ?)")
            .bind(username)
            .bind(display_name)
            .bind(store_id)
            .bind(hash)
            .execute(&mut *tx)
            .await?;
    }

    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::sqlite::SqlitePoolOptions;
    use std::collections::{HashMap, HashSet};

    async fn seeded() -> SqlitePool {
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .unwrap();
        sqlx::migrate!("./migrations").run(&pool).await.unwrap();
        seed(&pool).await.unwrap();
        pool
    }

    async fn count(pool: &SqlitePool, sql: &str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
    }

    #[tokio::test]
    async fn seeds_a_complete_catalogue_and_chain() {
        let pool = seeded().await;
        assert!(count(&pool, "SELECT COUNT(*) FROM products").await >= 24);
        assert!(count(&pool, "SELECT COUNT(*) FROM categories").await >= 4);
        assert!(count(&pool, "SELECT COUNT(*) FROM stores").await >= 9);
        let kinds: Vec<String> = sqlx::query_scalar("SELECT DISTINCT kind FROM stores")
            .fetch_all(&pool)
            .await
            .unwrap();
        for kind in ["flagship", "experience", "department", "pop_up", "standard"] {
            assert!(kinds.iter().any(|k| k == kind), "no {kind} store");
        }
        let variants = count(&pool, "SELECT COUNT(*) FROM variants").await;
        assert!((150..=250).contains(&variants), "{variants} variants");
        assert_eq!(count(&pool, "SELECT COUNT(*) FROM stock_changes").await, 0);
        assert_eq!(
            count(
                &pool,
                "SELECT COUNT(*) FROM products WHERE category NOT IN (SELECT slug FROM categories)"
            )
            .await,
            0
        );
        // Every product has variants, every price is a round, realistic KRW amount.
        assert_eq!(
            count(&pool, "SELECT COUNT(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id)").await,
            0
        );
        assert_eq!(
            count(&pool, "SELECT COUNT(*) FROM products WHERE price_amount % 1000 <> 0 OR price_amount NOT BETWEEN 29000 AND 389000 OR currency <> 'KRW'").await,
            0
        );
    }

    #[tokio::test]
    async fn every_variant_has_stock_everywhere_in_a_realistic_mix() {
        let pool = seeded().await;
        let variants = count(&pool, "SELECT COUNT(*) FROM variants").await;
        let stores = count(&pool, "SELECT COUNT(*) FROM stores").await;
        assert_eq!(
            count(&pool, "SELECT COUNT(*) FROM stock").await,
            variants * stores
        );
        assert_eq!(
            count(&pool, "SELECT COUNT(*) FROM variants v CROSS JOIN stores s LEFT JOIN stock k ON k.sku = v.sku AND k.store_id = s.id WHERE k.sku IS NULL").await,
            0
        );
        assert_eq!(
            count(&pool, "SELECT COUNT(*) FROM stock WHERE held <> 0").await,
            0
        );

        let rows: Vec<(String, String, i64)> =
            sqlx::query_as("SELECT sku, store_id, on_hand FROM stock")
                .fetch_all(&pool)
                .await
                .unwrap();
        let total = rows.len() as f64;
        let zero = rows.iter().filter(|r| r.2 == 0).count() as f64 / total;
        let low = rows.iter().filter(|r| (1..=3).contains(&r.2)).count() as f64 / total;
        let many = rows.iter().filter(|r| r.2 >= 4).count() as f64 / total;
        assert!((0.15..0.35).contains(&zero), "zero share {zero}");
        assert!((0.15..0.35).contains(&low), "low share {low}");
        assert!((0.40..0.65).contains(&many), "plenty share {many}");
        assert!(rows.iter().all(|r| r.2 <= 20));

        let seoul: HashSet<&str> = STORES
            .iter()
            .filter(|s| s.is_seoul_core())
            .map(|s| s.id)
            .collect();
        let mut plenty_stores: HashMap<&str, Vec<&str>> = HashMap::new();
        for (sku, store, n) in &rows {
            let entry = plenty_stores.entry(sku.as_str()).or_default();
            if *n >= 4 {
                entry.push(store.as_str());
            }
        }
        for (sku, stores) in &plenty_stores {
            assert!(stores.len() >= 2, "{sku} is plentiful in only {stores:?}");
            assert!(
                stores.iter().any(|s| seoul.contains(s)),
                "{sku} has no Seoul store with plenty"
            );
        }

        let zero_share = |pop_up: bool| {
            let of: Vec<_> = rows
                .iter()
                .filter(|r| {
                    STORES
                        .iter()
                        .any(|s| s.id == r.1 && s.is_pop_up() == pop_up)
                })
                .collect();
            of.iter().filter(|r| r.2 == 0).count() as f64 / of.len() as f64
        };
        assert!(
            zero_share(true) > zero_share(false) + 0.1,
            "pop-ups should carry fewer items"
        );
    }

    #[tokio::test]
    async fn first_product_has_the_pinned_stock() {
        let pool = seeded().await;
        let skus: Vec<String> = sqlx::query_scalar(
            "SELECT v.sku FROM variants v JOIN products p ON p.id = v.product_id \
             WHERE p.position = 0 ORDER BY v.position",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        assert_eq!(&skus[..2], ["WLCOAT-OAT-S", "WLCOAT-OAT-M"]);
        let on_hand = |sku: String, store: &'static str| {
            let pool = pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(
                    "SELECT on_hand FROM stock WHERE sku = ? AND store_id = ?",
                )
                .bind(sku)
                .bind(store)
                .fetch_one(&pool)
                .await
                .unwrap()
            }
        };
        assert_eq!(on_hand(skus[0].clone(), "seongsu-flagship").await, 0);
        assert!(on_hand(skus[0].clone(), "hannam-experience").await >= 4);
        assert!(on_hand(skus[1].clone(), "seongsu-flagship").await >= 5);

        // Seen from the flagship's own coordinates, the nearest store with the first variant
        // is Hannam.
        let here = STORES.iter().find(|s| s.id == "seongsu-flagship").unwrap();
        let metres = |s: &Store| {
            let (la1, la2) = (here.lat.to_radians(), s.lat.to_radians());
            let (dla, dlo) = (la2 - la1, (s.lng - here.lng).to_radians());
            let a = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
            2.0 * 6_371_000.0 * a.sqrt().asin()
        };
        let mut nearest = Vec::new();
        for s in STORES {
            if on_hand(skus[0].clone(), s.id).await > 0 {
                nearest.push((metres(s), s.id));
            }
        }
        nearest.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert_eq!(nearest[0].1, "hannam-experience", "{nearest:?}");
    }

    #[tokio::test]
    async fn staff_accounts_match_the_documented_list() {
        let pool = seeded().await;
        assert_eq!(
            count(&pool, "SELECT COUNT(*) FROM staff").await,
            demo_staff().len() as i64
        );
        let (username, hash): (String, String) =
            sqlx::query_as("SELECT username, password_hash FROM staff ORDER BY id LIMIT 1")
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(username, "seongsu");
        assert!(hash.starts_with("$argon2"));
        let parsed = argon2::PasswordHash::new(&hash).unwrap();
        use argon2::PasswordVerifier;
        assert!(Argon2::default()
            .verify_password(DEMO_PASSWORD.as_bytes(), &parsed)
            .is_ok());
        // Every account's store exists, every store has an account.
        assert_eq!(
            count(&pool, "SELECT COUNT(*) FROM stores s WHERE NOT EXISTS (SELECT 1 FROM staff t WHERE t.store_id = s.id)").await,
            0
        );
    }

    #[test]
    fn skus_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for p in PRODUCTS {
            let vs = variants_of(p);
            assert!(!vs.is_empty());
            for v in vs {
                assert!(v.sku.starts_with(p.code));
                assert!(
                    v.sku
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'),
                    "{}",
                    v.sku
                );
                assert!(seen.insert(v.sku.clone()), "duplicate {}", v.sku);
            }
            let art: Vec<&str> = p.art.split(';').collect();
            assert_eq!(art.len(), 3, "{}", p.slug);
            assert!(
                art[1..].iter().all(|c| c.len() == 7 && c.starts_with('#')),
                "{}",
                p.slug
            );
        }
    }
}
