//! Explicit tracking labels ("Tracking number:", "Sendungsnummer", "N° de suivi", "追跡番号",
//! "Трек-номер") directly before a candidate, in the languages of [`LABELS`], and what a
//! label's language says about whose the number is ([`carriers_by_language`]).
//!
//! A label is *directly before* a number when only glue separates them: white space (at most
//! six line breaks, so a label on its own line or in the table cell or row before, also as a
//! tag-stripping converter prints it), `:`, `#`, `.`, `-`, `|`, `*`, a no-break space,
//! full-width punctuation (`：`, `】`), dashes, a middle dot, `→` (in raw HTML read as text,
//! written as references too: [`GLUE_REFERENCES`], and the tags between), the quote marks
//! of a quoted reply (`>` at the start of a line), and at most one connecting word ("is", "ist", "lautet", "est", "è",
//! "es", "jest", "é", "är", "er", `は`, `为`, `是`), which a few words of the same sentence
//! may stand before ("The tracking number for your GLS shipment is …": [`phrase_label`]).
//! Text is compared case-insensitively (ASCII, Latin-1, Latin Extended-A and Cyrillic
//! letters folded), a space in a label matches any run of spaces, tabs and no-break spaces
//! or one hyphen (`Tracking-ID`), `°`/`º` read as `o` (`N° de suivi`, `Nº`, `No`), and a
//! character reference as the letter it stands for (`N&uacute;mero`, raw HTML read as text).
//!
//! Nothing here allocates; each call looks at a bounded window before the candidate.

use super::token::Sep;
use crate::Carrier;

/// The language of a label (see [`LABEL_TABLE`]), which says the carriers a number after it is
/// read as first, in this order, when no carrier is named nearby ([`carriers_by_language`]): the
/// post and the parcel carriers of the countries that write the language (none for English
/// and Chinese, written in too many countries). The order only decides between readings of
/// one number, which is rare: BRT's 12 digits come before Poste Italiane's 12–13, the
/// national post first otherwise. A reading weaker than the one ranked first is taken only
/// where the language decides ([`Language::decides`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Language {
    /// Labels in English.
    English,
    /// Labels in German.
    German,
    /// Labels in French.
    French,
    /// Labels in French, as Canada Post and Purolator print it.
    FrenchCanada,
    /// Labels in Dutch.
    Dutch,
    /// Labels in Italian.
    Italian,
    /// Labels in Spanish.
    Spanish,
    /// Labels in Spanish, as Estafeta prints it ("guía").
    SpanishMexico,
    /// Labels in Polish.
    Polish,
    /// Labels in Portuguese, as CTT prints it.
    Portuguese,
    /// Labels in Portuguese, as Correios prints it ("rastreio", "objeto").
    PortugueseBrazil,
    /// Labels in Swedish and Danish.
    Nordic,
    /// Labels in Norwegian.
    Norwegian,
    /// Labels in Japanese.
    Japanese,
    /// Labels in Chinese.
    Chinese,
    /// Labels in Finnish.
    Finnish,
    /// Labels in Turkish.
    Turkish,
    /// Labels in Czech.
    Czech,
    /// Labels in Russian.
    Russian,
    /// Labels in Ukrainian.
    Ukrainian,
    /// Labels in Ukrainian, Nova Poshta's own terms ("ТТН", its waybill).
    NovaPoshta,
    /// Labels in Korean.
    Korean,
    /// Labels in Hungarian.
    Hungarian,
    /// Labels in Indonesian.
    Indonesian,
}

impl Language {
    /// Whether a label in this language decides the carrier even against a stronger reading
    /// of another one (a 12-digit number whose FedEx check digit happens to verify, one in
    /// eleven): Japanese, where three carriers deliver nearly all parcels (see
    /// [`JAPANESE_CARRIERS`]: 93.7 %). Elsewhere a verified reading of another carrier stands:
    /// shops label any carrier's number "Sendungsnummer" or "Numéro de suivi".
    const fn decides(self) -> bool {
        matches!(self, Language::Japanese)
    }

    /// The carriers a number after a label in this language is read as first, in this order.
    const fn carriers(self) -> &'static [Carrier] {
        use Carrier::*;
        match self {
            Language::English => &[],
            Language::German => &[DeutschePost, Hermes, Dpd, Gls, AustrianPost, SwissPost],
            Language::French => &[LaPoste, Colissimo, Chronopost, MondialRelay, Bpost, SwissPost],
            Language::FrenchCanada => &[CanadaPost, Purolator],
            Language::Dutch => &[Postnl, DhlParcel, Bpost],
            Language::Italian => &[Brt, PosteItaliane, Sda],
            Language::Spanish => &[Correos, Estafeta],
            Language::SpanishMexico => &[Estafeta, Correos],
            Language::Polish => &[PocztaPolska, Inpost],
            Language::Portuguese => &[Ctt, Correios],
            Language::PortugueseBrazil => &[Correios, Ctt],
            Language::Nordic => &[Postnord, PostenNorge, Posti],
            Language::Norwegian => &[PostenNorge, Postnord],
            Language::Japanese => &JAPANESE_CARRIERS,
            Language::Chinese => &[],
            Language::Finnish => &[Posti],
            Language::Turkish => &[Ptt],
            Language::Czech => &[Packeta],
            Language::Russian => &[RussianPost, Cdek, NovaPoshta, Ukrposhta],
            Language::Ukrainian => &[Ukrposhta, NovaPoshta],
            Language::NovaPoshta => &[NovaPoshta, Ukrposhta],
            Language::Korean => &[KoreaPost],
            Language::Hungarian => &[MagyarPosta],
            Language::Indonesian => &[PosIndonesia],
        }
    }
}

