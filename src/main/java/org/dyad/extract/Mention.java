package org.dyad.extract;

import java.util.List;

import org.dyad.extract.text.Span;

/** A sector (code of the taxonomy) or an organization (canonical code) named, with its sentences. */
public record Mention(String code, List<Span> evidence) {
}
