//! The transition policy: the matrix in [`DefaultPolicy`]'s docs as one `match`. No
//! allocation.

use super::{Status, Timestamp, TransitionKind};
use crate::id::id_enum;

const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;

/// Signals an event carries beside its status: a plain record, every combination valid.
///
/// ```
/// use tracking_number::status::EventFlags;
///
/// let mut f = EventFlags::NONE;
/// f.correction = true;
/// f.physical_scan = Some(true);
/// assert!(f.correction && !f.return_leg);
/// assert_eq!(EventFlags::NONE, EventFlags::default());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct EventFlags {
    /// The event corrects an earlier one (misdelivery, delivered in error, retracted scan):
    /// it may leave a hard terminal.
    pub correction: bool,
    /// The event belongs to a return leg (movement back to the shipper).
    pub return_leg: bool,
    /// The event redirects a return leg back towards the recipient.
    pub redirect: bool,
    /// Whether the carrier says this was a physical scan (`Some(true)`), a logical or
    /// system event (`Some(false)`), or did not say (`None`, treated as physical).
    pub physical_scan: Option<bool>,
    /// The source (an aggregator) says the tracking expired; feeds
    /// [`Tracker::status_at`](crate::status::Tracker::status_at), never the state.
    pub source_expired: bool,
}

impl EventFlags {
    /// No flags set, physical scan unknown (as `Default`).
    pub const NONE: EventFlags = EventFlags {
        correction: false,
        return_leg: false,
        redirect: false,
        physical_scan: None,
        source_expired: false,
    };

    /// Field-wise union (used to merge duplicate copies; commutative).
    #[cfg(feature = "alloc")]
    pub(crate) fn union(self, other: EventFlags) -> EventFlags {
        EventFlags {
            correction: self.correction | other.correction,
            return_leg: self.return_leg | other.return_leg,
            redirect: self.redirect | other.redirect,
            physical_scan: self.physical_scan.max(other.physical_scan),
            source_expired: self.source_expired | other.source_expired,
        }
    }
}

id_enum! {
    /// How a status was obtained from the carrier's code.
    ///
    /// ```
    /// use tracking_number::status::MappingQuality;
    /// assert_eq!(MappingQuality::Unmapped.as_str(), "unmapped");
    /// ```
    #[derive(Default)]
    #[non_exhaustive]
    pub enum MappingQuality: "mapping quality", "tracking_number::status::MappingQuality", example Table {
        /// Given directly in our vocabulary.
        #[default]
        Exact = ("exact", "exact"),
        /// From a mapping table.
        Table = ("table", "table"),
        /// Guessed from free text; can never move a hard terminal.
        Heuristic = ("heuristic", "heuristic"),
        /// The code is unknown; the event carries no status.
        Unmapped = ("unmapped", "unmapped"),
    }
}

/// What a [`TransitionPolicy`] sees of an event: small and `Copy`, no allocation.
///
/// ```
/// use tracking_number::status::{EventFacts, Status, Timestamp};
/// let facts = EventFacts::new(Some(Status::InTransit), Timestamp::from_unix_ms(0));
/// assert_eq!(facts.status, Some(Status::InTransit));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EventFacts {
    /// The effective status (after the return-leg reading), `None` for informational events.
    pub status: Option<Status>,
    /// When it happened.
    pub at: Timestamp,
    /// Signals.
    pub flags: EventFlags,
    /// How the status was obtained.
    pub quality: MappingQuality,
}

impl EventFacts {
    /// Facts with no flags and [`MappingQuality::Exact`].
    ///
    /// ```
    /// use tracking_number::status::{EventFacts, Timestamp};
    /// let f = EventFacts::new(None, Timestamp::from_unix_ms(1));
    /// assert!(f.status.is_none());
    /// ```
    pub const fn new(status: Option<Status>, at: Timestamp) -> Self {
        EventFacts { status, at, flags: EventFlags::NONE, quality: MappingQuality::Exact }
    }
}

