package org.dyad.extract.stage;

/** A country named in a sentence, by its name, adjective, demonym or capital ({@code kind}). */
public record CountryRef(int token, String code, String kind) {}
