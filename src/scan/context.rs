//! Context words around a candidate number, and the carrier names near it.
//!
//! Only consulted for weak candidates (see the module docs of `scan`), over bounded windows:
//! [`BEFORE`] bytes before the candidate and [`AFTER`] bytes after it. Nothing here allocates.

use crate::Carrier;

/// Bytes looked at before a candidate for a context word.
pub(crate) const BEFORE: usize = 96;
/// Bytes looked at after a candidate for a context word.
pub(crate) const AFTER: usize = 48;

/// What a context word says about a nearby number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    /// The word talks about shipping ("tracking", "waybill", a carrier name, ...).
    Shipping,
    /// The word names something else that is often a long number ("order", "phone", "IBAN", ...).
    Other,
}

/// Words that start with one of these (case-insensitively) speak about shipments.
const SHIPPING_PREFIXES: &[&[u8]] = &[
    b"track",
    b"trknbr",
    b"sendung",
    b"shipment",
    b"shipping",
    b"shipped",
    b"waybill",
    b"airwaybill",
    b"consignment",
    b"parcel",
    b"package",
    b"paket",
    b"colis",
    b"suivi",
    b"envoi",
    b"spedizion",
    b"seguimiento",
    b"zending",
    b"courier",
    b"carrier",
    b"lieferung",
    b"verfolg",
    b"delivery",
    b"versand",
    b"tlabels",
    b"piececode",
    // other languages, as far as written in ASCII
    b"rastreo",
    b"rastreio",
    b"rastreament",
    b"seguiment",
    b"paczk",
    b"kurier",
    b"sporing",
    b"pakke",
    b"kolli",
    b"forsendelse",
    b"expedi",
    b"livrais",
    b"consegn",
    b"tracciament",
    b"pacco",
    b"pakket",
    b"bezorg",
    b"verzend",
    b"zustell",
    b"pacote",
    b"encomend",
    b"entrega",
    b"paquete",
    b"dostaw",
    b"przesylk",
    b"sledzen",
    b"envio",
];

/// Whole words (case-insensitive) that speak about shipments: carrier names and short ids.
const SHIPPING_WORDS: &[&[u8]] = &[
    b"awb",
    b"ups",
    b"fedex",
    b"usps",
    b"dhl",
    b"dpd",
    b"gls",
    b"hermes",
    b"evri",
    b"purolator",
    b"ontrac",
    b"lasership",
    b"parcelforce",
    b"colissimo",
    b"chronopost",
    b"correos",
    b"postnl",
    b"landmark",
    b"post",
    b"poste",
    b"royalmail",
    b"ems",
];

/// Words that start with one of these name a different kind of number.
const OTHER_PREFIXES: &[&[u8]] = &[
    b"order",
    b"bestell",
    b"invoice",
    b"rechnung",
    b"receipt",
    b"phone",
    b"telefon",
    b"telephone",
    b"mobile",
    b"handy",
    b"fax",
    b"iban",
    b"konto",
    b"account",
    b"card",
    b"kreditkarte",
    b"credit",
    b"isbn",
    b"customer",
    b"kunden",
    b"ticket",
    b"booking",
    b"reservation",
    b"gtin",
    b"transaction",
    b"payment",
    b"zahlung",
    b"passport",
    b"serial",
    b"whatsapp",
    b"contact",
    b"kontakt",
    b"auftrag",
    // other languages, as far as written in ASCII
    b"commande",
    b"bestelling",
    b"ordine",
    b"pedido",
    b"zamowien",
    b"ordre",
    b"bestilling",
    b"factur",
    b"fattur",
    b"faktur",
    b"rachun",
    b"telefono",
    b"cliente",
    b"klant",
    // a delivery address, a delivery note, a parcel's weight, the branch it goes to:
    // shipping words that name another number
    b"address",
    b"adres",
    b"lieferschein",
    b"weight",
    b"gewicht",
    b"poids",
    b"dimension",
    b"warehouse",
    b"member",
    b"mitglied",
    b"filiale",
    b"postfiliale",
    // a company's or a person's registration and tax numbers in the footers of mails and
    // invoices, and a payment slip's line (sources: the tax authorities' pages naming them:
    // Italy's partita IVA, Germany's Steuernummer and Handelsregister, Brazil's CNPJ, CPF and
    // boleto, France's SIRET and SIREN, Spain's NIF and CIF, Poland's NIP, the Netherlands'
    // KvK and btw numbers, Australia's ABN)
    b"partita",
    b"steuer",
    b"handelsregister",
    b"cnpj",
    b"boleto",
    b"siret",
    b"siren",
];

/// Whole words that name a different kind of number.
const OTHER_WORDS: &[&[u8]] = &[
    b"call",
    b"tel",
    b"cell",
    b"bic",
    b"swift",
    b"visa",
    b"mastercard",
    b"amex",
    b"ean",
    b"upc",
    b"sku",
    b"vat",
    b"tax",
    b"date",
    b"datum",
    b"note",
    b"pin",
    b"pass",
    b"iva",
    b"piva",
    b"ust",
    b"hrb",
    b"cpf",
    b"nif",
    b"cif",
    b"nip",
    b"kvk",
    b"btw",
    b"abn",
    b"tva",
];

/// Words (lower case, Latin letters folded) outside ASCII that start with one of these speak
/// about shipments.
const SHIPPING_PREFIXES_UTF8: &[&str] = &[
    "envío",
    "przesyłk",
    "śledzen",
    "doręcz",
    "försändelse",
    "sändning",
    "spårning",
    "zásilk",
    "expédi",
    "zustellnummer",
    // Russian and Ukrainian
    "трек",
    "посылк",
    "отправлени",
    "отслежива",
    "накладн",
    "доставк",
    "ттн",
    "відправлен",
    "посилк",
    "відстеж",
];

/// Words outside ASCII that start with one of these name another kind of number.
const OTHER_PREFIXES_UTF8: &[&str] = &[
    "zamówien",
    // a Brazilian payment slip's "linha digitável"
    "digitável",
    "beställning",
    "téléphone",
    "teléfono",
    "número de pedido",
    "numéro de commande",
    // Russian and Ukrainian: order, phone, invoice
    "заказ",
    "замовлен",
    "телефон",
    "счет",
    "счёт",
    "рахун",
];

/// Chinese and Japanese words (no spaces between words: any run containing one counts) that
/// speak about shipments.
const SHIPPING_CJK: &[&str] = &[
    "追跡",
    "配送",
    "発送",
    "荷物",
    "伝票",
    "配達",
    "宅配",
    "お問い合わせ番号",
    "运单",
    "快递",
    "物流",
    "包裹",
    "追踪",
    "跟踪",
    "发货",
    "单号",
    "追蹤",
    "快遞",
    "單號",
    "物流單",
    "貨運",
];

/// Chinese and Japanese words that name another kind of number.
const OTHER_CJK: &[&str] =
    &["注文", "订单", "訂單", "電話", "电话", "请求書", "請求書", "发票", "發票", "会員", "会员"];

/// Whether the byte at `i` is part of a word: an ASCII letter, or a byte of a well-formed
/// multi-byte character (letters of other scripts; the punctuation among them is told apart
/// by [`keyword_utf8`]). A byte of a malformed sequence is no part of a word, like any other
/// control character.
#[inline]
fn is_word_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b if b.is_ascii() => b.is_ascii_alphabetic(),
        _ => in_valid_char(bytes, i),
    }
}

/// Whether the non-ASCII byte at `i` belongs to a well-formed UTF-8 character.
fn in_valid_char(bytes: &[u8], i: usize) -> bool {
    // the character's lead byte is at most 3 bytes back
    let mut s = i;
    while s > 0 && i - s < 3 && bytes[s] & 0xC0 == 0x80 {
        s -= 1;
    }
    let width = match bytes[s] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return false,
    };
    s + width > i && bytes.get(s..s + width).is_some_and(|c| core::str::from_utf8(c).is_ok())
}

