package be.werkwinkel.kiosk.sync.replica;

import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.vacancy.VacancySource;

/** The hub as the source of the vacancy replica: reachable when the last call to it got an answer. */
final class HubVacancySource implements VacancySource {

    private final HubLink hub;

    HubVacancySource(HubLink hub) {
        this.hub = hub;
    }

    @Override
    public boolean reachable() {
        return hub.online();
    }
}