/// What a [`TransitionPolicy`] sees of the shipment before an event.
///
/// ```
/// use tracking_number::status::{MachineState, Status};
/// assert_eq!(MachineState::INITIAL.status, Status::Unknown);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MachineState {
    /// The current status.
    pub status: Status,
    /// The rank of the last ranked status (what an `Exception` floats at).
    pub anchor_rank: u8,
    /// When the current status was entered (`None` before any applied event).
    pub since: Option<Timestamp>,
}

impl MachineState {
    /// Before any event: `Unknown`, anchor rank 0.
    pub const INITIAL: MachineState =
        MachineState { status: Status::Unknown, anchor_rank: 0, since: None };

    /// A state with the given status, anchor rank and entry time.
    ///
    /// ```
    /// use tracking_number::status::{MachineState, Status, Timestamp};
    /// let s = MachineState::new(Status::Exception, 4, Some(Timestamp::from_unix_ms(0)));
    /// assert_eq!(s.anchor_rank, 4);
    /// ```
    pub const fn new(status: Status, anchor_rank: u8, since: Option<Timestamp>) -> Self {
        MachineState { status, anchor_rank, since }
    }

    /// The state after an applied transition to `to` at `at`.
    #[cfg(feature = "alloc")]
    pub(crate) fn enter(self, to: Status, at: Timestamp) -> MachineState {
        if to == self.status {
            return self;
        }
        MachineState {
            status: to,
            anchor_rank: to.rank().unwrap_or(self.anchor_rank),
            since: Some(at),
        }
    }
}

id_enum! {
    /// Something an operator may want to look at; the event is still applied or kept.
    ///
    /// ```
    /// use tracking_number::status::AnomalyKind;
    /// assert_eq!(AnomalyKind::FoundAfterLost.as_str(), "found_after_lost");
    /// ```
    #[non_exhaustive]
    pub enum AnomalyKind: "anomaly kind", "tracking_number::status::AnomalyKind", example FoundAfterLost {
        /// A physical scan after the parcel was declared lost reopened it.
        FoundAfterLost = ("found_after_lost", "found_after_lost"),
        /// A physical scan after the label was voided reopened it.
        ShippedOnVoidedLabel = ("shipped_on_voided_label", "shipped_on_voided_label"),
        /// A flagged correction took the shipment out of a hard terminal.
        CorrectedTerminal = ("corrected_terminal", "corrected_terminal"),
        /// A flagged correction cancelled a shipment the carrier already held.
        CancelledAfterPickup = ("cancelled_after_pickup", "cancelled_after_pickup"),
        /// [`RegressionPolicy::TrustLatestAfter`] let an unflagged event leave `Delivered`.
        TrustedLatestOverTerminal = ("trusted_latest_over_terminal", "trusted_latest_over_terminal"),
        /// An event contradicts a hard terminal outside the jitter window.
        ContradictsTerminal = ("contradicts_terminal", "contradicts_terminal"),
        /// A pre-transit event long after a hard terminal: the number may have been reused.
        PossibleNumberReuse = ("possible_number_reuse", "possible_number_reuse"),
    }
}

/// May an unflagged event leave `Delivered`?
///
/// ```
/// use tracking_number::status::{DefaultPolicy, RegressionPolicy};
/// let mut p = DefaultPolicy::new();
/// p.regression = RegressionPolicy::TrustLatestAfter { ms: 86_400_000 };
/// assert_ne!(p, DefaultPolicy::new());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum RegressionPolicy {
    /// Only a correction flag leaves a hard terminal (the matrix).
    #[default]
    Strict,
    /// Also accept an unflagged progress event occurring more than `ms` milliseconds after
    /// the delivery ("carrier data wins"). A small value brings back the scan-jitter bug.
    TrustLatestAfter {
        /// The minimum gap after delivery, in milliseconds.
        ms: i64,
    },
}

/// When a quiet, unfinished shipment counts as `Expired` in
/// [`Tracker::status_at`](crate::status::Tracker::status_at).
///
/// ```
/// use tracking_number::status::ExpiryPolicy;
/// assert_eq!(ExpiryPolicy::default(), ExpiryPolicy::days(30));
/// assert_eq!(ExpiryPolicy::days(1).quiet_ms(), 86_400_000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ExpiryPolicy {
    quiet_ms: i64,
}