/// Classifies a word with characters outside ASCII: its alphabetic pieces (split at
/// no-break spaces and punctuation) one by one, the last one that is a keyword deciding
/// (the nearest to a number after them); Chinese and Japanese keywords anywhere in a piece.
fn keyword_utf8(word: &[u8]) -> Option<Hint> {
    let word = core::str::from_utf8(word).ok()?;
    let mut found = None;
    for piece in word.split(|c: char| !c.is_alphabetic()).filter(|p| !p.is_empty()) {
        let hint = if piece.is_ascii() {
            keyword(piece.as_bytes())
        } else if OTHER_CJK.iter().any(|k| piece.contains(k)) {
            // first: an order number (订单号) contains the word for a number (单号)
            Some(Hint::Other)
        } else if SHIPPING_CJK.iter().any(|k| piece.contains(k)) {
            Some(Hint::Shipping)
        } else {
            let starts = |list: &[&str]| {
                list.iter().any(|p| {
                    let mut folded = piece.chars().flat_map(char::to_lowercase);
                    p.chars().all(|c| folded.next() == Some(c))
                })
            };
            if starts(SHIPPING_PREFIXES_UTF8) {
                Some(Hint::Shipping)
            } else if starts(OTHER_PREFIXES_UTF8) {
                Some(Hint::Other)
            } else {
                None
            }
        };
        if hint.is_some() {
            found = hint;
        }
    }
    found
}

/// Carrier names as mails write them (lower case; ASCII case is ignored, names in Cyrillic are
/// listed in each capitalisation mails print), for telling whose a number is when its
/// reading fits several carriers ("Your DPD parcel … Parcel number: 01505…"). Names of more
/// than one word match with one space between the words.
///
/// Sources: the carriers' own names and brands as printed in their notification e-mails and on
/// their websites, the host names of those websites (canadapost.ca,
/// canadapost-postescanada.ca, royalmail.com, auspost.com.au and australiapost, laposte.fr,
/// japanpost.jp, kuronekoyamato.co.jp, swisspost.ch, anpost.com, mondialrelay.fr,
/// poczta-polska.pl, posteitaliane.it, sf-express.com, novaposhta.ua), and the full names of the three largest US carriers (United Parcel Service,
/// Federal Express, United States Postal Service), which shop platforms print in a shipment's
/// carrier field (including the Japanese and Chinese brand names: ゆうパック and 日本郵便 for
/// Japan Post, ヤマト運輸 and クロネコ for Yamato, 佐川急便 for Sagawa, 顺丰 for SF Express,
/// 中国邮政 for China Post, 菜鸟 for Cainiao, 云途 for YunExpress, Почта России for Russian
/// Post, СДЭК for CDEK, Нова пошта (Russian: Новая почта) for Nova Poshta, Укрпошта for
/// Ukrposhta). Names that ordinary text or markup also holds are left out: "Amazon" alone (the
/// shop more often than its delivery service: "Amazon Logistics" and "Amazon Shipping" are
/// listed) and "4PX" (a CSS length).
static CARRIER_NAMES: &[(&str, Carrier)] = &[
    ("ups", Carrier::Ups),
    ("fedex", Carrier::Fedex),
    ("usps", Carrier::Usps),
    ("united parcel service", Carrier::Ups),
    ("federal express", Carrier::Fedex),
    ("united states postal service", Carrier::Usps),
    ("dhl", Carrier::Dhl),
    ("deutsche post", Carrier::DeutschePost),
    ("dpd", Carrier::Dpd),
    ("gls", Carrier::Gls),
    ("hermes", Carrier::Hermes),
    ("myhermes", Carrier::Hermes),
    ("evri", Carrier::Evri),
    ("royal mail", Carrier::RoyalMail),
    ("parcelforce", Carrier::Parcelforce),
    ("yodel", Carrier::Yodel),
    ("postnl", Carrier::Postnl),
    ("colissimo", Carrier::Colissimo),
    ("chronopost", Carrier::Chronopost),
    ("la poste", Carrier::LaPoste),
    ("correos", Carrier::Correos),
    ("poste italiane", Carrier::PosteItaliane),
    ("brt", Carrier::Brt),
    ("bartolini", Carrier::Brt),
    ("inpost", Carrier::Inpost),
    ("paczkomat", Carrier::Inpost),
    ("poczta polska", Carrier::PocztaPolska),
    ("ctt", Carrier::Ctt),
    ("correios", Carrier::Correios),
    ("postnord", Carrier::Postnord),
    ("posten", Carrier::PostenNorge),
    ("japan post", Carrier::JapanPost),
    ("ゆうパック", Carrier::JapanPost),
    ("ゆうパケット", Carrier::JapanPost),
    ("日本郵便", Carrier::JapanPost),
    ("yamato", Carrier::Yamato),
    ("ヤマト", Carrier::Yamato),
    ("ヤマト運輸", Carrier::Yamato),
    ("クロネコ", Carrier::Yamato),
    ("sagawa", Carrier::Sagawa),
    ("佐川", Carrier::Sagawa),
    ("佐川急便", Carrier::Sagawa),
    ("顺丰速运", Carrier::SfExpress),
    ("china post", Carrier::ChinaPost),
    ("中国邮政", Carrier::ChinaPost),
    ("sf express", Carrier::SfExpress),
    ("顺丰", Carrier::SfExpress),
    ("順豐", Carrier::SfExpress),
    ("cainiao", Carrier::Cainiao),
    ("菜鸟", Carrier::Cainiao),
    ("yunexpress", Carrier::Yunexpress),
    ("云途", Carrier::Yunexpress),
    ("canada post", Carrier::CanadaPost),
    ("postes canada", Carrier::CanadaPost),
    ("purolator", Carrier::Purolator),
    ("canpar", Carrier::Canpar),
    ("australia post", Carrier::AustraliaPost),
    ("auspost", Carrier::AustraliaPost),
    ("startrack", Carrier::Startrack),
    ("swiss post", Carrier::SwissPost),
    ("ontrac", Carrier::Ontrac),
    ("lasership", Carrier::Lasership),
    ("aramex", Carrier::Aramex),
    ("tnt", Carrier::Tnt),
    ("mondial relay", Carrier::MondialRelay),
    ("packeta", Carrier::Packeta),
    ("omniva", Carrier::Omniva),
    ("an post", Carrier::AnPost),
    ("bpost", Carrier::Bpost),
    ("estafeta", Carrier::Estafeta),
    ("delhivery", Carrier::Delhivery),
    ("blue dart", Carrier::BlueDart),
    ("bluedart", Carrier::BlueDart),
    ("yanwen", Carrier::Yanwen),
    ("cdek", Carrier::Cdek),
    // (Cyrillic names are compared byte for byte: the capitalisations mails print)
    ("сдэк", Carrier::Cdek),
    ("СДЭК", Carrier::Cdek),
    ("nova poshta", Carrier::NovaPoshta),
    ("нова пошта", Carrier::NovaPoshta),
    ("Нова пошта", Carrier::NovaPoshta),
    ("Нова Пошта", Carrier::NovaPoshta),
    ("Новая почта", Carrier::NovaPoshta),
    ("Новая Почта", Carrier::NovaPoshta),
    ("ukrposhta", Carrier::Ukrposhta),
    ("укрпошта", Carrier::Ukrposhta),
    ("Укрпошта", Carrier::Ukrposhta),
    ("speedx", Carrier::Speedx),
    ("uniuni", Carrier::Uniuni),
    ("landmark global", Carrier::Landmark),
    ("old dominion", Carrier::OldDominion),
    ("xpo", Carrier::Xpo),
    ("yrc", Carrier::Yrc),
    ("gofo", Carrier::Gofo),
    ("spee-dee", Carrier::Speedee),
    ("sda", Carrier::Sda),
    ("j&t express", Carrier::JtExpress),
    ("nz couriers", Carrier::NzCouriers),
    ("new zealand couriers", Carrier::NzCouriers),
    ("posti", Carrier::Posti),
    ("poșta moldovei", Carrier::PostaMoldovei),
    ("russian post", Carrier::RussianPost),
    ("почта россии", Carrier::RussianPost),
    ("Почта России", Carrier::RussianPost),
    ("vinted go", Carrier::VintedGo),
    ("amazon logistics", Carrier::Amazon),
    ("amazon shipping", Carrier::Amazon),
    // names written as one word in the carriers' web addresses, which mails print in text
    // ("Track it at canadapost.ca", "www.royalmail.com/track"): the others' addresses
    // already start with a name listed above (`dhl.de`, `gls-group.eu`, `sagawa-exp.co.jp`)
    ("canadapost", Carrier::CanadaPost),
    ("royalmail", Carrier::RoyalMail),
    ("australiapost", Carrier::AustraliaPost),
    ("laposte", Carrier::LaPoste),
    ("japanpost", Carrier::JapanPost),
    ("kuronekoyamato", Carrier::Yamato),
    ("swisspost", Carrier::SwissPost),
    ("anpost", Carrier::AnPost),
    ("mondialrelay", Carrier::MondialRelay),
    ("poczta-polska", Carrier::PocztaPolska),
    ("posteitaliane", Carrier::PosteItaliane),
    ("sf-express", Carrier::SfExpress),
    ("novaposhta", Carrier::NovaPoshta),
];

