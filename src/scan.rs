//! Finding tracking numbers in free text: e-mails, chat messages, web pages.
//!
//! The API speaks [`regex`](https://docs.rs/regex)'s vocabulary: [`find_iter`] yields every
//! [`Match`] in text order, [`find`] the first, [`is_match`] answers yes or no. A [`Match`]
//! knows its byte range in the original text ([`start`](Match::start), [`end`](Match::end),
//! [`range`](Match::range)), the span as written ([`as_str`](Match::as_str), separators
//! included) and the parsed, normalised [`TrackingNumber`]. A
//! [`Scanner`] built with [`Scanner::builder`] chooses carriers and formats, strictness and
//! extra shop-defined formats.
//!
//! ```
//! let mail = "Hi! Your parcel ships today with UPS: 1Z 999 AA1 01 2345 678 4. \
//!             Questions? Call (555) 123-4567 about order 4711.";
//! let m = tracking_number::find(mail).unwrap();
//! assert_eq!(m.as_str(), "1Z 999 AA1 01 2345 678 4");
//! assert_eq!(m.number().unwrap().as_str(), "1Z999AA10123456784");
//! assert_eq!(&mail[m.range()], m.as_str());
//! assert_eq!(tracking_number::find_iter(mail).count(), 1);
//! ```
//!
//! # How numbers are found
//!
//! The scanner makes one pass over the bytes and never allocates (see below for HTML and
//! full-width text).
//!
//! 1. It jumps to the next ASCII digit (every format contains digits), then looks at the
//!    *groups* around it: maximal runs of ASCII letters and digits. Two groups belong to the
//!    same printed number when **exactly one** separator joins them: a space, a dash, a dot
//!    (ASCII or full-width), a no-break space (U+00A0), the thin and narrow no-break spaces
//!    that French and other locales group digits with (U+2009, U+202F), an ideographic space
//!    (U+3000), a Unicode hyphen (U+2010, U+2011), one line break (`\n`, `\r\n`), or a
//!    character that is not shown (zero-width space, non-joiner or joiner, word joiner, byte
//!    order mark, soft hyphen: mails put them inside numbers) or the soft line break of a
//!    quoted-printable message read undecoded (`=` at the end of a line), or Markdown's
//!    emphasis markers where a converter closes one bold or italic element and opens the next
//!    inside a number (`**1Z999AA1****0123456784**`: a run of two or four `*` or `_`). In raw
//!    HTML read as
//!    text, the same separators written as markup count too: the no-break space and the
//!    characters not shown as references (`&nbsp;`, `&#160;`, `&#8203;`, `&#x200B;`,
//!    `&zwnj;`, `&shy;`, …), the `<wbr>` element, and up to four tags of inline formatting
//!    elements (`<span>`, `<b>`, `<strong>`, `<i>`, `<em>`, `<u>`, `<font>`, …) right
//!    between two groups, which a mail client shows as nothing (`1Z999AA1</span><span>0123…`;
//!    with one space or line break of the source among or beside them, a space: `9400 1118
//!    <b>9922</b> 3397…`); one `<br>` among them is a line break, as a reader sees it (`1Z
//!    999 AA1<br>01 2345 6784` is a number wrapped onto the next line; two are a blank
//!    line). Other tags (cells, links, paragraphs) end the sequence. Groups joined by the
//!    last two kinds are **one block** to a reader, and the grouping rules below see them as
//!    one (`77498\u{200b}5632143` is printed like `774985632143`). The closing parenthesis of
//!    an SSCC's application identifier joins it to the digits, as GS1-128 labels print them
//!    (`(00) 3 4043413 879811351 7`; the match starts at `(`). Two spaces, `". "`, a comma,
//!    a slash or any other character end the sequence. So `1Z 999 AA1 01 2345 678 4`, `9400
//!    1000 0000 0000 0000 00`, `EA 123 456 785 US`, and a number wrapped onto the next line at
//!    a group boundary are found; a number with two spaces inside it is not joined.
//! 2. A *span* is a sequence of whole groups: a match always starts and ends at the boundary
//!    of an alphanumeric run of the text, so a 12-digit slice of a 20-digit number, or the
//!    `1Z…` inside `X1Z…`, is never reported. Text stripped of its tags runs table cells
//!    together, and so the run has two more boundaries: before a capitalised word glued
//!    after a digit or a capital (`…6149Scheduled`, `…9609In transit`; no number holds a
//!    lower-case letter, and such a word starts no number), and after a tracking label or a
//!    carrier's name glued before the number (`Tracking number394299814550`,
//!    `Sendungsnummer00340434…`, `USPS9300…`, `1 of 3UPS1Z…`; a name glued so labels the
//!    number as that carrier's, as a name in the cell before does). Context words glued so are
//!    read apart where a capital follows a lower-case letter (`shippedOrder 8614…` names an
//!    order). Words glued to a number on both sides are read apart too: a group ending with
//!    three capitals or more after a digit also ends spans where the capitals start, keeping
//!    none, one or two of them so that three are left (`…5483016SHIPPED`, `…2880 49BLUE
//!    APRON`, `RB123456785GBROYAL`: no number ends with three letters after its digits), and
//!    an anchor (the first group with a digit) that is a word of two letters or more, one of
//!    them lower case, glued before a digit or a capital also starts spans there (`Delivery
//!    By9405 5453 …`, `order1Z999…`), or past a carrier's name in capitals glued there
//!    (`CarrierUSPS9400…`; so does a glued label: `Tracking numberUSPS9400…`). These spans
//!    compete with the others as any span does (stronger, then longer): a number whose own
//!    letters end it reads at least as strong whole as cut, and longer, so its letters are
//!    never cut off. Groups of letters only are part of a span only if they are upper case
//!    and at most 4 letters long (`EA 123 456 785 US`,
//!    `1Z ZPM 2FV 91 7210 8301`, `0998 0000 0200 33 F`; at most one of them before the first
//!    group with a digit); any other word ends the span, so `LX17635036 ut labore` never
//!    swallows the words. Spans are at most 12 groups (plus that one leading group) and at
//!    most as long as the longest format.
//! 3. Each span of a possible length is normalised (upper case, separators dropped) and
//!    classified by [`detect`](crate::detect) (and by the registered
//!    [`ExtraFormat`]s). Numbers whose check digit is wrong are not
//!    reported.
//! 4. **OCR output**: a span of digit groups in which one or two digits look like letters
//!    (`O` or `o` for 0, `I` or `l` for 1: `94OO 1118 9922 3344 5566 77`; among digits
//!    also `S` for 5, `B` for 8 and `Z` for 2, though not as the span's first character,
//!    which is a letter prefix then: `9400 1118 99Z2 …`) is also read with those letters as
//!    digits. That reading counts only when its check digit verifies (at
//!    least [`CheckDigit`](Strength::CheckDigit)); [`Match::as_str`] is the text as printed,
//!    [`Match::number`] the number as read. Among other letters (`1Z999AA1O123456784`, UPS's
//!    `1Z` read as `IZ` or `lZ`, `EA I23 456 785 US`) such letters are read as digits too,
//!    but that reading counts only when it is [`Strong`](Strength::Strong): a distinctive
//!    structure with its check digit; a letter prefix must keep a letter (`I` before a
//!    number is a word). Three or more such letters are never repaired.
//! 5. Overlapping readings are resolved to the **strongest** (see [`Strength`]), then the
//!    **longest** (in normalised characters), then the leftmost.
//!
//! Runs longer than the longest format are skipped as a whole, so the work per byte is bounded
//! by a constant (at most 12 groups × the longest format) whatever the input: time is linear.
//!
//! # Which numbers are reported
//!
//! Every reading gets a [`Strength`] from its format and evidence:
//!
//! | reading | strength | examples |
//! |---|---|---|
//! | check digit verified, the number contains a letter, layout confidence not low, not an S10 of an unknown operator | [`Strong`](Strength::Strong) | `1Z…`, `RB123456785GB`, OnTrac `C…`, DPD with check character |
//! | check digit verified, digits only, 20 characters or more, layout confidence high | [`Strong`](Strength::Strong) | USPS IMpb `9400…`, `420`+ZIP routing, SSCC with AI `00`, FedEx 34 |
//! | no check digit, 13 characters or more, two of the first three are letters, confidence not low | [`Strong`](Strength::Strong) | `TBA…`, `JJD…`, `LTN…N1`, PostNL `3S…`, `1LS…` |
//! | any other verified check digit | [`CheckDigit`](Strength::CheckDigit) | DHL 10 (mod 7), FedEx 12, Purolator (Luhn), Canada Post 16 (GS1), S10 of an unknown operator |
//! | no check digit (or an unconfirmed one), layout confidence low | [`Guess`](Strength::Guess) | GLS, Evri calling card (8 digits), Australia Post eParcel, FedEx door tag |
//! | any other reading | [`Shape`](Strength::Shape) | DPD 14 digits, Evri 16, LaserShip `LX` + 8 digits |
//! | an extra format: with a check character, or containing a letter | [`Strong`](Strength::Strong) | `ORD123456` |
//! | an extra format: digits only, no check character | [`Shape`](Strength::Shape) | |
//!
//! *Strong* readings are always reported (outside URLs, see below). *Guesses* are reported
//! only by an [`eager`](ScannerBuilder::eager) scanner, after a label, or with context for
//! the carrier of a [`hint`](ScannerBuilder::hint). *Weak* ones (`CheckDigit`, `Shape`) are reported only with
//! supporting context ([`Support`]), unless the scanner is eager:
//!
//! - an explicit tracking **label** directly before it ([`Support::Label`]): "Tracking
//!   number", "Sendungsnummer", "N° de suivi", "Track & Trace code", "Numero di spedizione",
//!   "Número de seguimiento", "Numer przesyłki", "Código de rastreio", "Kollinummer",
//!   "追跡番号", "运单号", "Трек-номер" and their common variants, in English, German,
//!   French, Dutch, Italian, Spanish, Polish, Portuguese, Swedish, Danish, Norwegian,
//!   Japanese, Chinese, Finnish, Turkish, Czech, Russian, Ukrainian, Korean, Hungarian and
//!   Indonesian (a hyphen may stand
//!   for a label's space: "Tracking-ID"). *Directly before* means only glue between them:
//!   white space with at most six line breaks (the label on its own line, or in the table
//!   cell or row before, as a tag-stripping converter prints it, its columns padded with
//!   spaces or not), `:`, `#`, `.`, `-`, `|`, `*`, dashes, a middle dot, `→`, full-width
//!   punctuation (in raw HTML read as text, also written as references: `&nbsp;`,
//!   `&middot;`, `&ndash;`, `&rarr;`, …, and the tags between), the quote marks of a quoted
//!   reply (`>` at the start of a line), and at most one connecting word ("is", "ist", "lautet", "est", "è", "es", "jest",
//!   "é", "är", "er", `は`, `为`, `是`). A label also heads a column: in a table laid out in
//!   text (cells apart by two spaces or more, or a tab), a header cell that is a label and
//!   nothing else, at the number's column in a line above (at most 6 lines up, no blank line
//!   between; the header row has two cells or more and no digit), labels the cells below it;
//!   so does the header cell of the same index in a table whose cells are apart by `|` (as
//!   converters print a table in Markdown's way, with a rule under the header or not); in
//!   the [HTML](self#html) mode, a table's header row does. A label makes *any*
//!   reading reportable, guesses
//!   included, and any consistent printed grouping acceptable (threes, fours, dashes,
//!   spaces, or the carrier's own grouping); a label before a list of numbers labels each
//!   of them (separated by a comma, `;`, `/`, `|`, `&`, "and" and its translations, or one a
//!   line). With no carrier named nearby, the label's
//!   language reads the span as a carrier's of the countries that write it, when one of
//!   them reads it as strongly as the reading that ranks first, or in Japanese at all
//!   (three carriers deliver nearly all of Japan's parcels): "Numéro de suivi" and 8
//!   digits are Mondial Relay's, not Evri's; "追跡番号", Yamato's, Sagawa's or Japan Post's;
//!   "ТТН", Nova Poshta's. Labels in English and Chinese say nothing. A label only one
//!   carrier prints and too common to count alone (Purolator's "PIN") counts when that
//!   carrier is named nearby, and the span is then read as that carrier's number. So does a
//!   carrier's **name** directly before the number when the glue sets the number apart from
//!   it (a colon, `#`, a tab, two spaces, a line break, `|` or a tag: "GLS: 60532187449", a
//!   table whose carrier cell precedes the number's); the span is then read as that
//!   carrier's number. A name may go on with the words of its company's name ("Sagawa
//!   Express:", "SDA Express Courier:"). A carrier's name with only a space, a dash or a
//!   middle dot before a number printed as one block ("GLS 60532187449", "sent it DHL
//!   3318810025"), or in the carrier's own grouping with a check digit that verifies, is
//!   no label, but reads the span as that carrier's as a context word does, unless a word
//!   before the name names another kind of number ("Order GLS …"); so does a carrier's name
//!   with a shipping word ("Your GLS parcel 60532187449"), and a carrier's name printed
//!   right after the number, with at most four bytes of spaces, brackets, `-`, `:`, `,`, `/`
//!   or `|` between (and, in raw HTML read as text, the tags of a table's next cell):
//!   "61018324775 (GLS)", a table whose number column comes before its carrier column;
//!   unless a word before the number names another kind of number ("Order"). A number that
//!   needs a label (printed in groups that are not blocks, or a payment card number, a
//!   product code or a date written as 8 digits) needs a label still;
//! - else the context word nearest before it decides, if it is in the same sentence, within
//!   96 bytes and at most 4 other words before it ("Your DHL waybill …", "Tracking No. …"; a
//!   blank line, or a line break or `.`/`!`/`?` followed by a capitalised word, ends a
//!   sentence; a run of letters and digits such as `H01ABC1234567890` is no word): a shipping
//!   word ("tracking", "track", "shipment", "waybill", "parcel", "Sendung", "suivi", "colis",
//!   "zending", "spedizione", "envío", "przesyłka", "encomenda", "försändelse", "forsendelse",
//!   "配送", "快递", a carrier name such as "DHL" or "FedEx", …) supports it
//!   ([`Support::Word`]); a word that names another kind of number ("order", "invoice",
//!   "phone", "tel", "call", "IBAN", "card", "ISBN", "customer", "Bestellnummer", "commande",
//!   "订单", "заказ", a company's registration and tax numbers: "IVA", "Steuernummer",
//!   "HRB", "CNPJ", "KvK", "ABN", and shipping words that name another number: "note",
//!   "address", "weight", "PIN", …) rules it out;
//! - else a previous match ending in the same sentence at most 4 words before it supports it
//!   (lists of numbers): [`Support::Nearby`];
//! - else a shipping word among the next 3 words of the same sentence supports it
//!   ("3318810025 (DHL)", "… is your tracking number").
//!
//! # URLs
//!
//! Mail is full of links whose paths and parameters hold ids, timestamps and order numbers,
//! so a number **inside a URL** (a token that holds `scheme://`, its percent-encoded form
//! inside a redirect link, or `www.`) is reported only when the URL is a carrier's tracking
//! URL and the number stands in its tracking position: the host is one of that carrier's
//! tracking sites (or a tracking aggregator's) and the number follows one of the site's
//! tracking parameters or paths (`https://www.ups.com/track?tracknum=…`,
//! `https://www.fedex.com/fedextrack/?trknbr=…`, `…/track-your-item#/tracking-results/…`).
//! Such a number is reported as that carrier's whatever its strength, [`Support::Url`]
//! (with [`context`](ScannerBuilder::context) off, only when it is strong). Numbers anywhere
//! else in a URL (`?orderId=113-4567890-1234567`, `…/img/986578788855.png`) are never
//! reported. `&amp;` and percent-encoded URL punctuation (`%2F`, `%3F`, `%3D`, …) are read
//! decoded, so click-tracking links that carry the carrier's URL still count; so is the `=3D`
//! of a quoted-printable mail read undecoded (`tracknum=3D1Z999…`).
//!
//! # Which reading
//!
//! A span several formats fit is reported with the reading of the default answer
//! ([`TrackingNumber::parse`](crate::TrackingNumber::parse)): a
//! [`hint`](ScannerBuilder::hint)ed carrier's readings first, then the best
//! [`detect`](crate::detect) ranks among those not of [`Low`](crate::Confidence::Low)
//! confidence, then a Low one; at the strength of its strongest reading. When that reading is
//! not strong and no hint is given, a carrier **named nearby** picks among the readings: the
//! name nearest before the number within 1024 bytes, else the first within 1024 bytes after it
//! ("DPD", "dpd.de", "Royal Mail", "ヤマト運輸"), when the number has a reading of that carrier.
//! A name printed right after the number (as above: "7946 4479 0131 (FedEx)") comes first,
//! unless one is printed right before it too; a carrier's tracking URL printed right after the
//! number with the same number in it (a link's text and its target, as a text part prints
//! them: `794644790131 <https://www.fedex.com/…?trknbr=794644790131>`) comes before both.
//! When it has none and the name stands in the same sentence within the context-word window (96
//! bytes before the number, or 48 after it: "… (USPS)", unless a name of the carrier read
//! stands close before), the words around the number describe another carrier's number: a span
//! supported only by a context word or a nearby match, or a guess after a label, is then not
//! reported ("Your FedEx package 7749 8563 2140" that is no FedEx number; "Canada Post tracking
//! number: 1234567890123456", which only a guess of another carrier reads), while a tracking
//! URL, or a label before a number whose check digit verifies, still reports it (and so does an
//! [eager](ScannerBuilder::eager) scanner). A strong reading of a carrier with brands of
//! its own (an S10 number is its country's designated operator's) is read as the brand's
//! when the name nearest before the number is that brand's, or the name printed right after
//! it (unless one is printed right before it), and the brand has a reading of it: "Your
//! Parcelforce Worldwide item … EJ952259299GB" and "EJ952259299GB (Parcelforce)" are
//! Parcelforce's, not Royal Mail's.
//!
//! # HTML
//!
//! With [`html(true)`](ScannerBuilder::html) the scanner reads raw HTML as a mail client
//! shows it: text content with character references decoded (`&nbsp;`, `&#8203;`, `&#x2F;`,
//! named references, the legacy ones without `;`), zero-width and other invisible
//! characters dropped (so is the soft line break of a quoted-printable mail read undecoded,
//! `=` at the end of a line), tags as separators (a block tag or `<br>` as a line break, a
//! table cell as a cell break, so a label reaches the next cell; a column's header that is a
//! tracking label, "Package | Tracking number | Shipped on", labels each cell of that column
//! in the rows below it), `<script>`, `<style>`,
//! `<title>`, comments and declarations skipped, and the target of each `<a href>` that is a
//! tracking URL read as if it stood after the link text (a label before the link still
//! reaches the number in its text). Matches come in offset order all the same, and never
//! overlap: those of a link's text wait for its target to be read. Reported spans point into
//! the original input (a number split by a tag or a reference is one span over the markup), and
//! [`Match::normalized`] gives the number as shown. The text is built in windows that
//! overlap (32 KiB of text view with `alloc`, allocated once per [`FindIter`]; 1 KiB arrays
//! inside it without), so time stays linear and memory constant. The default mode is safe
//! on raw HTML too (markup never joins groups, URLs follow the rules above), but reads
//! references and split numbers as separators.
//!
//! **Full-width characters.** Japanese and Chinese text often writes numbers in full-width
//! digits and letters (`１Ｚ９９９ＡＡ１…`, `１２３４－５６７８－９０１３`). They are read as
//! their ASCII forms (the full-width hyphen-minus and full stop as separators), in both modes;
//! spans point into the original text. A text that holds one is read through the same
//! windowed view as HTML, so its scan allocates that window too (with `alloc`); a text
//! without them is scanned directly and allocates nothing.
//!
//! # Each number once
//!
//! [`FindIter::distinct`] yields each distinct number of a text once, at its first span:
//! "the tracking numbers in this mail" rather than every occurrence.
//!
//! Digits-only spans must also look like printed numbers, not like something else:
//!
//! - if shorter than 20 digits: printed in one group, or in groups of four where the first and
//!   the last may be shorter
//!   (`9400 1112 0108 0805 4830 16`, `33 1881 0025`, `0414 4176 0228 964`), or as Japan Post's
//!   `NNN-NN-NNNNN-N`. This rules out phone numbers (`555 123 4567`, `020 7946 0958`), dates
//!   (`2024-01-15`), ZIP+4 codes (`94105-1234`), dotted numbers and most order numbers;
//! - not joined to another group containing a digit, except by a single space or line break
//!   for a number printed in one group (so lists of unspaced numbers work, but a slice of an
//!   IBAN, card or phone number, a price like `1234567890.00` or a range `…-2` does not), or
//!   by a single space to a *sibling*: as many groups on that side, of the same lengths, digits
//!   only, joined by the same separators, no placeholder, that read in the same format with a
//!   verified check digit (numbers printed alike one after another: `9400 1118 9922 3100 0123 48 9400 1118 9922 3100 0123
//!   55` holds two USPS numbers, `7749 8563 2143 7749 8563 2154` two FedEx numbers, not one
//!   24-digit number);
//! - not over several lines printed alike, each of a possible length: a list, one number a
//!   line (`61018324775⏎61018324783` is two numbers; a number wrapped onto the next line
//!   ends there with a shorter line);
//! - not preceded by `+` (international phone numbers, also `+44 20…`);
//! - not a payment card number (13–19 digits, Luhn-valid, card-network prefix), not an
//!   EAN-8/EAN-13/ISBN-13 (GS1-valid 8 or 13 digits);
//! - not one digit repeated (`0000 0000 0000`, a template's placeholder), even after a label.
//!
//! Spans that are valid IBANs, or that start inside an IBAN printed in groups of four
//! (`GB82 WEST 1234 5698 7654 32`), are never reported either.
//!
//! # Options
//!
//! | builder method | default | effect |
//! |---|---|---|
//! | [`carriers`](ScannerBuilder::carriers) | all | only readings attributed to these carriers |
//! | [`formats`](ScannerBuilder::formats) | all | only these formats |
//! | [`unchecked`](ScannerBuilder::unchecked) | `true` | also report formats (and extra formats) without a check digit |
//! | [`min_strength`](ScannerBuilder::min_strength) | [`Guess`](Strength::Guess) (keep all) | drop readings weaker than this, even with context |
//! | [`context`](ScannerBuilder::context) | `true` | let context words and URLs promote weak readings; when `false`, only strong readings are reported |
//! | [`eager`](ScannerBuilder::eager) | `false` | report weak readings without context (still subject to the shape rules above) |
//! | [`hint`](ScannerBuilder::hint) | none | the sender's carrier: its readings rank first, its guesses may be reported in labelled positions |
//! | [`html`](ScannerBuilder::html) | `false` | read the input as raw HTML (see [HTML](self#html)) |
//! | [`extra`](ScannerBuilder::extra) | none | also look for a shop-defined [`ExtraFormat`] (up to [`MAX_EXTRAS`]) |
//!
//! [`find_iter`], [`find`] and [`is_match`] use the default scanner ([`Scanner::new`]).