impl ExpiryPolicy {
    /// Expire after `days` days without any event (AfterShip uses 30, some postal trackers 60).
    ///
    /// ```
    /// use tracking_number::status::ExpiryPolicy;
    /// assert_eq!(ExpiryPolicy::days(60).quiet_ms(), 60 * 86_400_000);
    /// ```
    pub const fn days(days: u32) -> Self {
        ExpiryPolicy { quiet_ms: days as i64 * DAY_MS }
    }

    /// Expire after `ms` milliseconds without any event (negative values count as zero).
    ///
    /// ```
    /// use tracking_number::status::ExpiryPolicy;
    /// assert_eq!(ExpiryPolicy::quiet_for_ms(-5).quiet_ms(), 0);
    /// ```
    pub const fn quiet_for_ms(ms: i64) -> Self {
        ExpiryPolicy { quiet_ms: if ms < 0 { 0 } else { ms } }
    }

    /// The quiet period in milliseconds.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(ExpiryPolicy::quiet_for_ms(5).quiet_ms(), 5);
    /// ```
    pub const fn quiet_ms(self) -> i64 {
        self.quiet_ms
    }
}

impl Default for ExpiryPolicy {
    fn default() -> Self {
        ExpiryPolicy::days(30)
    }
}

/// Decides how each event moves the shipment. The tracker calls it once per event, in
/// timeline order, with the state just before the event; an event that lands in the past
/// makes it call again for the later events whose state before them changed, and only
/// for those. So `classify` and `anomaly` must be pure functions of their arguments.
///
/// Implement it to change the matrix; wrap [`DefaultPolicy`] to change only a few cells.
///
/// ```
/// use tracking_number::status::{
///     DefaultPolicy, EventFacts, MachineState, Status, Timestamp, TransitionKind, TransitionPolicy,
/// };
///
/// /// Like the default, but `Lost` is final.
/// struct LostIsFinal;
/// impl TransitionPolicy for LostIsFinal {
///     fn classify(&self, state: &MachineState, event: &EventFacts) -> TransitionKind {
///         match DefaultPolicy::new().classify(state, event) {
///             TransitionKind::Reopen if state.status == Status::Lost => TransitionKind::Stale,
///             kind => kind,
///         }
///     }
/// }
/// let lost = MachineState::new(Status::Lost, 3, Some(Timestamp::from_unix_ms(0)));
/// let scan = EventFacts::new(Some(Status::InTransit), Timestamp::from_unix_ms(1));
/// assert_eq!(LostIsFinal.classify(&lost, &scan), TransitionKind::Stale);
/// ```
pub trait TransitionPolicy {
    /// The transition `event` causes from `state`.
    fn classify(&self, state: &MachineState, event: &EventFacts) -> TransitionKind;

    /// The anomaly to record for this transition, if any. The default is
    /// [`DefaultPolicy`]'s rule with its default windows.
    fn anomaly(
        &self,
        state: &MachineState,
        event: &EventFacts,
        kind: TransitionKind,
    ) -> Option<AnomalyKind> {
        DefaultPolicy::new().anomaly(state, event, kind)
    }
}

impl<P: TransitionPolicy + ?Sized> TransitionPolicy for &P {
    fn classify(&self, state: &MachineState, event: &EventFacts) -> TransitionKind {
        (**self).classify(state, event)
    }

    fn anomaly(
        &self,
        state: &MachineState,
        event: &EventFacts,
        kind: TransitionKind,
    ) -> Option<AnomalyKind> {
        (**self).anomaly(state, event, kind)
    }
}