/// Bytes at the start of a text looked at for the carrier a whole mail is about
/// ([`Headline`]): a mail's subject, headline and logo, after its style sheet.
const HEADLINE: usize = 8 * 1024;
/// Farthest from the text's start a span may begin for its [`Headline`] to count: about the
/// length of one mail, so that a carrier named atop one of many texts run together is not
/// taken for the carrier of the others.
const HEADLINE_REACH: usize = 64 * 1024;

/// The carriers named in the first [`HEADLINE`] bytes of a text: the first name, and where
/// the first name of another carrier stands, if any. A mail that names one carrier at its
/// top ("Your Evri parcel is on its way", a logo's `alt="Evri"`) is about that carrier's
/// parcel, however far below its number is printed.
///
/// The names are looked for as far as the spans asked about need (calls at increasing
/// positions, the scanner's order, look at each byte once), and not past a second carrier.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Headline {
    /// The first name, and where it stands.
    first: Option<(usize, Carrier)>,
    /// Where the first name of another carrier stands, once found.
    other_at: Option<usize>,
    /// Names starting before this were looked for.
    walked: usize,
}

impl Headline {
    /// Nothing looked for yet.
    pub(crate) const fn new() -> Self {
        Headline { first: None, other_at: None, walked: 0 }
    }

    /// The only carrier named before `start` in the first [`HEADLINE`] bytes of `bytes`, and
    /// where its first name stands, for a span within [`HEADLINE_REACH`] of the start.
    pub(crate) fn sole_before(&mut self, bytes: &[u8], start: usize) -> Option<(usize, Carrier)> {
        if start > HEADLINE_REACH {
            return None;
        }
        let to = start.min(HEADLINE).min(bytes.len());
        while self.other_at.is_none() && self.walked < to {
            match first_name(bytes, self.walked, to) {
                Some((at, c)) => {
                    match self.first {
                        None => self.first = Some((at, c)),
                        Some((_, first)) if first != c => self.other_at = Some(at),
                        Some(_) => {}
                    }
                    self.walked = at + 1;
                }
                None => self.walked = to,
            }
        }
        let first = self.first.filter(|&(at, _)| at < start)?;
        self.other_at.is_none_or(|o| o >= start).then_some(first)
    }
}

/// Bytes looked at before a number for a carrier's name.
pub(crate) const CARRIER_BEFORE: usize = 1024;
/// Bytes looked at after a number for a carrier's name.
pub(crate) const CARRIER_AFTER: usize = 1024;

/// What earlier [`carrier_near`] calls learnt about the text, so that a run of weak readings
/// looks at each byte a bounded number of times (the scan stays linear).
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameCache {
    /// Name starts in `[.0, .1)` were looked at; `.2` is the last name found there.
    before: (usize, usize, Option<(usize, Carrier)>),
    /// No name starts in `[.0, .1)`; `.2` is a name starting at `.1`, if the walk stopped there.
    after: (usize, usize, Option<Carrier>),
}

impl NameCache {
    pub(crate) const fn new() -> Self {
        NameCache { before: (0, 0, None), after: (0, 0, None) }
    }
}

/// The carrier named nearest before `start` (within [`CARRIER_BEFORE`] bytes), else first
/// after `end` (within [`CARRIER_AFTER`] bytes), and where its name starts: a name at a word
/// start, not followed by a letter or digit (`DPD`, `dpd.de`, `Royal Mail`, `ヤマト運輸`).
/// Calls at increasing positions (the scanner's order) look at each byte of the text a
/// bounded number of times.
pub(crate) fn carrier_near(
    bytes: &[u8],
    start: usize,
    end: usize,
    cache: &mut NameCache,
) -> Option<(usize, Carrier)> {
    let start = start.min(bytes.len());
    let end = end.clamp(start, bytes.len());
    let lo = start.saturating_sub(CARRIER_BEFORE);
    let (from, to, last) = cache.before;
    let (last, keep_from) = if from <= lo && lo <= to && to <= start {
        (last_name(bytes, to, start).or(last), from)
    } else {
        (last_name(bytes, lo, start), lo)
    };
    cache.before = (keep_from, start, last);
    if let Some((at, c)) = last {
        if at >= lo {
            return Some((at, c));
        }
    }
    let hi = (end + CARRIER_AFTER).min(bytes.len());
    let (from, to, next) = cache.after;
    let (walk_from, keep_from) = if from <= end && end <= to { (to, from) } else { (end, end) };
    let found = match next {
        Some(c) if walk_from == to => Some((to, c)),
        _ => first_name(bytes, walk_from, hi),
    };
    cache.after = match found {
        Some((at, c)) => (keep_from, at, Some(c)),
        None => (keep_from, hi.max(walk_from), None),
    };
    found.filter(|&(at, _)| at < hi)
}

/// For each byte, the names of [`CARRIER_NAMES`] that can start with it (an ASCII letter in
/// either case), one bit each in list order.
static NAMES_BY_START: [u128; 256] = names_by_byte(0);

/// For each byte, the names of [`CARRIER_NAMES`] whose second byte it can be: with
/// [`NAMES_BY_START`], a name is compared only where its first two bytes stand.
static NAMES_BY_SECOND: [u128; 256] = names_by_byte(1);

/// For each byte, the names of [`CARRIER_NAMES`] that can end with it.
static NAMES_BY_END: [u128; 256] = names_by_byte(-1);

/// For each byte, the names of [`CARRIER_NAMES`] whose byte before the last it can be: with
/// [`NAMES_BY_END`], a name is compared only where its last two bytes stand.
static NAMES_BY_PENULT: [u128; 256] = names_by_byte(-2);