/// Tracking labels, lower case, `°`/`º` written as `o`, each with its language.
///
/// Sources: the field names carriers and shops print in their notification e-mails and on
/// their tracking pages, and the words of the link or line with which those mails open a
/// tracking number ("Track your parcel", "Sendung verfolgen", "Suivez votre colis", "Śledź
/// przesyłkę": [`IMPERATIVE`], each the plain imperative of its language's verb for
/// tracking and its word for a parcel), per language: English (UPS, FedEx, USPS, Royal Mail, Canada Post,
/// Purolator, Australia Post; StarTrack's "connote" and "con note", as its Web Despatch user
/// guide writes the consignment note), German (DHL Paket "Sendungsnummer", Hermes, DPD, GLS
/// "Paketnummer"; DHL Express "Waybill-Nummer" and "AirwayBill-Nummer", as DHL's German
/// Geschäftskundenversand web-service documentation writes it; shops' plural
/// "Sendungsnummer(n)", as "Tracking number(s)" in English; "Frachtbriefnummer",
/// "Luftfrachtbriefnummer"; DHL's German tracking help's "Tracking-ID"), French (La
/// Poste/Colissimo "numéro de suivi"; Mondial Relay's "numéro d'expédition", as its
/// application's tracking help writes it; "colis n°"), Dutch (PostNL "Track & Trace code", "zendingnummer"),
/// Italian (Poste Italiane, BRT "numero di spedizione"), Spanish (Correos "número de envío",
/// "localizador"; Estafeta "número de guía", "guía de rastreo"), Polish (InPost, Poczta
/// Polska "numer przesyłki"; the couriers' "list przewozowy", the waybill), Portuguese (CTT,
/// Correios "código de rastreio/rastreamento", "objeto"), Swedish and Danish (PostNord "kollinummer",
/// "kolli-id", "sändningsnummer"), Norwegian (Posten "sporingsnummer", "sendingsnummer"),
/// Japanese (Japan Post "お問い合わせ番号", Yamato "伝票番号", Sagawa "送り状番号" and
/// "お問い合せ送り状NO", "追跡番号")
/// and Chinese (China Post/SF "运单号", "快递单号", "物流单号", traditional "追蹤號碼"); and also
/// Finnish (Posti "lähetystunnus", "seurantatunnus"), Turkish (PTT and
/// the cargo companies' "kargo takip numarası", "gönderi numarası") and Czech (Česká pošta
/// "podací číslo", "číslo zásilky", "sledovací číslo"), Russian (Russian Post's "трек-номер"
/// and "почтовый идентификатор" (ШПИ), CDEK's "номер отправления") and Ukrainian (Ukrposhta's
/// "номер відправлення" and "штрихкодовий ідентифікатор", Nova Poshta's "ТТН" and
/// "експрес-накладна"), Korean (the "운송장 번호" and "송장번호" of CJ Logistics' and Korea
/// Post's tracking, Korea Post's "등기번호"), Hungarian (Magyar Posta's "azonosító" and
/// "ragszám", "küldeményazonosító"; shops' "nyomkövetési szám") and Indonesian (the "nomor
/// resi" of JNE's and J&T's tracking).
static LABEL_TABLE: &[(&str, Language)] = {
    use Language::*;
    &[
        // English
        ("tracking number", English),
        ("tracking numbers", English),
        ("tracking number(s)", English),
        // plurals before a list of numbers ("Tracking #s: …, …")
        ("tracking #s", English),
        ("tracking #'s", English),
        ("tracking nos", English),
        ("tracking ids", English),
        ("tracking codes", English),
        ("tracking no", English),
        ("tracking nr", English),
        ("tracking #", English),
        ("tracking id", English),
        ("tracking code", English),
        ("tracking reference", English),
        ("tracking ref", English),
        ("tracking pin", English),
        ("tracking", English),
        ("tracking num", English),
        ("track no", English),
        ("track number", English),
        ("track #", English),
        ("track#", English),
        // the abbreviation of order systems and marketplace mails ("Trk #", "TRK#")
        ("trk", English),
        ("trk no", English),
        ("trk number", English),
        ("track & trace", English),
        ("track and trace", English),
        ("track&trace", English),
        ("track & trace number", English),
        ("track & trace code", English),
        ("track&trace code", English),
        ("shipment tracking number", English),
        // the line that opens a number in carriers' and shops' mails ("Track your parcel:
        // 60532187449"); not "Track your order", which opens order numbers as often
        ("track your parcel", English),
        ("track your package", English),
        ("track your shipment", English),
        ("track your delivery", English),
        ("parcel tracking number", English),
        ("package tracking number", English),
        ("your tracking number", English),
        ("waybill", English),
        ("waybill number", English),
        ("waybill no", English),
        ("air waybill", English),
        ("air waybill number", English),
        ("airway bill", English),
        ("airway bill number", English),
        ("awb", English),
        ("awb number", English),
        ("awb no", English),
        ("consignment number", English),
        ("consignment no", English),
        ("consignment note", English),
        ("consignment", English),
        ("connote", English),
        ("connote number", English),
        ("con note", English),
        ("con note number", English),
        ("con note no", English),
        ("parcel number", English),
        ("parcel no", English),
        ("parcel id", English),
        ("shipment number", English),
        ("shipment no", English),
        ("shipment id", English),
        // the plurals of shop systems' shipment mails ("please follow the shipment ID(s) …")
        ("shipment ids", English),
        ("shipment id(s)", English),
        ("tracking id(s)", English),
        ("package number", English),
        ("package id", English),
        ("label number", English),
        ("pro number", English),
        ("pro #", English),
        // German
        ("sendungsnummer", German),
        ("sendungsnummern", German),
        ("sendungs-nr", German),
        ("sendungsnr", German),
        ("sendungs-id", German),
        ("sendungscode", German),
        ("paketnummer", German),
        ("paket-nr", German),
        ("paketnr", German),
        ("paket-id", German),
        ("paketscheinnummer", German),
        ("trackingnummer", German),
        ("tracking-nummer", German),
        ("tracking-nr", German),
        ("sendungsverfolgungsnummer", German),
        // (and "Paketverfolgungsnummer": a compound that ends in "nummer")
        ("verfolgungsnummer", German),
        ("sendungsverfolgung", German),
        ("paketverfolgung", German),
        // the line that opens a parcel's number, as "Track your parcel:" in English
        ("verfolge dein paket", German),
        ("verfolgen sie ihr paket", German),
        ("sendung verfolgen", German),
        ("paket verfolgen", German),
        ("sendungsnummer(n)", German),
        ("paketnummer(n)", German),
        ("trackingnummer(n)", German),
        ("tracking-nummer(n)", German),
        ("identcode", German),
        ("sendungsnummer lautet", German),
        // DHL Express's German: the waybill number under its English name (DHL's German
        // web-service documentation: "AirwayBill-Nummer"), and the German names of waybills
        ("waybill-nummer", German),
        ("waybillnummer", German),
        ("waybill-nr", German),
        ("airwaybill-nummer", German),
        ("air-waybill-nummer", German),
        ("luftfrachtbriefnummer", German),
        ("frachtbriefnummer", German),
        // DHL's German tracking help: "Sendungsverfolgungsnummer oder Tracking-ID"
        ("tracking-id", German),
        // French
        ("no de suivi", French),
        ("no suivi", French),
        ("n de suivi", French),
        ("numero de suivi", French),
        ("numéro de suivi", French),
        ("numéro de colis", French),
        ("numero de colis", French),
        ("no de colis", French),
        ("no colis", French),
        ("colis no", French),
        ("numéro d'expédition", French),
        ("numéro d’expédition", French),
        ("numero d'expedition", French),
        ("no d'expédition", French),
        ("no d’expédition", French),
        ("numéro d'envoi", French),
        ("numéro d’envoi", French),
        ("no d'envoi", French),
        ("no d’envoi", French),
        ("numéro de l'envoi", French),
        ("numéro de l’envoi", French),
        ("code de suivi", French),
        ("suivez votre colis", French),
        ("suivre votre colis", French),
        ("suivre mon colis", French),
        ("numéro de tracking", French),
        ("numéro de suivi du colis", French),
        ("suivi", French),
        ("référence colis", French),
        ("lettre de transport", French),
        // French, as Canada Post and Purolator print it
        ("numéro de repérage", FrenchCanada),
        ("numero de reperage", FrenchCanada),
        ("no de repérage", FrenchCanada),
        ("nip de repérage", FrenchCanada),
        // Dutch
        ("track & trace code", Dutch),
        ("track en trace code", Dutch),
        ("trackingcode", Dutch),
        ("trackingnummer", Dutch),
        ("zendingnummer", Dutch),
        ("zendingsnummer", Dutch),
        ("pakketnummer", Dutch),
        ("verzendnummer", Dutch),
        ("volgnummer", Dutch),
        ("volg je pakket", Dutch),
        ("volg uw pakket", Dutch),
        ("volg je zending", Dutch),
        // Italian
        ("numero di spedizione", Italian),
        ("numero spedizione", Italian),
        ("n. spedizione", Italian),
        ("codice di spedizione", Italian),
        ("codice spedizione", Italian),
        ("codice di tracciamento", Italian),
        ("numero di tracciamento", Italian),
        ("codice tracking", Italian),
        ("numero di tracking", Italian),
        ("lettera di vettura", Italian),
        ("numero lettera di vettura", Italian),
        ("codice lettera di vettura", Italian),
        ("traccia il tuo pacco", Italian),
        ("traccia la spedizione", Italian),
        // Spanish
        ("número de seguimiento", Spanish),
        ("numero de seguimiento", Spanish),
        ("no de seguimiento", Spanish),
        ("n.o de seguimiento", Spanish),
        ("código de seguimiento", Spanish),
        ("codigo de seguimiento", Spanish),
        ("número de envío", Spanish),
        ("numero de envio", Spanish),
        ("no de envío", Spanish),
        ("número de rastreo", Spanish),
        ("numero de rastreo", Spanish),
        ("código de rastreo", Spanish),
        ("codigo de rastreo", Spanish),
        ("localizador", Spanish),
        ("sigue tu envío", Spanish),
        ("rastrea tu envío", Spanish),
        // Spanish, as Estafeta prints it ("guía")
        ("número de guía", SpanishMexico),
        ("numero de guia", SpanishMexico),
        ("no de guía", SpanishMexico),
        ("guía", SpanishMexico),
        ("guía de rastreo", SpanishMexico),
        ("guia de rastreo", SpanishMexico),
        // Polish
        ("numer przesyłki", Polish),
        ("nr przesyłki", Polish),
        ("numer śledzenia", Polish),
        ("numer nadania", Polish),
        ("numer listu przewozowego", Polish),
        ("nr listu przewozowego", Polish),
        ("list przewozowy", Polish),
        ("numer paczki", Polish),
        ("nr paczki", Polish),
        ("kod przesyłki", Polish),
        ("numer przesylki", Polish),
        ("nr przesylki", Polish),
        ("śledź przesyłkę", Polish),
        ("śledź paczkę", Polish),
        // Portuguese, as CTT prints it
        ("número de seguimento", Portuguese),
        ("numero de seguimento", Portuguese),
        ("código de envio", Portuguese),
        // Portuguese, as Correios prints it ("rastreio", "objeto")
        ("código de rastreio", PortugueseBrazil),
        ("codigo de rastreio", PortugueseBrazil),
        ("código de rastreamento", PortugueseBrazil),
        ("codigo de rastreamento", PortugueseBrazil),
        ("número de rastreio", PortugueseBrazil),
        ("numero de rastreio", PortugueseBrazil),
        ("número de rastreamento", PortugueseBrazil),
        ("número do objeto", PortugueseBrazil),
        ("código do objeto", PortugueseBrazil),
        ("rastreie sua encomenda", PortugueseBrazil),
        ("rastreie seu pacote", PortugueseBrazil),
        // Swedish and Danish
        ("kollinummer", Nordic),
        ("kolli-id", Nordic),
        ("kolli id", Nordic),
        ("sändningsnummer", Nordic),
        ("sändnings-id", Nordic),
        ("spårningsnummer", Nordic),
        ("försändelsenummer", Nordic),
        ("pakkenummer", Nordic),
        ("pakke-id", Nordic),
        ("forsendelsesnummer", Nordic),
        ("stregkodenummer", Nordic),
        ("track & trace-nummer", Nordic),
        ("spåra ditt paket", Nordic),
        ("spåra försändelsen", Nordic),
        ("spor din pakke", Nordic),
        // Norwegian
        ("sporingsnummer", Norwegian),
        ("sendingsnummer", Norwegian),
        ("sendingsnr", Norwegian),
        // Japanese
        ("追跡番号", Japanese),
        ("お問い合わせ番号", Japanese),
        ("お問合せ番号", Japanese),
        ("問い合わせ番号", Japanese),
        ("問合せ番号", Japanese),
        ("伝票番号", Japanese),
        ("送り状番号", Japanese),
        ("配送伝票番号", Japanese),
        ("荷物番号", Japanese),
        ("追跡番号は", Japanese),
        // Sagawa's "お問い合せ送り状NO" (`no` also matches `No.` and `ＮＯ` read as ASCII)
        ("問い合せ番号", Japanese),
        ("送り状no", Japanese),
        ("伝票no", Japanese),
        ("問い合わせno", Japanese),
        ("問合せno", Japanese),
        // Chinese
        ("运单号", Chinese),
        ("运单号码", Chinese),
        ("运单编号", Chinese),
        ("快递单号", Chinese),
        ("物流单号", Chinese),
        ("追踪号", Chinese),
        ("追踪号码", Chinese),
        ("跟踪号", Chinese),
        ("跟踪号码", Chinese),
        ("包裹号", Chinese),
        ("單號", Chinese),
        ("运单", Chinese),
        ("追蹤號碼", Chinese),
        ("追蹤編號", Chinese),
        ("貨運單號", Chinese),
        ("物流單號", Chinese),
        ("快遞單號", Chinese),
        // Finnish
        ("lähetystunnus", Finnish),
        ("seurantatunnus", Finnish),
        ("seurantakoodi", Finnish),
        ("seurantanumero", Finnish),
        // Turkish
        // (`ı` and `İ` fold to `i`)
        ("takip numarasi", Turkish),
        ("takip no", Turkish),
        ("gönderi takip numarasi", Turkish),
        ("kargo takip numarasi", Turkish),
        ("gönderi numarasi", Turkish),
        // Czech
        ("sledovací číslo", Czech),
        ("číslo zásilky", Czech),
        ("podací číslo", Czech),
        // Russian
        ("трек-номер", Russian),
        ("трек номер", Russian),
        ("трекинг-номер", Russian),
        ("трекинг номер", Russian),
        ("номер отслеживания", Russian),
        ("номер отправления", Russian),
        ("номер посылки", Russian),
        ("почтовый идентификатор", Russian),
        ("шпи", Russian),
        ("номер накладной", Russian),
        // Ukrainian
        ("номер відправлення", Ukrainian),
        ("номер посилки", Ukrainian),
        ("штрихкодовий ідентифікатор", Ukrainian),
        // Ukrainian, Nova Poshta's own terms ("ТТН", its waybill)
        ("номер ттн", NovaPoshta),
        ("ттн", NovaPoshta),
        ("експрес-накладна", NovaPoshta),
        ("номер накладної", NovaPoshta),
        // Korean
        ("운송장번호", Korean),
        ("운송장 번호", Korean),
        ("송장번호", Korean),
        ("송장 번호", Korean),
        ("등기번호", Korean),
        // Hungarian ("száma": its number)
        ("küldeményazonosító", Hungarian),
        ("ragszám", Hungarian),
        ("nyomkövetési szám", Hungarian),
        ("nyomkövetési száma", Hungarian),
        ("csomagszám", Hungarian),
        // Indonesian
        ("nomor resi", Indonesian),
        ("no resi", Indonesian),
        ("no. resi", Indonesian),
    ]
};

/// The labels of [`LABEL_TABLE`], in its order.
pub(crate) static LABELS: [&str; LABEL_TABLE.len()] = {
    let mut t = [""; LABEL_TABLE.len()];
    let mut i = 0;
    while i < t.len() {
        t[i] = LABEL_TABLE[i].0;
        i += 1;
    }
    t
};

/// Connecting words allowed between a label and the number ("Your tracking number is …").
const CONNECTORS: &[&str] =
    &["is", "ist", "lautet", "est", "è", "es", "jest", "é", "är", "er", "was", "sind", "are"];

/// The connecting words with a letter outside ASCII as raw HTML writes them (`Il numero di
/// spedizione del tuo pacco &egrave; …`), lower case.
const CONNECTOR_REFERENCES: &[&str] =
    &["&egrave;", "&#232;", "&#xe8;", "&eacute;", "&#233;", "&#xe9;", "&auml;r", "&#228;r"];