/// The default transition matrix, with hard and soft terminals, corrections, return legs, a
/// jitter window and a number-reuse threshold.
///
/// # The matrix
///
/// Rows are the current status, columns the status of the next event (in timeline order).
/// `P` progress, `=` refresh (same status), `R` recovery (back to where an exception
/// interrupted), `.` stale (kept in history, no change), `C` stale unless the event is
/// flagged as a correction, `S` stale unless flagged as a return leg (from
/// `returning_to_sender`: as a redirect), `O` reopened by a later *physical* scan only.
/// An `exception` row depends on the rank it interrupted (its anchor; shown for in transit):
/// targets below the anchor are stale, at it a recovery, above it progress.
///
/// | from \ to | UNK | INF | PU | IT | EXC | OFD | AFP | ATT | DEL | RTS | RTD | LOST | CAN |
/// |---|---|---|---|---|---|---|---|---|---|---|---|---|---|
/// | unknown | = | P | P | P | P | P | P | P | P | P | P | P | P |
/// | info_received | . | = | P | P | P | P | P | P | P | P | P | P | P |
/// | picked_up | . | . | = | P | P | P | P | P | P | P | P | P | C |
/// | in_transit | . | . | . | = | P | P | P | P | P | P | P | P | C |
/// | exception (anchor in transit) | . | . | . | R | = | P | P | P | P | P | P | P | C |
/// | out_for_delivery | . | . | . | R | P | = | P | P | P | P | P | P | C |
/// | available_for_pickup | . | . | . | R | P | P | = | P | P | P | P | P | C |
/// | delivery_attempted | . | . | . | R | P | P | P | = | P | P | P | P | C |
/// | delivered | . | . | . | C | C | C | C | C | = | S | S | C | . |
/// | returning_to_sender | . | . | . | S | P | S | S | S | S | = | P | P | . |
/// | returned_to_sender | . | . | . | . | C | . | . | . | . | S | = | C | . |
/// | lost | . | . | O | O | O | O | O | O | O | O | O | = | . |
/// | cancelled | . | . | O | O | O | O | O | O | O | O | O | O | = |
///
/// `delivered` and `returned_to_sender` are hard terminals, `lost` and `cancelled` soft ones
/// (a physical scan reopens them and raises an [`AnomalyKind`]). The integration tests check
/// this table cell by cell.
///
/// ```
/// use tracking_number::status::{
///     DefaultPolicy, EventFacts, MachineState, Status, Timestamp, TransitionKind, TransitionPolicy,
/// };
///
/// let delivered = MachineState::new(Status::Delivered, 5, Some(Timestamp::from_unix_ms(0)));
/// let late_scan = EventFacts::new(Some(Status::OutForDelivery), Timestamp::from_unix_ms(60_000));
/// assert_eq!(DefaultPolicy::new().classify(&delivered, &late_scan), TransitionKind::Stale);
/// ```
///
/// Its settings are public fields:
///
/// ```
/// use tracking_number::status::{DefaultPolicy, RegressionPolicy};
///
/// let mut p = DefaultPolicy::new();
/// p.regression = RegressionPolicy::TrustLatestAfter { ms: 86_400_000 };
/// p.jitter_window_ms = 0;
/// assert_eq!(p.reuse_threshold_ms, 90 * 86_400_000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DefaultPolicy {
    /// May an unflagged event leave `Delivered`? (Strict by default.)
    pub regression: RegressionPolicy,
    /// Stale events within this many milliseconds after a hard terminal raise no anomaly
    /// (scan jitter; 2 hours by default).
    pub jitter_window_ms: i64,
    /// A pre-transit event more than this many milliseconds after a hard terminal is
    /// flagged as a possible reuse of the number (90 days by default).
    pub reuse_threshold_ms: i64,
}

impl Default for DefaultPolicy {
    fn default() -> Self {
        DefaultPolicy::new()
    }
}

impl DefaultPolicy {
    /// Strict regression, 2 hour jitter window, 90 day number-reuse threshold (as
    /// `Default`).
    ///
    /// ```
    /// use tracking_number::status::DefaultPolicy;
    /// assert_eq!(DefaultPolicy::new(), DefaultPolicy::default());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        DefaultPolicy {
            regression: RegressionPolicy::Strict,
            jitter_window_ms: 2 * HOUR_MS,
            reuse_threshold_ms: 90 * DAY_MS,
        }
    }

    /// Milliseconds from entering the current status to the event (0 if unknown).
    fn gap(state: &MachineState, event: &EventFacts) -> i64 {
        state.since.map_or(0, |since| event.at.ms_since(since))
    }

    fn trusts_latest(&self, state: &MachineState, event: &EventFacts) -> bool {
        match self.regression {
            RegressionPolicy::Strict => false,
            RegressionPolicy::TrustLatestAfter { ms } => Self::gap(state, event) > ms,
        }
    }
}