/// The first two bytes of the names of [`CARRIER_NAMES`], either case of an ASCII letter: bit
/// `256 * first + second` (a filter before [`NAMES_BY_START`] and [`NAMES_BY_SECOND`], which
/// say the same of each byte alone).
static NAME_PAIRS: [u64; 1024] = {
    let mut t = [0u64; 1024];
    let mut i = 0;
    while i < CARRIER_NAMES.len() {
        let n = CARRIER_NAMES[i].0.as_bytes();
        let firsts = [n[0], n[0].to_ascii_uppercase()];
        let seconds = [n[1], n[1].to_ascii_uppercase()];
        let mut a = 0;
        while a < 2 {
            let mut b = 0;
            while b < 2 {
                let k = (firsts[a] as usize) << 8 | seconds[b] as usize;
                t[k / 64] |= 1 << (k % 64);
                b += 1;
            }
            a += 1;
        }
        i += 1;
    }
    t
};

/// For each byte, the names of [`CARRIER_NAMES`] whose byte at `at` (from the end when
/// negative) it can be, either case of an ASCII letter: one bit each in list order.
const fn names_by_byte(at: isize) -> [u128; 256] {
    let mut t = [0u128; 256];
    let mut i = 0;
    while i < CARRIER_NAMES.len() {
        let n = CARRIER_NAMES[i].0.as_bytes();
        let b = n[if at < 0 { n.len() - at.unsigned_abs() } else { at.unsigned_abs() }];
        t[b as usize] |= 1 << i;
        t[b.to_ascii_uppercase() as usize] |= 1 << i;
        i += 1;
    }
    t
}

const _: () = assert!(CARRIER_NAMES.len() <= 128, "too many carrier names for NAMES_BY_START");

/// The names of [`CARRIER_NAMES`] whose bits are set in `set`, in list order.
fn names_in(mut set: u128) -> impl Iterator<Item = (&'static str, Carrier)> {
    core::iter::from_fn(move || {
        let k = set.trailing_zeros() as usize;
        set &= set.wrapping_sub(1);
        CARRIER_NAMES.get(k).copied()
    })
}

/// The carrier whose name ends the text at `end`, at a word start (the longest such name);
/// right after a digit too if `after_digit`.
pub(crate) fn name_ending_at(bytes: &[u8], end: usize, after_digit: bool) -> Option<Carrier> {
    longest_name_ending_at(bytes, end, after_digit).map(|(_, c)| c)
}

/// Whether `bytes` is a carrier's name printed in capitals, whole (a table's carrier cell
/// glued between the cells around it: `Tracking numberGLS…`, `CarrierUSPS9400…`).
pub(crate) fn is_name_in_capitals(bytes: &[u8]) -> bool {
    // (in letters only, a name ending at the end starts at the start)
    bytes.len() >= 2
        && bytes.iter().all(u8::is_ascii_uppercase)
        && name_ending_at(bytes, bytes.len(), false).is_some()
}

/// [`name_ending_at`] with the name's length.
pub(crate) fn longest_name_ending_at(
    bytes: &[u8],
    end: usize,
    after_digit: bool,
) -> Option<(usize, Carrier)> {
    let end = end.min(bytes.len());
    let last = usize::from(*bytes.get(end.checked_sub(1)?)?);
    // (every name has two bytes or more)
    let penult = usize::from(*bytes.get(end.checked_sub(2)?)?);
    let names = NAMES_BY_END[last] & NAMES_BY_PENULT[penult];
    let mut found: Option<(usize, Carrier)> = None;
    for (name, c) in names_in(names) {
        let n = name.as_bytes();
        let Some(start) = end.checked_sub(n.len()) else { continue };
        let word_start = start == 0
            || !bytes[start - 1].is_ascii_alphanumeric()
            || after_digit && bytes[start - 1].is_ascii_digit();
        if word_start
            && bytes[start..end].eq_ignore_ascii_case(n)
            && found.is_none_or(|(len, _)| n.len() > len)
        {
            found = Some((n.len(), c));
        }
    }
    found
}

/// Whether a name of [`CARRIER_NAMES`] may start at `i`, from the two bytes there (the
/// common case, told with one load: none does).
#[inline(always)]
fn may_name_at(bytes: &[u8], i: usize) -> bool {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(&a), Some(&b)) => {
            let pair = usize::from(a) << 8 | usize::from(b);
            NAME_PAIRS[pair / 64] >> (pair % 64) & 1 == 1
        }
        _ => false,
    }
}

/// The carrier of a name starting at `i` (the first or the last of the names listed that
/// match there); asked where [`may_name_at`] holds.
#[inline(never)]
fn name_at(bytes: &[u8], i: usize, last: bool) -> Option<Carrier> {
    let b = bytes[i];
    let second = bytes.get(i + 1).map_or(0, |&b| NAMES_BY_SECOND[usize::from(b)]);
    let names = NAMES_BY_START[usize::from(b)] & second;
    if names == 0 || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    let mut found = None;
    for (name, c) in names_in(names) {
        let n = name.as_bytes();
        let Some(t) = bytes.get(i..i + n.len()) else { continue };
        let after = bytes.get(i + n.len()).copied().unwrap_or(b' ');
        if t.eq_ignore_ascii_case(n) && !(n.is_ascii() && after.is_ascii_alphanumeric()) {
            if !last {
                return Some(c);
            }
            found = Some(c);
        }
    }
    found
}

/// The last carrier named in the `window` bytes before `start`, and where its name starts.
pub(crate) fn name_before(bytes: &[u8], start: usize, window: usize) -> Option<(usize, Carrier)> {
    last_name(bytes, start.saturating_sub(window), start)
}

/// The last name starting in `bytes[from..to]`, and where.
fn last_name(bytes: &[u8], from: usize, to: usize) -> Option<(usize, Carrier)> {
    (from..to.min(bytes.len()))
        .rev()
        .filter(|&i| may_name_at(bytes, i))
        .find_map(|i| name_at(bytes, i, true).map(|c| (i, c)))
}

/// Most bytes of [`NAME_GLUE`] between a number and a carrier's name printed right beside it.
pub(crate) const BESIDE: usize = 4;

/// What may stand between a number and a carrier's name printed right beside it: spaces,
/// a tab, brackets, a dash, a colon, a comma, a slash, a bar (`794644790131 (FedEx)`,
/// `FedEx: 794644790131`, `UPS | 1Z…`).
static NAME_GLUE: [bool; 256] = crate::bits::byte_table(b" \t([-:,/|");

/// Whether a carrier's name starts at `i` (at a word start, not followed by a letter or
/// digit).
pub(crate) fn name_starts_at(bytes: &[u8], i: usize) -> bool {
    may_name_at(bytes, i) && name_at(bytes, i, false).is_some()
}

/// The carrier whose name is printed right after `end`, with at most [`BESIDE`] bytes of
/// [`NAME_GLUE`] between (`7946 4479 0131 fedex`, `… 89 (USPS)`), and where the name
/// starts.
pub(crate) fn name_beside_after(bytes: &[u8], end: usize) -> Option<(usize, Carrier)> {
    let mut at = end;
    let (mut glue, mut tags, mut layout) = (0, 0, 0);
    // (raw HTML read as text: the tags between a number's table cell and the carrier's,
    // `61018324775</td><td>GLS`, are glue too; not those that end its row or block, after
    // which the name is another row's: `…788855</td></tr><tr><td>United Parcel Service`)
    loop {
        match bytes.get(at) {
            Some(&b) if NAME_GLUE[usize::from(b)] => {
                glue += 1;
                at += 1;
            }
            Some(b'<') if tags < BESIDE_TAGS => {
                let end = super::token::tag_after(bytes, at)?;
                if super::token::breaks_line(&bytes[at..end]) {
                    return None;
                }
                at = end;
                tags += 1;
            }
            // (the white space that lays the source out between two tags, `</td>⏎  <td>`:
            // a line break after a tag, the indentation after it)
            Some(b'\n' | b'\r') if tags > 0 && bytes.get(at - 1) == Some(&b'>') => {
                let ws = bytes[at..].iter().take(LAYOUT + 1);
                let n = ws.take_while(|b| b.is_ascii_whitespace()).count();
                layout += n;
                if layout > LAYOUT || bytes.get(at + n) != Some(&b'<') {
                    return None;
                }
                at += n;
            }
            _ => break,
        }
        if glue > BESIDE {
            return None;
        }
    }
    (glue + tags > 0 && may_name_at(bytes, at))
        .then(|| name_at(bytes, at, false).map(|c| (at, c)))
        .flatten()
}

