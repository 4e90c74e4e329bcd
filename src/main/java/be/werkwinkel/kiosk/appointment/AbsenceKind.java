package be.werkwinkel.kiosk.appointment;

/** Why a consultant is not available outside their plan's rhythm. */
public enum AbsenceKind {
    LEAVE,
    SICKNESS,
    TRAINING,
    OTHER
}