impl TransitionPolicy for DefaultPolicy {
    fn classify(&self, state: &MachineState, event: &EventFacts) -> TransitionKind {
        use Status::*;
        use TransitionKind as K;

        let Some(to) = event.status else {
            return K::Informational;
        };
        let flags = event.flags;
        let only_if = |signal: bool, kind: TransitionKind| if signal { kind } else { K::Stale };
        let anchor = state.anchor_rank;
        let at_or_above_anchor = |then: TransitionKind| match to.rank() {
            Some(r) if r >= anchor => then,
            _ => K::Stale,
        };
        // a soft terminal reopens only on a physical scan strictly after the declaration
        let reopens =
            flags.physical_scan != Some(false) && state.since.is_none_or(|since| event.at > since);
        if event.quality == MappingQuality::Heuristic
            && state.status.terminality() == crate::status::Terminality::Hard
            && to != state.status
        {
            return K::Stale;
        }

        match (state.status, to) {
            (_, Expired) => K::Informational,
            (from, to) if from == to => K::Refresh,
            (Unknown | Expired, _) => K::Progress,
            (_, Unknown) => K::Stale,
            (InfoReceived, _) => K::Progress,

            (PickedUp, InfoReceived) => K::Stale,
            (PickedUp | InTransit, Cancelled) => only_if(flags.correction, K::Correction),
            (PickedUp, _) => K::Progress,
            (InTransit, InfoReceived | PickedUp) => K::Stale,
            (InTransit, _) => K::Progress,

            (Exception, InTransit) => K::Recovery,
            (Exception, InfoReceived | PickedUp) => at_or_above_anchor(K::Recovery),
            (Exception, OutForDelivery | AvailableForPickup | DeliveryAttempted) => {
                match to.rank() {
                    Some(r) if r > anchor => K::Progress,
                    Some(r) if r == anchor => K::Recovery,
                    _ => K::Stale,
                }
            }
            (Exception, Cancelled) if anchor <= 1 => K::Recovery,
            (Exception, Cancelled) => only_if(flags.correction, K::Correction),
            (Exception, _) => K::Progress,

            (OutForDelivery | AvailableForPickup | DeliveryAttempted, InfoReceived | PickedUp) => {
                K::Stale
            }
            (OutForDelivery | AvailableForPickup | DeliveryAttempted, InTransit) => K::Recovery,
            (OutForDelivery | AvailableForPickup | DeliveryAttempted, Cancelled) => {
                only_if(flags.correction, K::Correction)
            }
            (OutForDelivery | AvailableForPickup | DeliveryAttempted, _) => K::Progress,

            (Delivered, ReturningToSender | ReturnedToSender) => {
                only_if(flags.return_leg, K::ReturnLeg)
            }
            (Delivered, InfoReceived | PickedUp | Cancelled) => K::Stale,
            (Delivered, _) => {
                only_if(flags.correction || self.trusts_latest(state, event), K::Correction)
            }

            (ReturningToSender, Exception | ReturnedToSender | Lost) => K::Progress,
            (
                ReturningToSender,
                InTransit | OutForDelivery | AvailableForPickup | DeliveryAttempted | Delivered,
            ) => only_if(flags.redirect, K::Redirect),
            (ReturningToSender, _) => K::Stale,

            (ReturnedToSender, ReturningToSender) => only_if(flags.return_leg, K::ReturnLeg),
            (ReturnedToSender, Exception | Lost) => only_if(flags.correction, K::Correction),
            (ReturnedToSender, _) => K::Stale,

            (Lost | Cancelled, InfoReceived) | (Lost, Cancelled) => K::Stale,
            (Lost | Cancelled, _) => only_if(reopens, K::Reopen),
        }
    }