/// Most tags between a number and a carrier's name printed right beside it.
const BESIDE_TAGS: usize = 4;

/// Most bytes of white space laying the source out between those tags (line breaks and
/// indentation).
const LAYOUT: usize = 64;

/// Whether a carrier's name is printed right before `start`, with at most [`BESIDE`] bytes of
/// [`NAME_GLUE`] (or a `#`) between (`FedEx: 794644790131`, `UPS # 1Z…`, `Sagawa Express
/// 3602…`).
pub(crate) fn name_beside_before(bytes: &[u8], start: usize) -> bool {
    let Some(head) = bytes.get(..start) else { return false };
    let glue =
        head.iter().rev().take(BESIDE + 1).take_while(|&&b| NAME_GLUE[usize::from(b)] || b == b'#');
    let glue = glue.count();
    glue > 0 && glue <= BESIDE && company_ending_at(bytes, start - glue).is_some()
}

/// Words that follow a carrier's name in its company or service name, as carriers print it
/// ("Sagawa Express", "Yamato Transport", "Canpar Express", "SDA Express Courier",
/// "Parcelforce Worldwide", "DHL eCommerce", "DHL Global Forwarding", "FedEx Ground", "XPO
/// Logistics", "Old Dominion Freight Line", "Spee-Dee Delivery Service", "New Zealand
/// Couriers"; the carriers' own names on their websites and notification e-mails), lower
/// case.
const COMPANY_WORDS: &[&[u8]] = &[
    b"express",
    b"transport",
    b"courier",
    b"couriers",
    b"logistics",
    b"freight",
    b"worldwide",
    b"ecommerce",
    b"ground",
    b"global",
    b"forwarding",
    b"international",
    b"line",
    b"delivery",
    b"service",
];

/// The carrier whose name ends at `end` (as [`name_ending_at`], not right after a digit),
/// followed by up to two words of its company's name ([`COMPANY_WORDS`], one space before
/// each): "Sagawa Express", "SDA Express Courier"; and where the name starts.
pub(crate) fn company_ending_at(bytes: &[u8], end: usize) -> Option<(usize, Carrier)> {
    let mut end = end.min(bytes.len());
    for _ in 0..3 {
        if let Some((len, c)) = longest_name_ending_at(bytes, end, false) {
            return Some((end - len, c));
        }
        let head = &bytes[..end];
        let letters = head.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
        let word = &head[end - letters..];
        let company = COMPANY_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w));
        if !company || end - letters < 2 || head[end - letters - 1] != b' ' {
            return None;
        }
        end -= letters + 1;
    }
    None
}

/// The first carrier named after `end` in the same sentence, within [`AFTER`] bytes
/// ("… 9405 5036 9930 0123 4567 89 (USPS)"), and where its name starts.
pub(crate) fn name_after(bytes: &[u8], end: usize) -> Option<(usize, Carrier)> {
    let end = end.min(bytes.len());
    let to = end.saturating_add(AFTER).min(bytes.len());
    first_name(bytes, end, to).filter(|&(at, _)| same_sentence(bytes, end, at))
}

/// The first name starting in `bytes[from..to]`, and where.
fn first_name(bytes: &[u8], from: usize, to: usize) -> Option<(usize, Carrier)> {
    (from..to.min(bytes.len()))
        .filter(|&i| may_name_at(bytes, i))
        .find_map(|i| name_at(bytes, i, false).map(|c| (i, c)))
}

/// Index of the first three letters of a word (case-insensitive) in [`TRIGRAMS`].
const fn trigram(w: &[u8]) -> usize {
    (letter(w[0]) * 26 + letter(w[1])) * 26 + letter(w[2])
}

/// 0–25 for an ASCII letter of either case.
const fn letter(b: u8) -> usize {
    (b.to_ascii_lowercase().wrapping_sub(b'a') % 26) as usize
}

/// For each three-letter start (see [`trigram`]), one bit per list that has a word or prefix
/// starting with it: bit 0 [`SHIPPING_WORDS`], 1 [`SHIPPING_PREFIXES`], 2 [`OTHER_WORDS`], 3
/// [`OTHER_PREFIXES`] (all entries are at least 3 long). A word whose start has no bit is no
/// keyword, decided without comparing strings; otherwise only the lists named are searched.
static TRIGRAMS: [u8; 26 * 26 * 26] = {
    let mut t = [0u8; 26 * 26 * 26];
    let lists: [&[&[u8]]; 4] = [SHIPPING_WORDS, SHIPPING_PREFIXES, OTHER_WORDS, OTHER_PREFIXES];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            t[trigram(lists[l][i])] |= 1 << l;
            i += 1;
        }
        l += 1;
    }
    t
};

/// Classifies one word of ASCII letters.
pub(crate) fn keyword(word: &[u8]) -> Option<Hint> {
    if !word.is_ascii() {
        return keyword_utf8(word);
    }
    if word.len() < 3 {
        // a purchase order ("PO 4500987654", "PO# …"): the one short word that names a number
        return word.eq_ignore_ascii_case(b"po").then_some(Hint::Other);
    }
    let lists = TRIGRAMS[trigram(word)];
    if lists == 0 {
        return None;
    }
    let mut buf = [0u8; 16];
    let n = word.len().min(buf.len());
    for (d, s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    let lower = &buf[..n];
    let whole = word.len() <= buf.len();
    let is = |bit: u8, list: &[&[u8]]| {
        lists & bit != 0 && whole && list.iter().any(|w| w[0] == lower[0] && *w == lower)
    };
    let starts = |bit: u8, list: &[&[u8]]| {
        lists & bit != 0 && list.iter().any(|p| p[0] == lower[0] && lower.starts_with(p))
    };
    if is(1, SHIPPING_WORDS) || starts(2, SHIPPING_PREFIXES) {
        Some(Hint::Shipping)
    } else if is(4, OTHER_WORDS) || starts(8, OTHER_PREFIXES) {
        Some(Hint::Other)
    } else {
        None
    }
}

/// Classifies a word ([`keyword`]) and the words glued into it, told apart by an upper-case
/// letter after a lower-case one: text stripped of its tags glues the words of neighbouring
/// cells and paragraphs ("shippedOrder", "OliveUPC"). The pieces come first, the nearest to
/// the number first (the last one if `last`, else the first), then the whole word (carriers
/// write their names so: "FedEx", "PostNL").
pub(crate) fn word_keyword(word: &[u8], last: bool) -> Option<Hint> {
    let cut = |i: usize| word[i - 1].is_ascii_lowercase() && word[i].is_ascii_uppercase();
    if word.is_ascii() && (1..word.len()).any(cut) {
        let (mut lo, mut hi) = (0, word.len());
        while lo < hi {
            let piece = if last {
                let at = (lo + 1..hi).rev().find(|&i| cut(i)).unwrap_or(lo);
                let piece = &word[at..hi];
                hi = at;
                piece
            } else {
                let at = (lo + 1..hi).find(|&i| cut(i)).unwrap_or(hi);
                let piece = &word[lo..at];
                lo = at;
                piece
            };
            if let Some(h) = keyword(piece) {
                return Some(h);
            }
        }
    }
    keyword(word)
}

/// Whether `bytes[from..to]` holds shipping words only ([`keyword`]: a carrier's name, "parcel",
/// "Paket", …), at least two (a name and a word for what it carries), with nothing but
/// spaces, `-`, `:`, `#` or non-ASCII glue between them: "GLS parcel: ", "GLS-Paket ".
pub(crate) fn shipping_words_only(bytes: &[u8], from: usize, to: usize) -> bool {
    let to = to.min(bytes.len());
    let mut i = from;
    let mut words = 0;
    while i < to {
        if is_word_at(bytes, i) {
            let s = i;
            while i < to && is_word_at(bytes, i) {
                i += 1;
            }
            if keyword(&bytes[s..i]) != Some(Hint::Shipping) {
                return false;
            }
            words += 1;
        } else if matches!(bytes[i], b' ' | b'\t' | b'-' | b':' | b'#') || !bytes[i].is_ascii() {
            i += 1;
        } else {
            return false;
        }
    }
    words > 1
}

/// Most ordinary words allowed between a context word (or a previous match) and the number.
pub(crate) const MAX_WORDS_BETWEEN: usize = 4;
/// Most ordinary words allowed after the number before a context word.
pub(crate) const MAX_WORDS_AFTER: usize = 3;

/// Whether no sentence or paragraph ends in `bytes[from..to]` (see [`boundary_at`]).
pub(crate) fn same_sentence(bytes: &[u8], from: usize, to: usize) -> bool {
    (from..to.min(bytes.len())).all(|i| !boundary_at(bytes, i))
}

/// Whether a sentence or paragraph ends at `i`: a blank line; a line break followed by a
/// capitalised word, unless the line ends with `:`; or `.`, `!`, `?` followed by white space
/// and a capitalised word (so `No. 123` and `Nr. 123` do not end anything). A run of letters
/// and digits (`H01ABC1234567890`) is no word: a number that a wrapped line or a stripped tag
/// puts at the start of a line stays in the sentence before it.
fn boundary_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' => {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            let mut k = i;
            while k > 0 && matches!(bytes[k - 1], b' ' | b'\t' | b'\r') {
                k -= 1;
            }
            let colon = k > 0 && bytes[k - 1] == b':';
            bytes.get(j) == Some(&b'\n') || (!colon && capitalised_word_at(bytes, j))
        }
        b'.' | b'!' | b'?' => {
            let mut j = i + 1;
            if !bytes.get(j).is_some_and(u8::is_ascii_whitespace) {
                return false;
            }
            while bytes.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            capitalised_word_at(bytes, j)
        }
        _ => false,
    }
}