mod context;
mod engine;
mod grouping;
mod html;
mod label;
mod matched;
mod ocr;
mod token;
mod url;

#[cfg(feature = "alloc")]
pub use matched::{Distinct, OwnedMatch};
pub use matched::{FindIter, Haystack, Match, MatchKind, MAX_NORMALIZED};

use core::fmt;

use crate::bits::Bits;
use crate::id::id_enum;
use crate::{Carrier, Confidence, Evidence, ExtraFormat, Format, TrackingNumber};
use engine::{Classify, Opts, MAX_LEN};

id_enum! {
    /// How strongly the reading of a span says "tracking number" on its own (see the table in
    /// the [module docs](self)). Ordered: `Guess < Shape < CheckDigit < Strong`.
    ///
    /// ```
    /// use tracking_number::scan::Strength;
    ///
    /// let m = tracking_number::find("1Z999AA10123456784").unwrap();
    /// assert_eq!(m.strength(), Strength::Strong);
    /// assert!(Strength::Shape < Strength::CheckDigit);
    /// assert_eq!(Strength::CheckDigit.as_str(), "check_digit");
    /// ```
    #[non_exhaustive]
    pub enum Strength: "strength", "tracking_number::scan::Strength", example CheckDigit {
        /// A low-confidence layout without a verified check digit (GLS, Evri calling cards,
        /// Australia Post eParcel, …): only reported by an [eager](ScannerBuilder::eager) scanner.
        Guess = ("guess", "guess"),
        /// Only the shape matches (no check digit, or a common one without distinctive letters).
        Shape = ("shape", "shape"),
        /// A check digit verified, but the shape is common (bare digit runs of 10–19 digits).
        CheckDigit = ("check_digit", "check_digit"),
        /// A distinctive structure: letters and a verified check digit, a long prefixed digit
        /// run with a verified check digit, or a long letter-prefixed number.
        Strong = ("strong", "strong"),
    }
}

