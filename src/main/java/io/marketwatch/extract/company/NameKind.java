package io.marketwatch.extract.company;

/** What a capitalised phrase names, as far as the cues around it tell. */
public enum NameKind {
    COMPANY, PERSON, PLACE, SOURCE, INSTITUTION, PRODUCT
}
