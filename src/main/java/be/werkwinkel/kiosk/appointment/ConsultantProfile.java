package be.werkwinkel.kiosk.appointment;

import java.util.Set;

/** What a visitor sees of a consultant: the name and the languages they speak (ISO 639-1 codes). */
public record ConsultantProfile(ConsultantId id, String name, Set<String> languages) {

    public ConsultantProfile {
        languages = Set.copyOf(languages);
    }

    public boolean speaks(String languageCode) {
        return languages.contains(languageCode);
    }
}