id_enum! {
    /// Why a match was reported (see the [module docs](self)).
    ///
    /// ```
    /// use tracking_number::scan::Support;
    ///
    /// let m = tracking_number::find("3318810025 (DHL Express)").unwrap();
    /// assert_eq!(m.support(), Support::Word);
    /// assert_eq!(Support::Url.as_str(), "url");
    /// ```
    #[non_exhaustive]
    pub enum Support: "support", "tracking_number::scan::Support", example Word {
        /// A strong reading: its structure alone suffices.
        Structure = ("structure", "structure"),
        /// A shipping word nearby ("tracking", "waybill", a carrier name, …).
        Word = ("word", "word"),
        /// The number is in the tracking position of a carrier's tracking URL.
        Url = ("url", "url"),
        /// An explicit tracking label ("Tracking number:", "Sendungsnummer", "追跡番号", …)
        /// directly precedes it.
        Label = ("label", "label"),
        /// Another match ends shortly before it (a list of numbers).
        Nearby = ("nearby", "nearby"),
        /// Weak, reported because the scanner is eager.
        Eager = ("eager", "eager"),
    }
}

/// How many extra formats one scanner can hold.
pub const MAX_EXTRAS: usize = 8;

/// A registered extra format: borrowed, or owned by the scanner (with `alloc`).
#[derive(Clone)]
enum Extra<'f> {
    Borrowed(&'f (dyn ExtraFormat + Sync)),
    #[cfg(feature = "alloc")]
    Owned(alloc::sync::Arc<dyn ExtraFormat + Send + Sync>),
}

