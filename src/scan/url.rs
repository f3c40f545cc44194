//! Whether a candidate number sits inside a URL, and whether that URL is a carrier's tracking
//! URL with the number in the place where the carrier puts it.
//!
//! A number inside a URL is reported only from a tracking URL ([`Verdict::Tracking`]), and then
//! as that carrier's number; a number anywhere else in a URL (an order id, a timestamp, a
//! click-tracking id, an image name) is never reported ([`Verdict::Other`]).
//!
//! The URL a candidate belongs to is the last one that starts (`scheme://`, its
//! percent-encoded form `scheme%3A%2F%2F`, or `www.`) in the *token* before it: the text back
//! to white space, a quote, a bracket or `<`/`>`. The token start is found walking backward
//! from the candidate, remembering what was seen ([`Cache`]), so the bytes of a long token are
//! walked once however many candidates it holds.

use crate::bits::byte_table;
use crate::Carrier;

/// Where a candidate is, as far as URLs go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Not inside a URL.
    Text,
    /// In the tracking position of a tracking URL; the carrier, if the URL names one.
    Tracking(Option<Carrier>),
    /// Somewhere else inside a URL.
    Other,
}

/// One site's tracking URLs: host (or a parent domain), carrier, and the places a tracking
/// number goes: `name=` is a query (or fragment) parameter, `/segment/` a path (or fragment)
/// that the number directly follows.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Site {
    /// Host names, lower case; a host matches itself and its subdomains.
    pub hosts: &'static [&'static str],
    /// The carrier whose numbers the URLs carry; `None` for a tracking aggregator.
    pub carrier: Option<Carrier>,
    /// Parameter names (ending `=`) and path segments (`/…/`), lower case.
    pub at: &'static [&'static str],
}

/// A carrier's tracking page: its hosts and where in the URL the number stands.
const fn site(
    carrier: Carrier,
    hosts: &'static [&'static str],
    at: &'static [&'static str],
) -> Site {
    Site { hosts, carrier: Some(carrier), at }
}

/// An aggregator's tracking page, which takes any carrier's number.
const fn aggregator(hosts: &'static [&'static str], at: &'static [&'static str]) -> Site {
    Site { hosts, carrier: None, at }
}

/// The tracking URLs known.
///
/// Sources: each carrier's public tracking page, as its address reads in the browser after a
/// search and as the carrier's notification e-mails link to it (the query parameter or path
/// the page reads the number from); the registry's own templates
/// ([`Format::tracking_url`](crate::Format::tracking_url)) are all covered (a test checks it).
/// Aggregators (17TRACK, AfterShip, Parcelsapp, Narvar) are listed with no carrier: their
/// pages take any carrier's number. Narvar's parameter is the one its Tracking API
/// specification names (`GET /trackinginfo/{retailer}/{carrier}`, `tracking_numbers`: "one or
/// multiple tracking numbers separated by comma", speca.io), which the retailers' tracking
/// pages on `narvar.com` read too (`<retailer>.narvar.com/<retailer>/tracking/<carrier>?…`);
/// the older pages spell it without the underscore.
pub(crate) static SITES: &[Site] = SITE_TABLE;

