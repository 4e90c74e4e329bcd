package be.werkwinkel.kiosk.appointment.internal;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Belgian public holidays (the ten legal ones: New Year, Easter Monday, Labour Day, Ascension,
 * Whit Monday, National Day, Assumption, All Saints, Armistice, Christmas), from jollyday's
 * maintained calendar (decision 023). Observances that are working days (All Souls, the King's
 * feast, New Year's Eve) are left out; a regional or local day off (11 July in Flanders) is a site
 * closure.
 */
final class PublicHolidays {

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.BELGIUM));
    private final ConcurrentHashMap<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    boolean isHoliday(LocalDate day) {
        return byYear.computeIfAbsent(day.getYear(), this::load).contains(day);
    }

    Set<LocalDate> of(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private Set<LocalDate> load(int year) {
        return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