impl Extra<'_> {
    fn get(&self) -> &(dyn ExtraFormat + Sync) {
        match self {
            Extra::Borrowed(e) => *e,
            #[cfg(feature = "alloc")]
            Extra::Owned(e) => &**e,
        }
    }
}

/// The scanner of the free functions ([`find_iter`], [`find`], [`is_match`]).
static DEFAULT: Scanner<'static> = Scanner::new();

/// A configured scanner; build one with [`Scanner::builder`]. `Clone`; no allocation, except
/// the formats given to [`ScannerBuilder::extra_owned`] (shared, so clones are cheap). A
/// scanner with owned formats only is a `Scanner<'static>`: `Send + Sync`, it can live in
/// application state.
///
/// ```
/// use tracking_number::scan::Scanner;
/// use tracking_number::Carrier;
///
/// let only_ups = Scanner::builder().carriers(&[Carrier::Ups]).build()?;
/// let text = "UPS 1Z999AA10123456784, Royal Mail RB123456785GB";
/// let found: Vec<_> = only_ups.find_iter(text).map(|m| m.as_str()).collect();
/// assert_eq!(found, ["1Z999AA10123456784"]);
/// # Ok::<(), tracking_number::scan::BuildError>(())
/// ```
#[derive(Clone)]
pub struct Scanner<'f> {
    formats: FormatBits,
    carriers: CarrierBits,
    unchecked: bool,
    opts: Opts,
    /// The carrier the caller says sent the text.
    hint: Option<Carrier>,
    /// The text is raw HTML.
    html: bool,
    extras: [Option<Extra<'f>>; MAX_EXTRAS],
    /// Bit `n` set: some allowed format has normalised length `n`.
    lengths: u64,
    /// Bit `n` set: some allowed layout of normalised length `n` can give more than a
    /// [`Strength::Guess`] (any extra format can).
    beyond_guess_lengths: u64,
    /// Bit `n` set: some extra format has normalised length `n`.
    extra_lengths: u64,
    max_len: usize,
}

impl fmt::Debug for Scanner<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Ids<'a, 'f>(&'a [Option<Extra<'f>>]);
        impl fmt::Debug for Ids<'_, '_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.0.iter().flatten().map(|e| e.get().id())).finish()
            }
        }
        f.debug_struct("Scanner")
            .field(
                "formats",
                &Format::ALL.iter().filter(|&&x| self.formats.contains(x as usize)).count(),
            )
            .field(
                "carriers",
                &Carrier::ALL.iter().filter(|&&x| self.carriers.contains(x as usize)).count(),
            )
            .field("unchecked", &self.unchecked)
            .field("min_strength", &self.opts.min_strength)
            .field("context", &self.opts.context)
            .field("eager", &self.opts.eager)
            .field("hint", &self.hint)
            .field("html", &self.html)
            .field("extras", &Ids(&self.extras))
            .finish()
    }
}