const SITE_TABLE: &[Site] = &[
    site(
        Carrier::Ups,
        &["ups.com"],
        &["tracknum=", "tracknums=", "trackingnumber=", "inquirynumber1=", "trackingnum="],
    ),
    site(
        Carrier::Fedex,
        &["fedex.com"],
        &["trknbr=", "tracknumbers=", "tracknumber=", "trackingnumber=", "tracknums="],
    ),
    site(
        Carrier::Usps,
        &["tools.usps.com", "m.usps.com"],
        &["tlabels=", "qtc_tlabels1=", "origtracknum=", "tracknumber=", "label="],
    ),
    site(
        Carrier::Dhl,
        &[
            "dhl.com",
            "dhl.de",
            "dhl.at",
            "dhl.ch",
            "dhl.nl",
            "dhl.fr",
            "dhl.it",
            "dhl.es",
            "dhl.co.uk",
            "dhl.pl",
            "express.dhl",
            "logistics.dhl",
            "dhlglobalmail.com",
            "dhlecommerce.nl",
            "dhlparcel.nl",
            "dhlparcel.be",
            "dhlparcel.co.uk",
            "ecommerceportal.dhl.com",
        ],
        &[
            "tracking-id=",
            "awb=",
            "piececode=",
            "idc=",
            "trackingnumber=",
            "tc=",
            "ref=",
            "tracking-number=",
            "/tracktrace/",
            "/track/",
            "id=",
            "tracknumbers=",
        ],
    ),
    site(
        Carrier::Amazon,
        &["amazon.com", "amazon.co.uk", "amazon.de", "amazon.ca"],
        &["/tracking/"],
    ),
    site(Carrier::Ontrac, &["ontrac.com"], &["number=", "tracking=", "trackingnumber="]),
    site(Carrier::Lasership, &["lasership.com"], &["/track/", "trackingnumber="]),
    site(Carrier::Gofo, &["gofoexpress.com", "gofo.com"], &["number=", "/track/"]),
    site(Carrier::Uniuni, &["uniuni.com"], &["no=", "/tracking/"]),
    site(Carrier::Speedx, &["speedx.io"], &["trackingnumber="]),
    site(Carrier::OldDominion, &["odfl.com"], &["pronumbers="]),
    site(Carrier::Xpo, &["xpo.com"], &["pro="]),
    site(Carrier::Yrc, &["yrc.com"], &["referencenumber="]),
    site(Carrier::Speedee, &["speedeedelivery.com"], &["v="]),
    site(Carrier::Landmark, &["landmarkglobal.com"], &["search="]),
    site(
        Carrier::CanadaPost,
        &["canadapost-postescanada.ca", "canadapost.ca", "postescanada.ca"],
        &["searchfor=", "/details/", "trackingnumber="],
    ),
    site(Carrier::Purolator, &["purolator.com"], &["pin=", "pins="]),
    site(Carrier::Canpar, &["canpar.com"], &["barcode="]),
    site(Carrier::RoyalMail, &["royalmail.com"], &["/tracking-results/", "tracknumber="]),
    site(Carrier::Parcelforce, &["parcelforce.com"], &["tracknumber="]),
    site(Carrier::Evri, &["evri.com", "myhermes.co.uk"], &["/parcel/", "/track-a-parcel/"]),
    site(Carrier::Tnt, &["tnt.com"], &["cons="]),
    site(Carrier::Yodel, &["yodel.co.uk"], &["/tracking/", "parcel_id="]),
    site(
        Carrier::Dpd,
        &["dpd.de", "dpd.co.uk", "dpd.com", "dpdgroup.com", "dpd.fr", "dpd.nl", "dpd.at", "dpd.be"],
        &["/parcel/", "/parcels/", "query=", "parcelnumber=", "reference=", "parcelno="],
    ),
    site(
        Carrier::Hermes,
        &["myhermes.de", "hermesworld.com"],
        &["sendungsinformation#", "sendungsinformation/#", "trackingnumber="],
    ),
    site(
        Carrier::Gls,
        &["gls-group.com", "gls-group.eu", "gls-pakete.de", "gls-italy.com", "gls-spain.es"],
        &["/track/", "match=", "trackingnumber=", "trackid="],
    ),
    site(Carrier::Postnl, &["postnl.nl", "postnl.be", "postnl.com"], &["/track-and-trace/", "b="]),
    site(Carrier::LaPoste, &["laposte.fr"], &["code=", "/suivi/"]),
    site(Carrier::Colissimo, &["colissimo.fr"], &["colispart=", "parcelnumber="]),
    site(Carrier::Chronopost, &["chronopost.fr"], &["listenumeroslt="]),
    site(Carrier::MondialRelay, &["mondialrelay.fr", "mondialrelay.com"], &["numeroexpedition="]),
    site(Carrier::Correos, &["correos.es"], &["tracking-number=", "numero="]),
    site(Carrier::PosteItaliane, &["poste.it"], &["/risultati-spedizioni/"]),
    site(Carrier::Sda, &["sda.it"], &["tracing.letteravettura="]),
    site(Carrier::Brt, &["brt.it"], &["nspediz="]),
    site(Carrier::Inpost, &["inpost.pl"], &["number="]),
    site(Carrier::Cdek, &["cdek.ru"], &["order_id="]),
    site(Carrier::NovaPoshta, &["novaposhta.ua"], &["cargo_number="]),
    site(Carrier::Packeta, &["packeta.com", "zasilkovna.cz"], &["id="]),
    site(
        Carrier::Postnord,
        &["postnord.com", "postnord.se", "postnord.dk"],
        &["id=", "shipmentid="],
    ),
    site(Carrier::AustraliaPost, &["auspost.com.au"], &["/details/"]),
    site(Carrier::Cainiao, &["cainiao.com"], &["mailnolist="]),
    site(Carrier::Yunexpress, &["yuntrack.com"], &["id="]),
    site(Carrier::FourPx, &["4px.com"], &["/result/0/"]),
    site(Carrier::Yanwen, &["yw56.com.cn"], &["nums="]),
    site(Carrier::SfExpress, &["sf-express.com"], &["/bill-number/"]),
    site(Carrier::JtExpress, &["jtexpress.com"], &["waybillno="]),
    site(Carrier::NzCouriers, &["nzcouriers.co.nz"], &["/track/"]),
    site(Carrier::JapanPost, &["japanpost.jp"], &["reqcodeno1="]),
    site(Carrier::Yamato, &["kuronekoyamato.co.jp"], &["number01="]),
    site(Carrier::Sagawa, &["sagawa-exp.co.jp"], &["okurijono="]),
    site(Carrier::BlueDart, &["bluedart.com"], &["trackno="]),
    site(Carrier::Delhivery, &["delhivery.com"], &["/package/"]),
    site(Carrier::Aramex, &["aramex.com"], &["shipmentnumber="]),
    site(Carrier::IsraelPost, &["israelpost.co.il"], &["itemcode="]),
    site(Carrier::Estafeta, &["estafeta.com"], &["waybills="]),
    site(Carrier::Bpost, &["bpost.cloud", "bpost.be"], &["itemcode="]),
    // postal operators
    site(Carrier::PocztaPolska, &["poczta-polska.pl"], &["numer="]),
    site(Carrier::Ptt, &["ptt.gov.tr"], &["q="]),
    site(Carrier::HrvatskaPosta, &["posta.hr"], &["barcode="]),
    site(Carrier::MagyarPosta, &["posta.hu"], &["searchvalue="]),
    site(Carrier::KoreaPost, &["epost.go.kr"], &["post_code="]),
    site(Carrier::SwissPost, &["post.ch"], &["formattedparcelcodes="]),
    site(
        Carrier::PostenNorge,
        &["posten.no", "bring.com", "bring.no"],
        &["/sporing/", "/tracking/", "q="],
    ),
    site(Carrier::SlovenskaPosta, &["posta.sk"], &["/items/"]),
    site(Carrier::ThailandPost, &["thailandpost.co.th"], &["tracknumber="]),
    site(Carrier::Ukrposhta, &["ukrposhta.ua"], &["barcode="]),
    site(Carrier::AnPost, &["anpost.com"], &["item="]),
    site(Carrier::ChinaPost, &["ems.com.cn"], &["mailnum="]),
    site(Carrier::Ctt, &["ctt.pt"], &["objects="]),
    site(Carrier::Omniva, &["omniva.ee"], &["barcode="]),
    site(Carrier::AustrianPost, &["post.at"], &["snr="]),
    site(Carrier::CzechPost, &["postaonline.cz"], &["parcelnumbers="]),
    site(Carrier::Posti, &["posti.fi"], &["/lahetys/"]),
    site(Carrier::RussianPost, &["pochta.ru"], &["tracking#", "barcode="]),
    site(Carrier::NzPost, &["nzpost.co.nz"], &["/item/"]),
    site(Carrier::Correios, &["correios.com.br"], &["objeto=", "objetos="]),
    aggregator(&["17track.net"], &["nums="]),
    aggregator(&["aftership.com"], &["/"]),
    aggregator(&["parcelsapp.com"], &["/tracking/"]),
    aggregator(&["narvar.com"], &["tracking_numbers=", "trackingnumbers="]),
];