    fn anomaly(
        &self,
        state: &MachineState,
        event: &EventFacts,
        kind: TransitionKind,
    ) -> Option<AnomalyKind> {
        let hard = state.status.terminality() == crate::status::Terminality::Hard;
        let gap = Self::gap(state, event);
        match kind {
            TransitionKind::Reopen if state.status == Status::Lost => {
                Some(AnomalyKind::FoundAfterLost)
            }
            TransitionKind::Reopen => Some(AnomalyKind::ShippedOnVoidedLabel),
            TransitionKind::Correction if !hard => Some(AnomalyKind::CancelledAfterPickup),
            TransitionKind::Correction if event.flags.correction => {
                Some(AnomalyKind::CorrectedTerminal)
            }
            TransitionKind::Correction => Some(AnomalyKind::TrustedLatestOverTerminal),
            TransitionKind::Stale if hard => {
                let pre_transit =
                    matches!(event.status, Some(Status::InfoReceived | Status::PickedUp));
                if pre_transit && gap > self.reuse_threshold_ms {
                    Some(AnomalyKind::PossibleNumberReuse)
                } else if gap <= self.jitter_window_ms {
                    None
                } else {
                    Some(AnomalyKind::ContradictsTerminal)
                }
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heuristic_never_moves_hard_terminal() {
        let p = DefaultPolicy::new();
        let s = MachineState::new(Status::Delivered, 5, Some(Timestamp::from_unix_ms(0)));
        let mut e = EventFacts::new(Some(Status::Exception), Timestamp::from_unix_ms(10));
        e.flags = EventFlags { correction: true, ..EventFlags::NONE };
        e.quality = MappingQuality::Heuristic;
        assert_eq!(p.classify(&s, &e), TransitionKind::Stale);
        e.quality = MappingQuality::Table;
        assert_eq!(p.classify(&s, &e), TransitionKind::Correction);
    }

    #[test]
    fn trust_latest_after() {
        let p = DefaultPolicy {
            regression: RegressionPolicy::TrustLatestAfter { ms: DAY_MS },
            ..DefaultPolicy::new()
        };
        let s = MachineState::new(Status::Delivered, 5, Some(Timestamp::from_unix_ms(0)));
        let soon = EventFacts::new(Some(Status::InTransit), Timestamp::from_unix_ms(HOUR_MS));
        let late = EventFacts::new(Some(Status::InTransit), Timestamp::from_unix_ms(2 * DAY_MS));
        assert_eq!(p.classify(&s, &soon), TransitionKind::Stale);
        assert_eq!(p.classify(&s, &late), TransitionKind::Correction);
        assert_eq!(
            p.anomaly(&s, &late, TransitionKind::Correction),
            Some(AnomalyKind::TrustedLatestOverTerminal)
        );
    }

    #[test]
    fn anomalies_after_hard_terminal() {
        let p = DefaultPolicy::new();
        let s = MachineState::new(Status::Delivered, 5, Some(Timestamp::from_unix_ms(0)));
        // a scan inside the jitter window, one three hours later, one three months later
        for (status, ms, anomaly) in [
            (Status::OutForDelivery, 60_000, None),
            (Status::InTransit, 3 * HOUR_MS, Some(AnomalyKind::ContradictsTerminal)),
            (Status::InfoReceived, 91 * DAY_MS, Some(AnomalyKind::PossibleNumberReuse)),
        ] {
            let e = EventFacts::new(Some(status), Timestamp::from_unix_ms(ms));
            assert_eq!(p.anomaly(&s, &e, TransitionKind::Stale), anomaly, "{status:?} {ms}");
        }
    }

    #[test]
    fn logical_scan_does_not_reopen() {
        let p = DefaultPolicy::new();
        let s = MachineState::new(Status::Lost, 3, Some(Timestamp::from_unix_ms(0)));
        let mut logical = EventFacts::new(Some(Status::InTransit), Timestamp::from_unix_ms(5));
        logical.flags = EventFlags { physical_scan: Some(false), ..EventFlags::NONE };
        assert_eq!(p.classify(&s, &logical), TransitionKind::Stale);
        let same_time = EventFacts::new(Some(Status::InTransit), Timestamp::from_unix_ms(0));
        assert_eq!(p.classify(&s, &same_time), TransitionKind::Stale);
    }
}
