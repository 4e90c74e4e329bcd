package be.werkwinkel.kiosk.vacancy;

/** "Posted since" filter values; {@code days} counts back from today (today itself is 0). */
public enum PostedSince {
    TODAY(0),
    THREE_DAYS(3),
    WEEK(7),
    MONTH(31);

    private final int days;

    PostedSince(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