impl Default for Scanner<'_> {
    fn default() -> Self {
        Scanner::new()
    }
}

/// A set of formats.
type FormatBits = Bits<4>;
/// A set of carriers.
type CarrierBits = Bits<5>;
const _: () = assert!(Format::ALL.len() <= 256 && Carrier::ALL.len() <= 320);

impl<'f> Scanner<'f> {
    /// The default scanner: all carriers and formats, formats without a check digit included,
    /// context words count, not eager, no extra formats.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// assert!(Scanner::new().is_match("see RB123456785GB"));
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        let (lengths, max_len) = crate::format::all_lengths();
        let beyond_guess_lengths = crate::index::beyond_guess_lengths();
        Scanner {
            formats: FormatBits::ALL,
            carriers: CarrierBits::ALL,
            unchecked: true,
            opts: Opts { eager: false, context: true, min_strength: Strength::Guess },
            hint: None,
            html: false,
            extras: [const { None }; MAX_EXTRAS],
            lengths,
            beyond_guess_lengths,
            extra_lengths: 0,
            max_len,
        }
    }

    /// A builder starting from [`Scanner::new`]'s defaults.
    ///
    /// ```
    /// use tracking_number::scan::{Scanner, Strength};
    ///
    /// let strict = Scanner::builder().min_strength(Strength::Strong).build()?;
    /// assert!(!strict.is_match("tracking 986578788855"));
    /// assert!(strict.is_match("1Z999AA10123456784"));
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn builder() -> ScannerBuilder<'f> {
        ScannerBuilder { scanner: Scanner::new(), extras: 0, error: None }
    }

    fn compute_lengths(&mut self) {
        let (mut lengths, mut beyond, mut max) = (0u64, 0u64, 0usize);
        let mut add = |lo: usize, hi: usize, beyond_guess: bool| {
            for n in lo.max(1)..=hi.min(MAX_LEN) {
                lengths |= 1 << n;
                if beyond_guess {
                    beyond |= 1 << n;
                }
                max = max.max(n);
            }
        };
        for e in &crate::index::ENTRIES {
            let l = e.layout();
            if self.formats.contains(e.format() as usize) && (self.unchecked || l.check.is_some()) {
                add(usize::from(l.min_len), usize::from(l.max_len), !e.guess_only());
            }
        }
        let mut extra_lengths = 0u64;
        for e in self.extras.iter().flatten().map(Extra::get) {
            if self.unchecked || e.has_check() {
                let (lo, hi) = e.len_range();
                add(lo, hi, true);
                for n in lo.max(1)..=hi.min(MAX_LEN) {
                    extra_lengths |= 1 << n;
                }
            }
        }
        self.extra_lengths = extra_lengths;
        self.lengths = lengths;
        self.beyond_guess_lengths = beyond;
        self.max_len = max;
    }

    /// Every match in `text`, in order, non-overlapping. The matches borrow the text and
    /// the scanner (an extra format's id is the scanner's): keep the scanner in a binding
    /// while they are used.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// let text = "Your parcels: RB123456785GB and 1Z999AA10123456784.";
    /// let numbers: Vec<String> =
    ///     Scanner::new().find_iter(text).map(|m| m.number().unwrap().to_string()).collect();
    /// assert_eq!(numbers, ["RB123456785GB", "1Z999AA10123456784"]);
    /// ```
    pub fn find_iter<'h>(&'h self, text: &'h str) -> FindIter<'h>
    where
        'f: 'h,
    {
        FindIter::new(self, text)
    }

    /// Every match in `text`, which need not be UTF-8 (a mail archive with Latin-1 or broken
    /// bytes): bytes outside ASCII end groups as any other non-separator does, so a bad byte
    /// never stops the scan and numbers around it are found as in valid text. Offsets are
    /// bytes into `text`.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// let scanner = Scanner::new();
    /// let text = b"caf\xe9 \xff UPS 1Z999AA10123456784 \xfe\xfe RB 123 456 785 GB";
    /// let found: Vec<&[u8]> = scanner.find_iter_bytes(text).map(|m| m.as_bytes()).collect();
    /// assert_eq!(found, [&b"1Z999AA10123456784"[..], b"RB 123 456 785 GB"]);
    /// ```
    pub fn find_iter_bytes<'h>(&'h self, text: &'h [u8]) -> FindIter<'h, [u8]>
    where
        'f: 'h,
    {
        FindIter::new(self, text)
    }

    /// The first match in `text` (bytes; see [`find_iter_bytes`](Self::find_iter_bytes)).
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// let scanner = Scanner::new();
    /// let m = scanner.find_bytes(b"\xc0 RB123456785GB").unwrap();
    /// assert_eq!(m.range(), 2..15);
    /// ```
    pub fn find_bytes<'h>(&'h self, text: &'h [u8]) -> Option<Match<'h, [u8]>>
    where
        'f: 'h,
    {
        self.find_iter_bytes(text).next()
    }

    /// The first match in `text`.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// let scanner = Scanner::new();
    /// let m = scanner.find("EMS: EA 123 456 785 US").unwrap();
    /// assert_eq!(m.as_str(), "EA 123 456 785 US");
    /// ```
    pub fn find<'h>(&'h self, text: &'h str) -> Option<Match<'h>>
    where
        'f: 'h,
    {
        self.find_iter(text).next()
    }

    /// Whether `text` contains a match.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// assert!(!Scanner::new().is_match("call (555) 123-4567"));
    /// ```
    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// The strength of a carrier reading (see the module docs table): `letters` is the number
    /// of letters in `norm`, `prefix` the number among its first three characters.
    fn strength_of(
        evidence: Evidence,
        row: &crate::index::EntryRef,
        norm: &[u8],
        letters: usize,
        prefix: usize,
    ) -> Strength {
        let confidence = row.confidence();
        let low = confidence == Confidence::Low;
        match evidence {
            Evidence::Verified => {
                let strong = if letters > 0 {
                    !low && (row.format() != Format::S10 || row.carrier(norm) != Carrier::Upu)
                } else {
                    norm.len() >= 20 && confidence == Confidence::High
                };
                if strong {
                    Strength::Strong
                } else {
                    Strength::CheckDigit
                }
            }
            _ => {
                if low {
                    Strength::Guess
                } else if norm.len() >= 13 && prefix >= 2 {
                    Strength::Strong
                } else {
                    Strength::Shape
                }
            }
        }
    }
}

/// What the core records about a reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Item {
    Carrier(TrackingNumber, Evidence),
    Extra(u8),
}