/// Whether a capitalised word starts at `j`: an upper-case ASCII letter, and no digit among
/// the letters and digits joined to it (the first [`WORD_LOOK`] bytes are looked at).
fn capitalised_word_at(bytes: &[u8], j: usize) -> bool {
    bytes.get(j).is_some_and(u8::is_ascii_uppercase)
        && !bytes
            .iter()
            .skip(j)
            .take(WORD_LOOK)
            .take_while(|b| b.is_ascii_alphanumeric())
            .any(u8::is_ascii_digit)
}

/// How far [`capitalised_word_at`] looks for a digit: longer than any tracking number.
const WORD_LOOK: usize = 48;

/// What the text right before a candidate says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Before {
    /// A context word of this kind, at most [`MAX_WORDS_BETWEEN`] words before, same sentence.
    Word(Hint),
    /// No context word, but the previous match ends at most [`MAX_WORDS_BETWEEN`] words before,
    /// in the same sentence.
    Nearby,
    /// Nothing.
    Nothing,
}

/// Looks at most [`BEFORE`] bytes back from `start`, not past a sentence or paragraph end: the
/// nearest context word decides; failing that, a match ending at `last_end` nearby counts.
///
/// Walks backward from `start` and stops as soon as the answer is known: at the nearest
/// context word, at a sentence end, or after more than [`MAX_WORDS_BETWEEN`] ordinary words.
pub(crate) fn before(bytes: &[u8], start: usize, last_end: Option<usize>) -> Before {
    let start = start.min(bytes.len());
    let mut from = start.saturating_sub(BEFORE);
    // a word cut by the window start does not count
    while from > 0 && from < start && is_word_at(bytes, from - 1) && is_word_at(bytes, from) {
        from += 1;
    }
    // ordinary words between the position reached and `start`
    let mut words = 0usize;
    // ordinary words between `last_end` and `start`, once `last_end` is passed
    let mut since_last: Option<usize> = None;
    let mut i = start;
    while i > from {
        // digits and spaces (number-dense text) are no word and end no sentence
        while i > from && matches!(bytes[i - 1], b'0'..=b'9' | b' ') && last_end != Some(i - 1) {
            i -= 1;
        }
        if i == from {
            break;
        }
        if is_word_at(bytes, i - 1) {
            let e = i;
            while i > from && is_word_at(bytes, i - 1) {
                i -= 1;
            }
            match word_keyword(&bytes[i..e], true) {
                Some(h) => return Before::Word(h),
                None => {
                    words += 1;
                    if words > MAX_WORDS_BETWEEN {
                        // a context word further back is too far; so is a match ending
                        // before this word
                        break;
                    }
                }
            }
            if last_end == Some(i) {
                since_last = Some(words);
            }
            continue;
        }
        i -= 1;
        if boundary_at(bytes, i) {
            break;
        }
        if last_end == Some(i) {
            since_last = Some(words);
        }
    }
    match since_last {
        Some(n) if n <= MAX_WORDS_BETWEEN => Before::Nearby,
        _ => Before::Nothing,
    }
}

