package be.werkwinkel.kiosk.cv;

/** The Belgian (European) driving-licence categories, in the order of the licence card. */
public enum DrivingLicence {
    AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE, G
}