impl Classify for Scanner<'_> {
    type Item = Item;

    fn max_len(&self) -> usize {
        self.max_len
    }

    fn min_len(&self) -> usize {
        self.lengths.trailing_zeros() as usize
    }

    #[inline]
    fn possible(&self, len: usize) -> bool {
        len < 64 && self.lengths & (1 << len) != 0
    }

    #[inline]
    fn beyond_guess(&self, len: usize) -> bool {
        len < 64 && self.beyond_guess_lengths & (1 << len) != 0
    }

    #[inline]
    fn may_be(&self, norm: &[u8], ends: &[(usize, bool)], guesses: bool) -> crate::index::Fits {
        let mut fits = crate::index::fit_spans(norm, ends, guesses);
        if self.extra_lengths != 0 {
            // an extra format of that length: always classified
            for (k, &(end, _)) in ends.iter().enumerate().take(16) {
                if end < 64 && self.extra_lengths >> end & 1 == 1 {
                    fits.any |= 1 << k;
                    fits.beyond_guess |= 1 << k;
                }
            }
        }
        fits
    }

    fn classify(&self, norm: &[u8]) -> Option<(Item, Strength)> {
        self.read(norm, None, false)
    }

    fn classify_verified(&self, norm: &[u8]) -> Option<(Item, Strength)> {
        self.read(norm, None, true)
    }

    fn classify_as(&self, norm: &[u8], carrier: Carrier) -> Option<(Item, Strength)> {
        self.read(norm, Some(carrier), false)
    }

    fn is_of(&self, item: &Item, carrier: Carrier) -> bool {
        match item {
            Item::Carrier(n, _) => n.carrier().is_part_of(carrier),
            Item::Extra(_) => true,
        }
    }

    fn has_hint(&self) -> bool {
        self.hint.is_some()
    }

    fn has_brands(&self, item: &Item) -> bool {
        match item {
            Item::Carrier(n, _) => n.carrier().has_brands(),
            Item::Extra(_) => false,
        }
    }

    fn printed_like(&self, item: &Item, lens: &[usize]) -> bool {
        match item {
            Item::Carrier(n, _) => n.printed_in(lens),
            Item::Extra(_) => false,
        }
    }

    fn may_be_strong(&self, norm: &[u8]) -> bool {
        // digits only and shorter than 20: no carrier reading is strong (see `strength_of`);
        // an extra format of that length may be
        let len = norm.len();
        !(len < 20 && norm.iter().all(u8::is_ascii_digit)) || self.extra_lengths >> len & 1 == 1
    }

    fn verified(&self, item: &Item) -> bool {
        match item {
            Item::Carrier(_, evidence) => *evidence == Evidence::Verified,
            Item::Extra(i) => self
                .extras
                .get(usize::from(*i))
                .and_then(|e| e.as_ref())
                .is_some_and(|e| e.get().has_check()),
        }
    }

    fn same_format(&self, a: &Item, b: &Item) -> bool {
        match (a, b) {
            (Item::Carrier(a, _), Item::Carrier(b, _)) => a.format() == b.format(),
            (Item::Extra(a), Item::Extra(b)) => a == b,
            _ => false,
        }
    }

    fn hinted(&self, item: &Item) -> bool {
        match (item, self.hint) {
            (Item::Carrier(n, _), Some(h)) => n.carrier().is_part_of(h),
            _ => false,
        }
    }
}

impl Scanner<'_> {
    /// The best reading of `norm` the options allow (only `carrier`'s and its brands', when
    /// given; only those with a verified check digit, when `verified`); the hinted carrier's
    /// readings rank first.
    fn read(&self, norm: &[u8], only: Option<Carrier>, verified: bool) -> Option<(Item, Strength)> {
        // letters in `norm`, and among its first three characters (counted once, if at all)
        let digits = norm.iter().all(u8::is_ascii_digit);
        let mut counts: Option<(usize, usize)> = digits.then_some((0, 0));
        // digits only and shorter than 20: no reading can be strong (see `strength_of`)
        let ceiling =
            if digits && norm.len() < 20 { Strength::CheckDigit } else { Strength::Strong };
        // the reading reported: the hinted carrier's first, then the default answer's rule (a
        // reading of Medium or High confidence before a Low one), then as `detect` ranks them;
        // and the highest strength of any reading the options allow. Once a reading has the
        // highest strength possible, layouts that cannot outrank it are not matched
        let mut found: Option<((bool, bool, u32), Strength, crate::index::Hit)> = None;
        let low = &crate::index::LOW;
        let eligible = |i: usize| low.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 0);
        // a postal operator's tracking URL also takes other operators' S10 numbers
        let mut postal: Option<bool> = None;
        crate::index::each(
            norm,
            &crate::index::ALL,
            &mut found,
            |found, i, ceiling_key| {
                found.is_some_and(|((h, e, k), st, _)| {
                    (h || self.hint.is_none())
                        && st >= ceiling
                        && (e, k) >= (eligible(i), ceiling_key)
                })
            },
            |found, hit| {
                let row = hit.entry_ref();
                let evidence = hit.evidence;
                let checked = evidence == Evidence::Verified;
                if matches!(evidence, Evidence::Mismatch { .. })
                    || !(checked || self.unchecked && !verified)
                    || !self.formats.contains(row.format() as usize)
                    || (!self.carriers.is_all()
                        && !self.carriers.contains(row.carrier(norm) as usize))
                    || only.is_some_and(|c| {
                        let s10 = row.format() == Format::S10;
                        !(row.carrier(norm).is_part_of(c)
                            || s10
                                && *postal
                                    .get_or_insert_with(|| crate::format::s10::is_operator(c)))
                    })
                {
                    return true;
                }
                let (letters, prefix) = *counts.get_or_insert_with(|| {
                    let upper = |b: &&u8| b.is_ascii_uppercase();
                    let prefix = norm.iter().take(3).filter(upper).count();
                    (prefix + norm.iter().skip(3).filter(upper).count(), prefix)
                });
                let st = Self::strength_of(evidence, row, norm, letters, prefix);
                let hinted = self.hint.is_some_and(|h| row.carrier(norm).is_part_of(h));
                let rank = (hinted, row.confidence() != Confidence::Low, hit.key);
                match found {
                    Some((best, bs, _)) if rank <= *best => *bs = st.max(*bs),
                    _ => *found = Some((rank, st.max(found.map_or(st, |f| f.1)), hit)),
                }
                true
            },
        );
        if only.is_some() {
            return found.map(|(_, st, hit)| {
                (Item::Carrier(TrackingNumber::from_hit(norm, hit), hit.evidence), st)
            });
        }
        let mut best = found.map(|(_, st, hit)| {
            (Item::Carrier(TrackingNumber::from_hit(norm, hit), hit.evidence), st)
        });
        // the builder fills the slots in order: the first empty one ends the list
        for (i, e) in self.extras.iter().map_while(|e| e.as_ref().map(Extra::get)).enumerate() {
            let (lo, hi) = e.len_range();
            if !(lo..=hi).contains(&norm.len())
                || !(self.unchecked && !verified || e.has_check())
                || !e.is_match(norm)
            {
                continue;
            }
            let st = if e.has_check() || norm.iter().any(u8::is_ascii_uppercase) {
                Strength::Strong
            } else {
                Strength::Shape
            };
            if best.is_none_or(|b| st > b.1) {
                best = Some((Item::Extra(i as u8), st));
            }
        }
        best
    }
}

/// Builds a [`Scanner`]; see the option table in the [module docs](self).
///
/// ```
/// use tracking_number::scan::Scanner;
///
/// let eager = Scanner::builder().eager(true).build()?;
/// assert!(eager.is_match("3318810025"));
/// assert!(!Scanner::new().is_match("3318810025"));
/// # Ok::<(), tracking_number::scan::BuildError>(())
/// ```
#[derive(Clone)]
pub struct ScannerBuilder<'f> {
    scanner: Scanner<'f>,
    extras: usize,
    error: Option<BuildErrorKind>,
}

impl fmt::Debug for ScannerBuilder<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ScannerBuilder")
            .field("scanner", &self.scanner)
            .field("error", &self.error)
            .finish()
    }
}

