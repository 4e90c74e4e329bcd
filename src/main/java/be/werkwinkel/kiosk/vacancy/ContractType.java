package be.werkwinkel.kiosk.vacancy;

/**
 * The kind of contract, read from schema.org {@code employmentType}. Schema.org has no value for a
 * permanent contract; feeds commonly send {@code PERMANENT} (or Dutch {@code VAST}), which we read.
 */
public enum ContractType {
    PERMANENT,
    TEMPORARY,
    CONTRACTOR,
    INTERNSHIP,
    VOLUNTEER,
    DAY_CONTRACT,
    OTHER
}