/// The first context word after `end`, among the next [`MAX_WORDS_AFTER`] words of the same
/// sentence and within [`AFTER`] bytes.
pub(crate) fn word_after(bytes: &[u8], end: usize) -> Option<Hint> {
    let to = end.saturating_add(AFTER).min(bytes.len());
    let mut i = end;
    let mut words = 0;
    while i < to && words < MAX_WORDS_AFTER {
        // digits and spaces (number-dense text) are no word and end no sentence
        if matches!(bytes[i], b'0'..=b'9' | b' ') {
            i += 1;
            continue;
        }
        if is_word_at(bytes, i) {
            let s = i;
            while i < to && is_word_at(bytes, i) {
                i += 1;
            }
            if let Some(h) = word_keyword(&bytes[s..i], false) {
                return Some(h);
            }
            words += 1;
            continue;
        }
        if boundary_at(bytes, i) {
            return None;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn shipping_words_only_between_a_name_and_a_number() {
        let t = b"GLS parcel: 1";
        assert!(shipping_words_only(t, 0, 12));
        assert!(shipping_words_only(b"GLS-Paket 1", 0, 10));
        // the name alone, another word, a comma or a digit between: no
        assert!(!shipping_words_only(b"GLS 1", 0, 4));
        assert!(!shipping_words_only(b"GLS Germany parcel 1", 0, 19));
        assert!(!shipping_words_only(b"GLS parcel, 1", 0, 12));
        assert!(!shipping_words_only(b"GLS 2 parcels 1", 0, 14));
    }

    use super::*;

    #[test]
    fn carriers_web_addresses_name_them() {
        let near = |t: &str| {
            let at = t.find('#').unwrap();
            carrier_near(t.as_bytes(), at, at + 1, &mut NameCache::new()).map(|(_, c)| c)
        };
        for (text, carrier) in [
            ("# - track it at canadapost.ca", Carrier::CanadaPost),
            ("# on www.canadapost-postescanada.ca/track", Carrier::CanadaPost),
            ("https://www.royalmail.com/track-your-item #", Carrier::RoyalMail),
            ("# (laposte.fr)", Carrier::LaPoste),
            ("# kuronekoyamato.co.jp", Carrier::Yamato),
            ("# https://www.sf-express.com/", Carrier::SfExpress),
            ("# novaposhta.ua", Carrier::NovaPoshta),
        ] {
            assert_eq!(near(text), Some(carrier), "{text}");
        }
        // a name inside a longer word names nothing
        assert_eq!(near("# xcanadapost.example"), None);
        assert_eq!(near("# canadaposter"), None);
    }

    #[test]
    fn name_pairs_are_the_pairs_of_first_and_second_bytes() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let by_byte = NAMES_BY_START[usize::from(a)] & NAMES_BY_SECOND[usize::from(b)];
                assert_eq!(may_name_at(&[a, b], 0), by_byte != 0, "{a} {b}");
            }
        }
        assert!(!may_name_at(b"u", 0) && !may_name_at(b"", 0));
    }
    #[cfg(feature = "std")]
    use proptest::prelude::*;
    #[cfg(feature = "std")]
    use std::vec;

    #[test]
    fn carrier_names_end_with_no_digit_and_have_two_bytes() {
        // (the early exit of `label::before_glue`; `NAMES_BY_SECOND`)
        for (name, _) in CARRIER_NAMES {
            assert!(name.len() >= 2 && !name.as_bytes()[name.len() - 1].is_ascii_digit(), "{name}");
        }
        assert_eq!(name_ending_at(b"via DHL", 7, false), Some(Carrier::Dhl));
        assert_eq!(
            name_ending_at("ヤマト運輸".as_bytes(), "ヤマト運輸".len(), false),
            Some(Carrier::Yamato)
        );
        assert_eq!(name_ending_at(b"viaDHL", 6, false), None);
        assert_eq!(name_ending_at(b"3UPS", 4, false), None);
        assert_eq!(name_ending_at(b"3UPS", 4, true), Some(Carrier::Ups));
        assert_eq!(name_ending_at(b"xUPS", 4, true), None);
        assert_eq!(name_ending_at(b"", 0, false), None);
        assert!(is_name_in_capitals(b"GLS") && is_name_in_capitals(b"USPS"));
        assert!(!is_name_in_capitals(b"Gls") && !is_name_in_capitals(b"XGLS"));
        assert!(!is_name_in_capitals(b"G") && !is_name_in_capitals(b""));
        // a name printed right beside a number: at most four bytes of glue between
        let after = |t: &str, end: usize| name_beside_after(t.as_bytes(), end);
        assert_eq!(after("794644790131 fedex", 12), Some((13, Carrier::Fedex)));
        assert_eq!(after("794644790131 (FedEx)", 12), Some((14, Carrier::Fedex)));
        assert_eq!(after("794644790131 - UPS", 12), Some((15, Carrier::Ups)));
        assert_eq!(after("794644790131     UPS", 12), None);
        assert_eq!(after("794644790131UPS", 12), None);
        assert_eq!(after("794644790131 via UPS", 12), None);
        assert_eq!(after("794644790131 upsilon", 12), None);
        assert_eq!(after("794644790131\nUPS", 12), None);
        // in raw HTML, the next cell is beside; the next row, paragraph or line is not
        assert_eq!(after("794644790131</td><td>UPS", 12), Some((21, Carrier::Ups)));
        assert_eq!(after("794644790131</span> <b>UPS", 12), Some((23, Carrier::Ups)));
        assert_eq!(after("794644790131</td></tr><tr><td>UPS", 12), None);
        assert_eq!(after("794644790131</p><p>UPS", 12), None);
        assert_eq!(after("794644790131<BR>UPS", 12), None);
        // (the source's line breaks and indentation between the cells' tags too, not a line
        // break in text, nor one before text)
        assert_eq!(after("794644790131</td>\n    <td>UPS", 12), Some((26, Carrier::Ups)));
        assert_eq!(after("794644790131</td>\r\n<td>UPS", 12), Some((23, Carrier::Ups)));
        assert_eq!(after("794644790131</td>\n  </tr>\n  <tr><td>UPS", 12), None);
        assert_eq!(after("794644790131</b>\nUPS", 12), None);
        assert_eq!(after("794644790131 ", 12), None);
        // raw HTML: the tags between two table cells
        assert_eq!(after("794644790131</td><td>FedEx</td>", 12), Some((21, Carrier::Fedex)));
        assert_eq!(after("794644790131</td><td style=\"x\"> UPS", 12), Some((32, Carrier::Ups)));
        assert_eq!(after("794644790131</td>\n<td>UPS", 12), Some((22, Carrier::Ups)));
        assert_eq!(after("794644790131</td><td>3</td><td>UPS", 12), None);
        assert_eq!(after("794644790131<a<b>UPS", 12), None);
        assert_eq!(after("794644790131<i><i><i><i><i>UPS", 12), None);
        let before = |t: &str, start: usize| name_beside_before(t.as_bytes(), start);
        assert!(before("FedEx: 794644790131", 7));
        assert!(before("UPS # 1Z999AA10123456784", 6));
        assert!(before("dhl 1234567890", 4));
        assert!(!before("FedEx package 794644790131", 14));
        assert!(!before("FedEx:     794644790131", 11));
        assert!(!before("794644790131", 0));
        // every name is found where it ends, in either case (the last two bytes' tables let
        // each through)
        for (name, _) in CARRIER_NAMES {
            for n in [
                std::string::String::from(*name),
                name.to_ascii_uppercase(),
                name.to_ascii_lowercase(),
            ] {
                let text = std::format!("via {n}");
                let found = longest_name_ending_at(text.as_bytes(), text.len(), false);
                assert!(found.is_some_and(|(len, _)| len >= name.len()), "{n}");
            }
        }
    }

    /// The straightforward forward scan [`before`] must agree with (used by a proptest).
    #[cfg(feature = "std")]
    /// Looks at most [`BEFORE`] bytes back from `start`, not past a sentence or paragraph end: the
    /// nearest context word decides; failing that, a match ending at `last_end` nearby counts.
    fn before_reference(bytes: &[u8], start: usize, last_end: Option<usize>) -> Before {
        let from = start.saturating_sub(BEFORE);
        let mut hint: Option<Hint> = None;
        let mut since_hint = 0usize;
        let mut since_last: Option<usize> = None;
        let mut i = from;
        // skip a word cut by the window start
        while i > 0 && i < start && is_word_at(bytes, i - 1) && is_word_at(bytes, i) {
            i += 1;
        }
        while i < start {
            if last_end == Some(i) {
                since_last = Some(0);
            }
            if is_word_at(bytes, i) {
                let s = i;
                while i < start && is_word_at(bytes, i) {
                    i += 1;
                }
                match word_keyword(&bytes[s..i], true) {
                    Some(h) => {
                        hint = Some(h);
                        since_hint = 0;
                    }
                    None => {
                        since_hint += 1;
                        if let Some(n) = since_last.as_mut() {
                            *n += 1;
                        }
                    }
                }
                continue;
            }
            if boundary_at(bytes, i) {
                hint = None;
                since_last = None;
            }
            i += 1;
        }
        match (hint, since_last) {
            (Some(h), _) if since_hint <= MAX_WORDS_BETWEEN => Before::Word(h),
            (_, Some(n)) if n <= MAX_WORDS_BETWEEN => Before::Nearby,
            _ => Before::Nothing,
        }
    }

    #[cfg(feature = "std")]
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn backward_walk_agrees_with_the_forward_scan(
            parts in prop::collection::vec(prop::sample::select(vec![
                "tracking", "Order", "DHL", "the", "your", "is", "No", "a", "x", " ", " ",
                " ", ". ", ".", "\n", "\n\n", ":\n", "! ", "? ", ", ", "12", "3318810025",
                "Tel", "Call", "it", "Z", "upsilon", "é", "\u{a0}", "运单号", "注文", "przesyłki",
            ]), 0..40),
            cut in 0usize..400,
            last in prop::option::of(0usize..400),
        ) {
            let text = parts.concat();
            let b = text.as_bytes();
            let start = cut.min(b.len());
            prop_assert_eq!(before(b, start, last), before_reference(b, start, last), "{:?} {} {:?}", text, start, last);
        }
    }

    #[test]
    fn every_listed_word_is_at_least_three_letters() {
        for list in [SHIPPING_PREFIXES, SHIPPING_WORDS, OTHER_PREFIXES, OTHER_WORDS] {
            for w in list {
                assert!(w.len() >= 3 && w.iter().all(u8::is_ascii_lowercase), "{w:?}");
                assert!(keyword(w).is_some());
            }
        }
    }

    #[test]
    fn words_glued_together_are_read_one_by_one() {
        // the piece nearest the number decides
        assert_eq!(word_keyword(b"shippedOrder", true), Some(Hint::Other));
        assert_eq!(word_keyword(b"OliveUPC", true), Some(Hint::Other));
        assert_eq!(word_keyword(b"OrderShipped", true), Some(Hint::Shipping));
        assert_eq!(word_keyword(b"shippedOrder", false), Some(Hint::Shipping));
        // a name written with a capital inside is read whole when no piece is a keyword
        assert_eq!(word_keyword(b"FedEx", true), keyword(b"FedEx"));
        assert!(word_keyword(b"FedEx", true).is_some());
        assert_eq!(word_keyword(b"McDonald", true), None);
        assert_eq!(word_keyword(b"Tracking", true), keyword(b"tracking"));
        // the words before a number: "Order" is the nearest
        let text = b"Your order has shippedOrder 8614326746230680";
        assert_eq!(before(text, 28, None), Before::Word(Hint::Other));
        assert_eq!(word_after(b" shippedOrder", 0), Some(Hint::Shipping));
    }

    #[test]
    fn keywords() {
        let s = Some(Hint::Shipping);
        let o = Some(Hint::Other);
        for (word, hint) in [
            ("Tracking", s),
            ("TRACKNUM", s),
            ("Sendungsnummer", s),
            ("Sendungsverfolgungsnummernliste", s),
            ("DHL", s),
            ("waybill", s),
            ("Order", o),
            ("Bestellnummer", o),
            ("Tel", o),
            ("IBAN", o),
            // shipping words that name another number: the word next to the number decides
            ("note", o),
            ("address", o),
            ("Lieferadresse", None),
            ("Lieferschein", o),
            ("PIN", o),
            ("Postfiliale", o),
            ("weight", o),
            // registration and tax numbers in footers, a payment slip's line
            ("IVA", o),
            ("Partita", o),
            ("Steuernummer", o),
            ("HRB", o),
            ("CNPJ", o),
            ("KvK", o),
            ("ABN", o),
            ("digitável", o),
            ("telly", None),
            ("upsilon", None),
            ("the", None),
            ("a", None),
            ("", None),
        ] {
            assert_eq!(keyword(word.as_bytes()), hint, "{word:?}");
        }
        for t in ["Delivery note no. 5018720571", "Your delivery address ID 5018720571"] {
            assert_eq!(before(t.as_bytes(), t.len() - 10, None), Before::Word(Hint::Other), "{t}");
        }
    }

    #[test]
    fn keywords_in_other_languages() {
        for w in [
            "Sendungsverfolgung",
            "envío",
            "ENVÍO",
            "przesyłki",
            "PRZESYŁKA",
            "Försändelsen",
            "spårning",
            "rastreio",
            "Sporingsnummer",
            "kollinummer",
            "zending",
            "spedizione",
            "追跡番号",
            "您的运单号为",
            "快递单号：",
            "«suivi»",
        ] {
            assert_eq!(keyword(w.as_bytes()), Some(Hint::Shipping), "{w}");
        }
        for w in [
            "commande",
            "Bestelling",
            "pedido",
            "zamówienia",
            "Beställning",
            "注文番号",
            "订单号",
            "téléphone",
        ] {
            assert_eq!(keyword(w.as_bytes()), Some(Hint::Other), "{w}");
        }
        for w in ["café", "größe", "ユーザー", "\u{a0}"] {
            assert_eq!(keyword(w.as_bytes()), None, "{w}");
        }
        let t = "Numer przesyłki kurierskiej 3318810025".as_bytes();
        assert_eq!(before(t, t.len() - 10, None), Before::Word(Hint::Shipping));
        let t = "注文番号 3318810025".as_bytes();
        assert_eq!(before(t, t.len() - 10, None), Before::Word(Hint::Other));
    }

    #[test]
    fn nearest_word_before_wins() {
        let t = b"Tracking for order 4711: 3318810025";
        assert_eq!(before(t, 25, None), Before::Word(Hint::Other));
        let t = b"Order 4711 shipped, tracking: 3318810025";
        assert_eq!(before(t, 30, None), Before::Word(Hint::Shipping));
        let t = b"Tracking No. 3318810025";
        assert_eq!(before(t, 13, None), Before::Word(Hint::Shipping));
        let far = [b"tracking ".as_slice(), &[b' '; 100], b"3318810025"].concat();
        assert_eq!(before(&far, 109, None), Before::Nothing);
        // a word cut by the window start does not count
        let cut = [b"xtracking".as_slice(), &[b' '; 88], b"3318810025"].concat();
        assert_eq!(before(&cut, 97, None), Before::Nothing);
    }

    #[test]
    fn sentences_and_paragraphs_end_the_look_back() {
        let shipping = Before::Word(Hint::Shipping);
        // (text, what the look-back from its number finds)
        for (t, want) in [
            ("It has shipped. Your code 3318810025", Before::Nothing),
            ("Tracking:\n\n3318810025", Before::Nothing),
            ("Tracking:\n3318810025", shipping),
            ("Tracking:\nNumber 3318810025", shipping),
            ("Delivery by DHL\nYour code 3318810025", Before::Nothing),
            // too many words between
            ("Tracking: see the one two three four five 3318810025", Before::Nothing),
            // a number that starts a line (a wrapped line, an inline tag a converter made a
            // line break) is no capitalised word: it stays in the sentence before
            ("Your ASOS parcel\nH01ABC1234567890", shipping),
            ("Your ASOS parcel.\nH01ABC1234567890", shipping),
            ("Your ASOS parcel\nHello H01ABC1234567890", Before::Nothing),
        ] {
            let number = t.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
            assert_eq!(before(t.as_bytes(), number, None), want, "{t:?}");
        }
        assert_eq!(word_after(b"H01ABC1234567890\nParcel", 16), None);
        assert_eq!(word_after(b"H01ABC1234567890\nH01 parcel", 16), Some(Hint::Shipping));
    }

    #[test]
    fn previous_match_nearby() {
        let t = b"x 3318810025, 8487135506";
        assert_eq!(before(t, 14, Some(12)), Before::Nearby);
        let t = b"x 3318810025. Then 8487135506";
        assert_eq!(before(t, 19, Some(12)), Before::Nothing);
        assert_eq!(before(t, 19, None), Before::Nothing);
    }

    #[test]
    fn word_after_first_wins() {
        let t = b"3318810025 (DHL Express) order 1";
        assert_eq!(word_after(t, 10), Some(Hint::Shipping));
        assert_eq!(word_after(b"3318810025 phone, dhl", 10), Some(Hint::Other));
        assert_eq!(word_after(b"3318810025", 10), None);
        assert_eq!(word_after(b"3318810025 is your tracking number", 10), Some(Hint::Shipping));
        assert_eq!(word_after(b"3318810025 is not your tracking number", 10), None);
        assert_eq!(word_after(b"3318810025. Tracking", 10), None);
    }
}