impl<'f> ScannerBuilder<'f> {
    /// Only report numbers attributed to one of these carriers (an empty slice reports no
    /// carrier number). Calling it again replaces the set.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    /// use tracking_number::Carrier;
    ///
    /// let s = Scanner::builder().carriers(&[Carrier::RoyalMail]).build()?;
    /// assert!(s.is_match("RB123456785GB"));
    /// assert!(!s.is_match("EA123456785US"));
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn carriers(mut self, carriers: &[Carrier]) -> Self {
        self.scanner.carriers = CarrierBits::of(carriers.iter().map(|&c| c as usize));
        self
    }

    /// Only report numbers of these formats. Calling it again replaces the set.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    /// use tracking_number::Format;
    ///
    /// let s = Scanner::builder().formats(&[Format::S10]).build()?;
    /// assert!(s.is_match("RB123456785GB"));
    /// assert!(!s.is_match("1Z999AA10123456784"));
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn formats(mut self, formats: &[Format]) -> Self {
        self.scanner.formats = FormatBits::of(formats.iter().map(|&f| f as usize));
        self
    }

    /// Whether formats without a check digit (Amazon `TBA…`, DPD 14 digits, extra formats
    /// without a check character, …) are reported at all. Default `true`.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// let s = Scanner::builder().unchecked(false).build()?;
    /// assert!(!s.is_match("TBA000000000000"));
    /// assert!(s.is_match("1Z999AA10123456784"));
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn unchecked(mut self, yes: bool) -> Self {
        self.scanner.unchecked = yes;
        self
    }

    /// Drop readings weaker than `min`, even with supporting context. Default
    /// [`Strength::Guess`] (keep all).
    ///
    /// ```
    /// use tracking_number::scan::{Scanner, Strength};
    ///
    /// let s = Scanner::builder().min_strength(Strength::CheckDigit).build()?;
    /// assert!(s.is_match("tracking 986578788855"));
    /// assert!(!s.is_match("tracking 09980000020033"));
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn min_strength(mut self, min: Strength) -> Self {
        self.scanner.opts.min_strength = min;
        self
    }

    /// Whether context words and tracking URLs may promote weak readings. Default `true`;
    /// with `false` only strong readings are reported (unless [`eager`](Self::eager)).
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// let s = Scanner::builder().context(false).build()?;
    /// assert!(!s.is_match("DHL waybill 3318810025"));
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn context(mut self, yes: bool) -> Self {
        self.scanner.opts.context = yes;
        self
    }

    /// Report weak readings without context (the printed-shape and trap rules still apply).
    /// Default `false`.
    ///
    /// ```
    /// use tracking_number::scan::{Scanner, Support};
    ///
    /// let s = Scanner::builder().eager(true).build()?;
    /// assert_eq!(s.find("986578788855").unwrap().support(), Support::Eager);
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn eager(mut self, yes: bool) -> Self {
        self.scanner.opts.eager = yes;
        self
    }

    /// The carrier the text comes from, when the caller knows it (a mail from FedEx's
    /// address): that carrier's readings of a span rank first, and its low-confidence readings
    /// are reported with a context word as well as after a label. Default: none.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    /// use tracking_number::Carrier;
    ///
    /// let text = "Your shipment 774985632143 is on its way";
    /// let fedex = Scanner::builder().hint(Carrier::Fedex).build()?;
    /// assert_eq!(fedex.find(text).unwrap().carrier(), Some(Carrier::Fedex));
    /// let ups = Scanner::builder().hint(Carrier::Ups).build()?;
    /// assert_eq!(ups.find(text).unwrap().carrier(), Some(Carrier::Ups));
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn hint(mut self, carrier: Carrier) -> Self {
        self.scanner.hint = Some(carrier);
        self
    }

    /// Read the text as raw HTML, as a mail client shows it: text content with character
    /// references decoded, tags as separators (table cells and blocks never join the groups
    /// of a number), `<script>`, `<style>` and comments skipped, links to carriers' tracking
    /// pages read as well (after the link's text; matches still come in offset order).
    /// Offsets point into the HTML; [`Match::as_str`] is the HTML
    /// between them, [`Match::normalized`] the number as shown. Default `false`. The rules in
    /// full are in the [module docs](self#html).
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// let mail = "<tr><td>Tracking number:</td><td><b>1Z&nbsp;999&nbsp;AA1</b> 01 2345 678 4</td></tr>\
    ///             <tr><td>Order</td><td>4711</td></tr>";
    /// let html = Scanner::builder().html(true).build()?;
    /// let m = html.find(mail).unwrap();
    /// assert_eq!(m.number().unwrap().as_str(), "1Z999AA10123456784");
    /// assert_eq!(m.as_str(), "1Z&nbsp;999&nbsp;AA1</b> 01 2345 678 4");
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn html(mut self, yes: bool) -> Self {
        self.scanner.html = yes;
        self
    }

    /// Also look for a shop-defined format (up to [`MAX_EXTRAS`]; more make
    /// [`build`](Self::build) fail). A reading of an extra format never beats an equally
    /// strong carrier reading of the same span.
    ///
    /// ```
    /// use tracking_number::scan::{MatchKind, Scanner};
    /// use tracking_number::ExtraFormat;
    ///
    /// struct Acme;
    /// impl ExtraFormat for Acme {
    ///     fn id(&self) -> &str { "acme" }
    ///     fn len_range(&self) -> (usize, usize) { (10, 10) }
    ///     fn has_check(&self) -> bool { false }
    ///     fn is_match(&self, n: &[u8]) -> bool {
    ///         n.starts_with(b"ACME") && n[4..].iter().all(u8::is_ascii_digit)
    ///     }
    /// }
    ///
    /// let s = Scanner::builder().extra(&Acme).build()?;
    /// let m = s.find("Reference ACME-123456").unwrap();
    /// assert_eq!(m.kind(), MatchKind::Extra { id: "acme" });
    /// assert_eq!(m.number(), None);
    /// # Ok::<(), tracking_number::scan::BuildError>(())
    /// ```
    #[must_use]
    pub fn extra(self, format: &'f (dyn ExtraFormat + Sync)) -> Self {
        self.add_extra(Extra::Borrowed(format))
    }