/// How many host names [`SITES`] lists.
const HOST_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < SITE_TABLE.len() {
        n += SITE_TABLE[i].hosts.len();
        i += 1;
    }
    n
};

/// Every host name of [`SITES`] with its site's index, sorted by name (then index), so that
/// the sites of a host are found by looking up each of its dot-separated suffixes.
static HOSTS: [(&str, u16); HOST_COUNT] = {
    let mut t: [(&str, u16); HOST_COUNT] = [("", 0); HOST_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < SITE_TABLE.len() {
        let mut k = 0;
        while k < SITE_TABLE[i].hosts.len() {
            // insertion sort, in const context
            let entry = (SITE_TABLE[i].hosts[k], i as u16);
            let mut at = n;
            while at > 0 && !less(t[at - 1].0.as_bytes(), entry.0.as_bytes()) {
                t[at] = t[at - 1];
                at -= 1;
            }
            t[at] = entry;
            n += 1;
            k += 1;
        }
        i += 1;
    }
    t
};

/// A filter over the host names of [`SITES`]: bit [`name_bit`] of each is set, so a host
/// suffix whose bit is clear is no site's host, told without a search.
static HOST_BITS: [u64; 16] = {
    let mut t = [0u64; 16];
    let mut i = 0;
    while i < HOST_COUNT {
        let b = name_bit(HOSTS[i].0.as_bytes());
        t[b / 64] |= 1 << (b % 64);
        i += 1;
    }
    t
};

/// The [`HOST_BITS`] bit of a name: FNV-1a, folded to 10 bits.
const fn name_bit(name: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < name.len() {
        h ^= name[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    ((h ^ (h >> 10) ^ (h >> 20)) & 1023) as usize
}

/// Byte-wise order of two names (`const`).
const fn less(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// What is known about the token being walked: positions below `to` have been looked at.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cache {
    /// Everything before this was walked.
    to: usize,
    /// Start of the token that reaches `to`.
    token: usize,
    /// Host start of the last URL starting in `[token, to)`.
    host: Option<usize>,
    /// The last host looked up in [`SITES`] (its start), and the first site it belongs to.
    site: Option<(usize, Option<usize>)>,
    /// The last position asked about, and its verdict (the spans of one anchor share their
    /// start, and each is asked about).
    last: Option<(usize, Verdict)>,
}

impl Cache {
    pub(crate) const fn new() -> Self {
        Cache { to: 0, token: 0, host: None, site: None, last: None }
    }
}

/// Bytes that end a URL in text: ASCII white space, quotes, brackets, `<` and `>`.
static URL_END: [bool; 256] = byte_table(b" \t\n\x0B\x0C\r<>\"'()[]{}`|\\^");

/// Longest walk back when the cache cannot help (a candidate before the last one asked).
const UNCACHED_WALK: usize = 4096;

/// If a URL starts at `i` (looking at the bytes from `i` on), where its host starts.
fn url_starts_at(text: &[u8], i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    if rest.starts_with(b"://") {
        // a scheme before it: at least one letter
        let scheme = i > 0 && text[i - 1].is_ascii_alphabetic();
        return scheme.then_some(i + 3);
    }
    if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"%3A%2F%2F") {
        let scheme = i > 0 && text[i - 1].is_ascii_alphabetic();
        return scheme.then_some(i + 9);
    }
    if rest.len() >= 4 && rest[..4].eq_ignore_ascii_case(b"www.") {
        let word_start = i == 0 || !text[i - 1].is_ascii_alphanumeric() && text[i - 1] != b'.';
        return word_start.then_some(i);
    }
    None
}

/// The host start of the last URL that starts in the token holding `start`, if any.
fn url_host(text: &[u8], start: usize, cache: &mut Cache) -> Option<usize> {
    let start = start.min(text.len());
    if start >= cache.to {
        // walk back to `cache.to` or the token start, whichever comes first
        let mut host: Option<usize> = None;
        let mut i = start;
        let mut ended = false;
        while i > cache.to {
            let b = text[i - 1];
            if URL_END[usize::from(b)] {
                ended = true;
                break;
            }
            i -= 1;
            if host.is_none() && matches!(b, b':' | b'%' | b'w' | b'W') {
                host = url_starts_at(text, i).filter(|&h| h <= start);
            }
        }
        let (token, host) =
            if ended || cache.to == 0 { (i, host) } else { (cache.token, host.or(cache.host)) };
        *cache = Cache { to: start, token, host, site: cache.site, last: cache.last };
        return host;
    }
    // an earlier position: walk without the cache, bounded
    let stop = start.saturating_sub(UNCACHED_WALK);
    let mut i = start;
    while i > stop {
        let b = text[i - 1];
        if URL_END[usize::from(b)] {
            break;
        }
        i -= 1;
        if matches!(b, b':' | b'%' | b'w' | b'W') {
            if let Some(h) = url_starts_at(text, i).filter(|&h| h <= start) {
                return Some(h);
            }
        }
    }
    None
}

/// Lower-cased, with the percent-encoded URL punctuation (`%2F`, `%3F`, `%3D`, `%26`, `%23`,
/// `%3A`), `&amp;` and the quoted-printable `=3D` ([`qp_equals`]) decoded: the part of a URL
/// the table is compared with. The first
/// [`DECODED`] bytes of a URL (its host) or the last ones (what precedes the number).
struct Decoded {
    buf: [u8; DECODED],
    start: usize,
    len: usize,
}

/// Bytes of a URL compared with the table: more than the longest host and the longest
/// parameter or path with its separator.
const DECODED: usize = 96;

impl Decoded {
    /// Decodes the first [`DECODED`] bytes of `src`.
    fn head(src: &[u8]) -> Self {
        let mut d = Decoded { buf: [0; DECODED], start: 0, len: 0 };
        let mut i = 0;
        while i < src.len() && d.len < DECODED {
            let (b, step) = decode_at(src, i);
            d.buf[d.len] = b;
            d.len += 1;
            i += step;
        }
        d
    }

    /// Decodes the last [`DECODED`] bytes of `src`, walking back from its end.
    fn tail(src: &[u8]) -> Self {
        let mut d = Decoded { buf: [0; DECODED], start: DECODED, len: 0 };
        let mut j = src.len();
        while j > 0 && d.len < DECODED {
            let (b, step) = decode_before(src, j);
            d.start -= 1;
            d.buf[d.start] = b;
            d.len += 1;
            j -= step;
        }
        d
    }

    fn as_bytes(&self) -> &[u8] {
        &self.buf[self.start..self.start + self.len]
    }
}

/// The byte at `i` decoded, and how many bytes it took.
fn decode_at(src: &[u8], i: usize) -> (u8, usize) {
    let b = src[i];
    if b == b'%' {
        if let Some(c) = src.get(i + 1..i + 3).and_then(punctuation) {
            return (c, 3);
        }
    }
    if b == b'&' && src.get(i..i + 5).is_some_and(|s| s.eq_ignore_ascii_case(b"&amp;")) {
        return (b'&', 5);
    }
    if b == b'=' && src.get(i + 1..i + 3).is_some_and(qp_equals) {
        return (b'=', 3);
    }
    (b.to_ascii_lowercase(), 1)
}

/// The byte ending at `j` decoded, and how many bytes it took (as [`decode_at`] reads them).
fn decode_before(src: &[u8], j: usize) -> (u8, usize) {
    if j >= 3 && src[j - 3] == b'%' {
        if let Some(c) = punctuation(&src[j - 2..j]) {
            return (c, 3);
        }
    }
    if j >= 5 && src[j - 5..j].eq_ignore_ascii_case(b"&amp;") {
        return (b'&', 5);
    }
    if j >= 3 && src[j - 3] == b'=' && qp_equals(&src[j - 2..j]) {
        return (b'=', 3);
    }
    (src[j - 1].to_ascii_lowercase(), 1)
}

/// Whether the two bytes after a `=` are `3D`: a mail's quoted-printable body read undecoded
/// writes every `=` so (RFC 2045, section 6.7: `=3D`), `tracknum=3D1Z999…` in its links.
pub(crate) fn qp_equals(hex: &[u8]) -> bool {
    hex.eq_ignore_ascii_case(b"3D")
}

/// Whether the two bytes `hex` percent-encode URL punctuation ([`punctuation`]): in `%3D1Z…`
/// the number starts after them.
pub(crate) fn encodes_punctuation(hex: &[u8]) -> bool {
    punctuation(hex).is_some()
}

/// The URL punctuation two hex digits encode (`2F`, `3F`, `3D`, `26`, `23`, `3A`, `2C`).
fn punctuation(hex: &[u8]) -> Option<u8> {
    let digit = |c: u8| (c as char).to_digit(16);
    let c = (digit(*hex.first()?)? * 16 + digit(*hex.get(1)?)?) as u8;
    matches!(c, b'/' | b'?' | b'=' | b'&' | b'#' | b':' | b',').then_some(c)
}

/// Most bytes between a number and a link printed right after it (` <`, ` (`, `](`).
const LINK_GLUE: usize = 3;
/// How far into a link printed after a number the number is looked for.
const LINK_LOOK: usize = 256;

/// The carrier whose tracking URL is printed right after a number, with the same number in
/// its tracking position: a link's text and its target, as a mail's text part prints them
/// (`794644790131 <https://www.fedex.com/fedextrack/?trknbr=794644790131>`, `… (https://…)`,
/// `[794644790131](https://…)`). `norm` is the number as normalised (upper case); the URL
/// must start within [`LINK_GLUE`] bytes of spaces and brackets after `end`, and the number
/// within its first [`LINK_LOOK`] bytes.
pub(crate) fn carrier_of_link_after(text: &[u8], end: usize, norm: &[u8]) -> Option<Carrier> {
    let rest = text.get(end..)?;
    let glue = rest.iter().take(LINK_GLUE + 1).take_while(|b| b" <([]".contains(b)).count();
    if glue == 0 || glue > LINK_GLUE || norm.is_empty() {
        return None;
    }
    let link = &rest[glue..];
    let scheme = |s: &[u8]| link.len() >= s.len() && link[..s.len()].eq_ignore_ascii_case(s);
    if !(scheme(b"https://") || scheme(b"http://")) {
        return None;
    }
    let link = &link[..link.len().min(LINK_LOOK)];
    let link = &link[..link.iter().position(|&b| URL_END[usize::from(b)]).unwrap_or(link.len())];
    // the number, whole (no letter or digit joined to it on either side)
    let at = (0..link.len().saturating_sub(norm.len() - 1)).find(|&i| {
        link[i..i + norm.len()].eq_ignore_ascii_case(norm)
            && (i == 0 || !link[i - 1].is_ascii_alphanumeric())
            && !link.get(i + norm.len()).is_some_and(u8::is_ascii_alphanumeric)
    })?;
    match verdict(text, end + glue + at, &mut Cache::new()) {
        Verdict::Tracking(carrier) => carrier,
        Verdict::Text | Verdict::Other => None,
    }
}

/// Whether `host` (lower case) is `name` or a subdomain of it (the naive walk the sorted
/// [`HOSTS`] index is tested against).
#[cfg(test)]
fn host_is(host: &[u8], name: &[u8]) -> bool {
    // first and last bytes first: most names are ruled out without a call to compare
    let (Some(&last), Some(&first)) = (name.last(), name.first()) else {
        return false;
    };
    host.len() >= name.len()
        && host[host.len() - 1] == last
        && host[host.len() - name.len()] == first
        && host.ends_with(name)
        && (host.len() == name.len() || host[host.len() - name.len() - 1] == b'.')
}

/// Whether `href` (a link target) leads to a tracking site of [`SITES`]: the host of the last
/// URL in it (a click-tracking link may carry the carrier's URL percent-encoded) is one of
/// theirs.
pub(crate) fn is_tracking_link(href: &[u8]) -> bool {
    let mut host_at = None;
    for i in (0..href.len()).rev() {
        // (a URL starts at `:`, `%` or `w`: told first)
        if !matches!(href[i], b':' | b'%' | b'w' | b'W') {
            continue;
        }
        if let Some(h) = url_starts_at(href, i) {
            host_at = Some(h);
            break;
        }
    }
    let Some(h) = host_at else {
        return false;
    };
    let host = Decoded::head(&href[h..]);
    let host = host.as_bytes();
    let host = &host
        [..host.iter().position(|b| matches!(b, b'/' | b'?' | b'#' | b':')).unwrap_or(host.len())];
    site_of_host(host, 0).is_some()
}

/// Where the candidate starting at `start` is (see the module docs).
pub(crate) fn verdict(text: &[u8], start: usize, cache: &mut Cache) -> Verdict {
    if let Some((at, v)) = cache.last {
        if at == start {
            return v;
        }
    }
    let v = verdict_walked(text, start, cache);
    cache.last = Some((start, v));
    v
}

/// [`verdict`], not remembered.
fn verdict_walked(text: &[u8], start: usize, cache: &mut Cache) -> Verdict {
    let Some(host_at) = url_host(text, start, cache) else {
        return Verdict::Text;
    };
    let url = &text[host_at..start.min(text.len())];
    let first = match cache.site {
        Some((at, site)) if at == host_at => site,
        _ => match first_site(url, 0) {
            Ok(site) => {
                cache.site = Some((host_at, site));
                site
            }
            // the number is part of the host name (or the host is too long to be a carrier's),
            // unless it would be its last label: a top-level domain has no digits, so
            // `www.RB123456785GB` is no host, only text
            Err(()) if host_goes_on(text, start) => return Verdict::Other,
            Err(()) => return Verdict::Text,
        },
    };
    let Some(first) = first else {
        return Verdict::Other;
    };
    let tail = Decoded::tail(url);
    let tail = list_start(tail.as_bytes());
    let mut next = Some(first);
    while let Some(i) = next {
        let s = &SITES[i];
        for m in s.at {
            let m = m.as_bytes();
            if !tail.ends_with(m) {
                continue;
            }
            let param = m.last() == Some(&b'=');
            let before = tail.len().checked_sub(m.len() + 1).map(|i| tail[i]);
            if !param || matches!(before, Some(b'?' | b'&' | b';' | b'#' | b'/')) {
                return Verdict::Tracking(s.carrier);
            }
        }
        // a host of several sites (rare): the next one
        next = first_site(url, i + 1).ok().flatten();
    }
    Verdict::Other
}

/// `tail` (a URL decoded up to a number in it) without the numbers listed before that one in
/// the same parameter, each followed by a comma (`tracknumbers=794644790131,794644790142`,
/// `nums=LP…%2CLP…`): the numbers of a list all stand in the list's position. Only the
/// [`DECODED`] bytes decoded are looked at.
fn list_start(tail: &[u8]) -> &[u8] {
    let mut t = tail;
    while let Some((&b',', body)) = t.split_last() {
        let n = body.iter().rev().take_while(|b| b.is_ascii_alphanumeric()).count();
        if n == 0 || n == body.len() {
            break;
        }
        t = &body[..body.len() - n];
    }
    t
}

/// Whether a host name goes on after the alphanumeric run at `start`: a dot and another
/// label, or a hyphen.
fn host_goes_on(text: &[u8], start: usize) -> bool {
    let rest = text.get(start..).unwrap_or_default();
    let end = rest.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(rest.len());
    match rest.get(end) {
        Some(b'.') => rest.get(end + 1).is_some_and(u8::is_ascii_alphanumeric),
        Some(b'-') => true,
        _ => false,
    }
}

/// The first site of [`SITES`] from index `from` on whose hosts the host of `url` (a URL
/// from its host on, up to a number in it) is one of; an error when the number is part
/// of the host name (or the host is too long to be a carrier's).
fn first_site(url: &[u8], from: usize) -> Result<Option<usize>, ()> {
    // the host, decoded up to its end (a number before that is part of the host name)
    let mut host = [0u8; MAX_HOST];
    let mut len = 0;
    let mut i = 0;
    loop {
        let Some(_) = url.get(i) else { return Err(()) };
        let (b, step) = decode_at(url, i);
        if matches!(b, b'/' | b'?' | b'#' | b':') {
            break;
        }
        *host.get_mut(len).ok_or(())? = b;
        len += 1;
        i += step;
    }
    Ok(site_of_host(&host[..len], from))
}

/// Longest host name compared with the table (longer ones are no carrier's).
const MAX_HOST: usize = 64;

/// The first site of [`SITES`] from index `from` on that `host` (lower case) or one of its
/// parent domains (`www.ups.com`, `ups.com`, `com`) is a host of, looked up in [`HOSTS`].
fn site_of_host(host: &[u8], from: usize) -> Option<usize> {
    let mut first: Option<usize> = None;
    let mut at = 0;
    loop {
        let suffix = &host[at..];
        let bit = name_bit(suffix);
        let lo = if HOST_BITS[bit / 64] & (1 << (bit % 64)) == 0 {
            HOSTS.len()
        } else {
            HOSTS.partition_point(|(name, _)| name.as_bytes() < suffix)
        };
        for &(name, site) in HOSTS.get(lo..).unwrap_or_default() {
            if name.as_bytes() != suffix {
                break;
            }
            let site = usize::from(site);
            if site >= from && first.is_none_or(|f| site < f) {
                first = Some(site);
            }
        }
        match host[at..].iter().position(|&b| b == b'.') {
            Some(dot) => at += dot + 1,
            None => return first,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions_decode_alike() {
        // percent-encoded punctuation, `&amp;` and the quoted-printable `=3D`, read forwards
        // and backwards to the same bytes
        let src = b"tracknum%3D1Z&amp;loc=3Den&x=3d9%2F=3C";
        let head = Decoded::head(src);
        let tail = Decoded::tail(src);
        assert_eq!(head.as_bytes(), b"tracknum=1z&loc=en&x=9/=3c");
        assert_eq!(tail.as_bytes(), head.as_bytes());
    }

    fn at(text: &str, number: &str) -> Verdict {
        let start = text.find(number).unwrap_or(0);
        verdict(text.as_bytes(), start, &mut Cache::new())
    }

    #[test]
    fn tracking_urls_name_their_carrier() {
        let ups = "https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784&requester=ST";
        assert_eq!(at(ups, "1Z999"), Verdict::Tracking(Some(Carrier::Ups)));
        let amp = "https://www.ups.com/track?loc=en_US&amp;tracknum=1Z999AA10123456784";
        assert_eq!(at(amp, "1Z999"), Verdict::Tracking(Some(Carrier::Ups)));
        let fedex = "https://www.fedex.com/apps/fedextrack/?action=track&tracknumbers=986578788855";
        assert_eq!(at(fedex, "9865"), Verdict::Tracking(Some(Carrier::Fedex)));
        let rm = "https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB";
        assert_eq!(at(rm, "RB12"), Verdict::Tracking(Some(Carrier::RoyalMail)));
        let enc = "https://click.example.com/ls/click?upn=https%3A%2F%2Fwww.ups.com%2Ftrack%3Ftracknum%3D1Z999AA10123456784";
        assert_eq!(at(enc, "1Z999"), Verdict::Tracking(Some(Carrier::Ups)));
    }

    #[test]
    fn a_tracking_link_printed_after_a_number_names_its_carrier() {
        let after = |text: &str, number: &str| {
            let end = text.find(number).map_or(0, |i| i + number.len());
            carrier_of_link_after(text.as_bytes(), end, number.as_bytes())
        };
        let fedex = "https://www.fedex.com/fedextrack/?trknbr=794644790131";
        for text in [
            std::format!("794644790131 <{fedex}>"),
            std::format!("794644790131 ({fedex})"),
            std::format!("[794644790131]({fedex})"),
            std::format!("794644790131 {fedex}"),
        ] {
            assert_eq!(after(&text, "794644790131"), Some(Carrier::Fedex), "{text}");
        }
        // another number in the link, the number elsewhere in it, no link right after, or
        // a link that is no tracking URL: nothing
        for text in [
            std::format!("794644790130 <{fedex}>"),
            std::format!("79464479013 <{fedex}>"),
            "794644790131 <https://www.fedex.com/en-us/home.html?ref=794644790131>".into(),
            std::format!("794644790131 see {fedex}"),
            std::format!("794644790131 ,  <{fedex}>"),
            "794644790131 <https://shop.example/track?n=794644790131>".into(),
        ] {
            assert_eq!(after(&text, "794644790131"), None, "{text}");
        }
    }

    #[test]
    fn the_numbers_of_a_list_in_a_tracking_parameter_all_stand_in_its_position() {
        let fedex = "https://www.fedex.com/apps/fedextrack/?tracknumbers=794644790131,794644790142,986578788855";
        for n in ["7946447901", "794644790142", "9865"] {
            assert_eq!(at(fedex, n), Verdict::Tracking(Some(Carrier::Fedex)), "{n}");
        }
        let enc = "https://t.17track.net/en#nums=LP00512345678901%2CRB123456785GB";
        assert_eq!(at(enc, "RB12"), Verdict::Tracking(None));
        let narvar = "https://shop.narvar.com/shop/tracking/fedex?tracking_numbers=794644790131,986578788855&order_number=1234567";
        assert_eq!(at(narvar, "9865"), Verdict::Tracking(None));
        assert_eq!(at(narvar, "1234567"), Verdict::Other);
        let old = "http://narvar.com/tracking/shop/ups?trackingnumbers=1Z999AA10123456784";
        assert_eq!(at(old, "1Z9"), Verdict::Tracking(None));
        // a list elsewhere in the URL is not
        let other = "https://www.fedex.com/apps/fedextrack/?ids=794644790131,986578788855";
        assert_eq!(at(other, "9865"), Verdict::Other);
        assert_eq!(list_start(b"x=1,"), b"x=");
        assert_eq!(list_start(b"x=1,22,"), b"x=");
        assert_eq!(list_start(b"1,"), b"1,");
        assert_eq!(list_start(b"x=,"), b"x=,");
    }

    #[test]
    fn other_places_in_urls_are_not_tracking_positions() {
        let amazon = "https://www.amazon.com/progress-tracker/package/ref=ppx_yo?_encoding=UTF8&itemId=jnkmlqkqptlmsn&orderId=113-4567890-1234567&shipmentId=DrxP4XbBN";
        assert_eq!(at(amazon, "113-"), Verdict::Other);
        let ts =
            "https://www.amazon.com/gp/your-account/ship-track?latestArrivalDate=1718323200000";
        assert_eq!(at(ts, "1718"), Verdict::Other);
        let usps = "https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input?mailpiece=12345678901234";
        assert_eq!(at(usps, "1234"), Verdict::Other);
        let ups = "https://www.ups.com/track?loc=en_US&requester=12345678901";
        assert_eq!(at(ups, "1234"), Verdict::Other);
        let img = "<img src=\"https://cdn.example.com/img/986578788855.png\">";
        assert_eq!(at(img, "9865"), Verdict::Other);
        assert_eq!(at("see 1Z999AA10123456784 today", "1Z"), Verdict::Text);
        // a number in the host name, then one in the tracking position of the same URL
        let text = "https://c2.ups.com/track?tracknum=1Z999AA10123456784";
        let mut cache = Cache::new();
        assert_eq!(verdict(text.as_bytes(), 9, &mut cache), Verdict::Other);
        let at_number = text.find("1Z").unwrap_or(0);
        let ups = Verdict::Tracking(Some(Carrier::Ups));
        assert_eq!(verdict(text.as_bytes(), at_number, &mut cache), ups);
        assert_eq!(at("https://x.com/a b 1Z999AA10123456784", "1Z"), Verdict::Text);
        // a number where a host's last label would be: no top-level domain has digits
        assert_eq!(at("www.RB123456785GB today", "RB"), Verdict::Text);
        assert_eq!(at("www.RB123456785GB.example.com", "RB"), Verdict::Other);
        assert_eq!(at("https://RB123456785GB-x.example.com", "RB"), Verdict::Other);
    }

    #[test]
    fn the_sorted_host_index_agrees_with_a_naive_walk() {
        extern crate std;
        use std::format;
        let naive = |host: &str, from: usize| {
            SITES.iter().enumerate().skip(from).find_map(|(i, s)| {
                s.hosts.iter().any(|h| host_is(host.as_bytes(), h.as_bytes())).then_some(i)
            })
        };
        let mut hosts: std::vec::Vec<std::string::String> = std::vec::Vec::new();
        for s in SITES {
            for h in s.hosts {
                hosts.push(std::string::String::from(*h));
                hosts.push(format!("www.{h}"));
                hosts.push(format!("a.b.{h}"));
                hosts.push(format!("x{h}"));
                hosts.push(format!("{h}.evil.com"));
            }
        }
        hosts.extend(["com", "", "example.com", "ups.com.", "."].map(std::string::String::from));
        for h in &hosts {
            for from in [0, 1, 5, SITES.len() - 1, SITES.len()] {
                let url = format!("{h}/path");
                assert_eq!(first_site(url.as_bytes(), from), Ok(naive(h, from)), "{h} from {from}");
            }
        }
    }

    #[test]
    fn tracking_links() {
        assert!(is_tracking_link(b"https://www.ups.com/track?tracknum=1Z"));
        assert!(is_tracking_link(b"http://tools.usps.com/go/TrackConfirmAction?tLabels=1"));
        assert!(is_tracking_link(b"https://t.example.com/c?u=https%3A%2F%2Fwww.dhl.de%2Fx"));
        assert!(!is_tracking_link(b"https://www.example.com/track?n=1"));
        assert!(!is_tracking_link(b"https://informeddelivery.usps.com/box"));
        assert!(!is_tracking_link(b"mailto:help@ups.com"));
        assert!(!is_tracking_link(b"https://ups.com.evil.example/track"));
    }

    #[test]
    fn the_cache_walks_each_byte_once_and_agrees() {
        let text = "https://www.ups.com/track?tracknum=1Z999AA10123456784&x=1Z999AA10123456784 1Z999AA10123456784";
        let b = text.as_bytes();
        let mut cache = Cache::new();
        let starts = [35, 56, 75];
        let want = [Verdict::Tracking(Some(Carrier::Ups)), Verdict::Other, Verdict::Text];
        for (s, w) in starts.iter().zip(want) {
            assert_eq!(verdict(b, *s, &mut cache), w, "at {s}");
            assert_eq!(verdict(b, *s, &mut Cache::new()), w, "at {s} uncached");
        }
    }
}