/// The last bytes of [`CONNECTORS`] and [`CONNECTOR_REFERENCES`], in either case, and every
/// byte of a character outside ASCII (its case is folded by [`fold`], not here).
static CONNECTOR_ENDS: [bool; 256] = {
    let mut t = [false; 256];
    t[b';' as usize] = true;
    let mut b = 0x80;
    while b < 256 {
        t[b] = true;
        b += 1;
    }
    let mut i = 0;
    while i < CONNECTORS.len() {
        let w = CONNECTORS[i].as_bytes();
        let b = w[w.len() - 1];
        t[b as usize] = true;
        t[b.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    t
};

/// How far back a label may end, in bytes of glue and connecting word.
const GLUE: usize = 48;
/// How far back before its glue a label may start: longer than the longest label.
const WINDOW: usize = 96;
/// How far back the glue before a number is walked, the columns a converter pads with spaces
/// included (`Paketnummer:` and 190 spaces, a line break, the number, as text laid out in
/// columns prints a table).
const GLUE_HORIZON: usize = 512;

/// Whether an explicit tracking label ends right before `start` (see the module docs).
pub(crate) fn labelled(text: &[u8], start: usize) -> bool {
    match glue_before(text, start) {
        Some(g) => labelled_at(text, g),
        None => column_label(text, start),
    }
}

/// Where the glue before a position begins, and the window looked at before it: what the
/// label checks share ([`glue_before`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Glue {
    /// The start of the window.
    lo: usize,
    /// Where the glue begins.
    end: usize,
    /// The position the glue ends at.
    start: usize,
}

impl Glue {
    /// The position the glue ends at.
    pub(crate) fn start(self) -> usize {
        self.start
    }
}

/// Where a tracking label glued to the number after it ends, in the letters `text[from..to]`
/// that open an alphanumeric run before its first digit (`to`): text stripped of its tags
/// glues a table's label cell to the number's ("Tracking number394299814550",
/// "Sendungsnummer00340434…", "Tracking IDTBA956536562926"). The last such end, if any
/// ("Tracking NUMBER…" ends after "NUMBER", not after "NUM").
pub(crate) fn glued_label_end(text: &[u8], from: usize, to: usize) -> Option<usize> {
    (from + 1..=to).rev().find(|&p| {
        // (a number opens with a digit or a capital, after a letter of the label)
        text.get(p).is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            && text.get(p - 1).is_some_and(u8::is_ascii_alphabetic)
            && label_ending(text, p, false).is_some()
    })
}

/// Whether `text` (a table cell's text as shown) is one tracking label and nothing else but
/// white space and glue after it ("Tracking Number", "Sendungsnummer:", "Track #"): a
/// column's header, which labels the cells below it (the HTML view shows it before each of
/// them).
pub(crate) fn is_whole_label(text: &[u8]) -> bool {
    let t = text.trim_ascii();
    if t.is_empty() || t.len() > WINDOW {
        return false;
    }
    let end = skip_glue(t, t.len());
    let whole = |end: usize| {
        label_ending(t, end, true)
            .and_then(|i| LABELS.get(i))
            .is_some_and(|l| suffix_start(t, end, l) == Some(0))
    };
    if whole(end) {
        return true;
    }
    // a label that ends with `#` ("Track #"): the glue walk took the `#`
    let spaces = t[end..].iter().take_while(|&&b| b == b' ').count();
    t.get(end + spaces) == Some(&b'#') && whole(end + spaces + 1)
}

/// [`labelled`] with the glue walked.
pub(crate) fn labelled_at(text: &[u8], g: Glue) -> bool {
    label_at(text, g, false).is_some() || column_label(text, g.start)
}

/// Longest line looked at for a column's header ([`column_label`]).
const COLUMN_LINE: usize = 256;
/// Most lines looked up from a number to its column's header ([`column_label`]).
const COLUMN_ROWS: usize = 6;

/// Whether the number at `start` stands in a column of a table laid out in text (cells
/// apart by two spaces or more, or a tab, as text parts and converters print a shop's table)
/// whose header is a tracking label and nothing else, over the same columns in a line above
/// (at most [`COLUMN_ROWS`] lines up, rows of other cells between, no blank line; the
/// header's cell overlapping the number's, as converters may centre a header over its
/// column):
///
/// ```text
/// Paket      Sendungsnummer    Inhalt
/// 1 von 2    61208837462       Hochbeet
/// ```
///
/// The number's line has two cells or more; so has the header line, which holds no digit (a
/// label beside its value, as a table of label and value prints it, heads no column).
/// Columns count characters (a tab to the next multiple of 8). Lines longer than
/// [`COLUMN_LINE`] bytes are no table's.
#[inline]
pub(crate) fn column_label(text: &[u8], start: usize) -> bool {
    // (the common case, told before the line is looked for: no cell starts here)
    let before = |k: usize| start.checked_sub(k).and_then(|i| text.get(i)).copied();
    let (b1, b2) = (before(1), before(2));
    let opens_cell = matches!(b1, None | Some(b'\n' | b'\t' | b'|'))
        || b1 == Some(b' ') && matches!(b2, Some(b' ' | b'|'));
    opens_cell && column_label_at(text, start)
}

/// [`column_label`] past its first look.
#[inline(never)]
fn column_label_at(text: &[u8], start: usize) -> bool {
    // a cell's start: the line's, or after a tab or two spaces
    let cell_start = |line: usize, at: usize| {
        at == line
            || text.get(at - 1) == Some(&b'\t')
            || at >= line + 2 && text[at - 2..at] == *b"  "
    };
    let Some(line) = line_start(text, start) else { return false };
    // a row of cells: two or more on the number's line too
    let rest = &text[start..text.len().min(start + COLUMN_LINE)];
    let end = start + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    // (one look at each byte: a `|`, or a gap of two spaces or a tab between cells)
    let own = text[line..end].trim_ascii();
    let (mut bar, mut gap) = (false, false);
    for (i, &b) in own.iter().enumerate() {
        bar |= b == b'|';
        gap |= b == b'\t' || b == b' ' && own.get(i + 1) == Some(&b' ');
    }
    if bar {
        return bar_column_label(text, line, start);
    }
    if !cell_start(line, start) || !gap {
        return false;
    }
    // the number's cell, in columns: from its start to a tab, two spaces or the line's end
    let cell_end =
        (start..end).find(|&k| text[k] == b'\t' || text[k..end].starts_with(b"  ")).unwrap_or(end);
    let (col, col_end) = (columns(&text[line..start]), columns(&text[line..cell_end]));
    for (_, row) in rows_above(text, line) {
        let row = row.strip_suffix(b"\r").unwrap_or(row);
        if row.trim_ascii().is_empty() {
            return false;
        }
        // a header row: two cells or more, no digit (a label beside its value is no header)
        let trimmed = row.trim_ascii();
        let cells = trimmed.windows(2).any(|w| w == b"  ") || trimmed.contains(&b'\t');
        if !cells || row.iter().any(u8::is_ascii_digit) {
            continue;
        }
        // its cells, in columns; the one over the number's (overlapping it: a converter may
        // centre a header over its column, as HTML lays out `<th>`) a label and nothing else
        let (mut w, mut i) = (0, 0);
        while i < row.len() {
            if row[i] == b' ' || row[i] == b'\t' {
                w = advance(w, row[i]);
                i += 1;
                continue;
            }
            let from = (i, w);
            while i < row.len() && row[i] != b'\t' && !row[i..].starts_with(b"  ") {
                w = advance(w, row[i]);
                i += 1;
            }
            if from.1 < col_end && col < w && is_whole_label(&row[from.0..i]) {
                return true;
            }
        }
    }
    false
}

/// [`column_label`] for a table whose cells are apart by `|` (as converters print an HTML
/// table in Markdown's way: `Parcel | Tracking number | Contents`, a rule `---|---|---`, then
/// the rows): the number starts a cell (the line's first, or right after a `|` and spaces),
/// and a line above (at most [`COLUMN_ROWS`] lines up, rows and rules between, no blank line
/// and no line without a `|`), of two cells or more and no digit, has a label and nothing
/// else in the cell of the same index. `line` is where the number's line starts.
fn bar_column_label(text: &[u8], line: usize, start: usize) -> bool {
    // the cells of a row, a leading and a trailing `|` dropped (a Markdown table's border)
    fn cells(row: &[u8]) -> impl Iterator<Item = &[u8]> {
        let row = row.trim_ascii();
        let row = row.strip_prefix(b"|").unwrap_or(row);
        let row = row.strip_suffix(b"|").unwrap_or(row);
        row.split(|&b| b == b'|').map(<[u8]>::trim_ascii)
    }
    let head = text[line..start].trim_ascii_start();
    let head = head.strip_prefix(b"|").unwrap_or(head);
    // the number starts its cell: only spaces between it and the `|` before it
    if !head.rsplit(|&b| b == b'|').next().is_some_and(|c| c.trim_ascii().is_empty()) {
        return false;
    }
    let k = head.iter().filter(|&&b| b == b'|').count();
    for (_, row) in rows_above(text, line) {
        let row = row.trim_ascii();
        if !row.contains(&b'|') {
            return false;
        }
        // a rule under the header (`---|:---:|---`)
        if row.iter().all(|b| matches!(b, b'-' | b':' | b'|' | b'+' | b'=' | b' ' | b'\t')) {
            continue;
        }
        let header = !row.iter().any(u8::is_ascii_digit) && cells(row).count() >= 2;
        if header && cells(row).nth(k).is_some_and(is_whole_label) {
            return true;
        }
    }
    false
}

/// Where the line holding the bytes right before `end` starts, looked for at most
/// [`COLUMN_LINE`] bytes back: `None` for a longer line (no table's).
fn line_start(text: &[u8], end: usize) -> Option<usize> {
    let lo = end.saturating_sub(COLUMN_LINE + 1);
    match text.get(lo..end)?.iter().rposition(|&b| b == b'\n') {
        Some(p) => Some(lo + p + 1),
        None if lo == 0 => Some(0),
        None => None,
    }
}

/// The lines above the one starting at `line`, nearest first (where each starts, and its
/// bytes without the line break): at most [`COLUMN_ROWS`], up to the first line longer than
/// [`COLUMN_LINE`] bytes.
fn rows_above(text: &[u8], line: usize) -> impl Iterator<Item = (usize, &[u8])> {
    let mut below = line;
    (0..COLUMN_ROWS).map_while(move |_| {
        let end = below.checked_sub(1)?;
        let up = line_start(text, end)?;
        below = up;
        Some((up, &text[up..end]))
    })
}

/// The column (in characters; a tab to the next multiple of 8) after the bytes of `line`.
fn columns(line: &[u8]) -> usize {
    line.iter().fold(0, |w, &b| advance(w, b))
}

/// The column after byte `b` at column `w`: a continuation byte of UTF-8 takes none.
fn advance(w: usize, b: u8) -> usize {
    match b {
        b'\t' => (w / 8 + 1) * 8,
        0x80..=0xBF => w,
        _ => w + 1,
    }
}

/// A label (its index in [`LABELS`]; the longest one if `longest`, else any) that ends where
/// the glue `g` begins, or before one connecting word and glue again, or before a carrier's
/// name (bare or in parentheses) and glue again ("Paketnummer GLS 61018324775", "Tracking
/// number (GLS): 61018324775": the name says whose number it is).
fn label_at(text: &[u8], g: Glue, longest: bool) -> Option<usize> {
    let l = any_label_at(text, g, longest)?;
    // (a button's words, "Track your parcel", label only a number after a colon)
    let imperative = IS_IMPERATIVE.get(l).copied().unwrap_or(false);
    (!imperative || colon_in(&text[g.end..g.start])).then_some(l)
}

/// Labels that are also the words of a button or a link ("Track your parcel", "Sendung
/// verfolgen"): a label only with a colon between it and the number ("Track your parcel:
/// 60532187449"), not before whatever the next line holds (a footer's "NIP 6793108059").
const IMPERATIVE: &[&str] = &[
    "track your parcel",
    "track your package",
    "track your shipment",
    "track your delivery",
    "suivez votre colis",
    "suivre votre colis",
    "suivre mon colis",
    "verfolge dein paket",
    "verfolgen sie ihr paket",
    "sendung verfolgen",
    "paket verfolgen",
    "volg je pakket",
    "volg uw pakket",
    "volg je zending",
    "traccia il tuo pacco",
    "traccia la spedizione",
    "sigue tu envío",
    "rastrea tu envío",
    "śledź przesyłkę",
    "śledź paczkę",
    "rastreie sua encomenda",
    "rastreie seu pacote",
    "spåra ditt paket",
    "spåra försändelsen",
    "spor din pakke",
];

/// Whether each label of [`LABELS`] is one of [`IMPERATIVE`].
static IS_IMPERATIVE: [bool; LABELS.len()] = {
    const fn eq(a: &[u8], b: &[u8]) -> bool {
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let mut t = [false; LABELS.len()];
    let mut i = 0;
    while i < LABELS.len() {
        let mut k = 0;
        while k < IMPERATIVE.len() {
            t[i] |= eq(LABELS[i].as_bytes(), IMPERATIVE[k].as_bytes());
            k += 1;
        }
        i += 1;
    }
    t
};

/// [`label_at`], any label.
fn any_label_at(text: &[u8], g: Glue, longest: bool) -> Option<usize> {
    let Glue { lo, end, start } = g;
    let text = &text[lo..start];
    let i = end - lo;
    if let Some(l) = label_ending(text, i, longest) {
        return Some(l);
    }
    // a label that ends with `#` ("Track #", "PRO #"): the glue walk took the `#` (and the
    // spaces before it)
    let spaces = text[i..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    if text.get(i + spaces) == Some(&b'#') {
        if let Some(l) = label_ending(text, i + spaces + 1, longest) {
            return Some(l);
        }
    }
    // a carrier's name, then glue again (most positions are told by their last two bytes:
    // no name ends with them)
    if let Some((len, _)) = super::context::longest_name_ending_at(text, i, false) {
        let j = skip_glue(text, i - len);
        if j < i - len {
            if let Some(l) = label_ending(text, j, longest) {
                return Some(l);
            }
        }
    }
    // a carrier's name in parentheses, then glue again ("Tracking number (GLS): …")
    if i > 0 && text[i - 1] == b')' {
        if let Some((open, _)) = super::context::company_ending_at(text, i - 1) {
            if open > 0 && text[open - 1] == b'(' {
                let j = skip_glue(text, open - 1);
                if j < open - 1 {
                    if let Some(l) = label_ending(text, j, longest) {
                        return Some(l);
                    }
                }
            }
        }
    }
    // a few words between the label and a colon ("Sendungsnummer deiner Bestellung: …",
    // "Tracking number for your order: …"), the last of them a word of shipments or orders
    // (the common case, told first: "Total:", "Date:", "Name:" end no such phrase)
    if i > 0 && text[i - 1].is_ascii_alphabetic() && colon_in(&text[i..]) && {
        // (ASCII words only: the words of other scripts are told more slowly)
        let letters = text[..i].iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
        (i - letters).checked_sub(1).and_then(|k| text.get(k)).is_none_or(|&b| b < 0x80)
            && super::context::keyword(&text[i - letters..i]).is_some()
    } {
        if let Some(l) = phrase_label(text, i, longest) {
            return Some(l);
        }
    }
    // one connecting word, then glue again (the common case, told first: the text ends with
    // no connecting word's last byte)
    if !text.get(i.wrapping_sub(1)).is_some_and(|&b| CONNECTOR_ENDS[usize::from(b)]) {
        return None;
    }
    let mut word_end = i;
    let reference = |r: &&str| {
        let s = i.checked_sub(r.len())?;
        text[s..i].eq_ignore_ascii_case(r.as_bytes()).then_some(s)
    };
    let mut i = match CONNECTOR_REFERENCES.iter().find_map(reference) {
        Some(w) => w,
        None => word_start(text, i).filter(|&w| i - w <= 8)?,
    };
    // (an article after it: "… est le 6A12345678901")
    if one_of(&text[i..word_end], ARTICLES) {
        let e = spaces_before(text, i)?;
        (i, word_end) = (word_start(text, e).filter(|&w| e - w <= 8)?, e);
    }
    let word = &text[i..word_end];
    if !one_of(word, CONNECTORS) && !one_of(word, CONNECTOR_REFERENCES) {
        return None;
    }
    let j = skip_glue(text, i);
    if j == i {
        return None;
    }
    label_ending(text, j, longest).or_else(|| phrase_label(text, j, longest))
}

/// Articles allowed between a connecting word and the number ("Votre numéro de suivi est le
/// 6A12345678901", as French writes a number after "est").
const ARTICLES: &[&str] = &["le"];

/// Most words between a label and its connecting word ([`phrase_label`]).
const PHRASE_WORDS: usize = 5;
/// Most bytes between a label and its connecting word ([`phrase_label`]).
const PHRASE: usize = 48;

/// The words a phrase between a label and its connecting word or colon opens with
/// ([`phrase_label`]): the prepositions and possessives that tie it to the label ("for your
/// shipment", "de votre colis", "Ihres Pakets", "del tuo pacco", "da sua encomenda", "van
/// je pakket", "Twojej paczki"), lower case.
const OPENERS: &[&str] = &[
    // English, French, German, Dutch, Italian, Spanish, Portuguese, Polish, Nordic
    "for", "of", "on", "de", "du", "des", "pour", "für", "zu", "zur", "zum", "von", "der", "ihr",
    "ihre", "ihres", "ihrer", "ihrem", "ihren", "dein", "deine", "deines", "deiner", "deinem",
    "deinen", "van", "voor", "di", "del", "della", "dello", "dei", "per", "para", "da", "do",
    "das", "dos", "dla", "twojej", "twojego", "för", "til", "af", "på",
];

/// The reader's possessives that German and Polish capitalise ("Die Sendungsnummer Ihres
/// Pakets lautet …", "Numer przesyłki Twojej paczki …"), lower case.
const POLITE: &[&str] = &[
    "ihr", "ihre", "ihres", "ihrer", "ihrem", "ihren", "dein", "deine", "deines", "deiner",
    "deinem", "deinen", "twoja", "twojej", "twojego", "twoje",
];

/// Words that name a number of their own: a phrase holding one ("Tracking number and phone
/// number is …") is about that number, not the label's.
const PHRASE_NUMBERS: &[&str] = &[
    "number",
    "no",
    "nr",
    "nummer",
    "numéro",
    "numero",
    "número",
    "numer",
    "id",
    "code",
    "phone",
    "telephone",
    "telefon",
    "téléphone",
    "telefono",
    "teléfono",
];

/// A label that ends the text at `end` after a few words of one sentence (at most
/// [`PHRASE_WORDS`] words and [`PHRASE`] bytes, spaces and single line breaks between): the
/// words that say whose number it is between a label and its connecting word ("The tracking
/// number for your GLS shipment is …", "Le numéro de suivi de votre colis est …", "Die
/// Sendungsnummer Ihres Pakets lautet …", "O código de rastreio da sua encomenda é …") or
/// its colon ("Sendungsnummer deiner Bestellung: …").
/// No word may name another number ([`PHRASE_NUMBERS`]); any other character (a digit, a
/// comma, a full stop) ends the look.
fn phrase_label(text: &[u8], end: usize, longest: bool) -> Option<usize> {
    let stop = end.saturating_sub(PHRASE);
    let mut j = end;
    for _ in 0..PHRASE_WORDS {
        let w = word_start(text, j).filter(|&w| w >= stop && w < j)?;
        let first_end = j;
        let word = &text[w..j];
        if one_of(word, PHRASE_NUMBERS) {
            return None;
        }
        j = spaces_before(text, w).filter(|&k| k >= stop)?;
        // (the phrase opens with a word that ties it to the label, "for", "de", "Ihres";
        // the words continue the label's sentence: the first of them is no capitalised
        // word, as the next line's "Order" is after a button's "Track your parcel", but for
        // the possessives that German and Polish capitalise when they address the reader)
        if !one_of(word, OPENERS) {
            continue;
        }
        if let Some(l) = label_ending(text, j, longest) {
            let (c, _) = char_or_reference_after(text, w);
            let capital = char::from_u32(c).is_some_and(char::is_uppercase)
                && !one_of(&text[w..first_end], POLITE);
            return (!capital && super::context::same_sentence(text, j, end)).then_some(l);
        }
    }
    None
}

/// The character starting at `at` (a character reference read as the letter it stands for)
/// and its width; U+FFFD of width 1 for a stray byte, 0 of width 0 at the end.
fn char_or_reference_after(text: &[u8], at: usize) -> (u32, usize) {
    let Some(&b) = text.get(at) else {
        return (0, 0);
    };
    if b == b'&' {
        if let Some((c, n)) = super::html::decode_reference(&text[at..]) {
            return (u32::from(c), n);
        }
    }
    let rest = &text[at..text.len().min(at + 4)];
    let valid = match core::str::from_utf8(rest) {
        Ok(s) => s,
        Err(e) => core::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
    };
    match valid.chars().next() {
        Some(c) => (u32::from(c), c.len_utf8()),
        None => (0xFFFD, 1),
    }
}

/// Whether `word` reads as one of `words` ([`eq_folded`]; lower case, each at most as long
/// in bytes as its capitals: `word` is compared only with the words of its length).
fn one_of(word: &[u8], words: &[&str]) -> bool {
    words.iter().any(|w| w.len() == word.len() && eq_folded(word, w.as_bytes()))
}

/// Whether glue holds a colon (ASCII or full-width).
fn colon_in(glue: &[u8]) -> bool {
    glue.contains(&b':') || glue.windows(3).any(|w| w == "：".as_bytes())
}

/// Where the word (letters of any script; an apostrophe or `&` inside: "d'envoi",
/// "Track&Trace") ending at `end` starts; `None` when no letter ends there.
fn word_start(text: &[u8], end: usize) -> Option<usize> {
    let mut i = end;
    while i > 0 {
        let b = text[i - 1];
        if b.is_ascii_alphabetic() || (b == b'\'' || b == b'&') && i < end {
            i -= 1;
            continue;
        }
        let (c, w) = char_before(text, i);
        let letter = c >= 0x80 && c != 0xFFFD && char::from_u32(c).is_some_and(char::is_alphabetic);
        if !(letter || c == 0x2019 && i < end) {
            break;
        }
        i -= w;
    }
    Some(i).filter(|&i| i < end)
}

/// Where the spaces ending at `end` start (spaces, tabs, no-break spaces and at most one line
/// break, as a wrapped line has); `None` if none end there.
fn spaces_before(text: &[u8], end: usize) -> Option<usize> {
    let mut i = end;
    let mut breaks = 0;
    while i > 0 {
        let (c, w) = char_before(text, i);
        match c {
            0x20 | 0x09 | 0x0D | 0xA0 => {}
            0x0A if breaks == 0 => breaks += 1,
            _ => break,
        }
        i -= w;
    }
    (i < end).then_some(i)
}

/// Labels only one carrier prints, too common elsewhere to count on their own: they count
/// when that carrier is named nearby.
///
/// Source: Purolator's shipping notifications and tracking page, which call the tracking
/// number a "PIN" (Purolator Identification Number).
/// Lower case, ASCII.
static CARRIER_LABELS: &[(&str, crate::Carrier)] = &[("pin", crate::Carrier::Purolator)];

/// The carrier whose own label (see [`CARRIER_LABELS`]) is directly before `start`, if any.
pub(crate) fn carrier_label(text: &[u8], start: usize) -> Option<crate::Carrier> {
    carrier_label_at(text, glue_before(text, start)?)
}

/// [`carrier_label`] with the glue walked.
pub(crate) fn carrier_label_at(text: &[u8], g: Glue) -> Option<crate::Carrier> {
    let Glue { lo, end, start } = g;
    let (text, end) = (&text[lo..start], end - lo);
    // the common case: the text before ends with no label's last letter (all ASCII)
    let last = text.get(end.wrapping_sub(1))?.to_ascii_lowercase();
    CARRIER_LABELS.iter().filter(|(label, _)| label.as_bytes().last() == Some(&last)).find_map(
        |&(label, carrier)| {
            let s = suffix_start(text, end, label)?;
            boundary(text, s, label).then_some(carrier)
        },
    )
}

/// The carriers a number after the label before `start` (see [`labelled`]) is read as first,
/// in this order, when no carrier is named: the label's language says whose the number is
/// (see [`Language`]). Empty for a label in English or Chinese, and for one that several
/// languages write alike. With them, whether the language decides even against a stronger
/// reading of another carrier ([`Language::decides`]).
pub(crate) fn carriers_by_language(text: &[u8], start: usize) -> (&'static [Carrier], bool) {
    let Some(i) = glue_before(text, start).and_then(|g| label_at(text, g, true)) else {
        return (&[], false);
    };
    let Some(&(label, language)) = LABEL_TABLE.get(i) else {
        return (&[], false);
    };
    if LABELS.iter().filter(|&&l| l == label).count() > 1 {
        return (&[], false);
    }
    (language.carriers(), language.decides())
}

/// The parcel carriers of Japan by their share of parcels. Source: Ministry of Land,
/// Infrastructure, Transport and Tourism, 宅配便等取扱実績 (fiscal 2018, parcels by truck:
/// Yamato's 宅急便 42.3 %, Sagawa's 飛脚宅配便 29.3 %, Japan Post's ゆうパック 22.1 %).
const JAPANESE_CARRIERS: [Carrier; 3] = [Carrier::Yamato, Carrier::Sagawa, Carrier::JapanPost];

/// The carrier whose name stands directly before `start`, with glue between that sets a
/// value apart from its name (a colon, a number sign, a tab, two spaces, a line break, a bar
/// or a tag:
/// "GLS: 60532187449", the carrier's cell before the number's in a table): such a name
/// labels the number as that carrier's. Spaces alone do not ("Australia Post ABN 28 864…").
/// Nothing at all does, as text stripped of its tags runs a table's cells together
/// ("2 of 2GLS71049862335": the row's number, the carrier, the tracking number).
pub(crate) fn name_label(text: &[u8], start: usize) -> Option<crate::Carrier> {
    name_label_at(text, glue_before(text, start)?)
}

/// [`name_label`] with the glue walked.
pub(crate) fn name_label_at(text: &[u8], g: Glue) -> Option<crate::Carrier> {
    let Glue { end, start, .. } = g;
    let glue = &text[end..start];
    // (two spaces or more align columns in plain-text tables, as a tab does)
    let sets_apart = glue.iter().any(|b| b":#\t\n|>".contains(b))
        || glue.windows(2).any(|w| w == b"  ")
        || glue.windows(3).any(|w| w == "：".as_bytes() || w == "＃".as_bytes());
    if glue.is_empty() {
        // (a name glued to the number may follow the row's number, `2GLS…`)
        return super::context::name_ending_at(text, end, true);
    }
    if !sets_apart {
        return None;
    }
    super::context::company_ending_at(text, end).map(|(_, c)| c)
}

/// The carrier whose name stands right before `start` with only a space or two, a dash or a
/// middle dot between ("GLS 60532187449", "Sagawa Express 360284971506", "DPD - 0150…",
/// "GLS · 6053…"): not a
/// label ([`name_label`] asks for glue that sets a value apart), but it says whose number
/// follows, as a name right after one does ([`context::name_beside_after`]). With where the
/// name starts.
///
/// [`context::name_beside_after`]: super::context::name_beside_after
pub(crate) fn name_beside(text: &[u8], start: usize) -> Option<(usize, crate::Carrier)> {
    name_beside_at(text, glue_before(text, start)?)
}

/// [`name_beside`] with the glue walked.
pub(crate) fn name_beside_at(text: &[u8], g: Glue) -> Option<(usize, crate::Carrier)> {
    let Glue { end, start, .. } = g;
    let glue = text.get(end..start)?;
    if glue.is_empty() || glue.len() > BESIDE_GLUE || !beside_glue(glue) {
        return None;
    }
    super::context::company_ending_at(text, end)
}

/// Most bytes between a carrier's name and the number for [`name_beside`] (`&nbsp;&ndash;
/// &nbsp;` is 19).
const BESIDE_GLUE: usize = 24;

/// Whether `glue` is at most three characters, each a space, a no-break space, a hyphen, an
/// en or em dash or a middle dot (written as themselves or, in raw HTML read as text, as
/// references: `&nbsp;` and the others of [`token::MARKUP`] that are spaces, and those of
/// [`GLUE_REFERENCES`] that may stand beside a name).
///
/// [`token::MARKUP`]: super::token::MARKUP
fn beside_glue(glue: &[u8]) -> bool {
    let mut rest = glue;
    let mut count = 0;
    while let Some(&b) = rest.first() {
        count += 1;
        if count > 3 {
            return false;
        }
        let width = match b {
            b' ' | b'-' => 1,
            b'&' => {
                let end = rest.iter().position(|&b| b == b';').map_or(0, |i| i + 1);
                let r = &rest[..end];
                let space = super::token::markup(r).is_some_and(|(sep, _)| sep == Sep::Space);
                if !(space || glue_reference(r) == Some(true)) {
                    return false;
                }
                end
            }
            _ => {
                let c = rest.utf8_chunks().next().and_then(|c| c.valid().chars().next());
                match c {
                    Some(c @ ('\u{a0}' | '\u{b7}' | '\u{2013}' | '\u{2014}')) => c.len_utf8(),
                    _ => return false,
                }
            }
        };
        rest = &rest[width..];
    }
    count > 0
}

/// The glue before `start` (see [`skip_glue`]), walked once for the label checks;
/// `None` when a digit stands before it, as is common in number-heavy text: no label,
/// carrier name or connecting word ends with one.
pub(crate) fn glue_before(text: &[u8], start: usize) -> Option<Glue> {
    let start = start.min(text.len());
    if digit_before(text, start) {
        return None;
    }
    // (a carrier's cell glued between the label's and the number's: `Tracking
    // numberGLS61018324775`)
    let from = start - glued_name_before(text, start);
    let far = from.saturating_sub(GLUE_HORIZON);
    let end = far + skip_glue(&text[far..from], from - far);
    let lo = end.saturating_sub(WINDOW);
    let digit = end.checked_sub(1).and_then(|i| text.get(i)).is_some_and(u8::is_ascii_digit);
    (!digit).then_some(Glue { lo, end, start })
}

/// If a carrier's name in capitals is glued right before `start` and right after a
/// lower-case letter (text stripped of its tags runs a table's cells together: the label's,
/// the carrier's and the number's, `Tracking numberGLS61018324775`), its length: such a name
/// is glue between a label and its number. Otherwise 0.
fn glued_name_before(text: &[u8], start: usize) -> usize {
    // (the longest name in capitals a cell holds)
    const LONGEST: usize = 12;
    let before = &text[..start];
    let caps = before.iter().rev().take(LONGEST + 1).take_while(|b| b.is_ascii_uppercase()).count();
    let glued = caps <= LONGEST
        && start
            .checked_sub(caps + 1)
            .and_then(|i| text.get(i))
            .is_some_and(u8::is_ascii_lowercase);
    if glued && super::context::is_name_in_capitals(&before[start - caps..]) {
        caps
    } else {
        0
    }
}

/// Whether a digit stands right before `start`, or before one byte of ASCII glue there: the
/// common case in number-heavy text, where [`glue_before`] is `None`, told without the walk.
pub(crate) fn digit_before(text: &[u8], start: usize) -> bool {
    let at = |i: usize| start.checked_sub(i).and_then(|i| text.get(i)).copied().unwrap_or(0);
    at(1).is_ascii_digit()
        || matches!(
            at(1),
            b' ' | b'\t' | b'\r' | b'\n' | b':' | b'#' | b'.' | b'-' | b'|' | b'*' | b'='
        ) && at(2).is_ascii_digit()
}

/// Walks back from `end` over glue (at most [`GLUE`] bytes besides the spaces and tabs that
/// pad a column after the first, [`MAX_BREAKS`] line breaks).
fn skip_glue(text: &[u8], end: usize) -> usize {
    let mut stop = end.saturating_sub(GLUE);
    let mut i = end;
    let mut breaks = 0;
    let mut tags = 0;
    while i > stop {
        let b = text[i - 1];
        match b {
            b'\n' => {
                breaks += 1;
                if breaks > MAX_BREAKS {
                    break;
                }
                i -= 1;
            }
            // (a run of spaces or tabs pads a column: only its first counts)
            b' ' | b'\t' if i >= 2 && matches!(text[i - 2], b' ' | b'\t') => {
                stop = stop.saturating_sub(1);
                i -= 1;
            }
            b' ' | b'\t' | b'\r' | b':' | b'#' | b'.' | b'-' | b'|' | b'*' | b'=' => i -= 1,
            // quotes, brackets and backticks opening the number (`"60532187449"`, a Markdown
            // link's text `[60532187449](…)`, `` `…` ``)
            b'"' | b'\'' | b'`' | b'[' | b'(' => i -= 1,
            // raw HTML read as text: markup between a label and its number (`</td><td>`,
            // `<br><span style="...">`) and the separators written as references
            // (`&nbsp;`, `&#8203;`: `token::MARKUP`) are glue too
            b'>' => match super::token::tag_before(text, i).filter(|_| tags < MAX_TAGS) {
                Some(start) => {
                    tags += 1;
                    stop = stop.saturating_sub(i - start);
                    i = start;
                }
                // the quote marks of a quoted reply (`> Tracking number:\n> 1Z…`); an
                // arrow typed in ASCII (`Tracking number -> 1Z…`, `=>`)
                None => match quote_start(text, i) {
                    Some(start) => i = start,
                    None if i >= 2 && matches!(text[i - 2], b'-' | b'=') => i -= 1,
                    None => break,
                },
            },
            b';' => match super::token::markup_ending_at(text, i)
                .map(|(_, width)| width)
                .or_else(|| glue_reference_ending_at(text, i))
            {
                Some(width) => {
                    stop = stop.saturating_sub(width);
                    i -= width;
                }
                None => break,
            },
            0x80.. => {
                let (c, w) = char_before(text, i);
                if !is_glue_char(c) {
                    break;
                }
                i -= w;
            }
            _ => break,
        }
    }
    i
}

/// If `text[..end]` ends with the quote marks of a quoted reply (`>`, `> >`, `>>` after a
/// line break or at the start of the text), where they start.
fn quote_start(text: &[u8], end: usize) -> Option<usize> {
    let mut j = end;
    while j > 0 && end - j < MAX_QUOTE && matches!(text[j - 1], b'>' | b' ') {
        j -= 1;
    }
    (j == 0 || text[j - 1] == b'\n').then_some(j)
}

/// Longest run of quote marks and spaces read as glue.
const MAX_QUOTE: usize = 16;

/// Most line breaks in the glue: a label on its own line, or in the table cell or row before,
/// with the blank lines a tag-stripping converter leaves (`</td>`, `<td>`, `<a …>`, each a line
/// break, between `Tracking number` and its number).
const MAX_BREAKS: usize = 6;

/// Most tags skipped as glue.
const MAX_TAGS: usize = 6;

/// The character references of glue characters ([`is_glue_char`]) that mail templates write
/// between a label or a carrier's name and a number (`UPS &middot; 1Z…`, `Tracking number
/// &rarr; …`), lower case, each with whether it may stand between a carrier's name and a
/// number ([`name_beside`]: a middle dot or a dash, not an arrow); each stands for one
/// character. Source: the HTML Living Standard's named character references.
const GLUE_REFERENCES: &[(&[u8], bool)] = &[
    (b"&middot;", true),
    (b"&#183;", true),
    (b"&#xb7;", true),
    (b"&ndash;", true),
    (b"&#8211;", true),
    (b"&#x2013;", true),
    (b"&mdash;", true),
    (b"&#8212;", true),
    (b"&#x2014;", true),
    (b"&rarr;", false),
    (b"&#8594;", false),
    (b"&#x2192;", false),
];

/// Longest entry of [`GLUE_REFERENCES`].
const MAX_GLUE_REFERENCE: usize = 8;

/// If `r` is a reference of [`GLUE_REFERENCES`] (any case), whether it may stand beside a
/// carrier's name.
fn glue_reference(r: &[u8]) -> Option<bool> {
    GLUE_REFERENCES.iter().find(|(g, _)| r.eq_ignore_ascii_case(g)).map(|&(_, beside)| beside)
}

/// If a reference of [`GLUE_REFERENCES`] ends right before `end`, its width.
fn glue_reference_ending_at(text: &[u8], end: usize) -> Option<usize> {
    let head = text.get(end.saturating_sub(MAX_GLUE_REFERENCE)..end)?;
    let amp = head.iter().rposition(|&b| b == b'&')?;
    glue_reference(&head[amp..]).map(|_| head.len() - amp)
}

/// Non-ASCII characters that may stand between a label and its number.
fn is_glue_char(c: u32) -> bool {
    matches!(
        c,
        0xA0 // no-break space
        | 0xB7 // middle dot
        | 0x2007 | 0x2009 | 0x200A | 0x202F // narrow and thin spaces
        | 0x2010
            ..=0x2015 // hyphens and dashes
        | 0x2192 | 0x21D2 // → ⇒
        | 0xBB | 0x203A // » ›
        | 0x3000 // ideographic space
        | 0x3011 | 0x300D | 0x300F // 】 」 』
        | 0x3010 | 0x300C | 0x300E // 【 「 『
        | 0xAB | 0x2039 | 0x201C | 0x201E | 0x2018 // « ‹ “ „ ‘
        | 0xFF1A | 0xFF03 | 0xFF1D // ： ＃ ＝
        | 0xFF0D | 0xFF0E | 0xFF5C | 0xFF0A // － ． ｜ ＊ (the full-width forms of ASCII glue)
        | 0x306F | 0x4E3A | 0x662F | 0x70BA // は 为 是 為
    )
}

/// [`char_before`], a character reference ending at `end` read as the character it stands
/// for (raw HTML read as text writes labels' letters outside ASCII so: `N&uacute;mero de
/// seguimiento`, `Numer przesy&#322;ki`, `&#36861;&#36321;&#30058;&#21495;`), with the
/// reference's width.
fn char_or_reference_before(text: &[u8], end: usize) -> (u32, usize) {
    if text[end - 1] == b';' {
        // (the longest reference a label's letter is written as: `&#x000000;`)
        let from = end.saturating_sub(12);
        if let Some(amp) = text[from..end].iter().rposition(|&b| b == b'&').map(|p| from + p) {
            match super::html::decode_reference(&text[amp..end]) {
                Some((c, n)) if amp + n == end => return (u32::from(c), n),
                _ => {}
            }
        }
    }
    char_before(text, end)
}

/// The character ending at `end` (decoded from UTF-8) and its width; a stray byte reads as
/// U+FFFD of width 1.
fn char_before(text: &[u8], end: usize) -> (u32, usize) {
    let b = text[end - 1];
    if b < 0x80 {
        return (u32::from(b), 1);
    }
    let mut s = end - 1;
    while s > 0 && end - s < 4 && text[s] & 0xC0 == 0x80 {
        s -= 1;
    }
    // (decoded here rather than by `str::from_utf8`, which labels in other scripts called
    // for every character compared; the same answers, `char_before_is_str_decoding`)
    let n = end - s;
    let (want, mut c) = match text[s] {
        0xC2..=0xDF => (2, u32::from(text[s] & 0x1F)),
        0xE0..=0xEF => (3, u32::from(text[s] & 0x0F)),
        0xF0..=0xF4 => (4, u32::from(text[s] & 0x07)),
        _ => return (0xFFFD, 1),
    };
    if n != want {
        return (0xFFFD, 1);
    }
    for &t in &text[s + 1..end] {
        if t & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        c = (c << 6) | u32::from(t & 0x3F);
    }
    // overlong forms, surrogates and values past U+10FFFF are no characters
    let valid = match n {
        3 => c >= 0x800 && !(0xD800..=0xDFFF).contains(&c),
        4 => (0x1_0000..=0x10_FFFF).contains(&c),
        _ => true,
    };
    if valid {
        (c, n)
    } else {
        (0xFFFD, 1)
    }
}

/// A filter over the last three characters of labels that end in three ASCII characters
/// (a space standing for any run of spaces): bit [`bucket`] of each label's [`ENDING`] key.
/// A text whose last three characters, folded, are ASCII and whose key has no bit ends with
/// no label, decided without comparing strings.
static ENDINGS: [u64; 64] = {
    let mut t = [0u64; 64];
    let mut i = 0;
    while i < LABELS.len() {
        if ENDING[i] & NOT_ASCII == 0 {
            let b = bucket(ENDING[i]);
            t[b / 64] |= 1 << (b % 64);
        }
        i += 1;
    }
    t
};

/// Each label's key: its last three bytes, 7 bits each (a hyphen counted as a space), when
/// they are ASCII; else
/// [`NOT_ASCII`] and its last character (such a label is compared only with texts whose last
/// three characters are not all ASCII and that end with the same character).
static ENDING: [u32; LABELS.len()] = {
    let mut t = [0; LABELS.len()];
    let mut i = 0;
    while i < LABELS.len() {
        let l = LABELS[i].as_bytes();
        let n = l.len();
        // a shorter ASCII label would never be compared with an ASCII text
        assert!(n >= 3 || l[0] >= 0x80);
        t[i] = if n >= 3 && l[n - 1] < 0x80 && l[n - 2] < 0x80 && l[n - 3] < 0x80 {
            key3(spaced(l[n - 3]), spaced(l[n - 2]), spaced(l[n - 1]))
        } else {
            NOT_ASCII | last_char(l)
        };
        i += 1;
    }
    t
};

/// The key flag of an ending with a character outside ASCII among its last three (or of a
/// text too short for three); the rest of such a key is the last character, folded.
const NOT_ASCII: u32 = 1 << 31;

/// The last character of a non-empty UTF-8 label.
const fn last_char(l: &[u8]) -> u32 {
    let mut s = l.len() - 1;
    while s > 0 && l[s] & 0xC0 == 0x80 {
        s -= 1;
    }
    let lead = l[s] as u32;
    let mut c = match l.len() - s {
        1 => lead,
        2 => lead & 0x1F,
        3 => lead & 0x0F,
        _ => lead & 0x07,
    };
    let mut k = s + 1;
    while k < l.len() {
        c = (c << 6) | (l[k] as u32 & 0x3F);
        k += 1;
    }
    c
}

/// A label byte as its [`ENDING`] key counts it: a hyphen as the space it may stand for.
const fn spaced(b: u8) -> u32 {
    if b == b'-' {
        b' ' as u32
    } else {
        b as u32
    }
}

const fn key3(a: u32, b: u32, c: u32) -> u32 {
    (a << 14) | (b << 7) | c
}

/// Bit of [`ENDINGS`] for a key.
const fn bucket(k: u32) -> usize {
    (k.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// The [`ENDING`] key of the text's last three characters at `end`, folded: `None` when no
/// label can end there.
fn ending_key(text: &[u8], end: usize) -> Option<u32> {
    // the common case: three ASCII bytes
    if let Some(&[a, b, c]) = end.checked_sub(3).and_then(|s| text.get(s..end)) {
        if (a | b | c) < 0x80 && a != b';' && b != b';' && c != b';' {
            let key = |x: u8| {
                u32::from(if matches!(x, b'\t' | b'-') { b' ' } else { x.to_ascii_lowercase() })
            };
            let k = key3(key(a), key(b), key(c));
            let b = bucket(k);
            return (ENDINGS[b / 64] & (1 << (b % 64)) != 0).then_some(k);
        }
    }
    ending_key_by_chars(text, end)
}

/// [`ending_key`] character by character (any text).
fn ending_key_by_chars(text: &[u8], end: usize) -> Option<u32> {
    let key = |c: u32| if matches!(c, 0x09 | 0xA0 | 0x2D) { 0x20 } else { fold(c) };
    let mut k = 0;
    let mut at = end;
    let mut last = None;
    for _ in 0..3 {
        if at == 0 {
            return last.map(|l| NOT_ASCII | l);
        }
        let (c, w) = char_or_reference_before(text, at);
        let c = key(c);
        let last = *last.get_or_insert(c);
        if c >= 0x80 {
            return Some(NOT_ASCII | last);
        }
        k = (k >> 7) | (c << 14);
        at -= w;
    }
    let b = bucket(k);
    (ENDINGS[b / 64] & (1 << (b % 64)) != 0).then_some(k)
}

/// Whether some label may end the text at `end`, from its last three characters (false only
/// when none can).
#[cfg(test)]
fn may_end_with_label(text: &[u8], end: usize) -> bool {
    ending_key(text, end).is_some()
}

/// Lower case for ASCII, Latin-1 and Latin Extended-A letters; `°` and `º` as `o`.
fn fold(c: u32) -> u32 {
    match c {
        0x41..=0x5A => c + 0x20,
        0xB0 | 0xBA => u32::from(b'o'),
        0xC0..=0xDE if c != 0xD7 => c + 0x20,
        // Turkish dotted capital and dotless small i: both read as `i`
        0x130 | 0x131 => u32::from(b'i'),
        // Cyrillic capitals: `Ѐ`–`Џ`, `А`–`Я`, and the pairs from `Ґ` on
        0x400..=0x40F => c + 0x50,
        0x410..=0x42F => c + 0x20,
        0x490..=0x4BF => c | 1,
        // Latin Extended-A: pairs with the capital first, except the two runs below
        0x100..=0x137 | 0x14A..=0x177 => c | 1,
        0x139..=0x148 | 0x179..=0x17E => c + (c & 1),
        _ => c,
    }
}

/// The labels by their [`ENDING`] key: `(key, index into LABELS)`, sorted by key, so the
/// labels a text may end with are one run.
static BY_ENDING: [(u32, u16); LABELS.len()] = {
    let mut t = [(0u32, 0u16); LABELS.len()];
    let mut i = 0;
    while i < LABELS.len() {
        // insertion sort, at compile time
        let item = (ENDING[i], i as u16);
        let mut j = i;
        while j > 0 && t[j - 1].0 > item.0 {
            t[j] = t[j - 1];
            j -= 1;
        }
        t[j] = item;
        i += 1;
    }
    t
};

const _: () = assert!(LABELS.len() <= u16::MAX as usize);

/// Each label's three characters before its last three, as an [`ENDING`]-style key (a
/// hyphen counted as a space), when its last six bytes are ASCII; else 0 (no filter): with the
/// same key of a text ([`before_ending_key`]), a label of the run [`BY_ENDING`] gives is
/// compared only where its six last characters may stand ("parcel no" and "awb no" share
/// " no", not "cel" and "awb" before it).
static BEFORE_ENDING: [u32; LABELS.len()] = {
    let mut t = [0; LABELS.len()];
    let mut i = 0;
    while i < LABELS.len() {
        let l = LABELS[i].as_bytes();
        let n = l.len();
        if n >= 6 {
            let mut ascii = true;
            let mut k = n - 6;
            while k < n {
                ascii &= l[k] < 0x80;
                k += 1;
            }
            if ascii {
                t[i] = key3(spaced(l[n - 6]), spaced(l[n - 5]), spaced(l[n - 4]));
            }
        }
        i += 1;
    }
    t
};

/// The text's three characters before its last three at `end`, folded as a label's
/// [`BEFORE_ENDING`] key counts them (a run of spaces and tabs one space, as a label's space
/// matches it; a hyphen a space); `None` (no filter) where a character outside ASCII, a `;`
/// that may end a character reference, or the text's start is among the six.
fn before_ending_key(text: &[u8], end: usize) -> Option<u32> {
    let mut chars = [0u32; 6];
    let mut at = end;
    for c in chars.iter_mut() {
        let b = *text.get(at.checked_sub(1)?)?;
        if b >= 0x80 || b == b';' {
            return None;
        }
        at -= 1;
        *c = match b {
            b' ' | b'\t' => {
                while at > 0 && matches!(text[at - 1], b' ' | b'\t') {
                    at -= 1;
                }
                u32::from(b' ')
            }
            b'-' => u32::from(b' '),
            _ => u32::from(b.to_ascii_lowercase()),
        };
    }
    Some(key3(chars[5], chars[4], chars[3]))
}

/// A label (its index in [`LABELS`]; the longest one if `longest`, else the first found) that
/// ends the text at `end` and starts at a word boundary.
fn label_ending(text: &[u8], end: usize, longest: bool) -> Option<usize> {
    let key = ending_key(text, end)?;
    // a label whose last three characters are ASCII only ends a text whose last three fold
    // to ASCII (their key); the others only a text that ends with their last character
    let first = BY_ENDING.partition_point(|&(k, _)| k < key);
    let mut found: Option<(usize, usize)> = None;
    let before = if key & NOT_ASCII == 0 { before_ending_key(text, end) } else { None };
    for &(_, i) in BY_ENDING[first..].iter().take_while(|&&(k, _)| k == key) {
        let i = usize::from(i);
        let want = BEFORE_ENDING.get(i).copied().unwrap_or(0);
        if want != 0 && before.is_some_and(|b| b != want) {
            continue;
        }
        let Some(l) = LABELS.get(i) else { continue };
        if let Some(s) = suffix_start(text, end, l).filter(|&s| boundary(text, s, l)) {
            if !longest {
                return Some(i);
            }
            if found.is_none_or(|(at, _)| s < at) {
                found = Some((s, i));
            }
        }
    }
    found.map(|(_, i)| i)
}

/// Whether `label` may start at `s`: anything before a label ending in "nummer" (compounds:
/// "DHL-Sendungsnummer", "Paketsendungsnummer") or written in CJK (no spaces between
/// words); otherwise no letter before it.
fn boundary(text: &[u8], s: usize, label: &str) -> bool {
    let cjk = label.chars().next().is_some_and(|c| c >= '\u{3000}');
    if s == 0 || label.ends_with("nummer") || cjk {
        return true;
    }
    let (c, _) = char_before(text, s);
    !(char::from_u32(c).is_some_and(char::is_alphanumeric))
}

/// If `label` (folded) ends the text at `end`, where it starts there.
fn suffix_start(text: &[u8], end: usize, label: &str) -> Option<usize> {
    let l = label.as_bytes();
    let mut i = end;
    let mut j = l.len();
    while j > 0 {
        if i == 0 {
            return None;
        }
        // the common case: an ASCII byte of the label against an ASCII byte of the text
        let (want, t) = (l[j - 1], text[i - 1]);
        if want != b' ' && want < 0x80 && t < 0x80 && t != b';' {
            if t.to_ascii_lowercase() != want {
                return None;
            }
            i -= 1;
            j -= 1;
            continue;
        }
        let (want, lw) = char_before(l, j);
        j -= lw;
        if want == u32::from(b' ') {
            // one hyphen ("Tracking-ID", "Track-and-Trace"), or one or more spaces, tabs or
            // no-break spaces
            if text[i - 1] == b'-' {
                i -= 1;
                continue;
            }
            let mut n = 0;
            while i > 0 {
                if matches!(text[i - 1], b' ' | b'\t') {
                    i -= 1;
                    n += 1;
                    continue;
                }
                let (c, w) = char_or_reference_before(text, i);
                if !matches!(c, 0x20 | 0x09 | 0xA0) {
                    break;
                }
                i -= w;
                n += 1;
            }
            if n == 0 {
                return None;
            }
            continue;
        }
        let (c, w) = char_or_reference_before(text, i);
        if fold(c) != want {
            return None;
        }
        i -= w;
    }
    Some(i)
}

/// Whether `word` reads as `want` (folded, `want` lower case).
fn eq_folded(word: &[u8], want: &[u8]) -> bool {
    if word.is_ascii() {
        return word.eq_ignore_ascii_case(want);
    }
    let (Ok(a), Ok(b)) = (core::str::from_utf8(word), core::str::from_utf8(want)) else {
        return false;
    };
    a.chars().map(|c| fold(u32::from(c))).eq(b.chars().map(u32::from))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_s_header_labels_the_cells_below_it_in_text() {
        let at = |t: &str, n: &str| column_label(t.as_bytes(), t.find(n).unwrap());
        let table = "Paket      Sendungsnummer    Inhalt\n\
                     1 von 2    61208837462       Hochbeet Lärche\n\
                     2 von 2    61208837471       Erde\n";
        assert!(at(table, "61208837462"));
        assert!(at(table, "61208837471"), "rows of other cells between");
        // a rule under the header, CRLF lines, tabs, a character of two bytes before
        assert!(at("Item    Tracking #\r\n------  ----------\r\nBoots   60532187449\r\n", "6053"));
        assert!(at("Item\tTracking number\nBoots\t60532187449\n", "6053"));
        assert!(at("Größe   Sendungsnummer\nXL      60532187449\n", "6053"));
        // a header centred over its column (as a text browser lays out `<th>`): its cell
        // overlaps the number's
        let centred = " PARCEL     TRACKING NUMBER          CONTENTS
\
                       1 of 2   3405818830471206      Linen duvet cover
";
        assert!(at(centred, "3405"));
        // (but not a label over other columns only)
        assert!(!at("Date          Tracking number\n60532187449   x\n", "6053"));
        // no header there: another column, a blank line between, a header of one cell, a
        // sentence, a number that starts no cell, a label and more in the header's cell
        for (t, n) in [
            ("Tracking number   Date\n60532187449       Dec 3\n", "Dec"),
            ("Item    Tracking number\n\nBoots   60532187449\n", "6053"),
            ("        Tracking number\nBoots   60532187449\n", "6053"),
            ("Tracking numbers are e-mailed.\n60532187449 is your customer number\n", "6053"),
            ("Item  Tracking number\nBoots 60532187449\n", "6053"),
            ("Item    Tracking number date\nBoots   60532187449\n", "6053"),
            ("Order   Customer number\n1234    60532187449\n", "6053"),
            (
                "Tracking number   1Z999AA10123456784\nService           Ground\nCNPJ 12.345\n",
                "CNPJ",
            ),
            ("Tracking number   1Z999AA10123456784\n61018324775       x\n", "6101"),
            // the number alone on its line: no row of cells
            ("Item    Tracking number\n        60532187449\n", "6053"),
        ] {
            assert!(!at(t, n), "{t:?}");
        }
        // cells apart by `|`, as converters print a table in Markdown's way
        let bars = "Parcel | Tracking number | Contents\n---|---|---\n1 of 2 | 3405818830471206 | Linen\n2 of 2 | 3405818830471215 | Pillows\n";
        assert!(at(bars, "3405818830471206"));
        assert!(at(bars, "3405818830471215"));
        let bordered = "| Tracking number | Date |\n|:---|:---:|\n| 60532187449 | Dec 3 |\n";
        assert!(at(bordered, "6053"));
        let first = "Tracking number | Date\n60532187449 | Dec 3\n";
        assert!(at(first, "6053"));
        for (t, n) in [
            // another column, a label beside its value, a number inside its cell, a line
            // without bars between
            ("Parcel | Tracking number | Contents\n1 of 2 | x | 60532187449\n", "6053"),
            ("Tracking number | 1Z999AA10123456784\nCustomer | 60532187449\n", "6053"),
            ("Item | Tracking number\nBoots | no. 60532187449\n", "6053"),
            ("Item | Tracking number\nsee below\nBoots | 60532187449\n", "6053"),
        ] {
            assert!(!at(t, n), "{t:?}");
        }
        // too many rows up, or a line too long to be a table's
        let far = std::format!(
            "Item    Tracking number\n{}Boots   60532187449\n",
            "x       1\n".repeat(COLUMN_ROWS)
        );
        assert!(!at(&far, "6053"));
        let near = std::format!(
            "Item    Tracking number\n{}Boots   60532187449\n",
            "x       1\n".repeat(COLUMN_ROWS - 1)
        );
        assert!(at(&near, "6053"));
        let long = std::format!(
            "Item    Tracking number{}\nBoots   60532187449\n",
            " ".repeat(COLUMN_LINE)
        );
        assert!(!at(&long, "6053"));
    }

    #[test]
    fn a_cell_of_one_label_is_a_whole_label() {
        for cell in [
            "Tracking Number",
            "  Tracking number:  ",
            "TRACKING #",
            "Track #",
            "Sendungsnummer",
            "N° de suivi",
            "追跡番号",
            "运单号：",
            "Sendungs-Nr.",
        ] {
            assert!(is_whole_label(cell.as_bytes()), "{cell:?}");
        }
        // more than a label, or none
        for cell in [
            "",
            "Tracking number and date",
            "Please keep your tracking number",
            "Order number",
            "Date",
            "Track your order",
            "tracking number 1",
            "Carrier",
        ] {
            assert!(!is_whole_label(cell.as_bytes()), "{cell:?}");
        }
    }

    #[test]
    fn a_label_glued_to_the_number_ends_where_the_number_starts() {
        let end = |t: &str, from: usize, to: usize| glued_label_end(t.as_bytes(), from, to);
        // "Tracking " then the run "number394299814550"
        assert_eq!(end("Tracking number394299814550", 9, 15), Some(15));
        assert_eq!(end("TRACKING NUMBER394299814550", 9, 15), Some(15));
        assert_eq!(end("Tracking IDTBA956536562926", 9, 14), Some(11));
        assert_eq!(end("Sendungsnummer00340434161094042557", 0, 14), Some(14));
        assert_eq!(end("VersanddienstleisterDHLSendungsnummer003404", 0, 37), Some(37));
        // no label, or one that does not start a word
        assert_eq!(end("Reference ABC123", 10, 13), None);
        assert_eq!(end("Xtracking number394299814550", 10, 16), None);
    }

    fn at(text: &str, number: &str) -> bool {
        labelled(text.as_bytes(), text.find(number).unwrap_or(0))
    }

    #[test]
    fn labels_in_japanese() {
        let japanese = |t: &[u8], at: usize| carriers_by_language(t, at).0 == JAPANESE_CARRIERS;
        let at = |t: &str| t.len();
        for t in ["追跡番号：", "お問い合わせ番号: ", "お問い合せ送り状NO: ", "伝票番号 "]
        {
            assert!(japanese(std::format!("{t}1").as_bytes(), at(t)), "{t}");
        }
        for t in ["运单号：", "快递单号: ", "Tracking number: ", "Sendungsnummer "] {
            assert!(!japanese(std::format!("{t}1").as_bytes(), at(t)), "{t}");
        }
    }

    #[test]
    fn a_labels_language_says_whose_the_number_is() {
        use Carrier::*;
        let by = |t: &str| carriers_by_language(std::format!("{t}1").as_bytes(), t.len()).0;
        let first = |t: &str| by(t).first().copied();
        for (t, carrier) in [
            ("Номер ТТН: ", NovaPoshta),
            ("Ваша посилка. ТТН ", NovaPoshta),
            ("Номер відправлення: ", Ukrposhta),
            ("Трек-номер: ", RussianPost),
            ("ПОЧТОВЫЙ ИДЕНТИФИКАТОР ", RussianPost),
            ("追跡番号は", Yamato),
            ("Sendungsnummer: ", DeutschePost),
            ("Ihre Sendungsnummer lautet ", DeutschePost),
            ("Numéro de suivi : ", LaPoste),
            ("Numéro de repérage : ", CanadaPost),
            ("Numero di spedizione: ", Brt),
            ("Número de guía: ", Estafeta),
            ("Código de rastreio: ", Correios),
            ("Numer przesyłki: ", PocztaPolska),
            ("Zendingnummer: ", Postnl),
            ("Kollinummer: ", Postnord),
            ("Sporingsnummer: ", PostenNorge),
            ("운송장 번호: ", KoreaPost),
            ("A csomag nyomkövetési száma: ", MagyarPosta),
            ("Nomor resi: ", PosIndonesia),
        ] {
            assert_eq!(first(t), Some(carrier), "{t:?}");
        }
        // the longest label decides ("tracking" is English, "numéro de tracking" French)
        assert_eq!(first("Numéro de tracking : "), Some(LaPoste));
        // no label, a label in English or Chinese, or one two languages write alike
        for t in
            ["Номер заказа ", "Замовлення ", "Tracking number: ", "运单号：", "Trackingnummer: "]
        {
            assert!(by(t).is_empty(), "{t:?}");
        }
        // a Cyrillic label is a word of its own
        assert!(!at("Заттн 12345678901", "123"));
        // each language names a carrier once
        for &(label, language) in LABEL_TABLE {
            let carriers = language.carriers();
            for (k, c) in carriers.iter().enumerate() {
                assert!(!carriers[..k].contains(c), "{label}: {c:?}");
            }
        }
    }

    #[test]
    fn labels_in_every_language() {
        for text in [
            "Tracking Number: 911 240 020 713",
            "Tracking #: 698-106-040-916",
            "TRACKING NO. 12345678901",
            "Your tracking number is 12345678901",
            "Tracking number:\n12345678901",
            "Tracking number:\n\n12345678901",
            // a table cell and a link as a tag-stripping converter prints them
            "Tracking number\n\n\n\n12345678901",
            "Tracking number:\n\n \n\n  \n\n12345678901",
            "Tracking-ID: 12345678901",
            "Track-and-Trace: 12345678901",
            "Tracking number\t12345678901",
            "Sendungsnummer: 12345678901",
            "Ihre DHL-Sendungsnummer lautet 12345678901",
            "Ihre Sendungsnummer(n): 12345678901",
            "Tracking #s: 12345678901",
            "Tracking Nos. 12345678901",
            "Tracking IDs: 12345678901",
            "Trackingnummer(n):\n12345678901",
            "N° de suivi : 12345678901",
            "Numéro d'expédition : 12345678901",
            "N° d’expédition : 12345678901",
            "Colis n° 12345678901",
            "Nº de suivi : 12345678901",
            "Numéro de suivi : 12345678901",
            "NUMÉRO DE SUIVI : 12345678901",
            "Je Track & Trace code: 12345678901",
            "Numero di spedizione: 12345678901",
            "Número de seguimiento: 12345678901",
            "Numer przesyłki: 12345678901",
            "NUMER PRZESYŁKI: 12345678901",
            "Código de rastreio: 12345678901",
            "Kollinummer: 12345678901",
            "Sporingsnummer 12345678901",
            "追跡番号：12345678901",
            "お問い合わせ番号: 12345678901",
            "运单号：12345678901",
            "您的运单号为12345678901",
            "**Tracking number:** 12345678901",
            "Tracking\u{a0}number:\u{a0}12345678901",
            "Трек-номер: 12345678901",
            "ТРЕК-НОМЕР: 12345678901",
            "Почтовый идентификатор 12345678901",
            "Номер ТТН: 12345678901",
            "Номер відправлення: 12345678901",
            "운송장번호: 12345678901",
            "송장 번호 12345678901",
            "Küldeményazonosító: 12345678901",
            "KÜLDEMÉNYAZONOSÍTÓ: 12345678901",
            "No. Resi: 12345678901",
            // labels that end with `#`, which the glue walk takes
            "Track # 12345678901",
            "Track #: 12345678901",
            "Track#: 12345678901",
            "PRO # 12345678901",
            // an Australian consignment note
            "Consignment: 12345678901",
            "Con note: 12345678901",
            "Connote 12345678901",
            "Paketverfolgungsnummer: 12345678901",
        ] {
            assert!(at(text, "12345678901") || at(text, "911") || at(text, "698"), "{text}");
        }
    }

    #[test]
    fn markup_and_quote_marks_are_glue() {
        for (text, glued) in [
            ("<td>Tracking number</td><td>911240020713</td>", true),
            ("Numer przesyłki:<br><span style=\"font-size:20px\">911240020713</span>", true),
            ("Tracking&nbsp;#&nbsp;911240020713", true),
            ("<p>Sendungsnummer:</p>\n<p><b>911240020713</b></p>", true),
            // a tag that is no tag, too many tags, an unclosed one
            ("Tracking number: 3 > 911240020713", false),
            ("Tracking number<i><i><i><i><i><i><i>911240020713", false),
            ("Tracking number <td 911240020713", false),
            // the quote marks of a reply, but not a `>` inside a line
            ("> Tracking number:\n> 911240020713", true),
            (">> Sendungsnummer:\n>> 911240020713", true),
            ("> > 追跡番号：\n> > 911240020713", true),
            ("Tracking number: a > 911240020713", false),
            ("Tracking number: 3 >> 911240020713", false),
            ("> Tracking number: > 911240020713", false),
            // quotes and brackets opening the number, a Markdown link's text
            ("Tracking number: \"911240020713\"", true),
            ("Tracking number: '911240020713'", true),
            ("Tracking number: [911240020713](https://x.example/t)", true),
            ("Tracking number: `911240020713`", true),
            ("Tracking number: (911240020713)", true),
            ("Numéro de suivi : «911240020713»", true),
            ("追跡番号：「911240020713」", true),
            ("Tracking number: “911240020713”", true),
            // a carrier's name in parentheses between the label and its glue
            ("Tracking number (GLS): 911240020713", true),
            ("Tracking number (DHL Express): 911240020713", true),
            ("Tracking number (GLS) 911240020713", true),
            ("Tracking number (see below): 911240020713", false),
            ("Order (GLS): 911240020713", false),
            // arrows, typed or typeset, and guillemets
            ("Tracking number -> 911240020713", true),
            ("Tracking number => 911240020713", true),
            ("Tracking number → 911240020713", true),
            ("Sendungsnummer » 911240020713", true),
            ("Sendungsnummer › 911240020713", true),
            ("Tracking number: 3 -> 911240020713", false),
        ] {
            assert_eq!(at(text, "9112"), glued, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn char_before_is_str_decoding(
            bytes in proptest::collection::vec(proptest::prop_oneof![
                0x80u8..=0xBF, 0xC0u8..=0xFF, 0u8..=0x7F,
                proptest::strategy::Just(0xEDu8), proptest::strategy::Just(0xF4u8),
                proptest::strategy::Just(0xE0u8), proptest::strategy::Just(0xF0u8),
            ], 1..8),
        ) {
            // the decoding `char_before` had, by `str::from_utf8`
            let naive = |text: &[u8], end: usize| {
                if text[end - 1] < 0x80 {
                    return (u32::from(text[end - 1]), 1);
                }
                let mut s = end - 1;
                while s > 0 && end - s < 4 && text[s] & 0xC0 == 0x80 {
                    s -= 1;
                }
                match core::str::from_utf8(&text[s..end]).ok().and_then(|t| t.chars().next()) {
                    Some(c) => (u32::from(c), end - s),
                    None => (0xFFFD, 1),
                }
            };
            for end in 1..=bytes.len() {
                proptest::prop_assert_eq!(char_before(&bytes, end), naive(&bytes, end));
            }
        }
    }

    #[test]
    fn char_before_decodes_every_width() {
        for c in ['a', 'é', 'ł', '号', '番', '€', '😀', '\u{10FFFF}', '\u{800}', '\u{FFFF}']
        {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(char_before(s, s.len()), (u32::from(c), s.len()), "{c:?}");
        }
        // overlong, surrogate, past the last character, cut short
        for bad in [
            &[0xC0u8, 0x80][..],
            &[0xE0, 0x80, 0x80],
            &[0xED, 0xA0, 0x80],
            &[0xF4, 0x90, 0x80, 0x80],
            &[0xE5, 0x8F],
        ] {
            assert_eq!(char_before(bad, bad.len()), (0xFFFD, 1), "{bad:?}");
        }
    }

    #[test]
    fn a_few_words_between_a_label_and_its_connecting_word() {
        for (text, labelled) in [
            ("The tracking number for your GLS shipment is 911240020713", true),
            ("The tracking number of your parcel is: 911240020713", true),
            ("Your tracking number for this order is 911240020713", true),
            ("The tracking number for your\nshipment is 911240020713", true),
            ("Le numéro de suivi de votre colis est 911240020713", true),
            ("Le numéro de suivi de votre colis GLS est le 911240020713", true),
            ("Votre numéro de suivi est le 911240020713", true),
            ("Die Sendungsnummer Ihres Pakets lautet 911240020713", true),
            ("Il numero di spedizione del tuo pacco è 911240020713", true),
            ("El número de seguimiento de tu pedido es 911240020713", true),
            ("De track & trace code van je pakket is 911240020713", true),
            ("O código de rastreio da sua encomenda é 911240020713", true),
            // no connecting word; a word that names another number; too many words; a
            // sentence's end, a comma or a blank line between
            ("The tracking number for your shipment 911240020713", false),
            ("Tracking number and phone number is 911240020713", false),
            ("Your tracking number will be sent when your order is 911240020713", false),
            ("Tracking number will follow. Your order is 911240020713", false),
            ("Tracking number pending, your order is 911240020713", false),
            ("The tracking number for your\n\nshipment is 911240020713", false),
            ("Your order le 911240020713", false),
            // or a colon
            ("Sendungsnummer deiner Bestellung: 911240020713", true),
            ("Tracking number for your order:\n911240020713", true),
            ("Numéro de suivi de votre colis : 911240020713", true),
            ("Tracking number for your order 911240020713", false),
            ("Tracking number to follow. Order number: 911240020713", false),
            ("Tracking number, invoice: 911240020713", false),
            // the next line's capitalised word, or one right after the label
            ("Track your parcel\nOrder: 911240020713", false),
            ("Track your parcel Order: 911240020713", false),
            ("Tracking number Order is 911240020713", false),
        ] {
            assert_eq!(at(text, "9112"), labelled, "{text}");
        }
    }

    #[test]
    fn letters_written_as_references_in_raw_html() {
        for (text, labelled) in [
            ("N&uacute;mero de seguimiento: <b>911240020713</b>", true),
            ("Numer przesy&#322;ki: 911240020713", true),
            ("Numer przesy&#x142;ki: 911240020713", true),
            ("Num&eacute;ro&nbsp;de&nbsp;suivi&nbsp;: 911240020713", true),
            ("S&auml;ndningsnummer: 911240020713", true),
            ("&#36861;&#36321;&#30058;&#21495;: 911240020713", true),
            ("Il numero di spedizione del tuo pacco &egrave; <b>911240020713</b>", true),
            ("O c&oacute;digo de rastreio da sua encomenda &eacute; 911240020713", true),
            // a reference that stands for another letter, or for none
            ("N&aacute;mero de seguimiento: 911240020713", false),
            ("Numer przesy&#323;ki: 911240020713", false),
            ("Numer przesy&bogus;ki: 911240020713", false),
            ("Order &egrave; 911240020713", false),
        ] {
            assert_eq!(at(text, "9112"), labelled, "{text}");
        }
    }

    #[test]
    fn imperative_labels_are_labels() {
        for l in IMPERATIVE {
            assert!(LABELS.contains(l), "{l}");
        }
        assert_eq!(IS_IMPERATIVE.iter().filter(|&&b| b).count(), IMPERATIVE.len());
    }

    #[test]
    fn the_line_that_opens_a_parcel_s_number() {
        for (text, labelled) in [
            ("Track your parcel: 911240020713", true),
            ("Track your package: 911240020713", true),
            ("TRACK YOUR SHIPMENT: 911240020713", true),
            ("Track your parcel (GLS): 911240020713", true),
            ("Suivez votre colis : 911240020713", true),
            ("Track your order: 911240020713", false),
            // a button's words before the next line's number: no label
            ("Track your parcel\n\n911240020713", false),
            ("Śledź przesyłkę\n\nNIP 911240020713", false),
            ("Sendung verfolgen 911240020713", false),
            ("Shipment ID(s): 911240020713", true),
            ("please follow the shipment ID(s) 911240020713", true),
            ("Paketverfolgung: 911240020713", true),
            ("Verfolge dein Paket: 911240020713", true),
            ("Volg je pakket: 911240020713", true),
            ("Traccia il tuo pacco: 911240020713", true),
            ("Sigue tu envío: 911240020713", true),
            ("Śledź przesyłkę: 911240020713", true),
            ("Rastreie sua encomenda: 911240020713", true),
            ("Spåra ditt paket: 911240020713", true),
            ("Spor din pakke: 911240020713", true),
        ] {
            assert_eq!(at(text, "9112"), labelled, "{text}");
        }
    }

    #[test]
    fn spaces_padding_a_column_are_glue() {
        use std::format;
        // text laid out in columns: the label's line padded to the table's width
        let padded = format!("Paketnummer:{}\n63440687829", " ".repeat(190));
        assert!(at(&padded, "6344"));
        let tabs = format!("Tracking number{}911240020713", "\t".repeat(60));
        assert!(at(&tabs, "9112"));
        // only spaces and tabs pad: other glue still counts byte by byte
        let dashes = format!("Tracking number{}911240020713", "-".repeat(60));
        assert!(!at(&dashes, "9112"));
        // and no further back than the horizon
        let far = format!("Paketnummer:{}63440687829", " ".repeat(GLUE_HORIZON));
        assert!(!at(&far, "6344"));
    }

    #[test]
    fn no_label_or_connecting_word_ends_with_a_digit() {
        // (the early exit of `before_glue`)
        for l in LABELS.iter().chain(CONNECTORS).chain(CARRIER_LABELS.iter().map(|(l, _)| l)) {
            assert!(!l.as_bytes().last().is_some_and(u8::is_ascii_digit), "{l}");
        }
        assert!(!labelled(b"Tracking number 1 2", 3));
        assert!(labelled(b"Tracking number 2", 16));
    }

    #[test]
    fn a_carrier_name_before_the_number() {
        use crate::Carrier::{Gls, Parcelforce, RoyalMail, Sagawa, Sda, Yamato};
        // (text, its label: a name set apart, its name beside: with a space or a dash)
        for (text, label, beside) in [
            ("GLS: 60532187449", Some(Gls), None),
            ("gls # 60532187449", Some(Gls), None),
            ("GLS\t60532187449", Some(Gls), None),
            ("<td>GLS</td><td>60532187449</td>", Some(Gls), None),
            ("Royal Mail:\n60532187449", Some(RoyalMail), None),
            ("ヤマト運輸：60532187449", Some(Yamato), None),
            ("Sagawa Express:\n60532187449", Some(Sagawa), None),
            ("SDA Express Courier: 60532187449", Some(Sda), None),
            ("sent it GLS  60532187449", Some(Gls), Some(Gls)),
            ("GLS 60532187449", None, Some(Gls)),
            ("GLS - 60532187449", None, Some(Gls)),
            ("Sagawa Express 60532187449", None, Some(Sagawa)),
            ("Parcelforce Worldwide - 60532187449", None, Some(Parcelforce)),
            ("GLS · 60532187449", None, Some(Gls)),
            ("GLS – 60532187449", None, Some(Gls)),
            ("GLS\u{a0}60532187449", None, Some(Gls)),
            ("GLS &middot; 60532187449", None, Some(Gls)),
            ("GLS&nbsp;&ndash;&nbsp;60532187449", None, Some(Gls)),
            // other glue, other words (one that is no company's after a name), a name inside
            // a word, no name
            ("GLS &rarr; 60532187449", None, None),
            ("GLS &amp; 60532187449", None, None),
            ("GLS Tracker: 60532187449", None, None),
            ("Australia Post ABN 60532187449", None, None),
            ("GLS parcel 60532187449", None, None),
            ("XGLS: 60532187449", None, None),
            ("XGLS 60532187449", None, None),
            ("Order: 60532187449", None, None),
            // glued (a table's cells run together) or spaced out: a label only
            ("GLS60532187449", Some(Gls), None),
            ("GLS  -  60532187449", Some(Gls), None),
        ] {
            let start = text.find("605").unwrap_or(0);
            assert_eq!(name_label(text.as_bytes(), start), label, "{text}");
            assert_eq!(name_beside(text.as_bytes(), start).map(|(_, c)| c), beside, "{text}");
        }
    }

    #[test]
    fn a_carriers_name_between_a_label_and_the_number() {
        // the label's cell, the carrier's and the number's: set apart, or glued after a
        // lower-case letter
        for text in [
            "Paketnummer GLS 60532187449",
            "Paketnummer: GLS 60532187449",
            "Tracking number: DPD: 60532187449",
            "Tracking numberGLS60532187449",
        ] {
            assert!(at(text, "60532187449"), "{text}");
        }
        // no label before the name, or a name inside a word
        for text in ["Order GLS 60532187449", "GLS 60532187449", "xGLS60532187449"] {
            assert!(!at(text, "60532187449"), "{text}");
        }
    }

    #[test]
    fn other_words_are_no_labels() {
        for text in [
            "Order number: 12345678901",
            "Bestellnummer: 12345678901",
            "Phone: 12345678901",
            "Tracking number:\n\n\n\n\n\n\n12345678901",
            "Tracking--number: 12345678901",
            "Tracking number: see below 12345678901",
            "Backtracking: 12345678901",
            "12345678901",
            "Tracking number is not 12345678901",
            "Track: 12345678901",
            "Order # 12345678901",
            "Consignment store # 12345678901",
        ] {
            assert!(!at(text, "12345678901"), "{text}");
        }
    }

    #[test]
    fn carrier_labels() {
        let own = |text: &str, number: &str| {
            carrier_label(text.as_bytes(), text.find(number).unwrap_or(0))
        };
        assert_eq!(own("PIN: 330743772908", "3307"), Some(crate::Carrier::Purolator));
        assert_eq!(own("Purolator PIN\n330743772908", "3307"), Some(crate::Carrier::Purolator));
        assert_eq!(own("SPIN 330743772908", "3307"), None);
        assert_eq!(own("PIN code is 330743772908", "3307"), None);
        // a PIN is no label of its own
        assert!(!at("PIN: 330743772908", "3307"));
        for (label, _) in CARRIER_LABELS {
            assert!(label.bytes().all(|b| b.is_ascii_lowercase() || b == b' '), "{label}");
        }
    }

    #[test]
    fn every_connecting_word_passes_the_last_byte_filter() {
        for c in CONNECTORS {
            for upper in [false, true] {
                // "Tracking number <word> ", the word as listed or in capitals
                let mut buf = [0u8; 64];
                let mut n = 0;
                let add = |buf: &mut [u8; 64], n: &mut usize, s: &str| {
                    buf[*n..*n + s.len()].copy_from_slice(s.as_bytes());
                    *n += s.len();
                };
                add(&mut buf, &mut n, "Tracking number ");
                for ch in c.chars() {
                    let ch = if upper { ch.to_uppercase().next().unwrap_or(ch) } else { ch };
                    add(&mut buf, &mut n, ch.encode_utf8(&mut [0u8; 4]));
                }
                let last = buf[n - 1];
                add(&mut buf, &mut n, " ");
                assert!(CONNECTOR_ENDS[usize::from(last)], "{c} {upper}");
                assert!(labelled(&buf[..n], n), "{c} {upper}");
            }
        }
        assert!(!CONNECTOR_ENDS[usize::from(b'a')] && !CONNECTOR_ENDS[usize::from(b'7')]);
    }

    #[test]
    fn ascii_ending_keys_are_the_keys_read_by_characters() {
        let bytes = b" \t-:#.()AZaz09mMrRoO\xc3\xa9\x89\xa0";
        let text = "x é É\u{a0}".as_bytes();
        let mut t = [0u8; 16];
        t[..text.len()].copy_from_slice(text);
        let len = text.len() + 3;
        for &a in bytes {
            for &b in bytes {
                for &c in bytes {
                    t[text.len()..len].copy_from_slice(&[a, b, c]);
                    let t = &t[..len];
                    for end in [len, len - 1, 2, 1, 0] {
                        assert_eq!(ending_key(t, end), ending_key_by_chars(t, end), "{t:?} {end}");
                    }
                }
            }
        }
        // a label's own ending is found
        let t = b"Tracking NUMBER";
        assert_eq!(ending_key(t, t.len()), ending_key_by_chars(t, t.len()));
        assert!(ending_key(t, t.len()).is_some());
    }

    #[test]
    fn folding() {
        assert_eq!(fold(u32::from('Ł')), u32::from('ł'));
        assert_eq!(fold(u32::from('Ś')), u32::from('ś'));
        assert_eq!(fold(u32::from('É')), u32::from('é'));
        assert_eq!(fold(u32::from('Ĺ')), u32::from('ĺ'));
        assert_eq!(fold(u32::from('ł')), u32::from('ł'));
        assert_eq!(fold(u32::from('ı')), u32::from('i'));
        assert_eq!(fold(u32::from('İ')), u32::from('i'));
        for l in LABELS.iter() {
            assert!(l.chars().all(|c| fold(u32::from(c)) == u32::from(c)), "{l} is not folded");
        }
    }

    #[test]
    fn the_ending_filter_lets_every_label_through() {
        extern crate std;
        use std::string::String;
        for l in LABELS.iter() {
            let upper: String = l.to_uppercase();
            let tabbed = l.replace(' ', "\t");
            let nbsp = l.replace(' ', "\u{a0}");
            for t in [String::from(*l), upper, tabbed, nbsp, std::format!("Your {l}")] {
                assert!(may_end_with_label(t.as_bytes(), t.len()), "{t:?}");
                assert!(label_ending(t.as_bytes(), t.len(), false).is_some(), "{t:?}");
            }
        }
        assert!(!may_end_with_label(b"Call us on", 10));
        assert!(label_ending(b"Call us on", 10, true).is_none());
    }
}