    /// Also look for a shop-defined format the scanner owns: a scanner built with owned
    /// formats only is a `Scanner<'static>`, `Send + Sync`, for application state (shared
    /// between threads, stored in a `static`/`OnceLock`). Needs `alloc`.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    /// use tracking_number::scan::{MatchKind, Scanner};
    ///
    /// fn orders() -> CustomFormat {
    ///     "ACME-{seq:6}{check:damm}".parse::<CustomFormat>().unwrap().with_id("acme").unwrap()
    /// }
    /// fn shop_scanner() -> Scanner<'static> {
    ///     Scanner::builder().extra_owned(orders()).build().unwrap()
    /// }
    /// let scanner = shop_scanner();
    /// let text = format!("order {} shipped", orders().from_sequence(42, None).unwrap());
    /// std::thread::spawn(move || {
    ///     let m = scanner.find(&text).unwrap();
    ///     assert_eq!(m.kind(), MatchKind::Extra { id: "acme" });
    /// })
    /// .join()
    /// .unwrap();
    /// ```
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn extra_owned<E: ExtraFormat + Send + Sync + 'static>(self, format: E) -> Self {
        self.add_extra(Extra::Owned(alloc::sync::Arc::new(format)))
    }

    fn add_extra(mut self, extra: Extra<'f>) -> Self {
        let (lo, hi) = extra.get().len_range();
        if self.error.is_none() && (lo == 0 || lo > hi || hi > MAX_LEN) {
            self.error = Some(BuildErrorKind::ExtraLength { index: self.extras, min: lo, max: hi });
        }
        match self.scanner.extras.get_mut(self.extras) {
            Some(slot) => *slot = Some(extra),
            None if self.error.is_none() => {
                self.error = Some(BuildErrorKind::TooManyExtras { max: MAX_EXTRAS })
            }
            None => {}
        }
        self.extras += 1;
        self
    }

    /// The scanner.
    ///
    /// # Errors
    ///
    /// More than [`MAX_EXTRAS`] extra formats ([`BuildErrorKind::TooManyExtras`]); an extra
    /// format whose `len_range` is empty, starts at 0 or exceeds [`MAX_NORMALIZED`]
    /// characters, e.g. `(0, 10)` or `(5, 60)` ([`BuildErrorKind::ExtraLength`]).
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    /// use tracking_number::ExtraFormat;
    ///
    /// struct Huge;
    /// impl ExtraFormat for Huge {
    ///     fn id(&self) -> &str { "huge" }
    ///     fn len_range(&self) -> (usize, usize) { (5, 60) }
    ///     fn has_check(&self) -> bool { false }
    ///     fn is_match(&self, _: &[u8]) -> bool { true }
    /// }
    ///
    /// let err = Scanner::builder().extra(&Huge).build().unwrap_err();
    /// assert_eq!(err.to_string(), "extra format 0 has lengths 5..=60; supported are 1..=48");
    /// ```
    pub fn build(self) -> Result<Scanner<'f>, BuildError> {
        if let Some(kind) = self.error {
            return Err(BuildError { kind });
        }
        let mut s = self.scanner;
        s.compute_lengths();
        Ok(s)
    }
}

/// Why [`ScannerBuilder::build`] failed.
///
/// ```
/// use tracking_number::scan::BuildErrorKind;
///
/// let k = BuildErrorKind::TooManyExtras { max: 8 };
/// assert_eq!(k.to_string(), "too many extra formats: at most 8 are supported");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// More extra formats than [`MAX_EXTRAS`].
    TooManyExtras {
        /// The capacity.
        max: usize,
    },
    /// An extra format's length range is empty, starts at 0 or is too long.
    ExtraLength {
        /// Registration index of the format (0 = first).
        index: usize,
        /// Its shortest length.
        min: usize,
        /// Its longest length.
        max: usize,
    },
}

impl fmt::Display for BuildErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            BuildErrorKind::TooManyExtras { max } => {
                write!(f, "too many extra formats: at most {max} are supported")
            }
            BuildErrorKind::ExtraLength { index, min, max } => {
                write!(
                    f,
                    "extra format {index} has lengths {min}..={max}; supported are 1..={MAX_LEN}"
                )
            }
        }
    }
}

/// The error of [`ScannerBuilder::build`]: an opaque wrapper of [`BuildErrorKind`].
///
/// ```
/// use tracking_number::scan::{BuildErrorKind, Scanner, MAX_EXTRAS};
/// use tracking_number::ExtraFormat;
///
/// struct Any;
/// impl ExtraFormat for Any {
///     fn id(&self) -> &str { "any" }
///     fn len_range(&self) -> (usize, usize) { (8, 8) }
///     fn has_check(&self) -> bool { true }
///     fn is_match(&self, _: &[u8]) -> bool { false }
/// }
///
/// let mut b = Scanner::builder();
/// for _ in 0..=MAX_EXTRAS {
///     b = b.extra(&Any);
/// }
/// let err = b.build().unwrap_err();
/// assert_eq!(err.kind(), BuildErrorKind::TooManyExtras { max: 8 });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct BuildError {
    kind: BuildErrorKind,
}

impl BuildError {
    /// What went wrong.
    ///
    /// ```
    /// use tracking_number::scan::{BuildErrorKind, Scanner};
    /// use tracking_number::ExtraFormat;
    ///
    /// struct Empty;
    /// impl ExtraFormat for Empty {
    ///     fn id(&self) -> &str { "empty" }
    ///     fn len_range(&self) -> (usize, usize) { (9, 8) }
    ///     fn has_check(&self) -> bool { false }
    ///     fn is_match(&self, _: &[u8]) -> bool { false }
    /// }
    /// let err = Scanner::builder().extra(&Empty).build().unwrap_err();
    /// assert_eq!(err.kind(), BuildErrorKind::ExtraLength { index: 0, min: 9, max: 8 });
    /// ```
    #[must_use]
    pub const fn kind(&self) -> BuildErrorKind {
        self.kind
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.kind, f)
    }
}

impl core::error::Error for BuildError {}

/// Every tracking number in `text`, with the default [`Scanner`].
///
/// ```
/// let mail = "Shipped! UPS 1Z999AA10123456784; Royal Mail: RB 123 456 785 GB.";
/// let spans: Vec<&str> = tracking_number::find_iter(mail).map(|m| m.as_str()).collect();
/// assert_eq!(spans, ["1Z999AA10123456784", "RB 123 456 785 GB"]);
/// ```
pub fn find_iter(text: &str) -> FindIter<'_> {
    DEFAULT.find_iter(text)
}

/// Every tracking number in `text`, which need not be UTF-8, with the default [`Scanner`]
/// (see [`Scanner::find_iter_bytes`]).
///
/// ```
/// let raw = b"Sendungsnummer: 00340433836442636597 \xe4\xf6\xfc";
/// let m = tracking_number::scan::find_iter_bytes(raw).next().unwrap();
/// assert_eq!(m.as_bytes(), b"00340433836442636597");
/// ```
pub fn find_iter_bytes(text: &[u8]) -> FindIter<'_, [u8]> {
    DEFAULT.find_iter_bytes(text)
}

/// The first tracking number in `text`, with the default [`Scanner`].
///
/// ```
/// let m = tracking_number::find("Sendungsnummer: 00340433836442636597").unwrap();
/// assert_eq!(m.number().unwrap().as_str(), "00340433836442636597");
/// ```
pub fn find(text: &str) -> Option<Match<'_>> {
    find_iter(text).next()
}

/// Whether `text` contains a tracking number, with the default [`Scanner`].
///
/// ```
/// assert!(tracking_number::is_match("EA 123 456 785 US"));
/// assert!(!tracking_number::is_match("Call +44 20 7946 0958 or (555) 123-4567."));
/// ```
pub fn is_match(text: &str) -> bool {
    find(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_constant_lengths_are_the_lengths_computed_from_the_registry() {
        let mut s = Scanner::new();
        let (lengths, beyond, max) = (s.lengths, s.beyond_guess_lengths, s.max_len);
        s.compute_lengths();
        assert_eq!((s.lengths, s.beyond_guess_lengths, s.max_len), (lengths, beyond, max));
        // some lengths have only guesses (bare digits of formats without a check digit)
        assert!(beyond & lengths == beyond && beyond != lengths);
        // checked formats only: every length gives more than a guess
        let checked = Scanner::builder().unchecked(false).build().unwrap();
        assert_eq!(checked.beyond_guess_lengths, checked.lengths);
    }

    #[test]
    fn send_sync_copy() {
        fn ok<T: Send + Sync + Copy>() {}
        fn shared<T: Send + Sync + Clone>() {}
        shared::<Scanner<'static>>();
        shared::<ScannerBuilder<'static>>();
        ok::<Match<'static>>();
        ok::<MatchKind<'static>>();
        ok::<Strength>();
        ok::<Support>();
        ok::<BuildError>();
        fn send_sync<T: Send + Sync>() {}
        send_sync::<FindIter<'static>>();
    }
}
