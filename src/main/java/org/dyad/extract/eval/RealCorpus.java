package org.dyad.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real-article corpus: gold facts of real news items, one JSON object a line, each with the
 * query and URL that retrieve its text with the search tool (corpus {@code pages}) and the SHA-256
 * and length of the text as annotated. The texts themselves are third-party and never committed:
 * they are read from a folder outside the repository, {@code ID.txt} each.
 */
public final class RealCorpus {

    /** What a gold file and a text folder give: the items that can be scored, and what is wrong with the rest. */
    public record Loaded(List<GoldEvaluator.Item> items, List<String> missing, List<String> changed) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealCorpus() {
    }

    public static List<JsonNode> read(Path gold) {
        List<JsonNode> lines = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    lines.add(JSON.readTree(line));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(gold + ":" + n + ": not a JSON object: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        return lines;
    }

    /**
     * The items of {@code gold} whose text is in {@code texts}. A text whose SHA-256 differs from the
     * annotated one is still scored (the page may have been stored again) but reported as changed.
     */
    public static Loaded load(Path gold, Path texts) {
        List<GoldEvaluator.Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (JsonNode line : read(gold)) {
            String id = line.get("id").asString();
            Path file = texts.resolve(id + ".txt");
            if (!Files.isRegularFile(file)) {
                missing.add(id);
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            JsonNode sha = line.get("sha256");
            if (sha != null && !sha.isNull() && !sha.asString().equalsIgnoreCase(sha256(text))) {
                changed.add(id);
            }
            items.add(new GoldEvaluator.Item(id, group(line), text, line));
        }
        return new Loaded(items, missing, changed);
    }

    /**
     * The items of {@code gold} whose id is among {@code ids}, without their texts: for scoring a second
     * annotation, which needs only the gold facts. Ids of {@code ids} the gold does not have are in
     * {@code missing}.
     */
    public static Loaded annotated(Path gold, java.util.Set<String> ids) {
        List<GoldEvaluator.Item> items = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode line : read(gold)) {
            String id = line.get("id").asString();
            if (ids.contains(id)) {
                seen.add(id);
                items.add(new GoldEvaluator.Item(id, group(line), "", line));
            }
        }
        List<String> missing = ids.stream().filter(id -> !seen.contains(id)).sorted().toList();
        return new Loaded(items, missing, List.of());
    }

    private static String group(JsonNode line) {
        JsonNode ca = line.get("central_asia");
        return ca != null && ca.asBoolean() ? "central_asia" : "elsewhere";
    }

    static String sha256(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
